"""The printed summary's fonts, colours and paragraph styles.

DejaVu Sans ships in ``resources/fonts/`` and is embedded, subset to the glyphs used: it covers
Latin extended, Greek, Cyrillic and the signs lab values need (≤ ≥ ± µ); reportlab's built-in
fonts do not (ENVIRONMENT.md). Sizes follow one scale from the body size (UI.md: title 1.6x,
section 1.25x, caption 0.85x); colours keep 4.5 : 1 contrast on white, and severity is never
colour alone (a sign and a word go with it).
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ecan_desktop.paths import resource_path

REGULAR = "EcanSans"
BOLD = "EcanSans-Bold"
FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
}

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")  # 8.6 : 1 on white
FAINT = colors.HexColor("#6b6b6b")  # 5.3 : 1 on white
RULE = colors.HexColor("#9a9a9a")
ALERT = colors.HexColor("#a3001b")  # 7.4 : 1 on white
ALERT_FILL = colors.HexColor("#fdeeee")
BAND = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#1f4e79")
HEADER_FILL = colors.HexColor("#e4e9ef")


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process.

    Also turns off reportlab's ASCII85 wrapping of compressed streams (its default): binary
    streams are a fifth smaller and much faster to write, and only the summary writes PDFs."""
    rl_config.useA85 = 0
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    second: ParagraphStyle  # the second language, beneath, smaller
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    title: ParagraphStyle
    section: ParagraphStyle
    subsection: ParagraphStyle
    alert: ParagraphStyle
    note: ParagraphStyle


def make_styles(base: float = 8.6) -> Styles:
    register_fonts()

    def style(name: str, size: float, font: str = REGULAR, **extra: object) -> ParagraphStyle:
        settings: dict[str, object] = {
            "textColor": INK,
            "alignment": TA_LEFT,
            "autoLeading": "min",
            **extra,
        }
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=round(size * 1.25, 2), **settings
        )

    return Styles(
        body=style("body", base),
        small=style("small", base * 0.85, textColor=MUTED),
        second=style("second", base * 0.8, textColor=MUTED),
        cell=style("cell", base * 0.95),
        cell_bold=style("cell_bold", base * 0.95, BOLD),
        cell_right=style("cell_right", base * 0.95, alignment=TA_RIGHT),
        head_cell=style("head_cell", base * 0.85, BOLD),
        title=style("title", base * 1.8, BOLD, textColor=ACCENT),
        section=style(
            "section",
            base * 1.3,
            BOLD,
            textColor=ACCENT,
            spaceBefore=5,
            spaceAfter=2.5,
            keepWithNext=1,
        ),
        subsection=style(
            "subsection", base * 1.05, BOLD, spaceBefore=4, spaceAfter=1, keepWithNext=1
        ),
        alert=style("alert", base, autoLeading="max"),
        note=style("note", base * 0.8, textColor=FAINT),
    )


def esc(text: str | None) -> str:
    """Text for a reportlab paragraph (its mini-markup must not be triggered by the data)."""
    return escape(text or "")
