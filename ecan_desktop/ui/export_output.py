"""The export dialog's outputs: the preview document in memory, printing it, and the audited
writes (STYLE.md rule 4: the audit event is recorded on the vault worker, as the CLI does).

Nothing here touches the disk except :func:`write_export`, which writes one file the user chose,
atomically.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ecan_desktop.atomicfile import atomic_write_bytes
from ecan_desktop.summary.errors import WriteFailed
from ecan_desktop.ui.tasks import CancelToken, Progress
from ecan_desktop.ui.vault_worker import VaultJob
from ecan_desktop.vault.profiles import OpenProfile
from ecan_desktop.vault.records import AuditEvent


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
