"""What of a result series can be drawn: the numbers in the series' main unit, by date.

A chart needs numbers in one unit on a date. Results given in words ("positive"), in another unit
than most of the series, or without a date stay in the table, and the view says how many. A
result made of parts (blood pressure: systolic and diastolic) gives one line per part.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ecan_desktop.record.quantities import Quantity
from ecan_desktop.record.results import ResultPoint, ResultSeries
from ecan_desktop.ui.views.result_values import epoch_ms, unit_text

WORDS, OTHER_UNIT, NO_DATE = "words", "unit", "date"
MAX_PARTS = 4  # lines drawn for a result made of parts; more stay in the table


@dataclass
class ChartTrace:
    name: str | None  # None: the series itself; else the part's name ("Systolic blood pressure")
    xs: list[float] = field(default_factory=list)  # ms since 1970, oldest first
    ys: list[float] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # index of each point in series.points
    limits: list[bool] = field(default_factory=list)  # given as a limit ("< 5")


@dataclass
class ChartData:
    traces: list[ChartTrace]
    unit_key: str | None  # the unit drawn (UCUM code or written unit)
    unit: str  # as a person reads it
    not_numbers: int  # results in words (or without a value)
    other_units: dict[str, int]  # unit as read -> results left out for it
    undated: int
    left_out: dict[int, str]  # row in series.points -> WORDS | OTHER_UNIT | NO_DATE

    @property
    def point_count(self) -> int:
        return sum(len(t.xs) for t in self.traces)

    @property
    def rows_drawn(self) -> set[int]:
        return {row for t in self.traces for row in t.rows}


def _parts(point: ResultPoint) -> list[tuple[str | None, Quantity]]:
    """The numbers of a result made of parts (blood pressure), by part."""
    if point.value.kind not in ("none", "absent"):
        return []
    return [
        ((c.code.label if c.code is not None else None) or "?", c.value.quantity)
        for c in point.components
        if c.value.number is not None and c.value.quantity is not None
    ]


def _main_unit(series: ResultSeries) -> str | None:
    if series.unit:
        return series.unit
    units = Counter(
        q.unit_key for p in series.points if p.components for _, q in _parts(p) if q.unit_key
    )
    return units.most_common(1)[0][0] if units else None


def chart_data(series: ResultSeries) -> ChartData:
    # Few objects per result: with 20 000 results in memory, each allocation counts.
    unit_key = _main_unit(series)
    data = ChartData([], unit_key, "", 0, {}, 0, {})
    traces: dict[str | None, ChartTrace] = {}
    shown_unit: Quantity | None = None
    other: Counter[str] = Counter()
    for row, point in enumerate(series.points):
        quantity = point.value.quantity
        single = quantity is not None and quantity.value is not None
        found = [(None, quantity)] if single and point.components else None
        if not single:
            found = _parts(point) if point.components else []
            if not found:
                data.not_numbers += 1
                data.left_out[row] = WORDS
                continue
        x = epoch_ms(point.date)
        if x is None:
            data.undated += 1
            data.left_out[row] = NO_DATE
            continue
        if found is None:  # the usual case: one number
            assert quantity is not None
            found = [(None, quantity)]
        kept = [(n, q) for n, q in found if not unit_key or q.unit_key in (None, unit_key)]
        if len(kept) < len(found):
            other[unit_text(found[0][1]) or found[0][1].unit_key or "?"] += 1
            if not kept:
                data.left_out[row] = OTHER_UNIT
        for name, value in kept:
            trace = traces.get(name)
            if trace is None:
                if len(traces) >= MAX_PARTS:
                    continue
                trace = traces[name] = ChartTrace(name)
            assert value.value is not None
            trace.xs.append(x)
            trace.ys.append(value.value)
            trace.rows.append(row)
            trace.limits.append(value.comparator is not None)
            shown_unit = shown_unit or value
    data.traces = sorted(traces.values(), key=lambda t: t.name is not None)
    for trace in data.traces:
        if any(b < a for a, b in zip(trace.xs, trace.xs[1:], strict=False)):
            _sort_by_date(trace)  # a date and a date-time of the same day can cross
    data.unit = unit_text(shown_unit) if shown_unit is not None else ""
    data.other_units = dict(other)
    return data


def _sort_by_date(trace: ChartTrace) -> None:
    order = sorted(range(len(trace.xs)), key=trace.xs.__getitem__)
    trace.xs = [trace.xs[i] for i in order]
    trace.ys = [trace.ys[i] for i in order]
    trace.rows = [trace.rows[i] for i in order]
    trace.limits = [trace.limits[i] for i in order]


def numeric_count(series: ResultSeries) -> int:
    """How many results of *series* are numbers (to choose the series shown first)."""
    return sum(1 for p in series.points if p.value.number is not None or p.components)
