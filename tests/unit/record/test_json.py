"""`to_json()`: serialisable, and every key it writes is documented in record/JSON.md."""

from __future__ import annotations

import json
import re
from typing import Any

from ecan_desktop.record.build import build_record
from ecan_desktop.vault.profiles import OpenProfile
from tests.conftest import REPO
from tests.unit.record.conftest import FHIR, Loader

JSON_DOC = REPO / "ecan_desktop" / "record" / "JSON.md"


def documented_keys() -> set[str]:
    """Every name written in code spans of JSON.md (``key`` or ``{key, other}``)."""
    spans = re.findall(r"`([^`]+)`", JSON_DOC.read_text("utf-8"))
    return {word for span in spans for word in re.findall(r"[a-z_0-9]+", span)}


def top_level_keys() -> list[str]:
    text = JSON_DOC.read_text("utf-8").split("### Top level", 1)[1].split("###", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", text, re.MULTILINE)


def keys_in(value: Any, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            found.add(key)
            if key != "counts":  # keyed by FHIR resource type
                keys_in(inner, found)
    elif isinstance(value, list):
        for inner in value:
            keys_in(inner, found)
    return found


def test_demo_json_is_serialisable_with_the_documented_keys(demo: OpenProfile) -> None:
    data = build_record(demo.vault).to_json()
    assert json.loads(json.dumps(data)) == data
    assert list(data) == top_level_keys()
    undocumented = keys_in(data, set()) - documented_keys()
    assert undocumented == set()


def test_patient_and_counts_keep_their_meaning(demo: OpenProfile) -> None:
    data = build_record(demo.vault).to_json()
    assert data["patient"] == {
        "name": "Ioana Teodora Bălănescu",
        "birth_date": "1974-06-17",
        "gender": "female",
    }
    assert data["counts"] == demo.vault.counts()
    assert [s["id"] for s in data["sources"]] == [s.id for s in demo.vault.sources()]


def test_every_example_serialises_with_documented_keys(load: Loader) -> None:
    documented = documented_keys()
    names = (
        "mcode-radiotherapy-course-summary.json",
        "surpass-transaction-es.json",
        "eps-bundle-null-entry.json",
        "mcode-doxorubicin-administration.json",
    )
    for name in names:
        data = build_record(load(FHIR / name).vault).to_json()
        json.dumps(data)
        assert keys_in(data, set()) - documented == set(), name


def test_items_name_their_sources_by_id(demo: OpenProfile) -> None:
    data = build_record(demo.vault).to_json()
    source_ids = {s["id"] for s in data["sources"]}
    staging = data["staging"][0]
    assert set(staging["sources"]) <= source_ids and staging["id"].startswith("stage:")
    dose = data["treatments"]["systemic_therapy"]["agents"][0]["cumulative"][0]
    assert set(dose) == {
        "value",
        "unit",
        "method",
        "count",
        "complete",
        "status",
        "note",
        "row_ids",
    }
