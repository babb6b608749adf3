"""Survivorship Passport exports (hl7-eu/pcsp, CC-BY-SA-4.0): ATC-coded agents with stated
cumulative doses, radiotherapy, care plans and the passport as a base64 PDF."""

from __future__ import annotations

import pytest

from ecan_desktop.record.build import build_record
from ecan_desktop.record.documents import NoAttachment, attachment_bytes
from tests.unit.record.conftest import FHIR, Loader, assert_every_row_once, shared


def test_esempio_it_stated_cumulative_doses_care_plan_and_pdf(load: Loader) -> None:
    opened = load(shared("survivorship-passport", "esempio_it.json"))
    record = build_record(opened.vault)
    stated = {
        a.atc: (c.value, c.unit)
        for a in record.systemic.agents
        for c in a.cumulative
        if c.method == "stated"
    }
    assert stated == {
        "L01BA01": (21480.0, "mg/m2"),  # methotrexate
        "L01CA02": (12.0, "mg/m2"),  # vincristine
        "L01BC01": (1800.0, "mg/m2"),  # cytarabine
        "L01BB02": (28980.0, "mg/m2"),  # mercaptopurine
        "L01XX02": (7500.0, "[iU]/m2"),  # asparaginase
        "L01DB01": (120.0, "mg/m2"),  # doxorubicin
        "L01DB02": (120.0, "mg/m2"),  # daunorubicin
        "L01AA01": (3000.0, "mg/m2"),  # cyclophosphamide
        "L01BB03": (840.0, "mg/m2"),  # tioguanine
    }
    doxorubicin = next(a for a in record.systemic.agents if a.atc == "L01DB01")
    dose = doxorubicin.cumulative[0]
    assert (dose.status, dose.note, len(dose.row_ids)) == ("preliminary", "Intention to treat", 1)
    assert doxorubicin.period is not None and doxorubicin.period.start == "2017-10-10"
    (total,) = record.systemic.anthracycline_equivalents
    assert (total.unit, total.total) == ("mg/m2", 120.0 + 120.0 * 0.6)

    (diagnosis,) = record.diagnoses
    assert diagnosis.icdo3_morphology is not None and diagnosis.icdo3_morphology.code == "9835/3"
    assert diagnosis.icdo3_topography is not None and diagnosis.icdo3_topography.code == "C42.1"
    assert diagnosis.stages[0].stage == "SR"  # free text, kept as written

    (plan,) = record.care_plans
    assert len(plan.activities) == 47 and plan.diagnosis_ids == (diagnosis.id,)
    assert any(a.scheduled == "Prossimo controllo 2029" for a in plan.activities)
    assert record.protocols[0].protocols == (
        "https://it-fhir.survivorshippassport.org/fhir/PlanDefinition/155063",
    )

    passport = next(d for d in record.documents if d.kind == "document")
    assert [a.language for a in passport.attachments] == ["it", "es", "lt", "de", "be", "en"]
    assert passport.attachments[0].content_type == "application/pdf"
    stored = next(r for r in opened.vault.resources("DocumentReference"))
    content_type, data = attachment_bytes(stored, 0)
    assert content_type == "application/pdf" and data.startswith(b"%PDF")
    with pytest.raises(NoAttachment):
        attachment_bytes(stored, 6)
    # Cumulative-dose observations no administration points at cannot be given an agent.
    assert {o.resource_type for o in record.other_records} == {"Observation"}
    assert_every_row_once(record, opened)


def test_esempio_be_radiotherapy_stated_doxorubicin_and_passports(load: Loader) -> None:
    opened = load(shared("survivorship-passport", "esempio_be.json"))
    record = build_record(opened.vault)
    (course,) = record.radiotherapy
    (volume,) = course.volumes
    assert (volume.dose_gy, volume.fractions) == (41.4, 23)
    assert volume.description is not None and "liesstreek" in volume.description
    assert course.period is not None and course.period.start == "2019-04-23"
    assert len(course.row_ids) == 3  # the course, its part, the dose observation
    doxorubicin = next(a for a in record.systemic.agents if a.atc == "L01DB01")
    assert [(c.value, c.unit, c.method) for c in doxorubicin.cumulative] == [
        (270.0, "mg/m2", "stated")
    ]
    (diagnosis,) = record.diagnoses
    assert diagnosis.icdo3_morphology is not None and diagnosis.icdo3_morphology.code == "8920/3"
    assert diagnosis.laterality is not None and diagnosis.laterality.has(
        "http://snomed.info/sct", "7771000"
    )
    assert len([d for d in record.documents if d.attachments]) == 2
    assert len(record.surgery) == 2
    assert_every_row_once(record, opened)


def test_spanish_transaction_bundle(load: Loader) -> None:
    opened = load(FHIR / "surpass-transaction-es.json")
    record = build_record(opened.vault)
    doses = {a.agent: a.cumulative[0].value for a in record.systemic.agents}
    assert doses == {"ifosfamide": 27220.58, "etoposide": 777.73, "cisplatin": 345.12}
    (diagnosis,) = record.diagnoses
    assert diagnosis.icdo3_morphology is not None and diagnosis.icdo3_morphology.code == "9064/3"
    assert diagnosis.icdo3_topography is not None and diagnosis.icdo3_topography.code == "C71.9"
    assert_every_row_once(record, opened)
