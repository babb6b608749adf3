"""The import flow with what real files get wrong and with large files: the problems kept although
imported (a narrative without its div, references to what the file lacks) in the preview, the
result and Sources; and Cancel inside one large file, which keeps nothing."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecan_desktop.importers import preview as preview_module
from ecan_desktop.importers.preview import FILE_STEPS
from ecan_desktop.importers.report import FileReport
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.import_dialog import ImportDialog, Stage
from ecan_desktop.ui.record_frame import SOURCES, RecordFrame
from ecan_desktop.vault.batch_write import WRITE_CHUNK
from tests.bench.generate import observations
from tests.conftest import FIXTURES, SHARED_DATA
from tests.ui.conftest import AddProfile, show_window, unlock

TRANSACTION = FIXTURES / "fhir" / "surpass-transaction-es.json"  # references as Type/urn:uuid
ESEMPIO_BE = SHARED_DATA / "survivorship-passport" / "esempio_be.json"  # narrative without div


def open_record(qtbot: QtBot, context: AppContext, add_profile: AddProfile) -> AppWindow:
    """The record window; the test holds it, so that the collector does not take it mid-test."""
    add_profile("Mum")
    window = show_window(qtbot, context)
    unlock(qtbot, window, "Mum")
    return window


def preview_of(qtbot: QtBot, frame: RecordFrame, *paths: Path) -> ImportDialog:
    dialog = frame.import_files(list(paths))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.stage is Stage.PREVIEW, timeout=20_000)
    return dialog


def what_the_vault_holds(qtbot: QtBot, context: AppContext) -> tuple[Any, ...]:
    found: list[tuple[Any, ...]] = []
    context.vault.read(
        lambda opened: (opened.vault.sources(), opened.vault.counts(), opened.vault.aliases()),
        on_result=found.append,
        on_error=print,
    )
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def test_a_survivorship_passport_export_shows_its_defects_before_after_and_in_sources(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    if not ESEMPIO_BE.is_file():
        pytest.skip("../shared/data is not available here")
    window = open_record(qtbot, context, add_profile)
    frame = window.record_frame
    dialog = preview_of(qtbot, frame, ESEMPIO_BE)
    (card,) = dialog.result_rows
    assert card.outcome.text() == "To import: 29 new items."
    lines = card.problems.text().splitlines()
    # 1 narrative and 46 references to results the export left out (24 in the care plan at entry
    # 18, 22 in the one at entry 29): one problem per result, one line per entry.
    assert lines == [
        "47 problems found in the file:",
        "• Entry 1: its readable text (narrative) is missing (no div); everything else was "
        "imported.",
        "• Entry 18: it refers to 24 records that are neither in the file nor in your record "
        "(Observation/79960, Observation/79961, Observation/78964 and 21 more).",
        "• Entry 29: it refers to 22 records that are neither in the file nor in your record "
        "(Observation/81957, Observation/80975, Observation/80964 and 19 more).",
    ]
    assert len(card.report.problems) == card.report.problems_found == 47  # each kept, exact path
    assert (
        card.report.problems[1].path == "$.entry[17].resource.activity[2].detail.reasonReference[0]"
    )

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stage is Stage.DONE, timeout=20_000)
    (result,) = dialog.result_rows
    assert result.outcome.text() == "Imported: 29 new items."
    assert result.problems.text().splitlines() == lines
    dialog.accept()

    qtbot.waitUntil(lambda: len(frame.sources_page.rows) == 1)
    frame.show_view(SOURCES)
    row = frame.sources_page.rows[0]
    assert row.problems.text() == "⚠ 47 problems found in the file: see the details"
    qtbot.mouseClick(row.details_button, Qt.MouseButton.LeftButton)
    assert row.details is not None
    assert row.details.problems_title.text() == "47 problems found in the file"
    assert row.details.problem_list.text().splitlines() == lines[1:]  # all kept: no "…and more"


def card_problems(dialog: ImportDialog) -> str:
    return dialog.result_rows[0].problems.text()


def test_references_written_as_type_and_urn_are_explained(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    window = open_record(qtbot, context, add_profile)
    frame = window.record_frame
    dialog = preview_of(qtbot, frame, TRANSACTION)
    lines = card_problems(dialog).splitlines()
    assert lines[0] == "7 problems found in the file:"
    assert lines[1] == (
        "• Entry 2: it refers to Patient/urn:uuid:9559e89b-35dc-4020-b08c-24ccbb6c46c5, written "
        "in a way FHIR does not allow; it was read as "
        "urn:uuid:9559e89b-35dc-4020-b08c-24ccbb6c46c5 (other parts of the file write it the "
        "same way)."
    )


def large_file(tmp_path: Path) -> Path:
    """5 000 generated results (no real person's data) in one collection."""
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in observations(5000)],
    }
    path = tmp_path / "results-5000.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def test_cancel_inside_one_large_file_keeps_nothing(
    qtbot: QtBot,
    context: AppContext,
    add_profile: AddProfile,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = open_record(qtbot, context, add_profile)
    frame = window.record_frame
    dialog = preview_of(qtbot, frame, large_file(tmp_path))
    assert dialog.result_rows[0].outcome.text() == "To import: 5000 new items."
    before = what_the_vault_holds(qtbot, context)

    # The first chunk is written and reported; the worker then waits in the second one.
    gate, entered = threading.Event(), threading.Event()
    real_import = preview_module.import_one

    def gated_import(vault: Any, path: Path, **kwargs: Any) -> FileReport:
        progress = kwargs.pop("progress")

        def gated(written: int, total: int) -> None:
            if written == WRITE_CHUNK:
                time.sleep(0.1)  # past the dialog's throttle, so that this step is shown
            if written == 2 * WRITE_CHUNK:
                entered.set()
                gate.wait(10)
            progress(written, total)

        return real_import(vault, path, progress=gated, **kwargs)

    monkeypatch.setattr(preview_module, "import_one", gated_import)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert entered.wait(10)
    bar = dialog.busy_row.bar
    first_chunk = WRITE_CHUNK * FILE_STEPS // 5000
    qtbot.waitUntil(lambda: bar.value() == first_chunk)  # the bar moves inside the file
    assert bar.maximum() == FILE_STEPS
    assert dialog.busy_row.text.text() == "Importing results-5000.json (1 of 1)…"
    cancel = dialog.busy_row.cancel_button
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.busy_row.text.text() == "Stopping: nothing will be kept…"
    gate.set()
    qtbot.waitUntil(lambda: dialog.stage is Stage.DONE, timeout=10_000)
    assert dialog.title.text() == "Import cancelled"
    assert dialog.summary.text() == (
        "You cancelled: nothing was imported. Your record is as it was."
    )
    assert dialog.result_rows == []
    assert what_the_vault_holds(qtbot, context) == before
    dialog.accept()
    assert frame.sources_page.empty_state.isVisibleTo(frame.sources_page)
