"""The timeline's lines of treatment, imaging events and the patient's own symptoms and notes
(what the Cancer journey view shows)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ecan_desktop.entries.resources import MedicationInput, NoteInput, SymptomInput
from ecan_desktop.entries.save import save_entry
from ecan_desktop.record.build import build_record
from ecan_desktop.record.codes import LOINC, SNOMED, Code, Concept
from ecan_desktop.record.dates import Period
from ecan_desktop.record.imaging import is_imaging
from ecan_desktop.record.lines import TherapyLine
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.patient_entries import PatientEntry
from ecan_desktop.record.timeline import KIND_ORDER, EventSource, build_timeline
from ecan_desktop.vault.profiles import OpenProfile
from tests.unit.record.conftest import FakeVault, Loader, assert_every_row_once, synthea


@pytest.fixture
def record(demo: OpenProfile) -> PatientRecord:
    return build_record(demo.vault)


def test_each_line_of_treatment_is_an_event_before_its_agents(record: PatientRecord) -> None:
    lines = [e for e in record.timeline if e.kind == "line"]
    assert [e.item_id for e in lines] == ["line:1", "line:2"]
    first = lines[0]
    assert first.date.startswith("2024-04-02") and first.end is not None
    assert first.end.startswith("2024-09-10")
    assert first.title is None and [s.centre_country for s in first.sources] == ["RO"]
    position = record.timeline.index(first)
    following = record.timeline[position + 1]
    assert (following.kind, following.title) == ("medicine", "doxorubicin")
    line = record.item("line:1")
    assert isinstance(line, TherapyLine)
    assert line.agents == ("doxorubicin", "cyclophosphamide", "paclitaxel")
    assert record.item("line:9") is None


def test_mammograms_are_imaging_and_the_guided_biopsy_is_not(record: PatientRecord) -> None:
    imaging = [e.title for e in record.timeline if e.kind == "imaging"]
    assert imaging == [
        "Mamografie bilaterală",
        "Mamografie bilaterală de control",
        "Mamografie bilaterală de control",
    ]
    procedures = [e.title for e in record.timeline if e.kind == "procedure"]
    assert procedures == ["Biopsie ecoghidată (core) sân stâng"]
    assert {e["kind"] for e in record.to_json()["timeline"]} >= {"imaging", "line"}


def test_synthea_scans_are_imaging(load: Loader) -> None:
    record = build_record(load(synthea("Sherman_McGlynn")).vault)
    imaging = {e.title for e in record.timeline if e.kind == "imaging"}
    assert imaging == {
        "Plain chest X-ray (procedure)",
        "Computed tomography of chest and abdomen",
        "Magnetic resonance imaging for measurement of brain volume (procedure)",
    }
    assert not any(e.title == "Colonoscopy" for e in record.timeline if e.kind == "imaging")


def test_an_imaging_report_is_imaging_a_lab_report_a_test() -> None:
    def report(rid: str, category: str, code: str, display: str) -> dict[str, object]:
        return {
            "resourceType": "DiagnosticReport",
            "id": rid,
            "status": "final",
            "category": [
                {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/v2-0074",
                            "code": category,
                        }
                    ]
                }
            ],
            "code": {"coding": [{"system": LOINC, "code": code, "display": display}]},
            "effectiveDateTime": "2025-02-01",
        }

    record = build_record(
        FakeVault(
            [
                report("r1", "RAD", "24627-2", "Chest CT"),
                report("r2", "LAB", "58410-2", "Complete blood count"),
            ],
            [],
        )
    )
    assert [(e.kind, e.title) for e in record.timeline] == [
        ("test", "Complete blood count"),
        ("imaging", "Chest CT"),
    ]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (Concept((Code(SNOMED, "71651007"),)), True),
        (Concept((), "PET-CT whole body"), True),
        (Concept((), "Ecografie abdominală"), True),
        (Concept((), "Ultrasound-guided core biopsy"), False),
        (Concept((), "Petrous bone repair"), False),
        (Concept((), "Colonoscopy"), False),
        (None, False),
    ],
)
def test_is_imaging(code: Concept | None, expected: bool) -> None:
    assert is_imaging(code) is expected


def test_symptoms_and_notes_the_patient_entered_are_events_of_their_own(
    demo: OpenProfile,
) -> None:
    vault = demo.vault
    moment = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
    for entry in (
        SymptomInput("nausea", "Feeling sick (nausea)", 2, date(2026, 11, 20)),
        NoteInput("Ask whether the port can come out.", date(2026, 11, 25)),
        MedicationInput("Ibuprofen 400 mg", date(2026, 11, 1)),
    ):
        save_entry(vault, entry, language="en", now=moment, today=moment.date())
    record = build_record(vault, today=moment.date())
    assert_every_row_once(record, demo)
    own = [e for e in record.timeline if all(s.kind == "patient" for s in e.sources)]
    assert [(e.kind, e.date, e.title) for e in own] == [
        ("medicine", "2026-11-01", "Ibuprofen 400 mg"),  # once, as its medicine's event
        ("symptom", "2026-11-20", "Feeling sick (nausea)"),
        ("note", "2026-11-25", None),  # the note's words stay with the entry
    ]
    symptom = record.item(own[1].item_id)
    assert isinstance(symptom, PatientEntry) and symptom.grade == 2
    assert own[1].item_id.startswith("entry:") and own[2].item_id.startswith("entry:")
    kinds = {e["kind"] for e in record.to_json()["timeline"]}
    assert {"symptom", "note"} <= kinds <= set(KIND_ORDER)


def test_a_symptom_comes_after_the_treatment_of_the_same_day() -> None:
    events = build_timeline(
        [
            EventSource("symptom", "entry:2", "Nausea", Period("2025-03-01"), ()),
            EventSource("medicine", "agent:1", "doxorubicin", Period("2025-03-01"), ()),
            EventSource("note", "entry:3", None, Period("2025-03-01"), ()),
            EventSource("document", "document:4", "Letter", Period("2025-03-01"), ()),
        ]
    )
    assert [e.kind for e in events] == ["medicine", "symptom", "document", "note"]
