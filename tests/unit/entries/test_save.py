"""Saving the patient's entries in the vault: one source of kind "patient" for all of them, an
edit keeps one resource (and the earlier version in history), a delete removes that entry only,
and nothing imported is touched either way (nor does undoing an import touch the entries)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from ecan_desktop.entries.resources import (
    InvalidEntry,
    MedicationInput,
    NoteInput,
    SymptomInput,
)
from ecan_desktop.entries.save import (
    ENTRIES_ORIGIN,
    delete_entry,
    restore_entry,
    save_entry,
)
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from ecan_desktop.vault.records import AuditEvent, NewSource
from ecan_desktop.vault.store import Vault

PASS = "correct horse battery"
NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
DAY = date(2026, 3, 12)
IMPORTED = [
    {"resourceType": "Patient", "id": "p1", "name": [{"family": "Popescu"}]},
    {"resourceType": "Observation", "id": "o1", "status": "final", "valueInteger": 2},
    {"resourceType": "MedicationStatement", "id": "m1", "status": "active"},
]


@pytest.fixture
def opened(store: ProfileStore) -> Iterator[OpenProfile]:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as profile:
        profile.vault.put_batch(
            NewSource(kind="file", origin="centre:IOCN", centre_name="IOCN", centre_country="RO"),
            IMPORTED,
        )
        yield profile


def by_origin(vault: Vault) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in vault.resources():
        found.setdefault(row.origin, []).append(f"{row.resource_type}/{row.fhir_id}")
    return found


def nausea(grade: int) -> SymptomInput:
    return SymptomInput("nausea", "Nausea", grade, DAY)


def test_every_entry_goes_into_one_patient_source(opened: OpenProfile) -> None:
    vault = opened.vault
    save_entry(vault, nausea(2), now=NOW)
    save_entry(vault, MedicationInput("Ibuprofen", DAY), now=NOW)
    save_entry(vault, NoteInput("Ask about the port.", DAY), now=NOW)
    sources = vault.sources()
    assert [(s.kind, s.origin) for s in sources] == [
        ("file", "centre:IOCN"),
        ("patient", ENTRIES_ORIGIN),
    ]
    assert sources[1].counts == {"added": 3}
    entries = vault.resources(source_id=sources[1].id)
    assert sorted(r.resource_type for r in entries) == [
        "DocumentReference",
        "MedicationStatement",
        "Observation",
    ]
    assert all(r.patient_entered for r in entries)
    # the entries are about the patient the vault holds
    assert {r.resource["subject"]["reference"] for r in entries} == {"Patient/p1"}
    events = [e.event for e in vault.audit_log()]
    assert events.count(AuditEvent.ENTRY_SAVED) == 3


def test_an_edit_keeps_one_resource_and_its_earlier_version(opened: OpenProfile) -> None:
    vault = opened.vault
    saved = save_entry(vault, nausea(2), now=NOW)
    edited = save_entry(vault, nausea(3), fhir_id=saved.fhir_id, now=NOW)
    assert edited.changed and edited.fhir_id == saved.fhir_id
    rows = vault.get("Observation", saved.fhir_id)
    assert len(rows) == 1 and rows[0].resource["valueInteger"] == 3
    assert [v.resource["valueInteger"] for v in vault.history(rows[0].row_id)] == [2]
    again = save_entry(vault, nausea(3), fhir_id=saved.fhir_id, now=datetime.now(UTC))
    assert not again.changed  # saved without a change: nothing written
    assert len(vault.history(rows[0].row_id)) == 1


def test_a_delete_removes_that_entry_only(opened: OpenProfile) -> None:
    vault = opened.vault
    first = save_entry(vault, nausea(1), now=NOW)
    second = save_entry(vault, nausea(2), now=NOW)
    deleted = delete_entry(vault, "Observation", first.fhir_id)
    assert deleted is not None and deleted["valueInteger"] == 1
    assert by_origin(vault) == {
        "centre:IOCN": ["Patient/p1", "Observation/o1", "MedicationStatement/m1"],
        ENTRIES_ORIGIN: [f"Observation/{second.fhir_id}"],
    }
    assert delete_entry(vault, "Observation", first.fhir_id) is None
    # Undo puts it back as it was.
    restore_entry(vault, deleted)
    assert vault.get("Observation", first.fhir_id)[0].resource == deleted


def test_the_last_delete_removes_the_empty_source(opened: OpenProfile) -> None:
    vault = opened.vault
    saved = save_entry(vault, NoteInput("A note.", DAY), now=NOW)
    delete_entry(vault, "DocumentReference", saved.fhir_id)
    assert [s.kind for s in vault.sources()] == ["file"]


def test_nothing_imported_can_be_deleted_as_an_entry(opened: OpenProfile) -> None:
    vault = opened.vault
    assert vault.delete_entry("centre:IOCN", "Observation", "o1") is None
    assert delete_entry(vault, "Observation", "o1") is None
    assert len(vault.resources()) == len(IMPORTED)
    with pytest.raises(ValueError, match="patient"):
        vault.put_entries(NewSource(kind="file", origin="centre:IOCN"), [IMPORTED[1]])


def test_undoing_an_import_leaves_the_entries(opened: OpenProfile) -> None:
    vault = opened.vault
    saved = save_entry(vault, MedicationInput("Ibuprofen", DAY), now=NOW)
    imported = next(s for s in vault.sources() if s.kind == "file")
    vault.remove_source(imported.id)
    assert by_origin(vault) == {ENTRIES_ORIGIN: [f"MedicationStatement/{saved.fhir_id}"]}
    # without a Patient in the vault, new entries still name the patient
    other = save_entry(vault, nausea(1), now=NOW)
    stored = vault.get("Observation", other.fhir_id)[0].resource
    assert stored["subject"] == {"reference": "Patient/patient"}


def test_an_invalid_entry_is_not_saved(opened: OpenProfile) -> None:
    with pytest.raises(InvalidEntry) as raised:
        save_entry(opened.vault, SymptomInput("nausea", "Nausea", None, DAY), now=NOW)
    assert [p.field for p in raised.value.problems] == ["grade"]
    assert [s.kind for s in opened.vault.sources()] == ["file"]
