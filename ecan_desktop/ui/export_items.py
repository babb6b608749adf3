"""How the export dialog names the summary's sections and items ("What to include").

Sections get their plain names in the user's language; an item is named in the source's words
(a diagnosis's title, a medicine's name) or, for what the record derives (a warning, a stage, a
performance score), in the user's language, with its date in the user's locale. The printed
summary has its own labels in the doctor's language (summary/labels.py); these are for the user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP
from ecan_desktop.record.codes import Concept
from ecan_desktop.record.dates import Period
from ecan_desktop.record.labels import PERFORMANCE_SCALES, label
from ecan_desktop.ui.locale_format import long_date_format

CONTEXT = "ExportItems"

SECTION_TITLES = {
    "warnings": QT_TRANSLATE_NOOP("ExportItems", "Warnings and alerts"),
    "allergies": QT_TRANSLATE_NOOP("ExportItems", "Allergies"),
    "current_medications": QT_TRANSLATE_NOOP("ExportItems", "Current medicines"),
    "active_cancer": QT_TRANSLATE_NOOP("ExportItems", "Active cancer"),
    "devices": QT_TRANSLATE_NOOP("ExportItems", "Medical devices"),
    "oncology_history": QT_TRANSLATE_NOOP("ExportItems", "Cancer history and treatment"),
    "other_problems": QT_TRANSLATE_NOOP("ExportItems", "Other health problems"),
    "medication_history": QT_TRANSLATE_NOOP("ExportItems", "Earlier medicines"),
    "procedures": QT_TRANSLATE_NOOP("ExportItems", "Procedures"),
    "immunisations": QT_TRANSLATE_NOOP("ExportItems", "Vaccinations"),
    "results": QT_TRANSLATE_NOOP("ExportItems", "Test results"),
    "care_plan": QT_TRANSLATE_NOOP("ExportItems", "Care plan and follow-up"),
    "sources": QT_TRANSLATE_NOOP("ExportItems", "Sources"),
}

WARNING_TITLES = {
    "neutropenic_sepsis": QT_TRANSLATE_NOOP(
        "ExportItems", "Warning: fever on chemotherapy can mean sepsis"
    ),
    "anthracycline_high": QT_TRANSLATE_NOOP(
        "ExportItems", "Warning: high anthracycline dose, risk to the heart"
    ),
    "anthracycline_chest_rt": QT_TRANSLATE_NOOP(
        "ExportItems", "Warning: anthracycline and chest radiotherapy, risk to the heart"
    ),
    "anthracycline": QT_TRANSLATE_NOOP("ExportItems", "Warning: anthracycline, risk to the heart"),
    "anthracycline_mg": QT_TRANSLATE_NOOP(
        "ExportItems", "Warning: anthracycline, risk to the heart"
    ),
    "checkpoint_inhibitor": QT_TRANSLATE_NOOP(
        "ExportItems", "Warning: immunotherapy side effects can appear late"
    ),
    "venous_port": QT_TRANSLATE_NOOP("ExportItems", "Warning: implanted venous access port"),
}

KIND_TITLES = {  # when the source gives no words
    "allergy": QT_TRANSLATE_NOOP("ExportItems", "Allergy"),
    "diagnosis": QT_TRANSLATE_NOOP("ExportItems", "Diagnosis"),
    "condition": QT_TRANSLATE_NOOP("ExportItems", "Health problem"),
    "medication": QT_TRANSLATE_NOOP("ExportItems", "Medicine"),
    "agent": QT_TRANSLATE_NOOP("ExportItems", "Cancer medicine"),
    "device": QT_TRANSLATE_NOOP("ExportItems", "Device"),
    "procedure": QT_TRANSLATE_NOOP("ExportItems", "Procedure"),
    "surgery": QT_TRANSLATE_NOOP("ExportItems", "Surgery"),
    "transplant": QT_TRANSLATE_NOOP("ExportItems", "Stem-cell transplant"),
    "radiotherapy": QT_TRANSLATE_NOOP("ExportItems", "Radiotherapy"),
    "protocol": QT_TRANSLATE_NOOP("ExportItems", "Treatment protocol"),
    "marker": QT_TRANSLATE_NOOP("ExportItems", "Tumour marker"),
    "immunisation": QT_TRANSLATE_NOOP("ExportItems", "Vaccination"),
    "series": QT_TRANSLATE_NOOP("ExportItems", "Test result"),
    "care_plan": QT_TRANSLATE_NOOP("ExportItems", "Care plan"),
    "follow_up": QT_TRANSLATE_NOOP("ExportItems", "Follow-up"),
    "goal": QT_TRANSLATE_NOOP("ExportItems", "Goal"),
    "alert": QT_TRANSLATE_NOOP("ExportItems", "Alert"),
    "warning": QT_TRANSLATE_NOOP("ExportItems", "Warning"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def section_title(key: str) -> str:
    return tr(SECTION_TITLES[key]) if key in SECTION_TITLES else key


def _words(value: object) -> str | None:
    if isinstance(value, Concept):
        return value.label
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _first_words(item: object, *names: str) -> str | None:
    for name in names:
        value = getattr(item, name, None)
        if isinstance(value, tuple):
            value = value[0] if value else None
        found = _words(value)
        if found:
            return found
    return None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _warning(item: Any) -> str:
    return tr(WARNING_TITLES.get(item.rule, KIND_TITLES["warning"]))


def _allergy(item: Any) -> str | None:
    if item.no_known_allergy:
        return tr(QT_TRANSLATE_NOOP("ExportItems", "No known allergies"))
    return _first_words(item, "substance")


def _agent(item: Any) -> str | None:
    return _capitalised(item.agent) if item.agent else _first_words(item, "medication")


def _stage(item: Any) -> str | None:
    stage = item.stage or _words(item.value)
    if not stage:
        return None
    if item.kind != "group":
        return str(stage)
    system = " ".join(p for p in (item.system, item.edition) if p)
    if system:
        return tr(QT_TRANSLATE_NOOP("ExportItems", "Stage {stage} ({system})")).format(
            stage=stage, system=system
        )
    return tr(QT_TRANSLATE_NOOP("ExportItems", "Stage {stage}")).format(stage=stage)


def _marker(item: Any) -> str | None:
    value = _words(item.value.concept) if item.value.concept is not None else None
    if item.name and value:
        return f"{item.name}: {value}"
    return _first_words(item, "name", "code")


def _status(item: Any) -> str | None:
    words = _words(item.status)
    if not words:
        return None
    return tr(QT_TRANSLATE_NOOP("ExportItems", "Disease status: {status}")).format(status=words)


def _performance(item: Any) -> str | None:
    scale = label(PERFORMANCE_SCALES, item.scale)
    if scale is None or item.score is None:
        return None
    return tr(QT_TRANSLATE_NOOP("ExportItems", "{scale}: {score}")).format(
        scale=scale.render(QCoreApplication.translate), score=item.score
    )


def _care_plan(item: Any) -> str | None:
    found = _first_words(item, "title", "description", "categories")
    if found:
        return found
    activities = [a.title for a in item.activities if a.title]
    return activities[0] if activities else None


# id prefix -> (how to name it, the kind's words when there are none)
NAMERS: dict[str, tuple[Callable[[Any], str | None], str]] = {
    "warning": (_warning, "warning"),
    "allergy": (_allergy, "allergy"),
    "agent": (_agent, "agent"),
    "stage": (_stage, "diagnosis"),
    "marker": (_marker, "marker"),
    "status": (_status, "diagnosis"),
    "performance": (_performance, "diagnosis"),
    "care_plan": (_care_plan, "care_plan"),
}
_WORDS = ("title", "name", "code", "substance", "vaccine", "type", "category", "medication")
_FALLBACK = {
    "diagnosis": "diagnosis",
    "condition": "condition",
    "medication": "medication",
    "device": "device",
    "procedure": "procedure",
    "surgery": "surgery",
    "transplant": "transplant",
    "radiotherapy": "radiotherapy",
    "protocol": "protocol",
    "immunisation": "immunisation",
    "series": "series",
    "follow_up": "follow_up",
    "goal": "goal",
}


def item_title(item: object) -> str:
    """An item of the summary as the user knows it."""
    prefix = str(getattr(item, "id", "")).split(":", 1)[0]
    namer, kind = NAMERS.get(prefix, (None, _FALLBACK.get(prefix, "alert")))
    found = namer(item) if namer is not None else _first_words(item, *_WORDS, "description")
    return found or tr(KIND_TITLES[kind])


def item_date(item: object) -> str | None:
    """The FHIR date an item is known by: when it happened or started (a result: the latest)."""
    points = getattr(item, "points", None)
    if isinstance(points, tuple) and points:
        dates = [p.date for p in points if p.date]
        return max(dates, key=lambda d: d[:10]) if dates else None
    for name in ("date", "period", "onset", "recorded", "created", "start", "due"):
        value = getattr(item, name, None)
        if isinstance(value, Period):
            value = value.first
        if isinstance(value, str) and value:
            return value
    return None


def short_date(value: str | None, locale: QLocale | None = None) -> str:
    """A FHIR date in the locale's long format with the month abbreviated ("Nov 18, 2024",
    "18. Nov. 2024"): short enough for a column, never ambiguous like 03/04."""
    if not value:
        return ""
    locale = locale if locale is not None else QLocale()
    value = value.strip()
    if len(value) == 4 and value.isdigit():
        return value
    if len(value) == 7:
        month = QDate.fromString(value + "-01", Qt.DateFormat.ISODate)
        return locale.toString(month, "MMM yyyy") if month.isValid() else value
    date = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return value
    return locale.toString(date, long_date_format(locale).replace("MMMM", "MMM"))


def item_when(item: object) -> str:
    """The item's date in the user's locale ("" when it has none)."""
    return short_date(item_date(item))
