"""Dates as FHIR writes them (``2024``, ``2024-03``, ``2024-03-12``, ``2024-03-12T08:30:00+02:00``):
kept as the source's string, compared by their calendar day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ecan_desktop.record.fhir_json import obj, text

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def fhir_date(value: object) -> str | None:
    """A string that starts like a FHIR date, else None."""
    found = text(value)
    return found if found and _DATE.match(found) else None


def to_date(value: str | None) -> date | None:
    """The calendar day a FHIR date names (the first day of a partial date)."""
    if not value:
        return None
    match = _DATE.match(value)
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def day(value: str | None) -> str | None:
    """The ``YYYY[-MM[-DD]]`` part, for display and for grouping by day."""
    if not value:
        return None
    match = _DATE.match(value)
    return match.group(0) if match else None


def sort_key(value: str | None) -> str:
    """Sorts by calendar day; a missing date sorts last."""
    return day(value) or "9999"


def days_between(earlier: str | None, later: str | None) -> int | None:
    first, second = to_date(earlier), to_date(later)
    if first is None or second is None:
        return None
    return (second - first).days


@dataclass(frozen=True)
class Period:
    start: str | None = None
    end: str | None = None

    @property
    def first(self) -> str | None:
        return self.start or self.end


def period(value: object) -> Period | None:
    found = obj(value)
    if found is None:
        return None
    start, end = fhir_date(found.get("start")), fhir_date(found.get("end"))
    return Period(start, end) if start or end else None


def when(resource: dict[str, Any], *names: str) -> Period | None:
    """The first of the named elements that holds a date or a period, as a Period."""
    for name in names:
        value = resource.get(name)
        single = fhir_date(value)
        if single:
            return Period(single, None)
        found = period(value)
        if found is not None:
            return found
    return None


def span(periods: list[Period]) -> Period | None:
    """The period from the earliest start to the latest end (or start) of *periods*."""
    starts = [p.start or p.end for p in periods if p.start or p.end]
    ends = [p.end or p.start for p in periods if p.end or p.start]
    if not starts:
        return None
    first = min(starts, key=sort_key)
    last = max(ends, key=sort_key)
    return Period(first, last if last != first else None)
