"""Step two of a summary: the bilingual PDF, rendered in memory (nothing patient-related touches
the disk here; the caller writes the bytes atomically where the user chose).

:func:`render_pdf` is long work in the sense of STYLE.md rule 3: a plain function taking
``progress(done, total)`` and ``cancel()``; it raises :class:`~ecan_desktop.summary.errors.
Cancelled` when asked to stop, between sections and between pages.

Pages: 1 is the emergency page (:mod:`pdf_emergency`), then the oncology history, other
problems, earlier medicines, procedures, immunisations, recent results with trend lines, care
plan and follow-up, and the sources. The IPS bundle of the same record is attached to the file,
without what the selection leaves out.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

from ecan_desktop import __version__
from ecan_desktop.summary.contacts import read_contacts
from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.emergency import emergency_json
from ecan_desktop.summary.errors import Cancelled
from ecan_desktop.summary.ips import FILE_NAME, build_ips, ips_bytes
from ecan_desktop.summary.labels import Labels
from ecan_desktop.summary.pdf_fit import fitted_emergency_page
from ecan_desktop.summary.pdf_history import oncology_history
from ecan_desktop.summary.pdf_page import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    Attachment,
    PageFrame,
    framed_canvas,
)
from ecan_desktop.summary.pdf_qr import qr_matrix
from ecan_desktop.summary.pdf_results import results
from ecan_desktop.summary.pdf_sections import attachment_note, closing_sections, later_sections
from ecan_desktop.summary.pdf_style import REGULAR, make_styles, register_fonts
from ecan_desktop.summary.select import Selection, SummaryContent, select
from ecan_desktop.terminology import Terminology, load_terminology

PAPERS = {"a4": A4, "letter": LETTER}
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class PdfOptions:
    """What the export dialog (or the command line) asks for."""

    languages: tuple[str, ...]  # the clinician's language, then optionally the patient's
    paper: str = "a4"
    qr: bool = True
    selection: Selection | None = None  # None: the default selection


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    pages: int
    ips: dict[str, Any]
    emergency_json: str | None
    languages: tuple[str, ...]
    warnings: tuple[str, ...] = field(default_factory=tuple)  # the rules that fired


def moment_text(moment: datetime) -> str:
    """``2026-11-29 20:05 UTC+01:00``: unambiguous, with the zone."""
    offset = moment.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{moment:%Y-%m-%d %H:%M} {zone}"


def page_frame(labels: Labels, data: SummaryData, attachment: Attachment | None) -> PageFrame:
    patient = data.record.patient.summary
    unknown = labels("misc.not_recorded")
    name = patient.name or unknown.first
    line = labels("doc.patient_line", name=name, date=patient.birth_date or unknown)
    title = labels("doc.title")
    return PageFrame(
        patient_line=line,
        title=title,
        held_copy=labels("doc.held_copy"),
        generated=labels("doc.generated", datetime=moment_text(data.generated_at)),
        page_of=lambda page, pages: labels("doc.page_of", page=page, pages=pages),
        metadata_title=f"{title.first} — {name}",
        author=f"ecan-desktop {__version__}",
        subject=labels("doc.held_copy").first,
        language=labels.primary,
        created=data.generated_at,
        attachment=attachment,
    )


class _Steps:
    def __init__(self, progress: Progress | None, cancel: Cancel | None, total: int) -> None:
        self.progress, self.cancel, self.total, self.done = progress, cancel, total, 0

    def step(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        self.done += 1
        self.total = max(self.total, self.done + 1)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def page(self, _number: int) -> None:
        self.total += 1
        self.step()


def _doc(buffer: io.BytesIO, paper: str, frame_words: PageFrame) -> BaseDocTemplate:
    size = PAPERS.get(paper.lower())
    if size is None:
        raise ValueError(f"paper {paper!r}: a4 or letter")
    width, height = size
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        lang=frame_words.language,
        title=frame_words.metadata_title,
        author=frame_words.author,
        subject=frame_words.subject,
        creator=frame_words.author,
        initialFontName=REGULAR,
        pageCompression=1,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def render_content(
    content: SummaryContent,
    options: PdfOptions,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    terminology: Terminology | None = None,
    ips: dict[str, Any] | None = None,
) -> RenderedPdf:
    words = terminology or load_terminology()
    labels = Labels(options.languages, words)
    data = content.data
    steps = _Steps(progress, cancel, 8)
    # The attachment leaves out what the summary leaves out (ips_selection; with the default
    # selection it is the whole record, as ``export ips`` writes it).
    bundle = (
        ips
        if ips is not None
        else build_ips(
            data, language=labels.primary, terminology=words, selection=content.selection
        )
    )
    steps.step()
    attachment = Attachment(
        FILE_NAME,
        ips_bytes(bundle),
        "application/fhir+json",
        "International Patient Summary (HL7 FHIR R4 document Bundle)",
    )
    qr_text = emergency_json(content, words) if options.qr else None
    styles = make_styles()
    buffer = io.BytesIO()
    frame_words = page_frame(labels, data, attachment)
    register_fonts()
    doc = _doc(buffer, options.paper, frame_words)
    width = doc.width
    contacts = read_contacts(data)
    matrix = qr_matrix(qr_text) if qr_text is not None else None
    flowables = fitted_emergency_page(labels, content, contacts, width, doc.height, matrix)
    flowables.append(PageBreak())
    steps.step()
    flowables += oncology_history(labels, content, styles, width)
    steps.step()
    for part in later_sections(labels, content, styles, width):
        flowables += part
    steps.step()
    flowables += results(labels, content, styles, width)
    steps.step()
    for part in closing_sections(labels, content, styles, width):
        flowables += part
    flowables.append(attachment_note(labels, styles, FILE_NAME))
    steps.step()
    pages: list[int] = []

    def on_page(number: int) -> None:
        pages.append(number)
        steps.page(number)

    doc.build(flowables, canvasmaker=framed_canvas(frame_words, on_page))
    return RenderedPdf(
        pdf=buffer.getvalue(),
        pages=len(pages),
        ips=bundle,
        emergency_json=qr_text,
        languages=labels.languages,
        warnings=tuple(w.rule for w in content.warnings),
    )


def render_pdf(
    data: SummaryData,
    options: PdfOptions,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    terminology: Terminology | None = None,
) -> RenderedPdf:
    """The summary PDF of *data* (select with ``options.selection``, then render)."""
    Labels(options.languages, terminology)  # an unknown language fails before any work
    content = select(data, options.selection, terminology)
    return render_content(
        content, options, progress=progress, cancel=cancel, terminology=terminology
    )
