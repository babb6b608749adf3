"""The pages of the document viewer: a PDF (QtPdf, read from memory, never from a temporary file),
an image scaled to the width, and text in a read-only box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QTextDocumentFragment
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.ui.export_output import InMemoryPdf
from ecan_desktop.ui.typography import Label, TextRole, grid, role_font, text_width

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0


class PdfPage(QWidget):
    """A PDF with page and zoom buttons; fits the width at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))
        bar = QHBoxLayout()
        bar.setSpacing(grid(1))
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.page_label = Label(TextRole.BODY, self)
        self.page_label.setWordWrap(False)
        self.zoom_out_button = QPushButton(self)
        self.zoom_in_button = QPushButton(self)
        self.fit_button = QPushButton(self)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.pdf = InMemoryPdf(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.view.pageNavigator().currentPageChanged.connect(self._update_controls)
        self.pdf.document.statusChanged.connect(self._update_controls)
        self.retranslate_ui()

    @property
    def document(self) -> QPdfDocument:
        return self.pdf.document

    def load(self, data: bytes) -> None:
        self.pdf.load(data)
        self.fit_width()
        self._update_controls()

    def clear(self) -> None:
        self.pdf.clear()
        self._update_controls()

    def page_count(self) -> int:
        return self.pdf.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, current * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _update_controls(self, *_: object) -> None:
        count, page = self.page_count(), self.current_page()
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count) if count else ""
        )

    def retranslate_ui(self) -> None:
        self.previous_button.setText(self.tr("Previous page"))
        self.next_button.setText(self.tr("Next page"))
        self.zoom_out_button.setText(self.tr("Smaller"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button.setText(self.tr("Larger"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button.setText(self.tr("Fit width"))
        self.view.setAccessibleName(self.tr("PDF document"))
        self._update_controls()


class ImagePage(QScrollArea):
    """An image at the viewer's width (never larger than it is), scrolling when tall."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel(self)
        self.label.setObjectName("documentImage")
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.image = QImage()

    def load(self, data: bytes) -> bool:
        self.image = QImage.fromData(data)
        self._scale()
        return not self.image.isNull()

    def clear(self) -> None:
        self.image = QImage()
        self.label.clear()

    def _scale(self) -> None:
        if self.image.isNull():
            self.label.clear()
            return
        width = min(self.image.width(), max(1, self.viewport().width() - grid(2)))
        scaled = self.image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.label.setPixmap(QPixmap.fromImage(scaled))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()


class TextPage(QPlainTextEdit):
    """Text as the centre wrote it, read-only, at a readable line length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentText")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(role_font(TextRole.BODY))
        self.setMaximumWidth(text_width(96))
        self.document().setDocumentMargin(grid(2))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Text of the document"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self, data: bytes, content_type: str | None) -> None:
        text = decode_text(data, content_type)
        if "html" in (content_type or "").casefold():
            # Shown as text: no markup is run and nothing is fetched.
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        self.setPlainText(text)

    def clear_text(self) -> None:
        self.clear()


def decode_text(data: bytes, content_type: str | None) -> str:
    """*data* as text, in the charset the content type names, else UTF-8, else Latin-1."""
    charset = "utf-8-sig"
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().casefold() == "charset" and value.strip():
            charset = value.strip().strip('"')
    for encoding in (charset, "utf-8-sig"):
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")
