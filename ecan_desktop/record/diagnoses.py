"""Conditions: the cancer diagnoses (codes, site, laterality, morphology, date, primary or
secondary, stage written on the condition) and every other condition (the problem list)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ecan_desktop.record.cancer_codes import CancerVerdict, judge, morphology_codes
from ecan_desktop.record.codes import (
    ICD10,
    ICD10_CM,
    ICDO3,
    SNOMED,
    Code,
    Concept,
    concept,
    concepts,
    is_absent,
)
from ecan_desktop.record.context import BuildContext, build_fact, item_id
from ecan_desktop.record.dates import fhir_date, when
from ecan_desktop.record.fhir_json import extension, extensions, has_profile, notes, objs
from ecan_desktop.record.index import Fact
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.record.staging import StageSummary, stage_summaries
from ecan_desktop.vault.records import StoredResource

MORPHOLOGY_EXTENSION = "mcode-histology-morphology-behavior"
LATERALITY_EXTENSION = "mcode-laterality-qualifier"


@dataclass(frozen=True)
class CancerDiagnosis:
    JSON_EXTRA: ClassVar[tuple[str, ...]] = ("date",)

    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    title: str | None
    code: Concept | None
    icd10: Code | None
    snomed: Code | None
    icdo3_topography: Code | None
    icdo3_morphology: Code | None
    morphology: Concept | None
    body_sites: tuple[Concept, ...]
    laterality: Concept | None
    onset: str | None
    asserted: str | None
    recorded: str | None
    abatement: str | None
    clinical_status: str | None
    verification_status: str | None
    role: str | None  # primary | secondary | None (not stated)
    behaviour: str  # malignant | metastatic | in_situ | uncertain | unspecified
    recognised_by: str  # profile | icd10 | icdo3 | snomed | keyword (see cancer_codes)
    stages: tuple[StageSummary, ...]
    notes: tuple[str, ...]

    @property
    def date(self) -> str | None:
        return self.onset or self.asserted or self.recorded


@dataclass(frozen=True)
class OtherCondition:
    """A condition that is not a cancer: a problem, a late effect, a past illness."""

    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    title: str | None
    code: Concept | None
    body_sites: tuple[Concept, ...]
    onset: str | None
    abatement: str | None
    recorded: str | None
    clinical_status: str | None
    verification_status: str | None
    categories: tuple[Concept, ...]
    notes: tuple[str, ...]


def _status(resource: dict[str, Any], name: str) -> str | None:
    found = concept(resource.get(name))
    return found.codes[0].code if found is not None and found.codes else None


def _profile_role(resource: dict[str, Any]) -> str | None:
    if has_profile(resource, "mcode-primary-cancer-condition", "onco-core-PrimaryCancerCondition"):
        return "primary"
    if has_profile(resource, "mcode-secondary-cancer-condition"):
        return "secondary"
    return None


def _morphology(resource: dict[str, Any]) -> Concept | None:
    ext = extension(resource, MORPHOLOGY_EXTENSION)
    if ext is None:
        return None
    return concept(ext.get("valueCodeableConcept") or ext.get("valueCoding"))


def verdict(resource: dict[str, Any]) -> CancerVerdict | None:
    """Whether a Condition resource is a cancer diagnosis (see :mod:`cancer_codes`)."""
    code = concept(resource.get("code"))
    morphology = _morphology(resource)
    found = (morphology,) if morphology else ()
    codes = morphology_codes(found + ((code,) if code else ()))
    return judge(code, codes, _profile_role(resource))


def _laterality(resource: dict[str, Any], sites: list[dict[str, Any]]) -> Concept | None:
    for holder in [*sites, resource]:
        for ext in extensions(holder, LATERALITY_EXTENSION):
            found = concept(ext.get("valueCodeableConcept") or ext.get("valueCoding"))
            if found is not None and not is_absent(found):
                return found
    return None


def _title(
    code: Concept | None, morphology: Concept | None, sites: tuple[Concept, ...]
) -> str | None:
    for candidate in (code, morphology, *sites):
        if candidate is not None and candidate.label:
            return candidate.label
    return None


def _parse_cancer(stored: StoredResource, ctx: BuildContext) -> CancerDiagnosis | None:
    resource = stored.resource
    found = verdict(resource)
    if found is None:
        return None
    code = concept(resource.get("code"))
    morphology = _morphology(resource)
    site_elements = objs(resource.get("bodySite"))
    sites = concepts(resource.get("bodySite"))
    codes = [*(code.codes if code else ()), *(c for s in sites for c in s.codes)]
    morph_codes = morphology_codes(
        ((morphology,) if morphology else ()) + ((code,) if code else ())
    )
    topography = next(
        (c for c in codes if c.system == ICDO3 and c.code and "/" not in c.code), None
    )
    asserted = extension(resource, "condition-assertedDate")
    onset = when(resource, "onsetDateTime", "onsetPeriod")
    abatement = when(resource, "abatementDateTime", "abatementPeriod")
    return CancerDiagnosis(
        id="",
        row_ids=(),
        sources=(),
        title=_title(code, morphology, sites),
        code=code,
        icd10=code.code(ICD10, ICD10_CM) if code else None,
        snomed=code.code(SNOMED) if code else None,
        icdo3_topography=topography,
        icdo3_morphology=morph_codes[0] if morph_codes else None,
        morphology=morphology,
        body_sites=sites,
        laterality=_laterality(resource, site_elements),
        onset=onset.first if onset else None,
        asserted=fhir_date(asserted.get("valueDateTime")) if asserted else None,
        recorded=fhir_date(resource.get("recordedDate")),
        abatement=abatement.first if abatement else None,
        clinical_status=_status(resource, "clinicalStatus"),
        verification_status=_status(resource, "verificationStatus"),
        role=found.role,
        behaviour=found.behaviour,
        recognised_by=found.recognised_by,
        stages=stage_summaries(stored, ctx),
        notes=notes(resource),
    )


def _parse_other(stored: StoredResource, ctx: BuildContext) -> OtherCondition | None:
    del ctx
    resource = stored.resource
    code = concept(resource.get("code"))
    sites = concepts(resource.get("bodySite"))
    onset = when(resource, "onsetDateTime", "onsetPeriod")
    abatement = when(resource, "abatementDateTime", "abatementPeriod")
    return OtherCondition(
        id="",
        row_ids=(),
        sources=(),
        title=_title(code, None, sites) or (notes(resource) or (None,))[0],
        code=code,
        body_sites=sites,
        onset=onset.first if onset else None,
        abatement=abatement.first if abatement else None,
        recorded=fhir_date(resource.get("recordedDate")),
        clinical_status=_status(resource, "clinicalStatus"),
        verification_status=_status(resource, "verificationStatus"),
        categories=concepts(resource.get("category")),
        notes=notes(resource),
    )


def _is_cancer(fact: Fact) -> bool:
    return any(verdict(m.resource) is not None for m in fact.members)


def register_cancers(ctx: BuildContext, facts: list[Fact]) -> list[Fact]:
    """Decide which Condition facts are cancers before anything refers to them, so that staging,
    markers and treatments can name the diagnosis they are about."""
    cancers = []
    for fact in facts:
        try:
            is_cancer = _is_cancer(fact)
        except Exception:  # a malformed Condition is not a cancer diagnosis we can show
            is_cancer = False
        if is_cancer:
            cancers.append(fact)
            for row_id in fact.row_ids:
                ctx.diagnosis_by_row[row_id] = item_id("diagnosis", fact)
    return cancers


def build_diagnoses(
    ctx: BuildContext, facts: list[Fact], cancers: list[Fact]
) -> tuple[tuple[CancerDiagnosis, ...], tuple[OtherCondition, ...]]:
    diagnoses: list[CancerDiagnosis] = []
    others: list[OtherCondition] = []
    for fact in facts:
        if ctx.is_claimed(fact.primary.row_id):
            continue
        if fact in cancers:
            item = build_fact(ctx, fact, "diagnosis", _parse_cancer)
            if item is not None:
                diagnoses.append(item)
                continue
        other = build_fact(ctx, fact, "condition", _parse_other)
        if other is not None:
            others.append(other)
    return tuple(diagnoses), tuple(others)
