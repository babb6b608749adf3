"""Medications: what the patient takes now and took before, current first.

Cancer medicines (the record's systemic therapy agents, with their line, cycles and cumulative
dose) and the other medicines (statements, prescriptions, administrations, dispensings) are listed
together under "Current medicines" and "Past medicines", each newest first; the first detail line
says which kind each one is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ecan_desktop.record.codes import Concept
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.quantities import Quantity
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.item_list import Entry, Group, entry, newest_first
from ecan_desktop.ui.views.list_record_view import ListRecordView


def _codes(concept: Concept | None) -> str:
    if concept is None:
        return ""
    return " ".join(f"{c.code or ''} {c.display or ''}" for c in concept.codes)


def _last_date(item: SystemicAgent | Medication) -> str | None:
    span = item.period
    return (span.end or span.start) if span is not None else None


def _first_date(item: SystemicAgent | Medication) -> str | None:
    return item.period.first if item.period is not None else None


class MedicationsView(ListRecordView):
    EMPTY_ICON = "pill"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.retranslate_ui()

    def build_groups(self, data: RecordViewData) -> Sequence[Group]:
        record = data.record
        items: list[SystemicAgent | Medication] = [*record.systemic.agents, *record.medications]
        current = newest_first((i for i in items if i.current), _first_date)
        past = newest_first((i for i in items if not i.current), _last_date)
        return [
            Group("current", self.tr("Current medicines"), current),
            Group("past", self.tr("Past medicines"), past),
        ]

    def describe(self, item: Any) -> Entry:
        if isinstance(item, SystemicAgent):
            return self._describe_agent(item)
        return self._describe_medication(item)

    def keywords(self, item: Any) -> str:
        if isinstance(item, SystemicAgent):
            name = words.agent_name(item.agent) or ""
            return f"{name} {item.agent or ''} {item.atc or ''} {_codes(item.medication)}"
        return f"{item.name or ''} {item.atc or ''} {_codes(item.medication)} {item.dosage or ''}"

    # -- cancer medicines -------------------------------------------------------------------------
    def _describe_agent(self, agent: SystemicAgent) -> Entry:
        name = words.agent_name(agent.agent, words.concept_text(agent.medication)) or self.tr(
            "Unnamed medicine"
        )
        title = f"{name} — ATC {agent.atc}" if agent.atc else name
        first = words.join(
            (
                words.agent_class(agent.agent, agent.atc),
                self.tr("treatment line {number}").format(number=agent.line)
                if agent.line
                else None,
                words.status_text(agent.status),
                words.period_text(agent.period, ongoing=agent.current),
            )
        )
        return entry(agent, title, (first, self._dose_line(agent)), icon="pill")

    def _dose_line(self, agent: SystemicAgent) -> str | None:
        parts: list[str] = []
        doses = sorted(  # per m² first: that is what dose limits are written in
            (d for d in agent.cumulative if d.unit in ("mg/m2", "mg")),
            key=lambda d: d.unit != "mg/m2",
        ) or list(agent.cumulative)
        shown = [d for d in doses if d.method == "stated"] or doses
        if shown:
            amounts = " · ".join(
                words.quantity_text(Quantity(d.value, d.unit)) or "" for d in shown[:2]
            )
            if all(d.complete for d in shown):
                parts.append(self.tr("Cumulative dose {dose}").format(dose=amounts))
            else:
                parts.append(self.tr("Cumulative dose at least {dose}").format(dose=amounts))
        cycles = agent.cycles
        if cycles is not None and cycles.given and cycles.planned:
            parts.append(
                self.tr("{given} of %n cycle(s)", "", cycles.planned).format(given=cycles.given)
            )
        elif cycles is not None and (cycles.given or cycles.planned):
            parts.append(self.tr("%n cycle(s)", "", cycles.given or cycles.planned or 0))
        if not parts:
            texts = [s.text for s in agent.statements if s.text]
            texts += [o.text for o in agent.orders if o.text]
            if texts:
                parts.append(texts[0])
        return words.join(parts) or None

    # -- other medicines --------------------------------------------------------------------------
    def _describe_medication(self, medication: Medication) -> Entry:
        name = (
            medication.name
            or words.concept_text(medication.medication)
            or self.tr("Unnamed medicine")
        )
        title = f"{name} — ATC {medication.atc}" if medication.atc else name
        first = words.join(
            (
                self.tr("Other medicine"),
                words.word(words.MEDICATION_KINDS, medication.kind),
                words.status_text(medication.status),
                words.period_text(medication.period, ongoing=medication.current),
            )
        )
        reasons = words.concepts_text(medication.reasons)
        second = words.join(
            (
                medication.dosage,
                self.tr("for {reasons}").format(reasons=reasons) if reasons else None,
                medication.notes[0] if medication.notes else None,
            )
        )
        return entry(medication, title, (first, second), icon="pill")

    def retranslate_ui(self) -> None:
        self.set_texts(
            title=self.tr("Medications"),
            intro=self.tr(
                "The medicines you take now and took before: cancer medicines and all others."
            ),
            search=self.tr("Search medicines"),
            empty_title=self.tr("No medicines recorded yet."),
            empty_text=self.tr(
                "Import a summary from your centre. You can also add what you take in My entries."
            ),
        )
