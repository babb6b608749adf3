"""Settings end to end: language, theme and text size (applied at once and kept), change the
passphrase, back up and restore (also by dropping a file), and delete the profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ecan_desktop.settings import Theme
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.change_passphrase_dialog import ChangePassphraseDialog
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.delete_profile_dialog import DeleteProfileDialog
from ecan_desktop.ui.record_frame import SETTINGS, VIEW_COUNT, VIEW_KEYS
from ecan_desktop.ui.restore_dialog import RestoreDialog
from ecan_desktop.ui.theme import DARK, HIGH_CONTRAST
from ecan_desktop.ui.typography import unscaled_point_size
from ecan_desktop.vault.errors import WrongPassphrase
from ecan_desktop.vault.profiles import ProfileStore
from tests.ui.conftest import (
    PASSPHRASE,
    AddProfile,
    labels_in_list,
    patient_resources,
    record_shown,
    show_window,
    type_passphrase,
    unlock,
    vault_is_free,
    visible_dialog,
)


def pick(combo: QComboBox, value: object) -> None:
    """What choosing an entry with the mouse or keyboard does."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def saved_settings(context: AppContext) -> dict[str, object]:
    return dict(json.loads(context.paths.settings_file.read_text(encoding="utf-8")))


def open_settings(qtbot: QtBot, window: AppWindow, label: str = "Mum") -> None:
    unlock(qtbot, window, label)
    qtbot.keyClick(window.record_frame.sidebar, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.record_frame.current_view() == 2


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons that are smaller than their text needs."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"label {widget.text()[:40]!r}: {widget.height()} < {needed}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"label {widget.text()[:40]!r}: too narrow")
        elif isinstance(widget, QComboBox) or (
            isinstance(widget, QAbstractButton) and widget.text()
        ):  # text-less tool buttons (a search field's clear button) are Qt's own icons
            hint = widget.minimumSizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                problems.append(f"{type(widget).__name__} {widget.objectName()}: {widget.size()}")
    return problems


def test_switching_the_language_relabels_everything_at_once_and_is_kept(
    qtbot: QtBot, romanian: Path, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    open_settings(qtbot, win)
    settings = win.record_frame.settings_page
    assert settings.language_row.title.text() == "Language"
    names = [settings.language.combo.itemText(i) for i in range(settings.language.combo.count())]
    assert len(names) == 27
    assert ("English" in names and "Ελληνικά (partly in English)" in names) or "Ελληνικά" in names

    pick(settings.language.combo, "ro")
    qtbot.waitUntil(lambda: settings.language_row.title.text() == "Limba")
    assert settings.text_size_row.title.text() == "Mărimea textului"
    assert win.record_frame.sidebar.item(0).text() == "Pe scurt"
    assert win.record_frame.sidebar.item(SETTINGS).text() == "Setări"
    assert saved_settings(context)["language"] == "ro"
    # The start screen's menu says the same.
    assert win.profiles_page.language_picker.current == "ro"
    combo = win.profiles_page.language_picker.combo
    assert combo.itemData(combo.currentIndex()) == "ro"

    pick(settings.language.combo, "en")
    qtbot.waitUntil(lambda: settings.language_row.title.text() == "Language")
    assert saved_settings(context)["language"] == "en"


@pytest.mark.parametrize(
    ("theme", "window_colour"),
    [(Theme.HIGH_CONTRAST, HIGH_CONTRAST.window), (Theme.DARK, DARK.window)],
)
def test_the_theme_applies_at_once_and_is_kept(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile, theme: Theme, window_colour: str
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    open_settings(qtbot, win)
    settings = win.record_frame.settings_page
    assert settings.theme.currentText() == "Follow the computer"
    pick(settings.theme, theme.value)
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == window_colour
    assert win.palette().color(QPalette.ColorRole.Window).name() == window_colour
    assert saved_settings(context)["theme"] == theme.value
    assert [settings.theme.itemText(i) for i in range(4)] == [
        "Follow the computer",
        "Light",
        "Dark",
        "High contrast",
    ]


def test_text_at_200_percent_scales_everything_without_clipping(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    open_settings(qtbot, win)
    settings = win.record_frame.settings_page
    title_before = settings.title.font().pointSizeF()
    pick(settings.text_size, 200)
    assert settings.text_size.currentText() == "200 %"
    assert QGuiApplication.font().pointSizeF() == pytest.approx(2 * unscaled_point_size())
    qtbot.waitUntil(lambda: settings.title.font().pointSizeF() >= 1.9 * title_before)
    assert saved_settings(context)["text_scale"] == 200

    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None)
    for view in range(VIEW_COUNT):
        frame.show_view(view)
        qtbot.wait(50)
        assert clipped(frame) == [], VIEW_KEYS[view]
    frame.lock()
    qtbot.wait(50)
    assert clipped(win.unlock_page) == []
    qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert clipped(win.profiles_page) == []
    win.show_new_profile()
    qtbot.wait(50)
    assert clipped(win.new_profile_page) == []


def test_change_the_passphrase(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile
) -> None:
    info = add_profile("Mum")
    win = show_window(qtbot, context)
    open_settings(qtbot, win)
    settings = win.record_frame.settings_page
    qtbot.mouseClick(settings.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, win.record_frame, ChangePassphraseDialog)
    qtbot.keyClicks(dialog.current.field, "not it at all")
    qtbot.keyClicks(dialog.new.first.field, "a better passphrase")
    qtbot.keyClicks(dialog.new.second.field, "a better passphrase")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.change_button.isEnabled())
    assert dialog.error.message() == WrongPassphrase().render()

    dialog.current.clear()
    qtbot.keyClicks(dialog.current.field, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.record_frame.status_text.text() == "The passphrase is changed.")
    win.record_frame.lock()
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.unlock_page.error.isVisible() and not win.unlock_page.busy)
    type_passphrase(qtbot, win, "a better passphrase")
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    del info, store


def test_back_up_then_restore_from_the_start_screen(
    qtbot: QtBot,
    context: AppContext,
    store: ProfileStore,
    add_profile: AddProfile,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    open_settings(qtbot, win)
    settings = win.record_frame.settings_page
    assert settings.backup_row.caption.text().startswith("No backup yet.")
    asked: list[Path] = []

    def destination(parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / "mum-backup"

    monkeypatch.setattr(file_dialogs, "choose_backup_destination", destination)
    qtbot.mouseClick(settings.backup_button, Qt.MouseButton.LeftButton)
    backup = tmp_path / "mum-backup.ecanbackup"
    qtbot.waitUntil(lambda: not settings.busy)
    assert asked[0].name.startswith("Mum ") and asked[0].suffix == ".ecanbackup"
    assert backup.is_file()
    assert win.record_frame.status_text.text() == f"Backup saved in {backup}."
    assert settings.backup_row.caption.text().startswith("Last backup ")

    win.record_frame.lock()
    qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Escape)
    monkeypatch.setattr(file_dialogs, "choose_backup_to_restore", lambda parent: backup)
    qtbot.mouseClick(win.profiles_page.restore_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, win, RestoreDialog)
    assert dialog.title.text() == "Restore “mum-backup.ecanbackup”"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.error.message() == "Type the passphrase of the backup first."
    qtbot.keyClicks(dialog.passphrase.field, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error.isVisible())
    assert dialog.error.message() == WrongPassphrase().render()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase.field, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Mum (2)" in labels_in_list(win), timeout=10_000)
    assert win.profiles_page.status.message() == (
        "The backup was restored as profile “Mum (2)”. Open it to check it."
    )
    assert win.profiles_page.selected_profile().label == "Mum (2)"  # type: ignore[union-attr]
    win.profiles_page.profile_list.setFocus()
    qtbot.keyClick(win.profiles_page.profile_list, Qt.Key.Key_Return)
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert win.record_frame.header.name.text() == "Maria Popescu"
    del store


def test_restore_with_the_recovery_code_sets_a_new_passphrase(
    qtbot: QtBot, context: AppContext, store: ProfileStore, tmp_path: Path
) -> None:
    from ecan_desktop.vault.backup import backup_profile

    created = store.create("Andrei", PASSPHRASE)
    with store.unlock(created.info.id, PASSPHRASE) as opened:
        backup = backup_profile(opened, tmp_path / "andrei")
    win = show_window(qtbot, context)
    dialog = win.start_restore(backup)
    dialog.with_code.setChecked(True)
    assert not dialog.passphrase.isVisible() and dialog.code.isVisible()
    qtbot.keyClicks(dialog.code, created.recovery_code)
    qtbot.keyClicks(dialog.new_passphrase.first.field, "passphrase after restore")
    qtbot.keyClicks(dialog.new_passphrase.second.field, "passphrase after restore")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Andrei (2)" in labels_in_list(win), timeout=10_000)
    restored = store.find("Andrei (2)")
    assert vault_is_free(store, restored, "passphrase after restore")


def test_dropping_a_backup_on_the_start_screen_starts_a_restore(
    qtbot: QtBot, context: AppContext, store: ProfileStore, tmp_path: Path
) -> None:
    backup = tmp_path / "family.ecanbackup"
    backup.write_bytes(b"not really a backup")
    win = show_window(qtbot, context)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(backup))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(win, drop)
    dialog = visible_dialog(qtbot, win, RestoreDialog)
    assert dialog.path == backup
    qtbot.keyClicks(dialog.passphrase.field, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error.isVisible())
    assert dialog.error.message().startswith(f"{backup} is not an ecan-desktop backup")
    assert store.list() == []

    # Other files are not taken.
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    refused = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(win, refused)
    assert not refused.isAccepted()


def test_delete_the_profile_after_typing_its_name(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile
) -> None:
    info = add_profile("Mum", resources=patient_resources())
    add_profile("Andrei")
    win = show_window(qtbot, context)
    open_settings(qtbot, win)
    settings = win.record_frame.settings_page
    assert settings.delete_row.title.text() == "Delete profile “Mum”"
    qtbot.mouseClick(settings.delete_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, win.record_frame, DeleteProfileDialog)
    assert dialog.title.text() == "Delete “Mum” for good?"
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.field, "Mu")
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Enter keeps the profile
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert store.find("Mum").id == info.id
    qtbot.mouseClick(settings.delete_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, win.record_frame, DeleteProfileDialog)
    qtbot.keyClicks(dialog.field, "  mum ")
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.current_page() is win.profiles_page, timeout=10_000)
    assert labels_in_list(win) == ["Andrei"]
    assert win.profiles_page.status.message() == (
        "Profile “Mum” and everything in it were deleted."
    )
    assert not info.directory.exists()
