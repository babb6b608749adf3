"""Overview: the emergency facts first, then what comes next and the latest results.

Like Apple Health's Medical ID and record cards: one card holds what any doctor needs at once
(allergies with their criticality, the medicines taken now, the active cancers with their stage,
the cancer treatment under way, devices such as a port); beside it the alerts (the printed
summary's warnings, in its words, and the alerts the centres set), the next follow-ups with the
care plan, and the latest result of each test. Each fact shows its date and where it came from;
a fact that is an item of the record opens its details. In a wide window the emergency card is on
the left; in a narrow one everything is in one column, emergency card first. A record with nothing
in it shows one card that says so and offers Import; before the record has arrived, a calm
"Reading your record…".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.other import OtherRecord
from ecan_desktop.record.overview import Kind, count_by_kind
from ecan_desktop.summary.warnings import derive_warnings
from ecan_desktop.terminology import load_terminology
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views import overview_picks as picks
from ecan_desktop.ui.views.base import RecordView
from ecan_desktop.ui.views.item_details import show_item_details
from ecan_desktop.ui.views.overview_cards import (
    EmptyRecordCard,
    LoadingState,
    add_separator,
    card,
    card_layout,
)
from ecan_desktop.ui.views.overview_facts import FactWords
from ecan_desktop.ui.views.overview_format import RowContent, labels_for, source_name
from ecan_desktop.ui.views.overview_next import NextWords
from ecan_desktop.ui.views.overview_rows import FactSection
from ecan_desktop.vault.profiles import OpenProfile

WIDE_EMS = 180
TWO_COLUMN_EMS = 110  # below this column width, one column
MAX_ROWS = 3  # per emergency section; "See all" shows the rest
MAX_FOLLOW_UPS = 4
MAX_RESULTS = 6
EMERGENCY = ("allergies", "medications", "cancer", "treatment", "devices")


class OverviewView(RecordView):
    clock: Callable[[], date] = date.today  # what "upcoming" and "recent" are measured from

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._state = ""
        self._two_columns: bool | None = None
        self._flag_request = 0
        self._counts: tuple[tuple[str, int], ...] = ()
        labels = labels_for(context.language)
        self.fact_words = FactWords(labels, self)
        self.next_words = NextWords(labels, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page = PageColumn(self, max_ems=WIDE_EMS)
        self.page.viewport().installEventFilter(self)
        layout.addWidget(self.page)
        self.title, self.hint = self.page.add_heading()
        self.hint.hide()  # the rows say how they work (tooltips); the facts need the room
        self.loading = LoadingState(self.page.body)
        self.loading_text = self.loading.text
        self.empty_card = EmptyRecordCard(self.page.body)
        self.empty_title, self.empty_text = self.empty_card.title, self.empty_card.text
        self.import_button = self.empty_card.import_button
        self.import_button.clicked.connect(self.import_requested)
        self.content = QWidget(self.page.body)
        self.sections: dict[str, FactSection] = {}
        self._build_content()
        for widget in (self.loading, self.empty_card, self.content):
            self.page.column.addWidget(widget)
        self.page.column.addStretch(1)
        self._set_state("loading")
        self._arrange(two_columns=False)
        self.retranslate_ui()

    # -- building ---------------------------------------------------------------------------------
    def _section(self, key: str, icon: str, view_key: str | None, frame: QFrame) -> FactSection:
        heading = TextRole.STRONG if key in EMERGENCY else TextRole.SECTION
        section = FactSection(icon, view_key, frame, heading=heading)
        section.setObjectName(f"section-{key}")
        section.see_all.connect(self.view_requested)
        section.item_chosen.connect(self._show_details)
        self.sections[key] = section
        card_layout(frame).addWidget(section)
        return section

    def _build_content(self) -> None:
        self.grid = QGridLayout(self.content)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(grid(3))
        self.grid.setVerticalSpacing(grid(2))

        self.emergency_card = card(self.content)
        self.emergency_card.setObjectName("emergencyCard")
        self.emergency_title = Label(TextRole.SECTION, self.emergency_card)
        card_layout(self.emergency_card).addWidget(self.emergency_title)
        emergency = (
            ("allergies", "seal-warning", "allergies"),
            ("medications", "pill", "medications"),
            ("cancer", "dna", "cancer-journey"),
            ("treatment", "syringe", "treatments"),
            ("devices", "drop", None),
        )
        for index, (key, icon, view_key) in enumerate(emergency):
            if index:
                add_separator(self.emergency_card)
            self._section(key, icon, view_key, self.emergency_card)

        self.side = QWidget(self.content)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(grid(2))
        self.side_cards: dict[str, QFrame] = {}
        for key, icon, view_key in (
            ("alerts", "warning", "allergies"),
            ("follow-ups", "calendar-check", "cancer-journey"),
            ("results", "test-tube", "results"),
        ):
            frame = card(self.side)
            frame.setObjectName(f"{key}Card")
            self._section(key, icon, view_key, frame)
            side.addWidget(frame)
            self.side_cards[key] = frame
        side.addStretch(1)

        self.contents_card = card(self.content)
        self.contents_card.setObjectName("contentsCard")
        contents = self._section("contents", "folder-open", "sources", self.contents_card)
        contents.empty.hide()
        self.contents_total = Label(TextRole.BODY, self.contents_card)
        self.counts_line = Label(TextRole.BODY, self.contents_card, secondary=True)
        self.sources_line = Label(TextRole.BODY, self.contents_card, secondary=True)
        for label in (self.contents_total, self.counts_line, self.sources_line):
            label.setContentsMargins(grid(1), 0, grid(1), 0)
            card_layout(self.contents_card).addWidget(label)

    # -- layout -----------------------------------------------------------------------------------
    def _arrange(self, *, two_columns: bool) -> None:
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        for widget in (self.emergency_card, self.side, self.contents_card):
            self.grid.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(self.emergency_card, 0, 0, top)
        if two_columns:
            self.grid.addWidget(self.side, 0, 1, top)
            self.grid.addWidget(self.contents_card, 1, 0, 1, 2)
            self.grid.setColumnStretch(1, 1)
        else:
            self.grid.addWidget(self.side, 1, 0)
            self.grid.addWidget(self.contents_card, 2, 0)
            self.grid.setColumnStretch(1, 0)
        self.grid.setColumnStretch(0, 1)

    @property
    def two_columns(self) -> bool:
        return bool(self._two_columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page.viewport() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ApplicationFontChange,
        ):
            self._arrange(two_columns=self.page.column_width() >= text_width(TWO_COLUMN_EMS))
        return super().eventFilter(watched, event)

    # -- states -----------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        """``loading`` (no record yet), ``empty`` (nothing in it) or ``record``."""
        return self._state

    def _set_state(self, state: str) -> None:
        self._state = state
        self.loading.setVisible(state == "loading")
        self.empty_card.setVisible(state == "empty")
        self.content.setVisible(state == "record")

    # -- data -------------------------------------------------------------------------------------
    def populate(self, data: RecordViewData) -> None:
        record = data.record
        self._counts = count_by_kind(dict(record.counts))
        if not self._counts:
            self._clear_rows()
            self._set_state("empty")
            return
        self._follow_language()
        today = self.clock()
        self._fill_emergency(record, today)
        self._fill_alerts(record, today)
        self._fill_next(record, today)
        self._fill_contents(data)
        self._set_state("record")

    def _limited(
        self, key: str, contents: list[RowContent], empty: str, limit: int = MAX_ROWS
    ) -> None:
        self.sections[key].set_rows(contents[:limit], empty)
        self._count_in_link(key, len(contents), limit)

    def _count_in_link(self, key: str, total: int, shown: int) -> None:
        """ "See all 7" when only some are shown: the link says how many there are."""
        text = self.tr("See all %n", "", total) if total > shown else self.tr("See all")
        self.sections[key].set_see_all_text(text)

    def _fill_emergency(self, record: PatientRecord, today: date) -> None:
        words = self.fact_words
        self._limited(
            "allergies",
            [words.allergy(a) for a in picks.active_allergies(record)],
            self.tr("No allergies recorded. Tell every doctor about any you have."),
        )
        medicines = [words.medication(m) for m in record.current_medications()]
        self._limited(
            "medications",
            [m for m in medicines if m is not None],
            self.tr("No current medicines recorded. Tell every doctor what you take."),
        )
        self._limited(
            "cancer",
            [words.cancer(d, picks.stage_of(record, d)) for d in picks.active_cancers(record)],
            self.tr("No active cancer recorded."),
        )
        lines, courses = picks.current_treatment(record, today)
        self._limited(
            "treatment",
            [words.treatment_line(line) for line in lines]
            + [words.radiotherapy(c) for c in courses],
            self.tr("No current cancer treatment recorded."),
        )
        self._limited(
            "devices",
            [words.device(d) for d in picks.active_devices(record)],
            self.tr("No devices recorded, such as a port."),
        )

    def _fill_alerts(self, record: PatientRecord, today: date) -> None:
        warnings = derive_warnings(record, today, load_terminology())
        self.sections["alerts"].set_rows(
            [self.fact_words.warning(w) for w in warnings],
            self.tr("No alerts follow from what your record holds."),
        )
        self._check_alerts(tuple(o for o in record.other_records if o.resource_type == "Flag"))

    def _check_alerts(self, flags: tuple[OtherRecord, ...]) -> None:
        """Add the alerts the centres set (FHIR Flags) that are still active: their status is
        read from the vault on its worker, as the printed summary does."""
        self._flag_request += 1
        request = self._flag_request
        rows = [f.row_ids[0] for f in flags if f.row_ids]
        if not rows:
            return

        def statuses(opened: OpenProfile) -> dict[int, object]:
            found: dict[int, object] = {}
            for row in rows:
                stored = opened.vault.resource_at(row)
                found[row] = stored.resource.get("status") if stored is not None else None
            return found

        def done(found: dict[int, object]) -> None:
            if request != self._flag_request:
                return  # a newer record, or locked
            active = [f for f in flags if f.row_ids and found.get(f.row_ids[0]) in (None, "active")]
            self.sections["alerts"].add_rows([self.fact_words.alert(f) for f in active])

        self.context.vault.read(statuses, on_result=done, on_error=lambda error: None)

    def _fill_next(self, record: PatientRecord, today: date) -> None:
        words = self.next_words
        upcoming, past = picks.follow_ups(record, today)
        # Upcoming first; with none, the latest one that was planned, so the plan is not lost.
        shown = list(upcoming[:MAX_FOLLOW_UPS]) or list(past[:1])
        contents = [words.follow_up(f, today) for f in shown]
        contents.extend(words.plan(p, a) for p, a in picks.active_plans(record, today)[:2])
        no_upcoming = self.tr(
            "No upcoming appointments are recorded. Ask your centre when your next check-up is."
        )
        self.sections["follow-ups"].set_rows(
            contents, no_upcoming, no_upcoming if contents and not upcoming else ""
        )
        results = picks.latest_results(record, MAX_RESULTS)
        self.sections["results"].set_rows(
            [words.result(r) for r in results],
            self.tr("No lab results or measurements are recorded yet."),
        )
        self._count_in_link("results", len(record.results), len(results))

    def _fill_contents(self, data: RecordViewData) -> None:
        total = sum(n for _, n in self._counts)
        self.contents_total.setText(self.tr("%n item(s) in total", "", total))
        locale = QLocale()
        self.counts_line.setText(
            " · ".join(
                self.tr("{kind}: {count}").format(kind=self.kind_title(k), count=locale.toString(n))
                for k, n in self._counts
            )
        )
        names = ", ".join(dict.fromkeys(source_name(s) for s in data.record.sources))
        self.sources_line.setText(
            self.tr("Imported from: {sources}").format(sources=names) if names else ""
        )
        self.sources_line.setVisible(bool(names))

    def count_lines(self) -> list[tuple[str, int]]:
        """(plain words, number) as shown in "What is in your record" (tests, screen readers)."""
        return [(self.kind_title(kind), n) for kind, n in self._counts]

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

    def _show_details(self, item_id: str) -> None:
        if self.view_data is not None:
            show_item_details(self, self.context, self.view_data, item_id)

    def _clear_rows(self) -> None:
        self._flag_request += 1
        for section in self.sections.values():
            section.clear_rows()
        self._counts = ()
        for label in (self.contents_total, self.counts_line, self.sources_line):
            label.clear()

    def clear_view(self) -> None:
        self._clear_rows()
        self._set_state("loading")

    # -- language ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Overview"))
        self.loading_text.setText(self.tr("Reading your record…"))
        self.loading.bar.setAccessibleName(self.tr("Reading your record"))
        self.empty_title.setText(self.tr("Your record is empty"))
        self.empty_text.setText(
            self.tr(
                "Nothing has been imported into this profile yet. Import a summary from your "
                "centre to see your allergies, medicines, diagnosis and results here."
            )
        )
        self.import_button.setText(self.tr("Import summary"))
        self.emergency_title.setText(self.tr("For any doctor"))
        see_all = self.tr("See all")
        headings = {
            "allergies": (self.tr("Allergies"), self.tr("See all allergies and alerts")),
            "medications": (self.tr("Medicines you take now"), self.tr("See all medicines")),
            "cancer": (self.tr("Cancer"), self.tr("See your cancer journey")),
            "treatment": (self.tr("Cancer treatment now"), self.tr("See all treatments")),
            "devices": (self.tr("Devices"), ""),
            "alerts": (self.tr("Alerts"), self.tr("See all allergies and alerts")),
            "follow-ups": (self.tr("Next follow-ups"), self.tr("See your cancer journey")),
            "results": (self.tr("Latest results"), self.tr("See all results")),
            "contents": (self.tr("What is in your record"), self.tr("See all sources")),
        }
        for key, (title, name) in headings.items():
            self.sections[key].set_texts(title, see_all, name)
        self._follow_language()

    def _follow_language(self) -> None:
        """The medical words follow the app's language (the rows are rebuilt by refresh)."""
        labels = labels_for(self.context.language)
        self.fact_words.labels = labels
        self.next_words.labels = labels

    @property
    def contents_title(self) -> Label:
        return self.sections["contents"].title
