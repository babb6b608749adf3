"""The Results chart (QtCharts): one test over time, its normal range as a shaded band, and the
treatment periods as light vertical bands named in the legend, so a dip after chemotherapy shows.

Points show their value, unit, date and source on hover; results given as a limit ("< 5") get
their own marker shape. The result chosen in the table is ringed (:meth:`mark_row`); clicking a
point emits :attr:`point_chosen`, so the table can choose its row. Colours come from the app's
theme and follow it (light, dark, high contrast); dates on the axis follow the locale. No
animation: a series of 5 000 results is drawn in one ``replace`` call.
"""

from __future__ import annotations

import bisect
from datetime import UTC, datetime
from typing import NamedTuple

from PySide6.QtCharts import (
    QAbstractSeries,
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from ecan_desktop.record.quantities import ReferenceRange
from ecan_desktop.record.results import ResultSeries
from ecan_desktop.ui.theme import Colors
from ecan_desktop.ui.typography import TextRole, grid, role_font
from ecan_desktop.ui.views.result_chart_data import ChartData, ChartTrace
from ecan_desktop.ui.views.result_periods import MEDICINES, TreatmentPeriod
from ecan_desktop.ui.views.result_values import date_text, epoch_ms, point_text
from ecan_desktop.ui.views.results_chart_colours import (
    PART_COLOURS,
    PART_COLOURS_DARK,
    band_colour,
    mark_colour,
    solid,
    theme_colours,
)
from ecan_desktop.ui.views.source_chips import sources_sentence

DAY_MS = 86_400_000.0
MARKERS_UP_TO = 400  # more points than this: the line alone (thousands of markers blur)


class Band(NamedTuple):
    low: float
    high: float


class LegendEntry(NamedTuple):
    symbol: str  # a shape as well as a colour: "■" a band, "▨" a hatched band, "●" values
    colour: QColor  # opaque, as the symbol is drawn
    text: str


def _ms_of_today() -> float:
    return datetime.now(UTC).timestamp() * 1000.0


class ResultsChart(QChartView):
    """Call :meth:`show_series`; :attr:`value_series`, :attr:`range_band` and
    :attr:`treatment_bands` are what is drawn (the tests read them). :attr:`drawn` is emitted
    after each drawing, also when the theme changes: the legend beside it follows.
    :attr:`point_chosen` gives the index in ``series.points`` of a point clicked."""

    drawn = Signal()
    point_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it is the keyboard twin
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(grid(1), grid(1), grid(1), grid(1)))
        chart.legend().hide()  # the view shows a legend that wraps and screen readers read
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.setChart(chart)
        self._chart = chart
        self.value_series: list[QLineSeries] = []
        self.marker_series: list[QScatterSeries] = []
        self.limit_series: QScatterSeries | None = None
        self.mark_series: QScatterSeries | None = None  # the ring around the chosen result
        self.marked_row: int | None = None
        self.range_band: QAreaSeries | None = None
        self.range_values: Band | None = None
        self.treatment_bands: list[QAreaSeries] = []
        self.legend_entries: list[LegendEntry] = []
        self.traces: list[ChartTrace] = []  # the data drawn, line by line
        self._shown: tuple[ResultSeries, ChartData, tuple[TreatmentPeriod, ...]] | None = None
        self._redraw_pending = False
        self._labels: dict[str, str] = {}
        self.apply_colours()

    # -- drawing ----------------------------------------------------------------------------------
    def clear_chart(self) -> None:
        self._chart.removeAllSeries()  # deletes them
        self.value_series, self.marker_series, self.treatment_bands = [], [], []
        self.legend_entries = []
        self.traces = []
        self.limit_series = self.range_band = None
        self.mark_series = None
        self.marked_row = None
        self.range_values = None
        self._shown = None

    def show_series(
        self,
        series: ResultSeries,
        data: ChartData,
        periods: tuple[TreatmentPeriod, ...],
        labels: dict[str, str],
    ) -> None:
        """Draw *data* (from *series*) with *periods* shaded; *labels* holds the translated
        legend texts ("range", "limit", and one per period: "period:<index>")."""
        self.clear_chart()
        self._shown = (series, data, periods)
        self.traces = list(data.traces)
        self._labels = labels
        colours = theme_colours()
        xs = [x for t in data.traces for x in t.xs]
        ys = [y for t in data.traces for y in t.ys]
        if not xs:
            return
        band = self._range_band(series.reference_range, data)
        x_min, x_max = self._x_range(min(xs), max(xs))
        y_min, y_max = self._y_range(ys, band)
        for index, period in enumerate(periods):
            self._add_period(index, period, (x_min, x_max), (y_min, y_max), colours)
        if band is not None:
            self._add_range_band(band, (x_min, x_max), (y_min, y_max), colours)
        self._add_mark_series(colours)  # before the points: they stay on top, and clickable
        limit_points: list[QPointF] = []
        for index, trace in enumerate(data.traces):
            self._add_trace(index, trace, series, data, colours)
            limit_points.extend(
                QPointF(x, y)
                for x, y, limit in zip(trace.xs, trace.ys, trace.limits, strict=True)
                if limit
            )
        if limit_points:
            limits = QScatterSeries()
            limits.setName(labels.get("limit", ""))
            limits.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
            limits.setMarkerSize(grid(2))
            limits.setColor(QColor(colours.text))
            limits.setBorderColor(QColor(colours.base))
            limits.replace(limit_points)
            self._attach(limits)
            limits.clicked.connect(self._choose_limit)
            self.limit_series = limits
            self.legend_entries.append(LegendEntry("▲", QColor(colours.text), limits.name()))
        self._set_axes(x_min, x_max, y_min, y_max, data.unit)
        # The values first, then the normal range, then the treatments (drawn the other way).
        entries = self.legend_entries
        periods = len(self.treatment_bands)
        bands = periods + (1 if self.range_band is not None else 0)
        self.legend_entries = entries[bands:] + entries[periods:bands] + entries[:periods]
        self.drawn.emit()

    def _attach(self, series: QAbstractSeries) -> None:
        self._chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

    def _add_trace(
        self, index: int, trace: ChartTrace, series: ResultSeries, data: ChartData, c: Colors
    ) -> None:
        palette = PART_COLOURS_DARK if c.dark else PART_COLOURS
        colour = QColor(c.link if index == 0 else palette[(index - 1) % len(palette)])
        points = [QPointF(x, y) for x, y in zip(trace.xs, trace.ys, strict=True)]
        line = QLineSeries()
        line.setName(trace.name or series.name or "")
        line.setPen(QPen(colour, max(2, grid(0.25))))
        line.replace(points)
        self._attach(line)
        self.legend_entries.append(LegendEntry("●", colour, line.name()))
        line.hovered.connect(lambda point, state, t=trace: self._hover(t, point, state))
        line.clicked.connect(lambda point, t=trace: self.choose_point(t, point))
        self.value_series.append(line)
        if len(points) <= MARKERS_UP_TO:
            dots = QScatterSeries()
            dots.setMarkerSize(grid(1.25))
            dots.setColor(colour)
            dots.setBorderColor(QColor(c.base))
            dots.replace(points)
            self._attach(dots)
            dots.hovered.connect(lambda point, state, t=trace: self._hover(t, point, state))
            dots.clicked.connect(lambda point, t=trace: self.choose_point(t, point))
            for marker in self._chart.legend().markers(dots):
                marker.setVisible(False)
            self.marker_series.append(dots)
        del data

    def _add_mark_series(self, c: Colors) -> None:
        ring = QScatterSeries()
        ring.setMarkerSize(grid(2.75))
        ring.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        ring.setPen(QPen(mark_colour(c), max(3, grid(0.375))))
        self._attach(ring)
        ring.hovered.connect(self._hover_mark)
        self.mark_series = ring

    def _area(self, x: tuple[float, float], y: tuple[float, float]) -> QAreaSeries:
        upper, lower = QLineSeries(), QLineSeries()
        upper.replace([QPointF(x[0], y[1]), QPointF(x[1], y[1])])
        lower.replace([QPointF(x[0], y[0]), QPointF(x[1], y[0])])
        area = QAreaSeries(upper, lower)
        upper.setParent(area)
        lower.setParent(area)
        return area

    def _add_range_band(
        self, band: Band, x: tuple[float, float], y: tuple[float, float], c: Colors
    ) -> None:
        area = self._area(x, (max(band.low, y[0]), min(band.high, y[1])))
        colour = band_colour("range", c)
        area.setBrush(QBrush(colour))
        edge = QColor(colour)
        edge.setAlphaF(min(1.0, colour.alphaF() * 3))
        area.setPen(QPen(edge, 1, Qt.PenStyle.DashLine))
        area.setName(self._labels.get("range", ""))
        self._attach(area)
        self.range_band = area
        self.range_values = band
        self.legend_entries.append(LegendEntry("■", solid(colour, c.base), area.name()))

    def _add_period(
        self,
        index: int,
        period: TreatmentPeriod,
        x: tuple[float, float],
        y: tuple[float, float],
        c: Colors,
    ) -> None:
        start = epoch_ms(period.start)
        if start is None:
            return
        end = epoch_ms(period.end) if period.end else None
        if end is None:
            end = _ms_of_today() if period.ongoing else start + DAY_MS
        end = max(end, start + (x[1] - x[0]) / 200)  # a one-day course stays visible
        left, right = max(start, x[0]), min(end, x[1])
        if right <= left:
            return
        area = self._area((left, right), y)
        colour = band_colour(period.kind, c)
        hatched = period.kind == MEDICINES and not (period.number or 1) % 2
        if hatched:  # lines next to each other differ in pattern, not only in colour
            colour.setAlphaF(min(1.0, colour.alphaF() * 3))
            area.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        else:
            area.setBrush(QBrush(colour))
        area.setPen(QPen(Qt.PenStyle.NoPen))
        area.setName(self._labels.get(f"period:{index}", ""))
        self._attach(area)
        self.treatment_bands.append(area)
        symbol = "▨" if hatched else "■"
        shown = band_colour(period.kind, c)
        self.legend_entries.append(LegendEntry(symbol, solid(shown, c.base), area.name()))

    @staticmethod
    def _range_band(found: ReferenceRange | None, data: ChartData) -> Band | None:
        if found is None:
            return None
        low = found.low.value if found.low is not None else None
        high = found.high.value if found.high is not None else None
        if low is None and high is None:
            return None
        unit = (found.high or found.low).unit_key if (found.high or found.low) else None
        if unit and data.unit_key and unit != data.unit_key:
            return None  # a range in another unit would be drawn at the wrong height
        return Band(
            low if low is not None else float("-inf"),
            high if high is not None else float("inf"),
        )

    @staticmethod
    def _x_range(first: float, last: float) -> tuple[float, float]:
        span = last - first
        if span < DAY_MS:
            return first - 15 * DAY_MS, last + 15 * DAY_MS
        return first - span * 0.04, last + span * 0.04

    def _y_range(self, ys: list[float], band: Band | None) -> tuple[float, float]:
        values = list(ys)
        if band is not None:
            values.extend(v for v in band if v not in (float("inf"), float("-inf")))
        low, high = min(values), max(values)
        pad = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
        y_min = low - pad
        if low >= 0 > y_min:
            y_min = 0.0
        self.y_axis.setRange(y_min, high + pad)
        self.y_axis.applyNiceNumbers()
        return self.y_axis.min(), self.y_axis.max()

    def _set_axes(self, x_min: float, x_max: float, y_min: float, y_max: float, unit: str) -> None:
        locale = QLocale()
        self._chart.setLocale(locale)
        self._chart.setLocalizeNumbers(True)
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(round(x_min)), QDateTime.fromMSecsSinceEpoch(round(x_max))
        )
        short = (x_max - x_min) < 150 * DAY_MS
        self.x_axis.setFormat(
            locale.dateFormat(QLocale.FormatType.ShortFormat) if short else "MMM yyyy"
        )
        self.y_axis.setRange(y_min, y_max)
        self.y_axis.setTitleText(unit)
        self._update_ticks()

    def _update_ticks(self) -> None:
        self.x_axis.setTickCount(max(3, min(8, self.width() // max(1, grid(16)))))

    # -- the chosen result -----------------------------------------------------------------------
    def mark_row(self, row: int | None) -> bool:
        """Ring the result ``series.points[row]`` (each of its parts); False when it is not drawn
        (words, another unit, no date) or *row* is None: then nothing is ringed."""
        self.marked_row = row
        found = [] if row is None else self._positions(row)
        if self.mark_series is not None:
            self.mark_series.replace([QPointF(t.xs[i], t.ys[i]) for t, i in found])
        return bool(found)

    def _positions(self, row: int) -> list[tuple[ChartTrace, int]]:
        return [(t, i) for t in self.traces for i, r in enumerate(t.rows) if r == row]

    def choose_point(self, trace: ChartTrace, point: QPointF) -> None:
        """A point of *trace* was clicked (a marker, or the line near it): say which result."""
        nearest = self._nearest(trace, point)
        if nearest is not None:
            self.point_chosen.emit(trace.rows[nearest])

    def _choose_limit(self, point: QPointF) -> None:
        for trace in self.traces:
            i = self._nearest(trace, point)
            if i is not None and (trace.xs[i], trace.ys[i]) == (point.x(), point.y()):
                self.point_chosen.emit(trace.rows[i])
                return

    def _hover_mark(self, point: QPointF, state: bool) -> None:
        found = self._positions(self.marked_row) if self.marked_row is not None else []
        if found:
            self._hover(found[0][0], point, state)

    @staticmethod
    def _nearest(trace: ChartTrace, point: QPointF) -> int | None:
        """The point of *trace* nearest to *point* in date, then (results of one day) in value."""
        if not trace.xs:
            return None
        x, y = point.x(), point.y()
        first = max(0, bisect.bisect_left(trace.xs, x) - 1)
        last = min(len(trace.xs), bisect.bisect_right(trace.xs, x) + 1)
        return min(range(first, last), key=lambda i: (abs(trace.xs[i] - x), abs(trace.ys[i] - y)))

    # -- hover ------------------------------------------------------------------------------------
    def tooltip_text(self, trace: ChartTrace, position: int) -> str:
        if self._shown is None:
            return ""
        series = self._shown[0]
        point = series.points[trace.rows[position]]
        lines = [point_text(point), date_text(point.date), sources_sentence(point.sources)]
        if trace.name:
            lines.insert(0, trace.name)
        return "\n".join(line for line in lines if line)

    def _hover(self, trace: ChartTrace, point: QPointF, state: bool) -> None:
        nearest = self._nearest(trace, point) if state else None
        if nearest is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.tooltip_text(trace, nearest), self)

    # -- theme ------------------------------------------------------------------------------------
    def apply_colours(self) -> None:
        c = theme_colours()
        chart = self._chart
        chart.setBackgroundBrush(QBrush(QColor(c.base)))
        chart.setPlotAreaBackgroundVisible(False)
        chart.legend().setLabelColor(QColor(c.text))
        chart.legend().setFont(role_font(TextRole.CAPTION))
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsBrush(QBrush(QColor(c.text)))
            axis.setLabelsFont(role_font(TextRole.CAPTION))
            axis.setTitleBrush(QBrush(QColor(c.text)))
            axis.setTitleFont(role_font(TextRole.CAPTION))
            axis.setGridLineColor(QColor(c.card_border))
            axis.setLinePenColor(QColor(c.field_border))
        self.setBackgroundBrush(QBrush(QColor(c.base)))
        if self._shown is not None and not self._redraw_pending:
            # Drawn again once the theme (or text size) has reached every widget: the app sends
            # the change to all widgets in one loop, and the chart's items are not replaced
            # in the middle of it.
            self._redraw_pending = True
            QTimer.singleShot(0, self, self._redraw)

    def _redraw(self) -> None:
        self._redraw_pending = False
        if self._shown is not None:
            marked = self.marked_row
            self.show_series(*self._shown, self._labels)
            self.mark_row(marked)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_colours()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.apply_colours()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_ticks()

    # -- what is drawn (tests, the table twin) ----------------------------------------------------
    @staticmethod
    def points_of(series: QXYSeries) -> list[tuple[float, float]]:
        return [(p.x(), p.y()) for p in series.points()]
