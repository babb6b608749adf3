"""Results: every test (analyte) in a searchable list; the chosen one as a chart over time, with
its normal range as a band and the treatment periods shaded, and as a table of the same values.

The chart draws the numbers in the test's main unit; results in words, in another unit or without
a date are in the table, and a sentence above the chart says how many. The test with the most
results is shown first, so the view opens on a chart. Choosing a row of the table circles its
point in the chart, and clicking a point chooses its row (see results_marking).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.record.results import ResultSeries
from ecan_desktop.ui.boxed_list import make_boxed
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.base import RecordView
from ecan_desktop.ui.views.empty_page import EmptyPage
from ecan_desktop.ui.views.result_chart_data import ChartData, chart_data, numeric_count
from ecan_desktop.ui.views.result_periods import MEDICINES, TreatmentPeriod, treatment_periods
from ecan_desktop.ui.views.result_values import date_text, range_text
from ecan_desktop.ui.views.results_chart import LegendEntry, ResultsChart
from ecan_desktop.ui.views.results_marking import ChartTableLink
from ecan_desktop.ui.views.results_models import (
    COLUMN_COUNT,
    NOTE,
    RESULT,
    AnalyteFilter,
    AnalyteListModel,
    ResultTableModel,
    series_name,
)
from ecan_desktop.ui.views.source_chips import SourceChips

EMPTY, CONTENT = 0, 1
CHART, NO_CHART = 0, 1
NAMED_AGENTS = 3  # agents named in a treatment band's label; the rest are counted


def legend_html(entries: list[LegendEntry]) -> str:
    """The chart's legend as rich text: a coloured shape and the words for each entry; the
    entries wrap as words do, so long treatment names are never cut."""
    items = (
        f'<span style="white-space:nowrap"><span style="color:{e.colour.name()}">{e.symbol}'
        f"</span>&nbsp;{html.escape(e.text)}</span>"
        for e in entries
    )
    return " &nbsp; ".join(items)


def default_series(series: tuple[ResultSeries, ...]) -> ResultSeries | None:
    """The test to show first: the blood test with the most numbers, else any with numbers."""
    if not series:
        return None
    lab = [s for s in series if s.category == "laboratory" and numeric_count(s) >= 2]
    pool = lab or [s for s in series if numeric_count(s) >= 1] or list(series)
    return max(pool, key=numeric_count)  # max keeps the first of equals (list order)


class ResultsView(RecordView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._series: tuple[ResultSeries, ...] = ()
        self._periods: tuple[TreatmentPeriod, ...] = ()
        self._charts: dict[str, ChartData] = {}
        self._current: ResultSeries | None = None
        self._current_data: ChartData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(4), grid(3), grid(4), grid(3))
        layout.setSpacing(grid(2))
        self.title, self.hint = self.add_heading(layout)

        self.stack = QStackedWidget(self)
        self.empty = EmptyPage("chart-line", self.stack)
        self.empty.button.clicked.connect(self.import_requested)
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([1000, 3000])  # a quarter for the list, within its limits
        self.stack.addWidget(self.splitter)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()

    def _build_list(self) -> QWidget:
        side = QWidget(self)
        side.setMinimumWidth(text_width(30))
        side.setMaximumWidth(text_width(48))
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, grid(2), 0)
        layout.setSpacing(grid(1))
        self.search = QLineEdit(side)
        self.search.setObjectName("resultsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        layout.addWidget(self.search)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.model = AnalyteListModel(self)
        self.proxy = AnalyteFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(side)
        self.list.setObjectName("analyteList")
        make_boxed(self.list)
        self.list.setModel(self.proxy)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        layout.addWidget(self.list, 1)
        self.no_match = Label(TextRole.BODY, side, secondary=True)
        self.no_match.hide()
        layout.addWidget(self.no_match)
        self.setTabOrder(self.search, self.list)
        return side

    def _build_detail(self) -> QWidget:
        detail = QWidget(self)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(grid(2), 0, 0, 0)
        layout.setSpacing(grid(1))
        self.name = Label(TextRole.SECTION, detail, selectable=True)
        self.name.setObjectName("resultName")
        layout.addWidget(self.name)
        self.summary = Label(TextRole.BODY, detail, secondary=True, selectable=True)
        layout.addWidget(self.summary)
        self.chips = SourceChips(detail)
        layout.addWidget(self.chips)
        self.notes = Label(TextRole.BODY, detail)
        self.notes.setObjectName("resultNotes")
        self.notes.hide()
        layout.addWidget(self.notes)
        parts = QSplitter(Qt.Orientation.Vertical, detail)
        parts.setChildrenCollapsible(False)
        self.chart_stack = QStackedWidget(parts)
        chart_page = QWidget(self.chart_stack)
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(grid(0.5))
        self.chart = ResultsChart(chart_page)
        self.chart.drawn.connect(self._update_legend)
        self.chart.setMinimumHeight(grid(24))
        chart_layout.addWidget(self.chart, 1)
        self.legend = Label(TextRole.CAPTION, chart_page)
        self.legend.setObjectName("chartLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        chart_layout.addWidget(self.legend)
        self.marked = Label(TextRole.CAPTION, chart_page, secondary=True, selectable=True)
        self.marked.setObjectName("chartMarked")
        chart_layout.addWidget(self.marked)
        self.chart_stack.addWidget(chart_page)
        self.no_chart = Label(TextRole.BODY, self.chart_stack, secondary=True)
        self.no_chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_stack.addWidget(self.no_chart)
        parts.addWidget(self.chart_stack)
        self.table_model = ResultTableModel(self)
        self.table = QTableView(parts)
        self.table.setObjectName("resultTable")
        self.table.setProperty("recordTable", True)  # looks like the Treatments tables
        self.table.setProperty("marksChart", True)  # its chosen row is the one circled
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(grid(14))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        parts.addWidget(self.table)
        self.link = ChartTableLink(self.table, self.table_model, self.chart, self.marked)
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 2)
        parts.setSizes([3000, 2000])
        layout.addWidget(parts, 1)
        return detail

    # -- filling ----------------------------------------------------------------------------------
    def populate(self, data: RecordViewData) -> None:
        keep = self._current.id if self._current is not None else None
        self._series = data.record.results
        self._periods = treatment_periods(data.record)
        self._charts = {}
        self.model.set_series(self._series)
        if not self._series:
            self._show(None)
            self.stack.setCurrentIndex(EMPTY)
            return
        self.stack.setCurrentIndex(CONTENT)
        chosen = next((s for s in self._series if s.id == keep), None) if keep else None
        self.select_series(chosen or default_series(self._series))
        self._update_no_match()

    def clear_view(self) -> None:
        self._series, self._periods, self._charts = (), (), {}
        self.model.set_series(())
        self.search.clear()
        self._show(None)
        self.stack.setCurrentIndex(EMPTY)

    def select_series(self, series: ResultSeries | None) -> None:
        """Show *series* and make it the list's current row (when the search shows it)."""
        row = self.model.row_of(series.id) if series is not None else None
        proxy_index = self.proxy.mapFromSource(self.model.index(row)) if row is not None else None
        if proxy_index is not None and proxy_index.isValid():
            self.list.selectionModel().setCurrentIndex(
                proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(proxy_index)
        if self._current is not series:
            self._show(series)

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        if not current.isValid():
            return
        found = self.model.series_at(self.proxy.mapToSource(current).row())
        if found is not None and found is not self._current:
            self._show(found)

    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_no_match()

    def _update_no_match(self) -> None:
        words = self.search.text().strip()
        empty = bool(words) and self.proxy.rowCount() == 0
        self.no_match.setText(
            self.tr("No test matches “{words}”.").format(words=words) if empty else ""
        )
        self.no_match.setVisible(empty)

    def _chart_data(self, series: ResultSeries) -> ChartData:
        if series.id not in self._charts:
            self._charts[series.id] = chart_data(series)
        return self._charts[series.id]

    def _show(self, series: ResultSeries | None) -> None:
        self._current = series
        self._current_data = self._chart_data(series) if series is not None else None
        data = self._current_data
        self.table_model.set_series(series, data.left_out if data is not None else {})
        if series is None or data is None:
            self.chart.clear_chart()
            for label in (self.name, self.summary, self.notes, self.legend):
                label.clear()  # nothing of the record stays on screen after a lock
            self.notes.hide()
            self.chips.set_sources(())
            return
        self.chips.set_sources(series.sources)
        self._fit_columns()
        self.table.setColumnHidden(NOTE, not data.left_out)
        if data.point_count:
            self.chart.show_series(series, data, self._periods, self._legend_labels(series))
            self.chart_stack.setCurrentIndex(CHART)
        else:
            self.chart.clear_chart()
            self.chart_stack.setCurrentIndex(NO_CHART)
        self._label_series()

    def _update_legend(self) -> None:
        self.legend.setText(legend_html(self.chart.legend_entries))

    def _fit_columns(self) -> None:
        metrics = QFontMetrics(self.table.font())
        header = self.table.horizontalHeader()
        rows = min(self.table_model.rowCount(), 40)  # a sample: 5 000 rows are not measured
        for column in range(COLUMN_COUNT - 1):
            texts = [str(self.table_model.headerData(column, Qt.Orientation.Horizontal))]
            texts.extend(str(self.table_model.index(r, column).data() or "") for r in range(rows))
            width = max(metrics.horizontalAdvance(t) for t in texts) + grid(3)
            header.resizeSection(column, min(width, text_width(40 if column == RESULT else 28)))

    # -- words ------------------------------------------------------------------------------------
    def _legend_labels(self, series: ResultSeries) -> dict[str, str]:
        labels = {
            "range": self.tr("Normal range ({range})").format(
                range=range_text(series.reference_range)
            ),
            "limit": self.tr("Given as a limit (such as “< 5”)"),
        }
        for index, period in enumerate(self._periods):
            labels[f"period:{index}"] = self._period_label(period)
        return labels

    def _period_label(self, period: TreatmentPeriod) -> str:
        if period.kind != MEDICINES:
            return self.tr("Radiotherapy")
        names = list(period.names[:NAMED_AGENTS])
        agents = ", ".join(names)
        more = len(period.names) - len(names)
        if more:
            agents = self.tr("{agents} and %n more", "", more).format(agents=agents)
        return self.tr("Cancer medicines, line {number}: {agents}").format(
            number=period.number or "?", agents=agents
        )

    def _label_series(self) -> None:
        series, data = self._current, self._current_data
        if series is None or data is None:
            return
        self.name.setText(series_name(series))
        parts = []
        if series.points:
            parts.append(
                self.tr("%n result(s) from {first} to {last}", "", len(series.points)).format(
                    first=date_text(series.points[0].date), last=date_text(series.points[-1].date)
                )
            )
        if series.reference_range is not None:
            parts.append(
                self.tr("normal range {range}").format(range=range_text(series.reference_range))
            )
        if series.tumour_marker:
            parts.append(self.tr("tumour marker"))
        self.summary.setText(" · ".join(parts))
        notes = []
        if data.not_numbers:
            notes.append(
                self.tr(
                    "%n result(s) in words, not numbers: in the table only.", "", data.not_numbers
                )
            )
        if data.other_units:
            count = sum(data.other_units.values())
            notes.append(
                self.tr(
                    "%n result(s) in another unit ({units}): in the table only. "
                    "The chart shows {unit}.",
                    "",
                    count,
                ).format(units=", ".join(data.other_units), unit=data.unit or "?")
            )
        if data.undated:
            notes.append(
                self.tr("%n result(s) without a date: in the table only.", "", data.undated)
            )
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes) and data.point_count > 0)
        self.no_chart.setText(
            self.tr(
                "There is no chart for this test: its results are not numbers on a date. "
                "They are all in the table below."
            )
        )
        self.chart.setAccessibleName(self.tr("Chart of {name}").format(name=series_name(series)))
        self.table.setAccessibleName(
            self.tr("Table of {name}: the values of the chart").format(name=series_name(series))
        )

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Results"))
        self.hint.setText(
            self.tr(
                "Your test results over time. Choose a test to see its chart; the shaded bands "
                "show its normal range and your cancer treatment."
            )
        )
        self.search.setPlaceholderText(self.tr("Search tests"))
        self.search.setAccessibleName(self.tr("Search tests"))
        self.list.setAccessibleName(self.tr("Tests"))
        self.empty.set_texts(
            self.tr("No test results yet"),
            self.tr(
                "Import a summary from your centre to see your blood tests and other results here."
            ),
            self.tr("Import summary"),
        )
        self.model.retranslate()
        self.table_model.retranslate()
        self._update_no_match()
        if self._current is not None:
            self._show(self._current)
