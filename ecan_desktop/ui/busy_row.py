"""A line of text over a progress bar, with Cancel when the work can stop (UI.md "loading")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.ui.typography import Label, TextRole, grid


class BusyRow(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, cancellable: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))
        row = QHBoxLayout()
        row.setSpacing(grid(2))
        self.text = Label(TextRole.BODY, self, secondary=True)
        row.addWidget(self.text, 1)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.cancel_button = QPushButton(self)
            self.cancel_button.setObjectName("cancelButton")
            self.cancel_button.clicked.connect(self.cancel_requested)
            row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str, accessible: str) -> None:
        self.text.setText(text)
        self.bar.setAccessibleName(accessible)
        self.bar.setRange(0, 0)  # busy until the first step reports
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(True)
        self.show()

    def set_text(self, text: str) -> None:
        self.text.setText(text)

    def set_cancel_text(self, text: str) -> None:
        if self.cancel_button is not None:
            self.cancel_button.setText(text)

    def progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def stop(self) -> None:
        self.hide()
