"""An empty state (UI.md principle 6): an icon, what is missing, what to do, and one button.

"No test results yet. Import a summary from your centre." with an "Import summary" button that the
view connects to its ``import_requested`` signal. The view sets the words in its
``retranslate_ui``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.ui import icons
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width


class EmptyPage(QScrollArea):
    """Scrolls rather than clips when the text is large and the window small."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self.setWidget(inner)
        outer = QHBoxLayout(inner)
        outer.setContentsMargins(grid(4), grid(6), grid(4), grid(4))
        outer.addStretch(1)
        # A column of readable width; the labels fill it (no alignment flag), so they wrap
        # to the column's width instead of being squeezed to their first word.
        column = QWidget(inner)
        column.setMaximumWidth(text_width(64))
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(2))
        layout.addStretch(1)
        self.icon = QLabel(column)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon)
        self.title = Label(TextRole.SECTION, column)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.text = Label(TextRole.BODY, column, secondary=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        self.button = QPushButton(column)
        self.button.setProperty("primary", True)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._paint_icon()

    def set_texts(self, title: str, text: str, button: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def _paint_icon(self) -> None:
        if icons.available(self._icon_name):
            self.icon.setPixmap(icons.pixmap(self._icon_name, grid(6)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()  # drawn in the text colour of the theme
