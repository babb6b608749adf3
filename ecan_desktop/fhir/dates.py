"""FHIR dates as Python dates, leniently: ``2024``, ``2024-03``, ``2024-03-14``, dateTimes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


def parse_day(value: object) -> date | None:
    """The day a FHIR date/dateTime names (partial dates give their first day); None if invalid."""
    if not isinstance(value, str) or len(value) < 4:
        return None
    text = value.strip()
    try:
        if len(text) == 4:
            return date(int(text), 1, 1)
        if len(text) == 7:
            return date(int(text[:4]), int(text[5:7]), 1)
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def parse_instant(value: object) -> datetime | None:
    """A dateTime with a time of day, or None (a plain date has no instant)."""
    if not isinstance(value, str) or len(value) <= 10:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def period_days(value: object) -> tuple[date | None, date | None]:
    """(start, end) of a Period, or (day, day) of a date; (None, None) when there is none."""
    if isinstance(value, Mapping):
        start, end = parse_day(value.get("start")), parse_day(value.get("end"))
        return start or end, end or start
    day = parse_day(value)
    return day, day


def first_present(resource: Mapping[str, Any], *names: str) -> object:
    for name in names:
        value = resource.get(name)
        if value not in (None, "", [], {}):
            return value
    return None
