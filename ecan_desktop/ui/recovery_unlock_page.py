"""Forgot the passphrase: unlock with the recovery code and choose a new passphrase.

The old passphrase stops working; the recovery code keeps working. Wrong codes count towards the
same wait as wrong passphrases (:class:`UnlockThrottle`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.passphrase_fields import NewPassphrase
from ecan_desktop.ui.typography import Label, TextRole
from ecan_desktop.ui.unlock_page import GUESSES, wait_text
from ecan_desktop.ui.unlock_throttle import UnlockThrottle
from ecan_desktop.ui.vault_worker import RecordData
from ecan_desktop.vault.profiles import ProfileInfo


class RecoveryUnlockPage(PageColumn):
    unlocked = Signal(object)  # RecordData
    back_requested = Signal(object)  # ProfileInfo

    def __init__(
        self, context: AppContext, throttle: UnlockThrottle, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, max_ems=64, centred=True)
        self._context = context
        self._throttle = throttle
        self._profile: ProfileInfo | None = None
        self._error: BaseException | None = None
        self._problem: str | None = None
        self._busy = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update_wait)
        column = self.column

        self.back_button = self.add_back_link(self._go_back)
        self.title, self.hint = self.add_heading()

        self.code_label = Label(TextRole.STRONG, self.body)
        column.addWidget(self.code_label)
        self.code = QLineEdit(self.body)
        self.code.setObjectName("recoveryCodeField")
        self.code_label.setBuddy(self.code)
        column.addWidget(self.code)
        self.new_passphrase = NewPassphrase(self.body)
        self.new_passphrase.submitted.connect(self.unlock)
        self.code.returnPressed.connect(self.new_passphrase.setFocus)
        column.addWidget(self.new_passphrase)

        self.error = MessageBanner(Severity.ERROR, self.body)
        self.error.setObjectName("recoveryError")
        column.addWidget(self.error)
        self.wait = MessageBanner(Severity.ERROR, self.body)
        column.addWidget(self.wait)
        self.busy_row = BusyRow(self.body)
        column.addWidget(self.busy_row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.body)
        self.unlock_button.setObjectName("recoveryUnlockButton")
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.unlock_button)
        column.addLayout(buttons)

        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self._go_back)
        QWidget.setTabOrder(self.code, self.new_passphrase.first.field)
        QWidget.setTabOrder(self.new_passphrase.show_toggle, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.back_button)
        self.retranslate_ui()

    @property
    def busy(self) -> bool:
        return self._busy

    def show_profile(self, info: ProfileInfo) -> None:
        self._profile = info
        self._error = None
        self._problem = None
        self.code.clear()
        self.new_passphrase.clear()
        self.error.clear()
        self._set_busy(False)
        self.retranslate_ui()
        self._update_wait()
        self.code.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.busy_row.start(
                self.tr("Unlocking and setting the new passphrase…"), self.tr("Unlocking")
            )
        else:
            self.busy_row.stop()
        self._update_enabled()

    def _waiting(self) -> bool:
        return self._profile is not None and self._throttle.seconds_left(self._profile.id) > 0

    def _update_enabled(self) -> None:
        self.unlock_button.setEnabled(not self._busy and not self._waiting())
        self.back_button.setEnabled(not self._busy)
        self.code.setReadOnly(self._busy)

    def _update_wait(self) -> None:
        seconds = self._throttle.seconds_left(self._profile.id) if self._profile else 0
        if seconds > 0:
            self.wait.show_message(wait_text(seconds))
            self._countdown.start()
        else:
            self.wait.clear()
            self._countdown.stop()
        self._update_enabled()

    def unlock(self) -> None:
        if self._busy or self._profile is None or self._waiting():
            return
        self._error = None
        self._problem = None
        if not self.code.text().strip():
            self._problem = "code"
        elif self.new_passphrase.problem() is not None:
            self._problem = "passphrase"
        if self._problem is not None:
            self._show_problem()
            return
        self.error.clear()
        self._set_busy(True)
        self._context.vault.unlock_with_recovery_code(
            self._profile.id,
            self.code.text(),
            self.new_passphrase.value(),
            on_result=self._on_unlocked,
            on_error=self._on_failed,
        )

    def _show_problem(self) -> None:
        if self._problem == "code":
            self.error.show_message(self.tr("Type your recovery code first."))
        else:
            self.error.show_message(self.new_passphrase.problem() or "")

    def _on_unlocked(self, data: RecordData) -> None:
        self._set_busy(False)
        self.code.clear()
        self.new_passphrase.clear()
        self._throttle.succeeded(data.info.id)
        self.unlocked.emit(data)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._error = error
        if isinstance(error, GUESSES) and self._profile is not None:
            self._throttle.failed(self._profile.id)
        self.error.show_message(error_text(error))
        self._update_wait()
        self.code.setFocus()
        self.code.selectAll()

    def _go_back(self) -> None:
        if not self._busy and self._profile is not None:
            self.code.clear()
            self.new_passphrase.clear()
            self.back_requested.emit(self._profile)

    def retranslate_ui(self) -> None:
        label = self._profile.label if self._profile else ""
        self.back_button.setText(self.tr("‹ Back to the passphrase"))  # noqa: RUF001
        self.title.setText(self.tr("Unlock “{label}” with the recovery code").format(label=label))
        self.hint.setText(
            self.tr(
                "Type the recovery code you printed or saved when you created this profile, then "
                "choose a new passphrase. The old passphrase will stop working."
            )
        )
        self.code_label.setText(self.tr("&Recovery code"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.unlock_button.setText(self.tr("Unlock and save the new passphrase"))
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        elif self._problem is not None:
            self._show_problem()
        if self._busy:
            self._set_busy(True)
        if self._waiting():
            self._update_wait()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
