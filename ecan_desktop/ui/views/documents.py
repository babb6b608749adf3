"""Documents: the letters, reports and files the centres sent (PDFs, images, text) and the summary
documents themselves, newest first; the chosen one is shown inside the app. Reports that carry
their own file (a lab or pathology report as a PDF) are listed too: the report item itself, not a
copy of it (``record.report_files``).

The list is filled from the record in memory; a document's file is read from the vault only when
it is chosen (see ``document_viewer``). The first document with a file is shown at first.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.record.documents import DocumentItem
from ecan_desktop.record.report_files import report_documents
from ecan_desktop.ui.boxed_list import make_boxed
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.typography import grid, text_width
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.base import RecordView
from ecan_desktop.ui.views.document_list import DocumentListModel
from ecan_desktop.ui.views.document_viewer import DocumentViewer
from ecan_desktop.ui.views.empty_page import EmptyPage

EMPTY, CONTENT = 0, 1


def first_to_show(model: DocumentListModel) -> DocumentItem | None:
    """The newest document with a file in the summary, else the newest document."""
    items = [model.item_at(row) for row in range(model.rowCount())]
    with_file = [i for i in items if i is not None and any(a.has_data for a in i.attachments)]
    return with_file[0] if with_file else (items[0] if items else None)


class DocumentsView(RecordView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(4), grid(3), grid(4), grid(3))
        layout.setSpacing(grid(2))
        self.title, self.hint = self.add_heading(layout)

        self.stack = QStackedWidget(self)
        self.empty = EmptyPage("file-text", self.stack)
        self.empty.button.clicked.connect(self.import_requested)
        self.stack.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal, self.stack)
        splitter.setChildrenCollapsible(False)
        self.model = DocumentListModel(self)
        self.list = QListView(splitter)
        self.list.setObjectName("documentList")
        make_boxed(self.list)
        self.list.setModel(self.model)
        self.list.setMinimumWidth(text_width(30))
        self.list.setMaximumWidth(text_width(50))
        self.list.selectionModel().currentChanged.connect(self._on_current)
        splitter.addWidget(self.list)
        self.viewer = DocumentViewer(context, splitter)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([1000, 3000])  # a quarter for the list, within its limits
        self.stack.addWidget(splitter)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()

    def populate(self, data: RecordViewData) -> None:
        keep = self.viewer.item.id if self.viewer.item is not None else None
        record = data.record
        self.model.set_documents((*record.documents, *report_documents(record.reports)))
        if self.model.rowCount() == 0:
            self.viewer.clear()
            self.stack.setCurrentIndex(EMPTY)
            return
        self.stack.setCurrentIndex(CONTENT)
        row = self.model.row_of(keep) if keep else None
        chosen = self.model.item_at(row) if row is not None else first_to_show(self.model)
        self.select_document(chosen)

    def clear_view(self) -> None:
        self.model.set_documents(())
        self.viewer.clear()
        self.stack.setCurrentIndex(EMPTY)

    def select_document(self, item: DocumentItem | None) -> None:
        row = self.model.row_of(item.id) if item is not None else None
        if row is None:
            self.viewer.show_document(None)
            return
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)
        if self.viewer.item is not item:
            self.viewer.show_document(item)

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        item = self.model.item_at(current.row()) if current.isValid() else None
        if item is not None and item is not self.viewer.item:
            self.viewer.show_document(item)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Documents"))
        self.hint.setText(
            self.tr("Letters, reports and files your centres sent with their summaries.")
        )
        self.list.setAccessibleName(self.tr("Documents"))
        self.empty.set_texts(
            self.tr("No documents yet"),
            self.tr(
                "Letters, reports and other files come with the summaries your centres send. "
                "Import a summary to see them here."
            ),
            self.tr("Import summary"),
        )
        self.model.retranslate()
        self.viewer.retranslate_ui()
