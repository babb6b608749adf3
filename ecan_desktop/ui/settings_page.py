"""Settings: how the app looks and locks (for every profile), and this profile's keys and backups.

Language, theme and text size apply at once and are saved in ``settings.json``. "Remember on this
computer" is offered only when the keyring works right now and never in kiosk mode; when it is not
offered the row says why. Work on the open profile (remember, backup) runs on the vault worker;
the dialogs for the passphrase and for deleting run theirs the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget

from ecan_desktop.settings import (
    AUTO_LOCK_CHOICES,
    TEXT_SCALE_MAX,
    TEXT_SCALE_MIN,
    TEXT_SCALE_STEP,
    Theme,
)
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.appearance import apply_appearance
from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.combo_box import ComboBox
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.language_picker import LanguagePicker
from ecan_desktop.ui.locale_format import format_date
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.settings_rows import SettingsCard, SettingsRow
from ecan_desktop.ui.tasks import CancelToken, Progress
from ecan_desktop.ui.toggles import CheckBox
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.vault_worker import RecordData, load_record
from ecan_desktop.vault.backup import BACKUP_SUFFIX, backup_profile
from ecan_desktop.vault.keyring_store import KeyringStatus, keyring_status
from ecan_desktop.vault.profiles import OpenProfile

STACK_BELOW_EMS = 80  # narrower than this, controls go under their text
Notice = Callable[[], str]


class SettingsPage(PageColumn):
    language_chosen = Signal(str)
    auto_lock_changed = Signal(int)
    notice = Signal(object)  # Notice: a success line for the status bar, translated when shown
    record_changed = Signal(object)  # RecordData, after "remember" changed
    change_passphrase_requested = Signal()
    restore_requested = Signal()
    delete_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_ems=90)
        self._context = context
        self._data: RecordData | None = None
        self._error: BaseException | None = None
        self._busy = False
        self._stacked: bool | None = None
        column = self.column

        self.title = Label(TextRole.SECTION, self.body)
        column.addWidget(self.title)
        self.error = MessageBanner(Severity.ERROR, self.body)
        self.error.setObjectName("settingsError")
        column.addWidget(self.error)

        self._build_look()
        self._build_privacy()
        self._build_backups()
        self._build_deleting()
        column.addStretch(1)
        self.retranslate_ui()

    def _build_look(self) -> None:
        column = self.column
        context = self._context
        self.look_heading = self._heading()
        self.look_card = SettingsCard(self.body)
        self.language = LanguagePicker(context.language, None, with_label=False)
        self.language.language_chosen.connect(self.language_chosen)
        self.language_row = self.look_card.add(SettingsRow(self.language))
        self.theme = ComboBox()
        self.theme.setObjectName("themeCombo")
        self.theme.activated.connect(self._on_theme)
        self.theme_row = self.look_card.add(SettingsRow(self.theme))
        self.text_size = ComboBox()
        self.text_size.setObjectName("textSizeCombo")
        self.text_size.activated.connect(self._on_text_size)
        self.text_size_row = self.look_card.add(SettingsRow(self.text_size))
        column.addWidget(self.look_card)

    def _build_privacy(self) -> None:
        column = self.column
        self.privacy_heading = self._heading()
        self.privacy_card = SettingsCard(self.body)
        self.auto_lock = ComboBox()
        self.auto_lock.setObjectName("autoLockCombo")
        self.auto_lock.activated.connect(self._on_auto_lock)
        self.auto_lock_row = self.privacy_card.add(SettingsRow(self.auto_lock))
        self.remember = CheckBox()
        self.remember.setObjectName("rememberToggle")
        self.remember.clicked.connect(self._on_remember)
        self.remember_row = self.privacy_card.add(SettingsRow(self.remember))
        self.passphrase_button = QPushButton()
        self.passphrase_button.setObjectName("changePassphrase")
        self.passphrase_button.clicked.connect(self.change_passphrase_requested)
        self.passphrase_row = self.privacy_card.add(SettingsRow(self.passphrase_button))
        column.addWidget(self.privacy_card)

    def _build_backups(self) -> None:
        column = self.column
        self.backup_heading = self._heading()
        self.backup_card = SettingsCard(self.body)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_row = self.backup_card.add(SettingsRow(self.backup_button))
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreFromSettings")
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_row = self.backup_card.add(SettingsRow(self.restore_button))
        column.addWidget(self.backup_card)
        self.busy_row = BusyRow(self.body)
        column.addWidget(self.busy_row)

    def _build_deleting(self) -> None:
        column = self.column
        self.delete_heading = self._heading()
        self.delete_card = SettingsCard(self.body)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteProfile")
        self.delete_button.setProperty("destructive", True)
        self.delete_button.clicked.connect(self.delete_requested)
        self.delete_row = self.delete_card.add(SettingsRow(self.delete_button))
        column.addWidget(self.delete_card)

    def _heading(self) -> Label:
        heading = Label(TextRole.STRONG, self.body)
        self.column.addSpacing(grid(1))
        self.column.addWidget(heading)
        return heading

    def rows(self) -> list[SettingsRow]:
        return [
            *self.look_card.rows,
            *self.privacy_card.rows,
            *self.backup_card.rows,
            *self.delete_card.rows,
        ]

    # -- data -------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def show_record(self, data: RecordData) -> None:
        self._data = data
        self.retranslate_ui()

    def clear(self) -> None:
        self._data = None
        self._error = None
        self.error.clear()

    def _show_error(self, error: BaseException) -> None:
        self._error = error
        self.error.show_message(error_text(error))
        self.ensureWidgetVisible(self.error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.backup_button, self.restore_button, self.delete_button):
            button.setEnabled(not busy)
        self.remember.setEnabled(not busy)
        if not busy:
            self.busy_row.stop()

    # -- the look ---------------------------------------------------------------------------------
    def _on_theme(self, index: int) -> None:
        theme = Theme(str(self.theme.itemData(index)))
        settings = self._context.change_settings(theme=theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, settings)

    def _on_text_size(self, index: int) -> None:
        settings = self._context.change_settings(text_scale=int(self.text_size.itemData(index)))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, settings)

    def _on_auto_lock(self, index: int) -> None:
        minutes = int(self.auto_lock.itemData(index))
        self._context.change_settings(auto_lock_minutes=minutes)
        self.auto_lock_changed.emit(minutes)

    # -- the profile ------------------------------------------------------------------------------
    def _on_remember(self, on: bool) -> None:
        if self._busy or self._data is None:
            return
        self._error = None
        self.error.clear()

        def work(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> RecordData:
            del progress, cancel
            opened.set_remembered(on)
            return load_record(opened)

        def done(data: RecordData) -> None:
            self._set_busy(False)
            self._data = data
            self.retranslate_ui()
            self.record_changed.emit(data)
            if on:
                self.notice.emit(lambda: self.tr("This computer now remembers this profile."))
            else:
                self.notice.emit(lambda: self.tr("This computer no longer remembers this profile."))

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.retranslate_ui()  # the box shows what is true again
            self._show_error(error)

        self._set_busy(True)
        self._context.vault.call(work, on_result=done, on_error=failed)

    def backup_now(self) -> None:
        if self._busy or self._data is None:
            return
        label = self._data.info.label
        name = file_dialogs.safe_file_name(f"{label} {date.today().isoformat()}{BACKUP_SUFFIX}")
        newest = self._data.info.newest_backup()
        folder = newest.parent if newest is not None else Path.home()
        path = file_dialogs.choose_backup_destination(self, folder / name)
        if path is None:
            return
        self._error = None
        self.error.clear()

        def work(
            opened: OpenProfile, progress: Progress, cancel: CancelToken
        ) -> tuple[Path, RecordData]:
            del progress, cancel
            written = backup_profile(opened, path)
            return written, load_record(opened)

        def done(result: tuple[Path, RecordData]) -> None:
            written, data = result
            self._set_busy(False)
            self._data = data
            self.retranslate_ui()
            self.record_changed.emit(data)
            self.notice.emit(lambda: self.tr("Backup saved in {path}.").format(path=written))

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._show_error(error)

        self._set_busy(True)
        self.busy_row.start(self.tr("Making the backup…"), self.tr("Making the backup"))
        self._context.vault.call(work, on_result=done, on_error=failed)

    # -- language ---------------------------------------------------------------------------------
    def _fill(self, combo: QComboBox, items: list[tuple[str, object]], current: object) -> None:
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _remember_caption(self) -> str:
        if self._context.kiosk:
            return self.tr("Not offered on a shared computer (kiosk mode).")
        if keyring_status() is not KeyringStatus.AVAILABLE:
            return self.tr(
                "This computer has no password store that ecan-desktop can use, so it cannot "
                "remember the passphrase. You unlock with your passphrase."
            )
        return self.tr(
            "Opens this profile without the passphrase for anyone using your account on this "
            "computer. Leave it off on a shared computer."
        )

    def _backup_caption(self) -> str:
        newest = self._data.info.newest_backup() if self._data else None
        if newest is None:
            return self.tr(
                "No backup yet. A backup is one encrypted file: keep it on a USB stick or another "
                "disk to restore the record on any computer."
            )
        when = format_date(date.fromtimestamp(newest.stat().st_mtime))
        return self.tr("Last backup {date}: {path}").format(date=when, path=newest)

    def retranslate_ui(self) -> None:
        settings = self._context.settings
        locale = QLocale()
        self.title.setText(self.tr("Settings"))
        self.look_heading.setText(self.tr("Language and display"))
        self.language_row.set_texts(
            self.tr("Language"), self.tr("For everything in the app. Applies at once.")
        )
        self.language.combo.setAccessibleName(self.tr("Language"))
        self.theme_row.set_texts(self.tr("Colours"))
        self._fill(
            self.theme,
            [
                (self.tr("Follow the computer"), Theme.SYSTEM.value),
                (self.tr("Light"), Theme.LIGHT.value),
                (self.tr("Dark"), Theme.DARK.value),
                (self.tr("High contrast"), Theme.HIGH_CONTRAST.value),
            ],
            settings.theme.value,
        )
        self.text_size_row.set_texts(
            self.tr("Text size"), self.tr("Everything grows with the text.")
        )
        self._fill(
            self.text_size,
            [
                (self.tr("{percent} %").format(percent=locale.toString(p)), p)
                for p in range(TEXT_SCALE_MIN, TEXT_SCALE_MAX + 1, TEXT_SCALE_STEP)
            ],
            settings.text_scale,
        )
        self.privacy_heading.setText(self.tr("Privacy"))
        self.auto_lock_row.set_texts(
            self.tr("Lock automatically"),
            self.tr("After this long without use, the record locks and needs the passphrase."),
        )
        self._fill(
            self.auto_lock,
            [(self.tr("after %n minute(s)", "", m), m) for m in AUTO_LOCK_CHOICES],
            settings.auto_lock_minutes,
        )
        offered = self._context.remember_offered
        self.remember_row.set_texts(self.tr("Remember on this computer"), self._remember_caption())
        self.remember.setVisible(offered)
        self.remember.setChecked(bool(self._data and self._data.remembered))
        self.remember.setText(self.tr("On"))
        self.passphrase_row.set_texts(
            self.tr("Passphrase"), self.tr("Choose a new passphrase for this profile.")
        )
        self.passphrase_button.setText(self.tr("Change passphrase…"))
        self.backup_heading.setText(self.tr("Backups"))
        self.backup_row.set_texts(self.tr("Back up this profile"), self._backup_caption())
        self.backup_button.setText(self.tr("Back up now…"))
        self.restore_row.set_texts(
            self.tr("Restore a backup"),
            self.tr("Adds the profile in a backup file to this computer, next to this one."),
        )
        self.restore_button.setText(self.tr("Restore from backup…"))
        self.delete_heading.setText(self.tr("Delete"))
        label = self._data.info.label if self._data else ""
        self.delete_row.set_texts(
            self.tr("Delete profile “{label}”").format(label=label),
            self.tr("Erases this profile and everything in it from this computer."),
        )
        self.delete_button.setText(self.tr("Delete profile…"))
        self.language.set_current(self._context.language)
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        if self._busy and self.busy_row.isVisible():
            self.busy_row.set_text(self.tr("Making the backup…"))
        self._arrange()

    def _arrange(self) -> None:
        stacked = self.column_width() < text_width(STACK_BELOW_EMS)
        if stacked != self._stacked:
            self._stacked = stacked
            for row in self.rows():
                row.set_stacked(stacked)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._stacked = None
            self._arrange()
        return handled
