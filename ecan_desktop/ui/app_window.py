"""The one window: the start screen, creating and unlocking a profile, and the record.

The window only moves between its pages; each page owns its own states. It also owns what spans
pages: restoring a backup (from the start screen, by dropping a file on it, or from Settings), the
language, and locking after idle time. Closing the window closes the vault on its own thread and
stops background work before the process exits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.file_dialogs import BACKUP_SUFFIX
from ecan_desktop.ui.idle_lock import IdleWatcher
from ecan_desktop.ui.language import apply_language
from ecan_desktop.ui.profiles_page import APP_DISPLAY_NAME, ProfilesPage
from ecan_desktop.ui.typography import text_width
from ecan_desktop.ui.unlock_throttle import UnlockThrottle
from ecan_desktop.vault.profiles import ProfileInfo

if TYPE_CHECKING:
    from ecan_desktop.ui.new_profile_page import NewProfilePage
    from ecan_desktop.ui.record_frame import RecordFrame
    from ecan_desktop.ui.recovery_code_page import RecoveryCodePage
    from ecan_desktop.ui.recovery_unlock_page import RecoveryUnlockPage
    from ecan_desktop.ui.restore_dialog import RestoreDialog
    from ecan_desktop.ui.unlock_page import UnlockPage
    from ecan_desktop.ui.vault_worker import CreatedRecord, RecordData


def dropped_backup(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local backup file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == BACKUP_SUFFIX else None


class AppWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("appWindow")
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.throttle = UnlockThrottle()
        # Only the start screen is built now; the other pages (and the modules behind them:
        # importers, backups, printing) load the first time they are needed, so the first
        # window appears quickly.
        self._new_profile_page: NewProfilePage | None = None
        self._recovery_code_page: RecoveryCodePage | None = None
        self._unlock_page: UnlockPage | None = None
        self._recovery_unlock_page: RecoveryUnlockPage | None = None
        self._record_frame: RecordFrame | None = None

        self.profiles_page = ProfilesPage(context, self.stack)
        self.stack.addWidget(self.profiles_page)
        profiles = self.profiles_page
        profiles.open_requested.connect(self.show_unlock)
        profiles.new_requested.connect(self.show_new_profile)
        profiles.restore_requested.connect(self.choose_restore)
        profiles.language_chosen.connect(self.set_language)

        self.idle = IdleWatcher(
            context.settings.auto_lock_minutes, busy=self._record_busy, parent=self
        )
        self.idle.idle.connect(self._lock_when_idle)

        self._new_shortcut = QShortcut(QKeySequence("Ctrl+N"), self.profiles_page)
        self._new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._new_shortcut.activated.connect(self.show_new_profile)
        self.setAcceptDrops(True)
        self.setMinimumSize(text_width(64), text_width(40))
        self.retranslate_ui()
        self.show_profiles()

    # -- pages, built when first needed -----------------------------------------------------------
    @property
    def new_profile_page(self) -> NewProfilePage:
        if self._new_profile_page is None:
            from ecan_desktop.ui.new_profile_page import NewProfilePage

            page = NewProfilePage(self.context, self.stack)
            page.created.connect(self._on_created)
            page.cancelled.connect(self.show_profiles)
            self.stack.addWidget(page)
            self._new_profile_page = page
        return self._new_profile_page

    @property
    def recovery_code_page(self) -> RecoveryCodePage:
        if self._recovery_code_page is None:
            from ecan_desktop.ui.recovery_code_page import RecoveryCodePage

            page = RecoveryCodePage(self.stack)
            page.finished.connect(self.show_record)
            self.stack.addWidget(page)
            self._recovery_code_page = page
        return self._recovery_code_page

    @property
    def unlock_page(self) -> UnlockPage:
        if self._unlock_page is None:
            from ecan_desktop.ui.unlock_page import UnlockPage

            page = UnlockPage(self.context, self.throttle, self.stack)
            page.unlocked.connect(self.show_record)
            page.back_requested.connect(self.show_profiles)
            page.recovery_requested.connect(self.show_recovery_unlock)
            self.stack.addWidget(page)
            self._unlock_page = page
        return self._unlock_page

    @property
    def recovery_unlock_page(self) -> RecoveryUnlockPage:
        if self._recovery_unlock_page is None:
            from ecan_desktop.ui.recovery_unlock_page import RecoveryUnlockPage

            page = RecoveryUnlockPage(self.context, self.throttle, self.stack)
            page.unlocked.connect(self._on_recovered)
            page.back_requested.connect(self.show_unlock)
            self.stack.addWidget(page)
            self._recovery_unlock_page = page
        return self._recovery_unlock_page

    @property
    def record_frame(self) -> RecordFrame:
        if self._record_frame is None:
            from ecan_desktop.ui.record_frame import RecordFrame

            frame = RecordFrame(self.context, self.stack)
            frame.locked.connect(self._on_locked)
            frame.deleted.connect(self._on_deleted)
            frame.restore_requested.connect(self.choose_restore)
            frame.language_chosen.connect(self.set_language)
            frame.auto_lock_changed.connect(self.idle.set_minutes)
            self.stack.addWidget(frame)
            self._record_frame = frame
        return self._record_frame

    def build_all_pages(self) -> list[QWidget]:
        """Every page, built now (for tests and screenshots)."""
        return [
            self.profiles_page,
            self.new_profile_page,
            self.recovery_code_page,
            self.unlock_page,
            self.recovery_unlock_page,
            self.record_frame,
        ]

    def _record_busy(self) -> bool:
        return self._record_frame is not None and self._record_frame.busy

    def _lock_when_idle(self) -> None:
        if self._record_frame is not None:
            self._record_frame.lock()

    # -- navigation -------------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_profiles(self) -> None:
        self.idle.stop()
        self.profiles_page.refresh()
        self.stack.setCurrentWidget(self.profiles_page)
        self.profiles_page.focus_first()

    def show_new_profile(self) -> None:
        if self.current_page() is not self.profiles_page or self.profiles_page.busy:
            return
        self.new_profile_page.start()
        self.stack.setCurrentWidget(self.new_profile_page)
        self.new_profile_page.label_field.setFocus()

    def show_unlock(self, info: ProfileInfo) -> None:
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.show_profile(info)

    def show_recovery_unlock(self, info: ProfileInfo) -> None:
        self.recovery_unlock_page.show_profile(info)
        self.stack.setCurrentWidget(self.recovery_unlock_page)
        self.recovery_unlock_page.code.setFocus()

    def _on_created(self, created: CreatedRecord) -> None:
        self.recovery_code_page.show_code(created)
        self.stack.setCurrentWidget(self.recovery_code_page)

    def show_record(self, data: RecordData) -> None:
        """The record, in the view that was open before it was locked."""
        self.record_frame.show_record(data)
        self.stack.setCurrentWidget(self.record_frame)
        self.record_frame.sidebar.setFocus()
        self.idle.set_minutes(self.context.settings.auto_lock_minutes)
        self.idle.start()

    def _on_recovered(self, data: RecordData) -> None:
        self.show_record(data)
        self.record_frame.notify_recovered()

    def _on_locked(self, info: ProfileInfo) -> None:
        self.idle.stop()
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.show_profile(info, locked=True)

    def _on_deleted(self, label: str) -> None:
        self.show_profiles()
        self.profiles_page.show_notice("deleted", label)

    # -- restoring --------------------------------------------------------------------------------
    def choose_restore(self) -> None:
        path = file_dialogs.choose_backup_to_restore(self)
        if path is not None:
            self.start_restore(path)

    def start_restore(self, path: Path) -> RestoreDialog:
        from ecan_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.context, path, self)
        dialog.restored.connect(self._on_restored)
        dialog.open()
        return dialog

    def _on_restored(self, info: ProfileInfo) -> None:
        if self._record_frame is not None and self.current_page() is self._record_frame:
            self._record_frame.notify_restored(info.label)
            return
        self.profiles_page.refresh(select_id=info.id)
        self.profiles_page.show_notice("restored", info.label)
        self.profiles_page.profile_list.setFocus()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.current_page() is self.profiles_page and dropped_backup(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_backup(event)
        if self.current_page() is self.profiles_page and path is not None:
            event.acceptProposedAction()
            self.start_restore(path)
        else:
            event.ignore()

    # -- language ---------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch the whole app now, and keep the choice for the next start."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_language(app, code)
        self.context.language = code
        self.context.change_settings(language=code)
        self.profiles_page.language_picker.set_current(code)
        if self._record_frame is not None:
            self._record_frame.settings_page.language.set_current(code)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The vault closes on its own thread; the key leaves memory before the window goes.
        self.idle.stop()
        self.context.shutdown()
        super().closeEvent(event)
