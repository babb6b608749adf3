"""The demo profile (resources/demo): the facts its README states, read back from the record."""

from __future__ import annotations

import pytest

from ecan_desktop.record.build import build_record
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.vault.profiles import OpenProfile
from tests.unit.record.conftest import assert_every_row_once


@pytest.fixture
def record(demo: OpenProfile) -> PatientRecord:
    return build_record(demo.vault)


def test_patient_and_sources(record: PatientRecord) -> None:
    assert record.patient.summary.name == "Ioana Teodora Bălănescu"
    assert record.patient.summary.birth_date == "1974-06-17"
    assert len(record.patient.row_ids) == 2
    assert [(s.centre_name, s.centre_country) for s in record.sources] == [
        ("Institutul Oncologic Someș, Cluj-Napoca", "RO"),
        ("Onkologiezentrum Wienerwald, Wien", "AT"),
    ]


def test_breast_cancer_diagnosis(record: PatientRecord) -> None:
    cluj = next(d for d in record.diagnoses if d.sources[0].centre_country == "RO")
    assert cluj.icd10 is not None and cluj.icd10.code == "C50.4"
    assert cluj.snomed is not None and cluj.snomed.code == "408643008"
    assert cluj.icdo3_morphology is not None and cluj.icdo3_morphology.code == "8500/3"
    assert cluj.icdo3_topography is not None and cluj.icdo3_topography.code == "C50.4"
    assert cluj.laterality is not None and cluj.laterality.label == "Left (qualifier value)"
    assert cluj.onset == "2024-02-14"
    assert (cluj.role, cluj.behaviour, cluj.recognised_by) == ("primary", "malignant", "profile")
    assert cluj.stages[0].stage == "IIB"
    assert cluj.stages[0].assessment_ids == (record.staging[0].id,)


def test_both_centres_report_the_diagnosis_and_a_link_makes_it_one_item(demo: OpenProfile) -> None:
    before = build_record(demo.vault)
    assert len(before.diagnoses) == 2
    first, second = (d.row_ids[0] for d in before.diagnoses)
    demo.vault.link(first, second, made_by="user")
    after = build_record(demo.vault)
    assert len(after.diagnoses) == 1
    diagnosis = after.diagnoses[0]
    assert diagnosis.row_ids == (first, second)
    assert [s.centre_country for s in diagnosis.sources] == ["RO", "AT"]
    assert diagnosis.icd10 is not None and diagnosis.icd10.code == "C50.4"
    assert_every_row_once(after, demo)
    events = [e for e in after.timeline if e.kind == "diagnosis"]
    assert len(events) == 1 and len(events[0].sources) == 2


def test_stage_iib_ajcc_8th_with_its_tnm_categories(record: PatientRecord) -> None:
    (stage,) = record.staging
    assert (stage.kind, stage.type, stage.stage) == ("group", "pathologic", "IIB")
    assert (stage.system, stage.edition) == ("AJCC", "8")
    assert [(c.kind, c.label) for c in stage.categories] == [
        ("t", "pT2"),
        ("n", "pN1a"),
        ("m", "cM0"),
    ]
    assert len(stage.row_ids) == 4  # the group takes its three category observations
    assert stage.diagnosis_ids == (record.diagnoses[0].id,)


def test_receptors_her2_and_ki67(record: PatientRecord) -> None:
    markers = {m.name: m for m in record.tumour_markers}
    assert markers["ER"].interpretation == "positive"
    assert markers["PR"].interpretation == "positive"
    assert markers["HER2"].interpretation == "negative"
    ki67 = markers["Ki-67"].value.quantity
    assert ki67 is not None and (ki67.value, ki67.unit) == (25.0, "%")


def test_ecog_and_disease_status(record: PatientRecord) -> None:
    assert sorted(p.score for p in record.performance_status) == [0, 0, 0, 0, 1]
    assert {p.scale for p in record.performance_status} == {"ecog"}
    latest = max(record.disease_status, key=lambda s: s.date or "")
    assert latest.date is not None and latest.date.startswith("2026-11-17")
    assert latest.status is not None and latest.status.has("http://snomed.info/sct", "260415000")


def test_chemotherapy_cumulative_doses(record: PatientRecord) -> None:
    agents = {a.agent: a for a in record.systemic.agents}
    doses = {
        name: {(c.unit, c.method): c.value for c in agents[name].cumulative}
        for name in ("doxorubicin", "cyclophosphamide", "paclitaxel")
    }
    assert doses["doxorubicin"] == {("mg", "summed"): 408.0, ("mg/m2", "summed_per_bsa"): 240.0}
    assert doses["cyclophosphamide"][("mg/m2", "summed_per_bsa")] == 2400.0
    assert doses["paclitaxel"][("mg/m2", "summed_per_bsa")] == 960.0
    assert doses["paclitaxel"][("mg", "summed")] == 12 * 138.0
    doxorubicin = agents["doxorubicin"]
    assert doxorubicin.atc == "L01DB01" and doxorubicin.anthracycline
    assert len(doxorubicin.administrations) == 4
    assert doxorubicin.administrations[0].bsa_m2 == 1.7
    assert doxorubicin.cycles is not None
    assert (doxorubicin.cycles.planned, doxorubicin.cycles.every_days) == (4, 21.0)
    assert doxorubicin.cycles.given == 4
    summed = doxorubicin.cumulative[0]
    assert summed.count == 4 and summed.complete
    label = summed.method_label
    assert label is not None and label.render() == "summed from 4 administrations"


def test_doxorubicin_equivalent_total_names_its_table(record: PatientRecord) -> None:
    per_m2, per_mg = record.systemic.anthracycline_equivalents
    assert (per_m2.unit, per_m2.total, per_m2.complete) == ("mg/m2", 240.0, True)
    assert (per_mg.unit, per_mg.total) == ("mg", 408.0)
    assert "Feijen" in per_m2.citation and "2019" in per_m2.table_version


def test_lines_of_treatment_and_current_tamoxifen(record: PatientRecord) -> None:
    first, second = record.systemic.lines
    assert first.agents == ("doxorubicin", "cyclophosphamide", "paclitaxel")
    assert second.agents == ("tamoxifen",)
    tamoxifen = next(a for a in record.systemic.agents if a.agent == "tamoxifen")
    assert tamoxifen.current and tamoxifen.status == "active" and tamoxifen.line == 2
    assert tamoxifen.atc == "L02BA01"
    assert [i.id for i in record.current_medications()] == [tamoxifen.id]


def test_radiotherapy_50_gy_in_25_fractions_and_a_10_gy_boost(record: PatientRecord) -> None:
    (course,) = record.radiotherapy
    assert [(v.dose_gy, v.fractions, v.boost) for v in course.volumes] == [
        (50.0, 25, False),
        (10.0, 5, True),
    ]
    assert course.volumes[0].description == "Brust links (gesamte Brust), PTV 50 Gy"
    assert course.sessions == 30 and course.total_dose_gy == 60.0
    assert course.period is not None and course.period.start is not None
    assert course.period.start.startswith("2024-09-23")
    assert course.sources[0].centre_country == "AT"
    assert len(course.row_ids) == 3  # the course and its two treated volumes


def test_surgery_port_and_penicillin_allergy(record: PatientRecord) -> None:
    assert [s.code.label for s in record.surgery if s.code] == [
        "Lumpectomie (chirurgie conservatoare) sân stâng",
        "Biopsie de ganglion santinelă axilar stâng",
    ]
    (port,) = record.devices
    assert port.is_port and len(port.row_ids) == 2  # the Device and its use statement
    allergies = [a for a in record.allergies if a.sources[0].centre_country == "RO"]
    assert allergies[0].criticality == "high"
    assert allergies[0].reactions[0].manifestations[0].label == "Anaphylaxis (disorder)"
    assert allergies[0].reactions[0].severity == "severe"


def test_neutrophils_series_with_the_nadir_and_its_reference_range(record: PatientRecord) -> None:
    series = next(s for s in record.results if s.key == "http://loinc.org|751-8")
    values = [p.value.number for p in series.points]
    assert min(v for v in values if v is not None) == 0.6
    dates = [p.date or "" for p in series.points]
    assert dates == sorted(dates, key=lambda d: d[:10])
    assert series.unit == "10*9/L"
    assert series.reference_range is not None
    low, high = series.reference_range.low, series.reference_range.high
    assert low is not None and high is not None and (low.value, high.value) == (2.0, 7.0)
    assert {s.centre_country for p in series.points for s in p.sources} == {"RO", "AT"}


def test_ca_15_3_series(record: PatientRecord) -> None:
    series = next(s for s in record.results if s.key == "http://loinc.org|6875-9")
    assert series.tumour_marker and len(series.points) >= 8
    assert series.reference_range is not None and series.reference_range.text == "< 30 U/mL"
    high = series.reference_range.high
    assert high is not None and high.value == 30.0 and series.reference_range.low is None


def test_follow_up_and_documents(record: PatientRecord) -> None:
    appointment = next(f for f in record.follow_up if f.kind == "appointment")
    request = next(f for f in record.follow_up if f.kind == "service_request")
    assert appointment.date is not None and appointment.date.startswith("2027-05-10")
    assert appointment.based_on_ids == (request.id,)
    plan = next(p for p in record.care_plans if p.title and p.title.startswith("Plan de urm"))
    assert any(a.every == 6 and a.every_unit == "mo" for a in plan.activities)
    chemo = next(p for p in record.care_plans if p.title and p.title.startswith("AC"))
    agent_ids = {a.id for a in record.systemic.agents}
    assert {a.item_id for a in chemo.activities} <= agent_ids
    letters = [d for d in record.documents if d.kind == "document"]
    assert letters and all(d.attachments[0].content_type for d in letters)


def test_timeline_is_dated_sorted_and_sourced(record: PatientRecord) -> None:
    kinds = {e.kind for e in record.timeline}
    assert {"diagnosis", "stage", "surgery", "medicine", "radiation", "follow_up"} <= kinds
    days = [e.date[:10] for e in record.timeline]
    assert days == sorted(days)
    assert all(e.sources for e in record.timeline)
    assert record.timeline[-1].date.startswith("2027-05-10")


def test_every_row_is_in_exactly_one_item(record: PatientRecord, demo: OpenProfile) -> None:
    assert_every_row_once(record, demo)
    assert record.other_records == ()


def test_status_and_performance_are_in_date_order_across_centres(record: PatientRecord) -> None:
    ecog = [item.date[:10] for item in record.performance_status if item.date]
    assert len(ecog) == 5 and ecog == sorted(ecog)
    status = [item.date[:10] for item in record.disease_status if item.date]
    assert status == sorted(status)
