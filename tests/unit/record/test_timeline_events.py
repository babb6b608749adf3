"""The timeline's lines of treatment and imaging events (what the Cancer journey view shows)."""

from __future__ import annotations

import pytest

from ecan_desktop.record.build import build_record
from ecan_desktop.record.codes import LOINC, SNOMED, Code, Concept
from ecan_desktop.record.imaging import is_imaging
from ecan_desktop.record.lines import TherapyLine
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.vault.profiles import OpenProfile
from tests.unit.record.conftest import FakeVault, Loader, synthea


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
