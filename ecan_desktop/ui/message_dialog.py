"""A question or a notice in a small dialog, with our own translated button texts.

Qt ships no translations of its standard buttons for Romanian or Greek, so we never use
``QMessageBox``'s standard buttons: every button here says what it does ("Remove import",
"Keep it") in the user's language. The dialog is window-modal and opened with ``open()``, never
``exec()``: the event loop keeps running, so auto-lock can close it and tests can answer it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.ui.typography import Label, TextRole, grid, text_width


class MessageDialog(QDialog):
    """A title, a text, and one or two buttons; ``accepted`` means the main button."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        text: str,
        accept_text: str,
        reject_text: str | None = None,
        destructive: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(2))
        self.title = Label(TextRole.SECTION, self)
        self.title.setText(title)
        layout.addWidget(self.title)
        self.text = Label(TextRole.BODY, self, selectable=True)
        self.text.setText(text)
        self.text.setMinimumWidth(text_width(48))
        self.text.setMaximumWidth(text_width(72))
        layout.addWidget(self.text)
        layout.addSpacing(grid(1))

        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        buttons.addStretch(1)
        self.reject_button: QPushButton | None = None
        if reject_text is not None:
            self.reject_button = QPushButton(reject_text, self)
            self.reject_button.setObjectName("rejectButton")
            self.reject_button.clicked.connect(self.reject)
            buttons.addWidget(self.reject_button)
        self.accept_button = QPushButton(accept_text, self)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setProperty("primary", not destructive)
        self.accept_button.setProperty("destructive", destructive)
        self.accept_button.clicked.connect(self.accept)
        buttons.addWidget(self.accept_button)
        layout.addLayout(buttons)
        # A destructive question defaults to the safe answer: Enter does not delete.
        default = self.reject_button if destructive and self.reject_button else self.accept_button
        default.setDefault(True)
        default.setFocus()
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
