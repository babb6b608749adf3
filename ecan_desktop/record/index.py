"""Everything the record is built from, read once from the vault and indexed in memory.

Reading the vault once and resolving references in memory keeps :func:`build_record` fast (one
query per table, not one per reference). Rows joined by ``links`` ("the same fact, reported by
several sources") are grouped into one :class:`Fact`, so that each fact becomes one item.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ecan_desktop.fhir.references import parse_reference
from ecan_desktop.record.sources import SourceRef, unknown_source
from ecan_desktop.vault.records import SourceRecord, StoredResource


class VaultReader(Protocol):
    """The part of :class:`ecan_desktop.vault.store.Vault` the record reads."""

    def resources(
        self, resource_type: str | None = None, source_id: int | None = None
    ) -> list[StoredResource]: ...

    def sources(self) -> list[SourceRecord]: ...

    def links(self) -> list[tuple[int, int, str]]: ...

    def aliases(self) -> dict[int, list[str]]: ...

    def get_meta(self, key: str) -> str | None: ...


@dataclass(frozen=True)
class Fact:
    """One fact: a stored resource and every row linked to it, lowest row id first."""

    members: tuple[StoredResource, ...]
    # Worked out once, from the members (the sections ask for them again and again).
    primary: StoredResource = field(init=False, repr=False, compare=False)
    row_ids: tuple[int, ...] = field(init=False, repr=False, compare=False)
    resource_type: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "primary", self.members[0])
        object.__setattr__(self, "row_ids", tuple(m.row_id for m in self.members))
        object.__setattr__(self, "resource_type", self.members[0].resource_type)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        root = item
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(item, item) != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class ResourceIndex:
    def __init__(
        self,
        rows: Sequence[StoredResource],
        sources: Iterable[SourceRecord],
        links: Iterable[tuple[int, int, str]],
        aliases: dict[int, list[str]],
    ) -> None:
        self.rows = list(rows)
        self.by_row = {r.row_id: r for r in self.rows}
        self.sources = {s.id: SourceRef.of(s) for s in sources}
        self._by_alias: dict[str, list[StoredResource]] = {}
        for row_id, names in aliases.items():
            row = self.by_row.get(row_id)
            if row is not None:
                for name in names:
                    self._by_alias.setdefault(name, []).append(row)
        self._by_type_id: dict[tuple[str, str], list[StoredResource]] = {}
        self._by_id: dict[str, list[StoredResource]] = {}
        for row in self.rows:
            self._by_type_id.setdefault((row.resource_type, row.fhir_id), []).append(row)
            self._by_id.setdefault(row.fhir_id, []).append(row)
        groups = _UnionFind()
        for a, b, _made_by in links:
            if a in self.by_row and b in self.by_row:
                groups.union(a, b)
        members: dict[int, list[StoredResource]] = {}
        for row in self.rows:
            root = groups.find(row.row_id) if groups.parent else row.row_id
            members.setdefault(root, []).append(row)
        self._fact_of: dict[int, Fact] = {}
        self.facts: list[Fact] = []
        for group in members.values():
            fact = Fact(
                tuple(sorted(group, key=lambda r: r.row_id)) if len(group) > 1 else (group[0],)
            )
            self.facts.append(fact)
            for row in group:
                self._fact_of[row.row_id] = fact
        self.facts.sort(key=lambda f: f.primary.row_id)
        self._facts_by_type: dict[str, list[Fact]] = {}  # each in the order of self.facts
        for fact in self.facts:
            self._facts_by_type.setdefault(fact.resource_type, []).append(fact)
        self._sources_by_ids: dict[tuple[int, ...], tuple[SourceRef, ...]] = {}

    @classmethod
    def read(cls, vault: VaultReader) -> ResourceIndex:
        return cls(vault.resources(), vault.sources(), vault.links(), vault.aliases())

    # -- facts ------------------------------------------------------------------------------------
    def fact_of(self, row_id: int) -> Fact:
        return self._fact_of[row_id]

    def facts_of_type(self, *resource_types: str) -> list[Fact]:
        lists = [self._facts_by_type.get(t, []) for t in dict.fromkeys(resource_types)]
        found = [f for facts in lists for f in facts]
        if sum(1 for facts in lists if facts) > 1:
            found.sort(key=lambda f: f.primary.row_id)  # as they come in self.facts
        return found

    def sources_of(self, rows: Iterable[StoredResource]) -> tuple[SourceRef, ...]:
        if isinstance(rows, tuple) and len(rows) == 1:  # a fact of one row: the common case
            ids: tuple[int, ...] = (rows[0].source_id,)
        else:
            ids = tuple(sorted({r.source_id for r in rows}))
        found = self._sources_by_ids.get(ids)
        if found is None:
            found = tuple(self.sources.get(i) or unknown_source(i) for i in ids)
            self._sources_by_ids[ids] = found
        return found

    # -- references -------------------------------------------------------------------------------
    def resolve(
        self, reference: object, context: StoredResource | None = None
    ) -> StoredResource | None:
        """The stored resource *reference* points at, preferring the referrer's origin.

        Tried in order: a stored fullUrl alias (``urn:uuid:…``, absolute URLs), the ``urn:`` tail
        of a malformed ``Type/urn:uuid:…``, the type and id the reference names, the id alone.
        """
        if not isinstance(reference, str) or not reference.strip() or reference.startswith("#"):
            return None
        reference = reference.strip()
        candidates = self._by_alias.get(reference, [])
        if not candidates and "urn:" in reference and not reference.startswith("urn:"):
            tail = reference[reference.index("urn:") :]
            candidates = self._by_alias.get(tail, [])
            if not candidates:
                candidates = self._by_id.get(tail.rsplit(":", 1)[-1], [])
        if not candidates:
            parsed = parse_reference(reference)
            if parsed is not None:
                if parsed.resource_type is not None:
                    candidates = self._by_type_id.get((parsed.resource_type, parsed.fhir_id), [])
                else:
                    candidates = self._by_id.get(parsed.fhir_id, [])
        if not candidates:
            return None
        origin = context.origin if context is not None else None
        same_origin = [c for c in candidates if c.origin == origin]
        return (same_origin or candidates)[0]

    def resolve_json(
        self, reference: object, context: StoredResource | None
    ) -> dict[str, Any] | None:
        """Like :meth:`resolve`, and also finds a resource contained in *context* (``#id``)."""
        if isinstance(reference, str) and reference.startswith("#") and context is not None:
            contained = context.resource.get("contained")
            if isinstance(contained, list):
                for item in contained:
                    if isinstance(item, dict) and item.get("id") == reference[1:]:
                        return item
            return None
        found = self.resolve(reference, context)
        return found.resource if found is not None else None
