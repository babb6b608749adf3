"""The emergency data set of the QR code: documented keys, at most 2 200 bytes, shortened in the
documented order when a record is large."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.emergency import MAX_BYTES, emergency_data, emergency_json, encode, fit
from ecan_desktop.summary.select import select
from tests.conftest import REPO
from tests.unit.summary.conftest import IMPORTABLE

QR_MD = REPO / "ecan_desktop" / "summary" / "QR.md"


def documented_keys() -> set[str]:
    return set(re.findall(r"^\| `([a-z_0-9]+)` \|", QR_MD.read_text("utf-8"), re.MULTILINE))


def all_keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in all_keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in all_keys(v)}
    return set()


def test_every_key_is_documented(demo_data: SummaryData) -> None:
    data = emergency_data(select(demo_data))
    assert all_keys(data) <= documented_keys()
    assert documented_keys() >= {"ecan", "v", "patient", "allergies", "medications", "cancer"}


def test_the_demo_data_set(demo_data: SummaryData) -> None:
    text = emergency_json(select(demo_data))
    assert len(text.encode("utf-8")) <= MAX_BYTES
    data = json.loads(text)
    assert data["ecan"] == "ecan-emergency" and data["v"] == 1
    assert data["patient"] == {
        "name": "Ioana Teodora Bălănescu",
        "born": "1974-06-17",
        "sex": "female",
    }
    assert data["allergies"] == [
        {
            "substance": "penicillin",
            "code": "SCT:764146007",
            "criticality": "high",
            "reaction": ["anaphylaxis"],
            "status": "active",
        }
    ]
    assert data["medications"][0]["atc"] == "L02BA01" and data["medications"][0]["lang"] == "ro"
    assert data["centre"]["name"] == "Institutul Oncologic Someș, Cluj-Napoca"
    assert "contact" not in data  # the demo names no emergency contact


def test_a_large_data_set_is_shortened_to_fit(demo_data: SummaryData) -> None:
    data = emergency_data(select(demo_data))
    medicine = data["medications"][0]
    data["medications"] = [
        {**medicine, "name": f"medicine {i}", "dose": "δύο φορές την ημέρα " * 20}
        for i in range(60)
    ]
    shortened = fit(data)
    assert len(encode(shortened)) <= MAX_BYTES
    assert shortened["allergies"] == data["allergies"]  # allergies come first and stay
    assert shortened.get("truncated") is True or len(shortened["medications"]) == 60


@pytest.mark.parametrize("name", IMPORTABLE)
def test_every_shared_file_fits(shared_data: Callable[[str], SummaryData], name: str) -> None:
    text = emergency_json(select(shared_data(name)))
    assert len(text.encode("utf-8")) <= MAX_BYTES
    assert all_keys(json.loads(text)) <= documented_keys()
