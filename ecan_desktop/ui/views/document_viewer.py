"""The document viewer: one document's title, kind, date and sources, and its file shown inside
the app (PDF, image, text), or a plain sentence when it cannot be shown, with "Save a copy…".

The file's bytes are read from the vault on its worker when the document is chosen, and only that
one file is held in memory, never written anywhere but where the user saves a copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.record.documents import DocumentItem, NoAttachment, read_attachment
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.export_output import audit_job, write_export
from ecan_desktop.ui.locale_format import format_fhir_date
from ecan_desktop.ui.tasks import CancelToken, Progress
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.views.document_list import (
    IMAGE,
    PDF,
    TEXT,
    attachment_kind_words,
    attachment_label,
    base_type,
    document_title,
    file_kind,
    kind_words,
    size_words,
)
from ecan_desktop.ui.views.document_pages import ImagePage, PdfPage, TextPage
from ecan_desktop.ui.views.source_chips import SourceChips
from ecan_desktop.vault.profiles import OpenProfile

MESSAGE, PDF_PAGE, IMAGE_PAGE, TEXT_PAGE = range(4)
_EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}
_EXTENSIONS |= {"image/gif": ".gif", "text/plain": ".txt", "text/html": ".html"}
_EXTENSIONS |= {"application/xml": ".xml", "text/xml": ".xml", "application/zip": ".zip"}


class DocumentViewer(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._item: DocumentItem | None = None
        self._index = 0
        self._request = 0  # newer reads win; older results are dropped
        self._content: tuple[str, bytes] | None = None  # the one file held in memory
        self._message = ""
        self._saved: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(2), 0, 0, 0)
        layout.setSpacing(grid(1))
        self._build_header(layout)
        self.pages = QStackedWidget(self)
        message_page = QWidget(self.pages)
        message_layout = QHBoxLayout(message_page)
        message_layout.addStretch(1)
        self.message = Label(TextRole.BODY, message_page, selectable=True)
        self.message.setObjectName("documentMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMaximumWidth(text_width(70))
        message_layout.addWidget(self.message, 6)  # no alignment flag: it wraps at its width
        message_layout.addStretch(1)
        self.pages.addWidget(message_page)
        self.pdf_page = PdfPage(self.pages)
        self.pages.addWidget(self.pdf_page)
        self.image_page = ImagePage(self.pages)
        self.pages.addWidget(self.image_page)
        self.text_page = TextPage(self.pages)
        self.pages.addWidget(self.text_page)
        layout.addWidget(self.pages, 1)
        self.retranslate_ui()

    def _build_header(self, layout: QVBoxLayout) -> None:
        header = QHBoxLayout()
        header.setSpacing(grid(2))
        words = QVBoxLayout()
        words.setSpacing(grid(1))
        self.title = Label(TextRole.SECTION, self, selectable=True)
        self.title.setObjectName("documentTitle")
        words.addWidget(self.title)
        self.details = Label(TextRole.BODY, self, secondary=True, selectable=True)
        words.addWidget(self.details)
        self.chips = SourceChips(self)
        words.addWidget(self.chips)
        header.addLayout(words, 1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCopy")
        self.save_button.clicked.connect(self.save_copy)
        header.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        row = QHBoxLayout()
        row.setSpacing(grid(1))
        self.attachment_label = Label(TextRole.BODY, self)
        self.attachment_label.setWordWrap(False)
        row.addWidget(self.attachment_label)
        self.attachments = QComboBox(self)
        self.attachments.setObjectName("attachmentChoice")
        self.attachments.activated.connect(self._on_attachment_chosen)
        self.attachment_label.setBuddy(self.attachments)
        row.addWidget(self.attachments)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = Label(TextRole.BODY, self, secondary=True)
        self.status.setObjectName("documentStatus")
        self.status.hide()
        layout.addWidget(self.status)

    # -- what is shown ----------------------------------------------------------------------------
    @property
    def item(self) -> DocumentItem | None:
        return self._item

    @property
    def pdf_document(self) -> QPdfDocument:
        return self.pdf_page.document

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def message_text(self) -> str:
        return self.message.text() if self.pages.currentIndex() == MESSAGE else ""

    def show_document(self, item: DocumentItem | None) -> None:
        self._forget_file()
        self._item = item
        self._saved = None
        if item is None:
            self._index = 0
            self.attachments.clear()
            self.status.clear()
            self._label_document()
            self._say("")
            return
        self._index = self._preferred_attachment(item)
        self.attachments.clear()
        for position, attachment in enumerate(item.attachments):
            self.attachments.addItem(attachment_label(attachment, position))
        self.attachments.setCurrentIndex(self._index)
        self._label_document()
        self._open_attachment()

    def clear(self) -> None:
        self._request += 1
        self.show_document(None)

    @staticmethod
    def _preferred_attachment(item: DocumentItem) -> int:
        """The attachment in the user's language when there is one, else the first."""
        wanted = QLocale().name().split("_")[0]
        languages = [(a.language or "").split("-")[0] for a in item.attachments]
        for code in (wanted, "en"):
            if code in languages:
                return languages.index(code)
        return 0

    def _on_attachment_chosen(self, index: int) -> None:
        if self._item is not None and index != self._index:
            self._forget_file()
            self._index = index
            self._saved = None
            self._label_document()
            self._open_attachment()

    def _open_attachment(self) -> None:
        item = self._item
        if item is None:
            return
        if item.kind == "composition" or not item.attachments:
            self._say(self._no_file_sentence(item))
            return
        attachment = item.attachments[self._index]
        if not attachment.has_data:
            self._say(self._link_sentence(attachment.url))
            return
        self._say(self.tr("Opening the document…"))
        self._request += 1
        request = self._request
        row_ids, index = item.row_ids, self._index

        def work(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> tuple[str, bytes]:
            del progress, cancel
            return read_attachment(opened.vault, row_ids, index)

        def done(found: tuple[str, bytes]) -> None:
            if request == self._request:
                self._show_file(*found)

        def failed(error: BaseException) -> None:
            if request != self._request:
                return
            if isinstance(error, NoAttachment):
                self._say(
                    self.tr(
                        "This document could not be opened: its data is missing or "
                        "damaged in the summary your centre sent."
                    )
                )
            else:
                self._say(error_text(error))

        self._context.vault.call(work, on_result=done, on_error=failed)

    def _show_file(self, content_type: str, data: bytes) -> None:
        self._content = (content_type, data)
        self.save_button.setEnabled(True)
        kind = file_kind(content_type)
        if kind == PDF:
            self.pdf_page.load(data)
            if self.pdf_page.document.status() == QPdfDocument.Status.Error:
                self.pdf_page.clear()
                self._say(self._cannot_show_sentence(content_type))
                return
            self.pages.setCurrentIndex(PDF_PAGE)
        elif kind == IMAGE and self.image_page.load(data):
            self.pages.setCurrentIndex(IMAGE_PAGE)
        elif kind == TEXT:
            self.text_page.load(data, content_type)
            self.pages.setCurrentIndex(TEXT_PAGE)
        else:
            self._say(self._cannot_show_sentence(content_type))

    def _forget_file(self) -> None:
        self._content = None
        self.pdf_page.clear()
        self.image_page.clear()
        self.text_page.clear_text()
        self.save_button.setEnabled(False)
        self.status.hide()

    def _say(self, text: str) -> None:
        self._message = text
        self.message.setText(text)
        self.pages.setCurrentIndex(MESSAGE)

    # -- saving a copy ----------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        item, content = self._item, self._content
        attachment = item.attachments[self._index] if item and item.attachments else None
        name = (attachment.title if attachment else None) or (document_title(item) if item else "")
        name = file_dialogs.safe_file_name(name)
        suffix = _EXTENSIONS.get(base_type(content[0] if content else None), "")
        if suffix and not name.casefold().endswith(suffix):
            name += suffix
        return Path.home() / name

    def save_copy(self) -> None:
        content = self._content
        if content is None:
            return
        path = file_dialogs.choose_copy_destination(self, self.suggested_path())
        if path is None:
            return
        try:
            write_export(path, content[1])
        except Exception as error:
            self._show_status(error_text(error))
            return
        self._context.vault.call(audit_job({"document": 1}))
        self._saved = str(path)
        self._show_status(self.tr("Saved a copy to {path}.").format(path=path))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    # -- words ------------------------------------------------------------------------------------
    def _no_file_sentence(self, item: DocumentItem) -> str:
        if item.kind == "composition":
            sentence = self.tr(
                "This is the summary document your centre sent. What it holds is shown in the "
                "other parts of your record."
            )
            if item.sections:
                sections = self.tr("Its sections: {sections}.").format(
                    sections=", ".join(item.sections)
                )
                sentence = f"{sentence}\n\n{sections}"
            return sentence
        return self.tr("This document has no file attached.")

    def _link_sentence(self, url: str | None) -> str:
        if url:
            return self.tr(
                "The file is not in the summary: your centre keeps it at {url}. Ask your centre "
                "for a copy."
            ).format(url=url)
        return self.tr("The file is not in the summary. Ask your centre for a copy.")

    def _cannot_show_sentence(self, content_type: str) -> str:
        return self.tr(
            "This kind of file ({type}) cannot be shown here. Save a copy to open it with "
            "another program."
        ).format(type=base_type(content_type) or self.tr("unknown"))

    def _label_document(self) -> None:
        item = self._item
        self.attachments.setVisible(item is not None and len(item.attachments) > 1)
        self.attachment_label.setVisible(self.attachments.isVisible())
        # Only a file in the summary can be saved; a summary document or a link has none.
        self.save_button.setVisible(item is not None and any(a.has_data for a in item.attachments))
        if item is None:
            self.title.clear()
            self.details.clear()
            self.chips.set_sources(())
            return
        title = document_title(item)
        if item.attachments and item.title == item.attachments[0].title:
            # The title is the first file's name: name the file shown instead.
            title = item.attachments[self._index].title or title
        self.title.setText(title)
        parts = [kind_words(item)]
        if item.attachments:
            attachment = item.attachments[self._index]
            if len(item.attachments) > 1:
                parts[0] = attachment_kind_words(attachment)
            parts.append(size_words(attachment.size))
        if item.type is not None and item.type.label and item.type.label != item.title:
            parts.append(item.type.label)
        parts.append(format_fhir_date((item.date or "")[:10]) or "")
        self.details.setText(" · ".join(p for p in parts if p))
        self.chips.set_sources(item.sources)

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Save a copy…"))
        self.attachment_label.setText(self.tr("&Version:"))
        self.attachments.setAccessibleName(self.tr("Version of the document"))
        self.pdf_page.retranslate_ui()
        self._label_document()
        if self._item is not None and self.pages.currentIndex() == MESSAGE and self._message:
            self._open_attachment_words()
        if self._saved:
            self._show_status(self.tr("Saved a copy to {path}.").format(path=self._saved))

    def _open_attachment_words(self) -> None:
        """Say again, in the new language, why the file is not shown."""
        item = self._item
        if item is None:
            return
        if item.kind == "composition" or not item.attachments:
            self._say(self._no_file_sentence(item))
        elif not item.attachments[self._index].has_data:
            self._say(self._link_sentence(item.attachments[self._index].url))
        elif self._content is not None:
            self._say(self._cannot_show_sentence(self._content[0]))
