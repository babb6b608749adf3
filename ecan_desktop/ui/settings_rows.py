"""Preference rows (GNOME HIG): a title and an explanation on the left, the control on the right,
grouped in cards under a section heading. In a narrow column the control moves under the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ecan_desktop.ui.typography import Label, TextRole, grid


class SettingsRow(QWidget):
    def __init__(self, control: QWidget | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("row", True)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(grid(2.5), grid(1.5), grid(2), grid(1.5))
        self._layout.setSpacing(grid(2))
        texts = QVBoxLayout()
        texts.setSpacing(grid(0.25))
        self.title = Label(TextRole.BODY, self)
        texts.addWidget(self.title)
        self.caption = Label(TextRole.CAPTION, self, secondary=True)
        texts.addWidget(self.caption)
        self._layout.addLayout(texts, 1)
        self.control = control
        if control is not None:
            control.setParent(self)
            self._layout.addWidget(control, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_texts(self, title: str, caption: str = "") -> None:
        self.title.setText(title)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        if self.control is not None:
            self.control.setAccessibleName(title)
            if caption:
                self.control.setAccessibleDescription(caption)
            buddy_target = self.control
            self.title.setBuddy(buddy_target)

    def set_stacked(self, stacked: bool) -> None:
        """Control under the text (narrow column, large text) or beside it."""
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        if self.control is not None:
            align = Qt.AlignmentFlag.AlignLeft if stacked else Qt.AlignmentFlag.AlignVCenter
            self._layout.setAlignment(self.control, align)


class SettingsCard(QFrame):
    """Rows in one card, separated by thin lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.rows: list[SettingsRow] = []

    def add(self, row: SettingsRow) -> SettingsRow:
        if self.rows:
            line = QFrame(self)
            line.setProperty("separator", True)
            line.setFixedHeight(1)
            holder = QWidget(self)
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(grid(2), 0, grid(2), 0)
            holder_layout.addWidget(line)
            self._layout.addWidget(holder)
        row.setParent(self)
        self._layout.addWidget(row)
        self.rows.append(row)
        return row
