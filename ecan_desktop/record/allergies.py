"""Allergies and intolerances: substance, criticality, reactions, status; and the explicit "no
known allergy" statements, kept apart so that nobody reads them as an allergy."""

from __future__ import annotations

from dataclasses import dataclass

from ecan_desktop.record.codes import SNOMED, Concept, concept, concepts
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import fhir_date, when
from ecan_desktop.record.fhir_json import notes, objs, text, texts
from ecan_desktop.record.index import Fact
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

# SNOMED CT situations that say there is no known allergy (of a kind).
NO_KNOWN_ALLERGY = frozenset({"716186003", "409137002", "428607008", "429625007", "428197003"})


@dataclass(frozen=True)
class Reaction:
    manifestations: tuple[Concept, ...]
    severity: str | None  # mild | moderate | severe
    description: str | None
    onset: str | None
    substance: Concept | None


@dataclass(frozen=True)
class Allergy:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    substance: Concept | None
    no_known_allergy: bool
    type: str | None  # allergy | intolerance
    categories: tuple[str, ...]  # food | medication | environment | biologic
    criticality: str | None  # low | high | unable-to-assess
    clinical_status: str | None
    verification_status: str | None
    reactions: tuple[Reaction, ...]
    onset: str | None
    recorded: str | None
    notes: tuple[str, ...]


def _status(value: object) -> str | None:
    found = concept(value)
    return found.codes[0].code if found is not None and found.codes else None


def _parse(stored: StoredResource, ctx: BuildContext) -> Allergy | None:
    del ctx
    resource = stored.resource
    substance = concept(resource.get("code"))
    reactions = tuple(
        Reaction(
            concepts(r.get("manifestation")),
            text(r.get("severity")),
            text(r.get("description")),
            fhir_date(r.get("onset")),
            concept(r.get("substance")),
        )
        for r in objs(resource.get("reaction"))
    )
    onset = when(resource, "onsetDateTime", "onsetPeriod")
    return Allergy(
        id="",
        row_ids=(),
        sources=(),
        substance=substance,
        no_known_allergy=substance is not None and substance.has(SNOMED, *NO_KNOWN_ALLERGY),
        type=text(resource.get("type")),
        categories=tuple(texts(resource.get("category"))),
        criticality=text(resource.get("criticality")),
        clinical_status=_status(resource.get("clinicalStatus")),
        verification_status=_status(resource.get("verificationStatus")),
        reactions=reactions,
        onset=onset.first if onset else None,
        recorded=fhir_date(resource.get("recordedDate")),
        notes=notes(resource),
    )


def build_allergies(ctx: BuildContext, facts: list[Fact]) -> tuple[Allergy, ...]:
    built = (build_fact(ctx, f, "allergy", _parse) for f in facts)
    return tuple(item for item in built if item is not None)
