"""The export dialog's work and outputs: reading the record, rendering the chosen document (the
summary or the emergency card) with the user's selection, the preview document in memory,
printing it, and the audited writes (STYLE.md rule 4: the audit event is recorded on the vault
worker, as the CLI does).

Nothing here touches the disk except :func:`write_export`, which writes one file the user chose,
atomically.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ecan_desktop.atomicfile import atomic_write_bytes
from ecan_desktop.summary.errors import WriteFailed
from ecan_desktop.summary.select import Selection
from ecan_desktop.ui.tasks import CancelToken, Progress, TaskFunction
from ecan_desktop.ui.vault_worker import VaultJob
from ecan_desktop.vault.profiles import OpenProfile
from ecan_desktop.vault.records import AuditEvent

if TYPE_CHECKING:
    from ecan_desktop.summary.card import RenderedCard
    from ecan_desktop.summary.data import SummaryData
    from ecan_desktop.summary.render import RenderedPdf

    Rendered = RenderedPdf | RenderedCard


@dataclass(frozen=True)
class ExportSource:
    """What the dialog works from, read once: the record's summary data, every section's items
    in print order (``select.candidates``), the default selection, the number of sources."""

    data: SummaryData
    sections: Mapping[str, tuple[Any, ...]]
    default: Selection
    sources: int


def read_job(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> ExportSource:
    """On the vault worker: everything the summary needs, as plain data."""
    del progress, cancel
    from ecan_desktop.summary.data import read_summary_data
    from ecan_desktop.summary.select import candidates, default_selection

    data = read_summary_data(opened.vault)
    return ExportSource(data, candidates(data), default_selection(data), len(data.record.sources))


@dataclass(frozen=True)
class ExportRequest:
    """One rendering: which document, in which languages, on which paper, with what."""

    kind: str  # export_options.SUMMARY or CARD
    languages: tuple[str, ...]
    paper: str
    qr: bool
    selection: Selection


def render_job(data: SummaryData, request: ExportRequest) -> TaskFunction[Rendered]:
    """The task rendering *request* (in memory, on a worker thread)."""

    def work(progress: Progress, cancel: CancelToken) -> Rendered:
        def stop() -> bool:  # the renderers ask between steps
            return cancel.cancelled

        if request.kind == "card":
            from ecan_desktop.summary.card import render_card

            return render_card(
                data,
                request.languages,
                paper=request.paper,
                selection=request.selection,
                progress=progress,
                cancel=stop,
            )
        from ecan_desktop.summary.render import PdfOptions, render_pdf

        options = PdfOptions(
            request.languages, request.paper, qr=request.qr, selection=request.selection
        )
        return render_pdf(data, options, progress=progress, cancel=stop)

    return work


def ips_job(
    data: SummaryData, language: str, selection: Selection, path: Path
) -> TaskFunction[int]:
    """The task writing the IPS file (without what the user left out); returns its entries."""

    def work(progress: Progress, cancel: CancelToken) -> int:
        del progress, cancel
        from ecan_desktop.summary.ips import build_ips, ips_bytes

        bundle = build_ips(data, language=language, selection=selection)
        write_export(path, ips_bytes(bundle))
        return len(bundle["entry"])

    return work


class InMemoryPdf(QObject):
    """A QPdfDocument read from bytes held in a QBuffer (never a temporary file)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None

    def load(self, pdf: bytes) -> None:
        self.document.close()
        old = self._buffer
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None


class PdfPreview(QWidget):
    """A PDF shown from bytes held in a QBuffer (never a temporary file).

    Each load shows a new document in a new QPdfView. A QPdfView cannot be given another
    document safely: its renderer thread may still be drawing a page of the old one, and that
    image lands in the view's page cache after the new document cleared it (the renderer also
    answers a request for the same page and size with the one in flight), so the old page would
    stay on screen. A new view has its own renderer; the old one is deleted with its thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.document = QPdfDocument(self)
        self.view = self._new_view(self.document)
        self._layout.addWidget(self.view)
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None

    def _new_view(self, document: QPdfDocument) -> QPdfView:
        view = QPdfView(self)
        view.setObjectName("exportPreviewPages")
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.accessibleName())
        view.setDocument(document)
        return view

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.view.setAccessibleName(name)

    def load(self, pdf: bytes) -> None:
        old_view, old_document, old_buffer = self.view, self.document, self._buffer
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        bar = old_view.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        self.view = self._new_view(self.document)
        self._layout.replaceWidget(old_view, self.view)
        if old_view.hasFocus():
            self.view.setFocus()
        old_view.hide()
        # In this order: the view (and its renderer thread) goes before its document.
        old_view.deleteLater()
        old_document.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()
        view = self.view
        QTimer.singleShot(0, view, lambda: _scroll_to(view, where))  # once it is laid out

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None


def _scroll_to(view: QPdfView, where: float) -> None:
    bar = view.verticalScrollBar()
    bar.setValue(round(where * bar.maximum()))


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Rasterise each page of *document* onto *printer*; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start")
    printed = 0
    try:
        dpi = max(150, min(printer.resolution(), 300))
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image: QImage = document.render(index, size)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
            printed += 1
    finally:
        painter.end()
    return printed


def write_export(path: Path, data: bytes) -> None:
    """Write *data* atomically to the file the user chose."""
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise WriteFailed(path=str(path), reason=exc.strerror or type(exc).__name__) from exc


def audit_job(counts: dict[str, int]) -> VaultJob[None]:
    """The vault-worker job recording that an export happened (kind and counts, never content)."""

    def work(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> None:
        del progress, cancel
        opened.vault.record(AuditEvent.EXPORTED, counts)

    return work
