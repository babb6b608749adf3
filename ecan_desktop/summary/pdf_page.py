"""Every page's frame: header (patient name, birth date, document title), footer ("patient-held
copy, verify with the treating centre", generation date and time with zone, page x of y), the
document's metadata (title, author, ``/Lang``, creation date) and the embedded IPS file.

"Page x of y" needs the page count, so pages are kept until the document is complete and then
drawn (:class:`FramedCanvas`, the usual reportlab two-pass canvas).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ecan_desktop.summary.labels import Bilingual
from ecan_desktop.summary.pdf_style import BOLD, INK, MUTED, REGULAR, RULE

MARGIN_X = 14 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    mime: str
    description: str


@dataclass(frozen=True)
class PageFrame:
    """What every page shows, already worded."""

    patient_line: Bilingual  # "name · born 1974-06-17"
    title: Bilingual
    held_copy: Bilingual
    generated: Bilingual
    page_of: Callable[[int, int], Bilingual]
    metadata_title: str
    author: str
    subject: str
    language: str
    created: datetime
    attachment: Attachment | None = None


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> float:
    """The font size (at most *size*) at which *text* fits *width*."""
    needed = stringWidth(text, font, size)
    return size if needed <= width else max(4.5, size * width / needed)


def _left(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    font: str,
    size: float,
    width: float,
    color: Any = INK,
) -> None:
    canvas.setFillColor(color)
    canvas.setFont(font, _fit(canvas, text, font, size, width))
    canvas.drawString(x, y, text)


def _right(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    font: str,
    size: float,
    width: float,
    color: Any = INK,
) -> None:
    canvas.setFillColor(color)
    canvas.setFont(font, _fit(canvas, text, font, size, width))
    canvas.drawRightString(x, y, text)


def draw_frame(canvas: Canvas, frame: PageFrame, page: int, pages: int) -> None:
    width, height = canvas._pagesize
    inner = width - 2 * MARGIN_X
    canvas.saveState()
    top = height - 11 * mm
    _left(canvas, frame.patient_line.first, MARGIN_X, top, BOLD, 9, inner * 0.55)
    _right(canvas, frame.title.first, width - MARGIN_X, top, BOLD, 8.5, inner * 0.43)
    if frame.title.second:
        _right(
            canvas, frame.title.second, width - MARGIN_X, top - 9, REGULAR, 6.8, inner * 0.43, MUTED
        )
    if frame.patient_line.second:
        _left(
            canvas, frame.patient_line.second, MARGIN_X, top - 9, REGULAR, 6.8, inner * 0.55, MUTED
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 13, width - MARGIN_X, top - 13)

    bottom = 12 * mm
    canvas.line(MARGIN_X, bottom + 9, width - MARGIN_X, bottom + 9)
    count = frame.page_of(page, pages)
    _left(canvas, frame.held_copy.first, MARGIN_X, bottom, BOLD, 7.4, inner * 0.44)
    _left(canvas, frame.generated.first, MARGIN_X + inner * 0.46, bottom, REGULAR, 7, inner * 0.38)
    _right(canvas, count.first, width - MARGIN_X, bottom, BOLD, 7.4, inner * 0.15)
    if frame.held_copy.second:
        _left(
            canvas,
            frame.held_copy.second,
            MARGIN_X,
            bottom - 8.5,
            REGULAR,
            6.5,
            inner * 0.44,
            MUTED,
        )
    if frame.generated.second:
        _left(
            canvas,
            frame.generated.second,
            MARGIN_X + inner * 0.46,
            bottom - 8.5,
            REGULAR,
            6.2,
            inner * 0.38,
            MUTED,
        )
    if count.second:
        _right(
            canvas, count.second, width - MARGIN_X, bottom - 8.5, REGULAR, 6.5, inner * 0.15, MUTED
        )
    canvas.restoreState()


def _pdf_date(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def pdf_name(text: str) -> str:
    """A PDF name object, delimiters escaped (``application/json`` -> ``/application#2Fjson``;
    reportlab's own PDFName leaves ``/`` as it is)."""
    return "/" + "".join(
        c if "!" <= c <= "~" and c not in "/%()<>[]{}#" else f"#{ord(c):02X}" for c in text
    )


def embed_file(canvas: Canvas, attachment: Attachment, moment: datetime) -> None:
    """Attach a file to the document (the catalog's EmbeddedFiles name tree and /AF), so that
    PDF readers list it and programs (pypdf, PDF/A-3 tools) can take it out."""
    doc = canvas._doc
    stamp = pdfdoc.PDFString(_pdf_date(moment))
    params = pdfdoc.PDFDictionary(
        {
            "Size": len(attachment.data),
            "ModDate": stamp,
            "CheckSum": pdfdoc.PDFString(hashlib.md5(attachment.data).digest(), enc="raw"),
        }
    )
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("EmbeddedFile"),
                "Subtype": pdf_name(attachment.mime),
                "Params": params,
            }
        ),
        attachment.data,
        filters=[pdfdoc.PDFZCompress],
    )
    filespec = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("Filespec"),
            "F": pdfdoc.PDFString(attachment.name),
            "UF": pdfdoc.PDFString(attachment.name),
            "Desc": pdfdoc.PDFString(attachment.description),
            "AFRelationship": pdfdoc.PDFName("Data"),
            "EF": pdfdoc.PDFDictionary({"F": doc.Reference(stream)}),
        }
    )
    reference = doc.Reference(filespec)
    names = pdfdoc.PDFArray([pdfdoc.PDFString(attachment.name), reference])
    doc.Catalog.Names = pdfdoc.PDFDictionary(
        {"EmbeddedFiles": pdfdoc.PDFDictionary({"Names": names})}
    )
    doc.Catalog.AF = pdfdoc.PDFArray([reference])


def framed_canvas(frame: PageFrame, on_page: Callable[[int], None] | None = None) -> type[Canvas]:
    """A canvas class that draws *frame* on every page once the page count is known."""

    class FramedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._doc.info._dateFormatter = lambda *_: _pdf_date(frame.created)

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            if on_page is not None:
                on_page(len(self._pages))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_frame(self, frame, number, total)
                super().showPage()
            if frame.attachment is not None:
                embed_file(self, frame.attachment, frame.created)
            super().save()

    return FramedCanvas
