"""What a summary is made from, read from the vault once: the oncology record and the stored
resources it was built from (the IPS bundle is built from those, so that nothing is lost).

:func:`read_summary_data` runs on the thread that owns the vault; the result is frozen data that
the renderers may use on any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from ecan_desktop.record.build import build_record
from ecan_desktop.record.index import ResourceIndex, VaultReader
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.vault.records import SourceRecord, StoredResource

_LANGUAGE_TAG = frozenset("abcdefghijklmnopqrstuvwxyz")


def now_local() -> datetime:
    """The moment of generation, in the computer's time zone (printed with its offset)."""
    return datetime.now().astimezone().replace(microsecond=0)


class _ReadOnce:
    """The vault's read API over what was already read, so the record and the bundle share one
    read of the vault."""

    def __init__(self, vault: VaultReader) -> None:
        self.rows = vault.resources()
        self.source_records = vault.sources()
        self.link_rows = vault.links()
        self.alias_rows = vault.aliases()
        self.meta = {k: vault.get_meta(k) for k in ("patient_name", "patient_birth_date")}

    def resources(
        self, resource_type: str | None = None, source_id: int | None = None
    ) -> list[StoredResource]:
        return [
            r
            for r in self.rows
            if resource_type in (None, r.resource_type) and source_id in (None, r.source_id)
        ]

    def sources(self) -> list[SourceRecord]:
        return list(self.source_records)

    def links(self) -> list[tuple[int, int, str]]:
        return list(self.link_rows)

    def aliases(self) -> dict[int, list[str]]:
        return dict(self.alias_rows)

    def get_meta(self, key: str) -> str | None:
        return self.meta.get(key)


def _language(value: object) -> str | None:
    """A BCP 47 tag's language (``ro-RO`` -> ``ro``), else None."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if 2 <= len(primary) <= 3 and set(primary) <= _LANGUAGE_TAG else None


def _source_languages(rows: list[StoredResource]) -> dict[int, str]:
    """The language each import is written in: its Composition's ``language``, else the language
    most of its resources declare."""
    found: dict[int, str] = {}
    counts: dict[int, dict[str, int]] = {}
    for row in rows:
        language = _language(row.resource.get("language"))
        if language is None:
            continue
        if row.resource_type == "Composition":
            found.setdefault(row.source_id, language)
        tally = counts.setdefault(row.source_id, {})
        tally[language] = tally.get(language, 0) + 1
    for source_id, tally in counts.items():
        found.setdefault(source_id, max(tally, key=lambda k: tally[k]))
    return found


@dataclass(frozen=True)
class SummaryData:
    record: PatientRecord
    index: ResourceIndex
    generated_at: datetime  # aware: printed with its UTC offset
    source_languages: Mapping[int, str] = field(default_factory=dict)
    meta: Mapping[str, str | None] = field(default_factory=dict)

    @property
    def today(self) -> date:
        return self.generated_at.date()

    @property
    def rows(self) -> list[StoredResource]:
        return self.index.rows

    def row(self, row_id: int) -> StoredResource | None:
        return self.index.by_row.get(row_id)

    def resource(self, row_id: int) -> dict[str, Any]:
        found = self.index.by_row.get(row_id)
        return found.resource if found is not None else {}

    def language_of_row(self, row_id: int | None) -> str | None:
        """The language of the words a stored resource carries: its own ``language``, else its
        import's (None when nobody says)."""
        if row_id is None:
            return None
        row = self.index.by_row.get(row_id)
        if row is None:
            return None
        return _language(row.resource.get("language")) or self.source_languages.get(row.source_id)

    def language_of(self, row_ids: tuple[int, ...]) -> str | None:
        """The language of an item's words: those of its first row (the one the item shows)."""
        return self.language_of_row(row_ids[0]) if row_ids else None


def read_summary_data(vault: VaultReader, *, generated_at: datetime | None = None) -> SummaryData:
    """Read everything a summary needs from an open vault (on the thread that owns it)."""
    moment = generated_at or now_local()
    read = _ReadOnce(vault)
    record = build_record(read, today=moment.date())
    index = ResourceIndex(read.rows, read.source_records, read.link_rows, read.alias_rows)
    return SummaryData(
        record=record,
        index=index,
        generated_at=moment,
        source_languages=MappingProxyType(_source_languages(read.rows)),
        meta=MappingProxyType(read.meta),
    )
