"""The store: batches in one transaction, updates with history, undo of a source, audit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ecan_desktop.vault.errors import SourceNotFound
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from ecan_desktop.vault.store import AuditEvent, NewSource

PASS = "correct horse battery"


@pytest.fixture
def opened(store: ProfileStore) -> Iterator[OpenProfile]:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as profile:
        yield profile


def observation(rid: str, value: float, date: str = "2025-03-14") -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": rid,
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "751-8"}]},
        "effectiveDateTime": date,
        "valueQuantity": {"value": value, "unit": "10*9/L"},
    }


CENTRE_A = NewSource(kind="file", origin="centre:a", centre_name="Centre A", centre_country="RO")
CENTRE_B = NewSource(kind="file", origin="centre:b", centre_name="Centre B", centre_country="AT")


def test_batch_is_stored_with_its_source(opened: OpenProfile) -> None:
    result = opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2), observation("o2", 0.6)])
    assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
    assert opened.vault.counts() == {"Observation": 2}
    stored = opened.vault.get("Observation", "o2")
    assert len(stored) == 1
    assert stored[0].resource["valueQuantity"]["value"] == 0.6
    assert stored[0].clinical_date == "2025-03-14"
    (source,) = opened.vault.sources()
    assert (source.centre_name, source.centre_country) == ("Centre A", "RO")
    assert source.counts == {"added": 2, "updated": 0, "unchanged": 0, "linked": 0}
    assert [r.fhir_id for r in opened.vault.resources(source_id=source.id)] == ["o1", "o2"]


def test_resource_is_kept_exactly_as_received(opened: OpenProfile) -> None:
    resource = {"resourceType": "Patient", "id": "p", "name": [{"text": "Ștefan Ţugui ß"}], "a": 1}
    opened.vault.put_batch(CENTRE_A, [resource])
    assert opened.vault.get("Patient", "p")[0].resource == resource
    assert list(opened.vault.get("Patient", "p")[0].resource) == list(resource)


def test_reimporting_the_same_batch_changes_nothing(opened: OpenProfile) -> None:
    opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2)])
    before = (opened.vault.sources(), opened.vault.audit_log())
    result = opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2)])
    assert result.source_id is None and result.unchanged == 1 and not result.changed
    assert (opened.vault.sources(), opened.vault.audit_log()) == before


def test_same_origin_updates_in_place_and_keeps_history(opened: OpenProfile) -> None:
    first = opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2)])
    second = opened.vault.put_batch(CENTRE_A, [observation("o1", 1.3), observation("o2", 2.0)])
    assert (second.added, second.updated) == (1, 1)
    (current,) = opened.vault.get("Observation", "o1")
    assert current.version == 2 and current.source_id == second.source_id
    assert current.resource["valueQuantity"]["value"] == 1.3
    (old,) = opened.vault.history(current.row_id)
    assert old.version == 1 and old.source_id == first.source_id
    assert old.replaced_by == second.source_id
    assert old.resource["valueQuantity"]["value"] == 1.2


def test_other_origin_keeps_its_own_copy(opened: OpenProfile) -> None:
    opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2)])
    opened.vault.put_batch(CENTRE_B, [observation("o1", 1.2)])
    assert len(opened.vault.get("Observation", "o1")) == 2


def test_removing_a_source_undoes_exactly_what_it_did(opened: OpenProfile) -> None:
    first = opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2)])
    snapshot = [(r.fhir_id, r.version, r.resource) for r in opened.vault.resources()]
    second = opened.vault.put_batch(CENTRE_A, [observation("o1", 1.3), observation("o2", 2.0)])
    assert second.source_id is not None
    counts = opened.vault.remove_source(second.source_id)
    assert counts == {"removed": 1, "restored": 1}
    assert [(r.fhir_id, r.version, r.resource) for r in opened.vault.resources()] == snapshot
    assert [s.id for s in opened.vault.sources()] == [first.source_id]
    (o1,) = opened.vault.get("Observation", "o1")
    assert opened.vault.history(o1.row_id) == []


def test_removing_an_unknown_source(opened: OpenProfile) -> None:
    with pytest.raises(SourceNotFound, match="no import number 99"):
        opened.vault.remove_source(99)


def test_a_failing_batch_leaves_nothing_behind(opened: OpenProfile) -> None:
    opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2)])
    before = (opened.vault.counts(), opened.vault.sources(), opened.vault.audit_log())
    broken = [observation("o2", 2.0), observation("o3", 3.0), {"resourceType": "Observation"}]
    with pytest.raises(ValueError, match="id"):
        opened.vault.put_batch(CENTRE_B, broken)
    assert (opened.vault.counts(), opened.vault.sources(), opened.vault.audit_log()) == before


def test_audit_log_has_events_and_counts_but_no_clinical_text(opened: OpenProfile) -> None:
    marker = "MARKER-Ductal-carcinoma-notes"
    resource = observation("o1", 1.2) | {"note": [{"text": marker}]}
    result = opened.vault.put_batch(CENTRE_A, [resource])
    events = [entry.event for entry in opened.vault.audit_log()]
    assert events == [AuditEvent.CREATED, AuditEvent.UNLOCKED, AuditEvent.IMPORTED]
    imported = opened.vault.audit_log()[-1]
    assert imported.source_id == result.source_id
    assert imported.counts == {"added": 1, "updated": 0, "unchanged": 0, "linked": 0}
    assert marker not in repr(opened.vault.audit_log())


def test_links_are_stored_once_in_either_order(opened: OpenProfile) -> None:
    opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2)])
    opened.vault.put_batch(CENTRE_B, [observation("o1", 1.2)])
    a, b = (r.row_id for r in opened.vault.get("Observation", "o1"))
    opened.vault.link(b, a)
    opened.vault.link(a, b)
    assert opened.vault.links() == [(a, b, "user")]


def test_wal_and_full_sync_are_on(opened: OpenProfile) -> None:
    conn = opened.vault._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_references_resolve_by_full_url_type_and_id_preferring_the_same_origin(
    opened: OpenProfile,
) -> None:
    uuid = "urn:uuid:5b1f0c7e-2d3a-4e5f-8a9b-0c1d2e3f4a5b"
    opened.vault.put_batch(CENTRE_A, [observation("obs-a", 1.0)], full_urls=[uuid])
    opened.vault.put_batch(CENTRE_B, [observation("obs-a", 2.0)])
    by_alias = opened.vault.resolve(uuid)
    assert by_alias is not None and by_alias.origin == "centre:a"
    assert by_alias.fhir_id == "obs-a"  # the fullUrl names another id than the resource's own
    same_origin = opened.vault.resolve("Observation/obs-a", origin="centre:b")
    assert same_origin is not None and same_origin.resource["valueQuantity"]["value"] == 2.0
    absolute = opened.vault.resolve("https://x.example/fhir/Observation/obs-a/_history/3")
    assert absolute is not None
    assert opened.vault.resolve("Observation/missing") is None
    assert opened.vault.resolve("#contained") is None
    assert opened.vault.aliases() == {by_alias.row_id: [uuid]}


def test_removing_a_source_removes_its_aliases(opened: OpenProfile) -> None:
    uuid = "urn:uuid:5b1f0c7e-2d3a-4e5f-8a9b-0c1d2e3f4a5b"
    result = opened.vault.put_batch(CENTRE_A, [observation("o1", 1.0)], full_urls=[uuid])
    assert result.source_id is not None
    opened.vault.remove_source(result.source_id)
    assert opened.vault.resolve(uuid) is None and opened.vault.aliases() == {}


def test_batch_links_same_facts_in_its_transaction_and_respects_unlinking(
    opened: OpenProfile,
) -> None:
    first = opened.vault.put_batch(CENTRE_A, [observation("o1", 1.2)])
    (stored,) = opened.vault.get("Observation", "o1")
    second = opened.vault.put_batch(
        CENTRE_B, [observation("x9", 1.2)], same_as={0: [stored.row_id]}
    )
    assert second.linked == 1 and first.linked == 0
    (copy,) = opened.vault.get("Observation", "x9")
    assert opened.vault.links() == [(stored.row_id, copy.row_id, "reconcile")]
    opened.vault.unlink(copy.row_id, stored.row_id)
    assert opened.vault.links() == []
    # A later import of the same pair does not link what the user separated ...
    third = opened.vault.put_batch(
        CENTRE_B, [observation("x9", 1.2) | {"status": "amended"}], same_as={0: [stored.row_id]}
    )
    assert third.updated == 1 and third.linked == 0 and opened.vault.links() == []
    # ... but the user may link them again by hand.
    opened.vault.link(stored.row_id, copy.row_id)
    assert opened.vault.links() == [(stored.row_id, copy.row_id, "user")]
