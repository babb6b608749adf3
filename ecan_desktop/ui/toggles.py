"""Check boxes and radio buttons whose marks are visible in every theme.

Fusion draws the box of a check box in a shade of the window colour, which nearly vanishes on
dark and high-contrast backgrounds. These paint their own mark over it: an outline in the
controls' border colour (3 : 1 against the background, WCAG 1.4.11), filled with the highlight and
a tick when checked, a thicker outline in the highlight colour when focused. Sizes come from the
stylesheet (the spacing grid), so they grow with the text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton


def _colours(widget: QCheckBox | QRadioButton) -> tuple[QPalette, QPalette.ColorGroup]:
    group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
    return widget.palette(), group


def _indicator(widget: QCheckBox | QRadioButton, element: QStyle.SubElement) -> QRectF:
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    return QRectF(widget.style().subElementRect(element, option, widget))


def _outline(
    widget: QCheckBox | QRadioButton, palette: QPalette, group: QPalette.ColorGroup
) -> QPen:
    if widget.hasFocus():
        pen = QPen(palette.color(group, QPalette.ColorRole.Highlight))
        pen.setWidthF(2.5)
    else:
        pen = QPen(palette.color(group, QPalette.ColorRole.Dark))  # the controls' border colour
        pen.setWidthF(1.5)
    return pen


class CheckBox(QCheckBox):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        palette, group = _colours(self)
        rect = _indicator(self, QStyle.SubElement.SE_CheckBoxIndicator).adjusted(1, 1, -1, -1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        checked = self.isChecked()
        fill = QPalette.ColorRole.Highlight if checked else QPalette.ColorRole.Base
        painter.setBrush(palette.color(group, fill))
        painter.setPen(_outline(self, palette, group))
        radius = rect.width() / 5
        painter.drawRoundedRect(rect, radius, radius)
        if checked:
            tick = QPen(palette.color(group, QPalette.ColorRole.HighlightedText))
            tick.setWidthF(max(1.5, rect.width() / 7))
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(tick)
            w, h, x, y = rect.width(), rect.height(), rect.left(), rect.top()
            painter.drawPolyline(
                [
                    QPointF(x + w * 0.24, y + h * 0.52),
                    QPointF(x + w * 0.43, y + h * 0.72),
                    QPointF(x + w * 0.77, y + h * 0.3),
                ]
            )
        painter.end()


class RadioButton(QRadioButton):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        palette, group = _colours(self)
        rect = _indicator(self, QStyle.SubElement.SE_RadioButtonIndicator).adjusted(1, 1, -1, -1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(palette.color(group, QPalette.ColorRole.Base))
        painter.setPen(_outline(self, palette, group))
        painter.drawEllipse(rect)
        if self.isChecked():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(group, QPalette.ColorRole.Highlight))
            inset = rect.width() * 0.25
            painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
        painter.end()
