"""Defects inside resources that are imported all the same: narratives without their div,
references that point at nothing or are written wrongly, the same resource twice, ids made up.
Each is reported in plain words, listed at most MAX_PER_KIND times a kind, and kept with the
source; none of them is counted as skipped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers.batch import Problem
from ecan_desktop.importers.defects import reference_problems
from ecan_desktop.importers.file import read_fhir_bytes, read_file
from ecan_desktop.importers.problems import MAX_PER_KIND, listed_problems, problems_from_json
from ecan_desktop.importers.report import FileReport, import_one
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from ecan_desktop.vault.records import NewSource
from tests.bench.generate import observations
from tests.conftest import FIXTURES, SHARED_DATA

PASS = "correct horse battery"
FHIR = FIXTURES / "fhir"
MISSING = "it refers to {target}, which is neither in the file nor in your record"
MISSING_OFTEN = (
    "it refers to {target}, which is neither in the file nor in your record (other parts of the "
    "file refer to it too)"
)
NO_DIV = "its readable text (narrative) is missing (no div); everything else was imported"


def shared(*parts: str) -> Path:
    """A file of ../shared/data; the test is skipped where that folder is not available."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"{path} is not available here")
    return path


@pytest.fixture
def opened(store: ProfileStore) -> Iterator[OpenProfile]:
    store.create("Mum", PASS)
    with store.unlock("Mum", PASS) as profile:
        yield profile


def said(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.path, p.reason.render()) for p in problems]


def write(tmp_path: Path, name: str, document: Any) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def collection(*resources: dict[str, Any], urls: tuple[str | None, ...] = ()) -> dict[str, Any]:
    entries = []
    for index, resource in enumerate(resources):
        entry: dict[str, Any] = {"resource": resource}
        url = urls[index] if index < len(urls) else None
        if url:
            entry["fullUrl"] = url
        entries.append(entry)
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def imported(opened: OpenProfile, path: Path) -> FileReport:
    report = import_one(opened.vault, path, accept_patient_mismatch=True)
    assert report.status == "imported", report.to_json()
    return report


# -- narratives ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["esempio_be.json", "esempio_it.json"], ids=["belgian", "italian"])
def test_the_survivorship_passport_narrative_without_div_is_reported_and_kept(
    opened: OpenProfile, name: str
) -> None:
    path = shared("survivorship-passport", name)
    report = imported(opened, path)
    narratives = [p for p in report.problems if p.reason.source == NO_DIV]
    assert said(narratives) == [("$.entry[0].resource.text", NO_DIV)]  # the Patient's
    assert report.counts["skipped"] == 0  # nothing was left out
    (patient,) = opened.vault.resources("Patient")
    assert patient.resource["text"] == {"status": "generated"}  # kept as received


def test_narratives_without_div_in_a_minimal_bundle(tmp_path: Path) -> None:
    bundle = collection(
        {"resourceType": "Patient", "id": "p1", "text": {"status": "generated"}},
        {"resourceType": "Condition", "id": "c1", "text": {"status": "generated", "div": "  "}},
        {
            "resourceType": "Observation",
            "id": "o1",
            "text": {"status": "generated", "div": "<div xmlns='x'>ok</div>"},
        },
        {
            "resourceType": "MedicationRequest",
            "id": "m1",
            "contained": [{"resourceType": "Medication", "id": "med", "text": {}}],
        },
        {"resourceType": "Procedure", "id": "pr1"},  # no narrative at all: nothing wrong
    )
    batch = read_file(write(tmp_path, "narratives.json", bundle))
    assert said(batch.problems) == [
        ("$.entry[0].resource.text", NO_DIV),
        ("$.entry[1].resource.text", NO_DIV),
        ("$.entry[3].resource.contained[0].text", NO_DIV),
    ]
    assert not any(p.skipped for p in batch.problems)
    assert len(batch.resources) == 5


def test_an_xml_div_that_is_not_xhtml_is_reported_once() -> None:
    xml = (
        b'<Patient xmlns="http://hl7.org/fhir"><id value="p1"/>'
        b'<text><status value="generated"/><div>plain</div></text></Patient>'
    )
    batch = read_fhir_bytes("p.xml", xml)
    assert [p.path for p in batch.problems] == ["$.text.div"]  # the XML reader's, not ours too


# -- references in real files -------------------------------------------------------------------
def test_the_eps_references_to_what_it_lacks(opened: OpenProfile) -> None:
    report = imported(opened, FHIR / "eps-bundle-null-entry.json")
    author = "urn:uuid:e7527691-d1a5-4616-95cb-4838a511d905"  # the entry that is null
    asserter = "Ziekenhuis Inkendaal (1561523a-09d5-4877-aa2b-051802876133)"  # a bare id
    assert said(report.problems) == [
        ("$.entry[0].resource.author[0]", MISSING.format(target=author)),
        ("$.entry[2]", "an empty entry (null) was skipped"),
        # Ten conditions name the same absent asserter: one problem, at the first of them.
        ("$.entry[3].resource.asserter", MISSING_OFTEN.format(target=asserter)),
    ]
    assert report.counts["skipped"] == 1 and report.problems_found == 3


def test_the_spanish_transaction_writes_references_as_type_and_urn(opened: OpenProfile) -> None:
    report = imported(opened, FHIR / "surpass-transaction-es.json")
    lines = said(report.problems)
    patient = "urn:uuid:9559e89b-35dc-4020-b08c-24ccbb6c46c5"
    assert lines[0] == (
        "$.entry[1].resource.subject",
        f"it refers to Patient/{patient}, written in a way FHIR does not allow; it was read as "
        f"{patient} (other parts of the file write it the same way)",
    )
    missing = "Condition/urn:uuid:0e8fcaae-74dd-4c25-bc13-dfd0f37a1164"
    assert ("$.entry[2].resource.extension[0].valueReference", MISSING.format(target=missing)) in (
        lines
    )
    assert len(lines) == report.problems_found == 7  # one per target, not one per reference
    assert report.counts == {"added": 11, "updated": 0, "unchanged": 0, "linked": 0, "skipped": 0}


def test_a_single_resource_names_what_the_vault_already_holds(opened: OpenProfile) -> None:
    stage = FHIR / "mcode-stage-group.json"
    alone = import_one(opened.vault, stage)
    assert MISSING.format(target="Patient/cancer-patient-jenny-m") in [
        p.reason.render() for p in alone.problems
    ]
    assert [p.path for p in alone.problems][:2] == ["$.subject", "$.focus[0]"]
    # Once the condition the stage is about is in the record, the stage no longer misses it.
    imported(opened, FHIR / "mcode-primary-cancer-condition.json")
    opened.vault.put_batch(
        NewSource(kind="file", origin="test:other", file_name="condition.json"),
        [{"resourceType": "Condition", "id": "primary-cancer-condition-jenny-m"}],
    )
    again = import_one(opened.vault, stage)
    targets = [str(p.reason.fields.get("target")) for p in again.problems]
    assert "Condition/primary-cancer-condition-jenny-m" not in targets
    assert "Patient/cancer-patient-jenny-m" in targets


@pytest.mark.parametrize(
    "name",
    [
        "Bundle-bundle-ips-all-sections.json",
        "bundle-minimal.json",
        "IPS-bundle-01.xml",
    ],
)
def test_a_complete_ips_has_no_problems(opened: OpenProfile, name: str) -> None:
    report = imported(opened, shared("hl7-ips", name))
    assert report.problems == [] and report.problems_found == 0


def test_synthea_has_no_problems(opened: OpenProfile) -> None:
    folder = SHARED_DATA / "synthea"
    files = sorted(folder.glob("Darin_Skiles_*.json")) if folder.is_dir() else []
    if not files:
        pytest.skip("no Synthea file here")
    report = imported(opened, files[0])  # 168 resources, 569 references, 36 to contained ones
    assert report.problems == []


# -- references in minimal bundles --------------------------------------------------------------
def test_what_resolves_and_what_does_not(opened: OpenProfile, tmp_path: Path) -> None:
    server = "https://fhir.example-hospital.org/fhir"
    bundle = collection(
        {"resourceType": "Patient", "id": "p1"},
        {
            "resourceType": "MedicationRequest",
            "id": "m1",
            "contained": [{"resourceType": "Medication", "id": "med"}],
            "medicationReference": {"reference": "#med"},  # contained: resolves
            "subject": {"reference": f"{server}/Patient/p1"},  # its fullUrl: resolves
            "requester": {"reference": "Practitioner/dr-who", "display": "Dr Who"},
            "reasonReference": [
                {"reference": "urn:uuid:4a7d2c1e-0000-4000-8000-000000000001"},  # the condition
                {"reference": "#nothing"},  # no such contained resource
            ],
            "basedOn": [
                {"reference": f"{server}/CarePlan/cp9"},  # the file's own server: should be here
                {"reference": "https://elsewhere.example/fhir/CarePlan/cp9"},  # another server
                {"reference": "https://elsewhere.example/fhir/Patient/p1"},  # type and id: here
            ],
            "insurance": [{"reference": "Coverage?identifier=123"}],  # a search: not in file
            "note": [{"text": "#med is not a reference here"}],
            "recorder": {"display": "no reference, nothing to resolve"},
        },
        {"resourceType": "Condition", "id": "c1", "text": {"status": "generated"}},
        urls=(
            f"{server}/Patient/p1",
            f"{server}/MedicationRequest/m1",
            "urn:uuid:4a7d2c1e-0000-4000-8000-000000000001",
        ),
    )
    report = imported(opened, write(tmp_path, "refs.json", bundle))
    assert said(report.problems) == [
        (
            "$.entry[1].resource.requester",
            MISSING.format(target="Dr Who (Practitioner/dr-who)"),
        ),
        ("$.entry[1].resource.reasonReference[1]", MISSING.format(target="#nothing")),
        ("$.entry[1].resource.basedOn[0]", MISSING.format(target=f"{server}/CarePlan/cp9")),
        ("$.entry[1].resource.insurance[0]", MISSING.format(target="Coverage?identifier=123")),
        ("$.entry[2].resource.text", NO_DIV),
    ]
    assert report.counts["skipped"] == 0 and report.counts["added"] == 3


def test_a_reference_to_an_earlier_import_resolves_through_the_vault(
    opened: OpenProfile, tmp_path: Path
) -> None:
    patient = collection(
        {"resourceType": "Patient", "id": "p1"},
        urls=("urn:uuid:7b0c1f52-0000-4000-8000-00000000000a",),
    )
    result = collection(
        {
            "resourceType": "Observation",
            "id": "o1",
            "subject": {"reference": "urn:uuid:7b0c1f52-0000-4000-8000-00000000000a"},
            "performer": [{"reference": "Organization/lab"}],
        }
    )
    first = write(tmp_path, "result.json", result)
    assert [p.reason.fields["target"] for p in imported(opened, first).problems] == [
        "urn:uuid:7b0c1f52-0000-4000-8000-00000000000a",
        "Organization/lab",
    ]
    imported(opened, write(tmp_path, "patient.json", patient))
    result["entry"][0]["resource"]["status"] = "final"  # a new version, so it is imported again
    again = imported(opened, write(tmp_path, "result.json", result))
    assert [p.reason.fields["target"] for p in again.problems] == ["Organization/lab"]


def test_the_same_resource_twice_keeps_the_last_copy(opened: OpenProfile, tmp_path: Path) -> None:
    bundle = collection(
        {"resourceType": "Observation", "id": "o1", "status": "preliminary"},
        {"resourceType": "Observation", "id": "o2", "status": "final"},
        {"resourceType": "Observation", "id": "o1", "status": "final"},
    )
    report = imported(opened, write(tmp_path, "twice.json", bundle))
    assert said(report.problems) == [
        (
            "$.entry[2].resource",
            "Observation/o1 is in the file more than once; the last copy was kept",
        )
    ]
    kept = {r.fhir_id: r.resource["status"] for r in opened.vault.resources("Observation")}
    assert kept == {"o1": "final", "o2": "final"}
    assert report.counts["skipped"] == 0


def test_an_id_made_up_for_a_resource_without_one_is_reported(tmp_path: Path) -> None:
    single = read_fhir_bytes("alone.json", json.dumps({"resourceType": "Patient"}).encode())
    made_up = single.resources[0]["id"]
    assert said(single.problems) == [
        ("$", f"a resource without an id or usable fullUrl was given the id {made_up}")
    ]
    assert not single.problems[0].skipped
    lines = "\n".join(
        json.dumps(r) for r in ({"resourceType": "Patient", "id": "p1"}, {"resourceType": "Flag"})
    )
    ndjson = read_fhir_bytes("export.ndjson", lines.encode())
    assert [p.path for p in ndjson.problems] == ["line 2"]
    # A transaction's new resources have no id by design; the fullUrl names them: not a problem.
    transaction = read_file(FHIR / "surpass-transaction-es.json")
    assert transaction.problems == []


# -- listing ------------------------------------------------------------------------------------
def test_thousands_of_results_naming_one_absent_patient_are_one_problem(
    opened: OpenProfile, tmp_path: Path
) -> None:
    bundle = collection(*observations(5000))  # each refers to Patient/p1, which is not there
    report = imported(opened, write(tmp_path, "results.json", bundle))
    assert said(report.problems) == [
        ("$.entry[0].resource.subject", MISSING_OFTEN.format(target="Patient/p1"))
    ]


def test_many_problems_of_a_kind_are_listed_up_to_a_cap_and_counted_in_full(
    opened: OpenProfile, tmp_path: Path
) -> None:
    resources: list[Any] = [
        {
            "resourceType": "Observation",
            "id": f"o{i}",
            "text": {"status": "generated"},
            "hasMember": [{"reference": f"Observation/gone-{i}"}],
        }
        for i in range(30)
    ]
    bundle = collection(*resources)
    bundle["entry"][5:5] = [None] * 25  # 25 null entries among them
    report = imported(opened, write(tmp_path, "broken.json", bundle))
    assert report.problems_found == 30 + 30 + 25
    assert report.counts["skipped"] == 25
    kinds = [p.reason.source for p in report.problems]
    assert kinds.count(NO_DIV) == kinds.count(MISSING) == MAX_PER_KIND
    assert kinds.count("an empty entry (null) was skipped") == MAX_PER_KIND
    # In the order of the file: entry 0's narrative and reference, ..., the null entries at 5.
    assert [p.path for p in report.problems[:3]] == [
        "$.entry[0].resource.text",
        "$.entry[0].resource.hasMember[0]",
        "$.entry[1].resource.text",
    ]
    (source,) = opened.vault.sources()
    assert source.problems_found == 85
    assert problems_from_json(source.problems) == report.problems
    assert report.to_json()["problems_found"] == 85
    assert len(report.to_json()["problems"]) == 3 * MAX_PER_KIND


def test_listed_problems_keep_the_order_of_the_file() -> None:
    paths = ["line 12", "$", "line 3.entry[2]", "line 3", "$.entry[10].resource", "$.entry[9]"]
    problems = [Problem(path, Message("ImportErrors", "x")) for path in paths]
    assert [p.path for p in listed_problems(problems)] == [
        "$",
        "line 3",
        "line 3.entry[2]",
        "$.entry[9]",
        "$.entry[10].resource",
        "line 12",
    ]


# -- outside input ------------------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["reference", "display", "contained", "id", "text", "div", "x"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=25,
)
references = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["#", "#a", "urn:uuid:a", "Patient/urn:uuid:a", "https://x/Patient/a", "a"]),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"resourceType": st.sampled_from(["Patient", "Bundle", "Observation"])},
            optional={
                "id": st.sampled_from(["a", "b"]),
                "contained": json_values,
                "text": json_values,
                "subject": st.fixed_dictionaries({"reference": references}),
                "extension": json_values,
            },
        ),
        min_size=1,
        max_size=5,
    ),
    st.lists(st.one_of(st.none(), references), max_size=5),
)
def test_any_resources_give_problems_with_paths_never_an_error(
    resources: list[dict[str, Any]], urls: list[str | None]
) -> None:
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": r, **({"fullUrl": urls[i]} if i < len(urls) and urls[i] else {})}
            for i, r in enumerate(resources)
        ],
    }
    batch = read_fhir_bytes("fuzz.json", json.dumps(bundle).encode())
    found = [*batch.problems, *reference_problems(batch, lambda reference: False)]
    assert all(p.path.startswith("$.entry[") for p in found)
    assert all(isinstance(p.reason.render(), str) for p in found)
