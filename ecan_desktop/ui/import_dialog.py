"""Importing files: a preview of what will change, then progress with Cancel, then the result.

1. **Checking**: every file is read and imported in a rehearsal on the vault worker, then rolled
   back (``importers.preview``): the preview's counts are exactly those the import will give.
2. **Preview**: per file, where it comes from, what it adds, updates and links, and the problems
   found in it. A file about someone else is not imported unless the user says, per file, that it
   is the same person after all (then the preview is checked again with that answer).
3. **Importing**: the same import for real, all files kept together or none, so Cancel leaves the
   record exactly as it was. Cancel is answered inside a large file too, and the bar moves as its
   resources are written (``importers.preview.FILE_STEPS`` steps a file).
4. **Result**: what each file did, with its problems (also kept with the source, for Sources).

All vault work runs on the vault worker (``import_jobs``); the dialog only shows plain reports,
and progress reaches it at most every 50 ms, so the window never freezes.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.importers.preview import FILE_STEPS
from ecan_desktop.importers.report import FileReport
from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.import_file_card import FileResult, mismatched_people
from ecan_desktop.ui.import_jobs import ImportRun, import_files_job, preview_files_job
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.tasks import Task
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width


def short_name(name: str, most: int = 40) -> str:
    """A long file name shortened in the middle, for a line of progress text."""
    if len(name) <= most:
        return name
    keep = (most - 1) // 2
    return f"{name[:keep]}…{name[-keep:]}"


class Stage(enum.Enum):
    CHECKING = "checking"
    PREVIEW = "preview"
    IMPORTING = "importing"
    DONE = "done"


class ImportDialog(QDialog):
    changed = Signal()  # something was imported: the record window reloads

    def __init__(
        self, context: AppContext, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self.paths = list(dict.fromkeys(paths))  # the same file dropped twice is one file
        self.stage = Stage.CHECKING
        self.preview: list[FileReport] | None = None
        self.run: ImportRun | None = None
        self.accepted: set[int] = set()  # files about someone else the user wants anyway
        self.refused: set[int] = set()
        self._cancelling = False
        self._error: BaseException | None = None
        self._task: Task | None = None
        self._progress = (0, len(self.paths) * FILE_STEPS)
        self._questions: list[int] = []
        self.question: MessageDialog | None = None  # the patient question on screen, if any
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(2))
        self.setMinimumWidth(text_width(72) + grid(6))  # the same width in every step
        self.title = Label(TextRole.SECTION, self)
        layout.addWidget(self.title)
        self.summary = Label(TextRole.BODY, self, secondary=True)
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        self.totals = Label(TextRole.STRONG, self)
        self.totals.setObjectName("importTotals")
        layout.addWidget(self.totals)
        self.busy_row = BusyRow(self, cancellable=True)
        self.busy_row.cancel_requested.connect(self.cancel)
        layout.addWidget(self.busy_row)
        self.error = MessageBanner(Severity.ERROR, self)
        layout.addWidget(self.error)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(self.scroll)
        self.results = QVBoxLayout(holder)
        self.results.setContentsMargins(0, 0, 0, 0)
        self.results.setSpacing(grid(1))
        self.results.addStretch(1)
        self.scroll.setWidget(holder)
        self.scroll.setMinimumWidth(text_width(72))
        self.scroll.hide()
        layout.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        buttons.addStretch(1)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("dismissImport")
        self.dismiss_button.clicked.connect(self.reject)
        buttons.addWidget(self.dismiss_button)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("confirmImport")
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.start_import)
        buttons.addWidget(self.import_button)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeImport")
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.result_rows: list[FileResult] = []
        self._show_buttons()

    # -- running ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.stage in (Stage.CHECKING, Stage.IMPORTING)

    @property
    def _asking(self) -> bool:
        return bool(self._questions) or self.question is not None

    @property
    def importable(self) -> bool:
        """Importing the previewed files would change the record."""
        return any(r.status == "imported" for r in self.preview or [])

    def start(self) -> None:
        """Check the files: the preview (nothing is written)."""
        self._begin(Stage.CHECKING)
        task = self._context.vault.call(
            preview_files_job(self.paths, self.accepted),
            on_result=self._on_preview,
            on_error=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_preview_cancelled,
        )
        if self.busy:  # a synchronous runner has already finished it
            self._task = task

    def start_import(self) -> None:
        """Import the previewed files for real."""
        if self.stage is not Stage.PREVIEW or not self.importable or self._asking:
            return
        self._begin(Stage.IMPORTING)
        task = self._context.vault.call(
            import_files_job(self.paths, self.accepted),
            on_result=self._on_done,
            on_error=self._on_failed,
            on_progress=self._on_progress,
        )
        if self.busy:
            self._task = task

    def _begin(self, stage: Stage) -> None:
        self.stage = stage
        self._cancelling = False
        self._progress = (0, len(self.paths) * FILE_STEPS)
        self._show_buttons()
        self.retranslate_ui()
        self.busy_row.cancel_button.setFocus()  # type: ignore[union-attr]

    def cancel(self) -> None:
        if self._task is not None and self.busy:
            self._cancelling = True
            self.retranslate_ui()
            self._task.cancel()

    def reject(self) -> None:
        if self.busy:
            self.cancel()  # Esc while working means Cancel; the dialog says what happened
            return
        super().reject()

    def _on_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self.retranslate_ui()

    def _finish(self, stage: Stage) -> None:
        self.stage = stage
        self._task = None
        self._cancelling = False
        self.busy_row.stop()
        self._show_buttons()

    def _on_preview(self, reports: list[FileReport]) -> None:
        self._finish(Stage.PREVIEW)
        self.preview = reports
        self._show_reports(reports, preview=True)
        self._questions = [
            i
            for i, report in enumerate(reports)
            if report.patient_mismatch and i not in self.accepted | self.refused
        ]
        self._ask_next(rechecking=False)

    def _on_preview_cancelled(self) -> None:
        self._finish(Stage.PREVIEW)
        super().reject()  # nothing was written: the dialog simply goes

    def _on_done(self, run: ImportRun) -> None:
        self._finish(Stage.DONE)
        self.run = run
        self._show_reports(run.reports, preview=False)
        if any(r.status == "imported" for r in run.reports):
            self.changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._finish(Stage.DONE)
        self._error = error
        self._show_buttons()
        self.retranslate_ui()

    def _show_reports(self, reports: Sequence[FileReport], *, preview: bool) -> None:
        for row in self.result_rows:
            row.hide()
            row.deleteLater()
        self.result_rows = []
        holder = self.scroll.widget()
        for report in reports:
            row = FileResult(report, holder, preview=preview)
            self.results.insertWidget(self.results.count() - 1, row)
            row.show()  # now, not when the layout gets to it: _fit measures it
            self.result_rows.append(row)
        self.scroll.setVisible(bool(self.result_rows))
        self._show_buttons()
        self.retranslate_ui()
        self._fit()

    def _fit(self) -> None:
        """As tall as the content needs, and never taller than the window it belongs to."""
        holder = self.scroll.widget()
        holder.ensurePolished()  # the stylesheet's fonts and paddings, before measuring
        self.results.activate()
        # Measured as narrow as it may get (beside a scroll bar), so that nothing is cut off.
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = max(self.scroll.viewport().width(), self.scroll.minimumWidth()) - bar
        if holder.hasHeightForWidth():  # wrapped lines: the height depends on the width
            wanted = holder.heightForWidth(width)
        else:
            wanted = holder.sizeHint().height()
        wanted += 2 * self.scroll.frameWidth() + grid(1)
        parent = self.parentWidget()
        room = parent.window().height() - grid(20) if parent is not None else grid(60)
        self.scroll.setMinimumHeight(max(grid(10), min(wanted, room)))
        self.adjustSize()

    def _show_buttons(self) -> None:
        in_preview = self.stage is Stage.PREVIEW and self._error is None
        self.dismiss_button.setVisible(in_preview)
        self.import_button.setVisible(in_preview and self.importable)
        self.import_button.setEnabled(in_preview and self.importable and not self._asking)
        done = self.stage is Stage.DONE
        self.close_button.setVisible(done)
        if in_preview:
            target = self.import_button if self.importable else self.dismiss_button
            target.setDefault(True)
            target.setFocus()
        elif done:
            self.close_button.setDefault(True)
            self.close_button.setFocus()

    # -- the patient check ------------------------------------------------------------------------
    def _ask_next(self, *, rechecking: bool) -> None:
        if not self._questions or self.preview is None:
            self._show_buttons()
            if rechecking:
                self.start()  # the counts of a file the user accepted are not known yet
            return
        index = self._questions.pop(0)
        report = self.preview[index]
        question = MessageDialog(
            self,
            title=self.tr("Is this the same person?"),
            text=self._mismatch_text(report),
            accept_text=self.tr("Import anyway"),
            reject_text=self.tr("Don't import"),
        )
        question.setObjectName("mismatchQuestion")
        question.accepted.connect(lambda: self._answer(index, same=True, rechecking=rechecking))
        question.rejected.connect(lambda: self._answer(index, same=False, rechecking=rechecking))
        self.question = question
        self._show_buttons()
        question.open()

    def _answer(self, index: int, *, same: bool, rechecking: bool) -> None:
        self.question = None
        (self.accepted if same else self.refused).add(index)
        self._ask_next(rechecking=rechecking or same)

    def _mismatch_text(self, report: FileReport) -> str:
        people = mismatched_people(report)
        if people is not None:
            return self.tr(
                "{file} is about {file_patient}, but this profile is about {profile_patient}. "
                "Import it into this profile only if it is the same person, for example with "
                "the name written differently."
            ).format(file=Path(report.file).name, file_patient=people[0], profile_patient=people[1])
        return error_text(report.rejection) if report.rejection else ""

    # -- language ---------------------------------------------------------------------------------
    def summary_text(self) -> str:
        if self.stage is Stage.CHECKING:
            return self.tr("Nothing is added to your record until you choose Import.")
        if self.stage is Stage.PREVIEW:
            if not self.importable:
                return self.tr("There is nothing new to import: your record stays as it is.")
            return self.tr(
                "Nothing has been added yet. Check what each file brings, then choose Import."
            )
        if self.run is None:
            return ""
        if self.run.cancelled:
            return self.tr("You cancelled: nothing was imported. Your record is as it was.")
        imported = sum(1 for r in self.run.reports if r.status == "imported")
        total = len(self.paths)
        if total == 1:
            return (
                self.tr("The file was imported.")
                if imported
                else self.tr("The file was not imported.")
            )
        if imported == total:
            return self.tr("All {total} files were imported.").format(total=total)
        return self.tr("Files imported: {imported} of {total}.").format(
            imported=imported, total=total
        )

    def totals_text(self) -> str:
        """What all the files bring together, when there are several."""
        if self.stage is not Stage.PREVIEW or len(self.paths) < 2 or not self.importable:
            return ""
        reports = [r for r in self.preview or [] if r.status == "imported"]
        added = sum(r.counts.get("added", 0) for r in reports)
        updated = sum(r.counts.get("updated", 0) for r in reports)
        if updated:
            return self.tr("In all: %n new item(s) and {updated} updated.", "", added).format(
                updated=updated
            )
        return self.tr("In all: %n new item(s).", "", added)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        total = len(self.paths)
        titles = {
            Stage.CHECKING: self.tr("Checking %n file(s)", "", total),
            Stage.PREVIEW: self.tr("Check before importing"),
            Stage.IMPORTING: self.tr("Importing %n file(s)", "", total),
            Stage.DONE: self.tr("Import finished"),
        }
        self.title.setText(titles[self.stage])
        if self.stage is Stage.DONE and self.run is not None and self.run.cancelled:
            self.title.setText(self.tr("Import cancelled"))
        done, steps = self._progress
        index = min(done // FILE_STEPS, total - 1)
        current = short_name(self.paths[index].name) if total else ""
        number = index + 1
        if self.stage is Stage.CHECKING:
            self.busy_row.start(
                self.tr("Stopping…")
                if self._cancelling
                else self.tr("Reading {file} ({number} of {total})…").format(
                    file=current, number=number, total=total
                ),
                self.tr("Checking the files"),
            )
        elif self.stage is Stage.IMPORTING:
            self.busy_row.start(
                self.tr("Stopping: nothing will be kept…")
                if self._cancelling
                else self.tr("Importing {file} ({number} of {total})…").format(
                    file=current, number=number, total=total
                ),
                self.tr("Importing"),
            )
        if self.busy:
            self.busy_row.progress(done, steps)
            self.busy_row.cancel_button.setEnabled(not self._cancelling)  # type: ignore[union-attr]
        self.busy_row.set_cancel_text(self.tr("Cancel"))
        self.summary.setText(self.summary_text())
        self.summary.setVisible(bool(self.summary.text()) and self._error is None)
        self.totals.setText(self.totals_text())
        self.totals.setVisible(bool(self.totals.text()))
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        self.dismiss_button.setText(self.tr("Cancel") if self.importable else self.tr("Close"))
        self.import_button.setText(self.tr("Import"))
        self.import_button.setToolTip(self.tr("Add what the files bring to your record"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
