"""Treatments: the treatment summary a survivorship clinic asks for. Surgery; systemic therapy with
each agent's dates, cycles and cumulative dose (and how the dose was obtained); the anthracyclines
as doxorubicin-equivalent with the conversion table named; radiotherapy by site with Gy and
fractions; stem-cell transplants. The same facts as the printed summary's treatment tables
(``summary/pdf_history.py``). Every row keeps its sources; choosing a row opens its details.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ecan_desktop.record.doses import CumulativeDose
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.procedures import ProcedureRecord
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.anthracycline_card import AnthracyclineCard
from ecan_desktop.ui.views.base import RecordView
from ecan_desktop.ui.views.empty_page import EmptyPage
from ecan_desktop.ui.views.item_details import show_item_details
from ecan_desktop.ui.views.record_table import Column, RecordTable, TableRow, cell
from ecan_desktop.ui.views.record_text import (
    agent_class,
    agent_name,
    code_text,
    concept_text,
    concept_words,
    number_text,
    sentence_case,
)
from ecan_desktop.ui.views.treatment_text import (
    agent_state_text,
    course_site,
    cycles_text,
    dates_text,
    dose_method_full,
    dose_method_text,
    dose_text,
    doses_in_order,
    medium_date,
    site_text,
    techniques_text,
    transplant_type_text,
    volume_dose_text,
)

MAX_EMS = 150  # wide enough for the tables at 1920 px; the window's width below that


class Section(QWidget):
    """A heading, a line saying when there is nothing, and a table."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.box = QVBoxLayout(self)
        layout = self.box
        layout.setContentsMargins(0, grid(1), 0, 0)
        layout.setSpacing(grid(1))
        self.title = Label(TextRole.SECTION, self)
        layout.addWidget(self.title)
        self.note = Label(TextRole.BODY, self, secondary=True)
        layout.addWidget(self.note)
        self.table = RecordTable(self)
        self.table.setObjectName(f"{name}Table")
        layout.addWidget(self.table)

    def show_rows(self, columns: list[Column], rows: list[TableRow], sources: str) -> None:
        self.table.setVisible(bool(rows))
        self.note.setVisible(not rows)
        self.table.set_rows(columns, rows, sources)


class TreatmentsView(RecordView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("treatmentsView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.page = PageColumn(self.stack, max_ems=MAX_EMS)
        self.title, self.hint = self.page.add_heading()
        self.surgery = Section("surgery", self.page.body)
        self.systemic = Section("systemic", self.page.body)
        self.protocols = Label(TextRole.BODY, self.systemic, secondary=True, selectable=True)
        self.systemic.box.addWidget(self.protocols)
        self.anthracyclines = QWidget(self.page.body)
        self.anthracyclines.setObjectName("anthracyclines")
        anthracycline_layout = QVBoxLayout(self.anthracyclines)
        anthracycline_layout.setContentsMargins(0, grid(1), 0, 0)
        anthracycline_layout.setSpacing(grid(1))
        self.anthracycline_title = Label(TextRole.SECTION, self.anthracyclines)
        self.anthracycline_note = Label(TextRole.BODY, self.anthracyclines, secondary=True)
        self.anthracycline_card = AnthracyclineCard(self.anthracyclines)
        for widget in (self.anthracycline_title, self.anthracycline_note, self.anthracycline_card):
            anthracycline_layout.addWidget(widget)
        self.radiotherapy = Section("radiotherapy", self.page.body)
        self.transplants = Section("transplants", self.page.body)
        self.sections = (self.surgery, self.systemic, self.radiotherapy, self.transplants)
        for widget in (
            self.surgery, self.systemic, self.anthracyclines, self.radiotherapy, self.transplants
        ):  # fmt: skip
            self.page.column.addWidget(widget)
        self.page.column.addStretch(1)
        for table in (*(s.table for s in self.sections), self.anthracycline_card.table):
            table.open_requested.connect(self._open)
        self.stack.addWidget(self.page)
        self.empty = EmptyPage("first-aid", self.stack)
        self.empty.button.clicked.connect(self.import_requested)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        self.retranslate_ui()

    # -- filling ---------------------------------------------------------------------------------
    def populate(self, data: RecordViewData) -> None:
        record = data.record
        systemic = record.systemic
        if not (record.surgery or systemic.agents or record.radiotherapy or record.transplants):
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.page)
        sources = self.tr("Reported by")
        self.surgery.show_rows(self._procedure_columns(), self._procedures(record.surgery), sources)
        self.systemic.show_rows(self._systemic_columns(), self._systemic_rows(record), sources)
        self._fill_protocols(record)
        has_total = self.anthracycline_card.show_record(record)
        self.anthracycline_card.setVisible(has_total)
        given = [agent_name(a.agent) or "?" for a in systemic.agents if a.anthracycline]
        self.anthracycline_note.setVisible(not has_total)
        if given:
            self.anthracycline_note.setText(
                self.tr(
                    "Anthracyclines were given ({agents}), but no dose of them is recorded, so no "
                    "total can be worked out."
                ).format(agents=", ".join(given))
            )
        else:
            self.anthracycline_note.setText(self.tr("No anthracyclines in your record."))
        self.radiotherapy.show_rows(self._rt_columns(), self._rt_rows(record), sources)
        self.transplants.show_rows(
            self._procedure_columns(transplant=True),
            self._procedures(record.transplants, transplant=True),
            sources,
        )

    def clear_view(self) -> None:
        for section in self.sections:
            section.show_rows([], [], "")
        self.anthracycline_card.table.set_rows([], [], "")
        self.protocols.clear()
        self.stack.setCurrentWidget(self.empty)

    # -- rows --------------------------------------------------------------------------------------
    def _procedure_columns(self, *, transplant: bool = False) -> list[Column]:
        return [
            Column(self.tr("Date")),
            Column(self.tr("Transplant") if transplant else self.tr("Procedure"), stretch=True),
            Column(self.tr("Type") if transplant else self.tr("Site"), stretch=True),
        ]

    def _procedures(
        self, items: tuple[ProcedureRecord, ...], *, transplant: bool = False
    ) -> list[TableRow]:
        rows = []
        for p in items:
            title = p.title if p.title and any(ch.isalpha() for ch in p.title) else None
            what = title or sentence_case(concept_text(p.code) or concept_text(p.category) or "")
            codes = code_text(p.code.codes[0]) if p.code and p.code.codes else None
            if transplant:
                detail = transplant_type_text(p.transplant_type)
            else:
                detail = site_text(p.body_sites) or concept_words(p.laterality)
            rows.append(
                TableRow(
                    (cell(dates_text(p.period)), cell(what, codes), cell(detail)),
                    p.id,
                    p.sources,
                )
            )
        return rows

    def _systemic_columns(self) -> list[Column]:
        return [
            Column(self.tr("Medicine"), stretch=True),
            Column(self.tr("Dates")),
            Column(self.tr("Cycles"), stretch=True),  # wraps: long in some languages
            Column(self.tr("Cumulative dose"), number=True, spans=False),
            Column(self.tr("How obtained"), stretch=True, spans=False),
            Column(self.tr("Now")),
        ]

    def _systemic_rows(self, record: PatientRecord) -> list[TableRow]:
        rows = []
        for a in record.systemic.agents:
            name = agent_name(a.agent) or "?"
            kind = agent_class(a.agent, a.atc)
            medicine = f"{name}\n{kind}" if kind else name
            tooltip = f"{name} (ATC {a.atc})" if a.atc else None
            cycles = (cycles_text(a) or "").replace(", ", "\n", 1) or None
            doses: list[CumulativeDose | None] = [*doses_in_order(a)] or [None]
            for number, dose in enumerate(doses):
                rows.append(
                    TableRow(
                        (
                            cell(medicine, tooltip),
                            cell(dates_text(a.period, ongoing=a.current)),
                            cell(cycles),
                            cell(dose_text(dose) if dose else None),
                            cell(
                                dose_method_text(dose) if dose else self.tr("not recorded"),
                                dose_method_full(dose) if dose else None,
                            ),
                            cell(agent_state_text(a)),
                        ),
                        a.id,
                        a.sources,
                        continues=number > 0,
                    )
                )
        return rows

    def _fill_protocols(self, record: PatientRecord) -> None:
        lines = []
        for p in record.protocols:
            what = sentence_case(concept_text(p.category) or self.tr("Treatment protocol"))
            ended = medium_date(p.period.end) if p.period and p.period.end else None
            if ended:
                lines.append(self.tr("{protocol}, ended {date}").format(protocol=what, date=ended))
            else:
                lines.append(what)
        self.protocols.setVisible(bool(lines))
        self.protocols.setText(
            self.tr("Treatment protocols: {list}").format(list="; ".join(lines)) if lines else ""
        )

    def _rt_columns(self) -> list[Column]:
        return [
            Column(self.tr("Site"), stretch=True, spans=False),
            Column(self.tr("Dose"), number=True, spans=False),
            Column(self.tr("Fractions"), number=True, spans=False),
            Column(self.tr("Course total"), number=True),
            Column(self.tr("Dates")),
            Column(self.tr("Technique"), stretch=True),
        ]

    def _rt_rows(self, record: PatientRecord) -> list[TableRow]:
        rows = []
        for c in record.radiotherapy:
            total = c.total_dose_gy
            total_text = self.tr("{dose} Gy").format(dose=_number(total)) if total else None
            shared = (cell(total_text), cell(dates_text(c.period)), cell(techniques_text(c)))
            if not c.volumes:
                sessions = self.tr("%n session(s)", "", c.sessions) if c.sessions else None
                rows.append(
                    TableRow(
                        (cell(course_site(c), c.title), cell(None), cell(sessions), *shared),
                        c.id,
                        c.sources,
                    )
                )
                continue
            for number, v in enumerate(c.volumes):
                site = _shortened(v.description or course_site(c))
                if v.boost and "boost" not in site.casefold():
                    site = self.tr("{site} (boost)").format(site=site)
                dose = self.tr("{dose} Gy").format(dose=_number(v.dose_gy)) if v.dose_gy else None
                rows.append(
                    TableRow(
                        (
                            cell(site, v.description or c.title),
                            cell(dose, volume_dose_text(v)),
                            cell(str(v.fractions) if v.fractions else None),
                            *shared,
                        ),
                        c.id,
                        c.sources,
                        continues=number > 0,
                    )
                )
        return rows

    # -- details ---------------------------------------------------------------------------------
    def _open(self, item_id: str) -> None:
        data = self.view_data
        if data is not None:
            show_item_details(self, self.context, data, item_id)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Treatments"))
        self.hint.setText(
            self.tr(
                "What you were treated with, as a survivorship clinic asks for it: the medicines "
                "with their cumulative doses, the anthracycline total, radiotherapy by site. "
                "Choose a row to see its details and where it came from."
            )
        )
        self.surgery.title.setText(self.tr("Surgery"))
        self.surgery.note.setText(self.tr("No surgery in your record."))
        self.systemic.title.setText(self.tr("Cancer medicines (systemic therapy)"))
        self.systemic.note.setText(self.tr("No cancer medicines in your record."))
        self.anthracycline_title.setText(self.tr("Anthracyclines and the heart"))
        self.radiotherapy.title.setText(self.tr("Radiotherapy"))
        self.radiotherapy.note.setText(self.tr("No radiotherapy in your record."))
        self.transplants.title.setText(self.tr("Stem-cell transplants"))
        self.transplants.note.setText(self.tr("No stem-cell transplant in your record."))
        for section in self.sections:
            section.table.setAccessibleName(section.title.text())
        self.anthracycline_card.table.setAccessibleName(
            self.tr("Anthracyclines as doxorubicin-equivalent")
        )
        self.empty.set_texts(
            self.tr("No treatments yet"),
            self.tr(
                "Import a summary from your cancer centre. Your operations, cancer medicines with "
                "their doses, radiotherapy and transplants then appear here."
            ),
            self.tr("Import summary"),
        )


def _number(value: float | None) -> str:
    return number_text(value) if value is not None else ""


def _shortened(text: str, limit: int = 120) -> str:
    """A long description of a volume, cut at a word (its tooltip has it all)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;") + "…"
