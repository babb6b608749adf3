"""Warnings the record implies: each rule fires on the facts it names and on nothing else."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from ecan_desktop.record.build import build_record
from ecan_desktop.summary.data import SummaryData, read_summary_data
from ecan_desktop.summary.warnings import (
    ANTHRACYCLINE_HIGH_RISK_MG_M2,
    CITATIONS,
    derive_warnings,
)
from ecan_desktop.terminology import load_terminology
from tests.unit.record.conftest import FakeVault

ATC = "http://www.whocc.no/atc"
SNOMED = "http://snomed.info/sct"
TODAY = date(2026, 11, 29)


def given(rid: str, atc: str, day: str, dose: float, unit: str = "mg/m2") -> dict[str, Any]:
    return {
        "resourceType": "MedicationAdministration",
        "id": rid,
        "status": "completed",
        "medicationCodeableConcept": {"coding": [{"system": ATC, "code": atc}]},
        "effectiveDateTime": day,
        "dosage": {
            "dose": {
                "value": dose,
                "unit": unit,
                "system": "http://unitsofmeasure.org",
                "code": unit,
            }
        },
    }


def radiotherapy(site: str, laterality: str | None = None) -> dict[str, Any]:
    body_site: dict[str, Any] = {"coding": [{"system": SNOMED, "code": site}]}
    if laterality:
        body_site["extension"] = [
            {
                "url": "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier",
                "valueCodeableConcept": {"coding": [{"system": SNOMED, "code": laterality}]},
            }
        ]
    return {
        "resourceType": "Procedure",
        "id": "rt",
        "status": "completed",
        "code": {"coding": [{"system": SNOMED, "code": "1217123003"}]},
        "performedPeriod": {"start": "2025-01-06", "end": "2025-02-10"},
        "bodySite": [body_site],
    }


def rules(*resources: dict[str, Any]) -> list[str]:
    record = build_record(FakeVault(list(resources), []), today=TODAY)
    return [w.rule for w in derive_warnings(record, TODAY, load_terminology())]


def test_the_demo_warns_of_anthracyclines_with_chest_radiotherapy_and_of_the_port(
    demo_data: SummaryData,
) -> None:
    found = derive_warnings(demo_data.record, demo_data.today, load_terminology())
    assert [w.rule for w in found] == ["anthracycline_chest_rt", "venous_port"]
    anthracyclines = found[0]
    assert anthracyclines.dose == 240.0 < ANTHRACYCLINE_HIGH_RISK_MG_M2
    assert anthracyclines.agents == ("doxorubicin",)
    assert anthracyclines.citation is not None and "J Clin Oncol 2017" in anthracyclines.citation
    assert found[1].date == "2024-04-01"


def test_a_doxorubicin_equivalent_of_250_is_high_risk() -> None:
    doses = [given(f"d{i}", "L01DB01", f"2024-0{i + 1}-01", 50.0) for i in range(5)]
    assert rules(*doses) == ["anthracycline_high"]
    assert rules(*doses[:4]) == ["anthracycline"]


def test_epirubicin_counts_with_its_feijen_factor() -> None:
    # 4 x 80 mg/m2 epirubicin = 320 mg/m2 x 0.8 = 256 mg/m2 doxorubicin-equivalent
    assert rules(*(given(f"e{i}", "L01DB03", f"2024-0{i + 1}-01", 80.0) for i in range(4))) == [
        "anthracycline_high"
    ]


def test_right_breast_radiotherapy_is_not_near_the_heart() -> None:
    dose = given("d", "L01DB01", "2024-01-01", 60.0)
    assert rules(dose, radiotherapy("73056007")) == ["anthracycline"]
    assert rules(dose, radiotherapy("76752008", "7771000")) == ["anthracycline_chest_rt"]
    assert rules(dose, radiotherapy("78904004")) == ["anthracycline_chest_rt"]


def test_doses_in_mg_only_cannot_be_compared() -> None:
    assert rules(given("d", "L01DB01", "2024-01-01", 100.0, "mg")) == ["anthracycline_mg"]


def test_chemotherapy_in_the_last_four_weeks_warns_of_neutropenic_sepsis() -> None:
    assert rules(given("c", "L01XA02", "2026-11-10", 400.0, "mg")) == ["neutropenic_sepsis"]
    assert rules(given("c", "L01XA02", "2026-10-20", 400.0, "mg")) == []
    # endocrine therapy is not chemotherapy
    assert rules(given("t", "L02BA01", "2026-11-20", 20.0, "mg")) == []


def test_checkpoint_inhibitors_warn_for_a_year() -> None:
    assert rules(given("p", "L01FF02", "2026-03-01", 200.0, "mg")) == ["checkpoint_inhibitor"]
    assert rules(given("p", "L01FF02", "2025-10-01", 200.0, "mg")) == []


def test_every_rule_names_a_source() -> None:
    assert set(CITATIONS) == {"nice_cg151", "asco_2017", "esmo_2022"}
    assert all(len(text) > 60 for text in CITATIONS.values())


def test_chemotherapy_recorded_as_ongoing_says_since_when() -> None:
    from ecan_desktop.summary.labels import Labels
    from ecan_desktop.summary.pdf_words import warning_text

    statement = {
        "resourceType": "MedicationStatement",
        "id": "cape",
        "status": "active",
        "medicationCodeableConcept": {"coding": [{"system": ATC, "code": "L01BC06"}]},
        "effectivePeriod": {"start": "2025-01-06"},
    }
    data = read_summary_data(
        FakeVault([statement], []), generated_at=datetime(2026, 11, 29, tzinfo=UTC)
    )
    (warning,) = derive_warnings(data.record, TODAY, load_terminology())
    assert (warning.rule, warning.ongoing, warning.date) == (
        "neutropenic_sepsis",
        True,
        "2025-01-06",
    )
    text = warning_text(Labels(("en", "de")), data, warning)
    assert "capecitabine; recorded as ongoing since 2025-01-06" in text.first
    assert "Capecitabin; laut Akte laufend seit 2025-01-06" in (text.second or "")
