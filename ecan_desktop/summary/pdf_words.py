"""Wording shared by the PDF and the card: warnings, stages, statuses, agents, contacts, in the
summary's languages (words from our terminology; the source's words marked with their language)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from ecan_desktop.i18n.languages import is_supported, language
from ecan_desktop.record.dates import to_date
from ecan_desktop.record.diagnoses import CancerDiagnosis
from ecan_desktop.record.staging import Staging
from ecan_desktop.summary.contacts import Contact, Identifier
from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.labels import (
    Bilingual,
    Labels,
    Words,
    coded_view,
    fmt_number,
    fmt_quantity,
    language_tag,
)
from ecan_desktop.summary.pdf_blocks import small, words
from ecan_desktop.summary.pdf_style import esc
from ecan_desktop.summary.warnings import DerivedWarning

CITATION_SHORT: Mapping[str, str] = MappingProxyType(
    {
        "neutropenic_sepsis": "NICE CG151 · ESMO 2016",
        "anthracycline_high": "ASCO 2017",
        "anthracycline_chest_rt": "ASCO 2017",
        "anthracycline": "ASCO 2017",
        "anthracycline_mg": "ASCO 2017",
        "checkpoint_inhibitor": "ESMO 2022",
    }
)


def status_label(labels: Labels, prefix: str, code: str | None) -> Bilingual | None:
    """A FHIR status code in words (``status.active``), else the code itself."""
    if not code:
        return None
    key = f"{prefix}.{code}"
    if key in labels.terminology.packs[labels.terminology.reference].labels:
        return labels(key)
    return Bilingual(code)


def agent_name(labels: Labels, inn: str | None) -> Bilingual:
    """An agent by its INN in each language, else as the source names it."""
    return labels.agent(inn) or Bilingual(inn or "?")


def agents_field(labels: Labels, inns: tuple[str, ...]) -> Bilingual:
    names = [agent_name(labels, inn) for inn in inns]
    first = ", ".join(n.first for n in names)
    if labels.secondary is None:
        return Bilingual(first)
    return Bilingual(first, ", ".join(n.second or n.first for n in names))


def warning_text(labels: Labels, data: SummaryData, warning: DerivedWarning) -> Bilingual:
    """A warning worded in both languages (the source's words for a site stay as written)."""
    unknown = labels("misc.date_unknown")
    site: Bilingual | str
    language = data.language_of(warning.row_ids)
    view = coded_view(labels, warning.site, language)
    if view.translated is not None:
        site = view.translated
    elif view.source_text is not None:
        site = f"{view.source_text.text} [{language_tag(view.source_text.language)}]"
    elif view.display is not None:
        site = f"{view.display.text} [{language_tag(view.display.language)}]"
    elif warning.site_words:
        site = f"{warning.site_words} [{language_tag(language)}]"
    elif warning.rule == "venous_port":
        site = labels("misc.site_not_stated")
    else:
        site = labels("misc.site_unknown")
    moment: Bilingual = unknown
    if warning.date:
        key = "misc.ongoing_since" if warning.ongoing else "misc.last_dose"
        moment = labels(key, date=warning.date)
    return labels(
        f"warning.{warning.rule}",
        agents=agents_field(labels, warning.agents),
        date=warning.date or unknown,
        when=moment,
        dose=fmt_number(warning.dose),
        site=site,
    )


def warning_markup(labels: Labels, data: SummaryData, warning: DerivedWarning) -> str:
    text = warning_text(labels, data, warning)
    cite = CITATION_SHORT.get(warning.rule)
    markup = f"<b>⚠ {esc(text.first)}</b>"
    if cite:
        markup += " " + small(f"({esc(cite)})", 6.6)
    if text.second:
        markup += "<br/>" + small(esc(text.second), 7)
    return markup


def stage_line(labels: Labels, staging: Staging) -> Bilingual:
    """``Stage IIB (pathological, AJCC edition 8) pT2 pN1a cM0``."""
    parts_first: list[str] = []
    parts_second: list[str] = []
    stage = labels("stage.group", stage=staging.stage or "?")
    parts_first.append(stage.first)
    parts_second.append(stage.second or stage.first)
    details: list[Bilingual] = []
    if staging.type in ("clinical", "pathologic"):
        details.append(labels(f"stage.{staging.type}"))
    if staging.system:
        if staging.edition:
            details.append(labels("stage.edition", system=staging.system, edition=staging.edition))
        else:
            details.append(Bilingual(staging.system))
    if details:
        parts_first.append("(" + ", ".join(d.first for d in details) + ")")
        parts_second.append("(" + ", ".join(d.second or d.first for d in details) + ")")
    tnm = " ".join(c.label for c in staging.categories if c.label)
    if tnm:
        parts_first.append(tnm)
        parts_second.append(tnm)
    first = " ".join(parts_first)
    second = " ".join(parts_second) if labels.secondary else None
    return Bilingual(first, second)


def stages_of(data: SummaryData, diagnosis: CancerDiagnosis) -> list[Staging]:
    return [s for s in data.record.staging if diagnosis.id in s.diagnosis_ids]


def summary_stage(
    labels: Labels, data: SummaryData, diagnosis: CancerDiagnosis
) -> Bilingual | None:
    groups = [s for s in stages_of(data, diagnosis) if s.kind in ("group", "other") and s.stage]
    if groups:
        return stage_line(labels, groups[-1])
    for summary in diagnosis.stages:
        if summary.stage:
            system = " ".join(p for p in (summary.system, summary.edition) if p)
            stage = labels("stage.group", stage=summary.stage)
            if system:
                return Bilingual(
                    f"{stage.first} ({system})",
                    f"{stage.second} ({system})" if stage.second else None,
                )
            return stage
    return None


def age(birth: str | None, today: date) -> int | None:
    born = to_date(birth)
    if born is None or birth is None or len(birth) < 10:
        return None
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years if 0 <= years < 130 else None


def language_names(codes: tuple[str, ...]) -> str:
    names = []
    for code in codes:
        if is_supported(code):
            names.append(f"{language(code).native_name} ({code})")
        else:
            names.append(code)
    return ", ".join(names)


def identifier_markup(labels: Labels, data: SummaryData, found: Identifier) -> str:
    """``IOS-24-004817 (Institutul Oncologic Someș, RO) medical record number``."""
    line = f"<b>{esc(found.value)}</b>"
    issuer = found.issuer or found.system
    where = ", ".join(p for p in (issuer, found.country) if p)
    if where:
        line += f" ({esc(where)})"
    kind = status_label(labels, "id", found.kind_code) if found.kind_code else None
    if kind is not None and kind.first != found.kind_code:
        line += " " + small(bi_text(kind), 7)
    elif found.kind:
        line += " " + small(words(Words(found.kind, data.language_of_row(found.row_id))), 7)
    return line


def bi_text(label: Bilingual) -> str:
    if label.second and label.second != label.first:
        return f"{esc(label.first)} {small('/ ' + esc(label.second))}"
    return esc(label.first)


def contact_markup(labels: Labels, data: SummaryData, found: Contact | None) -> str:
    if found is None:
        return small(bi_text(labels("misc.not_recorded")), 7.5)
    language = data.language_of_row(found.row_id)
    parts = []
    if found.name:
        parts.append(f"<b>{esc(found.name)}</b>")
    if found.role:
        parts.append(words(Words(found.role, language)))
    where = ", ".join(p for p in (found.organisation, found.country) if p)
    if where:
        parts.append(esc(where))
    if found.phone:
        parts.append("☎ " + esc(found.phone))
    if found.email:
        parts.append(esc(found.email))
    return " — ".join(parts) if parts else small(bi_text(labels("misc.not_recorded")), 7.5)


def marker_summary(labels: Labels, markers: list[Any]) -> str:
    """``ER positive; PR positive; HER2 negative; Ki-67 25 %``, the second language beneath."""

    def line(language: str) -> str:
        parts = []
        for marker in markers:
            quantity = marker.value.quantity
            if quantity is not None and quantity.value is not None:
                value = fmt_quantity(quantity)
            elif marker.interpretation:
                value = labels.one(language, f"marker.{marker.interpretation}")
            else:
                value = marker.value.concept.label if marker.value.concept else ""
            parts.append(f"{marker.name} {value}".strip())
        return "; ".join(parts)

    first = esc(line(labels.primary))
    if labels.secondary is None:
        return first
    return f"{first}<br/>{small(esc(line(labels.secondary)), 6.6)}"
