"""Conditions: the cancer diagnoses first (codes for clinicians, stage, side, dates), then the other
conditions, those still active apart from those resolved or past."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ecan_desktop.record.codes import Concept
from ecan_desktop.record.dates import Period
from ecan_desktop.record.diagnoses import CancerDiagnosis, OtherCondition
from ecan_desktop.record.labels import CANCER_ROLES, label
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.item_list import Badge, Entry, Group, entry, newest_first
from ecan_desktop.ui.views.list_record_view import ListRecordView

ACTIVE_STATUSES = frozenset({"active", "recurrence", "relapse"})
MAX_TITLE = 90  # characters of a note used as a title; the details show all of it


def _codes(concept: Concept | None) -> str:
    if concept is None:
        return ""
    return " ".join(f"{c.code or ''} {c.display or ''}" for c in concept.codes)


def is_active(status: str | None, abatement: str | None) -> bool:
    """Active: the source says so, or says nothing and gives no end date."""
    if status is not None:
        return status in ACTIVE_STATUSES
    return abatement is None


def _is_bare_code(title: str | None, concept: Concept | None) -> bool:
    return bool(title) and concept is not None and any(title == c.code for c in concept.codes)


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1].rstrip() + "…"


class ConditionsView(ListRecordView):
    EMPTY_ICON = "stethoscope"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.retranslate_ui()

    def build_groups(self, data: RecordViewData) -> Sequence[Group]:
        record = data.record
        cancers = newest_first(record.diagnoses, lambda d: d.date)
        cancers.sort(key=lambda d: not is_active(d.clinical_status, d.abatement))
        others = newest_first(record.other_conditions, lambda c: c.onset or c.recorded)
        active = [c for c in others if is_active(c.clinical_status, c.abatement)]
        past = [c for c in others if not is_active(c.clinical_status, c.abatement)]
        return [
            Group("cancer", self.tr("Cancer diagnoses"), cancers),
            Group("active", self.tr("Other conditions now"), active),
            Group("past", self.tr("Resolved and past conditions"), past),
        ]

    def describe(self, item: Any) -> Entry:
        if isinstance(item, CancerDiagnosis):
            return self._describe_cancer(item)
        return self._describe_other(item)

    def keywords(self, item: Any) -> str:
        notes = " ".join(item.notes)
        if isinstance(item, CancerDiagnosis):
            stages = " ".join(s.stage or "" for s in item.stages)
            morphology = _codes(item.morphology)
            return f"{item.title or ''} {_codes(item.code)} {morphology} {stages} {notes}"
        return f"{item.title or ''} {_codes(item.code)} {notes}"

    # -- cancers ----------------------------------------------------------------------------------
    def _describe_cancer(self, diagnosis: CancerDiagnosis) -> Entry:
        name = diagnosis.title
        if not name or _is_bare_code(name, diagnosis.code):
            name = words.concept_words(diagnosis.code) or words.concept_words(diagnosis.morphology)
        code = next(
            (
                words.code_text(c)
                for c in (diagnosis.icd10, diagnosis.icdo3_topography, diagnosis.snomed)
                if c is not None and c.code
            ),
            None,
        )
        title = name or code or self.tr("Cancer diagnosis")
        if name and code:
            title = f"{words.sentence_case(name)} — {code}"
        stage = next((s for s in diagnosis.stages if s.stage), None)
        badge = Badge("info", self.tr("Stage {stage}").format(stage=stage.stage)) if stage else None
        side = words.concept_text(diagnosis.laterality)
        first = words.join(
            (
                words.render(label(CANCER_ROLES, diagnosis.role)),
                self.tr("side: {side}").format(side=side) if side else None,
                self.tr("diagnosed {date}").format(date=words.date_text(diagnosis.date))
                if diagnosis.date
                else None,
                words.word(words.CLINICAL_STATUSES, diagnosis.clinical_status),
                self._verification(diagnosis.verification_status),
            )
        )
        morphology = diagnosis.icdo3_morphology
        second = words.join(
            (
                (morphology.display if morphology is not None else None)
                or words.concept_words(diagnosis.morphology),
                self._icdo3(diagnosis),
            )
        )
        return entry(diagnosis, title, (first, second), icon="stethoscope", badge=badge)

    @staticmethod
    def _icdo3(diagnosis: CancerDiagnosis) -> str | None:
        parts = [
            c.code
            for c in (diagnosis.icdo3_topography, diagnosis.icdo3_morphology)
            if c is not None and c.code
        ]
        return f"ICD-O-3 {' / '.join(parts)}" if parts else None

    @staticmethod
    def _verification(status: str | None) -> str | None:
        if status in (None, "confirmed"):
            return None
        return words.word(words.VERIFICATION_STATUSES, status)

    # -- other conditions -------------------------------------------------------------------------
    def _describe_other(self, condition: OtherCondition) -> Entry:
        name = condition.title
        note_as_title = False
        if not name or _is_bare_code(name, condition.code):
            name = words.concept_words(condition.code)
            if name is None and condition.notes:
                name, note_as_title = _shortened(condition.notes[0]), True
        title = words.sentence_case(name) if name else self.tr("Condition")
        active = is_active(condition.clinical_status, condition.abatement)
        start = condition.onset or condition.recorded
        span = Period(start, condition.abatement) if start or condition.abatement else None
        dates = words.period_text(span, ongoing=active)
        first = words.join(
            (
                words.sentence_case(
                    words.word(words.CLINICAL_STATUSES, condition.clinical_status) or ""
                )
                or None,
                self._verification(condition.verification_status),
                dates,
            )
        )
        second = words.join(
            (
                words.concepts_text(condition.body_sites),
                None if note_as_title or not condition.notes else condition.notes[0],
                words.codes_text(condition.code, limit=1),
            )
        )
        return entry(condition, title, (first, second), icon="heartbeat")

    def retranslate_ui(self) -> None:
        self.set_texts(
            title=self.tr("Conditions"),
            intro=self.tr(
                "Your cancer diagnoses and every other health problem your centres recorded."
            ),
            search=self.tr("Search conditions, codes and notes"),
            empty_title=self.tr("No conditions recorded yet."),
            empty_text=self.tr("Import a summary from your centre."),
        )
