"""The same clinical fact from two sources: find it, so that the record shows it once.

Rules per resource type (DESIGN.md "Reconciliation", issue 3):

| type | same fact when |
|---|---|
| Condition | a shared code, and onsets within 31 days (or neither dated) |
| Observation | a shared code, the same time (same hour, or same day for dates), same value |
| MedicationStatement / Request / Administration | a shared medication code, and periods that meet |
| Procedure | a shared code, performed the same day (or neither dated) |
| AllergyIntolerance | a shared substance code |
| Immunization | a shared vaccine code, given the same day |

"A shared code" is any (system, code) pair the two resources both carry, so a match across code
systems counts when one of them carries both codings. Only resources of the same type from
*different* origins are compared: the same origin updates in place instead (vault.store). Links
are data, made in the import's own transaction, and the user can undo them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ecan_desktop.fhir.dates import first_present, parse_instant, period_days
from ecan_desktop.fhir.references import parse_reference
from ecan_desktop.vault.records import StoredResource

Coding = tuple[str, str]
CONDITION_ONSET_TOLERANCE = timedelta(days=31)
MEDICATION_TYPES = ("MedicationStatement", "MedicationRequest", "MedicationAdministration")


def codings(concept: object) -> frozenset[Coding]:
    """The (system, code) pairs of a CodeableConcept (or of a list of them)."""
    if isinstance(concept, list):
        return frozenset().union(*(codings(c) for c in concept)) if concept else frozenset()
    if not isinstance(concept, Mapping):
        return frozenset()
    found = set()
    for coding in concept.get("coding") or []:
        if isinstance(coding, Mapping):
            system, code = coding.get("system"), coding.get("code")
            if isinstance(system, str) and isinstance(code, str) and system and code:
                found.add((system.strip().rstrip("/"), code.strip()))
    return frozenset(found)


@dataclass(frozen=True)
class Fact:
    """What the rules compare, read once from a resource."""

    codes: frozenset[Coding]
    start: date | None = None
    end: date | None = None
    instant: datetime | None = None
    value: object = None


MedicationLookup = Callable[[str], Mapping[str, Any] | None]


def _medication_codes(resource: Mapping[str, Any], lookup: MedicationLookup) -> frozenset[Coding]:
    direct = codings(resource.get("medicationCodeableConcept"))
    if direct:
        return direct
    reference = resource.get("medicationReference")
    if isinstance(reference, Mapping) and isinstance(reference.get("reference"), str):
        medication = lookup(reference["reference"])
        if medication is not None:
            return codings(medication.get("code"))
    return frozenset()


def _observation_value(resource: Mapping[str, Any]) -> object:
    quantity = resource.get("valueQuantity")
    if isinstance(quantity, Mapping):
        unit = quantity.get("code") or quantity.get("unit")
        value = quantity.get("value")
        if isinstance(value, int | float):
            return ("quantity", round(float(value), 9), str(unit or "").casefold())
    concept = codings(resource.get("valueCodeableConcept"))
    if concept:
        return ("concept", concept)
    for name in ("valueString", "valueBoolean", "valueInteger", "valueDateTime"):
        if name in resource:
            value = resource[name]
            return (name, value.casefold() if isinstance(value, str) else value)
    return None


def read_fact(resource: Mapping[str, Any], lookup: MedicationLookup) -> Fact | None:
    """The comparable content of a resource, or None for types we never link."""
    kind = resource.get("resourceType")
    if kind == "Condition":
        start, _ = period_days(first_present(resource, "onsetDateTime", "onsetPeriod"))
        return Fact(codings(resource.get("code")), start)
    if kind == "Observation":
        when = first_present(resource, "effectiveDateTime", "effectiveInstant", "effectivePeriod")
        start, _ = period_days(when)
        instant = parse_instant(when) if isinstance(when, str) else None
        return Fact(
            codings(resource.get("code")), start, None, instant, _observation_value(resource)
        )
    if kind in MEDICATION_TYPES:
        when = first_present(
            resource, "effectivePeriod", "effectiveDateTime", "authoredOn", "dateAsserted"
        )
        start, end = period_days(when)
        return Fact(_medication_codes(resource, lookup), start, end)
    if kind == "Procedure":
        start, _ = period_days(first_present(resource, "performedDateTime", "performedPeriod"))
        return Fact(codings(resource.get("code")), start)
    if kind == "AllergyIntolerance":
        substances = codings(resource.get("code"))
        for reaction in resource.get("reaction") or []:
            if isinstance(reaction, Mapping):
                substances |= codings(reaction.get("substance"))
        return Fact(substances)
    if kind == "Immunization":
        start, _ = period_days(resource.get("occurrenceDateTime"))
        return Fact(codings(resource.get("vaccineCode")), start)
    return None


def _same_day(a: date | None, b: date | None) -> bool:
    return a == b


def _within(a: date | None, b: date | None, tolerance: timedelta) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tolerance


def _periods_meet(a: Fact, b: Fact) -> bool:
    if a.start is None or b.start is None:
        return a.start is None and b.start is None
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start <= b_end and b.start <= a_end


def _same_observation_time(a: Fact, b: Fact) -> bool:
    if a.instant is not None and b.instant is not None:
        try:
            return abs(a.instant - b.instant) <= timedelta(hours=1)
        except TypeError:  # one naive, one aware: compare the days only
            return _same_day(a.start, b.start)
    return a.start is not None and _same_day(a.start, b.start)


def same_fact(kind: str, a: Fact, b: Fact) -> bool:
    if not (a.codes & b.codes):
        return False
    if kind == "Condition":
        return _within(a.start, b.start, CONDITION_ONSET_TOLERANCE)
    if kind == "Observation":
        return _same_observation_time(a, b) and a.value == b.value
    if kind in MEDICATION_TYPES:
        return _periods_meet(a, b)
    if kind in ("Procedure", "Immunization"):
        return _same_day(a.start, b.start)
    return kind == "AllergyIntolerance"


def _batch_lookup(
    resources: Sequence[Mapping[str, Any]], full_urls: Sequence[str | None]
) -> MedicationLookup:
    index: dict[str, Mapping[str, Any]] = {}
    for position, resource in enumerate(resources):
        kind, rid = resource.get("resourceType"), resource.get("id")
        index[f"{kind}/{rid}"] = resource
        if position < len(full_urls) and full_urls[position]:
            index[str(full_urls[position])] = resource

    def lookup(reference: str) -> Mapping[str, Any] | None:
        found = index.get(reference)
        if found is None:
            parsed = parse_reference(reference)
            if parsed is not None and parsed.resource_type is not None:
                found = index.get(f"{parsed.resource_type}/{parsed.fhir_id}")
        return found

    return lookup


class Reconciler:
    """Finds, for each resource of a new batch, the stored resources that state the same fact."""

    def __init__(self, stored: Iterable[StoredResource], resolve: MedicationLookup) -> None:
        self._by_code: dict[tuple[str, Coding], list[tuple[StoredResource, Fact]]] = {}
        for item in stored:
            fact = read_fact(item.resource, resolve)
            if fact is None:
                continue
            for code in fact.codes:
                self._by_code.setdefault((item.resource_type, code), []).append((item, fact))

    def duplicates(
        self,
        origin: str,
        resources: Sequence[Mapping[str, Any]],
        full_urls: Sequence[str | None] = (),
    ) -> dict[int, list[int]]:
        """For each index of *resources*, the stored row ids (other origins) of the same fact."""
        lookup = _batch_lookup(resources, full_urls)
        found: dict[int, list[int]] = {}
        for position, resource in enumerate(resources):
            fact = read_fact(resource, lookup)
            kind = resource.get("resourceType")
            if fact is None or not isinstance(kind, str):
                continue
            rows: list[int] = []
            for code in fact.codes:
                for item, other in self._by_code.get((kind, code), []):
                    if (
                        item.origin != origin
                        and item.row_id not in rows
                        and same_fact(kind, fact, other)
                    ):
                        rows.append(item.row_id)
            if rows:
                found[position] = sorted(rows)
        return found


LINKED_TYPES = (
    "Condition",
    "Observation",
    "Procedure",
    "AllergyIntolerance",
    "Immunization",
    *MEDICATION_TYPES,
)
