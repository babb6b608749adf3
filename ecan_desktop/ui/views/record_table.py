"""A read-only table of record items for the Treatments view: words left, numbers right-aligned
with tabular figures, the sources of each row as chips in the last column, and the row's details
on a click or Enter. The table is as tall as its rows (the page scrolls, not the table).

A row may continue the row above it (a second cumulative dose of the same medicine, a second
volume of the same radiotherapy course): the columns that do not change span both rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ecan_desktop.record.sources import SourceRef
from ecan_desktop.ui.typography import grid_unit
from ecan_desktop.ui.views.painted_chips import chip_font, chip_height, chip_labels, paint_chips
from ecan_desktop.ui.views.source_chips import sources_sentence

Index = QModelIndex | QPersistentModelIndex
SOURCES_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    title: str
    number: bool = False  # right-aligned, tabular figures
    stretch: bool = False  # takes the room left (words that may wrap)
    spans: bool = True  # spans the rows that continue a row


@dataclass(frozen=True)
class Cell:
    text: str
    tooltip: str | None = None


@dataclass(frozen=True)
class TableRow:
    cells: tuple[Cell, ...]  # one per column, without the sources column
    item_id: str | None
    sources: tuple[SourceRef, ...]
    continues: bool = False  # the same item as the row above (see the module's text)


def cell(text: str | None, tooltip: str | None = None) -> Cell:
    return Cell(text or "\u2014", tooltip)  # an em dash: nothing stated


class RowsModel(QAbstractTableModel):
    """Rows of words; the last column holds the sources (painted as chips)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[TableRow] = []
        self.sources_title = ""

    def set_rows(self, columns: Sequence[Column], rows: Sequence[TableRow], sources: str) -> None:
        self.beginResetModel()
        self.columns, self.rows, self.sources_title = list(columns), list(rows), sources
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 1

    def is_sources(self, column: int) -> bool:
        return column == len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self.columns):
            return None
        number = not self.is_sources(section) and self.columns[section].number
        if role == Qt.ItemDataRole.DisplayRole:
            return self.sources_title if self.is_sources(section) else self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if number else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ITEM_ID_ROLE:
            return row.item_id
        if self.is_sources(column):
            if role == SOURCES_ROLE:
                return row.sources
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return sources_sentence(row.sources)
            return None
        return self._cell_data(row.cells[column], self.columns[column].number, role)

    def _cell_data(self, found: Cell, number: bool, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return found.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return found.tooltip or found.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if number else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.FontRole and number:
            font = QFont(QApplication.font())
            font.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: numbers line up
            return font
        return None

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, rows) for the cells that span the rows continuing them."""
        found: list[tuple[int, int, int]] = []
        start = 0
        for row in range(1, len(self.rows) + 1):
            if row < len(self.rows) and self.rows[row].continues:
                continue
            length = row - start
            if length > 1:
                found.extend(
                    (start, c, length)
                    for c in range(len(self.columns) + 1)
                    if self.is_sources(c) or self.columns[c].spans
                )
            start = row
        return found


class SourcesDelegate(QStyledItemDelegate):
    """The sources column: chips, as under every fact elsewhere."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        unit = grid_unit()
        rect = option.rect.adjusted(unit, unit // 2 + 1, -unit // 2, 0)
        paint_chips(painter, rect, index.data(SOURCES_ROLE) or (), option.palette)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        unit = grid_unit()
        chips = QFontMetrics(chip_font())
        labels = chip_labels(index.data(SOURCES_ROLE) or ())
        width = sum(chips.horizontalAdvance(t) + 2 * unit + unit // 2 for t, _ in labels)
        return QSize(min(width + 2 * unit, 30 * unit), chip_height() + unit + 2)


class RecordTable(QTableView):
    """The table; :attr:`open_requested` carries the item id of the row chosen."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("recordTable", True)
        self.table_model = RowsModel(self)
        self.setModel(self.table_model)
        self._sources_delegate = SourcesDelegate(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move in it
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.clicked.connect(self._open_index)
        self._refit_pending = False
        header.sectionResized.connect(self._refit_later)

    def set_rows(self, columns: Sequence[Column], rows: Sequence[TableRow], sources: str) -> None:
        self.clearSpans()
        self.table_model.set_rows(columns, rows, sources)
        header = self.horizontalHeader()
        for number, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(number, mode)
        header.setSectionResizeMode(len(columns), QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegateForColumn(len(columns), self._sources_delegate)
        for row, span_column, length in self.table_model.spans():
            self.setSpan(row, span_column, length, 1)
        self.fit_height()

    def row_texts(self, row: int) -> list[str]:
        """What a row says, column by column (tests, accessibility)."""
        model = self.table_model
        return [str(model.index(row, c).data() or "") for c in range(len(model.columns))]

    def fit_height(self) -> None:
        """Rows as tall as their words (a cell spanning rows counts once, over all of them), and
        the table as tall as its rows."""
        model = self.table_model
        spans = {(row, column): length for row, column, length in model.spans()}
        covered = {(r + i, c) for (r, c), n in spans.items() for i in range(1, n)}
        columns = model.columnCount()
        heights = []
        for row in range(model.rowCount()):
            own = [
                self._cell_height(row, c)
                for c in range(columns)
                if (row, c) not in covered and spans.get((row, c), 1) == 1
            ]
            heights.append(max(own, default=self.verticalHeader().defaultSectionSize()))
        for (row, column), length in spans.items():
            missing = self._cell_height(row, column) - sum(heights[row : row + length])
            if missing > 0:
                heights[row + length - 1] += missing
        for row, height in enumerate(heights):
            self.setRowHeight(row, height)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        self.setFixedHeight(height + sum(heights) + 2)

    def _cell_height(self, row: int, column: int) -> int:
        index = self.table_model.index(row, column)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # The stylesheet pads each cell by one grid unit left and right: the words wrap in less.
        option.rect = QRect(0, 0, max(1, self.columnWidth(column) - 2 * grid_unit()), 10_000)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        delegate = self.itemDelegateForIndex(index)
        return delegate.sizeHint(option, index).height()

    def _refit_later(self) -> None:
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self, self._refit)  # dropped if the table goes first

    def _refit(self) -> None:
        self._refit_pending = False
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit_later()  # wrapped words take another number of lines

    def _open_index(self, index: QModelIndex) -> None:
        item_id = index.data(ITEM_ID_ROLE)
        if item_id:
            self.open_requested.emit(str(item_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)
