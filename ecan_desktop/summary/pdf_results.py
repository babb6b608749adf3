"""Recent results: a table with the latest value of each test, the one before and the reference
range (UCUM units), and small trend lines for the key markers (serum tumour markers, blood
counts, kidney function), each with its reference range shaded."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, PolyLine, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from ecan_desktop.record.codes import LOINC
from ecan_desktop.record.dates import day, to_date
from ecan_desktop.record.quantities import Value
from ecan_desktop.record.results import ResultPoint, ResultSeries
from ecan_desktop.summary.labels import (
    Labels,
    Words,
    coded_view,
    fmt_number,
    fmt_quantity,
    fmt_range,
    unit_of,
)
from ecan_desktop.summary.pdf_blocks import (
    NONE,
    bi,
    coded,
    heading,
    small,
    table,
    table_style,
    words,
)
from ecan_desktop.summary.pdf_style import ACCENT, BAND, FAINT, INK, REGULAR, Styles, esc
from ecan_desktop.summary.select import SummaryContent

# Blood counts and kidney function: what chemotherapy follow-up watches (LOINC).
KEY_CODES = ("751-8", "6690-2", "718-7", "777-3", "2160-0", "33762-6", "10230-1")
MAX_TRENDS = 6
SPARK_WIDTH: float = 52 * mm
SPARK_HEIGHT: float = 15 * mm


def value_text(value: Value, language: str | None) -> str:
    if value.kind in ("quantity", "integer") and value.quantity is not None:
        return esc(fmt_quantity(value.quantity))
    if value.kind == "concept" and value.concept is not None:
        return esc(value.concept.label or "")
    if value.kind == "text" and value.text:
        return words(Words(value.text, language))
    if value.kind == "boolean" and value.boolean is not None:
        return esc(str(value.boolean).lower())
    if value.kind in ("range", "ratio"):
        sep = "\u2013" if value.kind == "range" else " / "
        return esc(f"{fmt_quantity(value.low)}{sep}{fmt_quantity(value.high)}")
    if value.kind == "datetime" and value.text:
        return esc(day(value.text) or value.text)
    if value.kind == "absent" and value.concept is not None:
        return small(esc(value.concept.label or ""), 7)
    return NONE


def _point_cell(point: ResultPoint | None, content: SummaryContent) -> str:
    if point is None:
        return ""
    language = content.data.language_of(point.row_ids)
    text = value_text(point.value, language)
    if point.value.kind == "none" and point.components:
        # a panel (blood pressure): its components' values, in their order
        numbers = [c.value.quantity for c in point.components if c.value.quantity is not None]
        units = {unit_of(q) for q in numbers}
        if numbers and len(units) == 1:
            text = esc("/".join(fmt_number(q.value) for q in numbers) + f" {units.pop()}")
        elif numbers:
            text = esc(" / ".join(fmt_quantity(q) for q in numbers))
    flags = [c.codes[0].code for c in point.interpretation if c.codes and c.codes[0].code]
    flag = f" <b>{esc(flags[0])}</b>" if flags and flags[0] not in ("N",) else ""
    return f"<b>{text}</b>{flag}<br/>{small(esc(day(point.date) or ''), 6.6)}"


def _numeric(series: ResultSeries) -> list[tuple[float, float]]:
    found = []
    for point in series.points:
        moment = to_date(point.date)
        number = point.value.number
        if moment is not None and number is not None:
            found.append((float(moment.toordinal()), number))
    return found


def key_series(content: SummaryContent) -> list[ResultSeries]:
    """The series worth a trend line: tumour markers first, then blood counts and creatinine,
    each with at least three numeric values."""
    series = [s for s in content.items("results") if len(_numeric(s)) >= 3]

    def rank(s: ResultSeries) -> tuple[int, int]:
        loinc = s.code.code(LOINC) if s.code else None
        code = loinc.code if loinc else None
        if s.tumour_marker:
            return 0, 0
        if code in KEY_CODES:
            return 1, KEY_CODES.index(code)
        return 9, 0

    return [s for s in sorted(series, key=rank) if rank(s)[0] < 9][:MAX_TRENDS]


def sparkline(series: ResultSeries) -> Drawing:
    points = _numeric(series)
    drawing = Drawing(SPARK_WIDTH, SPARK_HEIGHT, initialFontName=REGULAR, initialFontSize=6)
    x0, x1 = points[0][0], points[-1][0]
    values = [v for _, v in points]
    low = high = None
    if series.reference_range is not None:
        low = series.reference_range.low.value if series.reference_range.low else None
        high = series.reference_range.high.value if series.reference_range.high else None
    bottom = min([*values, *(v for v in (low,) if v is not None)])
    top = max([*values, *(v for v in (high,) if v is not None)])
    if top == bottom:
        top, bottom = top + 1, bottom - 1
    pad_x, pad_y = 2.0, 3.0
    span_x = (x1 - x0) or 1.0

    def x(day_number: float) -> float:
        return pad_x + (day_number - x0) / span_x * (SPARK_WIDTH - 2 * pad_x - 14)

    def y(value: float) -> float:
        return pad_y + (value - bottom) / (top - bottom) * (SPARK_HEIGHT - 2 * pad_y)

    if low is not None or high is not None:
        band_low = y(low if low is not None else bottom)
        band_high = y(high if high is not None else top)
        drawing.add(
            Rect(
                pad_x,
                band_low,
                SPARK_WIDTH - 2 * pad_x - 14,
                band_high - band_low,
                fillColor=BAND,
                strokeColor=None,
            )
        )
    coords: list[float] = []
    for day_number, value in points:
        coords.extend((x(day_number), y(value)))
    drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=0.9))
    last_x, last_y = coords[-2], coords[-1]
    drawing.add(Circle(last_x, last_y, 1.3, fillColor=INK, strokeColor=None))
    drawing.add(
        String(
            last_x + 2.5,
            last_y - 2,
            fmt_number(points[-1][1]),
            fontName=REGULAR,
            fontSize=6,
            fillColor=INK,
        )
    )
    drawing.add(
        String(pad_x, 0, fmt_number(bottom), fontName=REGULAR, fontSize=4.6, fillColor=FAINT)
    )
    return drawing


def _series_name(labels: Labels, content: SummaryContent, series: ResultSeries) -> str:
    language = content.data.language_of(series.points[-1].row_ids if series.points else ())
    view = coded_view(labels, series.code, language, systems=(LOINC,))
    return coded(view)


def _trends(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    chosen = key_series(content)
    if not chosen:
        return []
    cells = []
    for series in chosen:
        points = _numeric(series)
        first = day(series.points[0].date) or ""
        last = day(series.points[-1].date) or ""
        unit = unit_of(series.points[-1].value.quantity) or series.unit or ""
        caption = (
            _series_name(labels, content, series).split("<br/>")[0]
            + f" {small(esc(unit), 6.6)}<br/>"
            + small(f"{esc(first)} \u2013 {esc(last)} · n = {len(points)}", 6.2)
        )
        cells.append([Paragraph(caption, styles.cell), sparkline(series)])
    columns = 2
    grid_rows = []
    for start in range(0, len(cells), columns):
        row: list[object] = []
        for cell in cells[start : start + columns]:
            row.extend(cell)
        while len(row) < columns * 2:
            row.append("")
        grid_rows.append(row)
    part = width / columns
    grid = Table(grid_rows, colWidths=[part - SPARK_WIDTH, SPARK_WIDTH] * columns, hAlign="LEFT")
    grid.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    note = Paragraph(bi(labels("results.trend_note"), second_size=6), styles.note)
    return [heading(labels("sub.trends"), styles, level=2), grid, note]


def results(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    if not content.on("results") or not content.items("results"):
        return []
    rows = []
    for series in content.items("results"):
        latest = series.points[-1] if series.points else None
        previous = series.points[-2] if len(series.points) > 1 else None
        rows.append(
            [
                _series_name(labels, content, series),
                _point_cell(latest, content),
                _point_cell(previous, content),
                esc(fmt_range(series.reference_range)),
                esc(str(len(series.points))),
            ]
        )
    header = [
        labels("col.test"),
        labels("col.latest"),
        labels("col.previous"),
        labels("col.reference_range"),
        labels("col.count"),
    ]
    found: list[Flowable] = [
        heading(labels("section.results"), styles),
        Paragraph(bi(labels("results.note"), second_size=6), styles.note),
        table(
            header,
            rows,
            [0.42 * width, 0.17 * width, 0.17 * width, 0.16 * width, 0.08 * width],
            styles,
            right=(4,),
        ),
    ]
    found += _trends(labels, content, styles, width)
    return found
