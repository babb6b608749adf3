"""The facts of the items the journey, treatments and results views open: stages, tumour markers,
surgery and other procedures, radiotherapy courses, lines of cancer medicines, disease and
performance status, result series. :func:`facts_for` describes any item of the record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP
from ecan_desktop.record.allergies import Allergy
from ecan_desktop.record.assessments import DiseaseStatus, PerformanceStatus
from ecan_desktop.record.devices import DeviceItem
from ecan_desktop.record.diagnoses import CancerDiagnosis, OtherCondition
from ecan_desktop.record.immunisations import Immunisation
from ecan_desktop.record.labels import PERFORMANCE_SCALES, label
from ecan_desktop.record.lines import TherapyLine
from ecan_desktop.record.markers import TumourMarker
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.other import OtherRecord, SupportingResource
from ecan_desktop.record.patient_entries import PatientEntry
from ecan_desktop.record.procedures import ProcedureRecord
from ecan_desktop.record.radiotherapy import RadiotherapyCourse, RadiotherapyVolume
from ecan_desktop.record.results import ResultSeries
from ecan_desktop.record.staging import Staging
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.item_facts import (
    ItemFacts,
    concept_with_codes,
    facts,
    generic_facts,
    related,
    translated,
)
from ecan_desktop.ui.views.item_facts_entries import entry_facts
from ecan_desktop.ui.views.item_facts_lists import (
    agent_facts,
    allergy_facts,
    cancer_facts,
    condition_facts,
    device_facts,
    immunisation_facts,
    medication_facts,
    other_facts,
    supporting_facts,
)

STAGE_KINDS = {
    "group": QT_TRANSLATE_NOOP("ItemFacts", "Stage {stage}"),
    "t": QT_TRANSLATE_NOOP("ItemFacts", "Tumour size and extent (T): {stage}"),
    "n": QT_TRANSLATE_NOOP("ItemFacts", "Lymph nodes (N): {stage}"),
    "m": QT_TRANSLATE_NOOP("ItemFacts", "Spread to other organs (M): {stage}"),
    "other": QT_TRANSLATE_NOOP("ItemFacts", "Stage {stage}"),
}
STAGE_TYPES = {
    "clinical": QT_TRANSLATE_NOOP("ItemFacts", "clinical (from examinations and scans)"),
    "pathologic": QT_TRANSLATE_NOOP("ItemFacts", "pathological (from the tissue removed)"),
}
PROCEDURE_KINDS = {
    "surgery": QT_TRANSLATE_NOOP("ItemFacts", "Surgery"),
    "transplant": QT_TRANSLATE_NOOP("ItemFacts", "Stem-cell transplant"),
    "procedure": QT_TRANSLATE_NOOP("ItemFacts", "Procedure"),
}
TRANSPLANT_TYPES = {
    "autologous": QT_TRANSLATE_NOOP("ItemFacts", "with your own stem cells (autologous)"),
    "allogeneic": QT_TRANSLATE_NOOP("ItemFacts", "with a donor's stem cells (allogeneic)"),
}
INTERPRETATIONS = {
    "positive": QT_TRANSLATE_NOOP("ItemFacts", "positive"),
    "negative": QT_TRANSLATE_NOOP("ItemFacts", "negative"),
    "equivocal": QT_TRANSLATE_NOOP("ItemFacts", "uncertain (equivocal)"),
}


def staging_facts(stage: Staging, record: PatientRecord) -> ItemFacts:
    shown = stage.stage or words.concept_text(stage.value) or "?"
    title = translated(STAGE_KINDS.get(stage.kind, STAGE_KINDS["other"])).format(stage=shown)
    system = ", ".join(
        p
        for p in (
            stage.system,
            QCoreApplication.translate("ItemFacts", "edition {n}").format(n=stage.edition)
            if stage.edition
            else None,
        )
        if p
    )
    return ItemFacts(
        title,
        QCoreApplication.translate("ItemFacts", "Stage"),
        "dna",
        facts(
            (QCoreApplication.translate("ItemFacts", "Staging system"), system),
            (QCoreApplication.translate("ItemFacts", "Type"), words.word(STAGE_TYPES, stage.type)),
            (
                QCoreApplication.translate("ItemFacts", "Categories"),
                " · ".join(c.label or words.concept_text(c.value) or "" for c in stage.categories),
            ),
            (QCoreApplication.translate("ItemFacts", "Value"), concept_with_codes(stage.value)),
            (QCoreApplication.translate("ItemFacts", "Method"), words.concept_text(stage.method)),
            (QCoreApplication.translate("ItemFacts", "Date"), words.date_text(stage.date)),
            (
                QCoreApplication.translate("ItemFacts", "About"),
                related(record, stage.diagnosis_ids),
            ),
        ),
        stage.notes,
    )


def marker_facts(marker: TumourMarker, record: PatientRecord) -> ItemFacts:
    return ItemFacts(
        marker.name,
        QCoreApplication.translate("ItemFacts", "Tumour marker"),
        "dna",
        facts(
            (QCoreApplication.translate("ItemFacts", "Result"), words.value_text(marker.value)),
            (
                QCoreApplication.translate("ItemFacts", "Interpretation"),
                words.word(INTERPRETATIONS, marker.interpretation),
            ),
            (QCoreApplication.translate("ItemFacts", "Date"), words.date_text(marker.date)),
            (QCoreApplication.translate("ItemFacts", "Code"), concept_with_codes(marker.code)),
            (
                QCoreApplication.translate("ItemFacts", "About"),
                related(record, marker.diagnosis_ids),
            ),
        ),
        marker.notes,
    )


def procedure_facts(procedure: ProcedureRecord, record: PatientRecord) -> ItemFacts:
    kind = words.word(PROCEDURE_KINDS, procedure.kind) or ""
    title = procedure.title or words.concept_text(procedure.code) or kind
    return ItemFacts(
        words.sentence_case(title),
        kind,
        "scissors",
        facts(
            (QCoreApplication.translate("ItemFacts", "Code"), concept_with_codes(procedure.code)),
            (QCoreApplication.translate("ItemFacts", "When"), words.period_text(procedure.period)),
            (
                QCoreApplication.translate("ItemFacts", "Status"),
                words.status_text(procedure.status),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Where in the body"),
                words.concepts_text(procedure.body_sites),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Side"),
                words.concept_text(procedure.laterality),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Kind of transplant"),
                words.word(TRANSPLANT_TYPES, procedure.transplant_type),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Intent"),
                words.concept_text(procedure.intent),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Outcome"),
                words.concept_text(procedure.outcome),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Reason"),
                words.concepts_text(procedure.reasons),
            ),
            (
                QCoreApplication.translate("ItemFacts", "About"),
                related(record, procedure.diagnosis_ids),
            ),
        ),
        procedure.notes,
    )


def _volume(volume: RadiotherapyVolume) -> str:
    where = volume.description or words.concepts_text(volume.sites) or "?"
    dose = words.quantity_text(volume.dose)
    if volume.dose_gy is not None:
        dose = f"{words.number_text(volume.dose_gy)} Gy"
    details = " ".join(
        p
        for p in (dose, words.counts().fractions(volume.fractions) if volume.fractions else None)
        if p
    )
    if volume.boost:
        boost = QCoreApplication.translate("ItemFacts", "boost")
        details = f"{details}, {boost}" if details else boost
    return f"{where}: {details}" if details else where


def radiotherapy_facts(course: RadiotherapyCourse, record: PatientRecord) -> ItemFacts:
    total = max((v.dose_gy for v in course.volumes if v.dose_gy is not None), default=None)
    return ItemFacts(
        words.sentence_case(
            course.title
            or words.concept_text(course.code)
            or QCoreApplication.translate("ItemFacts", "Radiotherapy")
        ),
        QCoreApplication.translate("ItemFacts", "Radiotherapy"),
        "radioactive",
        facts(
            (QCoreApplication.translate("ItemFacts", "When"), words.period_text(course.period)),
            (
                QCoreApplication.translate("ItemFacts", "Highest total dose"),
                f"{words.number_text(total)} Gy" if total is not None else None,
            ),
            (
                QCoreApplication.translate("ItemFacts", "Sessions"),
                str(course.sessions) if course.sessions else None,
            ),
            (
                QCoreApplication.translate("ItemFacts", "Treated areas"),
                "\n".join(_volume(v) for v in course.volumes),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Kind of radiotherapy"),
                words.concepts_text((*course.modalities, *course.techniques)),
            ),
            (QCoreApplication.translate("ItemFacts", "Intent"), words.concept_text(course.intent)),
            (QCoreApplication.translate("ItemFacts", "Status"), words.status_text(course.status)),
            (
                QCoreApplication.translate("ItemFacts", "Reason"),
                words.concepts_text(course.reasons),
            ),
            (
                QCoreApplication.translate("ItemFacts", "About"),
                related(record, course.diagnosis_ids),
            ),
        ),
        course.notes,
    )


def series_facts(series: ResultSeries, record: PatientRecord) -> ItemFacts:
    del record
    points = series.points
    latest = points[-1] if points else None
    latest_text = None
    if latest is not None:
        latest_text = words.join(
            (words.value_text(latest.value), words.date_text(latest.date)), ", "
        )
    return ItemFacts(
        words.sentence_case(
            series.name
            or words.concept_text(series.code)
            or QCoreApplication.translate("ItemFacts", "Test")
        ),
        QCoreApplication.translate("ItemFacts", "Test results"),
        "chart-line",
        facts(
            (QCoreApplication.translate("ItemFacts", "Code"), concept_with_codes(series.code)),
            (QCoreApplication.translate("ItemFacts", "Latest"), latest_text),
            (
                QCoreApplication.translate("ItemFacts", "Values recorded"),
                words.counts().values(len(points)),
            ),
            (
                QCoreApplication.translate("ItemFacts", "First"),
                words.date_text(points[0].date) if points else None,
            ),
            (QCoreApplication.translate("ItemFacts", "Unit"), words.unit_text(series.unit) or None),
            (
                QCoreApplication.translate("ItemFacts", "Normal range"),
                words.range_text(series.reference_range),
            ),
        ),
    )


def line_facts(line: TherapyLine, record: PatientRecord) -> ItemFacts:
    del record
    return ItemFacts(
        QCoreApplication.translate("ItemFacts", "Treatment line {number}").format(
            number=line.number
        ),
        QCoreApplication.translate("ItemFacts", "Line of cancer medicines"),
        "pill",
        facts(
            (
                QCoreApplication.translate("ItemFacts", "Medicines"),
                ", ".join(words.agent_name(a) or a for a in line.agents),
            ),
            (QCoreApplication.translate("ItemFacts", "When"), words.period_text(line.period)),
        ),
    )


def status_facts(status: DiseaseStatus, record: PatientRecord) -> ItemFacts:
    return ItemFacts(
        words.sentence_case(
            words.concept_text(status.status)
            or QCoreApplication.translate("ItemFacts", "Disease status")
        ),
        QCoreApplication.translate("ItemFacts", "Disease status"),
        "heartbeat",
        facts(
            (QCoreApplication.translate("ItemFacts", "Date"), words.date_text(status.date)),
            (QCoreApplication.translate("ItemFacts", "Code"), concept_with_codes(status.status)),
            (
                QCoreApplication.translate("ItemFacts", "About"),
                related(record, status.diagnosis_ids),
            ),
        ),
        status.notes,
    )


def performance_facts(status: PerformanceStatus, record: PatientRecord) -> ItemFacts:
    del record
    scale = words.render(label(PERFORMANCE_SCALES, status.scale)) or status.scale
    score = str(status.score) if status.score is not None else words.value_text(status.value)
    return ItemFacts(
        f"{scale}: {score}" if score else scale,
        QCoreApplication.translate("ItemFacts", "Performance status"),
        "person",
        facts(
            (QCoreApplication.translate("ItemFacts", "Score"), score),
            (QCoreApplication.translate("ItemFacts", "Date"), words.date_text(status.date)),
        ),
    )


_BUILDERS: dict[type, Callable[[Any, PatientRecord], ItemFacts]] = {
    SystemicAgent: agent_facts,
    Medication: medication_facts,
    Allergy: allergy_facts,
    DeviceItem: device_facts,
    CancerDiagnosis: cancer_facts,
    OtherCondition: condition_facts,
    Immunisation: immunisation_facts,
    OtherRecord: other_facts,
    SupportingResource: supporting_facts,
    Staging: staging_facts,
    TumourMarker: marker_facts,
    ProcedureRecord: procedure_facts,
    RadiotherapyCourse: radiotherapy_facts,
    ResultSeries: series_facts,
    TherapyLine: line_facts,
    DiseaseStatus: status_facts,
    PerformanceStatus: performance_facts,
    PatientEntry: entry_facts,
}
# The other items are described from their fields: what kind of item each is, and its icon.
KINDS = {
    "TreatmentProtocol": (QT_TRANSLATE_NOOP("ItemFacts", "Treatment protocol"), "clipboard-text"),
    "Report": (QT_TRANSLATE_NOOP("ItemFacts", "Report"), "file-text"),
    "DocumentItem": (QT_TRANSLATE_NOOP("ItemFacts", "Document"), "file-text"),
    "CarePlanItem": (QT_TRANSLATE_NOOP("ItemFacts", "Care plan"), "clipboard-text"),
    "FollowUp": (QT_TRANSLATE_NOOP("ItemFacts", "Follow-up"), "calendar-check"),
    "Goal": (QT_TRANSLATE_NOOP("ItemFacts", "Goal"), "check-circle"),
    "Encounter": (QT_TRANSLATE_NOOP("ItemFacts", "Visit or stay"), "hospital"),
    "PatientItem": (QT_TRANSLATE_NOOP("ItemFacts", "Your personal details"), "identification-card"),
}


def facts_for(item: Any, record: PatientRecord) -> ItemFacts:
    """The facts of any item of the record."""
    builder = _BUILDERS.get(type(item))
    if builder is not None:
        return builder(item, record)
    kind, icon = KINDS.get(type(item).__name__, (QT_TRANSLATE_NOOP("ItemFacts", "Item"), "info"))
    return generic_facts(item, record, translated(kind), icon)
