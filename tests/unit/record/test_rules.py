"""The explicit rules: which conditions are cancers, stage words, units, the conversion table,
doses per m², procedure kinds."""

from __future__ import annotations

import pytest

from ecan_desktop.record.agents import match_agent
from ecan_desktop.record.anthracyclines import CURRENT_TABLE, FEIJEN_2019, equivalent_total
from ecan_desktop.record.cancer_codes import icd10_behaviour, judge, morphology_behaviour
from ecan_desktop.record.codes import (
    ATC,
    ICD10,
    ICD10_CM,
    ICDO3,
    RXNORM,
    SNOMED,
    Code,
    Concept,
    coding,
)
from ecan_desktop.record.doses import per_m2
from ecan_desktop.record.labels import ALL_TABLES, DOSE_METHODS, label
from ecan_desktop.record.procedures import procedure_kind
from ecan_desktop.record.quantities import Quantity, in_gy, in_mg, in_mg_per_m2
from ecan_desktop.record.staging import stage_label, staging_system


def concept(*codes: tuple[str, str, str | None], text: str | None = None) -> Concept:
    return Concept(tuple(Code(s, c, d) for s, c, d in codes), text)


@pytest.mark.parametrize(
    ("code", "behaviour"),
    [
        ("C50.4", "malignant"),
        ("C00", "malignant"),
        ("C97", "malignant"),
        ("C78.0", "metastatic"),
        ("C79.51", "metastatic"),
        ("C7B.00", "metastatic"),
        ("D05.1", "in_situ"),
        ("D12.6", "benign"),
        ("D36.9", "benign"),
        ("D46.9", "uncertain"),
        ("D49.2", "unspecified"),
        ("E11.9", None),
        ("I10", None),
    ],
)
def test_icd10_neoplasm_blocks(code: str, behaviour: str | None) -> None:
    assert icd10_behaviour(code) == behaviour


def test_icd10_decides_before_words_and_benign_is_not_cancer() -> None:
    verdict = judge(concept((ICD10, "C50.4", None)), (), None)
    assert verdict is not None and (verdict.recognised_by, verdict.role) == ("icd10", "primary")
    secondary = judge(concept((ICD10_CM, "C78.01", None)), (), None)
    assert secondary is not None and secondary.role == "secondary"
    assert judge(concept((ICD10, "D12.6", "Benign neoplasm: Sigmoid colon")), (), None) is None


@pytest.mark.parametrize(
    ("code", "behaviour"),
    [
        ("8500/3", "malignant"),
        ("8500/2", "in_situ"),
        ("8000/6", "metastatic"),
        ("8140/0", "benign"),
    ],
)
def test_icdo3_behaviour_digit(code: str, behaviour: str) -> None:
    assert morphology_behaviour(code) == behaviour


def test_morphology_alone_makes_a_cancer() -> None:
    verdict = judge(None, (Code(ICDO3, "9835/3"),), None)
    assert verdict is not None and (verdict.recognised_by, verdict.behaviour) == (
        "icdo3",
        "malignant",
    )
    assert judge(None, (Code(ICDO3, "8140/0"),), None) is None


def test_snomed_list_and_keywords() -> None:
    listed = judge(concept((SNOMED, "363406005", "Malignant tumor of colon")), (), None)
    assert listed is not None and listed.recognised_by == "snomed"
    words = judge(concept(text="Invasives Mammakarzinom NST links"), (), None)
    assert words is not None and words.recognised_by == "keyword"
    triple = judge(concept(text="Triple-negative breast cancer"), (), None)
    assert triple is not None
    assert (
        judge(concept((SNOMED, "162573006", "Suspected lung cancer (situation)")), (), None) is None
    )
    assert judge(concept((SNOMED, "68496003", "Polyp of colon")), (), None) is None
    assert judge(concept(text="Family history of breast cancer"), (), None) is None


def test_profile_decides_primary_or_secondary() -> None:
    verdict = judge(None, (), "secondary")
    assert verdict is not None and (verdict.behaviour, verdict.role) == ("metastatic", "secondary")


def test_codes_without_a_system_are_recognised_by_shape() -> None:
    topography = coding({"code": "C71.9", "display": "Supraselar"})
    assert topography is not None and topography.system == ICDO3
    assert coding({"system": "http://hl7.org/fhir/sid/icd-o-3", "code": "9064/3"}) == Code(
        ICDO3, "9064/3"
    )


@pytest.mark.parametrize(
    ("value", "stage"),
    [
        (concept(("http://cancerstaging.org", "2B", "IIB")), "IIB"),
        (concept(("http://cancerstaging.org", "3C", None)), "IIIC"),
        (
            concept(
                (
                    SNOMED,
                    "1222769001",
                    "American Joint Committee on Cancer stage IIB (qualifier value)",
                )
            ),
            "IIB",
        ),
        (concept(("http://cancerstaging.org", "pT2", "pT2")), "pT2"),
        (concept((SNOMED, "x", "FIGO stage IIIC1")), "IIIC1"),
        (concept(text="SR"), "SR"),
    ],
)
def test_stage_label(value: Concept, stage: str) -> None:
    assert stage_label(value) == stage


def test_staging_system_and_edition_in_several_languages() -> None:
    ajcc8 = concept((SNOMED, "897275008", None))
    assert staging_system(ajcc8) == ("AJCC", "8")
    assert staging_system(concept(text="AJCC ediția a 8-a")) == ("AJCC", "8")
    assert staging_system(concept(text="UICC TNM, 8. Aufl.")) == ("UICC", "8")
    assert staging_system(concept(text="Ann Arbor")) == ("Ann Arbor", None)
    assert staging_system(
        concept((SNOMED, "x", "FIGO staging system of gynecological malignancy"))
    ) == (
        "FIGO",
        None,
    )


def test_units() -> None:
    assert in_gy(Quantity(6000, "cGy", "cGy")) == 60.0
    assert in_gy(Quantity(41.4, None, "Gy")) == 41.4
    assert in_gy(Quantity(50, "%")) is None
    assert in_mg(Quantity(1.5, "g", "g")) == 1500.0
    assert in_mg(Quantity(500, "ug", "ug")) == 0.5
    assert in_mg_per_m2(Quantity(60, "mg/m2", "mg/m2")) == 60.0
    assert in_mg_per_m2(Quantity(7500, None, "[iU]/m2")) is None


def test_dose_per_m2_rules() -> None:
    assert per_m2(Quantity(60, "mg/m2", "mg/m2"), None, None, None) == 60.0
    assert per_m2(None, 102.0, 1.7, None) == pytest.approx(60.0)
    assert per_m2(None, 138.0, 1.73, 80.0) == 80.0  # 80 x 1.73 = 138.4, rounded when given
    assert per_m2(None, 110.0, 1.73, 80.0) == pytest.approx(110 / 1.73)  # a reduced dose
    assert per_m2(None, 138.0, None, 80.0) is None


def test_the_cited_anthracycline_table() -> None:
    """Feijen et al., JAMA Oncol 2019;5(6):864-871, Table 3, mean equivalence ratios."""
    assert CURRENT_TABLE is FEIJEN_2019
    assert dict(FEIJEN_2019.factors) == {
        "doxorubicin": 1.0,
        "daunorubicin": 0.6,
        "epirubicin": 0.8,
        "mitoxantrone": 10.5,
    }
    assert "idarubicin" not in FEIJEN_2019.factors  # "NE", not estimable, in that table
    assert "10.1001/jamaoncol.2018.6634" in FEIJEN_2019.citation
    total = equivalent_total(
        "mg/m2",
        [("a:1", "doxorubicin", 100.0), ("a:2", "epirubicin", 100.0), ("a:3", "idarubicin", 10.0),
         ("a:4", "mitoxantrone", 10.0), ("a:5", "daunorubicin", None)],
    )  # fmt: skip
    assert total is not None
    assert total.total == 100 + 80 + 105
    assert total.not_converted == ("idarubicin", "daunorubicin") and not total.complete


def test_agents_by_atc_rxnorm_or_name() -> None:
    by_atc = match_agent(concept((ATC, "L01DB02", None)))
    assert by_atc is not None and by_atc.name == "daunorubicin" and by_atc.anticancer
    by_name = match_agent(
        concept((RXNORM, "1790099", "10 ML doxorubicin hydrochloride 2 MG/ML Injection"))
    )
    assert by_name is not None and by_name.name == "doxorubicin"
    liposomal = match_agent(concept(text="Pegylated liposomal doxorubicin"))
    assert liposomal is not None and liposomal.name == "doxorubicin (liposomal)"
    assert liposomal.agent is None  # no conversion factor applies to it
    unknown = match_agent(concept((ATC, "L01EX99", None)))
    assert unknown is not None and unknown.key == "atc:L01EX99" and unknown.anticancer
    simvastatin = match_agent(concept((RXNORM, "312961", "Simvastatin 20 MG Oral Tablet")))
    assert simvastatin is not None and not simvastatin.anticancer


@pytest.mark.parametrize(
    ("resource", "kind"),
    [
        ({"code": {"text": "Autologous haematopoietic stem cell transplant"}}, "transplant"),
        ({"code": {"coding": [{"system": SNOMED, "code": "234336002"}]}}, "transplant"),
        ({"category": {"coding": [{"system": SNOMED, "code": "387713003"}]}}, "surgery"),
        ({"code": {"text": "Partial resection of colon"}}, "surgery"),
        ({"code": {"text": "Biopsy of colon"}}, "procedure"),
        ({"category": {"coding": [{"system": SNOMED, "code": "708255002"}]}}, "protocol"),
    ],
)
def test_procedure_kinds(resource: dict[str, object], kind: str) -> None:
    assert procedure_kind(resource) == kind


def test_every_label_is_a_translatable_message() -> None:
    for table in ALL_TABLES:
        for code in table:
            message = label(table, code, count=3)
            assert message is not None and message.context == "Record"
    assert label(DOSE_METHODS, "summed_per_bsa", count=12) is not None
    assert label(DOSE_METHODS, "no such method") is None
