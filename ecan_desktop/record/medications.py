"""Medicines that are not cancer treatment: what the patient takes now and took before, from
statements, prescriptions, administrations and dispensings. Also the helpers that read which
medicine a resource names, shared with :mod:`systemic`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.agents import AgentMatch, match_agent
from ecan_desktop.record.cancer_codes import judge
from ecan_desktop.record.codes import Concept, concept, concepts
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import Period, fhir_date, to_date, when
from ecan_desktop.record.fhir_json import has_profile, notes, obj, objs, reference_of, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

MEDICATION_TYPES = (
    "MedicationStatement",
    "MedicationRequest",
    "MedicationAdministration",
    "MedicationDispense",
)
ACTIVE_STATUSES = frozenset({"active", "intended", "on-hold", "in-progress"})
_CANCER_PROFILES = (
    "mcode-cancer-related-medication-request",
    "mcode-cancer-related-medication-administration",
    "mcode-cancer-related-medication-statement",
)


def medication_concept(stored: StoredResource, ctx: BuildContext) -> Concept | None:
    """The medicine a resource names: its ``medicationCodeableConcept``, else the code of the
    Medication its ``medicationReference`` points at (contained or stored)."""
    resource = stored.resource
    found = concept(resource.get("medicationCodeableConcept"))
    if found is not None:
        return found
    reference = obj(resource.get("medicationReference"))
    if reference is None:
        return None
    target = ctx.index.resolve_json(reference_of(reference), stored)
    if target is not None:
        found = concept(target.get("code"))
        if found is not None:
            return found
    words = text(reference.get("display"))
    return Concept((), words) if words else None


def medication_of(fact: Fact, ctx: BuildContext) -> tuple[Concept | None, AgentMatch | None]:
    for member in fact.members:
        found = medication_concept(member, ctx)
        if found is not None:
            return found, match_agent(found)
    return None, None


def is_cancer_treatment(fact: Fact, ctx: BuildContext, match: AgentMatch | None) -> bool:
    """A cancer medicine, or any medicine the source says treats a cancer."""
    if match is not None and match.anticancer:
        return True
    for member in fact.members:
        resource = member.resource
        if has_profile(resource, *_CANCER_PROFILES):
            return True
        references = [reference_of(r) for r in objs(resource.get("reasonReference"))]
        if ctx.diagnosis_ids(references, member):
            return True
        if any(judge(c, (), None) for c in concepts(resource.get("reasonCode"))):
            return True
    return False


def status_of(resource: dict[str, Any]) -> str | None:
    return text(resource.get("status"))


def is_current(status: str | None, span: Period | None, today: str) -> bool:
    """Current: the source says active (or intended, on hold) and no end date has passed."""
    if status not in ACTIVE_STATUSES:
        return False
    end = to_date(span.end) if span is not None else None
    return end is None or end.isoformat() >= today


def dosage_text(resource: dict[str, Any]) -> str | None:
    for name in ("dosage", "dosageInstruction"):
        for dosage in objs(resource.get(name)):
            words = text(dosage.get("text"))
            if words:
                return words
    return None


def medication_period(resource: dict[str, Any]) -> Period | None:
    found = when(resource, "effectivePeriod", "effectiveDateTime", "whenHandedOver")
    if found is not None:
        return found
    for dosage in objs(resource.get("dosageInstruction")):
        timing = obj(dosage.get("timing")) or {}
        bounds = when(obj(timing.get("repeat")) or {}, "boundsPeriod")
        if bounds is not None:
            return bounds
    authored = fhir_date(resource.get("authoredOn"))
    return Period(authored, None) if authored else None


@dataclass(frozen=True)
class Medication:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    kind: str  # statement | request | administration | dispense
    name: str | None
    medication: Concept | None
    atc: str | None
    status: str | None
    current: bool
    period: Period | None
    dosage: str | None
    reasons: tuple[Concept, ...]
    notes: tuple[str, ...]


_KINDS = {
    "MedicationStatement": "statement",
    "MedicationRequest": "request",
    "MedicationAdministration": "administration",
    "MedicationDispense": "dispense",
}


def _parse(stored: StoredResource, ctx: BuildContext) -> Medication | None:
    resource = stored.resource
    found = medication_concept(stored, ctx)
    match = match_agent(found)
    span = medication_period(resource)
    status = status_of(resource)
    return Medication(
        id="",
        row_ids=(),
        sources=(),
        kind=_KINDS.get(stored.resource_type, "statement"),
        name=(match.name if match and match.agent else None) or (found.label if found else None),
        medication=found,
        atc=match.atc if match else None,
        status=status,
        current=is_current(status, span, ctx.today.isoformat()),
        period=span,
        dosage=dosage_text(resource),
        reasons=concepts(resource.get("reasonCode")),
        notes=notes(resource),
    )


def build_medications(ctx: BuildContext, facts: list[Fact]) -> tuple[Medication, ...]:
    built = (
        build_fact(ctx, f, "medication", _parse)
        for f in facts
        if not ctx.is_claimed(f.primary.row_id)
    )
    return tuple(item for item in built if item is not None)
