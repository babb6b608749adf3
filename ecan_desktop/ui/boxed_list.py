"""Boxed lists (GNOME HIG): rows in one rounded card, separated by thin lines.

- :class:`BoxedListView` is interactive (the profiles): keyboard navigation, Enter and double-click
  activate a row. Each row shows a title and a secondary line, painted by :class:`TwoLineDelegate`.
- :class:`BoxedRows` is read-only (counts, sources): plain labels, so screen readers read them and
  the text can be selected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.ui.typography import Label, TextRole, grid_unit, role_font

CHEVRON = "\u203a"  # a right-pointing angle: "this row opens something"
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """*a* moved *amount* of the way towards *b*."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


class TwoLineDelegate(QStyledItemDelegate):
    """Title above a secondary line; a chevron says the row opens something."""

    def _metrics(self) -> tuple[QFont, QFont, int, int]:
        unit = grid_unit()
        return role_font(TextRole.STRONG), role_font(TextRole.CAPTION), unit, unit // 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title_font, caption_font, unit, gap = self._metrics()
        height = (
            QFontMetrics(title_font).height()
            + gap
            + QFontMetrics(caption_font).height()
            + 2 * (unit + unit // 2)
        )
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title_font, caption_font, unit, gap = self._metrics()
        palette: QPalette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = rect.adjusted(unit // 2, unit // 4 + 1, -unit // 2, -unit // 4 - 1)
        if selected or hovered:
            # A tint keeps the text at full contrast; the bar marks the selection without colour
            # alone mattering (it is a shape as well).
            tint = _mix(base, highlight, 0.14 if selected else 0.06)
            path = QPainterPath()
            path.addRoundedRect(inner, unit // 2, unit // 2)
            painter.fillPath(path, tint)
            if selected:
                bar = QRect(inner.left(), inner.top() + unit // 2, unit // 2, inner.height() - unit)
                bar_path = QPainterPath()
                bar_path.addRoundedRect(bar, unit // 4, unit // 4)
                painter.fillPath(bar_path, highlight)

        model = index.model()
        if index.row() < model.rowCount(index.parent()) - 1:
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(
                rect.left() + 2 * unit, rect.bottom(), rect.right() - 2 * unit, rect.bottom()
            )

        text_left = rect.left() + 2 * unit + unit // 2
        chevron_width = QFontMetrics(title_font).horizontalAdvance(CHEVRON) + 2 * unit
        text_width = rect.width() - (text_left - rect.left()) - chevron_width
        top = rect.top() + unit + unit // 2

        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        title_metrics = QFontMetrics(title_font)
        caption_metrics = QFontMetrics(caption_font)

        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(text_left, top, text_width, title_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, text_width),
        )
        painter.setFont(caption_font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(
                text_left, top + title_metrics.height() + gap, text_width, caption_metrics.height()
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            caption_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, text_width),
        )
        painter.setFont(role_font(TextRole.SECTION))
        painter.drawText(
            QRect(rect.right() - chevron_width, rect.top(), chevron_width - unit, rect.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            CHEVRON,
        )
        painter.restore()


def make_boxed(view: QListView) -> None:
    """Rows in a rounded card, two lines each (:class:`TwoLineDelegate`), one chosen at a time,
    scrolled by pixel; for item widgets and for lists with their own model alike."""
    view.setProperty("boxed", True)
    view.setItemDelegate(TwoLineDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setMouseTracking(True)
    view.setUniformItemSizes(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


class BoxedListView(QListWidget):
    """A list of rows in a rounded card; Enter or double-click activates the current row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make_boxed(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._max_rows = 0

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.ApplicationFontChange:
            # Rows are painted from the application font: measure them again.
            self.scheduleDelayedItemsLayout()
            if self._max_rows:
                self.fit_height_to_rows(self._max_rows)
        return handled

    def add_row(self, key: str, title: str, subtitle: str) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setData(SUBTITLE_ROLE, subtitle)
        item.setData(KEY_ROLE, key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {subtitle}")
        self.addItem(item)
        return item

    @staticmethod
    def set_subtitle(item: QListWidgetItem, subtitle: str) -> None:
        item.setData(SUBTITLE_ROLE, subtitle)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}, {subtitle}")

    def current_key(self) -> str | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        key = item.data(KEY_ROLE)
        return str(key) if key is not None else None

    def select_key(self, key: str) -> bool:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) == key:
                self.setCurrentItem(item)
                return True
        return False

    def fit_height_to_rows(self, max_rows: int) -> None:
        """Show up to *max_rows* rows without a scroll bar; more rows scroll inside the card."""
        self._max_rows = max_rows
        if self.count() == 0:
            return
        row = self.sizeHintForRow(0)
        frame = 2 * self.frameWidth() + 4
        self.setFixedHeight(row * min(self.count(), max_rows) + frame)


class BoxedRows(QFrame):
    """Read-only rows in a card: a title, an optional secondary line and an optional value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

    def clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def row_count(self) -> int:
        return sum(
            1
            for i in range(self._layout.count())
            if (w := self._layout.itemAt(i).widget()) is not None and w.property("row")
        )

    def add_row(self, title: str, subtitle: str | None = None, value: str | None = None) -> None:
        unit = grid_unit()
        if self._layout.count():
            line = QFrame(self)
            line.setProperty("separator", True)
            line.setFixedHeight(1)
            holder = QWidget(self)
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(2 * unit, 0, 2 * unit, 0)
            holder_layout.addWidget(line)
            self._layout.addWidget(holder)
        row = QWidget(self)
        row.setProperty("row", True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(
            2 * unit + unit // 2, unit + unit // 2, 2 * unit, unit + unit // 2
        )
        layout.setSpacing(2 * unit)
        texts = QVBoxLayout()
        texts.setSpacing(unit // 4)
        title_label = Label(TextRole.BODY, row, selectable=True)
        title_label.setText(title)
        texts.addWidget(title_label)
        if subtitle:
            sub = Label(TextRole.CAPTION, row, secondary=True, selectable=True)
            sub.setText(subtitle)
            texts.addWidget(sub)
        layout.addLayout(texts, 1)
        accessible = ", ".join(part for part in (title, subtitle, value) if part)
        row.setAccessibleName(accessible)
        if value is not None:
            number = Label(TextRole.STRONG, row, selectable=True)
            number.setWordWrap(False)
            number.setText(value)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = number.font()
            font.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: numbers line up
            number.setFont(font)
            layout.addWidget(number, 0, Qt.AlignmentFlag.AlignVCenter)
        self._layout.addWidget(row)
