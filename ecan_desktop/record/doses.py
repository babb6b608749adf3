"""Cumulative dose per agent: stated by the source when it states one (the Survivorship Passport
exports carry cumulative-dose Observations), otherwise summed from the administrations, in mg and,
when the body surface area is known, in mg/m². The method travels with every figure."""

from __future__ import annotations

from dataclasses import dataclass

from ecan_desktop.i18n.message import Message
from ecan_desktop.record.codes import LOINC, Concept, concept
from ecan_desktop.record.context import BuildContext
from ecan_desktop.record.dates import days_between, when
from ecan_desktop.record.fhir_json import extension, objs, reference_of, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.labels import DOSE_METHODS, label
from ecan_desktop.record.quantities import Quantity, in_mg_per_m2, is_m2, quantity
from ecan_desktop.vault.records import StoredResource

BODY_SURFACE_AREA = "8277-6"  # LOINC
BSA_BASIS = "301898006"  # SNOMED CT "Body surface area (observable entity)"
CUMULATIVE_DOSE_CODE = "cumulativeDose"  # PanCareSurPass code system
CUMULATIVE_METHODS = frozenset({"703858009", "702873001"})  # SNOMED CT methods SurPass uses
NORMALISATION_EXTENSION = "mcode-normalization-basis"
RELATED_INFO_EXTENSION = "resource-relatedInfo"
BSA_LOOKBACK_DAYS = 90
PRESCRIBED_TOLERANCE = 0.025  # a given dose within 2.5 % of prescribed dose x BSA was rounded


@dataclass(frozen=True)
class CumulativeDose:
    value: float
    unit: str  # mg | mg/m2 | the stated unit ([iU]/m2, ...)
    method: str  # stated | summed | summed_per_bsa (see labels.DOSE_METHODS)
    count: int | None  # administrations summed
    complete: bool  # every administration with a dose was counted
    status: str | None  # the stated observation's status (e.g. preliminary)
    note: str | None  # the source's words about it (e.g. "Intention to treat")
    row_ids: tuple[int, ...]  # the observation(s) stating it

    @property
    def method_label(self) -> Message | None:
        return label(DOSE_METHODS, self.method, count=self.count or 0)


def is_bsa_observation(resource: dict[str, object]) -> bool:
    code = concept(resource.get("code"))
    if code is not None and code.has(LOINC, BODY_SURFACE_AREA):
        return True
    words = code.words() if code is not None else ""
    return "body surface" in words and is_m2(quantity(resource.get("valueQuantity")))


@dataclass(frozen=True)
class BodySurface:
    date: str | None
    m2: float
    row_id: int


def body_surfaces(ctx: BuildContext) -> list[BodySurface]:
    found: list[BodySurface] = []
    for fact in ctx.index.facts_of_type("Observation"):
        resource = fact.primary.resource
        if not is_bsa_observation(resource):
            continue
        amount = quantity(resource.get("valueQuantity"))
        if amount is None or amount.value is None or not 0.1 < amount.value < 4:
            continue
        moment = when(resource, "effectiveDateTime", "effectivePeriod", "issued")
        found.append(
            BodySurface(moment.first if moment else None, amount.value, fact.primary.row_id)
        )
    return found


def bsa_for(
    stored: StoredResource, date: str | None, ctx: BuildContext, surfaces: list[BodySurface]
) -> float | None:
    """The body surface area for an administration: the observation it cites as supporting
    information, else the latest measured up to 90 days before it."""
    for ref in objs(stored.resource.get("supportingInformation")):
        target = ctx.index.resolve(reference_of(ref), stored)
        if target is not None and is_bsa_observation(target.resource):
            amount = quantity(target.resource.get("valueQuantity"))
            if amount is not None and amount.value and 0.1 < amount.value < 4:
                return amount.value
    best: tuple[int, float] | None = None
    for surface in surfaces:
        gap = days_between(surface.date, date)
        if gap is not None and 0 <= gap <= BSA_LOOKBACK_DAYS and (best is None or gap < best[0]):
            best = (gap, surface.m2)
    return best[1] if best else None


def normalisation_basis(resource: dict[str, object]) -> Concept | None:
    ext = extension(resource, NORMALISATION_EXTENSION)
    return concept(ext.get("valueCodeableConcept")) if ext else None


def per_m2(
    dose: Quantity | None, mg: float | None, bsa: float | None, prescribed_per_m2: float | None
) -> float | None:
    """The dose per m²: as given in mg/m²; else the given mg over the body surface area, unless
    it matches the prescribed dose per m² within rounding (then the prescribed figure)."""
    stated = in_mg_per_m2(dose)
    if stated is not None:
        return stated
    if mg is None or not bsa:
        return None
    if prescribed_per_m2:
        expected = prescribed_per_m2 * bsa
        if abs(expected - mg) <= PRESCRIBED_TOLERANCE * expected:
            return prescribed_per_m2
    return mg / bsa


def is_cumulative_dose_observation(resource: dict[str, object]) -> bool:
    code = concept(resource.get("code"))
    if code is not None and any(c.code == CUMULATIVE_DOSE_CODE for c in code.codes):
        return True
    method = concept(resource.get("method"))
    return method is not None and any(c.code in CUMULATIVE_METHODS for c in method.codes)


def stated_doses(
    stored: StoredResource, ctx: BuildContext
) -> tuple[list[CumulativeDose], list[int]]:
    """The cumulative doses an administration's related-information extension states, and every
    row of the observations it points at (those with no value too: they belong to the agent)."""
    doses: list[CumulativeDose] = []
    rows: list[int] = []
    for ext in objs(stored.resource.get("extension")):
        if not isinstance(ext.get("url"), str) or not ext["url"].endswith(RELATED_INFO_EXTENSION):
            continue
        target = ctx.index.resolve(reference_of(ext.get("valueReference")), stored)
        if target is None or target.resource_type != "Observation":
            continue
        fact: Fact = ctx.index.fact_of(target.row_id)
        rows.extend(fact.row_ids)
        resource = target.resource
        amount = quantity(resource.get("valueQuantity"))
        if amount is None or amount.value is None or amount.unit_key is None:
            continue
        reason = extension(resource, "event-statusReason") or {}
        reason_concept = concept(reason.get("valueCodeableConcept"))
        doses.append(
            CumulativeDose(
                value=amount.value,
                unit=amount.unit_key,
                method="stated",
                count=None,
                complete=True,
                status=text(resource.get("status")),
                note=reason_concept.label if reason_concept else None,
                row_ids=fact.row_ids,
            )
        )
    return doses, rows


@dataclass(frozen=True)
class DoseLine:
    """What one administration contributes."""

    mg: float | None
    per_m2: float | None
    has_dose: bool


def summed(lines: list[DoseLine]) -> list[CumulativeDose]:
    dosed = [line for line in lines if line.has_dose]
    if not dosed:
        return []
    found: list[CumulativeDose] = []
    with_mg = [line.mg for line in dosed if line.mg is not None]
    if with_mg:
        found.append(
            CumulativeDose(
                round(sum(with_mg), 4), "mg", "summed", len(with_mg), len(with_mg) == len(dosed),
                None, None, (),
            )
        )  # fmt: skip
    with_area = [line.per_m2 for line in dosed if line.per_m2 is not None]
    if with_area:
        found.append(
            CumulativeDose(
                round(sum(with_area), 4), "mg/m2", "summed_per_bsa", len(with_area),
                len(with_area) == len(dosed), None, None, (),
            )
        )  # fmt: skip
    return found
