"""The import preview: the real import rehearsed and rolled back, so its counts are the import's,
and the problems an import found are kept with its source."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers.batch import Problem
from ecan_desktop.importers.preview import (
    FILE_STEPS,
    ImportCancelled,
    import_paths,
    preview_paths,
)
from ecan_desktop.importers.problems import (
    MAX_KEPT_PROBLEMS,
    problems_from_json,
    problems_to_json,
)
from ecan_desktop.importers.report import import_one
from ecan_desktop.vault.batch_write import WRITE_CHUNK
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from tests.bench.generate import observations
from tests.conftest import FIXTURES

PASS = "correct horse battery"
IPS = FIXTURES / "fhir" / "ips-bundle-01.json"  # Martha DeLarosa
EPS = FIXTURES / "fhir" / "eps-bundle-null-entry.json"  # Eliane Rijneveld, one null entry
NOT_FHIR = FIXTURES / "fhir" / "surpass-no-resourcetype.json"


@pytest.fixture
def opened(store: ProfileStore) -> Iterator[OpenProfile]:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as profile:
        yield profile


def snapshot(opened: OpenProfile) -> tuple[Any, ...]:
    vault = opened.vault
    return (
        vault.sources(),
        vault.counts(),
        vault.links(),
        vault.audit_log(),
        vault.get_meta("patient_name"),
        vault.get_meta("patient_birth_date"),
    )


def outcome(reports: list[Any]) -> list[tuple[str, dict[str, int], int, bool]]:
    return [(r.status, r.counts, len(r.problems), r.patient_mismatch) for r in reports]


def updated_copy(tmp_path: Path) -> Path:
    """The IPS example again, one result changed: an update of what the first import brought."""
    bundle = json.loads(IPS.read_text(encoding="utf-8"))
    for entry in bundle["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == "Observation":
            resource["status"] = "amended"
            break
    path = tmp_path / "ips-amended.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def other_centre_copy(tmp_path: Path) -> Path:
    """The IPS example as another centre would send it: the same facts from another origin."""
    bundle = json.loads(IPS.read_text(encoding="utf-8"))
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Organization":
            entry["resource"]["name"] = "Another Hospital"
    path = tmp_path / "ips-other-centre.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def test_the_preview_counts_are_the_import_counts_and_it_leaves_no_trace(
    opened: OpenProfile, tmp_path: Path
) -> None:
    paths = [IPS, NOT_FHIR, updated_copy(tmp_path), other_centre_copy(tmp_path), EPS]
    before = snapshot(opened)
    preview = preview_paths(opened.vault, paths, accept_mismatch={4})
    assert snapshot(opened) == before
    assert all(r.source_id is None for r in preview)

    real = import_paths(opened.vault, paths, accept_mismatch={4})
    assert outcome(preview) == outcome(real)
    # What these files do, so that the equality above is about something.
    assert [r.status for r in real] == ["imported", "rejected", "imported", "imported", "imported"]
    assert real[0].counts["added"] == 20
    assert real[2].counts["updated"] == 1  # the second file updates what the first brought
    assert real[3].counts["linked"] > 0  # the same facts from another centre: linked
    assert real[4].counts["skipped"] == 1  # the null entry
    assert (real[0].centre_name, real[0].centre_country) == (
        preview[0].centre_name,
        preview[0].centre_country,
    )


def test_the_preview_asks_about_someone_else_as_the_import_does(opened: OpenProfile) -> None:
    import_one(opened.vault, IPS)
    preview = preview_paths(opened.vault, [EPS])
    assert preview[0].status == "rejected" and preview[0].patient_mismatch
    accepted = preview_paths(opened.vault, [EPS], accept_mismatch={0})
    assert accepted[0].status == "imported"
    assert outcome(accepted) == outcome(import_paths(opened.vault, [EPS], accept_mismatch={0}))


def test_a_first_file_names_the_patient_for_the_next_one_in_the_preview_too(
    opened: OpenProfile,
) -> None:
    preview = preview_paths(opened.vault, [IPS, EPS])
    assert [r.patient_mismatch for r in preview] == [False, True]
    assert opened.vault.get_meta("patient_name") is None  # adopted only in the rehearsal
    assert outcome(preview) == outcome(import_paths(opened.vault, [IPS, EPS]))


def test_a_cancelled_preview_stops_at_the_next_file(opened: OpenProfile) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        preview_paths(
            opened.vault,
            [IPS, EPS, NOT_FHIR],
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: any(done >= FILE_STEPS for done, _ in seen),
        )
    steps = 3 * FILE_STEPS
    # The first file from its start to nearly its end, then the second one's start: no further.
    assert seen == [(0, steps), (0, steps), (FILE_STEPS - 1, steps), (FILE_STEPS, steps)]
    assert opened.vault.sources() == []


def test_a_cancelled_import_keeps_none_of_the_files(opened: OpenProfile) -> None:
    import_one(opened.vault, EPS)
    before = snapshot(opened)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        import_paths(
            opened.vault,
            [IPS, EPS],
            accept_mismatch={0, 1},
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: any(done >= FILE_STEPS for done, _ in seen),
        )
    assert seen[-1] == (FILE_STEPS, 2 * FILE_STEPS)  # the first file was imported, then undone
    assert snapshot(opened) == before
    reports = import_paths(opened.vault, [IPS, EPS], accept_mismatch={0, 1})
    assert [r.status for r in reports] == ["imported", "unchanged"]
    assert len(opened.vault.sources()) == 2


def test_an_error_during_the_rehearsal_undoes_it_and_the_vault_works_on(
    opened: OpenProfile,
) -> None:
    with pytest.raises(RuntimeError), opened.vault.rehearsal():
        import_one(opened.vault, IPS)
        raise RuntimeError("stop")
    assert opened.vault.sources() == []
    assert import_one(opened.vault, IPS).status == "imported"
    assert len(opened.vault.sources()) == 1


def test_the_problems_are_kept_with_the_source(opened: OpenProfile) -> None:
    report = import_one(opened.vault, EPS)
    (source,) = opened.vault.sources()
    assert source.id == report.source_id
    assert source.counts == {"added": 38, "updated": 0, "unchanged": 0, "linked": 0}
    # The null entry, and the two references to what is in neither the file nor the vault.
    assert source.problems_found == report.problems_found == 3
    kept = problems_from_json(source.problems)
    assert kept == report.problems
    assert [p.path for p in kept] == [
        "$.entry[0].resource.author[0]",
        "$.entry[2]",
        "$.entry[3].resource.asserter",
    ]
    assert kept[1].reason.render() == "an empty entry (null) was skipped"
    # The audit log has counts only, never what the file said.
    assert all("problems" not in entry.counts for entry in opened.vault.audit_log())


def test_a_source_without_problems_has_none(opened: OpenProfile) -> None:
    import_one(opened.vault, IPS)
    (source,) = opened.vault.sources()
    assert source.problems == () and source.problems_found == 0


def test_problems_round_trip_with_nested_messages_and_are_capped() -> None:
    inner = Message("ImportErrors", "unknown")
    problems = [
        Problem(f"line {n}", Message("ImportErrors", "{who} at {n}", {"who": inner, "n": n}))
        for n in range(MAX_KEPT_PROBLEMS + 5)
    ]
    kept = problems_to_json(problems)
    assert len(kept) == MAX_KEPT_PROBLEMS
    back = problems_from_json(json.loads(json.dumps(kept)))
    assert back == problems[:MAX_KEPT_PROBLEMS]
    assert back[3].reason.render() == "unknown at 3"
    assert problems_from_json([{"path": 1}, {"path": "x", "reason": {"source": 2}}]) == []


def large_file(tmp_path: Path, count: int = 5000) -> Path:
    """A generated collection of *count* results (no real person's data)."""
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in observations(count)],
    }
    path = tmp_path / "results-5000.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def test_cancel_inside_a_large_file_undoes_it_and_the_files_before(
    opened: OpenProfile, tmp_path: Path
) -> None:
    import_one(opened.vault, EPS)
    before = snapshot(opened)
    seen: list[tuple[int, int]] = []
    # The IPS is imported whole, then the large file gets as far as its first chunk.
    first_chunk_of_second = FILE_STEPS + WRITE_CHUNK * FILE_STEPS // 5000
    with pytest.raises(ImportCancelled):
        import_paths(
            opened.vault,
            [IPS, large_file(tmp_path)],
            accept_mismatch={0},
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: any(done >= first_chunk_of_second for done, _ in seen),
        )
    assert seen[-1] == (first_chunk_of_second, 2 * FILE_STEPS)
    assert snapshot(opened) == before


def test_progress_moves_inside_a_large_file(opened: OpenProfile, tmp_path: Path) -> None:
    seen: list[int] = []
    preview_paths(
        opened.vault, [large_file(tmp_path)], progress=lambda done, total: seen.append(done)
    )
    chunks = [WRITE_CHUNK * n * FILE_STEPS // 5000 for n in range(1, 5000 // WRITE_CHUNK)]
    assert seen == [0, 0, *chunks, FILE_STEPS - 1, FILE_STEPS]
    assert opened.vault.sources() == []
