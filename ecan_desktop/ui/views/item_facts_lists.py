"""The facts of the list views' items: medicines, allergies, devices, conditions, vaccinations
and other records, in the order a doctor reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecan_desktop.record.allergies import Allergy, Reaction
from ecan_desktop.record.devices import DeviceItem
from ecan_desktop.record.diagnoses import CancerDiagnosis, OtherCondition
from ecan_desktop.record.immunisations import Immunisation
from ecan_desktop.record.labels import BEHAVIOURS, CANCER_ROLES, label
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.other import OtherRecord, SupportingResource
from ecan_desktop.record.quantities import Quantity
from ecan_desktop.record.staging import StageSummary
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.item_facts import (
    ItemFacts,
    concept_with_codes,
    facts,
    related,
)


# -- medicines ------------------------------------------------------------------------------------
def agent_facts(agent: SystemicAgent, record: PatientRecord) -> ItemFacts:
    name = words.agent_name(
        agent.agent, words.concept_text(agent.medication)
    ) or QCoreApplication.translate("ItemFacts", "Medicine")
    title = f"{name} — ATC {agent.atc}" if agent.atc else name
    cycles = agent.cycles
    cycle_text = None
    if cycles is not None:
        parts = [
            words.counts().given(cycles.given) if cycles.given else None,
            words.counts().planned(cycles.planned) if cycles.planned else None,
            QCoreApplication.translate("ItemFacts", "every {days} days").format(
                days=words.number_text(cycles.every_days)
            )
            if cycles.every_days
            else None,
        ]
        cycle_text = words.join(parts, ", ") or None
    doses = []
    for dose in sorted(agent.cumulative, key=lambda d: d.unit != "mg/m2"):
        amount = words.quantity_text(Quantity(dose.value, dose.unit)) or ""
        method = words.render(dose.method_label)
        line = f"{amount} — {method}" if method else amount
        if not dose.complete:
            line = QCoreApplication.translate(
                "ItemFacts", "{dose} (some doses could not be counted)"
            ).format(dose=line)
        if dose.note:
            line = f"{line} — {dose.note}"
        doses.append(line)
    prescribed = next((o for o in agent.orders if o.dose is not None), None)
    return ItemFacts(
        title,
        words.agent_class(agent.agent, agent.atc),
        "pill",
        facts(
            (
                QCoreApplication.translate("ItemFacts", "As the source names it"),
                concept_with_codes(agent.medication),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Kind"),
                words.agent_class(agent.agent, agent.atc),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Treatment line"),
                str(agent.line) if agent.line else None,
            ),
            (QCoreApplication.translate("ItemFacts", "Status"), words.status_text(agent.status)),
            (
                QCoreApplication.translate("ItemFacts", "When"),
                words.period_text(agent.period, ongoing=agent.current),
            ),
            (QCoreApplication.translate("ItemFacts", "Cycles"), cycle_text),
            (QCoreApplication.translate("ItemFacts", "Cumulative dose"), "\n".join(doses)),
            (
                QCoreApplication.translate("ItemFacts", "Prescribed dose"),
                words.quantity_text(prescribed.dose) if prescribed else None,
            ),
            (
                QCoreApplication.translate("ItemFacts", "Doses given"),
                words.counts().administrations(len(agent.administrations))
                if agent.administrations
                else None,
            ),
            (QCoreApplication.translate("ItemFacts", "Intent"), words.concept_text(agent.intent)),
            (
                QCoreApplication.translate("ItemFacts", "Instructions"),
                "\n".join(t for t in _texts(agent) if t),
            ),
            (
                QCoreApplication.translate("ItemFacts", "About"),
                related(record, agent.diagnosis_ids),
            ),
        ),
    )


def _texts(agent: SystemicAgent) -> list[str | None]:
    return [*(s.text for s in agent.statements), *(o.text for o in agent.orders)]


def medication_facts(medication: Medication, record: PatientRecord) -> ItemFacts:
    del record
    name = (
        medication.name
        or words.concept_text(medication.medication)
        or QCoreApplication.translate("ItemFacts", "Medicine")
    )
    return ItemFacts(
        f"{name} — ATC {medication.atc}" if medication.atc else name,
        QCoreApplication.translate("ItemFacts", "Medicine"),
        "pill",
        facts(
            (
                QCoreApplication.translate("ItemFacts", "As the source names it"),
                concept_with_codes(medication.medication),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Recorded as"),
                words.word(words.MEDICATION_KINDS, medication.kind),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Status"),
                words.status_text(medication.status),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Taken now"),
                QCoreApplication.translate("ItemFacts", "Yes")
                if medication.current
                else QCoreApplication.translate("ItemFacts", "No"),
            ),
            (
                QCoreApplication.translate("ItemFacts", "When"),
                words.period_text(medication.period, ongoing=medication.current),
            ),
            (QCoreApplication.translate("ItemFacts", "Dose"), medication.dosage),
            (
                QCoreApplication.translate("ItemFacts", "Reason"),
                words.concepts_text(medication.reasons),
            ),
        ),
        medication.notes,
    )


# -- allergies and devices ------------------------------------------------------------------------
def _reaction(reaction: Reaction) -> str:
    found = words.concepts_text(reaction.manifestations) or QCoreApplication.translate(
        "ItemFacts", "Reaction"
    )
    parts = [
        words.word(words.SEVERITIES, reaction.severity),
        words.date_text(reaction.onset),
        reaction.description,
    ]
    rest = words.join(parts, "; ")
    return f"{found} ({rest})" if rest else found


def allergy_facts(allergy: Allergy, record: PatientRecord) -> ItemFacts:
    del record
    substance = words.concept_text(allergy.substance)
    kinds = [words.word(words.ALLERGY_TYPES, allergy.type)]
    kinds += [words.word(words.ALLERGY_CATEGORIES, c) for c in allergy.categories]
    return ItemFacts(
        words.sentence_case(substance)
        if substance
        else QCoreApplication.translate("ItemFacts", "Substance not named"),
        QCoreApplication.translate("ItemFacts", "Statement: no known allergy")
        if allergy.no_known_allergy
        else QCoreApplication.translate("ItemFacts", "Allergy"),
        "warning" if allergy.criticality == "high" else "warning-circle",
        facts(
            (
                QCoreApplication.translate("ItemFacts", "Substance"),
                concept_with_codes(allergy.substance),
            ),
            (QCoreApplication.translate("ItemFacts", "Kind"), words.join(kinds, ", ") or None),
            (
                QCoreApplication.translate("ItemFacts", "Risk of a serious reaction"),
                words.word(words.CRITICALITIES, allergy.criticality),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Status"),
                words.word(words.CLINICAL_STATUSES, allergy.clinical_status),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Confirmation"),
                words.word(words.VERIFICATION_STATUSES, allergy.verification_status),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Reactions"),
                "\n".join(_reaction(r) for r in allergy.reactions),
            ),
            (QCoreApplication.translate("ItemFacts", "Began"), words.date_text(allergy.onset)),
            (
                QCoreApplication.translate("ItemFacts", "Recorded"),
                words.date_text(allergy.recorded),
            ),
        ),
        allergy.notes,
    )


def device_facts(device: DeviceItem, record: PatientRecord) -> ItemFacts:
    del record
    return ItemFacts(
        words.sentence_case(
            device.name
            or words.concept_text(device.type)
            or QCoreApplication.translate("ItemFacts", "Device")
        ),
        QCoreApplication.translate("ItemFacts", "Implanted port")
        if device.is_port
        else QCoreApplication.translate("ItemFacts", "Device"),
        "first-aid",
        facts(
            (QCoreApplication.translate("ItemFacts", "Kind"), concept_with_codes(device.type)),
            (
                QCoreApplication.translate("ItemFacts", "Status"),
                words.status_text(device.status, words.DEVICE_STATUSES),
            ),
            (
                QCoreApplication.translate("ItemFacts", "When"),
                words.period_text(device.period, ongoing=device.status == "active"),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Where in the body"),
                words.concept_text(device.body_site),
            ),
        ),
        device.notes,
    )


# -- conditions -----------------------------------------------------------------------------------
def _stage(stage: StageSummary) -> str:
    parts = [
        stage.stage or words.concept_text(stage.summary),
        " ".join(
            p
            for p in (
                stage.system,
                stage.edition
                and QCoreApplication.translate("ItemFacts", "edition {n}").format(n=stage.edition),
            )
            if p
        ),
        words.concept_text(stage.type),
    ]
    return words.join(parts, ", ")


def cancer_facts(diagnosis: CancerDiagnosis, record: PatientRecord) -> ItemFacts:
    del record
    codes = [
        words.code_text(c, with_display=True)
        for c in (diagnosis.icd10, diagnosis.icdo3_topography, diagnosis.icdo3_morphology)
        if c is not None
    ]
    codes.append(words.code_text(diagnosis.snomed, with_display=True))
    return ItemFacts(
        diagnosis.title
        or words.concept_text(diagnosis.code)
        or QCoreApplication.translate("ItemFacts", "Cancer diagnosis"),
        words.render(label(CANCER_ROLES, diagnosis.role))
        or QCoreApplication.translate("ItemFacts", "Cancer diagnosis"),
        "stethoscope",
        facts(
            (QCoreApplication.translate("ItemFacts", "Codes"), "\n".join(c for c in codes if c)),
            (
                QCoreApplication.translate("ItemFacts", "Stage"),
                "\n".join(_stage(s) for s in diagnosis.stages),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Behaviour"),
                words.render(label(BEHAVIOURS, diagnosis.behaviour)),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Kind of cell (morphology)"),
                concept_with_codes(diagnosis.morphology),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Where in the body"),
                words.concepts_text(diagnosis.body_sites),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Side"),
                words.concept_text(diagnosis.laterality),
            ),
            (QCoreApplication.translate("ItemFacts", "Diagnosed"), words.date_text(diagnosis.date)),
            (
                QCoreApplication.translate("ItemFacts", "Recorded"),
                words.date_text(diagnosis.recorded),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Ended"),
                words.date_text(diagnosis.abatement),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Status"),
                words.word(words.CLINICAL_STATUSES, diagnosis.clinical_status),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Confirmation"),
                words.word(words.VERIFICATION_STATUSES, diagnosis.verification_status),
            ),
        ),
        diagnosis.notes,
    )


def condition_facts(condition: OtherCondition, record: PatientRecord) -> ItemFacts:
    del record
    title = (
        words.concept_words(condition.code)
        or condition.title
        or QCoreApplication.translate("ItemFacts", "Condition")
    )
    return ItemFacts(
        words.sentence_case(title),
        QCoreApplication.translate("ItemFacts", "Condition"),
        "heartbeat",
        facts(
            (QCoreApplication.translate("ItemFacts", "Code"), concept_with_codes(condition.code)),
            (
                QCoreApplication.translate("ItemFacts", "Status"),
                words.word(words.CLINICAL_STATUSES, condition.clinical_status),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Confirmation"),
                words.word(words.VERIFICATION_STATUSES, condition.verification_status),
            ),
            (QCoreApplication.translate("ItemFacts", "Began"), words.date_text(condition.onset)),
            (
                QCoreApplication.translate("ItemFacts", "Ended"),
                words.date_text(condition.abatement),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Recorded"),
                words.date_text(condition.recorded),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Where in the body"),
                words.concepts_text(condition.body_sites),
            ),
            (
                QCoreApplication.translate("ItemFacts", "Category"),
                words.concepts_text(condition.categories),
            ),
        ),
        condition.notes,
    )


# -- vaccinations and other records ---------------------------------------------------------------
def immunisation_facts(item: Immunisation, record: PatientRecord) -> ItemFacts:
    del record
    return ItemFacts(
        words.sentence_case(
            words.concept_text(item.vaccine)
            or QCoreApplication.translate("ItemFacts", "Vaccination")
        ),
        QCoreApplication.translate("ItemFacts", "Vaccination"),
        "syringe",
        facts(
            (QCoreApplication.translate("ItemFacts", "Vaccine"), concept_with_codes(item.vaccine)),
            (QCoreApplication.translate("ItemFacts", "Date"), words.date_text(item.date)),
            (
                QCoreApplication.translate("ItemFacts", "Status"),
                words.status_text(item.status, words.IMMUNISATION_STATUSES),
            ),
            (QCoreApplication.translate("ItemFacts", "Dose number"), item.dose_number),
            (QCoreApplication.translate("ItemFacts", "Batch"), item.lot),
        ),
        item.notes,
    )


def other_facts(item: OtherRecord, record: PatientRecord) -> ItemFacts:
    del record
    kind = words.resource_type_text(item.resource_type)
    return ItemFacts(
        item.title or kind,
        kind,
        "file-text",
        facts(
            (
                QCoreApplication.translate("ItemFacts", "Kind of record"),
                f"{kind} ({item.resource_type})",
            ),
            (QCoreApplication.translate("ItemFacts", "Identifier in the file"), item.fhir_id),
            (QCoreApplication.translate("ItemFacts", "Date"), words.date_text(item.date)),
        ),
    )


def supporting_facts(item: SupportingResource, record: PatientRecord) -> ItemFacts:
    kind = words.resource_type_text(item.resource_type)
    return ItemFacts(
        item.name or kind,
        kind,
        "list-bullets",
        facts(
            (
                QCoreApplication.translate("ItemFacts", "Kind of record"),
                f"{kind} ({item.resource_type})",
            ),
            (
                QCoreApplication.translate("ItemFacts", "Mentioned by"),
                related(record, item.used_by),
            ),
        ),
    )
