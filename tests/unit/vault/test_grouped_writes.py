"""Writes grouped in one transaction: kept together or undone together (import, Cancel), or
always undone (the import preview's rehearsal)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from ecan_desktop.vault.store import AuditEvent, NewSource

PASS = "correct horse battery"
CENTRE = NewSource(kind="file", origin="centre:a", centre_name="Centre A", centre_country="RO")


@pytest.fixture
def opened(store: ProfileStore) -> Iterator[OpenProfile]:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as profile:
        yield profile


def condition(rid: str) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": rid}


def test_all_or_nothing_keeps_every_write_when_it_ends_well(opened: OpenProfile) -> None:
    vault = opened.vault
    with vault.all_or_nothing():
        vault.put_batch(CENTRE, [condition("c1")])
        vault.put_batch(CENTRE, [condition("c1")])  # changes nothing: its savepoint is undone
        vault.set_meta({"patient_name": "Maria Popescu"})
    assert [s.counts["added"] for s in vault.sources()] == [1]
    assert vault.get_meta("patient_name") == "Maria Popescu"


def test_all_or_nothing_undoes_every_write_when_it_fails(opened: OpenProfile) -> None:
    vault = opened.vault
    vault.put_batch(CENTRE, [condition("c0")])
    with pytest.raises(KeyboardInterrupt), vault.all_or_nothing():
        vault.put_batch(CENTRE, [condition("c1")])
        raise KeyboardInterrupt
    assert vault.counts() == {"Condition": 1}
    assert len(vault.sources()) == 1
    vault.put_batch(CENTRE, [condition("c2")])  # and the vault takes writes again
    assert vault.counts() == {"Condition": 2}


def test_a_rehearsal_always_undoes_and_cannot_be_nested(opened: OpenProfile) -> None:
    vault = opened.vault
    with vault.rehearsal():
        result = vault.put_batch(CENTRE, [condition("c1"), condition("c2")])
        assert result.added == 2 and vault.counts() == {"Condition": 2}
        with pytest.raises(RuntimeError), vault.all_or_nothing():
            pass
    assert vault.counts() == {} and vault.sources() == []
    assert all(entry.event is not AuditEvent.IMPORTED for entry in vault.audit_log())
