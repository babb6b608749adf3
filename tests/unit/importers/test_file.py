"""Reading FHIR JSON files: lenient with real defects, one clear reason for each bad input."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecan_desktop.importers.batch import ImportRejected
from ecan_desktop.importers.file import read_fhir_bytes, read_file
from ecan_desktop.importers.patient_check import mismatch, same_name
from ecan_desktop.importers.report import import_files, import_one
from ecan_desktop.vault.profiles import ProfileStore
from tests.conftest import FIXTURES, SHARED_DATA

FHIR = FIXTURES / "fhir"


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bundle.json", "{}")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"  \n", "the file is empty"),
        (b"%PDF-1.7\n%\xe2\xe3", "it is a PDF document"),
        (zip_bytes(), "it is a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "it is not a text file"),
        (b'{"resourceType": "Patient", "name": "\xff\xfe"}', "not valid UTF-8"),
        (b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "it is a web page"),
        (b'<Bundle xmlns="http://hl7.org/fhir"/>', "no usable resources"),
        (b"<note><to>Tove</to></note>", "it is an XML file, but not FHIR XML"),
        (
            b'<ClinicalDocument xmlns="urn:hl7-org:v3"><id root="1"/></ClinicalDocument>',
            "it is a CDA document",
        ),
        (b'<Patient xmlns="http://hl7.org/fhir"><id value="p"/>', "its XML is not well formed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b'<Patient xmlns="http://hl7.org/fhir"><id value="&b;"/></Patient>',
            "entities or a DTD",
        ),
        (b'{"resourceType": "Patient", "id": "p",}', "its JSON is not valid (line 1, column 39"),
        (b'{"entry": []}', "not a FHIR resource"),
        (b"[1, 2, 3]", "not a FHIR resource"),
        (b'{"resourceType": "Bundle", "type": "collection", "entry": [null]}', "no usable"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
    ids=[
        "zero-bytes",
        "blank",
        "pdf",
        "zip",
        "binary",
        "bad-utf8",
        "html",
        "empty-xml-bundle",
        "other-xml",
        "cda",
        "broken-xml",
        "xml-entities",
        "trailing-comma",
        "no-resourcetype",
        "json-array",
        "only-null",
        "deep",
    ],
)
def test_each_bad_input_gets_its_own_reason(data: bytes, expected: str) -> None:
    with pytest.raises(ImportRejected) as caught:
        read_fhir_bytes("upload.json", data)
    message = str(caught.value)
    assert message.startswith("upload.json was not imported: ")
    assert expected in message
    assert caught.value.exit_code == 4


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2048 + b"{}")
    with pytest.raises(ImportRejected, match="larger than 0 MB"):
        read_file(path, max_bytes=1024)


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="could not be read"):
        read_file(tmp_path / "missing.json")


def test_real_surpass_export_without_resource_type_is_rejected() -> None:
    with pytest.raises(ImportRejected, match="not a FHIR resource"):
        read_file(FHIR / "surpass-no-resourcetype.json")


def test_real_eps_bundle_with_a_null_entry_keeps_the_rest() -> None:
    batch = read_file(FHIR / "eps-bundle-null-entry.json")
    assert batch.format == "fhir-json/bundle-document"
    assert len(batch.resources) == 38
    (problem,) = batch.problems
    assert problem.path == "$.entry[2]" and "null" in problem.reason.render()
    assert batch.resources[0]["resourceType"] == "Composition"


def test_single_resource_and_entries_without_ids() -> None:
    single = read_file(FHIR / "mcode-stage-group.json")
    assert single.format == "fhir-json/resource"
    assert single.resources[0]["id"] == "tnm-pathologic-stage-group-jenny-m"
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "fullUrl": "urn:uuid:9b2f1c9e-7d1a-4c3e-8f5e-0a1b2c3d4e5f",
                "resource": {"resourceType": "Condition"},
            },
            {"resource": {"resourceType": "Observation"}},
            {"fullUrl": "http://x/Observation/7", "resource": "not an object"},
            {"resource": {"id": "x"}},
        ],
    }
    batch = read_fhir_bytes("c.json", json.dumps(bundle).encode())
    assert [r["id"] for r in batch.resources] == [
        "9b2f1c9e-7d1a-4c3e-8f5e-0a1b2c3d4e5f",
        "entry-1",
    ]
    assert [p.path for p in batch.problems] == [
        "$.entry[1].resource",
        "$.entry[2]",
        "$.entry[3].resource",
    ]


def test_centre_comes_from_the_document_custodian() -> None:
    batch = read_file(FHIR / "ips-bundle-minimal.json")
    assert batch.source.centre_name is not None
    assert batch.source.origin == f"centre:{batch.source.centre_name.casefold()}"


def test_names_match_across_order_case_and_accents() -> None:
    assert same_name("Ioana Bălănescu", "BALANESCU Ioana Teodora")
    assert not same_name("Ioana Bălănescu", "Maria Bălănescu")
    profile = ("Eliane Rijneveld", "1969-02-25")
    same = [{"resourceType": "Patient", "name": [{"text": "Eliane Rijneveld"}]}]
    other = [{"resourceType": "Patient", "birthDate": "1972-05-01"}]
    assert mismatch(*profile, same) is None
    reason = mismatch(*profile, other)
    assert reason is not None and "born 1972-05-01" in reason.render()
    assert mismatch(None, None, other) is None


fhir_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["resourceType", "id", "entry", "resource", "fullUrl", "type", "x"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(fhir_values)
def test_any_json_gives_a_batch_or_the_documented_rejection(document: Any) -> None:
    try:
        batch = read_fhir_bytes("fuzz.json", json.dumps(document).encode())
    except ImportRejected:
        return
    assert batch.resources
    assert all(isinstance(r["id"], str) and r["id"] for r in batch.resources)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_batch_or_the_documented_rejection(data: bytes) -> None:
    with contextlib.suppress(ImportRejected):
        read_fhir_bytes("fuzz.json", data)


def test_rejected_import_leaves_the_vault_as_it_was(store: ProfileStore, tmp_path: Path) -> None:
    store.create("Mum", "correct horse battery")
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"resourceType": "Bundle", "entry": [null],}')
    with store.unlock("Mum", "correct horse battery") as opened:
        before = (opened.vault.counts(), opened.vault.sources(), opened.vault.audit_log())
        (report,) = import_files(opened.vault, [bad])
        assert report.status == "rejected"
        assert (opened.vault.counts(), opened.vault.sources(), opened.vault.audit_log()) == before


def test_ndjson_one_resource_per_line_with_a_bad_line_reported() -> None:
    lines = [
        json.dumps({"resourceType": "Patient", "id": "p1", "birthDate": "1974-06-17"}),
        json.dumps({"resourceType": "Observation", "id": "o1", "status": "final"}),
        '{"resourceType": "Observation", "id": "o2",',
        "",
        json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [
                    {
                        "fullUrl": "urn:uuid:c1",
                        "resource": {"resourceType": "Condition", "id": "c1"},
                    }
                ],
            }
        ),
        json.dumps({"no": "type"}),
    ]
    batch = read_fhir_bytes("export.ndjson", "\n".join(lines).encode())
    assert batch.format == "fhir-ndjson"
    assert [(r["resourceType"], r["id"]) for r in batch.resources] == [
        ("Patient", "p1"),
        ("Observation", "o1"),
        ("Condition", "c1"),
    ]
    assert batch.full_urls == [None, None, "urn:uuid:c1"]
    assert [(p.path, p.reason.render()) for p in batch.problems] == [
        ("line 3", "a line that is not valid JSON was skipped"),
        ("line 6", "a resource without a resourceType was skipped"),
    ]


def test_json_with_garbage_after_it_is_not_mistaken_for_ndjson() -> None:
    with pytest.raises(ImportRejected, match="its JSON is not valid"):
        read_fhir_bytes("x.json", b'{"resourceType": "Patient", "id": "p"} trailing words')


@pytest.mark.parametrize(
    ("name", "bundle_type"),
    [
        ("synthea/Whitney_Ortiz_b9bbc884-486e-4159-9bf3-c666ecb90df7.json", "transaction"),
        ("survivorship-passport/esempio_it.json", "searchset"),
        ("survivorship-passport/07_06_2022_transaction_test.json", "transaction"),
        ("smart-health-links/example-00-a-fhirBundle.json", "collection"),
        ("hl7-ips/Bundle-bundle-ips-all-sections.json", "document"),
    ],
)
def test_real_bundles_of_every_type_are_read(name: str, bundle_type: str) -> None:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is not available here")
    batch = read_file(path)
    assert batch.format == f"fhir-json/bundle-{bundle_type}"
    document = json.loads(path.read_bytes())
    usable = [e for e in document["entry"] if e and isinstance(e.get("resource"), dict)]
    assert len(batch.resources) == len(usable) > 0
    assert len(batch.full_urls) == len(batch.resources)


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from tests.conftest import FAST_KDF

    store = ProfileStore(tmp_path_factory.mktemp("fuzz") / "profiles", kdf=FAST_KDF)
    store.create("Fuzz", "correct horse battery")
    opened = store.unlock("Fuzz", "correct horse battery")
    yield opened.vault
    opened.close()


EPS_BYTES = (FHIR / "eps-bundle-null-entry.json").read_bytes()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_rejected_mutated_file_leaves_the_vault_as_it_was(
    shared_vault: Any, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    buffer = bytearray(EPS_BYTES)
    for _ in range(data.draw(st.integers(1, 3))):
        position = data.draw(st.integers(0, 1 << 20)) % len(buffer)
        buffer[position] = data.draw(st.sampled_from(b'{}[],:"\\0x'))
    path = tmp_path_factory.mktemp("mutant") / "mutant.json"
    path.write_bytes(bytes(buffer))
    before = (shared_vault.counts(), shared_vault.sources())
    report = import_one(shared_vault, path, accept_patient_mismatch=True)
    if report.status == "rejected":
        assert report.rejection is not None
        assert (shared_vault.counts(), shared_vault.sources()) == before
    else:
        assert report.status in ("imported", "unchanged")


def test_fhir_xml_is_read_into_the_same_shape_and_updates_the_json_twin(
    store: ProfileStore,
) -> None:
    xml = read_file(FHIR / "ips-bundle-01.xml")
    assert xml.format == "fhir-xml/bundle-document" and xml.problems == []
    assert len(xml.resources) == 20
    assert all(url and url.startswith("urn:uuid:") for url in xml.full_urls)
    store.create("Mum", "correct horse battery")
    with store.unlock("Mum", "correct horse battery") as opened:
        first = import_one(opened.vault, FHIR / "ips-bundle-01.xml")
        second = import_one(opened.vault, FHIR / "ips-bundle-01.json")
        again = import_one(opened.vault, FHIR / "ips-bundle-01.xml")
        # The same centre's later publication of the document: updated in place, nothing doubled.
        assert first.counts["added"] == 20 and second.counts["added"] == 0
        assert sum(opened.vault.counts().values()) == 20
        assert again.status == "imported" and again.counts["updated"] > 0
        patient = opened.vault.resources("Patient")[0]
        assert len(opened.vault.history(patient.row_id)) >= 1


SHL = "smart-health-links"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("IPS_IG-bundle-01-shl.txt", "it is a SMART Health Link (a link"),
        ("CARIN_INS_CD-bundle-01-shl.txt", "it is a SMART Health Link (a link"),
        ("IPS_IG-bundle-01-shl-details.json", "it is part of a SMART Health Link"),
        ("CARIN_INS_CD-bundle-01-shl-details.json", "it is part of a SMART Health Link"),
        ("shl-payload-1.json", "it is part of a SMART Health Link"),
        ("shl-payload-2.json", "it is part of a SMART Health Link"),
        ("shl-manifest-1.json", "it is part of a SMART Health Link"),
        ("IPS_IG-bundle-01-enc.txt", "it is encrypted"),
        ("CARIN_INS_CD-bundle-01-enc.txt", "it is a SMART Health Card"),  # a JWS, not a JWE
        ("example-00-d-jws.txt", "it is a SMART Health Card"),
        ("example-00-e-file.smart-health-card", "it is a SMART Health Card"),
        ("example-00-f-qr-code-numeric-value-0.txt", "it is a SMART Health Card"),
    ],
)
def test_smart_health_links_and_cards_are_named_for_what_they_are(name: str, expected: str) -> None:
    path = SHARED_DATA / SHL / name
    if not path.exists():
        pytest.skip(f"{path} is not available here")
    with pytest.raises(ImportRejected) as caught:
        read_file(path)
    assert expected in str(caught.value)


@pytest.mark.parametrize(
    ("name", "count", "bundle_type"),
    [("IPS_IG-bundle-01.json", 20, "document"), ("example-00-a-fhirBundle.json", 4, "collection")],
)
def test_the_fhir_bundles_beside_them_import(name: str, count: int, bundle_type: str) -> None:
    path = SHARED_DATA / SHL / name
    if not path.exists():
        pytest.skip(f"{path} is not available here")
    batch = read_file(path)
    assert batch.format == f"fhir-json/bundle-{bundle_type}" and len(batch.resources) == count
    patients = [r for r in batch.resources if r["resourceType"] == "Patient"]
    assert len(patients) == 1
