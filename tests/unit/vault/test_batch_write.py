"""A batch reports its progress every WRITE_CHUNK resources, and whoever it reports to may stop it
(the user cancelled): the batch is then undone whole, alone or inside all_or_nothing()."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ecan_desktop.vault.batch_write import WRITE_CHUNK
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from ecan_desktop.vault.store import NewSource
from tests.bench.generate import observations

PASS = "correct horse battery"
LAB = NewSource(kind="file", origin="centre:lab", centre_name="Lab", file_name="results.json")


class Stop(Exception):
    """What a cancelled caller raises from its progress callback."""


@pytest.fixture
def opened(store: ProfileStore) -> Iterator[OpenProfile]:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as profile:
        yield profile


def state(opened: OpenProfile) -> tuple[Any, ...]:
    vault = opened.vault
    return (vault.sources(), vault.counts(), vault.links(), vault.aliases(), vault.audit_log())


def test_progress_comes_every_chunk_and_at_the_end(opened: OpenProfile) -> None:
    seen: list[tuple[int, int]] = []
    resources = observations(1000)
    result = opened.vault.put_batch(
        LAB, resources, progress=lambda done, total: seen.append((done, total))
    )
    assert result.added == 1000
    assert seen == [(n, 1000) for n in range(WRITE_CHUNK, 1000, WRITE_CHUNK)] + [(1000, 1000)]


def test_stopping_after_the_first_chunk_undoes_the_batch(opened: OpenProfile) -> None:
    opened.vault.put_batch(LAB, observations(3, marker="before"))
    before = state(opened)
    seen: list[int] = []

    def stop_after_first_chunk(done: int, total: int) -> None:
        seen.append(done)
        raise Stop

    urls = [f"urn:uuid:obs-{i}" for i in range(5000)]
    with pytest.raises(Stop):
        opened.vault.put_batch(
            LAB, observations(5000), full_urls=urls, progress=stop_after_first_chunk
        )
    assert seen == [WRITE_CHUNK]
    assert state(opened) == before
    assert opened.vault.put_batch(LAB, observations(5)).changed  # and it takes writes again


def test_stopping_inside_all_or_nothing_undoes_the_earlier_batches_too(
    opened: OpenProfile,
) -> None:
    before = state(opened)

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop), opened.vault.all_or_nothing():
        opened.vault.put_batch(LAB, [{"resourceType": "Patient", "id": "p1"}])
        opened.vault.put_batch(LAB, observations(500), progress=stop)
    assert state(opened) == before
