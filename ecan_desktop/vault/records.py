"""What the vault stores and returns: plain, immutable records (no database code here)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class AuditEvent(enum.StrEnum):
    """What the audit log may say: fixed words and counts, never clinical free text."""

    CREATED = "created"
    UNLOCKED = "unlocked"
    IMPORTED = "imported"
    SOURCE_REMOVED = "source_removed"
    BACKED_UP = "backed_up"
    RESTORED = "restored"
    MIGRATED = "migrated"
    PASSPHRASE_CHANGED = "passphrase_changed"
    RECOVERY_USED = "recovery_used"
    REMEMBER_ON = "remember_on"
    REMEMBER_OFF = "remember_off"
    EXPORTED = "exported"
    PRINTED = "printed"
    CHECKED = "checked"
    ENTRY_SAVED = "entry_saved"  # the patient added or changed one of their own entries
    ENTRY_DELETED = "entry_deleted"


# The kind of source that holds what the patient entered in the app ("My entries"): the only
# source whose resources may be changed or deleted one by one (see ``Vault.put_entries``).
PATIENT_KIND = "patient"


@dataclass(frozen=True)
class NewSource:
    """Where a batch comes from. ``origin`` says which earlier imports count as the same source."""

    kind: str
    origin: str
    centre_name: str | None = None
    centre_country: str | None = None
    file_name: str | None = None
    sha256: str | None = None
    url: str | None = None
    imported_at: str | None = None


@dataclass(frozen=True)
class SourceRecord:
    id: int
    kind: str
    origin: str
    centre_name: str | None
    centre_country: str | None
    file_name: str | None
    sha256: str | None
    url: str | None
    imported_at: str
    counts: Mapping[str, int]
    # What the import skipped or repaired in the file, as the importer described it (plain JSON:
    # ``importers.problems`` reads it back); only the first ones when there were very many.
    problems: tuple[Mapping[str, Any], ...] = ()
    problems_found: int = 0


@dataclass(frozen=True)
class StoredResource:
    row_id: int
    source_id: int
    origin: str
    resource_type: str
    fhir_id: str
    version: int
    clinical_date: str | None
    patient_entered: bool
    resource: dict[str, Any]


@dataclass(frozen=True)
class HistoryVersion:
    version: int
    source_id: int
    replaced_by: int
    replaced_at: str
    resource: dict[str, Any]


@dataclass(frozen=True)
class BatchResult:
    """What a batch did. ``source_id`` is None when nothing changed (and no source was recorded)."""

    source_id: int | None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    by_type: Mapping[str, int] = field(default_factory=dict)
    linked: int = 0

    @property
    def changed(self) -> bool:
        return self.added + self.updated > 0

    def counts(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "linked": self.linked,
        }


@dataclass(frozen=True)
class AuditEntry:
    at: str
    event: AuditEvent
    source_id: int | None
    counts: Mapping[str, int]
