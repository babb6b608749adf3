"""Page 1, the emergency page: who the patient is, whom to call, the warnings the record implies,
allergies, current medicines, active cancer with stage and current treatment, devices, and the
QR code of the emergency data set. What a doctor must know in the first three minutes."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ecan_desktop.record.allergies import Allergy
from ecan_desktop.record.codes import ATC, SNOMED
from ecan_desktop.record.dates import day, sort_key
from ecan_desktop.record.devices import DeviceItem
from ecan_desktop.record.diagnoses import CancerDiagnosis
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.patient_entries import only_patient_reported
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.summary.contacts import Contacts
from ecan_desktop.summary.labels import Labels, Words, coded_view
from ecan_desktop.summary.pdf_blocks import (
    NONE,
    bi,
    capitalised,
    coded,
    empty_line,
    heading,
    small,
    table,
    table_style,
    words,
)
from ecan_desktop.summary.pdf_identity import LABEL_WIDTH, page_top
from ecan_desktop.summary.pdf_style import ALERT, ALERT_FILL, RULE, Styles, esc
from ecan_desktop.summary.pdf_words import (
    agent_name,
    bi_text,
    marker_summary,
    status_label,
    summary_stage,
    warning_markup,
)
from ecan_desktop.summary.select import SummaryContent


def _warnings(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    found = content.warnings
    alerts = content.alerts
    if not found and not alerts:
        return []
    rows = [[Paragraph(warning_markup(labels, content.data, w), styles.alert)] for w in found]
    for alert in alerts:
        language = content.data.language_of(alert.row_ids)
        text = words(Words(alert.title or "?", language), bold=True)
        rows.append([Paragraph(f"<b>⚠</b> {text} {esc(day(alert.date) or '')}", styles.alert)])
    box = Table(rows, colWidths=[width], hAlign="LEFT")
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
                ("BACKGROUND", (0, 0), (-1, -1), ALERT_FILL),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, ALERT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [heading(labels("section.warnings"), styles), box]


def _allergy_row(labels: Labels, content: SummaryContent, allergy: Allergy) -> list[str]:
    data = content.data
    language = data.language_of(allergy.row_ids)
    if allergy.no_known_allergy:
        substance = bi(labels("allergy.none_known"), bold=True)
    else:
        substance = coded(coded_view(labels, allergy.substance, language, systems=(SNOMED, ATC)))
    criticality = status_label(labels, "criticality", allergy.criticality)
    crit = ""
    if criticality is not None:
        mark = "⚠ " if allergy.criticality == "high" else ""
        crit = f"<b>{mark}</b>" + bi(criticality, bold=allergy.criticality == "high")
    reactions: list[str] = []
    for reaction in allergy.reactions:
        for manifestation in reaction.manifestations:
            reactions.append(coded(coded_view(labels, manifestation, language), bold=False))
        severity = status_label(labels, "severity", reaction.severity)
        if severity is not None:
            reactions.append(small(bi_text(severity), 7))
        if reaction.description:
            reactions.append(small(words(Words(reaction.description, language)), 7))
    status = [
        bi_text(s)
        for s in (
            status_label(labels, "status", allergy.clinical_status),
            status_label(labels, "verification", allergy.verification_status),
        )
        if s
    ]
    when = day(allergy.onset) or ""
    status_cell = "<br/>".join([*status, esc(when)] if when else status)
    return [substance, crit, "<br/>".join(reactions) or NONE, status_cell or NONE]


def _allergies(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    if not content.on("allergies"):
        return []
    items = content.items("allergies")
    found: list[Flowable] = [heading(labels("section.allergies"), styles)]
    if not items:
        found.append(empty_line(labels, styles, "misc.no_information"))
        return found
    header = [
        labels("col.substance"),
        labels("col.criticality"),
        labels("col.reaction"),
        labels("col.status"),
    ]
    rows = [_allergy_row(labels, content, a) for a in items]
    found.append(
        table(header, rows, [0.33 * width, 0.14 * width, 0.35 * width, 0.18 * width], styles)
    )
    return found


def _medicine_row(labels: Labels, content: SummaryContent, item: object) -> list[str]:
    data = content.data
    if isinstance(item, SystemicAgent):
        language = data.language_of(item.row_ids)
        name = bi(capitalised(agent_name(labels, item.agent)), bold=True)
        view = coded_view(labels, item.medication, language, systems=(ATC,))
        extra = [small("ATC " + esc(item.atc), 7)] if item.atc else []
        if view.source_text is not None:
            extra.append(small(words(view.source_text), 7))
        dose = next((s.text for s in item.statements if s.text), None) or next(
            (o.text for o in item.orders if o.text), None
        )
        kind = bi_text(labels("treatment.cancer"))
        # not a centre's word: say whose it is
        if only_patient_reported(content.data.resource(r) for r in item.row_ids):
            kind += "<br/>" + small(bi_text(labels("misc.reported_by_patient")), 7)
        since = day(item.period.start) if item.period else ""
        return [
            "<br/>".join([name, *extra]),
            words(Words(dose, language)) if dose else NONE,
            esc(since or ""),
            kind,
        ]
    assert isinstance(item, Medication)
    language = data.language_of(item.row_ids)
    translated = labels.agent(item.name)
    view = coded_view(labels, item.medication, language, systems=(ATC,))
    name = bi(capitalised(translated), bold=True) if translated else coded(view)
    extra = [small("ATC " + esc(item.atc), 7)] if item.atc and translated else []
    since = day(item.period.start) if item.period else ""
    dosage = words(Words(item.dosage, language)) if item.dosage else NONE
    kind = ""
    # the patient's own entry, not a centre's
    if only_patient_reported(content.data.resource(r) for r in item.row_ids):
        kind = small(bi_text(labels("misc.reported_by_patient")), 7)
    return ["<br/>".join([name, *extra]), dosage, esc(since or ""), kind]


def _medicines(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    if not content.on("current_medications"):
        return []
    items = content.items("current_medications")
    found: list[Flowable] = [heading(labels("section.current_medications"), styles)]
    if not items:
        found.append(empty_line(labels, styles, "misc.no_information"))
        return found
    header = [labels("col.medicine"), labels("col.dose"), labels("col.since"), labels("col.kind")]
    rows = [_medicine_row(labels, content, i) for i in items]
    found.append(
        table(header, rows, [0.33 * width, 0.35 * width, 0.13 * width, 0.19 * width], styles)
    )
    return found


def _cancer_rows(
    labels: Labels, content: SummaryContent, diagnosis: CancerDiagnosis
) -> list[tuple[str, str]]:
    data = content.data
    record = data.record
    language = data.language_of(diagnosis.row_ids)
    rows: list[tuple[str, str]] = []
    codes = []
    if diagnosis.icd10 is not None:
        codes.append(
            f"<b>ICD-10 {esc(diagnosis.icd10.code)}</b>"
            + (
                f" {esc(diagnosis.icd10.display)} " + small("[en]", 6)
                if diagnosis.icd10.display
                else ""
            )
        )
    for found in (diagnosis.icdo3_topography, diagnosis.icdo3_morphology):
        if found is not None:
            codes.append(
                f"<b>ICD-O-3 {esc(found.code)}</b>"
                + (f" {esc(found.display)} " + small("[en]", 6) if found.display else "")
            )
    if codes:
        rows.append(("field.codes", "<br/>".join(codes)))
    stage = summary_stage(labels, data, diagnosis)
    if stage is not None:
        rows.append(("field.stage", bi(stage, bold=True)))
    markers = [m for m in record.tumour_markers if diagnosis.id in m.diagnosis_ids]
    if markers:
        rows.append(("field.markers", marker_summary(labels, markers)))
    current = [a for a in record.systemic.agents if a.current]
    if current:
        text = ", ".join(
            bi_text(agent_name(labels, a.agent))
            + (
                f" ({esc(labels('misc.since', date=day(a.period.start) or '').first)})"
                if a.period and a.period.start
                else ""
            )
            for a in current
        )
        rows.append(("field.current_treatment", text))
    statuses = sorted(
        (s for s in record.disease_status if diagnosis.id in s.diagnosis_ids),
        key=lambda s: sort_key(s.date),
    )
    if statuses:
        latest = statuses[-1]
        view = coded_view(labels, latest.status, data.language_of(latest.row_ids))
        rows.append(
            (
                "field.disease_status",
                coded(view, bold=False, show_codes=False) + " " + esc(day(latest.date) or ""),
            )
        )
    del language
    return rows


def _cancer(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    if not content.on("active_cancer"):
        return []
    items = content.items("active_cancer")
    found: list[Flowable] = [heading(labels("section.active_cancer"), styles)]
    if not items:
        found.append(empty_line(labels, styles, "misc.no_information"))
        return found
    data = content.data
    for diagnosis in items:
        language = data.language_of(diagnosis.row_ids)
        title = words(Words(diagnosis.title, language), bold=True) if diagnosis.title else "?"
        if diagnosis.date:
            label = small(bi_text(labels("field.diagnosed")), 7)
            title += f" — {label} <b>{esc(day(diagnosis.date))}</b>"
        if diagnosis.role == "secondary" or diagnosis.behaviour == "metastatic":
            title += " " + small(bi_text(labels("role.secondary")), 7)
        rows = [[Paragraph(title, styles.body), ""]]
        rows += [
            [
                Paragraph(bi(labels(key), second_size=6), styles.head_cell),
                Paragraph(value, styles.cell),
            ]
            for key, value in _cancer_rows(labels, content, diagnosis)
        ]
        grid = Table(rows, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH], hAlign="LEFT")
        grid.setStyle(
            table_style(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                    ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
                ]
            )
        )
        found.append(grid)
    return found


def _device_row(labels: Labels, content: SummaryContent, device: DeviceItem) -> list[str]:
    language = content.data.language_of(device.row_ids)
    view = coded_view(labels, device.type, language, systems=(SNOMED,))
    if (
        device.name
        and view.source_text is not None
        and device.name.startswith(view.source_text.text)
    ):
        view = replace(view, source_text=None)
    name = coded(view)
    if device.name:
        name += "<br/>" + small(words(Words(device.name, language)), 7)
    site = ""
    if device.body_site is not None:
        site = coded(coded_view(labels, device.body_site, language), bold=False)
    status = status_label(labels, "status", device.status)
    since = day(device.period.start) if device.period else ""
    return [name, site or NONE, esc(since or ""), bi_text(status) if status else ""]


def _devices(
    labels: Labels, content: SummaryContent, styles: Styles, width: float
) -> list[Flowable]:
    if not content.on("devices"):
        return []
    items = content.items("devices")
    found: list[Flowable] = [heading(labels("section.devices"), styles)]
    if not items:
        found.append(empty_line(labels, styles, "misc.no_information"))
        return found
    header = [labels("col.device"), labels("col.site"), labels("col.since"), labels("col.status")]
    rows = [_device_row(labels, content, d) for d in items]
    found.append(
        table(header, rows, [0.45 * width, 0.27 * width, 0.13 * width, 0.15 * width], styles)
    )
    return found


def emergency_page(
    labels: Labels,
    content: SummaryContent,
    contacts: Contacts,
    styles: Styles,
    width: float,
    qr_matrix: list[list[bool]] | None,
) -> list[Flowable]:
    found: list[Flowable] = []
    found += page_top(labels, content, contacts, styles, width, qr_matrix)
    found += _warnings(labels, content, styles, width)
    found += _allergies(labels, content, styles, width)
    found += _medicines(labels, content, styles, width)
    found += _cancer(labels, content, styles, width)
    found += _devices(labels, content, styles, width)
    found.append(Spacer(1, 2 * mm))
    found.append(Paragraph(bi(labels("doc.untranslated"), second_size=6), styles.note))

    return found
