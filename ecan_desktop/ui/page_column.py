"""The frame every page sits in: one centred column of readable width that scrolls when needed.

The column has a maximum width in average characters (UI.md principle 4), so a 1920 px window does
not stretch lines across the screen, and it scrolls instead of clipping when the text is large.
Short pages (the start screen, the unlock panel) sit a little above the vertical centre.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ecan_desktop.ui.typography import Label, TextRole, grid, text_width


class PageColumn(QScrollArea):
    """A scrolling page; add content to :attr:`column` (a vertical layout of :attr:`body`)."""

    def __init__(
        self, parent: QWidget | None = None, *, max_ems: int = 88, centred: bool = False
    ) -> None:
        super().__init__(parent)
        self._max_ems = max_ems
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The side margins centre the column (see resizeEvent): no nested stretch layouts, so
        # word-wrapped labels always get the height they need for the column's real width.
        outer = QWidget(self)
        self._outer = QVBoxLayout(outer)
        self._outer.setSpacing(0)
        self.body = QWidget(outer)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(grid(2))
        if centred:
            self._outer.addStretch(2)
            self._outer.addWidget(self.body)
            self._outer.addStretch(3)
        else:
            self._outer.addWidget(self.body, 1)
        self.setWidget(outer)
        self._update_margins()

    def add_back_link(self, on_click: Callable[[], None]) -> QPushButton:
        """A "Back" link button on its own row at the top of the column (the caller labels it)."""
        row = QHBoxLayout()
        button = QPushButton(self.body)
        button.setObjectName("backButton")
        button.setProperty("link", True)
        button.clicked.connect(on_click)
        row.addWidget(button)
        row.addStretch(1)
        self.column.addLayout(row)
        return button

    def add_heading(self) -> tuple[Label, Label]:
        """The page's title and the secondary line under it (the caller sets their text)."""
        heading = QVBoxLayout()
        heading.setSpacing(grid(0.5))
        title = Label(TextRole.TITLE, self.body)
        heading.addWidget(title)
        hint = Label(TextRole.BODY, self.body, secondary=True)
        heading.addWidget(hint)
        self.column.addLayout(heading)
        return title, hint

    def column_width(self) -> int:
        """The width the column gets in the current viewport."""
        return min(self.viewport().width() - 2 * grid(4), text_width(self._max_ems))

    def _update_margins(self) -> None:
        width = self.viewport().width()
        side = max(grid(4), (width - text_width(self._max_ems)) // 2)
        self._outer.setContentsMargins(side, grid(5), side, grid(5))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._update_margins()
        return super().event(event)
