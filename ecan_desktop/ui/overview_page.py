"""The record's overview: what is in it, and where it came from.

It shows a :class:`RecordOverview` (plain data read on the vault worker's thread). Who the record
is about is in the record window's header; the record views themselves (diagnosis, treatments,
results) come with the next issue.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.record.overview import Kind, RecordOverview, SourceLine
from ecan_desktop.ui.boxed_list import BoxedRows
from ecan_desktop.ui.locale_format import format_timestamp_date
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width

WIDE_EMS = 150
TWO_COLUMN_EMS = 118


class OverviewPage(PageColumn):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_ems=WIDE_EMS)
        self._overview: RecordOverview | None = None
        self._two_columns: bool | None = None
        column = self.column

        # Side by side in a wide window, one under the other in a narrow one.
        self.sections = QGridLayout()
        self.sections.setHorizontalSpacing(grid(4))
        self.sections.setVerticalSpacing(grid(3))
        self.contents_section = self._build_contents()
        self.sources_section = self._build_sources()
        column.addLayout(self.sections)
        column.addStretch(1)
        self._arrange(two_columns=False)
        self.retranslate_ui()

    def _section(self) -> tuple[QWidget, QVBoxLayout]:
        section = QWidget(self.body)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))
        return section, layout

    def _build_contents(self) -> QWidget:
        section, layout = self._section()
        heading = QVBoxLayout()
        heading.setSpacing(grid(0.5))
        self.contents_title = Label(TextRole.SECTION, section)
        heading.addWidget(self.contents_title)
        self.contents_total = Label(TextRole.BODY, section, secondary=True)
        heading.addWidget(self.contents_total)
        layout.addLayout(heading)
        self.counts = BoxedRows(section)
        self.counts.setObjectName("countRows")
        layout.addWidget(self.counts)
        self.empty_record = self._empty_card(section)
        layout.addWidget(self.empty_record)
        layout.addStretch(1)
        return section

    def _build_sources(self) -> QWidget:
        section, layout = self._section()
        heading = QVBoxLayout()
        heading.setSpacing(grid(0.5))
        self.sources_title = Label(TextRole.SECTION, section)
        heading.addWidget(self.sources_title)
        self.sources_hint = Label(TextRole.BODY, section, secondary=True)
        heading.addWidget(self.sources_hint)
        layout.addLayout(heading)
        self.sources = BoxedRows(section)
        self.sources.setObjectName("sourceRows")
        layout.addWidget(self.sources)
        self.no_sources = Label(TextRole.BODY, section, secondary=True)
        layout.addWidget(self.no_sources)
        layout.addStretch(1)
        return section

    def _arrange(self, *, two_columns: bool) -> None:
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        self.sections.removeWidget(self.contents_section)
        self.sections.removeWidget(self.sources_section)
        self.sections.addWidget(self.contents_section, 0, 0)
        if two_columns:
            self.sections.addWidget(self.sources_section, 0, 1)
            self.sections.setColumnStretch(1, 1)
        else:
            self.sections.addWidget(self.sources_section, 1, 0)
            self.sections.setColumnStretch(1, 0)
        self.sections.setColumnStretch(0, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(two_columns=self.column_width() >= text_width(TWO_COLUMN_EMS))

    def _empty_card(self, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("emptyRecord")
        card.setProperty("card", True)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        layout.setSpacing(grid(1))
        self.empty_title = Label(TextRole.STRONG, card)
        layout.addWidget(self.empty_title)
        self.empty_text = Label(TextRole.BODY, card, secondary=True)
        layout.addWidget(self.empty_text)
        return card

    # -- data -------------------------------------------------------------------------------------
    @property
    def overview(self) -> RecordOverview | None:
        return self._overview

    def show_overview(self, overview: RecordOverview) -> None:
        self._overview = overview
        self.retranslate_ui()

    def clear(self) -> None:
        """Forget what was shown (the record is being locked)."""
        self._overview = None
        self.counts.clear()
        self.sources.clear()
        self.contents_total.clear()

    def count_lines(self) -> list[tuple[str, int]]:
        """(plain words, number) as shown, for tests and screen readers."""
        if self._overview is None:
            return []
        return [(self.kind_title(kind), n) for kind, n in self._overview.counts]

    def kind_title(self, kind: str) -> str:
        titles = {
            Kind.CONDITIONS: self.tr("Conditions (diagnoses)"),
            Kind.MEDICINES_GIVEN: self.tr("Medicines given"),
            Kind.MEDICINES_PRESCRIBED: self.tr("Medicines prescribed or taken"),
            Kind.TEST_RESULTS: self.tr("Test results"),
            Kind.PROCEDURES: self.tr("Procedures"),
            Kind.ALLERGIES: self.tr("Allergies"),
            Kind.VACCINATIONS: self.tr("Vaccinations"),
            Kind.DOCUMENTS: self.tr("Documents"),
        }
        return titles.get(kind, self.tr("Other records"))

    def _source_texts(self, source: SourceLine) -> tuple[str, str]:
        centre = source.centre_name or self.tr("Unnamed source")
        title = f"{centre} · {source.centre_country}" if source.centre_country else centre
        date = format_timestamp_date(source.imported_at) or source.imported_at
        if source.file_name:
            subtitle = self.tr("Imported {date} from {file}").format(
                date=date, file=source.file_name
            )
        else:
            subtitle = self.tr("Imported {date}").format(date=date)
        return title, subtitle

    # -- language ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.contents_title.setText(self.tr("What is in your record"))
        self.sources_title.setText(self.tr("Where it came from"))
        self.sources_hint.setText(self.tr("The centres whose summaries you imported."))
        self.empty_title.setText(self.tr("Your record is empty"))
        self.empty_text.setText(
            self.tr(
                "Nothing has been imported into this profile yet. "
                "Choose Import to add a summary from your centre."
            )
        )
        self.no_sources.setText(self.tr("No imports yet."))
        overview = self._overview
        if overview is None:
            return
        self.contents_total.setText(self.tr("%n item(s) in total", "", overview.total))
        self.contents_total.setVisible(overview.total > 0)
        self.counts.clear()
        for kind, n in overview.counts:
            self.counts.add_row(self.kind_title(kind), value=QLocale().toString(n))
        self.counts.setVisible(bool(overview.counts))
        self.empty_record.setVisible(not overview.counts)
        self.sources.clear()
        for source in overview.sources:
            title, subtitle = self._source_texts(source)
            self.sources.add_row(title, subtitle)
        self.sources.setVisible(bool(overview.sources))
        self.sources_hint.setVisible(bool(overview.sources))
        self.no_sources.setVisible(not overview.sources)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
