"""The Documents view's list: each document with its title, its kind in plain words, its date and
where it came from; newest first. Also the words for kinds of files and attachment choices.

Reports that carry their files (a lab or pathology report as a PDF) are listed among the
documents as the report item itself (``record.report_files``), named as the report they are."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ecan_desktop.i18n.languages import is_supported, language
from ecan_desktop.record.dates import sort_key
from ecan_desktop.record.documents import AttachmentInfo, DocumentItem
from ecan_desktop.record.report_files import (
    IMAGING_REPORT,
    LAB_REPORT,
    PATHOLOGY_REPORT,
    REPORT_KINDS,
)
from ecan_desktop.ui.boxed_list import KEY_ROLE, SUBTITLE_ROLE
from ecan_desktop.ui.views.result_values import medium_date_text
from ecan_desktop.ui.views.source_chips import chip_text

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
PDF, IMAGE, TEXT, OTHER = "pdf", "image", "text", "other"
SHOWN_IMAGES = frozenset({"image/png", "image/jpeg", "image/jpg", "image/gif", "image/bmp"})


def base_type(content_type: str | None) -> str:
    """``text/plain; charset=utf-8`` -> ``text/plain``."""
    return (content_type or "").split(";")[0].strip().casefold()


def file_kind(content_type: str | None) -> str:
    """How the viewer shows a file: PDF, IMAGE, TEXT or OTHER (offered as a copy to save)."""
    found = base_type(content_type)
    if found == "application/pdf":
        return PDF
    if found in SHOWN_IMAGES:
        return IMAGE
    if found.startswith("text/"):
        return TEXT
    return OTHER


def report_words(item: DocumentItem) -> str:
    """What a report is, in plain words: "Lab report (PDF)" when its file is a PDF in the summary,
    else "Lab report" (the viewer names the kind of file)."""
    first = item.attachments[0] if item.attachments else None
    pdf = first is not None and first.has_data and file_kind(first.content_type) == PDF
    if item.kind == LAB_REPORT:
        if pdf:
            return QCoreApplication.translate("Documents", "Lab report (PDF)")
        return QCoreApplication.translate("Documents", "Lab report")
    if item.kind == PATHOLOGY_REPORT:
        if pdf:
            return QCoreApplication.translate("Documents", "Pathology report (PDF)")
        return QCoreApplication.translate("Documents", "Pathology report")
    if item.kind == IMAGING_REPORT:
        if pdf:
            return QCoreApplication.translate("Documents", "Scan or X-ray report (PDF)")
        return QCoreApplication.translate("Documents", "Scan or X-ray report")
    if pdf:
        return QCoreApplication.translate("Documents", "Test report (PDF)")
    return QCoreApplication.translate("Documents", "Test report")


def kind_words(item: DocumentItem) -> str:
    """What the document is, in plain words."""
    if item.kind in REPORT_KINDS:
        return report_words(item)
    if item.kind == "composition":
        return QCoreApplication.translate("Documents", "Summary document")
    first = item.attachments[0] if item.attachments else None
    if first is None:
        return QCoreApplication.translate("Documents", "Document")
    if not first.has_data:
        return QCoreApplication.translate("Documents", "Link to a document")
    return attachment_kind_words(first)


def attachment_kind_words(attachment: AttachmentInfo) -> str:
    kind = file_kind(attachment.content_type)
    if kind == PDF:
        return QCoreApplication.translate("Documents", "PDF document")
    if kind == IMAGE:
        return QCoreApplication.translate("Documents", "Image")
    if kind == TEXT:
        return QCoreApplication.translate("Documents", "Letter or report (text)")
    return QCoreApplication.translate("Documents", "File")


def size_words(size: int | None) -> str:
    if not size:
        return ""
    return QLocale().formattedDataSize(size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def language_name(code: str | None) -> str:
    """An attachment's language as its speakers write it ("italiano", "Deutsch"), else the code."""
    if not code:
        return ""
    short = code.split("-")[0].casefold()
    if is_supported(short):
        name = language(short).native_name
    else:
        locale = QLocale(code)
        name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return f"{name[:1].upper()}{name[1:]}" if name else code


def attachment_label(attachment: AttachmentInfo, position: int) -> str:
    """The choice of one attachment among several ("Italiano", "Deutsch", or its title)."""
    language = language_name(attachment.language)
    if language:
        return language
    return attachment.title or QCoreApplication.translate("Documents", "File {number}").format(
        number=position + 1
    )


def document_title(item: DocumentItem) -> str:
    if not item.title and item.kind in REPORT_KINDS:
        return report_words(item)
    return item.title or QCoreApplication.translate("Documents", "Untitled document")


def sorted_documents(items: tuple[DocumentItem, ...]) -> tuple[DocumentItem, ...]:
    """Newest first; undated last, in the record's order."""
    dated = sorted((i for i in items if i.date), key=lambda i: sort_key(i.date), reverse=True)
    return (*dated, *(i for i in items if not i.date))


class DocumentListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[DocumentItem, ...] = ()

    def set_documents(self, items: tuple[DocumentItem, ...]) -> None:
        self.beginResetModel()
        self._items = sorted_documents(items)
        self.endResetModel()

    def retranslate(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def item_at(self, row: int) -> DocumentItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int | None:
        return next((i for i, d in enumerate(self._items) if d.id == item_id), None)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._items)

    @staticmethod
    def subtitle(item: DocumentItem) -> str:
        parts = [kind_words(item), medium_date_text(item.date) if item.date else ""]
        parts.extend(dict.fromkeys(chip_text(s) for s in item.sources))
        return " · ".join(p for p in parts if p)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return document_title(item)
        if role == SUBTITLE_ROLE:
            return self.subtitle(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{document_title(item)}, {self.subtitle(item)}"
        if role == KEY_ROLE:
            return item.id
        return None
