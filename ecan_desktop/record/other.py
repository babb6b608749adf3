"""What the record does not interpret, listed rather than dropped: the other records, and the
supporting resources (who and where: organisations, practitioners, medicines as products...)
each with the items that use it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.codes import concept
from ecan_desktop.record.context import BuildContext, Item, item_id
from ecan_desktop.record.fhir_json import references, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.patient import human_name
from ecan_desktop.record.sources import SourceRef

# Resources that describe who, where and what rather than a clinical fact; each is listed once,
# under "supporting", with the items that refer to it.
SUPPORTING_TYPES = frozenset(
    {
        "Organization",
        "Practitioner",
        "PractitionerRole",
        "Medication",
        "Provenance",
        "Location",
        "BodyStructure",
        "Specimen",
        "Substance",
        "RelatedPerson",
        "CareTeam",
    }
)


@dataclass(frozen=True)
class OtherRecord:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    resource_type: str
    fhir_id: str
    date: str | None
    title: str | None


@dataclass(frozen=True)
class SupportingResource:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    resource_type: str
    name: str | None
    used_by: tuple[str, ...]  # the items whose resources refer to it


_TITLE_ELEMENTS = ("code", "type", "vaccineCode", "medicationCodeableConcept", "category")


def title_of(resource: dict[str, Any]) -> str | None:
    if resource.get("resourceType") in ("Organization", "Location"):
        words = text(resource.get("name"))
        if words:
            return words
    if resource.get("resourceType") in ("Practitioner", "RelatedPerson", "Patient"):
        person = human_name(resource.get("name"))
        if person:
            return person
    for name in _TITLE_ELEMENTS:
        value = resource.get(name)
        found = concept(value[0] if isinstance(value, list) and value else value)
        if found is not None and found.label:
            return found.label
    for name in ("title", "name", "description"):
        words = text(resource.get(name))
        if words:
            return words
    return human_name(resource.get("name"))


def build_other(ctx: BuildContext, facts: list[Fact]) -> tuple[OtherRecord, ...]:
    items: list[OtherRecord] = []
    for fact in facts:
        if ctx.is_claimed(fact.primary.row_id):
            continue
        primary = fact.primary
        identity = item_id("other", fact)
        ctx.claim(fact.row_ids, identity)
        try:
            title = title_of(primary.resource)
        except Exception:  # a title is a courtesy; the record is listed without one
            title = None
        items.append(
            OtherRecord(
                identity,
                fact.row_ids,
                ctx.sources(fact.members),
                primary.resource_type,
                primary.fhir_id,
                primary.clinical_date,
                title,
            )
        )
    return tuple(items)


def build_supporting(
    ctx: BuildContext, facts: list[Fact], items: list[Item]
) -> tuple[SupportingResource, ...]:
    """List the supporting resources no item has taken, each with the items that refer to it."""
    wanted = {f.primary.row_id: f for f in facts if not ctx.is_claimed(f.primary.row_id)}
    fact_of_row = {r: f.primary.row_id for f in wanted.values() for r in f.row_ids}
    used_by: dict[int, list[str]] = {k: [] for k in wanted}
    for item in items if wanted else ():  # nothing to list: no reference to follow
        for row_id in item.row_ids:
            stored = ctx.index.by_row.get(row_id)
            if stored is None:
                continue
            for reference in references(stored.resource):
                target = ctx.index.resolve(reference, stored)
                key = fact_of_row.get(target.row_id) if target is not None else None
                if key is not None and item.id not in used_by[key]:
                    used_by[key].append(item.id)
    found: list[SupportingResource] = []
    for key, fact in wanted.items():
        identity = item_id("supporting", fact)
        ctx.claim(fact.row_ids, identity)
        try:
            name = title_of(fact.primary.resource)
        except Exception:  # a name is a courtesy
            name = None
        found.append(
            SupportingResource(
                identity,
                fact.row_ids,
                ctx.sources(fact.members),
                fact.resource_type,
                name,
                tuple(used_by[key]),
            )
        )
    return tuple(found)
