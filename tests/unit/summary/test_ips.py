"""The IPS bundle: a valid IPS R4 document (fhir.resources' R4B models and our own checks of
bdl-ips-1, ips-comp-1, ips-pat-1 and of references), built from every stored resource."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.ips import build_ips, ips_bytes
from ecan_desktop.summary.ips_checks import check_ips, check_patient
from tests.unit.summary.conftest import IMPORTABLE

LOINC = "http://loinc.org"


def validate_r4b(bundle: dict[str, Any]) -> None:
    models = pytest.importorskip("fhir.resources.R4B.bundle")
    models.Bundle.model_validate(json.loads(ips_bytes(bundle)))


def section_codes(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    composition = bundle["entry"][0]["resource"]
    return {
        c["code"]: s
        for s in composition["section"]
        for c in s["code"].get("coding", [])
        if c.get("system") == LOINC
    }


def test_the_demo_bundle_is_a_valid_ips_document(demo_data: SummaryData) -> None:
    bundle = build_ips(demo_data)
    assert check_ips(bundle) == []
    validate_r4b(bundle)
    assert bundle["type"] == "document"
    assert bundle["identifier"]["value"].startswith("urn:uuid:")
    assert bundle["timestamp"] == "2026-11-29T10:00:00+01:00"
    composition = bundle["entry"][0]["resource"]
    assert composition["type"]["coding"][0]["code"] == "60591-5"
    assert composition["contained"][0]["resourceType"] == "Device"
    sections = section_codes(bundle)
    for code in ("11450-4", "48765-2", "10160-0", "30954-2", "47519-4", "46264-8", "18776-5"):
        assert sections[code]["entry"], code
        assert sections[code]["text"]["div"].startswith(
            '<div xmlns="http://www.w3.org/1999/xhtml">'
        )
    assert 'lang="ro"' in sections["11450-4"]["text"]["div"]


def test_every_stored_resource_travels_and_one_patient_is_the_subject(
    demo_data: SummaryData,
) -> None:
    bundle = build_ips(demo_data)
    kinds = Counter(e["resource"]["resourceType"] for e in bundle["entry"])
    stored = Counter(r.resource_type for r in demo_data.rows)
    assert kinds["Patient"] == 1 and kinds["Composition"] == 1
    assert kinds["DocumentReference"] == stored["DocumentReference"] + stored["Composition"]
    for kind, count in stored.items():
        if kind not in ("Patient", "Composition", "DocumentReference"):
            assert kinds[kind] == count, kind
    patient = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    identifiers = {i["value"] for i in patient["identifier"]}
    assert identifiers == {"IOS-24-004817", "OZD-2024-118392"}  # both centres' numbers
    assert patient["birthDate"] == "1974-06-17"
    # the centres' own summaries travel whole, as documents
    resources = [e["resource"] for e in bundle["entry"]]
    documents = [
        r
        for r in resources
        if r["resourceType"] == "DocumentReference"
        and r["content"][0]["attachment"].get("contentType") == "application/fhir+json"
    ]
    assert len(documents) == 2


def test_the_bundle_is_the_same_for_the_same_moment(demo_data: SummaryData) -> None:
    assert ips_bytes(build_ips(demo_data)) == ips_bytes(build_ips(demo_data))


def test_empty_required_sections_say_why(shared_data: Callable[[str], SummaryData]) -> None:
    bundle = build_ips(shared_data("mcode/Observation-tnm-pathologic-stage-group-jenny-m.json"))
    assert check_ips(bundle) == []
    sections = section_codes(bundle)
    for code in ("11450-4", "48765-2", "10160-0"):
        assert "entry" not in sections[code]
        assert sections[code]["emptyReason"]["coding"][0]["code"] == "unavailable"
    validate_r4b(bundle)


def test_a_profile_without_a_name_still_gives_a_patient_with_a_name_element(
    shared_data: Callable[[str], SummaryData],
) -> None:
    bundle = build_ips(shared_data("mcode/Condition-primary-cancer-condition-brian-l.json"))
    patient = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    assert check_patient(patient) == []
    assert check_ips(bundle) == []


def test_our_checks_catch_what_they_check() -> None:
    bad: dict[str, Any] = {
        "resourceType": "Bundle",
        "type": "document",
        "entry": [
            {
                "fullUrl": "urn:uuid:1",
                "resource": {
                    "resourceType": "Composition",
                    "section": [
                        {
                            "title": "Problems",
                            "code": {"coding": [{"system": LOINC, "code": "11450-4"}]},
                            "text": {"div": "<div/>"},
                        }
                    ],
                    "subject": {"reference": "urn:uuid:2"},
                    "author": [{"display": "x"}],
                    "type": {"coding": [{"system": LOINC, "code": "60591-5"}]},
                },
            },
            {"fullUrl": "urn:uuid:2", "resource": {"resourceType": "Patient", "name": [{}]}},
            {
                "fullUrl": "urn:uuid:3",
                "resource": {"resourceType": "Composition", "subject": {"reference": "urn:uuid:9"}},
            },
        ],
    }
    found = check_ips(bad)
    assert "Bundle.identifier is missing" in found
    assert any(p.startswith("bdl-ips-1") for p in found)
    assert any(p.startswith("ips-comp-1") for p in found)
    assert any(p.startswith("ips-pat-1") for p in found)
    assert any("refers to urn:uuid:9" in p for p in found)
    assert "the required allergies section is missing" in found


@pytest.mark.parametrize("name", IMPORTABLE)
def test_every_shared_file_exports_a_valid_ips_document(
    shared_data: Callable[[str], SummaryData], name: str
) -> None:
    data = shared_data(name)
    bundle = build_ips(data)
    assert check_ips(bundle) == []
    validate_r4b(bundle)
    stored = len(data.rows) - sum(1 for r in data.rows if r.resource_type == "Patient")
    assert len(bundle["entry"]) == stored + 2  # + the Composition and the one Patient
