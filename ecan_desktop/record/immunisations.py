"""Vaccinations: vaccine, date, status, dose number, lot."""

from __future__ import annotations

from dataclasses import dataclass

from ecan_desktop.record.codes import Concept, concept
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import fhir_date
from ecan_desktop.record.fhir_json import notes, objs, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource


@dataclass(frozen=True)
class Immunisation:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    vaccine: Concept | None
    date: str | None
    status: str | None
    dose_number: str | None
    lot: str | None
    notes: tuple[str, ...]


def _parse(stored: StoredResource, ctx: BuildContext) -> Immunisation | None:
    del ctx
    resource = stored.resource
    dose = None
    for applied in objs(resource.get("protocolApplied")):
        number = applied.get("doseNumberPositiveInt", applied.get("doseNumberString"))
        dose = dose or (
            str(number) if isinstance(number, (int, str)) and not isinstance(number, bool) else None
        )
    return Immunisation(
        id="",
        row_ids=(),
        sources=(),
        vaccine=concept(resource.get("vaccineCode")),
        date=fhir_date(resource.get("occurrenceDateTime")) or fhir_date(resource.get("recorded")),
        status=text(resource.get("status")),
        dose_number=dose,
        lot=text(resource.get("lotNumber")),
        notes=notes(resource),
    )


def build_immunisations(ctx: BuildContext, facts: list[Fact]) -> tuple[Immunisation, ...]:
    built = (build_fact(ctx, f, "immunisation", _parse) for f in facts)
    return tuple(item for item in built if item is not None)
