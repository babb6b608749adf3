"""Results in words: values with their comparator and unit ("< 5 U/mL"), reference ranges, the
high / low flag (a word and an arrow, never colour alone) and dates, in the user's locale.

Shared by the Results view's list, chart tooltips and table, so that all three say the same thing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from ecan_desktop.record.dates import day, to_date
from ecan_desktop.record.quantities import Quantity, ReferenceRange, Value
from ecan_desktop.record.results import ResultPoint
from ecan_desktop.ui.locale_format import format_fhir_date, long_date_format

HIGH, LOW, ABNORMAL = "high", "low", "abnormal"
_HIGH_CODES = frozenset({"H", "HH", "HU", ">"})
_LOW_CODES = frozenset({"L", "LL", "LU", "<"})
_ABNORMAL_CODES = frozenset({"A", "AA"})
_POWER = re.compile(r"10[\^*](\d+)")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_COMPARATOR_SIGNS = {"<=": "≤", ">=": "≥", "<": "<", ">": ">", "ad": "≥"}


def format_number(value: float, locale: QLocale | None = None) -> str:
    """*value* as the source gave it (no digits added or lost), in the locale's notation."""
    locale = locale if locale is not None else QLocale()
    if value == int(value) and abs(value) < 1e15:
        return locale.toString(int(value))
    decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
    return locale.toString(value, "f", max(1, decimals))


def unit_text(quantity: Quantity | None) -> str:
    """The unit a person reads: as written by the source, ``10^9/L`` shown as ``10⁹/L``."""
    if quantity is None:
        return ""
    unit = quantity.unit or quantity.code or ""
    if unit.startswith("{") and unit.endswith("}"):  # UCUM annotations such as {score}
        return ""
    unit = unit.replace("[", "").replace("]", "")  # UCUM's brackets: mm[Hg] is read mmHg
    return _POWER.sub(lambda m: "10" + m.group(1).translate(_SUPERSCRIPT), unit)


def comparator_sign(quantity: Quantity | None) -> str:
    if quantity is None or quantity.comparator is None:
        return ""
    return _COMPARATOR_SIGNS.get(quantity.comparator, quantity.comparator)


def number_text(quantity: Quantity | None) -> str:
    """The number with its comparator ("< 5"), without the unit."""
    if quantity is None or quantity.value is None:
        return ""
    sign = comparator_sign(quantity)
    number = format_number(quantity.value)
    return f"{sign} {number}" if sign else number


def quantity_text(quantity: Quantity | None) -> str:
    """ "< 5 U/mL", "12,5 g/dL" (locale), or the unit alone when there is no number."""
    if quantity is None:
        return ""
    return " ".join(part for part in (number_text(quantity), unit_text(quantity)) if part)


def _range_value(value: Value) -> str:
    return QCoreApplication.translate("Results", "{low} to {high}").format(
        low=quantity_text(value.low) or "…", high=quantity_text(value.high) or "…"
    )


def _period_value(value: Value) -> str:
    if value.period is None:
        return ""
    return QCoreApplication.translate("Results", "{start} to {end}").format(
        start=format_fhir_date(value.period.start) or "…",
        end=format_fhir_date(value.period.end) or "…",
    )


def _absent_value(value: Value) -> str:
    if value.concept is not None and value.concept.label:
        return QCoreApplication.translate("Results", "No value ({reason})").format(
            reason=value.concept.label
        )
    return QCoreApplication.translate("Results", "No value")


_VALUE_TEXTS = {
    "quantity": lambda v: number_text(v.quantity),
    "integer": lambda v: number_text(v.quantity),
    "concept": lambda v: (v.concept.label if v.concept is not None else None) or "",
    "text": lambda v: v.text or "",
    "datetime": lambda v: format_fhir_date(v.text) or "",
    "boolean": lambda v: (
        QCoreApplication.translate("Results", "Yes")
        if v.boolean
        else QCoreApplication.translate("Results", "No")
    ),
    "range": _range_value,
    "ratio": lambda v: f"{quantity_text(v.low)} : {quantity_text(v.high)}",
    "period": _period_value,
}


def value_text(value: Value) -> str:
    """The value of a result, whatever its kind, without the unit when it is a quantity."""
    found = _VALUE_TEXTS.get(value.kind, _absent_value)(value)
    return found or _absent_value(value)


def value_unit(value: Value) -> str:
    return unit_text(value.quantity) if value.kind == "quantity" else ""


def point_text(point: ResultPoint) -> str:
    """The value of *point* with its unit; a result made of parts (blood pressure) lists them."""
    if point.value.kind in ("none", "absent") and point.components:
        parts = [
            QCoreApplication.translate("Results", "{name}: {value}").format(
                name=(c.code.label if c.code is not None else None)
                or QCoreApplication.translate("Results", "Part"),
                value=" ".join(p for p in (value_text(c.value), value_unit(c.value)) if p),
            )
            for c in point.components
        ]
        return "; ".join(parts)
    return " ".join(part for part in (value_text(point.value), value_unit(point.value)) if part)


def range_text(found: ReferenceRange | None) -> str:
    """ "12 to 15,5 g/dL", "below 30 U/mL", "above 4 10⁹/L", or the source's words."""
    if found is None:
        return ""
    low = found.low if found.low is not None and found.low.value is not None else None
    high = found.high if found.high is not None and found.high.value is not None else None
    unit = unit_text(high or low)
    if low is not None and high is not None:
        text = QCoreApplication.translate("Results", "{low} to {high}").format(
            low=number_text(low), high=number_text(high)
        )
        return f"{text} {unit}".strip()
    if high is not None:
        return QCoreApplication.translate("Results", "below {value}").format(
            value=quantity_text(high)
        )
    if low is not None:
        return QCoreApplication.translate("Results", "above {value}").format(
            value=quantity_text(low)
        )
    return found.text or ""


def _interpreted(point: ResultPoint) -> str | None:
    """The flag the source gave (HL7 interpretation codes); "" when it says normal."""
    for found in point.interpretation:
        codes = {c.code for c in found.codes if c.code}
        if codes & _HIGH_CODES:
            return HIGH
        if codes & _LOW_CODES:
            return LOW
        if codes & _ABNORMAL_CODES:
            return ABNORMAL
        if "N" in codes:
            return ""
    return None


def flag_of(point: ResultPoint, fallback: ReferenceRange | None = None) -> str | None:
    """high | low | abnormal, from the source's interpretation, else from the reference range."""
    stated = _interpreted(point)
    if stated is not None:
        return stated or None
    quantity = point.value.quantity if point.value.kind == "quantity" else None
    ranges = point.reference_ranges or ((fallback,) if fallback is not None else ())
    if quantity is None or quantity.value is None or not ranges:
        return None
    found = ranges[0]
    bound = found.high or found.low
    if quantity.unit_key and bound is not None and bound.unit_key not in (None, quantity.unit_key):
        return None  # another unit: not comparable without a conversion
    high = found.high.value if found.high is not None else None
    low = found.low.value if found.low is not None else None
    if high is not None and quantity.value > high and quantity.comparator not in ("<", "<="):
        return HIGH
    if low is not None and quantity.value < low and quantity.comparator not in (">", ">="):
        return LOW
    return None


def flag_text(flag: str | None) -> str:
    """The flag as an arrow and a word: it reads without colour, and aloud."""
    if flag == HIGH:
        return QCoreApplication.translate("Results", "↑ High")
    if flag == LOW:
        return QCoreApplication.translate("Results", "↓ Low")
    if flag == ABNORMAL:
        return QCoreApplication.translate("Results", "! Outside the normal range")
    return ""


def date_text(value: str | None) -> str:
    return format_fhir_date(day(value)) or QCoreApplication.translate("Results", "Date not given")


def medium_date_text(value: str | None) -> str:
    """A date with the month's short name in the locale's order ("Nov 16, 2026", "16. Nov.
    2026"); partial dates as :func:`date_text`."""
    found = day(value)
    if not found or len(found) < 10:
        return date_text(value)
    moment = QDate.fromString(found, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return date_text(value)
    locale = QLocale()
    return locale.toString(moment, long_date_format(locale).replace("MMMM", "MMM"))


def epoch_ms(value: str | None) -> float | None:
    """Milliseconds since 1970 (UTC) of a FHIR date or date-time, for the chart's time axis."""
    if not value:
        return None
    if len(value) > 10:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            return moment.timestamp() * 1000.0
    found = to_date(value)
    if found is None:
        return None
    return datetime(found.year, found.month, found.day, 12, tzinfo=UTC).timestamp() * 1000.0
