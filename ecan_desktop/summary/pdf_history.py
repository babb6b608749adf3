"""The oncology history: diagnoses with ICD-10 and ICD-O-3 codes, staging with system and edition,
biomarkers, disease status, surgery, systemic therapy (agents, dates, cycles, cumulative doses and
the doxorubicin-equivalent), radiotherapy (site, total Gy, fractions, dates) and transplants."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from ecan_desktop.record.codes import ATC, ICD10_CM, SNOMED
from ecan_desktop.record.dates import Period, day
from ecan_desktop.record.diagnoses import CancerDiagnosis
from ecan_desktop.record.doses import CumulativeDose
from ecan_desktop.record.procedures import ProcedureRecord, TreatmentProtocol
from ecan_desktop.record.radiotherapy import RadiotherapyCourse
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.summary.labels import (
    Bilingual,
    Labels,
    Words,
    coded_view,
    fmt_number,
    fmt_quantity,
)
from ecan_desktop.summary.pdf_blocks import (
    NONE,
    bi,
    capitalised,
    coded,
    heading,
    small,
    table,
    words,
)
from ecan_desktop.summary.pdf_style import Styles, esc
from ecan_desktop.summary.pdf_words import agent_name, bi_text, stage_line, status_label
from ecan_desktop.summary.select import SummaryContent


def period_text(found: Period | None) -> str:
    if found is None:
        return ""
    start, end = day(found.start), day(found.end)
    if start and end and start != end:
        return f"{start} \u2013 {end}"
    return start or end or ""


def _code_line(name: str, code: str | None, display: str | None) -> str:
    if not code:
        return ""
    line = f"<b>{esc(name)} {esc(code)}</b>"
    if display:
        line += f" {esc(display)} " + small("[en]", 6)
    return line


def _diagnosis_cell(labels: Labels, content: SummaryContent, d: CancerDiagnosis) -> str:
    language = content.data.language_of(d.row_ids)
    parts = [words(Words(d.title, language), bold=True) if d.title else "?"]
    icd10 = d.icd10
    if icd10 is not None:
        name = "ICD-10-CM" if icd10.system == ICD10_CM else "ICD-10"
        parts.append(_code_line(name, icd10.code, icd10.display))
    for found in (d.icdo3_topography, d.icdo3_morphology):
        if found is not None:
            parts.append(_code_line("ICD-O-3", found.code, found.display))
    if d.snomed is not None and icd10 is None:
        parts.append(_code_line("SNOMED CT", d.snomed.code, d.snomed.display))
    if d.laterality is not None:
        parts.append(
            coded(coded_view(labels, d.laterality, language), bold=False, show_codes=False)
        )
    for note in d.notes[:2]:
        parts.append(small(words(Words(note, language)), 7))
    return "<br/>".join(p for p in parts if p)


def _diagnoses(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = [i for i in content.items("oncology_history") if isinstance(i, CancerDiagnosis)]
    if not items:
        return []
    rows = []
    for d in items:
        role = status_label(labels, "role", d.role) if d.role else None
        status = status_label(labels, "status", d.clinical_status)
        verification = status_label(labels, "verification", d.verification_status)
        state = "<br/>".join(bi_text(s) for s in (role, status, verification) if s)
        rows.append([_diagnosis_cell(labels, content, d), esc(day(d.date) or ""), state])
    header = [labels("col.diagnosis"), labels("col.date"), labels("col.status")]
    return [
        heading(labels("sub.diagnoses"), styles, level=2),
        table(header, rows, [0.68 * width, 0.13 * width, 0.19 * width], styles),
    ]


def _staging(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = [i for i in content.items("oncology_history") if i.id.startswith("stage:")]
    if not items:
        return []
    rows = []
    for s in items:
        line = stage_line(labels, s)
        if s.kind in ("t", "n", "m"):
            line = type(line)(f"{s.kind.upper()}: {s.stage or '?'}")
        rows.append([bi(line, bold=True), esc(day(s.date) or "")])
    header = [labels("col.stage"), labels("col.date")]
    return [
        heading(labels("sub.staging"), styles, level=2),
        table(header, rows, [0.8 * width, 0.2 * width], styles),
    ]


def _markers(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = [i for i in content.items("oncology_history") if i.id.startswith("marker:")]
    if not items:
        return []
    rows = []
    for m in items:
        language = content.data.language_of(m.row_ids)
        result = status_label(labels, "marker", m.interpretation)
        value = bi(result, bold=True) if result else ""
        if m.value.quantity is not None and m.value.quantity.value is not None:
            value = (value + " " if value else "") + esc(fmt_quantity(m.value.quantity))
        elif not value and m.value.concept is not None:
            value = coded(coded_view(labels, m.value.concept, language), bold=False)
        elif not value and m.value.text:
            value = words(Words(m.value.text, language))
        notes = "<br/>".join(small(words(Words(n, language)), 7) for n in m.notes[:2])
        rows.append([f"<b>{esc(m.name)}</b>", value or NONE, notes, esc(day(m.date) or "")])
    header = [labels("col.marker"), labels("col.result"), labels("col.notes"), labels("col.date")]
    return [
        heading(labels("sub.markers"), styles, level=2),
        table(header, rows, [0.16 * width, 0.22 * width, 0.49 * width, 0.13 * width], styles),
    ]


def _status(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = [
        i for i in content.items("oncology_history") if i.id.startswith(("status:", "performance:"))
    ]
    if not items:
        return []
    rows = []
    for item in items:
        language = content.data.language_of(item.row_ids)
        if item.id.startswith("status:"):
            what = coded(coded_view(labels, item.status, language), bold=False)
            notes = "<br/>".join(small(words(Words(n, language)), 7) for n in item.notes[:1])
            rows.append(
                [bi_text(labels("sub.disease_status")), what, notes, esc(day(item.date) or "")]
            )
        else:
            scale = status_label(labels, "performance", item.scale)
            rows.append(
                [
                    bi_text(scale) if scale else "",
                    esc(str(item.score) if item.score is not None else ""),
                    "",
                    esc(day(item.date) or ""),
                ]
            )
    header = [labels("col.what"), labels("col.result"), labels("col.notes"), labels("col.date")]
    return [
        heading(labels("sub.disease_status"), styles, level=2),
        table(header, rows, [0.22 * width, 0.28 * width, 0.37 * width, 0.13 * width], styles),
    ]


def procedure_rows(
    labels: Labels, content: SummaryContent, items: list[ProcedureRecord]
) -> list[list[str]]:
    rows = []
    for p in items:
        language = content.data.language_of(p.row_ids)
        what = coded(coded_view(labels, p.code, language, systems=(SNOMED,)))
        sites = [
            coded(coded_view(labels, s, language), bold=False, show_codes=False)
            for s in p.body_sites[:2]
        ]
        if p.laterality is not None:
            sites.append(
                coded(coded_view(labels, p.laterality, language), bold=False, show_codes=False)
            )
        if p.transplant_type:
            sites.append(bi_text(labels(f"transplant.{p.transplant_type}")))
        outcome = ""
        if p.outcome is not None:
            outcome = coded(coded_view(labels, p.outcome, language), bold=False)
        rows.append(
            [what, "<br/>".join(sites) or NONE, outcome or NONE, esc(period_text(p.period))]
        )
    return rows


def procedure_table(
    labels: Labels,
    content: SummaryContent,
    styles: Styles,
    width: float,
    items: list[ProcedureRecord],
    title: Bilingual,
    *,
    level: int = 1,
) -> list[Flowable]:
    """A heading and the table of *items* (procedures), or nothing when there are none."""
    if not items:
        return []
    header = [
        labels("col.procedure"),
        labels("col.site"),
        labels("col.outcome"),
        labels("col.date"),
    ]
    return [
        heading(title, styles, level=level),
        table(
            header,
            procedure_rows(labels, content, items),
            [0.36 * width, 0.2 * width, 0.3 * width, 0.14 * width],
            styles,
        ),
    ]


def _procedures(
    labels: Labels, content: SummaryContent, styles: Styles, width: float, prefix: str, key: str
) -> list[Flowable]:
    items = [i for i in content.items("oncology_history") if i.id.startswith(prefix)]
    return procedure_table(labels, content, styles, width, items, labels(key), level=2)


def dose_text(labels: Labels, dose: CumulativeDose) -> str:
    value = f"<b>{esc(fmt_number(dose.value))} {esc(dose.unit)}</b>"
    method = (
        labels(f"dose.{dose.method}", count=dose.count or 0)
        if dose.method in ("stated", "summed", "summed_per_bsa")
        else None
    )
    extra = [bi_text(method)] if method else []
    if not dose.complete:
        extra.append(bi_text(labels("dose.incomplete")))
    if dose.status and dose.status != "final":
        extra.append(esc(dose.status))
    return value + ("<br/>" + small("; ".join(extra), 6.6) if extra else "")


def _cycles(labels: Labels, agent: SystemicAgent) -> str:
    cycles = agent.cycles
    if cycles is None:
        return str(len(agent.administrations)) if agent.administrations else NONE
    parts = []
    if cycles.given is not None and cycles.planned is not None:
        parts.append(bi_text(labels("cycles.of", given=cycles.given, planned=cycles.planned)))
    elif cycles.given is not None or cycles.planned is not None:
        parts.append(esc(str(cycles.given if cycles.given is not None else cycles.planned)))
    if cycles.every_days:
        parts.append(small(bi_text(labels("cycles.every", days=fmt_number(cycles.every_days))), 7))
    return "<br/>".join(parts) or NONE


def _systemic(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = [i for i in content.items("oncology_history") if isinstance(i, SystemicAgent)]
    if not items:
        return []
    rows = []
    for a in items:
        language = content.data.language_of(a.row_ids)
        name = bi(capitalised(agent_name(labels, a.agent)), bold=True)
        info = [small(f"ATC {esc(a.atc)}", 7)] if a.atc else []
        view = coded_view(labels, a.medication, language, systems=(ATC,))
        if view.source_text is not None and view.source_text.text.casefold() != (a.agent or ""):
            info.append(small(words(view.source_text), 7))
        doses = "<br/>".join(dose_text(labels, d) for d in a.cumulative) or NONE
        line = bi_text(labels("systemic.line", number=a.line)) if a.line else ""
        if a.intent is not None:
            line += "<br/>" + coded(
                coded_view(labels, a.intent, language), bold=False, show_codes=False
            )
        status = status_label(labels, "status", a.status)
        period = esc(period_text(a.period)) + (
            f"<br/>{small(bi_text(status), 7)}" if status else ""
        )
        rows.append(["<br/>".join([name, *info]), period, _cycles(labels, a), doses, line])
    header = [
        labels("col.agent"),
        labels("col.period"),
        labels("col.cycles"),
        labels("col.cumulative"),
        labels("col.line"),
    ]
    found: list[Flowable] = [
        heading(labels("sub.systemic"), styles, level=2),
        table(
            header,
            rows,
            [0.25 * width, 0.19 * width, 0.14 * width, 0.26 * width, 0.16 * width],
            styles,
        ),
    ]
    for total in content.data.record.systemic.anthracycline_equivalents:
        text = labels("systemic.dox_equivalent", total=fmt_number(total.total), unit=total.unit)
        line = bi(text, bold=True) + "<br/>" + small(esc(total.citation), 6.4)
        if total.not_converted:
            line += "<br/>" + small(
                bi_text(labels("systemic.not_converted", agents=", ".join(total.not_converted))),
                6.6,
            )
        found.append(Paragraph(line, styles.body))
    return found


def _protocols(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = [i for i in content.items("oncology_history") if isinstance(i, TreatmentProtocol)]
    if not items:
        return []
    rows = []
    for p in items:
        language = content.data.language_of(p.row_ids)
        category = coded(coded_view(labels, p.category, language), bold=True)
        protocols = "<br/>".join(small(esc(u), 6.6) for u in p.protocols[:3])
        outcome = coded(coded_view(labels, p.outcome, language), bold=False) if p.outcome else ""
        rows.append(
            [
                category + ("<br/>" + protocols if protocols else ""),
                outcome or NONE,
                esc(period_text(p.period)),
            ]
        )
    header = [labels("col.protocol"), labels("col.outcome"), labels("col.period")]
    return [
        heading(labels("sub.protocols"), styles, level=2),
        table(header, rows, [0.5 * width, 0.3 * width, 0.2 * width], styles),
    ]


def _radiotherapy(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = [i for i in content.items("oncology_history") if isinstance(i, RadiotherapyCourse)]
    if not items:
        return []
    rows = []
    for c in items:
        language = content.data.language_of(c.row_ids)
        title = words(Words(c.title, language), bold=True) if c.title else ""
        sites = [
            coded(coded_view(labels, s, language, systems=(SNOMED,)), bold=False)
            for s in c.body_sites[:2]
        ]
        volumes = []
        for v in c.volumes:
            name = words(Words(v.description, language)) if v.description else ""
            if v.sites and not name:
                name = coded(coded_view(labels, v.sites[0], language), bold=False)
            dose = ""
            if v.dose_gy is not None:
                if v.fractions:
                    dose = bi_text(
                        labels(
                            "rt.dose_fractions", dose=fmt_number(v.dose_gy), fractions=v.fractions
                        )
                    )
                else:
                    dose = esc(f"{fmt_number(v.dose_gy)} Gy")
            if v.boost:
                dose += " " + small(bi_text(labels("rt.boost")), 7)
            volumes.append(f"{name}<br/>{dose}" if name else dose)
        total = f"<b>{esc(fmt_number(c.total_dose_gy))} Gy</b>" if c.total_dose_gy else NONE
        if c.sessions:
            total += "<br/>" + small(bi_text(labels("rt.sessions", count=c.sessions)), 7)
        how = [
            coded(coded_view(labels, m, language), bold=False, show_codes=False)
            for m in (*c.modalities, *c.techniques)
        ][:2]
        rows.append(
            [
                "<br/>".join(p for p in [title, *sites] if p),
                "<br/>".join(volumes) or NONE,
                total,
                "<br/>".join(how) or NONE,
                esc(period_text(c.period)),
            ]
        )
    header = [
        labels("col.course"),
        labels("col.volumes"),
        labels("col.total_dose"),
        labels("col.technique"),
        labels("col.period"),
    ]
    return [
        heading(labels("sub.radiotherapy"), styles, level=2),
        table(
            header,
            rows,
            [0.24 * width, 0.28 * width, 0.13 * width, 0.18 * width, 0.17 * width],
            styles,
        ),
    ]


def oncology_history(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    if not content.on("oncology_history") or not content.items("oncology_history"):
        return []
    found: list[Flowable] = [heading(labels("section.oncology_history"), styles)]
    found += _diagnoses(labels, content, styles, width)
    found += _staging(labels, content, styles, width)
    found += _markers(labels, content, styles, width)
    found += _status(labels, content, styles, width)
    found += _procedures(labels, content, styles, width, "surgery:", "sub.surgery")
    found += _systemic(labels, content, styles, width)
    found += _protocols(labels, content, styles, width)
    found += _radiotherapy(labels, content, styles, width)
    found += _procedures(labels, content, styles, width, "transplant:", "sub.transplants")

    return found
