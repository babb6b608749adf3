"""The top of page 1: the title, who the patient is (name, birth date and age, sex, identifiers
with their issuer and country, languages spoken), whom to call (treating centre, oncologist,
emergency contact), and the QR code of the emergency data set beside them."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ecan_desktop.summary.contacts import Contacts
from ecan_desktop.summary.labels import Labels
from ecan_desktop.summary.pdf_blocks import bi, small, table_style
from ecan_desktop.summary.pdf_qr import QrFlowable
from ecan_desktop.summary.pdf_style import RULE, Styles, esc
from ecan_desktop.summary.pdf_words import (
    age,
    bi_text,
    contact_markup,
    identifier_markup,
    language_names,
)
from ecan_desktop.summary.select import SummaryContent

LABEL_WIDTH = 31 * mm


def _identity(
    labels: Labels, content: SummaryContent, contacts: Contacts, styles: Styles, width: float
) -> Table:
    data = content.data
    patient = data.record.patient.summary
    missing = small(bi_text(labels("misc.not_recorded")), 7.5)
    years = age(patient.birth_date, data.today)
    facts = []
    birth = f"<b>{esc(patient.birth_date)}</b>" if patient.birth_date else missing
    if years is not None:
        birth += " " + small(bi_text(labels("misc.age", years=years)), 7.5)
    facts.append(f"{small(bi_text(labels('field.birth_date')), 7)} {birth}")
    sex = labels.sex(patient.gender)
    if sex is not None:
        facts.append(f"{small(bi_text(labels('field.sex')), 7)} {bi_text(sex)}")
    name = f'<font size="11"><b>{esc(patient.name)}</b></font>' if patient.name else missing
    rows: list[tuple[str, str]] = [("field.name", name + "<br/>" + " · ".join(facts))]
    if contacts.identifiers:
        rows.append(
            (
                "field.identifiers",
                "<br/>".join(identifier_markup(labels, data, i) for i in contacts.identifiers[:4]),
            )
        )
    if contacts.languages:
        rows.append(("field.languages", esc(language_names(contacts.languages))))
    rows.append(("field.treating_centre", contact_markup(labels, data, contacts.treating_centre)))
    rows.append(("field.oncologist", contact_markup(labels, data, contacts.oncologist)))
    emergency = contacts.emergency[:2]
    rows.append(
        (
            "field.emergency_contact",
            "<br/>".join(contact_markup(labels, data, c) for c in emergency)
            if emergency
            else contact_markup(labels, data, None),
        )
    )
    cells = [
        [Paragraph(bi(labels(key), second_size=6), styles.head_cell), Paragraph(value, styles.cell)]
        for key, value in rows
    ]
    found = Table(cells, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH], hAlign="LEFT")
    found.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
            ]
        )
    )
    return found


def page_top(
    labels: Labels,
    content: SummaryContent,
    contacts: Contacts,
    styles: Styles,
    width: float,
    qr_matrix: list[list[bool]] | None,
) -> list[Flowable]:
    title = labels("doc.emergency")
    head = Paragraph(
        esc(title.first) + (f"<br/>{small(esc(title.second), 9)}" if title.second else ""),
        styles.title,
    )
    head.keepWithNext = 1
    if qr_matrix is None:
        return [head, Spacer(1, 2 * mm), _identity(labels, content, contacts, styles, width)]
    code = QrFlowable(qr_matrix)
    qr_width = code.side
    left_width = width - qr_width - 4 * mm
    caption = Paragraph(bi(labels("doc.qr_caption"), second_size=5.8), styles.note)
    right = [code, caption]
    left = [head, Spacer(1, 2 * mm), _identity(labels, content, contacts, styles, left_width)]
    grid = Table([[left, right]], colWidths=[left_width + 4 * mm, qr_width], hAlign="LEFT")
    grid.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [grid]
