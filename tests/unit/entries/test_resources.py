"""The FHIR resources built from what the patient typed: valid FHIR R4 (fhir.resources' R4B
models), marked as patient-reported, coded where we know the code, and the validation messages a
patient sees for each field."""

from __future__ import annotations

import base64
from datetime import date
from typing import Any

import pytest

from ecan_desktop.entries.catalogue import (
    GRADE_MEANINGS,
    GRADE_WORDS,
    OTHER,
    SYMPTOMS,
    recognise_medicine,
)
from ecan_desktop.entries.resources import (
    Author,
    MedicationInput,
    NoteInput,
    SymptomInput,
    build_resource,
    validate,
)
from ecan_desktop.record.patient_entries import is_patient_reported

AUTHOR = Author({"reference": "Patient/p1"}, "2026-03-14T09:30:00Z", "ro")
TODAY = date(2026, 3, 14)


def valid_r4(resource: dict[str, Any]) -> None:
    kind = resource["resourceType"]
    module = pytest.importorskip(f"fhir.resources.R4B.{kind.lower()}")
    getattr(module, kind).model_validate(resource)


def fields(entry: Any) -> list[str]:
    return [p.field for p in validate(entry, TODAY)]


def messages(entry: Any) -> list[str]:
    return [p.message.render() for p in validate(entry, TODAY)]


def marks(resource: dict[str, Any]) -> None:
    assert is_patient_reported(resource)
    assert resource["meta"]["security"] == [
        {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
            "code": "PATAST",
            "display": "patient asserted",
        }
    ]
    assert resource["meta"]["lastUpdated"] == "2026-03-14T09:30:00Z"
    assert resource["language"] == "ro"


def test_a_medicine_taken_is_a_medication_statement_from_the_patient() -> None:
    entry = MedicationInput(
        "Tamoxifen 20 mg", date(2025, 6, 1), dosage="one tablet a day", reason="breast cancer"
    )
    resource = build_resource(entry, "m1", AUTHOR)
    valid_r4(resource)
    marks(resource)
    assert resource["status"] == "active"
    assert resource["medicationCodeableConcept"] == {
        "text": "Tamoxifen 20 mg",
        "coding": [
            {"system": "http://www.whocc.no/atc", "code": "L02BA01", "display": "tamoxifen"}
        ],
    }
    assert resource["informationSource"] == {"reference": "Patient/p1"}
    assert resource["subject"] == {"reference": "Patient/p1"}
    assert resource["effectivePeriod"] == {"start": "2025-06-01"}
    assert resource["dosage"] == [{"text": "one tablet a day"}]
    assert resource["reasonCode"] == [{"text": "breast cancer"}]


def test_a_medicine_stopped_is_completed_with_its_end_and_an_unknown_one_stays_as_written() -> None:
    entry = MedicationInput("Vitamin D drops", date(2025, 1, 1), False, date(2025, 3, 1))
    resource = build_resource(entry, "m2", AUTHOR)
    valid_r4(resource)
    assert resource["status"] == "completed"
    assert resource["effectivePeriod"] == {"start": "2025-01-01", "end": "2025-03-01"}
    assert resource["medicationCodeableConcept"] == {"text": "Vitamin D drops"}


def test_medicine_names_are_recognised_in_several_languages() -> None:
    assert recognise_medicine("Doxorubicină") is not None
    assert recognise_medicine("doxorubicine 50 mg")
    found = recognise_medicine("Paclitaxel Kabi")
    assert found is not None and found.atc == "L01CD01"
    assert recognise_medicine("Paracetamol") is None
    assert recognise_medicine("  ") is None


def test_a_symptom_is_a_survey_observation_with_its_grade_and_snomed_code() -> None:
    entry = SymptomInput("nausea", "Greață", 2, date(2026, 3, 12), "after the second cycle")
    resource = build_resource(entry, "s1", AUTHOR)
    valid_r4(resource)
    marks(resource)
    assert resource["code"] == {
        "text": "Greață",
        "coding": [{"system": "http://snomed.info/sct", "code": "422587007", "display": "Nausea"}],
    }
    assert resource["category"][0]["coding"][0]["code"] == "survey"
    assert resource["valueInteger"] == 2
    assert "2 moderate" in resource["method"]["text"]
    assert resource["effectiveDateTime"] == "2026-03-12"
    assert resource["performer"] == [{"reference": "Patient/p1"}]
    assert resource["note"] == [{"text": "after the second cycle"}]


def test_something_else_is_text_only() -> None:
    resource = build_resource(SymptomInput(OTHER, "Cramps in my legs", 1, TODAY), "s2", AUTHOR)
    valid_r4(resource)
    assert resource["code"] == {"text": "Cramps in my legs"}


def test_a_note_is_a_patient_note_document() -> None:
    words = "Ask about the port.\nAnd whether I can travel in May."
    resource = build_resource(NoteInput(words, date(2026, 3, 10)), "n1", AUTHOR)
    valid_r4(resource)
    marks(resource)
    assert resource["type"]["coding"][0]["code"] == "51855-5"
    assert resource["author"] == [{"reference": "Patient/p1"}]
    attachment = resource["content"][0]["attachment"]
    assert base64.b64decode(attachment["data"]).decode("utf-8") == words
    assert attachment["contentType"].startswith("text/plain")
    assert attachment["creation"] == "2026-03-10"
    assert resource["description"] == "Ask about the port."


def test_every_listed_symptom_has_a_snomed_code_and_every_grade_its_words() -> None:
    assert len({s.key for s in SYMPTOMS}) == len({s.snomed for s in SYMPTOMS}) == len(SYMPTOMS)
    assert all(s.snomed.isdigit() and s.display for s in SYMPTOMS)
    assert len(GRADE_WORDS) == len(GRADE_MEANINGS) == 5
    for symptom in SYMPTOMS:
        valid_r4(build_resource(SymptomInput(symptom.key, "", 0, TODAY), "s", AUTHOR))


def test_validation_names_the_field_and_what_to_do() -> None:
    assert messages(MedicationInput("  ", TODAY)) == ["Enter the name of the medicine."]
    assert fields(MedicationInput("x" * 201, TODAY)) == ["name"]
    assert messages(MedicationInput("Aspirin", date(2026, 3, 15))) == [
        "Choose a date that is today or earlier."
    ]
    assert messages(MedicationInput("Aspirin", TODAY, False, date(2026, 3, 1))) == [
        "The date you stopped must be the same as or after the date you started."
    ]
    assert fields(SymptomInput(None, "", None, TODAY)) == ["symptom", "grade"]
    assert messages(SymptomInput(OTHER, " ", 1, TODAY)) == [
        "Describe the symptom or side effect in a few words."
    ]
    assert messages(SymptomInput("nausea", "Nausea", None, TODAY)) == [
        "Choose how bad it was, from 0 (none) to 4 (life-threatening)."
    ]
    assert fields(SymptomInput("nausea", "Nausea", 5, TODAY)) == ["grade"]
    assert messages(NoteInput("\n ", TODAY)) == ["Write your note before you save it."]
    assert messages(NoteInput("x" * 20_001, TODAY)) == [
        "This is too long: use at most 20000 characters."
    ]
    assert validate(MedicationInput("Aspirin", TODAY, False, None), TODAY) == ()
    assert validate(SymptomInput("pain", "Pain", 0, TODAY), TODAY) == ()
    assert validate(NoteInput("Fine.", TODAY), TODAY) == ()
