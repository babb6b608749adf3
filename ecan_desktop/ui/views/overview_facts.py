"""The overview's emergency facts in words: allergies, medicines, cancers, current treatment,
devices and alerts (see ``overview_format`` for what a row is)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ecan_desktop.record.allergies import Allergy
from ecan_desktop.record.codes import Concept
from ecan_desktop.record.dates import day
from ecan_desktop.record.devices import DeviceItem
from ecan_desktop.record.diagnoses import CancerDiagnosis
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.other import OtherRecord
from ecan_desktop.record.radiotherapy import RadiotherapyCourse
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.summary.labels import Labels
from ecan_desktop.summary.warnings import DerivedWarning
from ecan_desktop.ui.views.overview_format import (
    DANGER,
    NEUTRAL,
    Badge,
    RowContent,
    agent_words,
    capitalised,
    concept_words,
    date_text,
    number_text,
    stage_sentence,
    warning_sentence,
)
from ecan_desktop.ui.views.overview_picks import CurrentLine, StageFacts


class FactWords(QObject):
    """Rows for the emergency facts; :attr:`labels` holds the medical words' language."""

    def __init__(self, labels: Labels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def since(self, value: str | None) -> str | None:
        shown = date_text(value)
        return self.tr("Since {date}").format(date=shown) if shown else None

    def concept(self, found: Concept | None) -> str | None:
        return concept_words(self.labels, found)

    def agent(self, inn: str | None) -> str:
        return agent_words(self.labels, inn) or self.tr("Unnamed medicine")

    # -- allergies --------------------------------------------------------------------------------
    def allergy(self, allergy: Allergy) -> RowContent:
        if allergy.no_known_allergy:
            return RowContent(
                self.tr("No known allergies"),
                (self.tr("As your centre recorded it."),),
                meta=date_text(allergy.recorded or allergy.onset),
                sources=allergy.sources,
                item_id=allergy.id,
            )
        lines: list[str] = []
        reactions: list[str] = []
        for reaction in allergy.reactions:
            severity = self.severity(reaction.severity)
            for manifestation in reaction.manifestations:
                words = self.concept(manifestation) or ""
                shown = (
                    self.tr("{reaction} ({severity})").format(reaction=words, severity=severity)
                    if severity
                    else words
                )
                if words and shown not in reactions:
                    reactions.append(shown)
        if reactions:
            lines.append(self.tr("Reaction: {reactions}").format(reactions=", ".join(reactions)))
        if allergy.type == "intolerance":
            lines.append(self.tr("An intolerance, not an allergy"))
        onset, recorded = date_text(allergy.onset), date_text(allergy.recorded)
        if onset:
            meta: str | None = self.tr("Since {date}").format(date=onset)
        else:
            meta = self.tr("Recorded {date}").format(date=recorded) if recorded else None
        return RowContent(
            self.concept(allergy.substance) or self.tr("Allergy (substance not named)"),
            tuple(lines),
            meta=meta,
            badge=self.criticality(allergy.criticality),
            sources=allergy.sources,
            item_id=allergy.id,
        )

    def severity(self, code: str | None) -> str | None:
        words = {
            "mild": self.tr("mild"),
            "moderate": self.tr("moderate"),
            "severe": self.tr("severe"),
        }
        return words.get(code or "")

    def criticality(self, code: str | None) -> Badge:
        if code == "high":
            return Badge(
                "warning",
                self.tr("High risk"),
                DANGER,
                self.tr("Your centre rates the risk of a severe reaction as high."),
            )
        if code == "low":
            return Badge(
                "info",
                self.tr("Low risk"),
                NEUTRAL,
                self.tr("Your centre rates the risk of a severe reaction as low."),
            )
        if code == "unable-to-assess":
            return Badge("info", self.tr("Risk not assessed"), NEUTRAL)
        return Badge(
            "info",
            self.tr("Risk not stated"),
            NEUTRAL,
            self.tr("Your centre did not say how severe a reaction could be."),
        )

    # -- medicines and treatment ------------------------------------------------------------------
    def medication(self, item: object) -> RowContent | None:
        if isinstance(item, SystemicAgent):
            dose = next((s.text for s in item.statements if s.text), None) or next(
                (o.text for o in item.orders if o.text), None
            )
            return RowContent(
                self.agent(item.agent),
                (dose,) if dose else (),
                meta=self.since(item.period.start if item.period else None),
                sources=item.sources,
                item_id=item.id,
            )
        if isinstance(item, Medication):
            return RowContent(
                capitalised(item.name or self.tr("Unnamed medicine")),
                (item.dosage,) if item.dosage else (),
                meta=self.since(item.period.start if item.period else None),
                sources=item.sources,
                item_id=item.id,
            )
        return None

    def treatment_line(self, current: CurrentLine) -> RowContent:
        names = ", ".join(self.agent(a.agent) for a in current.agents)
        title = (
            self.tr("Line {number}: {agents}").format(number=current.line.number, agents=names)
            if current.line is not None
            else names
        )
        intents = {self.concept(a.intent) for a in current.agents}
        starts = [a.period.start for a in current.agents if a.period and a.period.start]
        sources: dict[int, SourceRef] = {}
        for agent in current.agents:
            for source in agent.sources:
                sources.setdefault(source.source_id, source)
        return RowContent(
            title,
            tuple(sorted(i for i in intents if i)),
            meta=self.since(min(starts, key=lambda s: day(s) or "")) if starts else None,
            sources=tuple(sources.values()),
            item_id=current.agents[0].id,
        )

    def radiotherapy(self, course: RadiotherapyCourse) -> RowContent:
        return RowContent(
            course.title or self.tr("Radiotherapy"),
            (self.tr("Radiotherapy"),) if course.title else (),
            meta=self.since(course.period.start if course.period else None),
            sources=course.sources,
            item_id=course.id,
        )

    # -- cancer -----------------------------------------------------------------------------------
    def cancer(self, diagnosis: CancerDiagnosis, stage: StageFacts | None) -> RowContent:
        lines = [stage_sentence(self.labels, stage)] if stage else []
        codes = []
        if diagnosis.icd10 is not None and diagnosis.icd10.code:
            codes.append(self.tr("ICD-10 {code}").format(code=diagnosis.icd10.code))
        if diagnosis.icdo3_morphology is not None and diagnosis.icdo3_morphology.code:
            codes.append(self.tr("ICD-O-3 {code}").format(code=diagnosis.icdo3_morphology.code))
        if diagnosis.role == "secondary" or diagnosis.behaviour == "metastatic":
            lines.append(self.tr("A secondary cancer (metastasis)"))
        if diagnosis.clinical_status in ("recurrence", "relapse"):
            lines.append(self.tr("It has come back (recurrence)."))
        if stage is None:
            codes.insert(0, self.tr("Stage not recorded"))
        diagnosed = date_text(diagnosis.date)
        if diagnosed:
            codes.insert(0, self.tr("Diagnosed {date}").format(date=diagnosed))
        return RowContent(
            diagnosis.title or self.tr("Cancer (name not recorded)"),
            tuple(lines),
            meta=" · ".join(codes) or None,
            sources=diagnosis.sources,
            item_id=diagnosis.id,
        )

    # -- devices and alerts -----------------------------------------------------------------------
    def device(self, device: DeviceItem) -> RowContent:
        title = self.concept(device.type) or device.name or self.tr("Device (not named)")
        lines: list[str] = []
        if device.name and device.name != title:
            lines.append(device.name)
        site = self.concept(device.body_site)
        if site:
            lines.append(self.tr("Where: {site}").format(site=site))
        return RowContent(
            title,
            tuple(lines),
            meta=self.since(device.period.start if device.period else None),
            sources=device.sources,
            item_id=device.id,
        )

    def warning(self, warning: DerivedWarning) -> RowContent:
        titles = {
            "neutropenic_sepsis": self.tr("Risk of a serious infection after chemotherapy"),
            "checkpoint_inhibitor": self.tr("Immunotherapy side effects can start late"),
            "anthracycline_high": self.tr("Heart: a high dose of anthracyclines"),
            "anthracycline_chest_rt": self.tr("Heart: anthracyclines and radiotherapy near it"),
            "anthracycline": self.tr("Heart: anthracyclines given"),
            "anthracycline_mg": self.tr("Heart: anthracyclines given"),
            "venous_port": self.tr("Implanted port"),
        }
        if warning.rule == "neutropenic_sepsis":
            badge = Badge(
                "siren", self.tr("Urgent"), DANGER, self.tr("Act at once if you feel unwell.")
            )
        else:
            badge = Badge("warning", self.tr("Important"), DANGER)
        sentence = warning_sentence(
            self.labels,
            warning,
            shown_date=lambda value: date_text(value) or value,
            shown_number=number_text,
        )
        return RowContent(
            titles.get(warning.rule, self.tr("Warning")),
            (sentence,),
            badge=badge,
            sources=warning.sources,
        )

    def alert(self, flag: OtherRecord) -> RowContent:
        return RowContent(
            flag.title or self.tr("Alert"),
            meta=date_text(flag.date),
            badge=Badge("warning", self.tr("Alert"), DANGER, self.tr("An alert your centre set.")),
            sources=flag.sources,
            item_id=flag.id,
        )
