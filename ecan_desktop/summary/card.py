"""The emergency card: one page to print, cut out and fold into a wallet card. Front and back are
credit-card size (ISO/IEC 7810 ID-1, 85.60 x 53.98 mm) side by side, folded on the dotted line
between them; both sides carry the two languages.

Front: who (name, birth date), allergies, current medicines, devices. Back: active cancer with
stage, the warnings in short, whom to call, and the QR code of the emergency data set. Content
that does not fit a side is shrunk to fit (the full summary has everything).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph

from ecan_desktop import __version__
from ecan_desktop.record.dates import day
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.patient_entries import only_patient_reported
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.summary.contacts import read_contacts
from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.emergency import emergency_json
from ecan_desktop.summary.errors import Cancelled
from ecan_desktop.summary.labels import Bilingual, Labels, Words, coded_view, fmt_number
from ecan_desktop.summary.pdf_blocks import bi, small, words
from ecan_desktop.summary.pdf_qr import QrFlowable, qr_matrix
from ecan_desktop.summary.pdf_style import (
    ALERT,
    BOLD,
    INK,
    MUTED,
    REGULAR,
    Styles,
    esc,
    register_fonts,
)
from ecan_desktop.summary.pdf_style import make_styles as page_styles
from ecan_desktop.summary.pdf_words import (
    agent_name,
    bi_text,
    stage_line,
    stages_of,
    status_label,
)
from ecan_desktop.summary.render import moment_text
from ecan_desktop.summary.select import Selection, SummaryContent, select
from ecan_desktop.terminology import Terminology

CARD_WIDTH: float = 85.60 * mm
CARD_HEIGHT: float = 53.98 * mm
PADDING: float = 2.6 * mm
BAND: float = 7.2 * mm
CARD_QR: float = 30 * mm
FOOTNOTE: float = 1.6 * mm  # room for "patient-held copy" under the back's text
PAPERS = {"a4": A4, "letter": LETTER}


@dataclass(frozen=True)
class RenderedCard:
    pdf: bytes
    emergency_json: str
    languages: tuple[str, ...]
    pages: int = 1  # one page, both sides side by side


def _line(label: Bilingual, text: str) -> str:
    head = f"<b>{esc(label.first)}</b>"
    if label.second and label.second != label.first:
        head += small(" / " + esc(label.second), 5.2)
    return f"{head}: {text}" if text else head


def _both(label: Bilingual) -> str:
    text = esc(label.first)
    if label.second and label.second != label.first:
        text += small(" / " + esc(label.second), 5.2)
    return text


def _allergies(labels: Labels, content: SummaryContent) -> list[str]:
    found = []
    for allergy in content.items("allergies"):
        language = content.data.language_of(allergy.row_ids)
        if allergy.no_known_allergy:
            found.append(_both(labels("allergy.none_known")))
            continue
        view = coded_view(labels, allergy.substance, language)
        name = (
            _both(view.translated) if view.translated else words(view.display or view.source_text)
        )
        parts = [f"<b>{name}</b>"]
        crit = status_label(labels, "criticality", allergy.criticality)
        if crit is not None:
            parts.append(("⚠ " if allergy.criticality == "high" else "") + _both(crit))
        for reaction in allergy.reactions[:1]:
            for manifestation in reaction.manifestations[:2]:
                translated = labels.concept(manifestation)
                if translated is not None:
                    parts.append(_both(translated))
        found.append(" · ".join(parts))
    return found


def _front(labels: Labels, content: SummaryContent, styles: Styles) -> list[Flowable]:
    data = content.data
    patient = data.record.patient.summary
    found: list[Flowable] = []
    found.append(
        Paragraph(f'<font size="9.5"><b>{esc(patient.name or "?")}</b></font>', styles.body)
    )
    if patient.birth_date:
        found.append(
            Paragraph(
                _line(labels("field.birth_date"), f"<b>{esc(patient.birth_date)}</b>"), styles.body
            )
        )
    none = labels("card.none")
    allergies = _allergies(labels, content)
    # A section the user left out is not printed at all: "none recorded" would say something
    # else (as on the summary's emergency page, which then leaves out the heading too).
    if content.on("allergies"):
        found.append(
            Paragraph(
                _line(labels("section.allergies"), "; ".join(allergies) or _both(none)),
                styles.body,
            )
        )
    medicines = []
    for item in content.items("current_medications"):
        if isinstance(item, SystemicAgent):
            name = _both(agent_name(labels, item.agent))
            medicines.append(f"<b>{name}</b>" + (f" (ATC {esc(item.atc)})" if item.atc else ""))
        elif isinstance(item, Medication):
            translated = labels.agent(item.name)
            language = data.language_of(item.row_ids)
            shown = _both(translated) if translated else words(Words(item.name or "?", language))
            medicines.append(f"<b>{shown}</b>" + (f" (ATC {esc(item.atc)})" if item.atc else ""))
            # the patient's own entry, not a centre's
            if only_patient_reported(data.resource(r) for r in item.row_ids):
                medicines[-1] += f" ({_both(labels('misc.reported_by_patient'))})"
    if content.on("current_medications"):
        found.append(
            Paragraph(
                _line(labels("section.current_medications"), "; ".join(medicines) or _both(none)),
                styles.body,
            )
        )
    devices = []
    for device in content.items("devices"):
        if device.status not in (None, "active"):
            continue
        language = data.language_of(device.row_ids)
        view = coded_view(labels, device.type, language)
        shown = (
            _both(view.translated)
            if view.translated
            else words(Words(device.name or "?", language))
        )
        since = day(device.period.start) if device.period else None
        devices.append(f"<b>{shown}</b>" + (f" ({esc(since)})" if since else ""))
    if devices:
        found.append(Paragraph(_line(labels("section.devices"), "; ".join(devices)), styles.body))
    return found


def _warning_line(labels: Labels, rule: str, agents: tuple[str, ...], dose: float | None) -> str:
    names = [agent_name(labels, a) for a in agents]
    text = labels(
        f"card.warning.{rule}",
        agents=Bilingual(
            ", ".join(n.first for n in names), ", ".join(n.second or n.first for n in names)
        ),
        dose=fmt_number(dose),
    )
    line = f"<b>⚠ {esc(text.first)}</b>"
    if text.second:
        line += "<br/>" + small(esc(text.second), 5.2)
    return line


def _back(labels: Labels, content: SummaryContent, styles: Styles) -> list[Flowable]:
    data = content.data
    found: list[Flowable] = []
    cancers = []
    for diagnosis in content.items("active_cancer"):
        parts = []
        if diagnosis.icd10 is not None and diagnosis.icd10.code:
            parts.append(f"<b>ICD-10 {esc(diagnosis.icd10.code)}</b>")
        if diagnosis.icdo3_morphology is not None and diagnosis.icdo3_morphology.code:
            parts.append(f"ICD-O-3 {esc(diagnosis.icdo3_morphology.code)}")
        groups = [s for s in stages_of(data, diagnosis) if s.kind in ("group", "other") and s.stage]
        if groups:
            parts.append(_both(stage_line(labels, groups[-1])))
        if not parts and diagnosis.title:  # no ICD code: the source's words say what it is
            parts.append(words(Words(diagnosis.title, data.language_of(diagnosis.row_ids))))
        if diagnosis.date:
            parts.append(esc(day(diagnosis.date) or ""))
        cancers.append(" · ".join(parts))
    if cancers:
        found.append(
            Paragraph(_line(labels("section.active_cancer"), "; ".join(cancers)), styles.body)
        )
    for warning in content.warnings:
        found.append(
            Paragraph(
                _warning_line(labels, warning.rule, warning.agents, warning.dose), styles.alert
            )
        )
    contacts = read_contacts(data)
    for key, contact in (
        ("field.emergency_contact", contacts.emergency[0] if contacts.emergency else None),
        ("field.treating_centre", contacts.treating_centre),
    ):
        if contact is None:
            continue
        text = ", ".join(esc(p) for p in (contact.name, contact.country) if p)
        if contact.phone:
            text += f" ☎ <b>{esc(contact.phone)}</b>"
        found.append(Paragraph(_line(labels(key), text), styles.body))
    found.append(Paragraph(_both(labels("card.more")), styles.note))
    return found


def _card_styles(size: float) -> Styles:
    styles = page_styles(size)
    styles.body.spaceBefore = size * 0.35
    return styles


def _band(canvas: Canvas, x: float, y: float, labels: Labels) -> None:
    title = labels("card.title")
    canvas.setFillColor(ALERT)
    canvas.rect(x, y + CARD_HEIGHT - BAND, CARD_WIDTH, BAND, stroke=0, fill=1)
    canvas.setFillColor("white")
    canvas.setFont(BOLD, 7.4)
    canvas.drawString(x + PADDING, y + CARD_HEIGHT - 3.4 * mm, title.first)
    if title.second:
        canvas.setFont(REGULAR, 5.4)
        canvas.drawString(x + PADDING, y + CARD_HEIGHT - 6.1 * mm, title.second)


def _panel(
    canvas: Canvas, content: list[Flowable], x: float, y: float, width: float, height: float
) -> None:
    frame = Frame(
        x,
        y,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        showBoundary=0,
    )
    frame.addFromList([KeepInFrame(width, height, content, mode="shrink")], canvas)


def _draw_card(
    canvas: Canvas, labels: Labels, content: SummaryContent, qr_text: str, x: float, y: float
) -> None:
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.5)
    canvas.roundRect(x, y, 2 * CARD_WIDTH, CARD_HEIGHT, 3 * mm, stroke=1, fill=0)
    canvas.setDash(1.5, 2)
    canvas.line(x + CARD_WIDTH, y - 4 * mm, x + CARD_WIDTH, y + CARD_HEIGHT + 4 * mm)
    canvas.setDash()
    for side in (x, x + CARD_WIDTH):
        _band(canvas, side, y, labels)
    inner = CARD_HEIGHT - BAND - 2 * PADDING
    _panel(
        canvas,
        _front(labels, content, _card_styles(7.2)),
        x + PADDING,
        y + PADDING,
        CARD_WIDTH - 2 * PADDING,
        inner,
    )
    code = QrFlowable(qr_matrix(qr_text), CARD_QR)
    code.drawOn(canvas, x + 2 * CARD_WIDTH - PADDING - CARD_QR, y + PADDING + (inner - CARD_QR))
    _panel(
        canvas,
        _back(labels, content, _card_styles(6.2)),
        x + CARD_WIDTH + PADDING,
        y + PADDING + FOOTNOTE,
        CARD_WIDTH - 3 * PADDING - CARD_QR,
        inner - FOOTNOTE,
    )
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 4.4)
    held = labels("doc.held_copy")
    canvas.drawRightString(x + 2 * CARD_WIDTH - PADDING, y + 1.2 * mm, held.first)


def render_card(
    data: SummaryData,
    languages: tuple[str, ...],
    *,
    paper: str = "a4",
    selection: Selection | None = None,
    terminology: Terminology | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> RenderedCard:
    """The emergency card page as PDF bytes (in memory)."""
    labels = Labels(languages, terminology)
    size = PAPERS.get(paper.lower())
    if size is None:
        raise ValueError(f"paper {paper!r}: a4 or letter")
    content = select(data, selection, labels.terminology)
    if cancel is not None and cancel():
        raise Cancelled()
    qr_text = emergency_json(content, labels.terminology)
    if progress is not None:
        progress(1, 2)
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=size, lang=labels.primary, pageCompression=1, initialFontName=REGULAR
    )
    patient = data.record.patient.summary
    title = labels("card.document_title")
    canvas.setTitle(f"{title.first} — {patient.name or ''}".strip(" —"))
    canvas.setAuthor(f"ecan-desktop {__version__}")
    canvas.setCreator(f"ecan-desktop {__version__}")
    canvas.setSubject(labels("doc.held_copy").first)
    page_width, page_height = size
    x = (page_width - 2 * CARD_WIDTH) / 2
    y = page_height - 30 * mm - CARD_HEIGHT
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 11)
    canvas.drawString(x, page_height - 16 * mm, f"{title.first} — {patient.name or ''}".strip(" —"))
    styles = page_styles()
    generated = labels("doc.generated", datetime=moment_text(data.generated_at))
    instructions = Paragraph(
        bi(labels("card.instructions"), second_size=6.5) + "<br/>" + small(bi_text(generated), 6.5),
        styles.body,
    )
    _draw_card(canvas, labels, content, qr_text, x, y)
    _panel(canvas, [instructions], x, y - 26 * mm, 2 * CARD_WIDTH, 18 * mm)
    canvas.showPage()
    canvas.save()
    if progress is not None:
        progress(2, 2)
    return RenderedCard(buffer.getvalue(), qr_text, labels.languages)
