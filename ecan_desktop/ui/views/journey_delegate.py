"""How a row of the Cancer journey is painted (UI.md "Timeline"): a year header, or an event with
its date on the left, an icon for its kind on a vertical rail, its title and key numbers on the
right and its source chips under them. Painted, not built from widgets: thousands of events cost
nothing until they scroll into view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ecan_desktop.ui import icons
from ecan_desktop.ui.typography import TextRole, base_font, grid_unit, role_font
from ecan_desktop.ui.views.journey_model import (
    DATE_ROLE,
    FIRST_ROLE,
    HEADER_ROLE,
    ICON_ROLE,
    LAST_ROLE,
    SOURCES_ROLE,
    SUBTITLE_ROLE,
    UNTIL_ROLE,
)
from ecan_desktop.ui.views.painted_chips import chip_height, paint_chips

Index = QModelIndex | QPersistentModelIndex


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


@dataclass(frozen=True)
class Metrics:
    """Sizes from the base font and the spacing grid (they follow the text size setting)."""

    unit: int
    title: QFont
    caption: QFont
    date: QFont
    year: QFont
    date_width: int
    circle: int
    event_height: int
    header_height: int

    @classmethod
    def current(cls) -> Metrics:
        unit = grid_unit()
        title, caption = role_font(TextRole.STRONG), role_font(TextRole.CAPTION)
        date, year = role_font(TextRole.BODY), role_font(TextRole.SECTION)
        date_width = max(
            QFontMetrics(date).horizontalAdvance("30 September"),
            QFontMetrics(caption).horizontalAdvance("to Sep 30, 2025"),
        )
        event_height = (
            QFontMetrics(title).height()
            + unit // 4
            + QFontMetrics(caption).height()
            + unit // 2
            + chip_height()
            + 3 * unit
        )
        header_height = QFontMetrics(year).height() + 4 * unit
        return cls(
            unit, title, caption, date, year, date_width, 4 * unit, event_height, header_height
        )


class JourneyDelegate(QStyledItemDelegate):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._metrics: Metrics | None = None
        self._font_key: float | None = None

    def metrics(self) -> Metrics:
        key = base_font().pointSizeF()
        if self._metrics is None or key != self._font_key:
            self._metrics = Metrics.current()
            self._font_key = key
        return self._metrics

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        m = self.metrics()
        height = m.header_height if index.data(HEADER_ROLE) else m.event_height
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(HEADER_ROLE):
            self._paint_header(painter, option, index)
        else:
            self._paint_event(painter, option, index)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        m = self.metrics()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(m.year)
        left = rect.left() + 2 * m.unit
        baseline_box = QRect(left, rect.top() + 3 * m.unit, rect.width(), metrics.height())
        painter.setFont(m.year)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            baseline_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
        line_left = left + metrics.horizontalAdvance(text) + 2 * m.unit
        line_y = baseline_box.center().y()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(line_left, line_y, rect.right() - 2 * m.unit, line_y)

    def _paint_event(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        m = self.metrics()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        unit = m.unit
        inner = rect.adjusted(unit // 2, 1, -unit // 2, -1)
        if selected or hovered:
            # A tint keeps the text at full contrast; the bar shows the selection as a shape too.
            path = QPainterPath()
            path.addRoundedRect(inner, unit // 2, unit // 2)
            painter.fillPath(path, _mix(base, highlight, 0.14 if selected else 0.06))
            if selected:
                bar = QPainterPath()
                bar.addRoundedRect(
                    QRect(inner.left(), inner.top() + unit, unit // 2, inner.height() - 2 * unit),
                    unit // 4,
                    unit // 4,
                )
                painter.fillPath(bar, highlight)

        top = rect.top() + unit + unit // 2
        title_height = QFontMetrics(m.title).height()
        date_left = rect.left() + 2 * unit
        painter.setFont(m.date)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        date_metrics = QFontMetrics(m.date)
        painter.drawText(
            QRect(date_left, top, m.date_width, title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            date_metrics.elidedText(
                str(index.data(DATE_ROLE) or ""), Qt.TextElideMode.ElideRight, m.date_width
            ),
        )

        until = str(index.data(UNTIL_ROLE) or "")
        if until:
            caption_metrics = QFontMetrics(m.caption)
            painter.setFont(m.caption)
            painter.drawText(
                QRect(
                    date_left,
                    top + title_height + unit // 4,
                    m.date_width,
                    caption_metrics.height(),
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                caption_metrics.elidedText(until, Qt.TextElideMode.ElideRight, m.date_width),
            )

        rail_x = date_left + m.date_width + 2 * unit + m.circle // 2
        circle_top = top + title_height // 2 - m.circle // 2
        centre_y = circle_top + m.circle // 2
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 2))
        rail_top = centre_y if index.data(FIRST_ROLE) else rect.top()
        rail_bottom = centre_y if index.data(LAST_ROLE) else rect.bottom() + 1
        if rail_bottom > rail_top:
            painter.drawLine(rail_x, rail_top, rail_x, rail_bottom)
        circle = QRect(rail_x - m.circle // 2, circle_top, m.circle, m.circle)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawEllipse(circle)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        icon_size = unit * 5 // 2
        name = str(index.data(ICON_ROLE) or "info")
        if icons.available(name):
            pixmap = icons.pixmap(name, icon_size, palette.color(QPalette.ColorRole.Text))
            painter.drawPixmap(
                circle.center().x() - icon_size // 2 + 1,
                circle.center().y() - icon_size // 2 + 1,
                pixmap,
            )

        text_left = rail_x + m.circle // 2 + 2 * unit
        width = max(0, rect.right() - 2 * unit - text_left)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setFont(m.title)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(text_left, top, width, title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(m.title).elidedText(title, Qt.TextElideMode.ElideRight, width),
        )
        caption_top = top + title_height + unit // 4
        caption_height = QFontMetrics(m.caption).height()
        painter.setFont(m.caption)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(text_left, caption_top, width, caption_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(m.caption).elidedText(
                str(index.data(SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, width
            ),
        )
        chips_top = caption_top + caption_height + unit // 2
        paint_chips(
            painter,
            QRect(text_left, chips_top, width, chip_height()),
            index.data(SOURCES_ROLE) or (),
            palette,
        )
