"""Every word the summary can print has a glyph in the shipped fonts, in every shipped language
(a missing glyph prints as a blank box: "≤ 5" would read "5")."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ecan_desktop.paths import resource_path
from ecan_desktop.summary.pdf_style import FONT_FILES, esc, make_styles
from ecan_desktop.terminology import load_terminology

# Signs the renderer adds itself: warning sign, telephone, dashes, middle dot, comparators, units.
RENDERER_SIGNS = "⚠☎—\u2013·•≤≥±µ²\u00d7°…→/[]()"


def texts(language: str) -> list[str]:
    pack = load_terminology().packs[language]
    return [*pack.labels.values(), *pack.concepts.values(), *pack.agents.values()]


@pytest.fixture(scope="module")
def fonts() -> dict[str, TTFont]:
    return {
        name: TTFont(name, str(resource_path("fonts", file))) for name, file in FONT_FILES.items()
    }


@pytest.mark.parametrize("language", load_terminology().shipped)
def test_every_label_has_glyphs_in_every_font(language: str, fonts: dict[str, TTFont]) -> None:
    characters = {c for text in texts(language) for c in text} | set(RENDERER_SIGNS)
    for name, font in fonts.items():
        missing = sorted(
            c
            for c in characters
            if c.isprintable() and c != " " and ord(c) not in font.face.charToGlyph
        )
        assert missing == [], f"{name} lacks {missing} for {language}"


@pytest.mark.parametrize("language", load_terminology().shipped)
def test_every_label_renders_and_reads_back(language: str) -> None:
    styles = make_styles()
    buffer = io.BytesIO()
    story = [Paragraph(esc(text), styles.body) for text in texts(language)]
    story += [Paragraph(f"<b>{esc(text)}</b>", styles.body) for text in texts(language)[:40]]
    SimpleDocTemplate(buffer).build(story)
    extracted = " ".join(page.extract_text() for page in PdfReader(buffer).pages)
    flattened = " ".join(extracted.split())
    missing = [t for t in texts(language) if " ".join(t.split()) not in flattened]
    assert missing == []
