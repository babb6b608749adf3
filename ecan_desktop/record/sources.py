"""Where each fact came from: the import (centre, country, file, date) that brought it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecan_desktop.vault.records import SourceRecord


@dataclass(frozen=True)
class SourceRef:
    source_id: int
    centre_name: str | None
    centre_country: str | None
    imported_at: str
    file_name: str | None
    kind: str

    @classmethod
    def of(cls, source: SourceRecord) -> SourceRef:
        return cls(
            source.id,
            source.centre_name,
            source.centre_country,
            source.imported_at,
            source.file_name,
            source.kind,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.source_id,
            "centre": self.centre_name,
            "country": self.centre_country,
            "file": self.file_name,
            "imported_at": self.imported_at,
            "kind": self.kind,
        }


def unknown_source(source_id: int) -> SourceRef:
    """A row whose source record is missing (should not happen; never fail for it)."""
    return SourceRef(source_id, None, None, "", None, "unknown")
