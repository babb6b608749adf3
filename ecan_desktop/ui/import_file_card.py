"""One file in the import dialog: what importing it will do (the preview), or what it did.

The same card serves both steps, so the user sees the same file in the same place before and after
choosing Import: its name, the centre that issued it, the counts, and the problems found in it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers.report import FileReport
from ecan_desktop.ui.error_text import error_text, qt_translate
from ecan_desktop.ui.import_problems import problem_lines
from ecan_desktop.ui.typography import Label, TextRole, grid

_SYMBOL = {"imported": "✓", "unchanged": "=", "rejected": "⚠"}
_PREVIEW_SYMBOL = {"imported": "+", "unchanged": "=", "rejected": "⚠"}


def mismatched_people(report: FileReport) -> tuple[str, str] | None:
    """(the file's patient, the profile's patient) as the core describes them, translated."""
    if not report.patient_mismatch or report.rejection is None:
        return None
    fields = report.rejection.reason.fields
    file_patient, profile_patient = fields.get("file_patient"), fields.get("profile_patient")
    if isinstance(file_patient, Message) and isinstance(profile_patient, Message):
        return file_patient.render(qt_translate), profile_patient.render(qt_translate)
    return None


class FileName(Label):
    """A file's name on one line, shortened in the middle when it does not fit (the whole name
    is in the tooltip and the accessible name): long generated names must not widen the card."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(TextRole.STRONG, parent)
        self.setWordWrap(False)
        self.full_name = name
        self.setToolTip(name)
        self.setAccessibleName(name)
        self.setText(name)

    def minimumSizeHint(self) -> QSize:
        return QSize(grid(8), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setText(
            self.fontMetrics().elidedText(
                self.full_name, Qt.TextElideMode.ElideMiddle, max(self.width(), grid(8))
            )
        )


class FileResult(QFrame):
    """A symbol and a word, where the file comes from, what it brings, and its problems."""

    def __init__(
        self, report: FileReport, parent: QWidget | None = None, *, preview: bool = False
    ) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.report = report
        self.preview = preview
        layout = QHBoxLayout(self)
        layout.setContentsMargins(grid(2), grid(1.5), grid(2), grid(1.5))
        layout.setSpacing(grid(1.5))
        self.symbol = Label(TextRole.STRONG, self)
        self.symbol.setWordWrap(False)
        symbols = _PREVIEW_SYMBOL if preview else _SYMBOL
        self.symbol.setText(symbols.get(report.status, "•"))
        self.symbol.setAccessibleName("")
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(grid(0.5))
        self.name = FileName(Path(report.file).name, self)
        texts.addWidget(self.name)
        self.centre = Label(TextRole.CAPTION, self, secondary=True, selectable=True)
        self.centre.setObjectName("centre")
        texts.addWidget(self.centre)
        self.outcome = Label(TextRole.BODY, self, selectable=True)
        self.outcome.setObjectName("outcome")
        texts.addWidget(self.outcome)
        self.problems = Label(TextRole.CAPTION, self, secondary=True, selectable=True)
        self.problems.setObjectName("problems")
        texts.addWidget(self.problems)
        layout.addLayout(texts, 1)
        self.retranslate_ui()

    def centre_text(self) -> str:
        centre, country = self.report.centre_name, self.report.centre_country
        if not centre:
            return ""
        if country:
            return self.tr("From {centre} · {country}").format(centre=centre, country=country)
        return self.tr("From {centre}").format(centre=centre)

    def _count_parts(self, first: str) -> list[str]:
        counts = self.report.counts
        parts = [first]
        if counts.get("updated"):
            parts.append(self.tr("%n updated", "", counts["updated"]))
        if self.preview and counts.get("unchanged"):
            parts.append(self.tr("%n already in your record", "", counts["unchanged"]))
        if counts.get("linked"):
            parts.append(self.tr("%n also reported by another source", "", counts["linked"]))
        return parts

    def outcome_text(self) -> str:
        report = self.report
        added = report.counts.get("added", 0)
        if report.status == "imported":
            if self.preview:
                first = self.tr("To import: %n new item(s)", "", added)
            else:
                first = self.tr("Imported: %n new item(s)", "", added)
            return ", ".join(self._count_parts(first)) + "."
        if report.status == "unchanged":
            return self.tr("Already in your record: nothing new in this file.")
        people = mismatched_people(report)
        if people is not None and self.preview:
            return self.tr(
                "Will not be imported: this file is about {file_patient}, not about "
                "{profile_patient}."
            ).format(file_patient=people[0], profile_patient=people[1])
        if people is not None:
            return self.tr(
                "Not imported: this file is about {file_patient}, not about {profile_patient}."
            ).format(file_patient=people[0], profile_patient=people[1])
        if report.rejection is not None and self.preview:
            reason = report.rejection.reason.render(qt_translate)
            return self.tr("Cannot be imported: {reason}").format(reason=reason)
        if report.rejection is not None:
            return error_text(report.rejection)
        return self.tr("Not imported.")

    def problem_lines(self) -> list[str]:
        return problem_lines(self.report.problems, self.report.problems_found)

    def retranslate_ui(self) -> None:
        self.centre.setText(self.centre_text())
        self.centre.setVisible(bool(self.centre.text()))
        self.outcome.setText(self.outcome_text())
        lines = self.problem_lines()
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        parts = [self.name.full_name, self.centre.text(), self.outcome.text(), *lines[:1]]
        self.setAccessibleName(": ".join(p for p in parts[:2] if p))
        self.setAccessibleDescription(" ".join(p for p in parts[2:] if p))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
