"""The demo profile's FHIR data tells one coherent, checkable story.

These tests read resources/demo/ directly (stdlib + pytest only, no ecan_desktop imports), so the
showcase data stays clinically consistent whatever the app's code does with it.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"

SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ATC = "http://www.whocc.no/atc"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
FHIR_ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
# FHIR dateTime with a time part must carry a zone
DATETIME_WITH_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$"
)

Json = dict[str, Any]


def _load(name: str) -> Json:
    data: Json = json.loads((DEMO / name).read_text(encoding="utf-8"))
    return data


MANIFEST = _load("manifest.json")
FILES = [s["file"] for s in MANIFEST["sources"]]
RO_FILE = next(s["file"] for s in MANIFEST["sources"] if s["centre_country"] == "RO")
AT_FILE = next(s["file"] for s in MANIFEST["sources"] if s["centre_country"] == "AT")


@pytest.fixture(scope="module")
def bundles() -> dict[str, Json]:
    return {name: _load(name) for name in FILES}


def resources(bundle: Json, rtype: str | None = None) -> list[Json]:
    out = [e["resource"] for e in bundle["entry"]]
    return [r for r in out if rtype is None or r["resourceType"] == rtype]


def by_url(bundle: Json) -> dict[str, Json]:
    return {e["fullUrl"]: e["resource"] for e in bundle["entry"]}


def has_code(concept: Json | None, system: str, code: str) -> bool:
    return any(
        c.get("system") == system and c.get("code") == code
        for c in (concept or {}).get("coding", [])
    )


def walk(node: Any, path: str = "$") -> Iterator[tuple[str, str, Any]]:
    """Yield (path, key, value) for every key in a JSON tree."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield path, k, v
            yield from walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")


def day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def moment(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


# --- the manifest and the shape of each bundle ---------------------------------------------


def test_manifest_lists_both_centres_romania_first() -> None:
    assert MANIFEST["format"] == 1
    assert MANIFEST["profile_label"] == "Demo"
    assert [s["centre_country"] for s in MANIFEST["sources"]] == ["RO", "AT"]
    for source in MANIFEST["sources"]:
        assert (DEMO / source["file"]).is_file()
        assert source["centre_name"]
        assert moment(source["imported_at"].replace("Z", "+00:00")).tzinfo is not None


@pytest.mark.parametrize("name", FILES)
def test_bundle_is_a_document_starting_with_a_composition(
    bundles: dict[str, Json], name: str
) -> None:
    bundle = bundles[name]
    assert bundle["resourceType"] == "Bundle"
    assert bundle["type"] == "document"
    assert bundle["identifier"]["value"]
    assert DATETIME_WITH_TIME.match(bundle["timestamp"])
    composition = bundle["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    assert has_code(composition["type"], LOINC, "60591-5")
    for section in composition["section"]:
        assert section["text"]["div"].startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
    section_codes = {
        c["code"] for s in composition["section"] for c in s.get("code", {}).get("coding", [])
    }
    assert {"11450-4", "10160-0", "48765-2", "47519-4", "30954-2"} <= section_codes


@pytest.mark.parametrize("name", FILES)
def test_composition_custodian_is_the_manifest_centre(bundles: dict[str, Json], name: str) -> None:
    bundle = bundles[name]
    source = next(s for s in MANIFEST["sources"] if s["file"] == name)
    composition = bundle["entry"][0]["resource"]
    custodian = by_url(bundle)[composition["custodian"]["reference"]]
    assert custodian["resourceType"] == "Organization"
    assert custodian["name"] == source["centre_name"]
    assert custodian["address"][0]["country"] == source["centre_country"]
    assert composition["language"] == {"RO": "ro", "AT": "de"}[source["centre_country"]]


@pytest.mark.parametrize("name", FILES)
def test_every_reference_resolves_inside_its_bundle(bundles: dict[str, Json], name: str) -> None:
    bundle = bundles[name]
    urls = by_url(bundle)
    assert all(url.startswith("urn:uuid:") for url in urls)
    assert len(urls) == len(bundle["entry"])
    # CarePlan.activity.reference is a Reference object: its inner "reference" string is checked
    refs = [(p, v) for p, k, v in walk(bundle) if k == "reference" and isinstance(v, str)]
    assert len(refs) > 100 if name == RO_FILE else len(refs) > 20
    unresolved = [(p, v) for p, v in refs if v not in urls]
    assert not unresolved


@pytest.mark.parametrize("name", FILES)
def test_resource_ids_are_unique_and_valid(bundles: dict[str, Json], name: str) -> None:
    ids = [r["id"] for r in resources(bundles[name])]
    assert len(ids) == len(set(ids))
    assert all(FHIR_ID.match(i) for i in ids)


@pytest.mark.parametrize("name", FILES)
def test_date_times_with_a_time_carry_a_timezone(bundles: dict[str, Json], name: str) -> None:
    for path, key, value in walk(bundles[name]):
        if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}T", value):
            assert DATETIME_WITH_TIME.match(value), f"{path}.{key} = {value}"


@pytest.mark.parametrize("name", FILES)
def test_inline_documents_decode_to_the_stated_size(bundles: dict[str, Json], name: str) -> None:
    docs = resources(bundles[name], "DocumentReference")
    assert docs
    for doc in docs:
        attachment = doc["content"][0]["attachment"]
        assert attachment["contentType"].startswith("text/plain")
        data = base64.b64decode(attachment["data"], validate=True)
        assert len(data) == attachment["size"]
        text = data.decode("utf-8").lower()
        assert any(word in text for word in ("synthetic", "sintetic", "synthetisch")), (
            "says it is synthetic"
        )


# --- the same patient and the same diagnosis at both centres --------------------------------


def test_both_centres_describe_the_same_patient(bundles: dict[str, Json]) -> None:
    patients = [resources(bundles[name], "Patient") for name in FILES]
    assert all(len(p) == 1 for p in patients)
    ro, at = patients[0][0], patients[1][0]
    assert ro["name"][0]["family"] == at["name"][0]["family"]
    assert ro["name"][0]["given"] == at["name"][0]["given"]
    assert ro["birthDate"] == at["birthDate"]
    assert ro["gender"] == at["gender"] == "female"
    assert ro["identifier"][0]["system"] != at["identifier"][0]["system"]
    # 52 years old on 2026-11-29, living in Romania
    born = dt.date.fromisoformat(ro["birthDate"])
    today = dt.date(2026, 11, 29)
    assert today.year - born.year - ((today.month, today.day) < (born.month, born.day)) == 52
    assert ro["address"][0]["country"] == "RO"


def test_both_centres_report_the_c50_4_diagnosis_with_the_same_onset(
    bundles: dict[str, Json],
) -> None:
    onsets = []
    for name in FILES:
        cancers = [
            c for c in resources(bundles[name], "Condition") if has_code(c["code"], ICD10, "C50.4")
        ]
        assert len(cancers) == 1, name
        cancer = cancers[0]
        onsets.append(cancer["onsetDateTime"])
        morphology = next(
            e
            for e in cancer["extension"]
            if e["url"] == MCODE + "mcode-histology-morphology-behavior"
        )
        assert has_code(
            morphology["valueCodeableConcept"],
            "http://terminology.hl7.org/CodeSystem/icd-o-3",
            "8500/3",
        )
        laterality = cancer["bodySite"][0]["extension"][0]
        assert has_code(laterality["valueCodeableConcept"], SCT, "7771000")  # left
    assert onsets[0] == onsets[1]
    assert onsets[0].startswith("2024-02")
    ro_id = next(c["id"] for c in resources(bundles[RO_FILE], "Condition"))
    at_id = next(c["id"] for c in resources(bundles[AT_FILE], "Condition"))
    assert ro_id != at_id


def test_pathologic_stage_is_pt2_pn1a_cm0_group_iib(bundles: dict[str, Json]) -> None:
    bundle = bundles[RO_FILE]
    urls = by_url(bundle)
    group = next(
        o for o in resources(bundle, "Observation") if has_code(o["code"], LOINC, "21902-2")
    )
    assert has_code(group["valueCodeableConcept"], "http://cancerstaging.org", "2B")
    assert has_code(group["method"], SCT, "897275008")  # AJCC 8th edition
    members = {
        urls[m["reference"]]["valueCodeableConcept"]["coding"][0]["code"]
        for m in group["hasMember"]
    }
    assert members == {"pT2", "pN1a", "cM0"}
    cancer = urls[group["focus"][0]["reference"]]
    assert has_code(cancer["code"], ICD10, "C50.4")
    assert urls[cancer["stage"][0]["assessment"][0]["reference"]] is group


def test_receptor_status_is_er_and_pr_positive_her2_negative_ki67_25(
    bundles: dict[str, Json],
) -> None:
    obs = resources(bundles[RO_FILE], "Observation")

    def find(code: str) -> Json:
        return next(o for o in obs if has_code(o["code"], LOINC, code))

    assert has_code(find("16112-5")["valueCodeableConcept"], LOINC, "LA6576-8")  # ER positive
    assert has_code(find("16113-3")["valueCodeableConcept"], LOINC, "LA6576-8")  # PR positive
    assert has_code(find("48676-1")["valueCodeableConcept"], LOINC, "LA6577-6")  # HER2 negative
    ki67 = find("85330-9")["valueQuantity"]
    assert (ki67["value"], ki67["code"]) == (25, "%")


# --- chemotherapy -----------------------------------------------------------------------------


def _bsa_history(bundle: Json) -> list[tuple[dt.datetime, float, Json]]:
    out = []
    for o in resources(bundle, "Observation"):
        if has_code(o["code"], LOINC, "8277-6"):
            assert o["valueQuantity"]["code"] == "m2"
            out.append((moment(o["effectiveDateTime"]), o["valueQuantity"]["value"], o))
    return sorted(out, key=lambda x: x[0])


def _administrations(bundle: Json, atc: str) -> list[Json]:
    admins = [
        a
        for a in resources(bundle, "MedicationAdministration")
        if has_code(a["medicationCodeableConcept"], ATC, atc)
    ]
    return sorted(admins, key=lambda a: a["effectiveDateTime"])


AGENTS = {
    "doxorubicin": ("L01DB01", 4, 60),
    "cyclophosphamide": ("L01AA01", 4, 600),
    "paclitaxel": ("L01CD01", 12, 80),
}


@pytest.mark.parametrize("agent", list(AGENTS))
def test_each_dose_is_mg_per_m2_times_the_recorded_body_surface_area(
    bundles: dict[str, Json], agent: str
) -> None:
    bundle = bundles[RO_FILE]
    urls = by_url(bundle)
    atc, count, per_m2 = AGENTS[agent]
    admins = _administrations(bundle, atc)
    assert len(admins) == count
    history = _bsa_history(bundle)
    assert history
    for admin in admins:
        assert admin["status"] == "completed"
        given = moment(admin["effectiveDateTime"])
        latest_before = [h for h in history if h[0] <= given][-1]
        bsa_obs = urls[admin["supportingInformation"][0]["reference"]]
        assert bsa_obs is latest_before[2], (
            "the BSA used must be the latest one measured before the dose"
        )
        request = urls[admin["request"]["reference"]]
        prescribed = request["dosageInstruction"][0]["doseAndRate"][0]["doseQuantity"]
        assert (prescribed["value"], prescribed["code"]) == (per_m2, "mg/m2")
        dose = admin["dosage"]["dose"]
        assert dose["code"] == "mg"
        assert abs(dose["value"] - per_m2 * latest_before[1]) <= 1.0
        assert any(
            e["url"] == MCODE + "mcode-normalization-basis"
            and has_code(e["valueCodeableConcept"], SCT, "301898006")
            for e in admin["extension"]
        )


def test_ac_cycles_are_21_days_apart_then_12_weekly_paclitaxel(bundles: dict[str, Json]) -> None:
    bundle = bundles[RO_FILE]
    doxo = [day(a["effectiveDateTime"]) for a in _administrations(bundle, "L01DB01")]
    cyclo = [day(a["effectiveDateTime"]) for a in _administrations(bundle, "L01AA01")]
    pacli = [day(a["effectiveDateTime"]) for a in _administrations(bundle, "L01CD01")]
    assert doxo == cyclo
    assert doxo[0].isoformat().startswith("2024-04")
    assert [(b - a).days for a, b in itertools.pairwise(doxo)] == [21, 21, 21]
    assert [(b - a).days for a, b in itertools.pairwise(pacli)] == [7] * 11
    assert (pacli[0] - doxo[-1]).days == 21


def test_cumulative_doxorubicin_is_240_mg_per_m2(bundles: dict[str, Json]) -> None:
    bundle = bundles[RO_FILE]
    urls = by_url(bundle)
    total = 0.0
    for admin in _administrations(bundle, "L01DB01"):
        bsa = urls[admin["supportingInformation"][0]["reference"]]["valueQuantity"]["value"]
        total += admin["dosage"]["dose"]["value"] / bsa
    assert round(total) == 240


def test_neutropenic_nadir_follows_an_ac_cycle(bundles: dict[str, Json]) -> None:
    bundle = bundles[RO_FILE]
    neutrophils = [
        o for o in resources(bundle, "Observation") if has_code(o["code"], LOINC, "751-8")
    ]
    low = [o for o in neutrophils if o["valueQuantity"]["value"] < 1.0]
    assert low
    assert all(o["valueQuantity"]["code"] == "10*9/L" for o in neutrophils)
    nadir = day(low[0]["effectiveDateTime"])
    ac_days = [day(a["effectiveDateTime"]) for a in _administrations(bundle, "L01DB01")]
    assert any(7 <= (nadir - d).days <= 14 for d in ac_days)
    assert low[0]["interpretation"][0]["coding"][0]["code"] == "L"


def test_results_are_many_with_units_and_reference_ranges(bundles: dict[str, Json]) -> None:
    per_bundle = {
        name: [
            o
            for o in resources(bundles[name], "Observation")
            if any(
                has_code(o["code"], LOINC, c)
                for c in ("751-8", "6690-2", "718-7", "777-3", "6875-9")
            )
        ]
        for name in FILES
    }
    assert sum(len(labs) for labs in per_bundle.values()) >= 40
    assert all(per_bundle.values()), "both centres report blood results"
    for labs in per_bundle.values():
        for o in labs:
            assert o["valueQuantity"]["system"] == "http://unitsofmeasure.org"
            assert o["referenceRange"]


def test_ca_15_3_is_followed_quarterly_for_over_two_years(bundles: dict[str, Json]) -> None:
    ca = [
        o
        for o in resources(bundles[RO_FILE], "Observation")
        if has_code(o["code"], LOINC, "6875-9")
    ]
    assert len(ca) >= 8
    dates = sorted(day(o["effectiveDateTime"]) for o in ca)
    assert (dates[-1] - dates[0]).days >= 730
    assert all(o["valueQuantity"]["code"] == "U/mL" for o in ca)
    assert max((b - a).days for a, b in itertools.pairwise(dates)) <= 100


# --- radiotherapy, medicines, allergy, device, plan ---------------------------------------------


def test_radiotherapy_is_50_gy_in_25_fractions_plus_10_gy_boost_in_5(
    bundles: dict[str, Json],
) -> None:
    courses = [
        p
        for p in resources(bundles[AT_FILE], "Procedure")
        if has_code(p["code"], SCT, "1217123003")
    ]
    assert len(courses) == 1
    course = courses[0]
    doses = []
    for ext in course["extension"]:
        if ext["url"] == MCODE + "mcode-radiotherapy-dose-delivered-to-volume":
            parts = {e["url"]: e for e in ext["extension"]}
            total = parts["totalDoseDelivered"]["valueQuantity"]
            assert total["code"] == "cGy"
            doses.append((total["value"] / 100, parts["fractionsDelivered"]["valueUnsignedInt"]))
    assert sorted(doses) == [(10, 5), (50, 25)]
    sessions = next(
        e["valueUnsignedInt"]
        for e in course["extension"]
        if e["url"] == MCODE + "mcode-radiotherapy-sessions"
    )
    assert sessions == 30
    start, end = day(course["performedPeriod"]["start"]), day(course["performedPeriod"]["end"])
    last_paclitaxel = day(_administrations(bundles[RO_FILE], "L01CD01")[-1]["effectiveDateTime"])
    assert last_paclitaxel < start < end
    assert start.isoformat().startswith("2024-09")


def test_tamoxifen_is_the_active_medicine(bundles: dict[str, Json]) -> None:
    statements = resources(bundles[RO_FILE], "MedicationStatement")
    tamoxifen = [s for s in statements if has_code(s["medicationCodeableConcept"], ATC, "L02BA01")]
    assert len(tamoxifen) == 1
    assert tamoxifen[0]["status"] == "active"
    assert tamoxifen[0]["effectivePeriod"]["start"].startswith("2024-11")
    assert tamoxifen[0]["dosage"][0]["doseAndRate"][0]["doseQuantity"]["value"] == 20


@pytest.mark.parametrize("name", FILES)
def test_penicillin_allergy_has_high_criticality(bundles: dict[str, Json], name: str) -> None:
    allergies = resources(bundles[name], "AllergyIntolerance")
    assert len(allergies) == 1
    allergy = allergies[0]
    assert has_code(allergy["code"], SCT, "764146007")
    assert allergy["criticality"] == "high"
    assert has_code(allergy["reaction"][0]["manifestation"][0], SCT, "39579001")  # anaphylaxis


def test_implanted_port_is_still_in_place(bundles: dict[str, Json]) -> None:
    bundle = bundles[RO_FILE]
    urls = by_url(bundle)
    uses = resources(bundle, "DeviceUseStatement")
    assert len(uses) == 1
    device = urls[uses[0]["device"]["reference"]]
    assert has_code(device["type"], SCT, "398013009")
    assert uses[0]["status"] == "active"
    assert "end" not in uses[0]["timingPeriod"]
    assert uses[0]["timingPeriod"]["start"].startswith("2024-04")


def test_follow_up_plan_is_active_with_a_future_mammography(bundles: dict[str, Json]) -> None:
    bundle = bundles[RO_FILE]
    plans = [p for p in resources(bundle, "CarePlan") if p["status"] == "active"]
    assert len(plans) == 1
    assert len(plans[0]["activity"]) >= 3
    appointment = resources(bundle, "Appointment")[0]
    assert appointment["status"] == "booked"
    assert day(appointment["start"]) > dt.date(2026, 11, 29)


def test_disease_status_says_no_evidence_of_disease_in_2026(bundles: dict[str, Json]) -> None:
    status = [
        o
        for o in resources(bundles[RO_FILE], "Observation")
        if has_code(o["code"], LOINC, "97509-4")
    ]
    assert any(
        o["effectiveDateTime"].startswith("2026")
        and has_code(o["valueCodeableConcept"], SCT, "260415000")
        for o in status
    )


def test_every_clinical_resource_is_dated_no_later_than_its_document(
    bundles: dict[str, Json],
) -> None:
    for name in FILES:
        bundle = bundles[name]
        issued = moment(bundle["timestamp"])
        for r in resources(bundle):
            for key in ("effectiveDateTime", "performedDateTime"):
                if key in r and "T" in r[key]:
                    assert moment(r[key]) <= issued, (name, r["id"])


def test_resource_counts_stay_rich_enough_for_every_screen(bundles: dict[str, Json]) -> None:
    ro = Counter(r["resourceType"] for r in resources(bundles[RO_FILE]))
    at = Counter(r["resourceType"] for r in resources(bundles[AT_FILE]))
    assert ro["MedicationAdministration"] == 20
    for rtype in (
        "Condition",
        "Procedure",
        "MedicationStatement",
        "AllergyIntolerance",
        "Device",
        "DeviceUseStatement",
        "CarePlan",
        "DocumentReference",
        "Appointment",
    ):
        assert ro[rtype] >= 1, rtype
    for rtype in (
        "Condition",
        "Procedure",
        "AllergyIntolerance",
        "DocumentReference",
        "BodyStructure",
    ):
        assert at[rtype] >= 1, rtype
