"""The record window: header, sidebar, import (results, problems, the patient question, Cancel),
undoing an import, and locking after idle time."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.import_dialog import ImportDialog, Stage
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.patient_header import age_in_years
from ecan_desktop.ui.record_frame import OVERVIEW, SETTINGS, SOURCES
from ecan_desktop.vault.profiles import ProfileStore
from tests.conftest import FIXTURES
from tests.ui.conftest import (
    PASSPHRASE,
    AddProfile,
    patient_resources,
    record_shown,
    show_window,
    type_passphrase,
    unlock,
    vault_is_free,
    visible_dialog,
)

IPS = FIXTURES / "fhir" / "ips-bundle-01.json"  # Martha DeLarosa
EPS = FIXTURES / "fhir" / "eps-bundle-null-entry.json"  # Eliane Rijneveld
NOT_FHIR = FIXTURES / "fhir" / "surpass-no-resourcetype.json"


def choose_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(file_dialogs, "choose_files_to_import", lambda parent: list(paths))


def run_import(qtbot: QtBot, window: AppWindow) -> ImportDialog:
    frame = window.record_frame
    window.activateWindow()  # a closed dialog gives the focus back (offscreen needs a nudge)
    qtbot.waitUntil(window.isActiveWindow)
    frame.sidebar.setFocus()
    qtbot.keyClick(frame.sidebar, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(qtbot, frame, ImportDialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)  # the preview
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stage is Stage.DONE, timeout=15_000)
    return dialog


def messy_bundle(tmp_path: Path) -> Path:
    """A collection with a null entry and an entry without resourceType: two skipped parts."""
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            None,
            {"resource": {"resourceType": "Observation", "id": "o1", "status": "final"}},
            {"resource": {"id": "nothing"}},
        ],
    }
    path = tmp_path / "messy.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def test_the_header_shows_name_age_and_birth_date(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    header = win.record_frame.header
    age = age_in_years("1968-04-02")
    assert header.details.text().startswith(f"{age} years old · born ")
    assert header.details.text().endswith("· profile “Mum”")
    # The toolbar has exactly the actions that work now.
    buttons = [
        b.text() for b in win.record_frame.toolbar.findChildren(QToolButton) if b.isVisible()
    ]
    assert buttons == ["Import", "Export summary", "Lock now"]
    names = [
        win.record_frame.sidebar.item(r).text() for r in range(win.record_frame.sidebar.count())
    ]
    assert names == [
        "Overview",
        "Cancer journey",
        "Treatments",
        "Results",
        "Medications",
        "Allergies and alerts",
        "Conditions",
        "Immunisations",
        "Documents",
        "Other records",
        "My entries",
        "Sources",
        "Settings",
    ]
    # At 1280 x 800 and 100 % text every part is in sight, none behind a scroll bar.
    sidebar = win.record_frame.sidebar
    assert not sidebar.verticalScrollBar().isVisible()
    last = sidebar.visualItemRect(sidebar.item(sidebar.count() - 1))
    assert sidebar.viewport().rect().contains(last)


def test_age_in_years() -> None:
    today = date(2026, 4, 1)
    assert age_in_years("1968-04-02", today) == 57
    assert age_in_years("1968-04-01", today) == 58
    assert age_in_years("1968-04", today) == 58
    assert age_in_years("1968", today) is None
    assert age_in_years("2030-01-01", today) is None
    assert age_in_years("not a date", today) is None


def test_import_reports_each_file_and_the_record_follows(
    qtbot: QtBot,
    context: AppContext,
    add_profile: AddProfile,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    messy = messy_bundle(tmp_path)
    choose_files(monkeypatch, IPS, NOT_FHIR, messy)
    dialog = run_import(qtbot, win)
    rows = {row.name.text(): row for row in dialog.result_rows}
    assert list(rows) == ["ips-bundle-01.json", "surpass-no-resourcetype.json", "messy.json"]
    assert rows["ips-bundle-01.json"].outcome.text() == "Imported: 20 new items."
    assert (
        rows["surpass-no-resourcetype.json"]
        .outcome.text()
        .startswith("surpass-no-resourcetype.json was not imported: it is not a FHIR resource")
    )
    assert rows["messy.json"].outcome.text() == "Imported: 1 new item."
    assert rows["messy.json"].problems.text().splitlines() == [
        "2 problems found in the file:",
        "• Entry 1: an empty entry (null) was skipped.",
        "• Entry 3: a resource without a resourceType was skipped.",
    ]
    assert dialog.summary.text() == "Files imported: 2 of 3."
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    frame = win.record_frame
    qtbot.waitUntil(lambda: len(frame.sources_page.rows) == 2)
    assert frame.header.name.text() == "Martha DeLarosa"  # the first file named the patient
    overview = frame.overview_view
    qtbot.waitUntil(lambda: overview.state == "record", timeout=10_000)
    assert ("Test results", 8) in overview.count_lines()  # 7 from the IPS, 1 from messy.json


# The patient question and Cancel: tests/ui/test_import_flow.py (the question comes with the
# preview; Cancel keeps none of the files).


def test_undo_an_import_from_the_sources_page(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    frame = win.record_frame
    frame.show_view(SOURCES)
    assert frame.current_view() == SOURCES
    sources = frame.sources_page
    assert sources.hint.text().startswith("1 import. Each one can be undone")
    row = sources.rows[0]
    assert row.title.text() == "Spitalul Județean Test · RO"
    assert row.when.text().startswith("Imported ") and row.when.text().endswith(
        " from summary.json"
    )
    assert row.counts.text() == "8 new items"

    qtbot.mouseClick(row.undo_button, Qt.MouseButton.LeftButton)
    question = visible_dialog(qtbot, frame, MessageDialog)
    assert question.title.text() == "Undo this import?"
    assert question.reject_button is not None and question.reject_button.isDefault()
    qtbot.mouseClick(question.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sources.empty_state.isVisible)
    assert sources.empty_title.text() == "No imports yet"
    assert frame.status_text.text() == "Import undone: 8 items removed."
    frame.show_view(OVERVIEW)
    overview = frame.overview_view
    qtbot.waitUntil(lambda: overview.state == "empty", timeout=10_000)
    assert overview.empty_card.isVisible()
    assert overview.empty_title.text() == "Your record is empty"


def test_the_record_locks_after_the_idle_time_and_unlocking_returns_to_the_same_view(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile
) -> None:
    info = add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    frame = win.record_frame
    frame.show_view(SOURCES)
    assert win.idle.active
    assert win.idle.timeout_seconds == 10 * 60
    assert frame.lock_hint.text() == "Locks after 10 minutes without use"
    win.idle.set_timeout_seconds(0.4)
    # Use keeps it open…
    for _ in range(3):
        qtbot.wait(200)
        qtbot.keyClick(frame.sidebar, Qt.Key.Key_Down)
    assert win.current_page() is frame
    # …and no use locks it.
    qtbot.waitUntil(lambda: win.current_page() is win.unlock_page, timeout=3_000)
    assert win.unlock_page.title.text() == "“Mum” is locked"
    assert frame.header.name.text() == ""
    qtbot.waitUntil(lambda: vault_is_free(store, info))
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert frame.current_view() == SETTINGS  # the view the user had moved to with the keyboard


def test_auto_lock_closes_open_dialogs(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    frame = win.record_frame
    frame.show_view(SOURCES)
    qtbot.mouseClick(frame.sources_page.rows[0].undo_button, Qt.MouseButton.LeftButton)
    question = visible_dialog(qtbot, frame, MessageDialog)
    win.idle.set_timeout_seconds(0.2)
    qtbot.waitUntil(lambda: win.current_page() is win.unlock_page, timeout=3_000)
    assert not shiboken6.isValid(question) or not question.isVisible()


def test_the_idle_time_is_a_setting(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    settings = win.record_frame.settings_page
    combo = settings.auto_lock
    index = combo.findData(5)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert combo.currentText() == "after 5 minutes"
    assert win.idle.timeout_seconds == 5 * 60
    assert context.settings.auto_lock_minutes == 5
    assert json.loads(context.paths.settings_file.read_text())["auto_lock_minutes"] == 5
    assert win.record_frame.lock_hint.text() == "Locks after 5 minutes without use"


def test_the_toolbar_is_reachable_with_the_keyboard(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile
) -> None:
    info = add_profile("Mum")
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    frame = win.record_frame
    lock_button = frame.toolbar.widgetForAction(frame.lock_action)
    import_button = frame.toolbar.widgetForAction(frame.import_action)
    frame.sidebar.setFocus()
    reached = []
    for _ in range(80):  # Tab through the window until the focus comes back
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is frame.sidebar:
            break
    chain = reached
    assert import_button in chain and lock_button in chain
    lock_button.setFocus()
    qtbot.keyClick(lock_button, Qt.Key.Key_Space)
    assert win.current_page() is win.unlock_page
    qtbot.waitUntil(lambda: vault_is_free(store, info))
