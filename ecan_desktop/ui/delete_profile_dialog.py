"""Deleting a profile for good: confirmed by typing its name, as the command line does.

The Delete button stays disabled until the name matches (spaces and case do not matter), and
Enter never deletes: the safe answer is the default.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.ui.typography import Label, TextRole, grid, text_width


def same_label(typed: str, label: str) -> bool:
    return " ".join(typed.split()).casefold() == " ".join(label.split()).casefold()


class DeleteProfileDialog(QDialog):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteProfileDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.label = label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(2))
        self.title = Label(TextRole.SECTION, self)
        layout.addWidget(self.title)
        self.text = Label(TextRole.BODY, self)
        self.text.setMinimumWidth(text_width(52))
        layout.addWidget(self.text)
        self.field_label = Label(TextRole.STRONG, self)
        layout.addWidget(self.field_label)
        self.field = QLineEdit(self)
        self.field.setObjectName("confirmLabel")
        self.field_label.setBuddy(self.field)
        self.field.textChanged.connect(self._update)
        layout.addWidget(self.field)
        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("keepProfile")
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteForGood")
        self.delete_button.setProperty("destructive", True)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self._confirm)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._update()
        self.field.setFocus()

    def _update(self) -> None:
        self.delete_button.setEnabled(same_label(self.field.text(), self.label))

    def _confirm(self) -> None:
        if same_label(self.field.text(), self.label):
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Delete profile"))
        self.title.setText(self.tr("Delete “{label}” for good?").format(label=self.label))
        self.text.setText(
            self.tr(
                "Everything in this profile is erased from this computer and cannot be brought "
                "back, except from a backup you made. Files you imported stay where they are."
            )
        )
        self.field_label.setText(
            self.tr("To confirm, type the name of the profile: {label}").format(label=self.label)
        )
        self.field.setAccessibleName(self.tr("Name of the profile, to confirm"))
        self.cancel_button.setText(self.tr("Keep the profile"))
        self.delete_button.setText(self.tr("Delete for good"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
