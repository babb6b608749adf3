"""The later sections: other problems, earlier medicines, procedures, immunisations, care plan
and follow-up, and the sources (centre, country, date, what each contributed), the rules behind
the warnings and the note on the attached IPS file."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from ecan_desktop.record.codes import SNOMED
from ecan_desktop.record.dates import Period, day, sort_key
from ecan_desktop.record.fhir_json import text
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.patient_entries import only_patient_reported
from ecan_desktop.summary.labels import Labels, Words, coded_view, fmt_number
from ecan_desktop.summary.pdf_blocks import NONE, bi, coded, heading, small, table, words
from ecan_desktop.summary.pdf_history import period_text, procedure_table
from ecan_desktop.summary.pdf_style import Styles, esc
from ecan_desktop.summary.pdf_words import bi_text, status_label
from ecan_desktop.summary.select import SummaryContent
from ecan_desktop.summary.warnings import CITATIONS, RULE_CITATION
from ecan_desktop.vault.records import PATIENT_KIND


def _other_problems(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = content.items("other_problems")
    if not items:
        return []
    rows = []
    for c in items:
        language = content.data.language_of(c.row_ids)
        what = coded(coded_view(labels, c.code, language))
        if c.code is None and c.title:
            what = words(Words(c.title, language), bold=True)
        status = status_label(labels, "status", c.clinical_status)
        when = period_text(Period(c.onset, c.abatement))
        rows.append([what, esc(when), bi_text(status) if status else ""])
    header = [labels("col.condition"), labels("col.period"), labels("col.status")]
    return [
        heading(labels("section.other_problems"), styles),
        table(header, rows, [0.62 * width, 0.22 * width, 0.16 * width], styles),
    ]


def _medication_history(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = content.items("medication_history")
    if not items:
        return []
    rows = []
    for m in items:
        language = content.data.language_of(m.row_ids)
        translated = labels.agent(m.name)
        name = (
            bi(translated, bold=True)
            if translated
            else coded(coded_view(labels, m.medication, language))
        )
        dosage = words(Words(m.dosage, language)) if m.dosage else ""
        status = status_label(labels, "status", m.status)
        state = bi_text(status) if status else ""
        # the patient's own entry, not a centre's
        if only_patient_reported(content.data.resource(r) for r in m.row_ids):
            mark = small(bi_text(labels("misc.reported_by_patient")), 7)
            state = f"{state}<br/>{mark}" if state else mark
        rows.append([name, dosage or NONE, esc(period_text(m.period)), state])
    header = [
        labels("col.medicine"),
        labels("col.dose"),
        labels("col.period"),
        labels("col.status"),
    ]
    return [
        heading(labels("section.medication_history"), styles),
        table(header, rows, [0.4 * width, 0.28 * width, 0.2 * width, 0.12 * width], styles),
    ]


def _procedures(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = list(content.items("procedures"))
    return procedure_table(labels, content, styles, width, items, labels("section.procedures"))


def _immunisations(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = content.items("immunisations")
    if not items:
        return []
    rows = []
    for i in items:
        language = content.data.language_of(i.row_ids)
        status = status_label(labels, "status", i.status)
        dose = esc(i.dose_number or "")
        rows.append(
            [
                coded(coded_view(labels, i.vaccine, language)),
                dose,
                esc(i.lot or ""),
                esc(day(i.date) or ""),
                bi_text(status) if status else "",
            ]
        )
    header = [
        labels("col.vaccine"),
        labels("col.dose_number"),
        labels("col.lot"),
        labels("col.date"),
        labels("col.status"),
    ]
    return [
        heading(labels("section.immunisations"), styles),
        table(
            header,
            rows,
            [0.45 * width, 0.1 * width, 0.15 * width, 0.15 * width, 0.15 * width],
            styles,
        ),
    ]


def _every(labels: Labels, every: float | None, unit: str | None) -> str:
    if every is None or unit not in ("h", "d", "wk", "mo", "a"):
        return ""
    key = f"plan.every_{unit}_1" if every == 1 else f"plan.every_{unit}"
    return bi_text(labels(key, count=fmt_number(every)))


def _care_plan(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    items = content.items("care_plan")
    if not items:
        return []
    rows = []
    for item in items:
        language = content.data.language_of(item.row_ids)
        if item.id.startswith("care_plan:"):
            title = words(Words(item.title, language), bold=True) if item.title else ""
            lines = [title] if title else []
            if item.description:
                lines.append(small(words(Words(item.description, language)), 7))
            for activity in item.activities:
                if activity.title:
                    every = _every(labels, activity.every, activity.every_unit)
                    lines.append(
                        "• "
                        + words(Words(activity.title, language))
                        + (f" — {every}" if every else "")
                    )
            status = status_label(labels, "status", item.status)
            rows.append(
                [
                    "<br/>".join(lines) or NONE,
                    esc(period_text(item.period)),
                    bi_text(status) if status else "",
                ]
            )
        elif item.id.startswith("follow_up:"):
            what = words(Words(item.title, language), bold=True) if item.title else NONE
            if item.code is not None:
                view = coded_view(labels, item.code, language, systems=(SNOMED,))
                if view.codes:
                    what += "<br/>" + small(" · ".join(f"{s} {c}" for s, c in view.codes), 6.6)
            for note in item.notes[:1]:
                what += "<br/>" + small(words(Words(note, language)), 7)
            status = status_label(labels, "status", item.status)
            rows.append([what, esc(day(item.date) or ""), bi_text(status) if status else ""])
        else:
            goal = coded(coded_view(labels, item.description, language), bold=False)
            status = status_label(labels, "status", item.lifecycle_status)
            rows.append(
                [
                    goal,
                    esc(day(item.due) or day(item.start) or ""),
                    bi_text(status) if status else "",
                ]
            )
    header = [labels("col.what"), labels("col.when"), labels("col.status")]
    return [
        heading(labels("section.care_plan"), styles),
        table(header, rows, [0.66 * width, 0.2 * width, 0.14 * width], styles),
    ]


_CONTRIBUTIONS: tuple[tuple[str, str], ...] = (
    ("contrib.diagnoses", "diagnoses other_conditions staging tumour_markers disease_status"),
    ("contrib.treatments", "surgery agents protocols radiotherapy transplants"),
    ("contrib.medications", "medications"),
    ("contrib.allergies", "allergies"),
    ("contrib.results", "points"),
    ("contrib.procedures", "procedures"),
    ("contrib.immunisations", "immunisations"),
    ("contrib.devices", "devices"),
    ("contrib.plans", "care_plans follow_up goals"),
    ("contrib.documents", "documents reports"),
    ("contrib.other", "other_records"),
)


def _items_of(record: PatientRecord, name: str) -> tuple[Any, ...]:
    if name == "agents":
        return record.systemic.agents
    if name == "points":
        return tuple(p for s in record.results for p in s.points)
    found: tuple[Any, ...] = getattr(record, name)
    return found


def contributions(record: PatientRecord) -> dict[int, Counter[str]]:
    found: dict[int, Counter[str]] = {}
    for key, names in _CONTRIBUTIONS:
        for name in names.split():
            for item in _items_of(record, name):
                for source in item.sources:
                    found.setdefault(source.source_id, Counter())[key] += 1
    return found


def _document_dates(content: SummaryContent) -> dict[int, str]:
    dates: dict[int, str] = {}
    for row in content.data.rows:
        if row.resource_type == "Composition":
            moment = day(text(row.resource.get("date")))
            known = dates.get(row.source_id)
            if moment and (known is None or sort_key(moment) > sort_key(known)):
                dates[row.source_id] = moment
    return dates


def _sources(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    if not content.on("sources"):
        return []
    record = content.data.record
    counts = contributions(record)
    dates = _document_dates(content)
    rows = []
    for source in record.sources:
        tally = counts.get(source.source_id, Counter())
        parts = [f"{bi_text(labels(key))} {tally[key]}" for key, _ in _CONTRIBUTIONS if tally[key]]
        if source.kind == PATIENT_KIND:  # what the patient entered in the app
            centre = f"<b>{bi_text(labels('sources.patient_entries'))}</b>"
        else:
            centre = f"<b>{esc(source.centre_name or '?')}</b>"
        if source.file_name:
            centre += "<br/>" + small(esc(source.file_name), 6.6)
        when = esc(dates.get(source.source_id) or "")
        rows.append(
            [
                centre,
                esc(source.centre_country or ""),
                when,
                esc(day(source.imported_at) or ""),
                "; ".join(parts),
            ]
        )
    header = [
        labels("col.centre"),
        labels("col.country"),
        labels("col.document_date"),
        labels("col.imported"),
        labels("col.contributed"),
    ]
    found: list[Flowable] = [
        heading(labels("section.sources"), styles),
        Paragraph(bi(labels("sources.note"), second_size=6), styles.note),
    ]
    if rows:
        found.append(
            table(
                header,
                rows,
                [0.27 * width, 0.07 * width, 0.14 * width, 0.13 * width, 0.39 * width],
                styles,
            )
        )
    documents = [d for d in record.documents if d.kind != "composition"]
    if documents:
        doc_rows = []
        for d in documents:
            language = content.data.language_of(d.row_ids)
            doc_rows.append(
                [
                    words(Words(d.title or "?", language)),
                    esc(day(d.date) or ""),
                    esc(", ".join(s.centre_name or "?" for s in d.sources)),
                ]
            )
        found += [
            heading(labels("sub.documents"), styles, level=2),
            table(
                [labels("col.title"), labels("col.date"), labels("col.centre")],
                doc_rows,
                [0.55 * width, 0.13 * width, 0.32 * width],
                styles,
            ),
        ]
    found += _guidelines(labels, content, styles)
    return found


def _guidelines(labels: Labels, content: SummaryContent, styles: Styles) -> list[Flowable]:
    rules = [w.rule for w in content.warnings]
    keys = sorted({key for r in rules if (key := RULE_CITATION.get(r))})
    if not keys:
        return []
    found: list[Flowable] = [
        heading(labels("sub.guidelines"), styles, level=2),
        Paragraph(bi(labels("guidelines.intro"), second_size=6), styles.small),
    ]
    for key in keys:
        found.append(Paragraph("• " + esc(CITATIONS[str(key)]), styles.small))
    return found


def attachment_note(labels: Labels, styles: Styles, file_name: str) -> Paragraph:
    return Paragraph(bi(labels("doc.attachment", file=file_name), second_size=6), styles.note)


def later_sections(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[list[Flowable]]:
    """Each later section's flowables (one list per section, for progress and cancel)."""
    return [
        _other_problems(labels, content, styles, width),
        _medication_history(labels, content, styles, width),
        _procedures(labels, content, styles, width),
        _immunisations(labels, content, styles, width),
    ]


def closing_sections(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[list[Flowable]]:
    return [
        _care_plan(labels, content, styles, width),
        _sources(labels, content, styles, width),
    ]
