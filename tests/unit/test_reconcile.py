"""Reconciliation: the same fact from two sources is linked, per the rules of each type."""

from __future__ import annotations

from typing import Any

import pytest

from ecan_desktop.reconcile import Reconciler
from ecan_desktop.vault.records import StoredResource

ICD10 = "http://hl7.org/fhir/sid/icd-10"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ATC = "http://www.whocc.no/atc"


def concept(*pairs: tuple[str, str]) -> dict[str, Any]:
    return {"coding": [{"system": s, "code": c} for s, c in pairs]}


def stored(row_id: int, resource: dict[str, Any], origin: str = "centre:a") -> StoredResource:
    return StoredResource(
        row_id, 1, origin, resource["resourceType"], resource["id"], 1, None, False, resource
    )


def links(existing: list[dict[str, Any]], new: dict[str, Any], origin: str = "centre:b") -> bool:
    reconciler = Reconciler([stored(i + 1, r) for i, r in enumerate(existing)], lambda ref: None)
    return bool(reconciler.duplicates(origin, [new]))


def condition(rid: str, onset: str | None, *codes: tuple[str, str]) -> dict[str, Any]:
    resource: dict[str, Any] = {"resourceType": "Condition", "id": rid, "code": concept(*codes)}
    if onset:
        resource["onsetDateTime"] = onset
    return resource


def test_condition_same_code_and_onset_within_a_month() -> None:
    a = condition("a", "2024-02-14", (ICD10, "C50.4"))
    assert links([a], condition("b", "2024-03-10T10:00:00+01:00", (ICD10, "C50.4")))
    assert not links([a], condition("b", "2024-04-20", (ICD10, "C50.4")))
    assert not links([a], condition("b", "2024-02-14", (ICD10, "C50.9")))
    assert not links([a], condition("b", None, (ICD10, "C50.4")))


def test_a_match_across_code_systems_needs_one_resource_with_both() -> None:
    icd_only = condition("a", "2024-02-14", (ICD10, "C50.4"))
    snomed_only = condition("b", "2024-02-14", (SNOMED, "408643008"))
    both = condition("c", "2024-02-14", (ICD10, "C50.4"), (SNOMED, "408643008"))
    assert not links([icd_only], snomed_only)
    assert links([icd_only], both) and links([snomed_only], both)


def test_same_origin_is_never_linked_it_is_updated_in_place() -> None:
    a = condition("a", "2024-02-14", (ICD10, "C50.4"))
    assert not links([a], condition("b", "2024-02-14", (ICD10, "C50.4")), origin="centre:a")


def observation(rid: str, when: str, value: float, unit: str = "10*9/L") -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": rid,
        "code": concept((LOINC, "751-8")),
        "effectiveDateTime": when,
        "valueQuantity": {"value": value, "unit": unit, "code": unit},
    }


def test_observation_same_code_time_and_value() -> None:
    a = observation("a", "2024-04-12T08:30:00+03:00", 0.6)
    assert links([a], observation("b", "2024-04-12T07:45:00+02:00", 0.6))  # same hour, other zone
    assert links([a], observation("b", "2024-04-12T09:00:00+03:00", 0.60))
    assert not links([a], observation("b", "2024-04-12T08:30:00+03:00", 0.7))
    assert not links([a], observation("b", "2024-04-13T08:30:00+03:00", 0.6))
    assert not links([a], observation("b", "2024-04-12T08:30:00+03:00", 0.6, "g/L"))
    day = observation("c", "2024-04-12", 0.6)
    assert links([day], observation("d", "2024-04-12", 0.6))


def medication_statement(rid: str, start: str, end: str, **medication: Any) -> dict[str, Any]:
    return {
        "resourceType": "MedicationStatement",
        "id": rid,
        "effectivePeriod": {"start": start, "end": end},
        **medication,
    }


def test_medication_same_code_and_meeting_periods_even_through_a_reference() -> None:
    tamoxifen = concept((ATC, "L02BA01"))
    a = medication_statement("a", "2024-11-18", "2029-11-18", medicationCodeableConcept=tamoxifen)
    referenced = medication_statement(
        "b", "2025-01-01", "2025-06-30", medicationReference={"reference": "urn:uuid:med-1"}
    )
    medication = {"resourceType": "Medication", "id": "med-1", "code": tamoxifen}
    reconciler = Reconciler([stored(1, a)], lambda ref: None)
    found = reconciler.duplicates(
        "centre:b", [medication, referenced], ["urn:uuid:med-1", "urn:uuid:ms-1"]
    )
    assert found == {1: [1]}
    later = medication_statement(
        "c", "2030-01-01", "2030-02-01", medicationCodeableConcept=tamoxifen
    )
    assert not links([a], later)


@pytest.mark.parametrize(
    ("kind", "code_field", "date_field"),
    [
        ("Procedure", "code", "performedDateTime"),
        ("Immunization", "vaccineCode", "occurrenceDateTime"),
    ],
)
def test_procedures_and_immunizations_on_the_same_day(
    kind: str, code_field: str, date_field: str
) -> None:
    def make(rid: str, day: str) -> dict[str, Any]:
        return {
            "resourceType": kind,
            "id": rid,
            code_field: concept((SNOMED, "1")),
            date_field: day,
        }

    assert links([make("a", "2024-03-05T10:00:00Z")], make("b", "2024-03-05"))
    assert not links([make("a", "2024-03-05")], make("b", "2024-03-06"))


def test_allergy_by_substance_wherever_it_is_coded() -> None:
    a = {"resourceType": "AllergyIntolerance", "id": "a", "code": concept((SNOMED, "764146007"))}
    b = {
        "resourceType": "AllergyIntolerance",
        "id": "b",
        "reaction": [{"substance": concept((SNOMED, "764146007"))}],
    }
    c = {"resourceType": "AllergyIntolerance", "id": "c", "code": concept((SNOMED, "91936005"))}
    assert links([a], b) and not links([a], c)


def test_types_we_do_not_reconcile_are_left_alone() -> None:
    patient = {"resourceType": "Patient", "id": "p", "name": [{"family": "X"}]}
    assert not links([patient], dict(patient, id="q"))
