"""Dates in the user's locale (UI.md "Words": dates in the UI follow the locale).

The vault keeps ISO 8601 strings: UTC timestamps such as ``2026-03-14T09:30:00Z`` and FHIR dates,
which may be partial (``1972`` or ``1972-05``). Printed summaries use ``YYYY-MM-DD`` instead; that
is not this module's business.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

_WEEKDAY = re.compile(r"\s*,?\s*dddd\s*,?\s*")
_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def long_date_format(locale: QLocale) -> str:
    """The locale's long date format without the weekday ("14 March 2026", "14. März 2026")."""
    return _WEEKDAY.sub(" ", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")


def format_date(value: QDate, locale: QLocale | None = None) -> str:
    locale = locale if locale is not None else QLocale()
    return locale.toString(value, long_date_format(locale))


def format_timestamp_date(iso: str | None, locale: QLocale | None = None) -> str | None:
    """The local calendar date of an ISO 8601 timestamp, or None when it cannot be read."""
    if not iso:
        return None
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return format_fhir_date(iso[:10], locale)
    return format_date(moment.toLocalTime().date(), locale)


def format_fhir_date(value: str | None, locale: QLocale | None = None) -> str | None:
    """A FHIR date (``yyyy``, ``yyyy-mm``, ``yyyy-mm-dd``) in the locale; partial stays partial."""
    if not value:
        return None
    locale = locale if locale is not None else QLocale()
    value = value.strip()
    if _YEAR.match(value):
        return value
    year_month = _YEAR_MONTH.match(value)
    if year_month:
        first = QDate(int(year_month.group(1)), int(year_month.group(2)), 1)
        if first.isValid():
            return locale.toString(first, "MMMM yyyy")
        return value
    date = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    return format_date(date, locale) if date.isValid() else value
