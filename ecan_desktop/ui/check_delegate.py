"""Check boxes in item views drawn like :mod:`ecan_desktop.ui.toggles` draws them: Fusion's box
nearly vanishes on dark and high-contrast backgrounds. An outline in the controls' border colour
(3 : 1 against the background, WCAG 1.4.11); filled with the highlight and a tick when checked,
a bar when partly checked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


class CheckDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            return
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = QRectF(
            style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, item, widget)
        ).adjusted(1, 1, -1, -1)
        enabled = bool(item.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        palette = item.palette
        state = item.checkState
        on = state != Qt.CheckState.Unchecked
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QPalette.ColorRole.Highlight if on and enabled else QPalette.ColorRole.Base
        outline = QPen(palette.color(group, QPalette.ColorRole.Dark))
        outline.setWidthF(1.5)
        painter.setPen(outline)
        painter.setBrush(palette.color(group, fill))
        radius = box.width() / 5
        painter.drawRoundedRect(box, radius, radius)
        if on:
            mark = QPen(
                palette.color(
                    group,
                    QPalette.ColorRole.HighlightedText if enabled else QPalette.ColorRole.Text,
                )
            )
            mark.setWidthF(max(1.5, box.width() / 7))
            mark.setCapStyle(Qt.PenCapStyle.RoundCap)
            mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(mark)
            w, h, x, y = box.width(), box.height(), box.left(), box.top()
            if state == Qt.CheckState.PartiallyChecked:
                painter.drawLine(QPointF(x + w * 0.27, y + h / 2), QPointF(x + w * 0.73, y + h / 2))
            else:
                painter.drawPolyline(
                    [
                        QPointF(x + w * 0.24, y + h * 0.52),
                        QPointF(x + w * 0.43, y + h * 0.72),
                        QPointF(x + w * 0.77, y + h * 0.3),
                    ]
                )
        painter.restore()
