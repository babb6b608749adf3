"""mCODE STU4 examples (HL7, CC0): one resource each, the facts they state."""

from __future__ import annotations

from ecan_desktop.record.build import build_record
from tests.unit.record.conftest import FHIR, Loader, assert_every_row_once


def test_stage_group_iib_ajcc_8th(load: Loader) -> None:
    opened = load(FHIR / "mcode-stage-group.json")
    (stage,) = build_record(opened.vault).staging
    assert (stage.kind, stage.stage, stage.system, stage.edition) == ("group", "IIB", "AJCC", "8")
    assert stage.type == "pathologic"
    assert stage.date == "2018-04-05"
    assert stage.categories == ()  # its T, N and M observations are not in the file


def test_radiotherapy_60_gy_chest_wall_and_50_gy_regional_nodes(load: Loader) -> None:
    opened = load(FHIR / "mcode-radiotherapy-course-summary.json")
    record = build_record(opened.vault)
    (course,) = record.radiotherapy
    chest_wall, nodes = course.volumes
    assert (chest_wall.dose_gy, chest_wall.fractions, chest_wall.boost) == (60.0, 30, False)
    assert chest_wall.dose is not None and (chest_wall.dose.value, chest_wall.dose.code) == (
        6000.0,
        "cGy",
    )
    assert chest_wall.volume_reference == "BodyStructure/jenny-m-chest-wall-treatment-volume"
    assert (nodes.dose_gy, nodes.fractions) == (50.0, 25)
    assert nodes.volume_reference == "BodyStructure/jenny-m-chest-wall-lymph-nodes-treatment-volume"
    assert course.sessions == 31
    assert [s.label for s in course.body_sites] == ["Chest Wall Structure (body structure)"]
    assert [m.label for m in course.modalities] == [
        "External beam radiation therapy using photons (procedure)",
        "Teleradiotherapy using electrons",
    ]
    assert course.period is not None and (course.period.start, course.period.end) == (
        "2018-08-15",
        "2018-10-25",
    )
    assert_every_row_once(record, opened)


def test_her2_marker(load: Loader) -> None:
    opened = load(FHIR / "mcode-tumor-marker-her2.json")
    (marker,) = build_record(opened.vault).tumour_markers
    assert (marker.name, marker.interpretation, marker.date) == ("HER2", "negative", "2018-03-10")


def test_doxorubicin_administration_with_its_normalisation_basis(load: Loader) -> None:
    opened = load(FHIR / "mcode-doxorubicin-administration.json")
    record = build_record(opened.vault)
    (agent,) = record.systemic.agents
    assert agent.agent == "doxorubicin" and agent.anthracycline
    (given,) = agent.administrations
    assert given.dose_mg == 105.96 and given.date == "2018-04-22"
    assert given.normalisation_basis is not None
    assert given.normalisation_basis.has("http://snomed.info/sct", "363804004")  # body weight
    assert given.dose_per_m2 is None  # the basis is body weight, and no weight is given
    assert [(c.value, c.unit, c.method, c.count) for c in agent.cumulative] == [
        (105.96, "mg", "summed", 1)
    ]
    (total,) = record.systemic.anthracycline_equivalents
    assert (total.unit, total.total) == ("mg", 105.96)


def test_paediatric_all_primary_cancer_condition(load: Loader) -> None:
    opened = load(FHIR / "mcode-primary-cancer-condition.json")
    (diagnosis,) = build_record(opened.vault).diagnoses
    assert diagnosis.snomed is not None and diagnosis.snomed.code == "277571004"
    assert diagnosis.title == "B-cell acute lymphoblastic leukemia (disorder)"
    assert (diagnosis.role, diagnosis.recognised_by, diagnosis.onset) == (
        "primary",
        "profile",
        "2024-01-01",
    )
    assert diagnosis.clinical_status == "active"
