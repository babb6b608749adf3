"""An inline message: an error (what happened, what to do) or a success note (a toast line).

Severity is told by a symbol and a word-bearing sentence as well as by colour (UI.md principle 3).
Screen readers hear the text: the banner's accessible name is the message itself.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ecan_desktop.ui.typography import Label, TextRole, grid_unit


class Severity(enum.Enum):
    ERROR = "error"
    SUCCESS = "success"


_SYMBOL = {Severity.ERROR: "⚠", Severity.SUCCESS: "✓"}


class MessageBanner(QFrame):
    def __init__(self, severity: Severity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.severity = severity
        self.setProperty("banner", severity.value)
        unit = grid_unit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(unit + unit // 2, unit, unit + unit // 2, unit)
        layout.setSpacing(unit)
        self.symbol = Label(TextRole.STRONG, self)
        self.symbol.setText(_SYMBOL[severity])
        self.symbol.setWordWrap(False)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.symbol.setAccessibleName("")
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        self.text = Label(TextRole.BODY, self, selectable=True)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.setAccessibleName("")
        self.hide()

    def message(self) -> str:
        return "" if self.isHidden() else self.text.text()
