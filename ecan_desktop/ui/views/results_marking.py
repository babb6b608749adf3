"""The Results table and chart kept on the same result: choosing a row (mouse or keyboard) rings
its point in the chart, and clicking a point chooses its row in the table.

The table stays the keyboard route; a line under the chart says which result is circled, and the
same words are the chart's accessible description, so a screen reader says it too. Results that are
not drawn (words, another unit, no date) ring nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from ecan_desktop.ui.views.results_chart import ResultsChart
from ecan_desktop.ui.views.results_models import ResultTableModel


class ChartTableLink(QObject):
    """Links *table* (showing *model*) and *chart*; *status* says what is circled."""

    def __init__(
        self, table: QTableView, model: ResultTableModel, chart: ResultsChart, status: QLabel
    ) -> None:
        super().__init__(table)
        self.table, self.model, self.chart, self.status = table, model, chart, status
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        model.modelReset.connect(self._on_reset)
        chart.point_chosen.connect(self.choose_point)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def choose_point(self, point_row: int) -> None:
        """Choose, show and focus the table row of ``series.points[point_row]``."""
        row = self.model.table_row(point_row)
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.table.setFocus(Qt.FocusReason.MouseFocusReason)  # the arrows go on from there

    def _on_reset(self) -> None:
        """Another test: nothing is chosen, and its table starts at the newest result."""
        self.table.scrollToTop()
        self.refresh()

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self.refresh()

    def refresh(self) -> None:
        """Ring the chosen row's point and say so (also after a change of language)."""
        row = self.selected_row()
        point_row = self.model.point_row(row) if row is not None else None
        drawn = self.chart.mark_row(point_row)
        if row is None:
            text = self.tr(
                "Choose a result in the table to circle it in the chart, or click a point."
            )
        elif drawn:
            text = self.tr("Circled in the chart: {result}").format(result=self.model.row_text(row))
        else:
            text = self.tr("Not in the chart: {result}").format(result=self.model.row_text(row))
        self.status.setText(text)
        self.chart.setAccessibleDescription(text)
