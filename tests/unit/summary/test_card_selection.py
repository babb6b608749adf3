"""The emergency card follows the user's selection: what they leave out is not on it, and a
left-out section is not printed as "none recorded" (that would say something else)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from ecan_desktop.summary.card import render_card
from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.labels import Labels
from ecan_desktop.summary.select import candidates, default_selection


def card_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def test_a_left_out_section_is_not_on_the_card(demo_data: SummaryData) -> None:
    labels = Labels(("en",))
    full = card_text(render_card(demo_data, ("en",), selection=default_selection(demo_data)).pdf)
    assert labels.one("en", "section.allergies") in full and "penicillin" in full
    selection = default_selection(demo_data).with_section("allergies", False)
    text = card_text(render_card(demo_data, ("en",), selection=selection).pdf)
    assert labels.one("en", "section.allergies") not in text
    assert "penicillin" not in text
    assert labels.one("en", "card.none") not in text
    assert "tamoxifen" in text  # the rest stays


def test_a_left_out_item_is_not_on_the_card(demo_data: SummaryData) -> None:
    selection = default_selection(demo_data)
    (medicine,) = candidates(demo_data)["current_medications"]
    text = card_text(
        render_card(demo_data, ("en",), selection=selection.with_item(medicine.id, False)).pdf
    )
    assert "tamoxifen" not in text
