"""Building blocks of the printed summary: bilingual headings and labels (the second language
beneath, smaller), untranslated words with their language mark, coded items, tables.

Everything from the data goes through :func:`esc`; the markup is reportlab's paragraph markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph, Table, TableStyle

from ecan_desktop.summary.labels import Bilingual, CodedView, Labels, Words, language_tag
from ecan_desktop.summary.pdf_style import BAND, HEADER_FILL, REGULAR, RULE, Styles, esc

# the muted grey of pdf_style, as CSS rgb() (reportlab parses "#4d4d4d" through a slow path)
MUTED_HEX = "rgb(77,77,77)"
NONE = "\u2013"  # an empty cell


def small(text: str, size: float = 6.6, color: str = MUTED_HEX) -> str:
    return f'<font size="{size}" color="{color}">{text}</font>'


def capitalised(label: Bilingual) -> Bilingual:
    """A display that heads a cell, with a capital first letter in each language (terminology
    displays are written in lower case, as running text needs them)."""

    def cap(text: str | None) -> str | None:
        return text[:1].upper() + text[1:] if text else text

    return Bilingual(cap(label.first) or "", cap(label.second))


def bi(label: Bilingual, *, bold: bool = False, second_size: float = 6.6) -> str:
    """Markup: the first language, and the second beneath in smaller type."""
    first = f"<b>{esc(label.first)}</b>" if bold else esc(label.first)
    if label.second is None or label.second == label.first:
        return first
    return f"{first}<br/>{small(esc(label.second), second_size)}"


def bi_inline(label: Bilingual, *, bold: bool = False) -> str:
    """Markup: the first language, the second after a slash in smaller type (for tight spots)."""
    first = f"<b>{esc(label.first)}</b>" if bold else esc(label.first)
    if label.second is None or label.second == label.first:
        return first
    return f"{first} {small('/ ' + esc(label.second))}"


def tag(language: str | None) -> str:
    """The mark after untranslated words: ``[ro]``."""
    return small(f"[{esc(language_tag(language))}]", 6)


def words(found: Words | None, *, bold: bool = False) -> str:
    if found is None:
        return ""
    text = f"<b>{esc(found.text)}</b>" if bold else esc(found.text)
    return f"{text} {tag(found.language)}"


def codes(view: CodedView) -> str:
    return small(" · ".join(f"{esc(system)} {esc(code)}" for system, code in view.codes))


def coded(view: CodedView, *, bold: bool = True, show_codes: bool = True) -> str:
    """A coded item: our display (both languages) or the source's (with its language), then the
    codes, then the source's own words when they differ."""
    parts: list[str] = []
    if view.translated is not None:
        parts.append(bi(capitalised(view.translated) if bold else view.translated, bold=bold))
    elif view.display is not None:
        parts.append(words(view.display, bold=bold))
    elif view.source_text is not None:
        parts.append(words(view.source_text, bold=bold))
    if show_codes and view.codes:
        parts.append(codes(view))
    if view.source_text is not None and (view.translated is not None or view.display is not None):
        parts.append(small(words(view.source_text), 7))
    return "<br/>".join(parts) if parts else NONE


def heading(label: Bilingual, styles: Styles, *, level: int = 1) -> Paragraph:
    style = styles.section if level == 1 else styles.subsection
    size = 7.4 if level == 1 else 6.8
    first = esc(label.first)
    if label.second is not None and label.second != label.first:
        first += f"<br/>{small(esc(label.second), size)}"
    return Paragraph(first, style)


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A table style in our font (reportlab's tables otherwise select Helvetica, which is not
    embedded and covers none of our languages, even when every cell is a paragraph)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), *commands])


def _cell(markup: str, styles: Styles, right: bool, width: float) -> Paragraph | str:
    """Plain short text as a plain string (a paragraph costs a markup parse and a line break
    search; a table has many dates and numbers), anything else as a paragraph."""
    if (
        "<" not in markup
        and "&" not in markup
        and len(markup) * styles.cell.fontSize * 0.62 < (width - 6)
    ):
        return markup
    return Paragraph(markup, styles.cell_right if right else styles.cell)


def table(
    header: Sequence[Bilingual],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: Styles,
    *,
    right: Sequence[int] = (),
) -> Table:
    """A table with a bilingual header row repeated on every page and banded rows."""
    head = [Paragraph(bi(h, second_size=6), styles.head_cell) for h in header]
    body = [
        [_cell(cell, styles, i in right, widths[i]) for i, cell in enumerate(row)] for row in rows
    ]
    found = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 1), (-1, -1), REGULAR, styles.cell.fontSize),
        *(("ALIGN", (i, 1), (i, -1), "RIGHT") for i in right),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
    ]
    for index in range(2, len(body) + 1, 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), BAND))
    found.setStyle(table_style(commands))
    return found


def empty_line(labels: Labels, styles: Styles, key: str = "misc.none_recorded") -> Paragraph:
    return Paragraph(bi_inline(labels(key)), styles.small)
