"""The Results view's item models: the tests (analytes) in a searchable list, and the table of one
test's results (the chart's twin for keyboards and screen readers).

Both are lazy: a row's words are made when the view asks for them (only the rows on screen), so a
test with 5 000 results fills at once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ecan_desktop.record.results import ResultPoint, ResultSeries
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.ui.boxed_list import KEY_ROLE, SUBTITLE_ROLE
from ecan_desktop.ui.views.result_chart_data import NO_DATE, OTHER_UNIT, WORDS
from ecan_desktop.ui.views.result_values import (
    date_text,
    flag_of,
    flag_text,
    medium_date_text,
    number_text,
    point_text,
    range_text,
    unit_text,
)
from ecan_desktop.ui.views.source_chips import PATIENT_SOURCE_KIND, chip_text, sources_sentence

Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 10
_NO_INDEX = QModelIndex()


def source_name(source: SourceRef) -> str:
    """The centre in full with its country ("Institutul Oncologic Someș, Cluj-Napoca · RO"), else
    the file it came from."""
    name = source.centre_name or source.file_name
    if name is None or source.kind == PATIENT_SOURCE_KIND:
        return chip_text(source)
    return f"{name} · {source.centre_country}" if source.centre_country else name


def series_name(series: ResultSeries) -> str:
    return series.name or series.key.split("|")[-1]


class AnalyteListModel(QAbstractListModel):
    """One row per test: its name, and its latest result with the date and a high / low word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._series: tuple[ResultSeries, ...] = ()
        self._subtitles: dict[int, str] = {}

    def set_series(self, series: tuple[ResultSeries, ...]) -> None:
        self.beginResetModel()
        self._series = series
        self._subtitles = {}
        self.endResetModel()

    def retranslate(self) -> None:
        self._subtitles = {}
        if self._series:
            self.dataChanged.emit(self.index(0), self.index(len(self._series) - 1))

    def series_at(self, row: int) -> ResultSeries | None:
        return self._series[row] if 0 <= row < len(self._series) else None

    def row_of(self, series_id: str) -> int | None:
        return next((i for i, s in enumerate(self._series) if s.id == series_id), None)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._series)

    def subtitle(self, row: int) -> str:
        if row not in self._subtitles:
            self._subtitles[row] = self._make_subtitle(self._series[row])
        return self._subtitles[row]

    @staticmethod
    def _make_subtitle(series: ResultSeries) -> str:
        latest = series.points[-1] if series.points else None
        if latest is None:
            return ""
        points = len(series.points)  # a plain name: lupdate skips a call as the count
        # The flag before the date: when the row is too narrow, the end is cut, never the flag.
        parts = [
            point_text(latest),
            flag_text(flag_of(latest, series.reference_range)),
            medium_date_text(latest.date),
            QCoreApplication.translate("Results", "%n result(s)", "", points),
        ]
        return " · ".join(p for p in parts if p)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._series):
            return None
        series = self._series[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return series_name(series)
        if role == SUBTITLE_ROLE:
            return self.subtitle(index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{series_name(series)}, {self.subtitle(index.row())}"
        if role == KEY_ROLE:
            return series.id
        if role == SEARCH_ROLE:
            words = [series_name(series)]
            if series.code is not None:
                words.extend(f"{c.display or ''} {c.code or ''}" for c in series.code.codes)
            return " ".join(words)
        return None


class AnalyteFilter(QSortFilterProxyModel):
    """The list filtered by the search field: any part of the test's name or code."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


(DATE, RESULT, UNIT, RANGE, FLAG, SOURCE, NOTE) = range(7)
COLUMN_COUNT = 7


class ResultTableModel(QAbstractTableModel):
    """The results of one test, newest first: date, result (with "<" or ">"), unit, normal range,
    flag, source, and why a result is not in the chart."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._series: ResultSeries | None = None
        self._left_out: dict[int, str] = {}

    def set_series(self, series: ResultSeries | None, left_out: dict[int, str]) -> None:
        self.beginResetModel()
        self._series = series
        self._left_out = left_out
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1)
            )

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.isValid() or self._series is None:
            return 0
        return len(self._series.points)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def point_row(self, row: int) -> int:
        """The index in ``series.points`` of table row *row* (the table is newest first)."""
        return self.rowCount() - 1 - row

    def table_row(self, point_row: int) -> int:
        """The table row of ``series.points[point_row]`` (the inverse of :meth:`point_row`)."""
        return self.rowCount() - 1 - point_row

    def row_text(self, row: int) -> str:
        """The words of table row *row* as one line, as a screen reader says them: the date,
        the result with its unit, high or low, and the source."""
        point = self.point_at(row)
        if point is None:
            return ""
        result = " ".join(
            t for t in (self.text(point, row, RESULT), self.text(point, row, UNIT)) if t
        )
        texts = (
            self.text(point, row, DATE),
            result,
            self.text(point, row, FLAG),
            self.text(point, row, SOURCE),
        )
        return ", ".join(t for t in texts if t)

    def point_at(self, row: int) -> ResultPoint | None:
        if self._series is None or not 0 <= row < self.rowCount():
            return None
        return self._series.points[self.point_row(row)]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        headers = (
            QCoreApplication.translate("Results", "Date"),
            QCoreApplication.translate("Results", "Result"),
            QCoreApplication.translate("Results", "Unit"),
            QCoreApplication.translate("Results", "Normal range"),
            QCoreApplication.translate("Results", "High or low"),
            QCoreApplication.translate("Results", "Source"),
            QCoreApplication.translate("Results", "Note"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        point = self.point_at(index.row()) if index.isValid() else None
        if point is None or self._series is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(point, index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RESULT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SOURCE:
                return sources_sentence(point.sources)
            return "\n".join(point.notes) or None
        return None

    def text(self, point: ResultPoint, row: int, column: int) -> str:
        assert self._series is not None
        numeric = point.value.kind in ("quantity", "integer")
        if column == RESULT:
            return number_text(point.value.quantity) if numeric else point_text(point)
        if column == UNIT:
            return unit_text(point.value.quantity) if numeric else ""
        if column == RANGE:
            return range_text(point.reference_ranges[0]) if point.reference_ranges else ""
        if column == FLAG:
            return flag_text(flag_of(point, self._series.reference_range))
        if column == SOURCE:
            return ", ".join(dict.fromkeys(source_name(s) for s in point.sources))
        if column == NOTE:
            return self._note(row)
        return date_text(point.date)

    def _note(self, row: int) -> str:
        reason = self._left_out.get(self.point_row(row))
        if reason == WORDS:
            return QCoreApplication.translate("Results", "Not in the chart: not a number")
        if reason == OTHER_UNIT:
            return QCoreApplication.translate("Results", "Not in the chart: another unit")
        if reason == NO_DATE:
            return QCoreApplication.translate("Results", "Not in the chart: no date")
        return ""
