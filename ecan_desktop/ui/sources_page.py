"""Sources: every import, newest first, with where it came from, what it brought, the problems
found in its file, its details, and Undo.

Undoing an import removes exactly what it brought and puts back what it updated (the vault's
``remove_source``); the record window asks first and does the work on the vault worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.ui.locale_format import format_timestamp_date
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.source_details import SourceDetails
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.views.source_chips import PATIENT_SOURCE_KIND
from ecan_desktop.vault.records import SourceRecord


def source_title(source: SourceRecord) -> str:
    """ "Centre · country", else the file's name, else a plain word."""
    centre = source.centre_name or source.file_name or source.url
    if not centre:
        centre = QCoreApplication.translate("SourcesPage", "Unnamed source")
    return f"{centre} · {source.centre_country}" if source.centre_country else centre


class SourceRow(QFrame):
    """One import: where from, when, what it brought, whether the file had problems; its details
    open below it, and Undo asks first (the record window does the work)."""

    undo_requested = Signal(object)  # SourceRecord

    def __init__(self, source: SourceRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setProperty("card", True)
        self.setObjectName(f"source{source.id}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(grid(3), grid(2), grid(2), grid(2))
        outer.setSpacing(grid(1))
        layout = QHBoxLayout()
        layout.setSpacing(grid(2))
        texts = QVBoxLayout()
        texts.setSpacing(grid(0.5))
        self.title = Label(TextRole.STRONG, self, selectable=True)
        texts.addWidget(self.title)
        self.when = Label(TextRole.BODY, self, secondary=True, selectable=True)
        texts.addWidget(self.when)
        self.counts = Label(TextRole.CAPTION, self, secondary=True, selectable=True)
        texts.addWidget(self.counts)
        self.problems = Label(TextRole.CAPTION, self, selectable=True)
        self.problems.setObjectName("sourceProblemCount")
        texts.addWidget(self.problems)
        layout.addLayout(texts, 1)
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("sourceDetailsButton")
        self.details_button.setProperty("link", True)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.show_details)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit(self.source))
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(layout)
        self.details: SourceDetails | None = None  # built the first time it is opened
        self.retranslate_ui()

    def show_details(self, shown: bool) -> None:
        if shown and self.details is None:
            self.details = SourceDetails(self.source, self)
            self.layout().addWidget(self.details)
        if self.details is not None:
            self.details.setVisible(shown)
        self.details_button.setChecked(shown)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        source = self.source
        self.title.setText(source_title(source))
        date = format_timestamp_date(source.imported_at) or source.imported_at
        if source.file_name and source.centre_name:  # else the file's name is the title
            self.when.setText(
                self.tr("Imported {date} from {file}").format(date=date, file=source.file_name)
            )
        else:
            self.when.setText(self.tr("Imported {date}").format(date=date))
        counts = source.counts
        parts = [self.tr("%n new item(s)", "", int(counts.get("added", 0)))]
        if counts.get("updated"):
            parts.append(self.tr("%n updated", "", int(counts["updated"])))
        if counts.get("linked"):
            parts.append(self.tr("%n also reported by another source", "", int(counts["linked"])))
        self.counts.setText(" · ".join(parts))
        found = source.problems_found
        self.problems.setText(
            self.tr("⚠ %n problem(s) found in the file: see the details", "", found)
        )
        self.problems.setVisible(found > 0)
        shown = self.details_button.isChecked()
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Details"))
        self.details_button.setAccessibleName(
            self.tr("Details of the import from {source}").format(source=self.title.text())
        )
        self.undo_button.setText(self.tr("Undo this import…"))
        self.undo_button.setAccessibleName(
            self.tr("Undo the import from {source}").format(source=self.title.text())
        )
        texts = [self.title.text(), self.when.text(), self.counts.text()]
        if found:
            texts.append(self.problems.text())
        self.setAccessibleName(", ".join(texts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SourcesPage(PageColumn):
    undo_requested = Signal(object)  # SourceRecord
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_ems=100)
        self._sources: tuple[SourceRecord, ...] = ()
        self.rows: list[SourceRow] = []
        column = self.column
        heading = QVBoxLayout()
        heading.setSpacing(grid(0.5))
        self.title = Label(TextRole.SECTION, self.body)
        heading.addWidget(self.title)
        self.hint = Label(TextRole.BODY, self.body, secondary=True)
        heading.addWidget(self.hint)
        column.addLayout(heading)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(grid(1))
        column.addLayout(self.list_box)

        self.empty_state = QFrame(self.body)
        self.empty_state.setObjectName("noSources")
        self.empty_state.setProperty("card", True)
        empty = QVBoxLayout(self.empty_state)
        empty.setContentsMargins(grid(4), grid(4), grid(4), grid(4))
        empty.setSpacing(grid(1))
        self.empty_title = Label(TextRole.STRONG, self.empty_state)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty.addWidget(self.empty_title)
        self.empty_text = Label(TextRole.BODY, self.empty_state, secondary=True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty.addWidget(self.empty_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.import_button = QPushButton(self.empty_state)
        self.import_button.setObjectName("importFirst")
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.import_requested)
        row.addWidget(self.import_button)
        row.addStretch(1)
        empty.addSpacing(grid(1))
        empty.addLayout(row)
        column.addWidget(self.empty_state)
        column.addStretch(1)
        self.retranslate_ui()

    @property
    def sources(self) -> tuple[SourceRecord, ...]:
        return self._sources

    def show_sources(self, sources: tuple[SourceRecord, ...]) -> None:
        """Show the imports. The patient's own entries are a source too, but not an import: they
        are listed, edited and deleted in My entries, and undoing them all here would be a trap."""
        self.clear()
        sources = tuple(s for s in sources if s.kind != PATIENT_SOURCE_KIND)
        self._sources = sources
        for source in sorted(sources, key=lambda s: (s.imported_at, s.id), reverse=True):
            row = SourceRow(source, self.body)
            row.undo_requested.connect(self.undo_requested)
            self.list_box.addWidget(row)
            self.rows.append(row)
        self.empty_state.setVisible(not sources)
        self.hint.setVisible(bool(sources))
        self.retranslate_ui()

    def clear(self) -> None:
        self._sources = ()
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Sources"))
        total = len(self._sources)
        self.hint.setText(
            self.tr(
                "%n import(s). Each one can be undone: what it brought is removed, "
                "what it changed goes back to how it was.",
                "",
                total,
            )
        )
        self.empty_title.setText(self.tr("No imports yet"))
        self.empty_text.setText(
            self.tr("Import a summary from your centre (a FHIR file) to fill your record.")
        )
        self.import_button.setText(self.tr("Import a summary…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
