"""Importing files: progress with Cancel, then what happened to each file.

Each file is imported in its own transaction on the vault worker, so Cancel stops between files
and keeps those already imported (the dialog says which). A file about someone else is not
imported; the dialog asks, per file, whether it is the same person after all, and imports it again
with the check turned off only when the user says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers.report import FileReport, import_one
from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text, qt_translate
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.tasks import CancelToken, Progress, Task
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.vault_worker import VaultJob
from ecan_desktop.vault.profiles import OpenProfile

MAX_PROBLEMS_SHOWN = 12
_SYMBOL = {"imported": "✓", "unchanged": "=", "rejected": "⚠"}


@dataclass
class ImportRun:
    reports: list[FileReport] = field(default_factory=list)
    not_done: list[Path] = field(default_factory=list)  # left out because the user cancelled


def import_files_job(paths: list[Path]) -> VaultJob[ImportRun]:
    """The vault-worker job: one transaction per file; Cancel stops before the next file."""

    def work(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> ImportRun:
        run = ImportRun()
        for index, path in enumerate(paths):
            if cancel.cancelled:
                run.not_done = paths[index:]
                break
            progress(index, len(paths))
            run.reports.append(import_one(opened.vault, path))
        progress(len(run.reports), len(paths))
        return run

    return work


def _mismatched_people(report: FileReport) -> tuple[str, str] | None:
    """(the file's patient, the profile's patient) as the core describes them, translated."""
    if not report.patient_mismatch or report.rejection is None:
        return None
    fields = report.rejection.reason.fields
    file_patient, profile_patient = fields.get("file_patient"), fields.get("profile_patient")
    if isinstance(file_patient, Message) and isinstance(profile_patient, Message):
        return file_patient.render(qt_translate), profile_patient.render(qt_translate)
    return None


class FileResult(QFrame):
    """One file's outcome: a symbol and a word, what it brought, and each part that was skipped."""

    def __init__(self, report: FileReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.report = report
        layout = QHBoxLayout(self)
        layout.setContentsMargins(grid(2), grid(1.5), grid(2), grid(1.5))
        layout.setSpacing(grid(1.5))
        self.symbol = Label(TextRole.STRONG, self)
        self.symbol.setWordWrap(False)
        self.symbol.setText(_SYMBOL.get(report.status, "•"))
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(grid(0.5))
        self.name = Label(TextRole.STRONG, self, selectable=True)
        self.name.setText(Path(report.file).name)
        texts.addWidget(self.name)
        self.outcome = Label(TextRole.BODY, self, selectable=True)
        self.outcome.setObjectName("outcome")
        texts.addWidget(self.outcome)
        self.problems = Label(TextRole.CAPTION, self, secondary=True, selectable=True)
        self.problems.setObjectName("problems")
        texts.addWidget(self.problems)
        layout.addLayout(texts, 1)
        self.retranslate_ui()

    def outcome_text(self) -> str:
        report = self.report
        counts = report.counts
        if report.status == "imported":
            parts = [self.tr("Imported: %n new item(s)", "", counts.get("added", 0))]
            if counts.get("updated"):
                parts.append(self.tr("%n updated", "", counts["updated"]))
            if counts.get("linked"):
                parts.append(self.tr("%n also reported by another source", "", counts["linked"]))
            return ", ".join(parts) + "."
        if report.status == "unchanged":
            return self.tr("Already in your record: nothing new in this file.")
        people = _mismatched_people(report)
        if people is not None:
            return self.tr(
                "Not imported: this file is about {file_patient}, not about {profile_patient}."
            ).format(file_patient=people[0], profile_patient=people[1])
        if report.rejection is not None:
            return error_text(report.rejection)
        return self.tr("Not imported.")

    def problem_lines(self) -> list[str]:
        lines = [
            self.tr("Skipped {path}: {reason}").format(
                path=problem.path, reason=problem.reason.render(qt_translate)
            )
            for problem in self.report.problems[:MAX_PROBLEMS_SHOWN]
        ]
        extra = len(self.report.problems) - MAX_PROBLEMS_SHOWN
        if extra > 0:
            lines.append(self.tr("…and %n more part(s) skipped.", "", extra))
        return lines

    def retranslate_ui(self) -> None:
        self.outcome.setText(self.outcome_text())
        lines = self.problem_lines()
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self.setAccessibleName(f"{self.name.text()}: {self.outcome.text()}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ImportDialog(QDialog):
    changed = Signal()  # something was imported: the record window reloads

    def __init__(
        self, context: AppContext, paths: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self.paths = paths
        self.run: ImportRun | None = None
        self._running = False
        self._cancelling = False
        self._error: BaseException | None = None
        self._task: Task | None = None
        self._progress = (0, len(paths))
        self._questions: list[int] = []  # indexes of reports still to ask about
        self.question: MessageDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(2))
        self.title = Label(TextRole.SECTION, self)
        layout.addWidget(self.title)
        self.summary = Label(TextRole.BODY, self, secondary=True)
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        self.busy_row = BusyRow(self, cancellable=True)
        self.busy_row.cancel_requested.connect(self.cancel)
        layout.addWidget(self.busy_row)
        self.error = MessageBanner(Severity.ERROR, self)
        layout.addWidget(self.error)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(self.scroll)
        self.results = QVBoxLayout(holder)
        self.results.setContentsMargins(0, 0, 0, 0)
        self.results.setSpacing(grid(1))
        self.results.addStretch(1)
        self.scroll.setWidget(holder)
        self.scroll.setMinimumWidth(text_width(64))
        self.scroll.hide()
        layout.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeImport")
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.result_rows: list[FileResult] = []
        self.retranslate_ui()

    # -- running ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        self.close_button.setEnabled(False)
        self.retranslate_ui()
        self.busy_row.cancel_button.setFocus()  # type: ignore[union-attr]
        task = self._context.vault.call(
            import_files_job(self.paths),
            on_result=self._on_done,
            on_error=self._on_failed,
            on_progress=self._on_progress,
        )
        if self._running:
            self._task = task

    def cancel(self) -> None:
        if self._task is not None and self._running:
            self._cancelling = True
            self.busy_row.cancel_button.setEnabled(False)  # type: ignore[union-attr]
            self.retranslate_ui()
            self._task.cancel()

    def reject(self) -> None:
        if self._running:
            self.cancel()  # Esc while importing means Cancel; the dialog stays for the summary
            return
        super().reject()

    def _on_progress(self, done: int, total: int) -> None:
        self.busy_row.progress(done, total)
        self._progress = (done, total)
        self.retranslate_ui()

    def _finish(self) -> None:
        self._running = False
        self._task = None
        self.busy_row.stop()
        self.close_button.setEnabled(True)
        self.close_button.setFocus()

    def _on_done(self, run: ImportRun) -> None:
        self._finish()
        self.run = run
        self._show_results()
        if any(r.status == "imported" for r in run.reports):
            self.changed.emit()
        self._questions = [i for i, r in enumerate(run.reports) if r.patient_mismatch]
        self._ask_next()

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        self._error = error
        self.retranslate_ui()

    def _show_results(self) -> None:
        for row in self.result_rows:
            row.hide()
            row.deleteLater()
        self.result_rows = []
        if self.run is None:
            return
        for report in self.run.reports:
            row = FileResult(report, self.scroll.widget())
            self.results.insertWidget(self.results.count() - 1, row)
            self.result_rows.append(row)
        self.scroll.setVisible(bool(self.result_rows))
        self.retranslate_ui()
        self.adjustSize()

    # -- the patient check ------------------------------------------------------------------------
    def _ask_next(self) -> None:
        if not self._questions or self.run is None:
            return
        index = self._questions.pop(0)
        report = self.run.reports[index]
        question = MessageDialog(
            self,
            title=self.tr("Is this the same person?"),
            text=self._mismatch_text(report),
            accept_text=self.tr("Import anyway"),
            reject_text=self.tr("Don't import"),
        )
        question.setObjectName("mismatchQuestion")
        question.accepted.connect(lambda: self._import_anyway(index))
        question.rejected.connect(self._ask_next)
        self.question = question
        question.open()

    def _mismatch_text(self, report: FileReport) -> str:
        people = _mismatched_people(report)
        if people is not None:
            return self.tr(
                "{file} is about {file_patient}, but this profile is about {profile_patient}. "
                "Import it into this profile only if it is the same person, for example with "
                "the name written differently."
            ).format(file=Path(report.file).name, file_patient=people[0], profile_patient=people[1])
        return error_text(report.rejection) if report.rejection else ""

    def _import_anyway(self, index: int) -> None:
        assert self.run is not None
        path = Path(self.run.reports[index].file)

        def work(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> FileReport:
            del progress, cancel
            return import_one(opened.vault, path, accept_patient_mismatch=True)

        def done(report: FileReport) -> None:
            self._running = False
            if self.run is not None:
                self.run.reports[index] = report
            self._show_results()
            if report.status == "imported":
                self.changed.emit()
            self.close_button.setEnabled(True)
            self._ask_next()

        self._running = True
        self.close_button.setEnabled(False)
        self._context.vault.call(work, on_result=done, on_error=self._on_failed)

    # -- language ---------------------------------------------------------------------------------
    def summary_text(self) -> str:
        if self.run is None:
            return ""
        imported = sum(1 for r in self.run.reports if r.status == "imported")
        total = len(self.paths)
        if total == 1:
            text = (
                self.tr("The file was imported.")
                if imported
                else self.tr("The file was not imported.")
            )
        elif imported == total:
            text = self.tr("All {total} files were imported.").format(total=total)
        else:
            text = self.tr("Files imported: {imported} of {total}.").format(
                imported=imported, total=total
            )
        if self.run.not_done:
            text += " " + self.tr(
                "You cancelled: %n file(s) were not imported. The others are in your record.",
                "",
                len(self.run.not_done),
            )
        return text

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        total = len(self.paths)
        if self._running or self.run is None:
            self.title.setText(self.tr("Importing %n file(s)", "", total))
        else:
            self.title.setText(self.tr("Import finished"))
        done = self._progress[0]
        if self._cancelling:
            self.busy_row.start(self.tr("Stopping after the current file…"), self.tr("Importing"))
        elif self._running:
            current = self.paths[min(done, total - 1)].name if total else ""
            self.busy_row.start(
                self.tr("Importing {file} ({number} of {total})…").format(
                    file=current, number=min(done + 1, total), total=total
                ),
                self.tr("Importing"),
            )
            self.busy_row.progress(done, total)
        self.busy_row.set_cancel_text(self.tr("Cancel"))
        self.summary.setText(self.summary_text())
        self.summary.setVisible(self.run is not None)
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        self.close_button.setText(self.tr("Close"))
        if self._running:
            self.busy_row.cancel_button.setEnabled(not self._cancelling)  # type: ignore[union-attr]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
