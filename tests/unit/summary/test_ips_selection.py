"""The IPS document without what the user left out of the summary: still a valid IPS document,
nothing of the left-out items in it (entries, references, the sources' own summaries), required
sections saying ``withheld``; and with the default selection, the whole record as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.ips import build_ips, ips_bytes
from ecan_desktop.summary.ips_checks import check_ips
from ecan_desktop.summary.ips_refs import row_url
from ecan_desktop.summary.ips_selection import left_out
from ecan_desktop.summary.render import PdfOptions, render_pdf
from ecan_desktop.summary.select import SECTIONS, candidates, default_selection
from tests.unit.summary.conftest import IMPORTABLE
from tests.unit.summary.test_ips import section_codes, validate_r4b

MASKED = {
    "url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
    "valueCode": "masked",
}


def kinds(bundle: dict[str, Any]) -> set[str]:
    return {e["resource"]["resourceType"] for e in bundle["entry"]}


def urls(bundle: dict[str, Any]) -> set[str]:
    return {e["fullUrl"] for e in bundle["entry"]}


def references(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    """Every Reference-like object: those with a reference, and the masked ones."""
    found: list[dict[str, Any]] = []
    stack: list[Any] = [bundle]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "reference" in node or MASKED in node.get("extension", []):
                found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def test_the_default_selection_keeps_the_whole_record(demo_data: SummaryData) -> None:
    selection = default_selection(demo_data)
    assert not left_out(demo_data, selection)
    assert build_ips(demo_data, selection=selection) == build_ips(demo_data)


def test_leaving_out_the_allergies_withholds_the_allergy_section(
    demo_data: SummaryData,
) -> None:
    selection = default_selection(demo_data).with_section("allergies", False)
    bundle = build_ips(demo_data, selection=selection)
    assert check_ips(bundle) == []
    validate_r4b(bundle)
    assert "AllergyIntolerance" not in kinds(bundle)
    allergies = section_codes(bundle)["48765-2"]  # required: present, empty, and why
    assert "entry" not in allergies
    assert allergies["emptyReason"]["coding"][0]["code"] == "withheld"
    # the centres' own summaries list the allergy: they stay home too
    documents = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "DocumentReference"
        and e["resource"]["content"][0]["attachment"].get("contentType") == "application/fhir+json"
    ]
    assert documents == []
    assert "enicil" not in ips_bytes(bundle).decode("utf-8")  # penicillin, in any language
    # the rest is there
    assert "Condition" in kinds(bundle) and "MedicationStatement" in kinds(bundle)


def test_an_item_in_two_sections_stays_while_either_shows_it(demo_data: SummaryData) -> None:
    cancer = candidates(demo_data)["active_cancer"][0]
    in_history = default_selection(demo_data).with_section("active_cancer", False)
    assert set(cancer.row_ids).isdisjoint(left_out(demo_data, in_history).rows)
    nowhere = default_selection(demo_data).with_item(cancer.id, False)
    gone = left_out(demo_data, nowhere)
    assert set(cancer.row_ids) <= gone.rows
    bundle = build_ips(demo_data, selection=nowhere)
    assert check_ips(bundle) == []
    validate_r4b(bundle)
    left = {row_url(r) for r in demo_data.rows if r.row_id in gone.rows}
    assert left.isdisjoint(urls(bundle))
    # what referred to the diagnosis still says there was something, but not what
    text = json.dumps(bundle)
    for url in left:
        assert url not in text
    masked = [r for r in references(bundle) if MASKED in r.get("extension", [])]
    assert masked and all(r == {"extension": [MASKED]} for r in masked)
    assert "Condition" not in kinds(bundle)  # both centres' copies of the diagnosis left


def test_warnings_are_derived_and_leave_nothing_out(demo_data: SummaryData) -> None:
    selection = default_selection(demo_data).with_section("warnings", False)
    assert not left_out(demo_data, selection)


def test_leaving_out_results_takes_their_reports_along(
    shared_data: Callable[[str], SummaryData],
) -> None:
    data = shared_data("synthea/Sherman_McGlynn_8ef2ef98-48c5-427e-80d4-5e8f30ac8bf5.json")
    selection = default_selection(data).with_section("results", False)
    bundle = build_ips(data, selection=selection)
    assert check_ips(bundle) == []
    assert "Observation" not in kinds(bundle)
    assert "DiagnosticReport" not in kinds(bundle)  # each reported only left-out results
    assert "30954-2" not in section_codes(bundle)  # an optional section: not there at all
    assert "Encounter" in kinds(bundle) and "Organization" in kinds(bundle)


def test_the_attachment_of_the_pdf_follows_the_selection(demo_data: SummaryData) -> None:
    selection = default_selection(demo_data).with_section("procedures", False)
    rendered = render_pdf(demo_data, PdfOptions(("en",), selection=selection))
    assert rendered.ips == build_ips(demo_data, language="en", selection=selection)
    assert rendered.ips != build_ips(demo_data, language="en")
    assert rendered.ips["identifier"] != build_ips(demo_data, language="en")["identifier"]


@pytest.mark.parametrize("name", IMPORTABLE)
def test_every_section_left_out_of_every_shared_file_gives_a_valid_document(
    shared_data: Callable[[str], SummaryData], name: str
) -> None:
    data = shared_data(name)
    default = default_selection(data)
    for key in SECTIONS:
        selection = default.with_section(key, False)
        gone = left_out(data, selection)
        bundle = build_ips(data, selection=selection)
        assert check_ips(bundle) == [], key
        kept = urls(bundle)
        for row in data.rows:
            if row.row_id in gone.rows:
                assert row_url(row) not in kept, (key, row.resource_type)
    everything = default
    for key in SECTIONS:
        everything = everything.with_section(key, False)
    bundle = build_ips(data, selection=everything)
    assert check_ips(bundle) == []
    validate_r4b(bundle)
