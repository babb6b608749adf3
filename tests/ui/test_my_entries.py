"""My entries as the patient uses it: the empty state, adding a symptom with its grade (and the
messages when something is missing), changing it, deleting it (and Undo), adding a medicine that
then shows among the record's medicines with the patient as its source, and a note."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ecan_desktop.entries.save import ENTRIES_ORIGIN
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.record_frame import RecordFrame
from ecan_desktop.ui.views.entry_dialogs import MedicationDialog, NoteDialog, SymptomDialog
from ecan_desktop.ui.views.my_entries import MyEntriesView
from ecan_desktop.vault.profiles import ProfileStore
from tests.ui.conftest import PASSPHRASE, AddProfile, patient_resources, show_window, unlock

EMPTY = (
    "Write down medicines you take, side effects and notes for your next visit. They stay on "
    "this computer, marked as reported by you."
)


def open_entries(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> tuple[AppWindow, RecordFrame, MyEntriesView]:
    add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=10_000)
    view = frame.my_entries_view
    if view.receivers(SIGNAL("record_changed()")) == 0:  # until the frame connects it itself
        view.record_changed.connect(frame.reload)
    frame.show_named_view("my-entries")
    assert frame.views.currentWidget() is view
    return win, frame, view


def titles(view: MyEntriesView, kind: str) -> list[str]:
    return [row.title.text() for row in view.groups[kind].rows]


def wait_closed(qtbot: QtBot, dialog: QDialog) -> None:
    """Until *dialog* has closed (it deletes itself when it closes)."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10_000)


def test_the_empty_state_says_what_entries_are_for(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    _win, _frame, view = open_entries(qtbot, context, add_profile)
    assert view.empty.isVisible()
    assert view.empty_title.text() == "Nothing written down yet"
    assert view.empty_text.text() == EMPTY
    assert [b.text() for b in view.add_buttons.values()] == [
        "Add medication",
        "Add symptom or side effect",
        "Add note",
    ]
    assert not any(g.isVisible() for g in view.groups.values())


def test_a_symptom_is_added_changed_deleted_and_undone(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile, store: ProfileStore
) -> None:
    _win, frame, view = open_entries(qtbot, context, add_profile)
    qtbot.mouseClick(view.add_buttons["symptom"], Qt.MouseButton.LeftButton)
    dialog = next(d for d in frame.findChildren(SymptomDialog) if d.isVisible())
    assert dialog.windowTitle() == "Add a symptom or side effect"
    assert [b.text() for b in dialog.grade.buttons] == [
        "Grade 0: None",
        "Grade 1: Mild",
        "Grade 2: Moderate",
        "Grade 3: Severe",
        "Grade 4: Life-threatening",
    ]
    assert dialog.grade.meanings[2].text() == (
        "It got in the way of everyday things like cooking, shopping or work."
    )
    # Saving with nothing chosen says what is missing, at each field.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields["symptom"].error.text() == (
        "⚠ Choose a symptom or side effect from the list, or choose “Something else”."
    )
    assert dialog.fields["grade"].error.text() == (
        "⚠ Choose how bad it was, from 0 (none) to 4 (life-threatening)."
    )
    dialog.symptom.setCurrentIndex(dialog.symptom.findData("nausea"))
    qtbot.mouseClick(dialog.grade.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: titles(view, "symptom") == ["Feeling sick (nausea)"], timeout=10_000)
    row = view.groups["symptom"].rows[0]
    assert row.details.text().endswith("· Grade 2: Moderate")
    assert row.chips.texts == ["Reported by you"]
    assert view.groups["symptom"].heading.text() == "Symptoms and side effects"
    assert not view.empty.isVisible()

    # Edit: the dialog shows what was saved; grade 3 replaces grade 2 in the same entry.
    qtbot.mouseClick(row.edit_button, Qt.MouseButton.LeftButton)
    edit = next(d for d in frame.findChildren(SymptomDialog) if d.isVisible())
    assert edit.windowTitle() == "Change a symptom or side effect"
    assert edit.symptom.currentData() == "nausea" and edit.grade.value() == 2
    qtbot.mouseClick(edit.grade.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, edit)
    qtbot.waitUntil(
        lambda: (
            bool(view.groups["symptom"].rows)
            and view.groups["symptom"].rows[0].details.text().endswith("Grade 3: Severe")
        ),
        timeout=10_000,
    )
    assert len(view.groups["symptom"].rows) == 1

    # Delete asks first, naming the entry; afterwards Undo puts it back.
    row = view.groups["symptom"].rows[0]
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    question = next(d for d in view.findChildren(MessageDialog) if d.isVisible())
    assert question.windowTitle() == "Delete this entry?"
    assert question.text.text().startswith("“Feeling sick (nausea)” (")
    qtbot.mouseClick(question.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(view, "symptom") == [], timeout=10_000)
    assert view.notice.message() == "“Feeling sick (nausea)” was deleted."
    assert view.empty.isVisible()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(view, "symptom") == ["Feeling sick (nausea)"], timeout=10_000)
    assert view.notice.message() == ""
    assert view.groups["symptom"].rows[0].details.text().endswith("Grade 3: Severe")

    frame.lock()
    info = store.find("Mum")
    qtbot.waitUntil(lambda: _unlocked(store, info.id), timeout=10_000)
    with store.unlock(info.id, PASSPHRASE) as opened:
        rows = [r for r in opened.vault.resources() if r.origin == ENTRIES_ORIGIN]
        assert [(r.resource_type, r.resource["valueInteger"]) for r in rows] == [("Observation", 3)]
        assert len(opened.vault.resources()) == len(patient_resources()) + 1


def _unlocked(store: ProfileStore, profile_id: str) -> bool:
    try:
        store.unlock(profile_id, PASSPHRASE).close()
    except Exception:
        return False
    return True


def test_a_medicine_shows_among_the_record_medicines_as_reported_by_you(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    _win, frame, view = open_entries(qtbot, context, add_profile)
    qtbot.mouseClick(view.add_buttons["medication"], Qt.MouseButton.LeftButton)
    dialog = next(d for d in frame.findChildren(MedicationDialog) if d.isVisible())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["name"].error.text() == "⚠ Enter the name of the medicine."
    qtbot.keyClicks(dialog.name, "Tamoxifen 20 mg")
    assert dialog.fields["name"].hint.text() == "Recognised as Tamoxifen (ATC code L02BA01)."
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Ibuprofen 400 mg")
    qtbot.keyClicks(dialog.dosage, "1 tablet when needed")
    assert dialog.still_taking.isChecked() and not dialog.fields["stopped"].isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: titles(view, "medication") == ["Ibuprofen 400 mg"], timeout=10_000)
    row = view.groups["medication"].rows[0]
    assert row.details.text().startswith("Since ")
    assert row.details.text().endswith("· 1 tablet when needed")
    assert row.chips.texts == ["Reported by you"]
    assert view.groups["medication"].heading.text() == "Medications I take"
    record = frame.view_data.record if frame.view_data else None
    assert record is not None
    medicine = next(m for m in record.medications if m.name == "Ibuprofen 400 mg")
    assert [s.kind for s in medicine.sources] == ["patient"]
    assert medicine.current and medicine.dosage == "1 tablet when needed"
    # Entries are not an import: Sources lists the imports only, so no "Undo" can wipe them all.
    assert frame.data is not None
    assert any(s.kind == "patient" for s in frame.data.sources)
    assert all(row.source.kind != "patient" for row in frame.sources_page.rows)


def test_a_note_needs_words_and_then_shows_them(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    _win, frame, view = open_entries(qtbot, context, add_profile)
    qtbot.mouseClick(view.add_buttons["note"], Qt.MouseButton.LeftButton)
    dialog = next(d for d in frame.findChildren(NoteDialog) if d.isVisible())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["text"].error.text() == "⚠ Write your note before you save it."
    dialog.text.setPlainText("Questions for Dr Ionescu\nCan the port come out before summer?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: titles(view, "note") == ["Questions for Dr Ionescu"], timeout=10_000)
    row = view.groups["note"].rows[0]
    assert row.body.text() == "Can the port come out before summer?"
    assert row.chips.texts == ["Reported by you"]


def test_locking_closes_an_open_entry_dialog(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    _win, frame, view = open_entries(qtbot, context, add_profile)
    dialog = view.add_entry("note")
    qtbot.waitUntil(dialog.isVisible)
    frame.lock()
    assert not [d for d in frame.findChildren(NoteDialog) if d.isVisible()]
