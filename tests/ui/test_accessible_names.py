"""Keyboard and screen readers (UI.md principle 7): on the demo, every control a user can reach
with Tab in every part of the record window has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.record_frame import VIEW_COUNT, VIEW_KEYS
from tests.ui.conftest import show_window, unlock

CONTROLS = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, a button's text, the label whose buddy the
    widget is (Qt names a field after its label), a field's placeholder."""
    if widget.objectName() == "qt_spinbox_lineedit" and widget.parentWidget() is not None:
        return spoken_name(widget.parentWidget())  # the inside of a date or number field
    if widget.accessibleName().strip():
        return widget.accessibleName()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text().replace("&", "")
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText().strip()
    return ""


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QAbstractSlider):
            continue
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if type(widget).__name__ == "QLineEditIconButton":  # a search field's own clear button
            continue
        if not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_reachable_control_of_every_view_has_a_name(
    qtbot: QtBot, context: AppContext
) -> None:
    create_demo_profile(context.store)
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Demo", DEMO_PASSPHRASE)
    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=30_000)
    problems = {}
    for index in range(VIEW_COUNT):
        frame.show_view(index)
        qtbot.wait(20)
        unnamed = unnamed_controls(frame)
        if unnamed:
            problems[VIEW_KEYS[index]] = unnamed
    assert problems == {}


def test_the_dialogs_of_the_record_name_their_controls(qtbot: QtBot, context: AppContext) -> None:
    from ecan_desktop.ui.export_dialog import ExportDialog
    from ecan_desktop.ui.views.item_details import show_item_details

    create_demo_profile(context.store)
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Demo", DEMO_PASSPHRASE)
    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=30_000)
    data = frame.view_data
    assert data is not None
    problems = {}
    for item in (data.record.allergies[0], data.record.diagnoses[0], data.record.results[0]):
        dialog = show_item_details(frame, context, data, item.id)
        qtbot.waitUntil(dialog.isVisible)
        qtbot.wait(50)  # the original records are read on the worker
        if unnamed := unnamed_controls(dialog):
            problems[item.id] = unnamed
        dialog.close()
    frame.start_export()
    export = next(d for d in frame.findChildren(ExportDialog) if d.isVisible())
    qtbot.waitUntil(lambda: not export.busy, timeout=30_000)
    if unnamed := unnamed_controls(export):
        problems["export"] = unnamed
    export.close()
    for kind, button in frame.my_entries_view.add_buttons.items():
        frame.show_named_view("my-entries")
        button.click()
        qtbot.wait(20)
        opened = [d for d in frame.findChildren(QDialog) if d.isVisible()]
        assert opened, kind
        for dialog in opened:
            if unnamed := unnamed_controls(dialog):
                problems[f"entry {kind}"] = unnamed
            dialog.close()
    assert problems == {}
