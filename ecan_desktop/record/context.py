"""What the section builders share while one record is built: the index, which rows each item
has taken, and the merging of linked rows into one item."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ecan_desktop.record.index import Fact, ResourceIndex
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    D = TypeVar("D", bound=DataclassInstance)
else:
    D = TypeVar("D")

T = TypeVar("T")

_OWN_FIELDS = frozenset({"id", "row_ids", "sources"})


class Item(Protocol):
    """Every item of the record: a stable id, the rows it stands for and their sources."""

    @property
    def id(self) -> str: ...

    @property
    def row_ids(self) -> tuple[int, ...]: ...

    @property
    def sources(self) -> tuple[SourceRef, ...]: ...


@dataclass
class BuildContext:
    index: ResourceIndex
    today: date
    claimed: dict[int, str] = field(default_factory=dict)  # row id -> the item that took it
    diagnosis_by_row: dict[int, str] = field(default_factory=dict)  # Condition row -> item id

    def claim(self, rows: Iterable[int], item_id: str) -> None:
        """*item_id* stands for these rows (and every row linked to them)."""
        for row_id in rows:
            if row_id not in self.index.by_row:
                continue
            for member in self.index.fact_of(row_id).row_ids:
                self.claimed.setdefault(member, item_id)

    def is_claimed(self, row_id: int) -> bool:
        return row_id in self.claimed

    def unclaimed(self, *resource_types: str) -> list[Fact]:
        return [
            f
            for f in self.index.facts_of_type(*resource_types)
            if not self.is_claimed(f.primary.row_id)
        ]

    def sources(self, rows: Iterable[StoredResource]) -> tuple[SourceRef, ...]:
        return self.index.sources_of(rows)

    def diagnosis_ids(
        self, references: Iterable[object], context: StoredResource
    ) -> tuple[str, ...]:
        """The diagnosis items that *references* (reasonReference, focus, ...) point at."""
        found: list[str] = []
        for ref in references:
            target = self.index.resolve(ref, context)
            item_id = self.diagnosis_by_row.get(target.row_id) if target is not None else None
            if item_id is not None and item_id not in found:
                found.append(item_id)
        return tuple(found)


def item_id(prefix: str, fact: Fact) -> str:
    return f"{prefix}:{fact.primary.row_id}"


def _present(value: object) -> bool:
    return value is not None and value not in ((), "")


def merge_linked(first: D, others: Iterable[D]) -> D:
    """One item from the items parsed from linked rows: the first row's values, with what it
    lacks taken from the others (a date only one centre wrote, for example)."""
    rest = list(others)
    if not rest:
        return first
    changes: dict[str, Any] = {}
    for spec in fields(first):
        if spec.name in _OWN_FIELDS or _present(getattr(first, spec.name)):
            continue
        for other in rest:
            candidate = getattr(other, spec.name)
            if _present(candidate):
                changes[spec.name] = candidate
                break
    return replace(first, **changes) if changes else first


def build_fact(
    ctx: BuildContext,
    fact: Fact,
    prefix: str,
    parse: Callable[[StoredResource, BuildContext], D | None],
) -> D | None:
    """Parse each member of *fact*, merge them, give the item its id, rows and sources, and claim
    the rows. A member that cannot be parsed is skipped; when none can, the fact stays unclaimed
    (and so ends up among the other records)."""
    parsed = [p for p in (guarded(parse, m, ctx) for m in fact.members) if p is not None]
    if not parsed:
        return None
    merged = merge_linked(parsed[0], parsed[1:])
    identity = item_id(prefix, fact)
    ctx.claim(fact.row_ids, identity)
    return replace(merged, id=identity, row_ids=fact.row_ids, sources=ctx.sources(fact.members))


def guarded(function: Callable[..., T], *args: Any) -> T | None:
    """Run a parser on outside data: a malformed element yields nothing, never an exception."""
    try:
        return function(*args)
    except Exception:  # real files are imperfect; the caller falls back to "other records"
        return None
