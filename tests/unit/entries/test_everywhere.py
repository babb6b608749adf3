"""The patient's entries everywhere else: in the record (medicines among the medicines, with the
patient's source; symptoms and notes never among the results or documents), in the exported IPS
(still tagged, in a section of their own, the document valid) and in the printed summary, where
a medicine only the patient reported says so."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.entries.resources import MedicationInput, NoteInput, SymptomInput
from ecan_desktop.entries.save import save_entry
from ecan_desktop.importers.report import import_one
from ecan_desktop.record.build import build_record
from ecan_desktop.record.patient_entries import is_patient_reported, only_patient_reported
from ecan_desktop.summary.data import SummaryData, read_summary_data
from ecan_desktop.summary.ips import build_ips, ips_bytes
from ecan_desktop.summary.ips_checks import check_ips
from ecan_desktop.summary.render import PdfOptions, render_pdf
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from tests.conftest import FAST_KDF
from tests.unit.record.conftest import assert_every_row_once
from tests.unit.record.test_json import documented_keys, keys_in

GENERATED_AT = datetime(2026, 11, 29, 10, 0, tzinfo=timezone(timedelta(hours=1)))
TODAY = GENERATED_AT.date()
NOW = GENERATED_AT.astimezone(UTC)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> ProfileStore:
    return ProfileStore(tmp_path_factory.mktemp("entries") / "profiles", kdf=FAST_KDF)


@pytest.fixture(scope="module")
def with_entries(demo_store: ProfileStore) -> Iterator[OpenProfile]:
    created = create_demo_profile(demo_store)
    with demo_store.unlock(created.info.id, DEMO_PASSPHRASE) as opened:
        vault = opened.vault
        entries = (
            MedicationInput("Ibuprofen 400 mg", date(2026, 11, 1), dosage="when needed"),
            SymptomInput("nausea", "Feeling sick (nausea)", 2, date(2026, 11, 20)),
            SymptomInput("fatigue", "Tiredness (fatigue)", 1, date(2026, 11, 22)),
            NoteInput("Ask whether the port can come out.", date(2026, 11, 25)),
        )
        for entry in entries:
            save_entry(vault, entry, language="en", now=NOW, today=TODAY)
        yield opened


@pytest.fixture(scope="module")
def data(with_entries: OpenProfile) -> SummaryData:
    return read_summary_data(with_entries.vault, generated_at=GENERATED_AT)


def test_the_record_lists_the_entries_and_keeps_them_apart(with_entries: OpenProfile) -> None:
    record = build_record(with_entries.vault, today=TODAY)
    assert_every_row_once(record, with_entries)
    kinds = [(e.kind, e.title, e.date, e.grade) for e in record.patient_entries]
    assert kinds == [
        ("note", None, "2026-11-25", None),
        ("symptom", "Tiredness (fatigue)", "2026-11-22", 1),
        ("symptom", "Feeling sick (nausea)", "2026-11-20", 2),
        ("medication", "Ibuprofen 400 mg", "2026-11-01", None),
    ]
    assert all(
        e.editable and [s.kind for s in e.sources] == ["patient"] for e in record.patient_entries
    )
    ibuprofen = next(m for m in record.medications if m.name == "Ibuprofen 400 mg")
    assert [s.kind for s in ibuprofen.sources] == ["patient"]
    assert ibuprofen.id in {i.id for i in record.current_medications()}
    assert ibuprofen.dosage == "when needed"
    results = {s.name for s in record.results}
    assert not {"Feeling sick (nausea)", "Tiredness (fatigue)"} & results
    assert not [d for d in record.documents if any(s.kind == "patient" for s in d.sources)]
    as_json = record.to_json()["patient_entries"]
    assert as_json[1]["code"]["codes"][0]["code"] == "84229001"
    assert keys_in(as_json, set()) - documented_keys() == set()  # record/JSON.md has them all


def test_the_ips_carries_them_marked_in_a_section_of_their_own(data: SummaryData) -> None:
    bundle = build_ips(data)
    assert check_ips(bundle) == []
    models = pytest.importorskip("fhir.resources.R4B.bundle")
    models.Bundle.model_validate(json.loads(ips_bytes(bundle)))
    resources = [e["resource"] for e in bundle["entry"]]
    reported = [r for r in resources if is_patient_reported(r)]
    assert sorted(r["resourceType"] for r in reported) == [
        "DocumentReference",
        "MedicationStatement",
        "Observation",
        "Observation",
    ]
    subject = next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    statement = next(r for r in reported if r["resourceType"] == "MedicationStatement")
    assert statement["informationSource"] == {"reference": subject}
    sections = {s["title"]: s for s in resources[0]["section"]}
    own = sections["Reported by the patient"]
    assert len(own["entry"]) == 3
    assert "Feeling sick (nausea): 2" in own["text"]["div"]
    medicines = sections["Medication summary"]["text"]["div"]
    assert "Ibuprofen 400 mg" in medicines and "active · reported by the patient" in medicines
    results = sections["Results"]
    urls = {e["reference"] for e in results.get("entry", [])}
    observations = {e["fullUrl"] for e in bundle["entry"] if is_patient_reported(e["resource"])}
    assert not urls & observations


def test_the_printed_summary_says_who_reported_a_medicine(data: SummaryData) -> None:
    rendered = render_pdf(data, PdfOptions(("en",), "a4", True))
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(rendered.pdf)).pages]
    assert "Ibuprofen 400 mg [en] when needed [en] 2026-11-01 reported by the patient" in pages[0]
    assert (
        "Tamoxifen 20 mg comprimate [ro] 20 mg oral, o dată pe zi [ro] 2024-11-18 cancer "
        "treatment Ibuprofen" in pages[0]
    )  # the centre's medicine has no such mark
    assert any("Entered by the patient" in p for p in pages)  # the sources list names them
    assert "Feeling sick" not in " ".join(pages)  # symptoms are not clinical results
    assert rendered.emergency_json is not None
    medicines = json.loads(rendered.emergency_json)["medications"]
    ibuprofen = next(m for m in medicines if m["name"] == "Ibuprofen 400 mg")
    assert ibuprofen["patient_reported"] is True
    assert not any(m.get("patient_reported") for m in medicines if m is not ibuprofen)


def test_after_a_round_trip_through_an_ips_they_are_still_the_patients(
    data: SummaryData, demo_store: ProfileStore, tmp_path: Path
) -> None:
    path = tmp_path / "ips.json"
    path.write_bytes(ips_bytes(build_ips(data)))
    demo_store.create("Copy", "correct horse battery")
    with demo_store.unlock("Copy", "correct horse battery") as opened:
        assert import_one(opened.vault, path, accept_patient_mismatch=True).status == "imported"
        copy = read_summary_data(opened.vault, generated_at=GENERATED_AT)
    entries = copy.record.patient_entries
    assert [e.kind for e in entries] == ["note", "symptom", "symptom", "medication"]
    # they came with a file: shown, but changed or deleted only by undoing that import
    assert not any(e.editable for e in entries)
    ibuprofen = next(m for m in copy.record.medications if m.name == "Ibuprofen 400 mg")
    assert only_patient_reported(copy.resource(r) for r in ibuprofen.row_ids)
