"""A combo box that draws its own chevron, so it looks the same in every theme and text size.

The stylesheet gives combo boxes our border and padding; with a styled border Qt no longer draws
its native arrow, so this class paints one in the text colour, sized from the font.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QWidget


class ComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        pen = QPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        size = max(4.0, self.fontMetrics().height() / 4)
        pen.setWidthF(max(1.5, size / 3))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        centre_x = self.width() - self.fontMetrics().height() * 0.9
        centre_y = self.height() / 2
        painter.drawPolyline(
            [
                QPointF(centre_x - size, centre_y - size / 2),
                QPointF(centre_x, centre_y + size / 2),
                QPointF(centre_x + size, centre_y - size / 2),
            ]
        )
        painter.end()
