"""International and European patient summaries (HL7 IPS, HL7 Europe EPS, CC0): allergies,
medicines and problems present; the XML and JSON forms of one IPS give the same record."""

from __future__ import annotations

from ecan_desktop.record.build import build_record
from tests.unit.record.conftest import FHIR, Loader, assert_every_row_once, shared

SNOMED = "http://snomed.info/sct"


def test_eps_bundle_with_a_null_entry(load: Loader) -> None:
    opened = load(FHIR / "eps-bundle-null-entry.json")
    record = build_record(opened.vault)
    (breast,) = record.diagnoses
    assert breast.snomed is not None and breast.snomed.code == "254837009"
    assert len(record.other_conditions) == 9
    (allergy,) = record.allergies
    assert allergy.no_known_allergy  # "No known allergy": a statement, not an allergy
    assert len(record.medications) == 5 and all(m.current for m in record.medications)
    assert {m.name for m in record.medications} >= {"Simvastatin 20 mg oral tablet"}
    assert len(record.immunisations) == 4
    assert_every_row_once(record, opened)


def test_ips_all_sections(load: Loader) -> None:
    opened = load(shared("hl7-ips", "Bundle-bundle-ips-all-sections.json"))
    record = build_record(opened.vault)
    (allergy,) = record.allergies
    assert allergy.substance is not None and allergy.substance.has(SNOMED, "764146007")
    assert {c.title for c in record.other_conditions} >= {"Essential hypertension", "Gout"}
    assert {m.status for m in record.medications} == {"active", "stopped"}
    assert len(record.immunisations) == 8 and len(record.devices) == 1
    assert {o.resource_type for o in record.other_records} == {"Flag", "Consent"}
    assert_every_row_once(record, opened)


def test_ips_minimal_and_no_information(load: Loader) -> None:
    minimal = load(FHIR / "ips-bundle-minimal.json")
    record = build_record(minimal.vault)
    assert record.allergies and record.other_conditions
    (anastrozole,) = record.systemic.agents  # an aromatase inhibitor is cancer treatment
    assert (anastrozole.agent, anastrozole.atc, anastrozole.current) == (
        "anastrozole",
        "L02BG03",
        True,
    )
    assert_every_row_once(record, minimal)
    empty = load(shared("hl7-ips", "bundle-no-info-required-sections.json"))
    record = build_record(empty.vault)
    assert record.diagnoses == () and len(record.immunisations) == 2
    assert_every_row_once(record, empty)


def test_ips_xml_and_json_give_the_same_facts(load: Loader) -> None:
    records = [
        build_record(load(FHIR / name).vault)
        for name in ("ips-bundle-01.xml", "ips-bundle-01.json")
    ]
    for record in records:
        (diagnosis,) = record.diagnoses
        assert diagnosis.title == "Malignant tumor of breast"
        assert diagnosis.icdo3_morphology is not None
        assert len(record.allergies) == 2 and len(record.results) == 7
    xml, json_ = records
    assert [d.title for d in xml.diagnoses] == [d.title for d in json_.diagnoses]
    assert [a.agent for a in xml.systemic.agents] == [a.agent for a in json_.systemic.agents]


def test_smart_health_card_immunisations(load: Loader) -> None:
    opened = load(shared("smart-health-links", "example-00-a-fhirBundle.json"))
    record = build_record(opened.vault)
    assert len(record.immunisations) == 3
    assert all(i.date for i in record.immunisations)
    assert_every_row_once(record, opened)
