"""Real files imported into a temporary profile, and the record built from it."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from ecan_desktop.importers.file import read_fhir_bytes, read_file
from ecan_desktop.paths import resource_path
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from ecan_desktop.vault.records import SourceRecord, StoredResource
from tests.conftest import FIXTURES, SHARED_DATA

PASS = "correct horse battery"
FHIR = FIXTURES / "fhir"

Loader = Callable[..., OpenProfile]


def shared(*parts: str) -> Path:
    """A file of ../shared/data; the test is skipped where that folder is not available."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"{path} is not available here")
    return path


def synthea(name: str) -> Path:
    folder = SHARED_DATA / "synthea"
    found = sorted(folder.glob(f"{name}_*.json")) if folder.is_dir() else []
    if not found:
        pytest.skip(f"no Synthea file for {name} here")
    return found[0]


@pytest.fixture
def load(store: ProfileStore) -> Iterator[Loader]:
    """``load(path, ...)``: a new profile with these files imported, one source each."""
    with ExitStack() as stack:
        count = 0

        def _load(*paths: Path) -> OpenProfile:
            nonlocal count
            count += 1
            store.create(f"Profile {count}", PASS)
            opened = stack.enter_context(store.unlock(f"Profile {count}", PASS))
            for path in paths:
                batch = read_file(path)
                opened.vault.put_batch(batch.source, batch.resources, full_urls=batch.full_urls)
            return opened

        yield _load


@pytest.fixture
def demo(store: ProfileStore) -> Iterator[OpenProfile]:
    """The demo profile's two centres, imported as ``ecan-desktop demo`` does (no links)."""
    manifest = json.loads(resource_path("demo", "manifest.json").read_text("utf-8"))
    store.create("Demo", PASS)
    with store.unlock("Demo", PASS) as opened:
        for source in manifest["sources"]:
            path = resource_path("demo", source["file"])
            batch = read_fhir_bytes(
                path.name,
                path.read_bytes(),
                centre_name=source["centre_name"],
                centre_country=source["centre_country"],
                imported_at=source["imported_at"],
            )
            opened.vault.put_batch(batch.source, batch.resources, full_urls=batch.full_urls)
        yield opened


def assert_every_row_once(record: PatientRecord, opened: OpenProfile) -> None:
    """Nothing dropped, nothing doubled: each stored row is in exactly one item."""
    stored = {r.row_id: r for r in opened.vault.resources()}
    owners = Counter(row for item in record.items() for row in item.row_ids)
    assert set(owners) == set(stored), f"missing {sorted(set(stored) - set(owners))[:10]}"
    assert [row for row, n in owners.items() if n > 1] == []
    ids = [item.id for item in record.items()]
    assert len(ids) == len(set(ids))
    for item in record.items():
        expected = {stored[r].source_id for r in item.row_ids}
        assert {s.source_id for s in item.sources} == expected, item.id
    for supporting in record.supporting:
        assert set(supporting.used_by) <= set(ids)


class FakeVault:
    """The vault's read API over resources held in memory (no database: hypothesis is fast)."""

    def __init__(self, resources: list[dict[str, Any]], links: list[tuple[int, int]]) -> None:
        self._rows = [
            StoredResource(
                i + 1, 1 + i % 2, f"origin:{i % 2}", r["resourceType"], r["id"], 1, None, False, r
            )
            for i, r in enumerate(resources)
        ]
        self._links = [
            (a, b, "user") for a, b in links if 0 < a <= len(resources) and 0 < b <= len(resources)
        ]

    def resources(
        self, resource_type: str | None = None, source_id: int | None = None
    ) -> list[StoredResource]:
        return [r for r in self._rows if resource_type in (None, r.resource_type)]

    def sources(self) -> list[SourceRecord]:
        return [
            SourceRecord(
                i,
                "file",
                f"origin:{i - 1}",
                "Centre",
                "RO",
                "f.json",
                None,
                None,
                "2026-01-01T00:00:00Z",
                {},
            )
            for i in (1, 2)
        ]

    def links(self) -> list[tuple[int, int, str]]:
        return self._links

    def aliases(self) -> dict[int, list[str]]:
        return {row.row_id: [f"urn:uuid:{row.fhir_id}"] for row in self._rows}

    def get_meta(self, key: str) -> str | None:
        return None
