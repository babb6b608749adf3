"""What the overview's rows are made of, and the words they share with the printed summary.

Medical words come from our terminology in the app's language when it has them (the printed summary
uses the same words), else as the source wrote them. The warnings and stages are worded with the
printed summary's own sentences (``summary/pdf_words.py``), with dates and numbers in the locale, so
that the app and the PDF say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale

from ecan_desktop.record.codes import Concept
from ecan_desktop.record.dates import day
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.summary.labels import Bilingual, Labels, coded_view, fmt_number
from ecan_desktop.summary.warnings import DerivedWarning
from ecan_desktop.terminology import load_terminology
from ecan_desktop.ui.locale_format import format_fhir_date
from ecan_desktop.ui.views.overview_picks import StageFacts
from ecan_desktop.ui.views.source_chips import chip_text, is_patient_reported

DANGER, SUCCESS, NEUTRAL = "danger", "success", "neutral"


@dataclass(frozen=True)
class Badge:
    """Severity as an icon, a word and a colour (never the colour alone)."""

    icon: str
    word: str
    tone: str  # danger | success | neutral
    tooltip: str = ""


@dataclass(frozen=True)
class RowContent:
    """One fact as the overview shows it."""

    title: str
    lines: tuple[str, ...] = ()
    value: str | None = None  # a short value beside the title (a result, "In 3 months")
    meta: str | None = None  # the date line
    badge: Badge | None = None
    sources: tuple[SourceRef, ...] = ()
    item_id: str | None = None  # opens the details when the row is chosen


def source_name(source: SourceRef) -> str:
    """A source in full ("Institutul Oncologic Someș, Cluj-Napoca · RO"), as its chip's tooltip."""
    if is_patient_reported(source) or not source.centre_name:
        return chip_text(source)
    if source.centre_country:
        return f"{source.centre_name} · {source.centre_country}"
    return source.centre_name


def labels_for(language: str) -> Labels:
    """The printed summary's words in *language*, English when our terminology lacks it."""
    terminology = load_terminology()
    return Labels([language if terminology.has(language) else terminology.reference])


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def date_text(value: str | None) -> str | None:
    """The calendar day of a FHIR date or date-time, in the locale (partial stays partial)."""
    return format_fhir_date(day(value)) if value else None


def number_text(value: float, locale: QLocale | None = None) -> str:
    """A number as the printed summary writes it (no trailing zeros), in the locale."""
    plain = fmt_number(value)
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    return (locale or QLocale()).toString(float(value), "f", decimals)


def concept_words(labels: Labels, found: Concept | None) -> str | None:
    """Our words for a concept in the labels' language, else the source's."""
    if found is None:
        return None
    translated = labels.concept(found)
    if translated is not None:
        return capitalised(translated.first)
    return found.label


def agent_words(labels: Labels, inn: str | None) -> str | None:
    """A medicine by its INN in the labels' language, else as the source names it."""
    found = labels.agent(inn)
    if found is not None:
        return capitalised(found.first)
    return capitalised(inn) if inn else None


def warning_sentence(
    labels: Labels,
    warning: DerivedWarning,
    shown_date: Callable[[str], str] = str,
    shown_number: Callable[[float], str] = fmt_number,
) -> str:
    """The printed summary's sentence for *warning* (``pdf_words.warning_text``), first language.

    Words a source wrote in its own language (a site) are shown as written, without the PDF's
    language mark: the app does not know the language of each stored resource.
    """
    view = coded_view(labels, warning.site, None)
    site: Bilingual | str
    if view.translated is not None:
        site = view.translated
    elif view.source_text is not None:
        site = view.source_text.text
    elif view.display is not None:
        site = view.display.text
    elif warning.site_words:
        site = warning.site_words
    elif warning.rule == "venous_port":
        site = labels("misc.site_not_stated")
    else:
        site = labels("misc.site_unknown")
    unknown = labels("misc.date_unknown")
    when: Bilingual | str = unknown
    if warning.date:
        key = "misc.ongoing_since" if warning.ongoing else "misc.last_dose"
        when = labels(key, date=shown_date(warning.date))
    agents = ", ".join((labels.agent(inn) or Bilingual(inn or "?")).first for inn in warning.agents)
    return labels(
        f"warning.{warning.rule}",
        agents=agents,
        date=shown_date(warning.date) if warning.date else unknown,
        when=when,
        dose=shown_number(warning.dose) if warning.dose is not None else "",
        site=site,
    ).first


def stage_sentence(labels: Labels, stage: StageFacts) -> str:
    """``Stage IIB (pathological, AJCC, edition 8) pT2 pN1a(sn) cM0``, as the summary prints it."""
    parts = [labels("stage.group", stage=stage.stage).first]
    details: list[str] = []
    if stage.type in ("clinical", "pathologic"):
        details.append(labels(f"stage.{stage.type}").first)
    if stage.system and stage.edition:
        details.append(labels("stage.edition", system=stage.system, edition=stage.edition).first)
    elif stage.system:
        details.append(stage.system)
    if details:
        parts.append("(" + ", ".join(details) + ")")
    parts.extend(stage.categories)
    return " ".join(parts)
