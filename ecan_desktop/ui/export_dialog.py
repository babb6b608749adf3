"""Exporting the summary: options, a live preview, Save PDF…, Export IPS (.json)…, Print….

The record is read once, on the vault worker (``read_summary_data``, as ``export pdf`` does);
every change of an option renders the PDF again in the task runner, with progress, and the
preview shows it from memory (a QBuffer, never a temporary file). Saving writes the bytes of the
preview atomically where the user chose; the vault's audit log records each export on the vault
worker (kind and counts, never content), like the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.i18n.languages import language
from ecan_desktop.ui import file_dialogs, recovery_code_page
from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.combo_box import ComboBox
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.export_output import InMemoryPdf, audit_job, print_document, write_export
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.tasks import CancelToken, Progress, Task
from ecan_desktop.ui.toggles import CheckBox
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.vault.profiles import OpenProfile

if TYPE_CHECKING:
    from ecan_desktop.summary.data import SummaryData
    from ecan_desktop.summary.render import PdfOptions, RenderedPdf

PAPERS = ("a4", "letter")


def pdf_languages() -> tuple[str, ...]:
    """The languages our terminology can print, in the order of the app's language list."""
    from ecan_desktop.i18n.languages import LANGUAGES
    from ecan_desktop.terminology import load_terminology

    terminology = load_terminology()
    return tuple(lang.code for lang in LANGUAGES if terminology.has(lang.code))


def read_job(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> SummaryData:
    """On the vault worker: everything the summary needs, as plain data."""
    del progress, cancel
    from ecan_desktop.summary.data import read_summary_data

    return read_summary_data(opened.vault)


class ExportDialog(QDialog):
    def __init__(self, context: AppContext, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self._label = label  # the profile's label, for the suggested file names
        self._codes = pdf_languages()
        self.data: SummaryData | None = None
        self.rendered: RenderedPdf | None = None
        self.renders = 0  # finished renders (tests wait on it)
        self._generation = 0
        self._finished = 0  # the last generation whose render came back
        self._task: Task | None = None
        self._error: BaseException | None = None
        self._notice: str | None = None
        self._reading = False

        layout = QHBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(3))
        side = QVBoxLayout()
        side.setSpacing(grid(2))
        self.title = Label(TextRole.SECTION, self)
        side.addWidget(self.title)
        self.intro = Label(TextRole.BODY, self, secondary=True)
        self.intro.setMaximumWidth(text_width(36))
        side.addWidget(self.intro)
        side.addLayout(self._build_options())
        self.busy_row = BusyRow(self)
        side.addWidget(self.busy_row)
        self.status = Label(TextRole.CAPTION, self, secondary=True, selectable=True)
        self.status.setObjectName("exportStatus")
        side.addWidget(self.status)
        self.error = MessageBanner(Severity.ERROR, self)
        side.addWidget(self.error)
        side.addStretch(1)
        self._build_buttons(side)
        layout.addLayout(side, 0)

        self.pdf = InMemoryPdf(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setDocument(self.pdf.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setMinimumSize(text_width(48), text_width(40))
        layout.addWidget(self.preview, 1)

        for combo in (self.first_language, self.second_language, self.paper):
            combo.currentIndexChanged.connect(self._option_changed)
        self.qr.toggled.connect(self._option_changed)
        self._set_ready(False)
        self.retranslate_ui()

    def _build_options(self) -> QFormLayout:
        form = QFormLayout()
        form.setSpacing(grid(1.5))
        self.first_language = ComboBox(self)
        self.first_language.setObjectName("firstLanguage")
        self.second_language = ComboBox(self)
        self.second_language.setObjectName("secondLanguage")
        self.paper = ComboBox(self)
        self.paper.setObjectName("paper")
        self.qr = CheckBox(self)
        self.qr.setObjectName("qr")
        self.qr.setChecked(True)
        self.first_label = Label(TextRole.BODY, self)
        self.second_label = Label(TextRole.BODY, self)
        self.paper_label = Label(TextRole.BODY, self)
        form.addRow(self.first_label, self.first_language)
        form.addRow(self.second_label, self.second_language)
        form.addRow(self.paper_label, self.paper)
        form.addRow(self.qr)
        for field_label, field in (
            (self.first_label, self.first_language),
            (self.second_label, self.second_language),
            (self.paper_label, self.paper),
        ):
            field_label.setBuddy(field)
        self._fill_choices()
        return form

    def _build_buttons(self, side: QVBoxLayout) -> None:
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePdf")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_pdf)
        self.ips_button = QPushButton(self)
        self.ips_button.setObjectName("exportIps")
        self.ips_button.clicked.connect(self.export_ips)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printPdf")
        self.print_button.clicked.connect(self.print_pdf)
        self.print_button.setVisible(recovery_code_page.printers_available())
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeExport")
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.ips_button, self.print_button, self.close_button):
            side.addWidget(button)

    # -- options ----------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        # The doctor abroad reads English first (changeable); the patient's own language, the
        # UI's, goes beneath when it differs.
        ui = self._context.language
        first = "en" if "en" in self._codes else self._codes[0]
        for code in self._codes:
            self.first_language.addItem(language(code).native_name, code)
        self.first_language.setCurrentIndex(self._codes.index(first))
        self.second_language.addItem("", None)  # "none", named in retranslate_ui
        for code in self._codes:
            self.second_language.addItem(language(code).native_name, code)
        second = ui if ui in self._codes and ui != first else None
        self.second_language.setCurrentIndex(self.second_language.findData(second))
        for paper in PAPERS:
            self.paper.addItem("", paper)

    @property
    def languages(self) -> tuple[str, ...]:
        first = str(self.first_language.currentData())
        second = self.second_language.currentData()
        return (first,) if second is None or second == first else (first, str(second))

    def options(self) -> PdfOptions:
        from ecan_desktop.summary.render import PdfOptions

        return PdfOptions(
            self.languages, str(self.paper.currentData() or "a4"), qr=self.qr.isChecked()
        )

    # -- reading and rendering --------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._reading or self._task is not None

    def start(self) -> None:
        self._reading = True
        self.busy_row.start(self.tr("Reading your record…"), self.tr("Preparing the summary"))
        self._context.vault.call(read_job, on_result=self._on_read, on_error=self._on_failed)

    def _on_read(self, data: SummaryData) -> None:
        self._reading = False
        self.data = data
        self._render()

    def _option_changed(self) -> None:
        if self.data is not None:
            self._render()

    def _render(self) -> None:
        from ecan_desktop.summary.render import render_pdf

        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        data, options = self.data, self.options()
        assert data is not None
        self._error = None
        self._notice = None
        self.error.clear()
        self._set_ready(False)
        self.busy_row.start(self.tr("Rendering the preview…"), self.tr("Rendering the preview"))

        def work(progress: Progress, cancel: CancelToken) -> RenderedPdf:
            return render_pdf(data, options, progress=progress, cancel=lambda: cancel.cancelled)

        def done(result: RenderedPdf) -> None:
            if generation == self._generation:
                self._finished, self._task = generation, None
                self._show(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._finished, self._task = generation, None
                self._on_failed(error)

        def progressed(done_steps: int, total: int) -> None:
            if generation == self._generation:
                self.busy_row.progress(done_steps, total)

        task = self._context.tasks.run(
            work, on_result=done, on_error=failed, on_progress=progressed
        )
        if self._finished != generation:  # a synchronous runner has already answered
            self._task = task

    def _show(self, result: RenderedPdf) -> None:
        self.rendered = result
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
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.ips_button.setEnabled(self.data is not None)

    # -- outputs ----------------------------------------------------------------------------------
    def _suggested(self, suffix: str) -> Path:
        name = file_dialogs.safe_file_name(self.tr("{label} summary").format(label=self._label))
        return Path.home() / f"{name}{suffix}"

    def _audit(self, counts: dict[str, int]) -> None:
        self._context.vault.call(audit_job(counts), on_error=self._on_failed)

    def _say(self, text: str) -> None:
        self._notice = text
        self._error = None
        self.retranslate_ui()

    def save_pdf(self) -> None:
        result = self.rendered
        if result is None:
            return
        path = file_dialogs.choose_pdf_destination(self, self._suggested(".pdf"))
        if path is None:
            return
        try:
            write_export(path, result.pdf)
        except Exception as error:
            self._on_failed(error)
            return
        self._audit({"pdf": 1, "pages": result.pages, "languages": len(result.languages)})
        self._say(self.tr("Saved to {path}.").format(path=path))

    def export_ips(self) -> None:
        data = self.data
        if data is None:
            return
        path = file_dialogs.choose_ips_destination(self, self._suggested(".json"))
        if path is None:
            return
        language_code = self.languages[0]

        def work(progress: Progress, cancel: CancelToken) -> int:
            del progress, cancel
            from ecan_desktop.summary.ips import build_ips, ips_bytes

            bundle = build_ips(data, language=language_code)
            write_export(path, ips_bytes(bundle))
            return len(bundle["entry"])

        def done(entries: int) -> None:
            self._audit({"ips": 1, "entries": entries})
            self._say(self.tr("Saved to {path}.").format(path=path))

        self._context.tasks.run(work, on_result=done, on_error=self._on_failed)

    def print_pdf(self) -> None:
        result = self.rendered
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
        self._audit({"print": 1, "pages": pages, "languages": len(result.languages)})
        self._say(self.tr("Sent to the printer."))

    # -- closing ----------------------------------------------------------------------------------
    def done(self, code: int) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1  # late results are dropped
        self.pdf.clear()
        self.rendered = None
        self.data = None
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
        self.first_label.setText(self.tr("&Doctor's language:"))
        self.second_label.setText(self.tr("&Second language:"))
        self.paper_label.setText(self.tr("&Paper:"))
        self.second_language.setItemText(0, self.tr("None"))
        self.paper.setItemText(0, self.tr("A4"))
        self.paper.setItemText(1, self.tr("Letter"))
        self.qr.setText(self.tr("&QR code with the emergency data on page 1"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.ips_button.setText(self.tr("Export IPS (.json)…"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        if self.busy_row.isVisible():
            self.busy_row.set_text(
                self.tr("Reading your record…")
                if self.data is None
                else self.tr("Rendering the preview…")
            )
        if self.rendered is not None and self._notice is None:
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
