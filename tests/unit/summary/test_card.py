"""The emergency card: one page, two languages, credit-card-size sides, the QR code."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from ecan_desktop.summary.card import CARD_HEIGHT, CARD_WIDTH, render_card
from ecan_desktop.summary.data import SummaryData
from tests.unit.summary.conftest import decode_qr


def test_the_card_is_one_page_in_two_languages_with_the_qr(
    demo_data: SummaryData, tmp_path: Path
) -> None:
    card = render_card(demo_data, ("de", "ro"))
    reader = PdfReader(io.BytesIO(card.pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for words in (
        "NOTFALL — KREBSBEHANDLUNG",
        "URGENȚĂ — TRATAMENT ONCOLOGIC",
        "Ioana Teodora Bălănescu",
        "1974-06-17",
        "Penicillin",
        "penicilină",
        "hoch",
        "Tamoxifen",
        "ICD-10 C50.4",
        "Stadium IIB",
        "implantiertes Portsystem",
        "Venöses Portsystem: nur Huber-Nadel",
        "Cameră port venoasă: numai ac Huber",
        "Institutul Oncologic Someș, Cluj-Napoca",
    ):
        assert words in text, words
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert decode_qr(card.pdf, tmp_path, dpi=300) == [card.emergency_json]


def test_card_sides_are_credit_card_size() -> None:
    assert round(CARD_WIDTH / 72 * 25.4, 2) == 85.6
    assert round(CARD_HEIGHT / 72 * 25.4, 2) == 53.98


def test_the_card_in_greek_and_bulgarian_on_letter(demo_data: SummaryData) -> None:
    card = render_card(demo_data, ("el", "bg"), paper="letter")
    reader = PdfReader(io.BytesIO(card.pdf))
    page = reader.pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)
    text = " ".join(page.extract_text().split())
    assert "ΕΚΤΑΚΤΗ ΑΝΑΓΚΗ" in text and "СПЕШНО" in text  # noqa: RUF001 (Greek capitals)
    assert "πενικιλλίνη" in text and "пеницилин" in text
