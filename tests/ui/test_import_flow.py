"""The import flow: the preview (counts that the import then gives, problems found, the patient
question), progress with Cancel (nothing kept), the result, dropping files on the window, and the
Sources view (problems, details, Undo)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers import preview as preview_module
from ecan_desktop.importers.batch import Problem
from ecan_desktop.importers.defects import PROBLEM_MISSING, PROBLEM_MISSING_OFTEN
from ecan_desktop.importers.report import FileReport
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.import_dialog import ImportDialog, Stage
from ecan_desktop.ui.import_problems import problem_lines, problem_text
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.record_frame import SETTINGS, SOURCES, RecordFrame
from ecan_desktop.vault.records import SourceRecord
from tests.conftest import FIXTURES
from tests.ui.conftest import AddProfile, show_window, unlock, visible_dialog

IPS = FIXTURES / "fhir" / "ips-bundle-01.json"  # Martha DeLarosa, 20 resources
EPS = FIXTURES / "fhir" / "eps-bundle-null-entry.json"  # Eliane Rijneveld; one entry is null
NOT_FHIR = FIXTURES / "fhir" / "surpass-no-resourcetype.json"


def other_centre_copy(tmp_path: Path) -> Path:
    """The IPS example as another hospital would send it: the same facts, another source."""
    bundle = json.loads(IPS.read_text(encoding="utf-8"))
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Organization":
            entry["resource"]["name"] = "Another Hospital"
    path = tmp_path / "from-another-hospital.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def open_record(qtbot: QtBot, context: AppContext, add_profile: AddProfile) -> RecordFrame:
    add_profile("Mum")
    window = show_window(qtbot, context)
    unlock(qtbot, window, "Mum")
    return window.record_frame


def preview_of(qtbot: QtBot, frame: RecordFrame, *paths: Path) -> ImportDialog:
    dialog = frame.import_files(list(paths))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.stage is not Stage.CHECKING, timeout=15_000)
    return dialog


def import_now(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stage is Stage.DONE, timeout=15_000)


def stored_sources(qtbot: QtBot, context: AppContext) -> list[SourceRecord]:
    """What the vault holds now, read on the vault worker."""
    found: list[list[SourceRecord]] = []
    context.vault.read(
        lambda opened: opened.vault.sources(), on_result=found.append, on_error=print
    )
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def card_texts(dialog: ImportDialog) -> dict[str, tuple[str, str, str]]:
    return {
        row.name.text(): (row.centre.text(), row.outcome.text(), row.problems.text())
        for row in dialog.result_rows
    }


def test_the_preview_shows_what_the_import_then_does(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile, tmp_path: Path
) -> None:
    frame = open_record(qtbot, context, add_profile)
    other = other_centre_copy(tmp_path)
    dialog = preview_of(qtbot, frame, IPS, other, NOT_FHIR)
    assert dialog.title.text() == "Check before importing"
    assert dialog.summary.text() == (
        "Nothing has been added yet. Check what each file brings, then choose Import."
    )
    assert dialog.totals.text() == "In all: 40 new items."
    cards = card_texts(dialog)
    assert list(cards) == ["ips-bundle-01.json", "from-another-hospital.json", NOT_FHIR.name]
    centre, outcome, problems = cards["ips-bundle-01.json"]
    assert centre == "From Anorg Aniza Tion BV / The best custodian ever · NL"
    assert outcome == "To import: 20 new items."
    assert problems == ""
    assert cards["from-another-hospital.json"][1].startswith("To import: 20 new items, ")
    assert cards["from-another-hospital.json"][1].endswith(" also reported by another source.")
    assert cards[NOT_FHIR.name][1].startswith("Cannot be imported: it is not a FHIR resource")
    assert stored_sources(qtbot, context) == []  # nothing is written before Import
    previewed = [(r.status, r.counts) for r in dialog.preview or []]

    import_now(qtbot, dialog)
    assert dialog.title.text() == "Import finished"
    assert dialog.summary.text() == "Files imported: 2 of 3."
    assert [(r.status, r.counts) for r in dialog.run.reports] == previewed  # type: ignore[union-attr]
    assert card_texts(dialog)["ips-bundle-01.json"][1] == "Imported: 20 new items."
    # What Sources keeps is what the preview said (the counts, without the problems' count).
    kept = [s.counts for s in stored_sources(qtbot, context)]
    assert kept == [
        {k: v for k, v in counts.items() if k != "skipped"}
        for status, counts in previewed
        if status == "imported"
    ]
    dialog.accept()
    qtbot.waitUntil(lambda: len(frame.sources_page.rows) == 2)


def test_a_file_about_someone_else_is_imported_only_when_the_user_confirms(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    frame = open_record(qtbot, context, add_profile)
    dialog = preview_of(qtbot, frame, IPS, EPS)
    question = visible_dialog(qtbot, dialog, MessageDialog)
    assert question.title.text() == "Is this the same person?"
    assert question.text.text().startswith(
        "eps-bundle-null-entry.json is about Eliane Rijneveld (born 1969-02-25), "
        "but this profile is about Martha DeLarosa (born 1972-05-01)."
    )
    assert question.accept_button.text() == "Import anyway"
    assert question.reject_button is not None and question.reject_button.text() == "Don't import"
    assert not dialog.import_button.isEnabled()  # not before the question is answered
    qtbot.mouseClick(question.accept_button, Qt.MouseButton.LeftButton)
    # Checked again with the answer: now the file's counts are known.
    qtbot.waitUntil(lambda: dialog.stage is Stage.PREVIEW and dialog.accepted == {1})
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview[1].status == "imported")
    assert card_texts(dialog)["eps-bundle-null-entry.json"][1] == "To import: 38 new items."
    import_now(qtbot, dialog)
    assert [r.status for r in dialog.run.reports] == ["imported", "imported"]  # type: ignore[union-attr]
    assert dialog.summary.text() == "All 2 files were imported."
    dialog.accept()
    qtbot.waitUntil(lambda: len(frame.sources_page.rows) == 2)


def test_refusing_the_patient_question_leaves_the_file_out(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    frame = open_record(qtbot, context, add_profile)
    dialog = preview_of(qtbot, frame, IPS, EPS)
    question = visible_dialog(qtbot, dialog, MessageDialog)
    assert question.reject_button is not None
    qtbot.mouseClick(question.reject_button, Qt.MouseButton.LeftButton)
    assert dialog.refused == {1}
    assert card_texts(dialog)["eps-bundle-null-entry.json"][1] == (
        "Will not be imported: this file is about Eliane Rijneveld (born 1969-02-25), "
        "not about Martha DeLarosa (born 1972-05-01)."
    )
    import_now(qtbot, dialog)
    assert card_texts(dialog)["eps-bundle-null-entry.json"][1] == (
        "Not imported: this file is about Eliane Rijneveld (born 1969-02-25), "
        "not about Martha DeLarosa (born 1972-05-01)."
    )
    assert dialog.summary.text() == "Files imported: 1 of 2."
    assert [s.file_name for s in stored_sources(qtbot, context)] == ["ips-bundle-01.json"]


def test_a_file_with_nothing_new_has_nothing_to_import(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    frame = open_record(qtbot, context, add_profile)
    dialog = preview_of(qtbot, frame, IPS)
    import_now(qtbot, dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: len(frame.sources_page.rows) == 1)
    again = preview_of(qtbot, frame, IPS)
    assert card_texts(again)["ips-bundle-01.json"][1] == (
        "Already in your record: nothing new in this file."
    )
    assert again.summary.text() == "There is nothing new to import: your record stays as it is."
    assert not again.import_button.isVisible()
    assert again.dismiss_button.text() == "Close"
    qtbot.mouseClick(again.dismiss_button, Qt.MouseButton.LeftButton)
    assert not again.isVisible()


def test_cancel_during_the_import_leaves_the_record_as_it_was(
    qtbot: QtBot,
    context: AppContext,
    add_profile: AddProfile,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    frame = open_record(qtbot, context, add_profile)
    dialog = preview_of(qtbot, frame, IPS, other_centre_copy(tmp_path))
    gate, entered = threading.Event(), threading.Event()
    real_import = preview_module.import_one

    def slow_import(vault: Any, path: Path, **kwargs: Any) -> FileReport:
        report = real_import(vault, path, **kwargs)  # the first file is in, then we wait
        entered.set()
        gate.wait(10)
        return report

    monkeypatch.setattr(preview_module, "import_one", slow_import)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert entered.wait(5)
    assert dialog.busy and frame.busy  # auto-lock waits while importing
    assert dialog.busy_row.isVisible()
    assert dialog.title.text() == "Importing 2 files"
    cancel = dialog.busy_row.cancel_button
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.busy_row.text.text() == "Stopping: nothing will be kept…"
    gate.set()
    qtbot.waitUntil(lambda: dialog.stage is Stage.DONE, timeout=10_000)
    assert dialog.title.text() == "Import cancelled"
    assert dialog.summary.text() == (
        "You cancelled: nothing was imported. Your record is as it was."
    )
    assert dialog.result_rows == []
    assert stored_sources(qtbot, context) == []
    dialog.accept()
    assert frame.sources_page.empty_state.isVisibleTo(frame.sources_page)


def test_cancel_while_checking_closes_without_writing(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    frame = open_record(qtbot, context, add_profile)
    gate, entered = threading.Event(), threading.Event()
    real_import = preview_module.import_one

    def slow_import(vault: Any, path: Path, **kwargs: Any) -> FileReport:
        entered.set()
        gate.wait(10)
        return real_import(vault, path, **kwargs)

    monkeypatch.setattr(preview_module, "import_one", slow_import)
    dialog = frame.import_files([IPS, EPS])
    assert dialog is not None and entered.wait(5)
    assert dialog.title.text() == "Checking 2 files"
    assert dialog.busy_row.text.text() == "Reading ips-bundle-01.json (1 of 2)…"
    assert dialog.summary.text() == "Nothing is added to your record until you choose Import."
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc is Cancel
        gate.set()
    assert stored_sources(qtbot, context) == []


def test_the_problems_of_a_real_file_are_listed_before_and_after(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    frame = open_record(qtbot, context, add_profile)
    dialog = preview_of(qtbot, frame, EPS)
    # The null entry left out; the references to what the file lacks, imported as they are.
    problems = [
        "• Entry 1: it refers to urn:uuid:e7527691-d1a5-4616-95cb-4838a511d905, which is "
        "neither in the file nor in your record.",
        "• Entry 3: an empty entry (null) was skipped.",
        "• Entry 4: it refers to Ziekenhuis Inkendaal (1561523a-09d5-4877-aa2b-051802876133), "
        "which is neither in the file nor in your record (other parts of the file refer to it "
        "too).",
    ]
    expected = "\n".join(["3 problems found in the file:", *problems])
    assert card_texts(dialog)["eps-bundle-null-entry.json"] == (
        "",
        "To import: 38 new items.",
        expected,
    )
    import_now(qtbot, dialog)
    assert card_texts(dialog)["eps-bundle-null-entry.json"][2] == expected
    dialog.accept()

    # Sources keeps them: a line on the card, every problem in the details.
    qtbot.waitUntil(lambda: len(frame.sources_page.rows) == 1)
    frame.show_view(SOURCES)
    row = frame.sources_page.rows[0]
    assert row.problems.isVisibleTo(row)
    assert row.problems.text() == "⚠ 3 problems found in the file: see the details"
    assert row.details is None
    qtbot.mouseClick(row.details_button, Qt.MouseButton.LeftButton)
    assert row.details is not None and row.details.isVisibleTo(row)
    assert row.details_button.text() == "Hide details"
    details = row.details
    assert details.value("file") == "eps-bundle-null-entry.json"
    assert details.value("brought") == (
        "38 new, 0 updated, 0 already in your record, 0 also reported by another source"
    )
    assert details.problems_title.text() == "3 problems found in the file"
    assert details.problem_list.text() == "\n".join(problems)
    assert len(details.value("fingerprint")) == 64


def drag_files(frame: RecordFrame, *urls: QUrl, text: str | None = None) -> tuple[bool, bool]:
    """Drag *urls* (or *text*) over the middle of the frame and drop; (enter accepted, dropped)."""
    mime = QMimeData()
    if urls:
        mime.setUrls(list(urls))
    if text is not None:
        mime.setText(text)
    point = QPointF(frame.width() / 2, frame.height() / 2)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(frame, enter)
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    if enter.isAccepted():
        assert frame.drops.hint.isVisible()  # the hint shows while the files are held over
        QApplication.sendEvent(frame, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_files_on_the_window_opens_the_preview(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    frame = open_record(qtbot, context, add_profile)
    assert drag_files(frame, QUrl.fromLocalFile(str(IPS)), QUrl.fromLocalFile(str(EPS))) == (
        True,
        True,
    )
    assert not frame.drops.hint.isVisible()
    dialog = visible_dialog(qtbot, frame, ImportDialog)
    assert dialog.paths == [IPS, EPS]
    qtbot.waitUntil(lambda: dialog.stage is Stage.PREVIEW)
    assert [row.name.text() for row in dialog.result_rows] == [IPS.name, EPS.name]


def test_the_drop_hint_says_what_will_happen(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    frame = open_record(qtbot, context, add_profile)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(IPS))])
    enter = QDragEnterEvent(
        frame.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(frame, enter)
    hint = frame.drops.hint
    assert hint.isVisible() and hint.geometry() == frame.rect()
    assert hint.title.text() == "Drop to import 1 file"
    assert hint.text.text().startswith("You will see what they bring before anything is added")


def test_text_and_remote_links_are_not_taken(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    frame = open_record(qtbot, context, add_profile)
    assert drag_files(frame, text="Maria Popescu, born 1968") == (False, False)
    assert drag_files(frame, QUrl("https://example.org/summary.json")) == (False, False)
    assert not frame.drops.hint.isVisible()
    assert not [d for d in frame.findChildren(ImportDialog) if d.isVisible()]


def test_a_dropped_backup_says_where_backups_are_restored(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile, tmp_path: Path
) -> None:
    frame = open_record(qtbot, context, add_profile)
    backup = tmp_path / "Mum-2026-01-01.ecanbackup"
    backup.write_bytes(b"not really a backup")
    assert drag_files(frame, QUrl.fromLocalFile(str(backup))) == (True, True)
    message = visible_dialog(qtbot, frame, MessageDialog)
    assert message.title.text() == "This is a backup, not a summary"
    assert message.text.text().startswith("Mum-2026-01-01.ecanbackup is a backup of a whole")
    assert not [d for d in frame.findChildren(ImportDialog) if d.isVisible()]
    qtbot.mouseClick(message.accept_button, Qt.MouseButton.LeftButton)
    assert frame.current_view() == SETTINGS


def test_remove_on_the_sources_view_undoes_the_import(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    frame = open_record(qtbot, context, add_profile)
    dialog = preview_of(qtbot, frame, IPS)
    import_now(qtbot, dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: len(frame.sources_page.rows) == 1)
    frame.show_view(SOURCES)
    row = frame.sources_page.rows[0]
    assert row.title.text() == "Anorg Aniza Tion BV / The best custodian ever · NL"
    assert row.counts.text() == "20 new items"
    assert not row.problems.isVisibleTo(row)
    qtbot.mouseClick(row.undo_button, Qt.MouseButton.LeftButton)
    question = visible_dialog(qtbot, frame, MessageDialog)
    assert question.title.text() == "Undo this import?"
    qtbot.mouseClick(question.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(frame.sources_page.empty_state.isVisible)
    assert frame.status_text.text() == "Import undone: 20 items removed."
    assert stored_sources(qtbot, context) == []


def test_where_a_problem_is_said_in_plain_words() -> None:
    reason = Message("ImportErrors", "a line that is not valid JSON was skipped")
    assert problem_text(Problem("line 7", reason)) == (
        "Line 7: a line that is not valid JSON was skipped."
    )
    assert problem_text(Problem("$.entry[3].resource.code", reason)).startswith("Entry 4: ")
    assert problem_text(Problem("$", reason)).startswith("In the file: ")
    assert problem_text(Problem("$.subject", reason)).startswith("In the file: ")  # one resource
    lines = problem_lines([Problem(f"line {n}", reason) for n in range(1, 15)], found=40)
    assert lines[0] == "40 problems found in the file:"
    assert len(lines) == 1 + 12 + 1 and lines[-1] == "…and 28 more."


def test_the_missing_records_of_one_entry_are_one_line_and_the_heading_counts_problems() -> None:
    def missing(entry: int, target: str, often: bool = False) -> Problem:
        source = PROBLEM_MISSING_OFTEN if often else PROBLEM_MISSING
        reason = Message("ImportErrors", source, {"target": target})
        return Problem(f"$.entry[{entry}].resource.subject", reason, skipped=False)

    many = [missing(17, f"Observation/{n}") for n in range(46)]
    two = [missing(20, "Patient/p1 (Ann Smith)", often=True), missing(20, "Observation/x")]
    singles = [missing(entry, f"Device/{entry}") for entry in range(30, 45)]
    lines = problem_lines([*many, *two, *singles], found=70)
    assert lines[:4] == [
        "70 problems found in the file:",
        "• Entry 18: it refers to 46 records that are neither in the file nor in your record "
        "(Observation/0, Observation/1, Observation/2 and 43 more).",
        "• Entry 21: it refers to 2 records that are neither in the file nor in your record "
        "(Patient/p1 (Ann Smith), Observation/x).",
        "• Entry 31: it refers to Device/30, which is neither in the file nor in your record.",
    ]
    # 12 lines stand for 46 + 2 + 10 problems; the rest are counted as problems.
    assert len(lines) == 1 + 12 + 1 and lines[-1] == f"…and {70 - 58} more."
