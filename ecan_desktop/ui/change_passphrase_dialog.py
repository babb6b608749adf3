"""Changing the passphrase of the open profile: the current one first, then the new one twice.

Asking for the current passphrase keeps someone who finds the computer unlocked from locking the
owner out. The key is re-wrapped; the record itself is not re-encrypted, so this takes a moment.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.passphrase_fields import NewPassphrase, PassphraseInput
from ecan_desktop.ui.tasks import CancelToken, Progress
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.vault_worker import VaultJob
from ecan_desktop.vault.profiles import OpenProfile


def change_passphrase_job(current: str, new: str) -> VaultJob[None]:
    def work(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> None:
        del progress, cancel
        key = opened.keys.unwrap_with_passphrase(current)  # WrongPassphrase when it is not
        for i in range(len(key)):
            key[i] = 0
        opened.change_passphrase(new)

    return work


class ChangePassphraseDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self._busy = False
        self._error: BaseException | None = None
        self._problem = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(2))
        self.title = Label(TextRole.SECTION, self)
        layout.addWidget(self.title)
        self.text = Label(TextRole.BODY, self, secondary=True)
        self.text.setMinimumWidth(text_width(52))
        layout.addWidget(self.text)
        self.current = PassphraseInput(self, name="currentPassphrase")
        layout.addWidget(self.current)
        self.new = NewPassphrase(self)
        self.current.submitted.connect(self.new.setFocus)
        self.new.submitted.connect(self.change)
        layout.addWidget(self.new)
        self.error = MessageBanner(Severity.ERROR, self)
        self.error.setObjectName("changeError")
        layout.addWidget(self.error)
        self.busy_row = BusyRow(self)
        layout.addWidget(self.busy_row)
        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changePassphraseButton")
        self.change_button.setProperty("primary", True)
        self.change_button.clicked.connect(self.change)
        buttons.addWidget(self.change_button)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.current.setFocus()

    def _validation(self) -> str | None:
        if not self.current.text():
            return self.tr("Type your current passphrase first.")
        return self.new.problem()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def change(self) -> None:
        if self._busy:
            return
        self._error = None
        problem = self._validation()
        self._problem = problem is not None
        if problem is not None:
            self.error.show_message(problem)
            return
        self.error.clear()
        self._busy = True
        self.busy_row.start(self.tr("Saving the new passphrase…"), self.tr("Saving"))
        self.change_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self._context.vault.call(
            change_passphrase_job(self.current.text(), self.new.value()),
            on_result=self._on_changed,
            on_error=self._on_failed,
        )

    def _stop(self) -> None:
        self._busy = False
        self.busy_row.stop()
        self.change_button.setEnabled(True)
        self.cancel_button.setEnabled(True)

    def _on_changed(self, _: object) -> None:
        self._stop()
        self.current.clear()
        self.new.clear()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._stop()
        self._error = error
        self.error.show_message(error_text(error))
        self.current.field.selectAll()
        self.current.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        self.title.setText(self.tr("Change the passphrase"))
        self.text.setText(
            self.tr(
                "Your recovery code keeps working. If this computer remembers the profile, it "
                "goes on remembering it."
            )
        )
        self.current.set_texts(self.tr("Current passphrase"), self.tr("Current passphrase"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.change_button.setText(self.tr("Change passphrase"))
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        elif self._problem:
            self.error.show_message(self._validation() or "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
