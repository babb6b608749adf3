"""The overview's cards and its two states without facts: "Reading your record…" (before the
record has arrived) and "Your record is empty" with Import. The view words them (retranslate_ui)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.views.overview_rows import IconLabel

EMPTY_EMS = 72  # the empty card's width: a readable line


def card(parent: QWidget) -> QFrame:
    """A card (the stylesheet's ``QFrame[card="true"]``) with a vertical layout."""
    frame = QFrame(parent)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(grid(2), grid(2), grid(2), grid(2))
    layout.setSpacing(grid(1))
    return frame


def card_layout(frame: QFrame) -> QLayout:
    layout = frame.layout()
    assert layout is not None
    return layout


def add_separator(frame: QFrame) -> None:
    line = QFrame(frame)
    line.setProperty("separator", True)
    line.setFixedHeight(1)
    card_layout(frame).addWidget(line)


class LoadingState(QWidget):
    """A calm line and a busy bar while the worker builds the record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, grid(2), 0, 0)
        layout.setSpacing(grid(1))
        self.text = Label(TextRole.BODY, self, secondary=True)
        layout.addWidget(self.text)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(text_width(40))
        layout.addWidget(self.bar)


class EmptyRecordCard(QFrame):
    """One card for a record with nothing in it, and its one action: Import summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyRecord")
        self.setProperty("card", True)
        self.setMaximumWidth(text_width(EMPTY_EMS))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(1.5))
        layout.addWidget(IconLabel("folder-open", None, self, units=5))
        self.title = Label(TextRole.SECTION, self)
        layout.addWidget(self.title)
        self.text = Label(TextRole.BODY, self, secondary=True)
        layout.addWidget(self.text)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importSummary")
        self.import_button.setProperty("primary", True)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
