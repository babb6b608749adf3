"""The patient's oncology record: plain, frozen data built by :func:`build.build_record`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.allergies import Allergy
from ecan_desktop.record.assessments import DiseaseStatus, PerformanceStatus
from ecan_desktop.record.care_plan import CarePlanItem, FollowUp, Goal
from ecan_desktop.record.context import Item
from ecan_desktop.record.devices import DeviceItem
from ecan_desktop.record.diagnoses import CancerDiagnosis, OtherCondition
from ecan_desktop.record.documents import DocumentItem
from ecan_desktop.record.encounters import Encounter
from ecan_desktop.record.immunisations import Immunisation
from ecan_desktop.record.json_out import jsonable
from ecan_desktop.record.markers import TumourMarker
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.other import OtherRecord, SupportingResource
from ecan_desktop.record.patient import PatientItem
from ecan_desktop.record.patient_entries import PatientEntry
from ecan_desktop.record.procedures import ProcedureRecord, TreatmentProtocol
from ecan_desktop.record.radiotherapy import RadiotherapyCourse
from ecan_desktop.record.results import Report, ResultSeries
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.record.staging import Staging
from ecan_desktop.record.systemic import SystemicTherapy
from ecan_desktop.record.timeline import TimelineEvent

JSON_FORMAT = 1


@dataclass(frozen=True)
class PatientRecord:
    patient: PatientItem
    counts: Mapping[str, int]  # stored resources per FHIR type, as `Vault.counts()`
    sources: tuple[SourceRef, ...]
    diagnoses: tuple[CancerDiagnosis, ...]
    other_conditions: tuple[OtherCondition, ...]
    staging: tuple[Staging, ...]
    tumour_markers: tuple[TumourMarker, ...]
    disease_status: tuple[DiseaseStatus, ...]
    performance_status: tuple[PerformanceStatus, ...]
    surgery: tuple[ProcedureRecord, ...]
    systemic: SystemicTherapy
    protocols: tuple[TreatmentProtocol, ...]
    radiotherapy: tuple[RadiotherapyCourse, ...]
    transplants: tuple[ProcedureRecord, ...]
    procedures: tuple[ProcedureRecord, ...]
    medications: tuple[Medication, ...]
    allergies: tuple[Allergy, ...]
    immunisations: tuple[Immunisation, ...]
    devices: tuple[DeviceItem, ...]
    results: tuple[ResultSeries, ...]
    reports: tuple[Report, ...]
    documents: tuple[DocumentItem, ...]
    care_plans: tuple[CarePlanItem, ...]
    follow_up: tuple[FollowUp, ...]
    goals: tuple[Goal, ...]
    encounters: tuple[Encounter, ...]
    timeline: tuple[TimelineEvent, ...]
    other_records: tuple[OtherRecord, ...]
    supporting: tuple[SupportingResource, ...]
    # What the patient entered in the app, newest first; medicines are also under medications
    # (or systemic.agents) and belong to those items (see patient_entries.py).
    patient_entries: tuple[PatientEntry, ...] = ()

    def items(self) -> Iterator[Item]:
        """Every item, once: each stored row belongs to exactly one of them."""
        yield self.patient
        sections: tuple[tuple[Item, ...], ...] = (
            self.diagnoses, self.other_conditions, self.staging, self.tumour_markers,
            self.disease_status, self.performance_status, self.surgery, self.systemic.agents,
            self.protocols, self.radiotherapy, self.transplants, self.procedures,
            self.medications, self.allergies, self.immunisations, self.devices, self.results,
            self.reports, self.documents, self.care_plans, self.follow_up, self.goals,
            self.encounters, self.other_records, self.supporting,
        )  # fmt: skip
        for section in sections:
            yield from section
        yield from (e for e in self.patient_entries if e.owns_rows)

    def item(self, item_id: str) -> Item | None:
        """The item with this id; lines of treatment (``line:N``) are found too."""
        found = next((i for i in self.items() if i.id == item_id), None)
        if found is None and item_id.startswith("line:"):
            found = next((li for li in self.systemic.lines if li.id == item_id), None)
        return found

    def current_medications(self) -> tuple[Item, ...]:
        """What the patient takes now: current cancer medicines and other current medicines."""
        current: list[Item] = [a for a in self.systemic.agents if a.current]
        current.extend(m for m in self.medications if m.current)
        return tuple(current)

    def supporting_for(self, item_id: str) -> tuple[SupportingResource, ...]:
        return tuple(s for s in self.supporting if item_id in s.used_by)

    def to_json(self) -> dict[str, Any]:
        """The record with the stable keys documented in ``record/JSON.md``."""
        return {
            "format": JSON_FORMAT,
            "patient": self.patient.summary.to_json(),
            "counts": dict(self.counts),
            "sources": [s.to_json() for s in self.sources],
            "patient_rows": {
                "row_ids": list(self.patient.row_ids),
                "sources": jsonable(self.patient.sources),
            },
            "diagnoses": jsonable(self.diagnoses),
            "other_conditions": jsonable(self.other_conditions),
            "staging": jsonable(self.staging),
            "tumour_markers": jsonable(self.tumour_markers),
            "disease_status": jsonable(self.disease_status),
            "performance_status": jsonable(self.performance_status),
            "treatments": {
                "surgery": jsonable(self.surgery),
                "systemic_therapy": {
                    "agents": jsonable(self.systemic.agents),
                    "lines": jsonable(self.systemic.lines),
                    "protocols": jsonable(self.protocols),
                    "anthracycline_equivalents": jsonable(self.systemic.anthracycline_equivalents),
                },
                "radiotherapy": jsonable(self.radiotherapy),
                "transplants": jsonable(self.transplants),
            },
            "procedures": jsonable(self.procedures),
            "medications": jsonable(self.medications),
            "current_medications": [i.id for i in self.current_medications()],
            "allergies": jsonable(self.allergies),
            "immunisations": jsonable(self.immunisations),
            "devices": jsonable(self.devices),
            "results": {"series": jsonable(self.results), "reports": jsonable(self.reports)},
            "documents": jsonable(self.documents),
            "care_plan": {
                "plans": jsonable(self.care_plans),
                "follow_up": jsonable(self.follow_up),
                "goals": jsonable(self.goals),
            },
            "encounters": jsonable(self.encounters),
            "timeline": jsonable(self.timeline),
            "other_records": jsonable(self.other_records),
            "supporting": jsonable(self.supporting),
            "patient_entries": jsonable(self.patient_entries),
        }
