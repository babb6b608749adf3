"""Restoring a backup: it becomes a new profile, unlocked by the backup's passphrase or its
recovery code (then with a new passphrase).

The restore checks the backup as it goes (checksums, the key, the database's integrity) and
leaves nothing behind when it fails, so the dialog only shows the error and lets the user try
again. It runs on the task runner's pool: it opens its own connection to the new vault and closes
it, never the open profile's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.passphrase_fields import NewPassphrase, PassphraseInput
from ecan_desktop.ui.tasks import CancelToken, Progress
from ecan_desktop.ui.toggles import RadioButton
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.vault.backup import restore_backup
from ecan_desktop.vault.profiles import ProfileInfo


class RestoreDialog(QDialog):
    restored = Signal(object)  # ProfileInfo

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self.path = path
        self._busy = False
        self._error: BaseException | None = None
        self._problem = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(2))
        self.title = Label(TextRole.SECTION, self)
        layout.addWidget(self.title)
        self.text = Label(TextRole.BODY, self, secondary=True)
        self.text.setMinimumWidth(text_width(56))
        layout.addWidget(self.text)

        self.with_passphrase = RadioButton(self)
        self.with_passphrase.setObjectName("withPassphrase")
        self.with_code = RadioButton(self)
        self.with_code.setObjectName("withRecoveryCode")
        group = QButtonGroup(self)
        group.addButton(self.with_passphrase)
        group.addButton(self.with_code)
        self.with_passphrase.setChecked(True)
        self.with_passphrase.toggled.connect(self._update_mode)
        layout.addWidget(self.with_passphrase)
        layout.addWidget(self.with_code)

        self.passphrase = PassphraseInput(self, name="backupPassphrase")
        self.passphrase.submitted.connect(self.restore)
        layout.addWidget(self.passphrase)
        self._build_code_box()
        layout.addWidget(self.code_box)

        self.error = MessageBanner(Severity.ERROR, self)
        self.error.setObjectName("restoreError")
        layout.addWidget(self.error)
        self.busy_row = BusyRow(self)
        layout.addWidget(self.busy_row)

        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelRestore")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreNow")
        self.restore_button.setProperty("primary", True)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self._update_mode()
        self.retranslate_ui()
        self.passphrase.setFocus()

    def _build_code_box(self) -> None:
        self.code_box = QWidget(self)
        code_layout = QVBoxLayout(self.code_box)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.setSpacing(grid(1))
        self.code_label = Label(TextRole.STRONG, self.code_box)
        code_layout.addWidget(self.code_label)
        self.code = QLineEdit(self.code_box)
        self.code.setObjectName("backupRecoveryCode")
        self.code_label.setBuddy(self.code)
        code_layout.addWidget(self.code)
        self.new_passphrase = NewPassphrase(self.code_box)
        self.new_passphrase.submitted.connect(self.restore)
        code_layout.addWidget(self.new_passphrase)

    @property
    def busy(self) -> bool:
        return self._busy

    def _update_mode(self) -> None:
        code = self.with_code.isChecked()
        self.passphrase.setVisible(not code)
        self.code_box.setVisible(code)
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.busy_row.start(
                self.tr("Restoring and checking the backup…"), self.tr("Restoring the backup")
            )
        else:
            self.busy_row.stop()
        for widget in (
            self.restore_button,
            self.cancel_button,
            self.with_code,
            self.with_passphrase,
        ):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # the restore cannot stop half-way; it is quick and cleans up
            super().reject()

    def restore(self) -> None:
        if self._busy:
            return
        self._error = None
        use_code = self.with_code.isChecked()
        problem = self._validation()
        self._problem = problem is not None
        if problem is not None:
            self.error.show_message(problem)
            return
        self.error.clear()
        store, path = self._context.store, self.path
        passphrase = self.passphrase.text()
        code, new = self.code.text(), self.new_passphrase.value()

        def work(progress: Progress, cancel: CancelToken) -> ProfileInfo:
            del progress, cancel
            if use_code:
                return restore_backup(store, path, recovery_code=code, new_passphrase=new)
            return restore_backup(store, path, passphrase=passphrase)

        self._set_busy(True)
        self._context.tasks.run(work, on_result=self._on_restored, on_error=self._on_failed)

    def _validation(self) -> str | None:
        if self.with_code.isChecked():
            if not self.code.text().strip():
                return self.tr("Type the recovery code of the backup first.")
            return self.new_passphrase.problem()
        if not self.passphrase.text():
            return self.tr("Type the passphrase of the backup first.")
        return None

    def _on_restored(self, info: ProfileInfo) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.new_passphrase.clear()
        self.restored.emit(info)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._error = error
        self.error.show_message(error_text(error))
        (self.code if self.with_code.isChecked() else self.passphrase).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        self.title.setText(self.tr("Restore “{file}”").format(file=self.path.name))
        self.text.setText(
            self.tr(
                "The backup becomes a new profile on this computer; nothing you have now is "
                "replaced. Unlock it as it was when the backup was made."
            )
        )
        self.with_passphrase.setText(self.tr("I know the passphrase of the backup"))
        self.with_code.setText(self.tr("I have its recovery code (then choose a new passphrase)"))
        self.passphrase.set_texts(self.tr("Passphrase of the backup"), self.tr("Passphrase"))
        self.code_label.setText(self.tr("&Recovery code"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.restore_button.setText(self.tr("Restore"))
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        elif self._problem:
            self.error.show_message(self._validation() or "")
        if self._busy:
            self._set_busy(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
