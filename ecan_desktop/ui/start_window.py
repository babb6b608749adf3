"""The first window: the start screen, the unlock panel and the record summary, one at a time.

The window only moves between its pages; each page owns its own states. Closing the window closes
the vault on its own thread and stops background work before the process exits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from ecan_desktop.record.overview import RecordOverview
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.language import apply_language
from ecan_desktop.ui.profiles_page import APP_DISPLAY_NAME, ProfilesPage
from ecan_desktop.ui.record_summary_page import RecordSummaryPage
from ecan_desktop.ui.typography import text_width
from ecan_desktop.ui.unlock_page import UnlockPage
from ecan_desktop.vault.profiles import ProfileInfo


class StartWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("startWindow")
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        self.profiles_page = ProfilesPage(context, self.stack)
        self.unlock_page = UnlockPage(context, self.stack)
        self.record_page = RecordSummaryPage(context, self.stack)
        for page in (self.profiles_page, self.unlock_page, self.record_page):
            self.stack.addWidget(page)

        self.profiles_page.open_requested.connect(self.show_unlock)
        self.profiles_page.language_chosen.connect(self.set_language)
        self.unlock_page.back_requested.connect(self.show_profiles)
        self.unlock_page.unlocked.connect(self.show_record)
        self.record_page.locked.connect(self.show_profiles)

        self.setMinimumSize(text_width(64), text_width(40))
        self.retranslate_ui()
        self.show_profiles()

    # -- navigation -------------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_profiles(self) -> None:
        self.profiles_page.refresh()
        self.stack.setCurrentWidget(self.profiles_page)
        self.profiles_page.focus_first()

    def show_unlock(self, info: ProfileInfo) -> None:
        self.unlock_page.show_profile(info)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()

    def show_record(self, overview: RecordOverview) -> None:
        self.record_page.show_overview(overview)
        self.stack.setCurrentWidget(self.record_page)
        self.record_page.lock_button.setFocus()

    # -- language ---------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_language(app, code)
        self.context.language = code

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_DISPLAY_NAME)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The vault closes on its own thread; the key leaves memory before the window goes.
        self.context.shutdown()
        super().closeEvent(event)
