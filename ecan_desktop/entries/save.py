"""Saving, changing and deleting the patient's entries in the vault.

Run these on the thread that owns the vault (the UI's vault worker, STYLE.md rule 4). All entries
live in one source of kind ``patient`` (:func:`entries_source`): "reported by you" everywhere.
Changing an entry keeps its earlier version in the vault's history; deleting removes that entry
only, and nothing an import brought can be deleted this way (``Vault.delete_entry``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ecan_desktop.entries.resources import (
    RESOURCE_TYPES,
    Author,
    EntryInput,
    InvalidEntry,
    build_resource,
    validate,
)
from ecan_desktop.vault.records import PATIENT_KIND, NewSource
from ecan_desktop.vault.store import Vault

ENTRIES_ORIGIN = "patient:entries"
# Elements that change each time an entry is saved, whatever the patient changed.
_VOLATILE = ("lastUpdated", "dateAsserted", "issued", "date")


def entries_source() -> NewSource:
    return NewSource(kind=PATIENT_KIND, origin=ENTRIES_ORIGIN)


def patient_reference(vault: Vault) -> dict[str, str]:
    """The reference to the patient the entries are about: the first stored Patient. Everything
    in a vault is about its one patient, and an exported IPS points every ``Patient/...``
    reference at its subject; before any import there is no Patient yet, and the entries name
    ``Patient/patient``, which resolves the same way once there is one."""
    patients = vault.resources("Patient")
    fhir_id = min(patients, key=lambda r: r.row_id).fhir_id if patients else "patient"
    return {"reference": f"Patient/{fhir_id}"}


def utc_instant(moment: datetime | None = None) -> str:
    found = (moment or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return found.isoformat().replace("+00:00", "Z")


def new_entry_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class SavedEntry:
    resource_type: str
    fhir_id: str
    changed: bool  # False: saved again without a change, nothing written


def stored_entry(vault: Vault, resource_type: str, fhir_id: str) -> dict[str, Any] | None:
    """The patient's entry *resource_type/fhir_id* as stored, or None."""
    for row in vault.get(resource_type, fhir_id):
        if row.origin == ENTRIES_ORIGIN:
            return row.resource
    return None


def _comparable(resource: dict[str, Any]) -> dict[str, Any]:
    found = {k: v for k, v in resource.items() if k not in _VOLATILE}
    meta = {k: v for k, v in (resource.get("meta") or {}).items() if k not in _VOLATILE}
    found["meta"] = meta
    return found


def save_entry(
    vault: Vault,
    entry: EntryInput,
    *,
    fhir_id: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
    today: date | None = None,
) -> SavedEntry:
    """Add *entry* (a new id), or change the entry *fhir_id*. Raises :class:`InvalidEntry`."""
    moment = now or datetime.now(UTC)
    problems = validate(entry, today or moment.astimezone().date())
    if problems:
        raise InvalidEntry(problems)
    resource_type = RESOURCE_TYPES[type(entry)]
    identity = fhir_id or new_entry_id()
    author = Author(patient_reference(vault), utc_instant(moment), language)
    resource = build_resource(entry, identity, author)
    if fhir_id is not None:
        before = stored_entry(vault, resource_type, fhir_id)
        if before is not None and _comparable(before) == _comparable(resource):
            return SavedEntry(resource_type, identity, changed=False)
    result = vault.put_entries(entries_source(), [resource])
    return SavedEntry(resource_type, identity, changed=result.changed)


def delete_entry(vault: Vault, resource_type: str, fhir_id: str) -> dict[str, Any] | None:
    """Delete the patient's entry; hands back the resource it was, so that it can be put back
    (:func:`restore_entry`), or None when there was no such entry."""
    return vault.delete_entry(ENTRIES_ORIGIN, resource_type, fhir_id)


def restore_entry(vault: Vault, resource: dict[str, Any]) -> SavedEntry:
    """Put a deleted entry back as it was (Undo)."""
    result = vault.put_entries(entries_source(), [resource])
    return SavedEntry(str(resource["resourceType"]), str(resource["id"]), result.changed)
