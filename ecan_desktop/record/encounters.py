"""Visits and stays (Encounters): when, what kind, where."""

from __future__ import annotations

from dataclasses import dataclass

from ecan_desktop.record.codes import Concept, concept, concepts
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import Period, when
from ecan_desktop.record.fhir_json import obj, objs, reference_of, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource


@dataclass(frozen=True)
class Encounter:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    types: tuple[Concept, ...]
    encounter_class: str | None  # AMB, IMP, EMER, ... as coded
    status: str | None
    period: Period | None
    provider: str | None  # the organisation's name
    reasons: tuple[Concept, ...]


def _parse(stored: StoredResource, ctx: BuildContext) -> Encounter | None:
    resource = stored.resource
    provider_ref = obj(resource.get("serviceProvider")) or {}
    provider = ctx.index.resolve_json(reference_of(provider_ref), stored)
    provider_name = text(provider.get("name")) if provider else None
    found_class = concept(resource.get("class"))
    return Encounter(
        id="",
        row_ids=(),
        sources=(),
        types=concepts(resource.get("type")),
        encounter_class=found_class.codes[0].code if found_class and found_class.codes else None,
        status=text(resource.get("status")),
        period=when(resource, "period"),
        provider=provider_name or text(provider_ref.get("display")),
        reasons=concepts(resource.get("reasonCode"))
        + tuple(
            c for c in (concept(d.get("condition")) for d in objs(resource.get("diagnosis"))) if c
        ),
    )


def build_encounters(ctx: BuildContext, facts: list[Fact]) -> tuple[Encounter, ...]:
    built = (build_fact(ctx, f, "encounter", _parse) for f in facts)
    return tuple(item for item in built if item is not None)
