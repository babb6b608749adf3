"""Synthea patients (smart-on-fhir/generated-sample-data, Apache-2.0): transaction bundles with
US codes, claims and hundreds of resources."""

from __future__ import annotations

from ecan_desktop.record.build import build_record
from tests.unit.record.conftest import Loader, assert_every_row_once, synthea

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
SNOMED = "http://snomed.info/sct"


def test_whitney_ortiz_colon_cancer_oxaliplatin_leucovorin_and_colectomy(load: Loader) -> None:
    opened = load(synthea("Whitney_Ortiz"))
    record = build_record(opened.vault)
    (colon,) = record.diagnoses
    assert colon.snomed is not None and colon.snomed.code == "363406005"
    assert colon.title == "Malignant tumor of colon" and colon.recognised_by == "snomed"
    agents = {a.agent: a for a in record.systemic.agents}
    assert set(agents) == {"oxaliplatin", "calcium folinate"}
    leucovorin = agents["calcium folinate"].medication
    assert leucovorin is not None and leucovorin.has(RXNORM, "1803932")  # Leucovorin 100 MG
    assert agents["oxaliplatin"].diagnosis_ids == (colon.id,)
    assert agents["oxaliplatin"].atc == "L01XA03"
    colectomy = [s for s in record.surgery if s.code and s.code.has(SNOMED, "43075005")]
    assert [s.title for s in colectomy] == ["Partial resection of colon"]
    (chemoradiation,) = record.radiotherapy
    assert chemoradiation.sessions == 6
    assert not any(d.code and d.code.has(SNOMED, "68496003") for d in record.diagnoses)  # polyp
    assert_every_row_once(record, opened)
    assert {o.resource_type for o in record.other_records} == {"Claim", "ExplanationOfBenefit"}


def test_sherman_mcglynn_small_cell_lung_and_prostate_cancer(load: Loader) -> None:
    # How fast this builds is measured by make bench (tests/bench/import_bench.py), not here.
    opened = load(synthea("Sherman_McGlynn"))
    assert len(opened.vault.resources()) == 716
    record = build_record(opened.vault)
    titles = {d.title for d in record.diagnoses}
    assert "Small cell carcinoma of lung (disorder)" in titles
    assert "Carcinoma in situ of prostate (disorder)" in titles
    assert {a.agent for a in record.systemic.agents} >= {"etoposide", "cisplatin"}
    assert any(s.title == "Prostatectomy" for s in record.surgery)
    assert_every_row_once(record, opened)


def test_austin_franecki_non_small_cell_lung_cancer_stage_1_cisplatin_paclitaxel(
    load: Loader,
) -> None:
    opened = load(synthea("Austin_Franecki"))
    record = build_record(opened.vault)
    codes = {d.snomed.code for d in record.diagnoses if d.snomed}
    assert codes == {"254637007", "424132000"}  # NSCLC; NSCLC TNM stage 1
    agents = {a.agent: a.atc for a in record.systemic.agents}
    assert agents == {"cisplatin": "L01XA01", "paclitaxel": "L01CD01"}
    assert_every_row_once(record, opened)


def test_darin_skiles_colon_cancer(load: Loader) -> None:
    opened = load(synthea("Darin_Skiles"))
    record = build_record(opened.vault)
    (colon,) = record.diagnoses
    assert colon.snomed is not None and colon.snomed.code == "93761005"
    assert colon.onset is not None and colon.onset.startswith("2017-02-02")
    assert_every_row_once(record, opened)
