"""Exporting the summary: options, what to include, a live preview, Save PDF…, Export IPS
(.json)…, Print…; the full summary or the emergency card.

The record is read once, on the vault worker (``read_summary_data``, as ``export pdf`` does);
every change of an option or of the selection renders the chosen document again in the task
runner (after a short pause, so that ticking several boxes renders once: ``export_renderer``),
with progress, and the preview shows it from memory (a QBuffer, never a temporary file). Saving
writes the bytes of the preview atomically where the user chose; printing prints the preview:
both are what the user sees. The vault's audit log records each export on the vault worker
(kind and counts, never content), like the command line.

What the user leaves out of the summary is left out of everything this dialog writes: the PDF,
the emergency card, and the IPS file (attached to the PDF and exported), where a required section
emptied by the selection says ``withheld`` (summary/ips_selection.py). A doctor opening the
attachment must not find what the patient chose not to show.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.ui import file_dialogs, recovery_code_page
from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.export_options import CARD, ExportOptions
from ecan_desktop.ui.export_output import (
    ExportRequest,
    ExportSource,
    PdfPreview,
    audit_job,
    ips_job,
    print_document,
    read_job,
    write_export,
)
from ecan_desktop.ui.export_renderer import PreviewRenderer
from ecan_desktop.ui.export_selection import SelectionTree
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width

if TYPE_CHECKING:
    from ecan_desktop.summary.data import SummaryData
    from ecan_desktop.summary.select import Selection
    from ecan_desktop.ui.export_output import Rendered


class ExportDialog(QDialog):
    def __init__(self, context: AppContext, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self._label = label  # the profile's label, for the suggested file names
        self.data: SummaryData | None = None
        self.rendered: Rendered | None = None
        self.rendered_kind = ""  # what the preview shows: export_options.SUMMARY or CARD
        self.renders = 0  # finished renders (tests wait on it)
        self._error: BaseException | None = None
        self._notice: str | None = None
        self._reading = False
        self._renderer = PreviewRenderer(context.tasks, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(2))
        body = QHBoxLayout()
        body.setSpacing(grid(3))
        body.addWidget(self._build_side(), 0)
        self.preview = PdfPreview(self)
        self.preview.setObjectName("exportPreview")
        self.pdf = self.preview  # .document: what the preview shows (tests read its pages)
        self.preview.setMinimumSize(text_width(44), text_width(30))
        body.addWidget(self.preview, 1)
        layout.addLayout(body, 1)
        self.error = MessageBanner(Severity.ERROR, self)
        layout.addWidget(self.error)
        layout.addLayout(self._build_bottom())

        self.options.changed.connect(self._option_changed)
        self.include.changed.connect(self._option_changed)
        self._renderer.due.connect(self._render)
        self._renderer.rendered.connect(self._show)
        self._renderer.failed.connect(self._on_failed)
        self._renderer.progressed.connect(self.busy_row.progress)
        self._set_ready(False)
        self._fit_to(parent)
        self.retranslate_ui()

    def _build_side(self) -> QScrollArea:
        """Options and what to include, in a column that scrolls when the window is short."""
        scroll = QScrollArea(self)
        scroll.setObjectName("exportSide")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QWidget(scroll)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, grid(1), 0)
        column.setSpacing(grid(1.5))
        self.title = Label(TextRole.SECTION, side)
        column.addWidget(self.title)
        self.intro = Label(TextRole.BODY, side, secondary=True)
        column.addWidget(self.intro)
        self.options = ExportOptions(self._context.language, side)
        column.addWidget(self.options)
        # the tests and the record frame reach the fields as before
        self.first_language = self.options.first_language
        self.second_language = self.options.second_language
        self.paper = self.options.paper
        self.qr = self.options.qr
        self.document = self.options.document
        self.include = SelectionTree(side)
        column.addWidget(self.include, 1)
        scroll.setWidget(side)
        width = text_width(60)
        side.setMinimumWidth(width - grid(2))
        scroll.setFixedWidth(width)
        return scroll

    def _build_bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(grid(2))
        status = QVBoxLayout()
        status.setSpacing(grid(0.5))
        self.busy_row = BusyRow(self)
        status.addWidget(self.busy_row)
        self.status = Label(TextRole.CAPTION, self, secondary=True, selectable=True)
        self.status.setObjectName("exportStatus")
        status.addWidget(self.status)
        row.addLayout(status, 1)
        self.ips_button = QPushButton(self)
        self.ips_button.setObjectName("exportIps")
        self.ips_button.clicked.connect(self.export_ips)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printPdf")
        self.print_button.clicked.connect(self.print_pdf)
        self.print_button.setVisible(recovery_code_page.printers_available())
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePdf")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeExport")
        self.close_button.clicked.connect(self.reject)
        for button in (self.ips_button, self.print_button, self.save_button, self.close_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        return row

    def _fit_to(self, parent: QWidget | None) -> None:
        """Most of the window it belongs to: the preview needs the room."""
        if parent is None:
            return
        size = parent.window().size()
        self.resize(
            max(self.minimumSizeHint().width(), min(size.width() - grid(6), text_width(170))),
            max(self.minimumSizeHint().height(), size.height() - grid(6)),
        )

    # -- options ----------------------------------------------------------------------------------
    @property
    def languages(self) -> tuple[str, ...]:
        return self.options.languages

    @property
    def selection(self) -> Selection:
        return self.include.selection

    def request(self) -> ExportRequest:
        return ExportRequest(
            self.options.kind,
            self.languages,
            self.options.paper_code,
            self.qr.isChecked(),
            self.include.selection,
        )

    # -- reading and rendering --------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._reading or self._renderer.busy

    def start(self) -> None:
        self._reading = True
        self.busy_row.start(self.tr("Reading your record…"), self.tr("Preparing the summary"))
        self._context.vault.call(read_job, on_result=self._on_read, on_error=self._on_failed)

    def _on_read(self, source: ExportSource) -> None:
        self._reading = False
        self.data = source.data
        self.include.set_content(source.sections, source.default, source.sources)
        self._render()

    def _option_changed(self) -> None:
        if self.data is not None:
            self._set_ready(False)
            self._renderer.schedule()
        self.retranslate_ui()

    def _render(self) -> None:
        data, request = self.data, self.request()
        assert data is not None
        self._error = None
        self._notice = None
        self.error.clear()
        self._set_ready(False)
        self.busy_row.start(self.tr("Rendering the preview…"), self.tr("Rendering the preview"))
        self.status.clear()  # the page count comes with the new preview
        self._renderer.render(data, request)  # newest first: the render under way is cancelled

    def _show(self, result: Rendered, kind: str) -> None:
        self.rendered, self.rendered_kind = result, kind
        self.renders += 1
        self.pdf.load(result.pdf)
        self.busy_row.stop()
        self._set_ready(True)
        self.retranslate_ui()

    def _on_failed(self, error: BaseException) -> None:
        self._reading = False
        self._error = error
        self.busy_row.stop()
        self._set_ready(False)
        self.retranslate_ui()

    def _set_ready(self, ready: bool) -> None:
        # Save and Print take what the preview shows: not while it is out of date.
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.ips_button.setEnabled(self.data is not None)

    @property
    def _card(self) -> bool:
        return self.rendered_kind == CARD

    # -- outputs ----------------------------------------------------------------------------------
    def _suggested(self, suffix: str, card: bool = False) -> Path:
        name = (self.tr("{label} emergency card") if card else self.tr("{label} summary")).format(
            label=self._label
        )
        return Path.home() / f"{file_dialogs.safe_file_name(name)}{suffix}"

    def _audit(self, counts: dict[str, int]) -> None:
        self._context.vault.call(audit_job(counts), on_error=self._on_failed)

    def _say(self, text: str) -> None:
        self._notice = text
        self._error = None
        self.retranslate_ui()

    def _counts(self, result: Rendered, **kind: int) -> dict[str, int]:
        return {**kind, "pages": result.pages, "languages": len(result.languages)}

    def save_pdf(self) -> None:
        result, card = self.rendered, self._card
        if result is None:
            return
        path = file_dialogs.choose_pdf_destination(self, self._suggested(".pdf", card))
        if path is None:
            return
        try:
            write_export(path, result.pdf)
        except Exception as error:
            self._on_failed(error)
            return
        if card:
            self._audit({"card": 1, "languages": len(result.languages)})  # as `export card`
        else:
            self._audit(self._counts(result, pdf=1))
        self._say(self.tr("Saved to {path}.").format(path=path))

    def export_ips(self) -> None:
        data = self.data
        if data is None:
            return
        path = file_dialogs.choose_ips_destination(self, self._suggested(".json"))
        if path is None:
            return

        def done(entries: int) -> None:
            self._audit({"ips": 1, "entries": entries})
            self._say(self.tr("Saved to {path}.").format(path=path))

        job = ips_job(data, self.languages[0], self.include.selection, path)
        self._context.tasks.run(job, on_result=done, on_error=self._on_failed)

    def print_pdf(self) -> None:
        result, card = self.rendered, self._card
        if result is None:
            return
        printer = recovery_code_page.ask_printer(self)
        if printer is None:
            return
        try:
            pages = print_document(self.pdf.document, printer)
        except Exception as error:
            self._on_failed(error)
            return
        counts = {"print": 1, "pages": pages, "languages": len(result.languages)}
        self._audit({**counts, "card": 1} if card else counts)
        self._say(self.tr("Sent to the printer."))

    # -- closing ----------------------------------------------------------------------------------
    def done(self, code: int) -> None:
        self._renderer.stop()  # late results are dropped
        self.pdf.clear()
        self.rendered = None
        self.data = None
        self.include.clear()
        super().done(code)

    # -- language ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export summary"))
        self.title.setText(self.tr("Export summary"))
        self.intro.setText(
            self.tr(
                "A summary for a doctor abroad: labels in the doctor's language, optionally "
                "with a second language beneath. The IPS file is attached to the PDF."
            )
        )
        options = self.options
        options.document_label.setText(self.tr("D&ocument:"))
        options.document.setItemText(0, self.tr("Full summary"))
        options.document.setItemText(1, self.tr("Emergency card (wallet size)"))
        options.first_label.setText(self.tr("&Doctor's language:"))
        options.second_label.setText(self.tr("&Second language:"))
        options.paper_label.setText(self.tr("&Paper:"))
        options.second_language.setItemText(0, self.tr("None"))
        options.paper.setItemText(0, self.tr("A4"))
        options.paper.setItemText(1, self.tr("Letter"))
        options.qr.setText(self.tr("&QR code with the emergency data on page 1"))
        card = options.kind == CARD
        self.save_button.setText(self.tr("Save card…") if card else self.tr("Save PDF…"))
        self.ips_button.setText(self.tr("Export IPS (.json)…"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))
        self.preview.set_accessible_name(
            self.tr("Preview of the emergency card") if card else self.tr("Preview of the summary")
        )
        if self.busy_row.isVisible():
            self.busy_row.set_text(
                self.tr("Reading your record…")
                if self.data is None
                else self.tr("Rendering the preview…")
            )
        if self.rendered is not None and self._notice is None and self.busy_row.isHidden():
            self.status.setText(self.tr("%n page(s).", "", self.rendered.pages))
        else:
            self.status.setText(self._notice or "")
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        else:
            self.error.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
