"""Cases the example files do not have, written here as small resources."""

from __future__ import annotations

from typing import Any

from ecan_desktop.record.build import build_record
from tests.unit.record.conftest import FakeVault

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ATC = "http://www.whocc.no/atc"


def obs(rid: str, code: str, day: str, **value: Any) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": rid,
        "status": "final",
        "code": {"coding": [{"system": LOINC, "code": code}]},
        "effectiveDateTime": day,
        **value,
    }


def given(rid: str, atc: str, day: str, mg: float, **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "MedicationAdministration",
        "id": rid,
        "status": "completed",
        "medicationCodeableConcept": {"coding": [{"system": ATC, "code": atc}]},
        "effectiveDateTime": day,
        "dosage": {
            "dose": {"value": mg, "unit": "mg", "system": "http://unitsofmeasure.org", "code": "mg"}
        },
        **extra,
    }


def test_comparators_and_text_values_are_kept() -> None:
    record = build_record(
        FakeVault(
            [
                obs(
                    "a",
                    "777-3",
                    "2025-01-02",
                    valueQuantity={"value": 150, "comparator": "<", "code": "10*9/L"},
                ),
                obs("b", "777-3", "2025-01-01", valueString="clumped, not countable"),
            ],
            [],
        )
    )
    (series,) = record.results
    first, second = series.points
    assert (first.date, first.value.kind, first.value.text) == (
        "2025-01-01",
        "text",
        "clumped, not countable",
    )
    assert second.value.quantity is not None
    assert (second.value.quantity.comparator, second.value.quantity.value) == ("<", 150.0)


def test_linked_administrations_are_counted_once() -> None:
    a = given("a", "L01DB03", "2025-01-01", 150.0)
    b = given("b", "L01DB03", "2025-01-01", 150.0)
    c = given("c", "L01DB03", "2025-01-22", 150.0)
    record = build_record(FakeVault([a, b, c], [(1, 2)]))
    (epirubicin,) = record.systemic.agents
    assert len(epirubicin.administrations) == 2
    assert len(epirubicin.administrations[0].sources) == 2  # reported by both sources
    assert [(c.value, c.unit) for c in epirubicin.cumulative] == [(300.0, "mg")]
    (total,) = record.systemic.anthracycline_equivalents
    assert (total.unit, total.total) == ("mg", 240.0)  # epirubicin x 0.8


def test_body_surface_area_measured_before_the_administration() -> None:
    bsa = obs("s", "8277-6", "2025-01-01", valueQuantity={"value": 2.0, "code": "m2"})
    record = build_record(FakeVault([bsa, given("a", "L01DB01", "2025-01-10", 120.0)], []))
    (agent,) = record.systemic.agents
    assert agent.administrations[0].bsa_m2 == 2.0
    assert [(c.value, c.unit) for c in agent.cumulative] == [(120.0, "mg"), (60.0, "mg/m2")]


def test_transplant_and_secondary_cancer() -> None:
    transplant = {
        "resourceType": "Procedure",
        "id": "t",
        "status": "completed",
        "code": {"text": "Autologous haematopoietic stem cell transplant"},
        "performedDateTime": "2020-05-04",
    }
    metastasis = {
        "resourceType": "Condition",
        "id": "m",
        "meta": {
            "profile": [
                "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-secondary-cancer-condition"
            ]
        },
        "code": {
            "coding": [
                {
                    "system": SNOMED,
                    "code": "94222008",
                    "display": "Secondary malignant neoplasm of bone",
                }
            ]
        },
    }
    record = build_record(FakeVault([transplant, metastasis], []))
    (found,) = record.transplants
    assert (found.transplant_type, found.period and found.period.start) == (
        "autologous",
        "2020-05-04",
    )
    (diagnosis,) = record.diagnoses
    assert (diagnosis.role, diagnosis.behaviour) == ("secondary", "metastatic")
    assert [e.kind for e in record.timeline] == ["transplant"]
