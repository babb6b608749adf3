"""The details of one import on the Sources page: where it came from, when, what it brought, and
every problem found in the file (kept with the source by the import)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ecan_desktop.importers.problems import problems_from_json
from ecan_desktop.ui.import_problems import bullet_lines
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.vault.records import SourceRecord


def imported_moment(iso: str) -> str:
    """The local date and time of an import, in the locale's short form."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class SourceDetails(QWidget):
    """Label and value pairs under a thin line, then the problems, one a line."""

    def __init__(self, source: SourceRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDetails")
        self.source = source
        self.problems = problems_from_json(source.problems)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, grid(1), 0, 0)
        layout.setSpacing(grid(1.5))
        line = QFrame(self)
        line.setProperty("separator", True)
        line.setFixedHeight(1)
        layout.addWidget(line)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(grid(3))
        self.grid.setVerticalSpacing(grid(1))
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self.fields: dict[str, tuple[Label, Label]] = {}
        for key in ("centre", "country", "file", "imported", "brought", "fingerprint"):
            name = Label(TextRole.CAPTION, self, secondary=True)
            name.setWordWrap(False)
            value = Label(TextRole.BODY, self, selectable=True)
            value.setObjectName(f"detail-{key}")
            row = len(self.fields)
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.fields[key] = (name, value)
        self.problems_title = Label(TextRole.STRONG, self)
        layout.addWidget(self.problems_title)
        self.problem_list = Label(TextRole.BODY, self, selectable=True)
        self.problem_list.setObjectName("sourceProblems")
        self.problem_list.setMaximumWidth(text_width(88))
        # In a row with a stretch, so that its height is measured at the width it is given (the
        # capped one), not at the page's: long problems wrap onto more lines, none is cut off.
        problems_row = QHBoxLayout()
        problems_row.setContentsMargins(0, 0, 0, 0)
        problems_row.addWidget(self.problem_list, 1)
        problems_row.addStretch(0)
        layout.addLayout(problems_row)
        self.retranslate_ui()

    def value(self, key: str) -> str:
        return self.fields[key][1].text()

    def _set(self, key: str, name: str, value: str | None) -> None:
        label, text = self.fields[key]
        label.setText(name)
        text.setText(value or "")
        label.setVisible(bool(value))
        text.setVisible(bool(value))

    def brought_text(self) -> str:
        counts = self.source.counts
        return self.tr(
            "{added} new, {updated} updated, {unchanged} already in your record, {linked} also "
            "reported by another source"
        ).format(
            added=int(counts.get("added", 0)),
            updated=int(counts.get("updated", 0)),
            unchanged=int(counts.get("unchanged", 0)),
            linked=int(counts.get("linked", 0)),
        )

    def problem_lines(self) -> list[str]:
        """Every problem kept, one a line (the missing records an entry refers to make one)."""
        lines, _shown = bullet_lines(self.problems)
        extra = self.source.problems_found - len(self.problems)
        if extra > 0:
            lines.append(self.tr("…and %n more that were not kept.", "", extra))
        return lines

    def retranslate_ui(self) -> None:
        source = self.source
        self._set(
            "centre", self.tr("Centre"), source.centre_name or self.tr("Not named in the file")
        )
        self._set("country", self.tr("Country"), source.centre_country)
        self._set("file", self.tr("File"), source.file_name or source.url)
        self._set("imported", self.tr("Imported"), imported_moment(source.imported_at))
        self._set("brought", self.tr("What it brought"), self.brought_text())
        self._set("fingerprint", self.tr("File fingerprint (SHA-256)"), source.sha256)
        found = source.problems_found
        if found:
            self.problems_title.setText(self.tr("%n problem(s) found in the file", "", found))
            self.problem_list.setText("\n".join(self.problem_lines()))
        else:
            self.problems_title.setText(self.tr("No problems found in the file"))
            self.problem_list.setText("")
        self.problem_list.setVisible(bool(found))
        self.setAccessibleName(self.tr("Details of this import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
