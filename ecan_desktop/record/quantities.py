"""Quantities and observation values: UCUM units kept as the source wrote them, with the few
conversions the record needs (doses to mg, mg/m² and Gy)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.codes import UCUM, Concept, canonical_system, concept, is_absent
from ecan_desktop.record.dates import Period, fhir_date, period
from ecan_desktop.record.fhir_json import integer, number, obj, objs, text
from ecan_desktop.record.memo import content, memo

_COMPARATORS = frozenset({"<", "<=", ">=", ">", "ad"})


@dataclass(frozen=True)
class Quantity:
    value: float | None
    unit: str | None = None  # as displayed by the source ("10^9/L")
    code: str | None = None  # the UCUM code when the source gives one ("10*9/L")
    comparator: str | None = None  # "<", "<=", ">=", ">" as stated

    @property
    def unit_key(self) -> str | None:
        """The unit to compare and group by: the UCUM code, else the written unit."""
        return self.code or self.unit


def quantity(value: object) -> Quantity | None:
    found = obj(value)
    if found is None:
        return None
    amount = number(found.get("value"))
    unit = text(found.get("unit"))
    system = canonical_system(text(found.get("system")))
    code = text(found.get("code"))
    if system not in (None, UCUM):
        code = None  # not a UCUM code (e.g. a SNOMED "tablet"); the written unit still shows
    comparator = text(found.get("comparator"))
    if comparator not in _COMPARATORS:
        comparator = None
    if amount is None and unit is None and code is None:
        return None
    return Quantity(amount, unit, code, comparator)


_MASS_TO_MG = {"mg": 1.0, "g": 1000.0, "kg": 1e6, "ug": 1e-3, "mcg": 1e-3, "µg": 1e-3}
_AREA_SUFFIXES = ("/m2", "/m^2", "/m²", "/(m2)", "/m.2")
_DOSE_TO_GY = {"gy": 1.0, "cgy": 0.01, "mgy": 0.001}


def _unit(found: Quantity) -> str:
    return (found.unit_key or "").strip()


def in_mg(found: Quantity | None) -> float | None:
    """A mass in mg (from mg, g, kg, µg), else None."""
    if found is None or found.value is None:
        return None
    factor = _MASS_TO_MG.get(_unit(found))
    return found.value * factor if factor is not None else None


def in_mg_per_m2(found: Quantity | None) -> float | None:
    """A dose per body surface area in mg/m² (from mg/m², g/m², µg/m²), else None."""
    if found is None or found.value is None:
        return None
    unit = _unit(found)
    for suffix in _AREA_SUFFIXES:
        if unit.endswith(suffix):
            factor = _MASS_TO_MG.get(unit[: -len(suffix)])
            return found.value * factor if factor is not None else None
    return None


def in_gy(found: Quantity | None) -> float | None:
    """A radiation dose in Gy (from Gy, cGy, mGy), else None."""
    if found is None or found.value is None:
        return None
    factor = _DOSE_TO_GY.get(_unit(found).casefold())
    return round(found.value * factor, 6) if factor is not None else None


def is_m2(found: Quantity | None) -> bool:
    return found is not None and _unit(found) in ("m2", "m^2", "m²", "[m2]")


@dataclass(frozen=True)
class Value:
    """An observation's value, whatever its type; text stays text.

    ``kind`` is one of: quantity, concept, text, boolean, integer, range, ratio, datetime, period,
    absent (the source says why there is no value), none.
    """

    kind: str
    quantity: Quantity | None = None
    concept: Concept | None = None
    text: str | None = None
    boolean: bool | None = None
    low: Quantity | None = None
    high: Quantity | None = None
    period: Period | None = None

    @property
    def number(self) -> float | None:
        return self.quantity.value if self.quantity is not None else None


NO_VALUE = Value("none")


def value_of(element: dict[str, Any]) -> Value:
    """The ``value[x]`` of an Observation or one of its components."""
    found = _simple_value(element) or _compound_value(element)
    if found is not None:
        return found
    absent = concept(element.get("dataAbsentReason"))
    if absent is not None:
        return Value("absent", concept=absent)
    return NO_VALUE


def _simple_value(element: dict[str, Any]) -> Value | None:
    if "valueQuantity" in element:
        found = quantity(element["valueQuantity"])
        if found is not None:
            return Value("quantity", quantity=found)
    if "valueCodeableConcept" in element or "valueCoding" in element:
        found_concept = concept(element.get("valueCodeableConcept") or element.get("valueCoding"))
        if found_concept is not None:
            kind = "absent" if is_absent(found_concept) else "concept"
            return Value(kind, concept=found_concept)
    for name in ("valueString", "valueMarkdown"):
        words = text(element.get(name))
        if words is not None:
            return Value("text", text=words)
    if isinstance(element.get("valueBoolean"), bool):
        return Value("boolean", boolean=element["valueBoolean"])
    whole = integer(element.get("valueInteger"))
    if whole is not None:
        return Value("integer", quantity=Quantity(float(whole)))
    return None


def _compound_value(element: dict[str, Any]) -> Value | None:
    if "valueRange" in element:
        found_range = obj(element["valueRange"]) or {}
        low, high = quantity(found_range.get("low")), quantity(found_range.get("high"))
        if low or high:
            return Value("range", low=low, high=high)
    if "valueRatio" in element:
        ratio = obj(element["valueRatio"]) or {}
        low, high = quantity(ratio.get("numerator")), quantity(ratio.get("denominator"))
        if low or high:
            return Value("ratio", low=low, high=high)
    for name in ("valueDateTime", "valueTime"):
        moment = fhir_date(element.get(name)) or text(element.get(name))
        if moment:
            return Value("datetime", text=moment)
    found_period = period(element.get("valuePeriod"))
    if found_period is not None:
        return Value("period", period=found_period)
    return None


@dataclass(frozen=True)
class ReferenceRange:
    low: Quantity | None = None
    high: Quantity | None = None
    text: str | None = None
    type: Concept | None = None


def reference_ranges(element: dict[str, Any]) -> tuple[ReferenceRange, ...]:
    ranges = element.get("referenceRange")
    read = memo("reference_ranges")  # during a build: the same ranges recur with each value
    if read is None or ranges is None:
        return _reference_ranges(ranges)
    key = content(ranges)
    if key is None:
        return _reference_ranges(ranges)
    found: tuple[ReferenceRange, ...] | None = read.get(key)
    if found is None:
        found = read[key] = _reference_ranges(ranges)
    return found


def _reference_ranges(ranges: object) -> tuple[ReferenceRange, ...]:
    found: list[ReferenceRange] = []
    for item in objs(ranges):
        low, high = quantity(item.get("low")), quantity(item.get("high"))
        words = text(item.get("text"))
        if low or high or words:
            found.append(ReferenceRange(low, high, words, concept(item.get("type"))))
    return tuple(found)
