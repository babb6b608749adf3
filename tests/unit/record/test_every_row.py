"""Nothing silently dropped: in every example, each stored row is in exactly one item."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecan_desktop.record.build import build_record
from tests.conftest import SHARED_DATA
from tests.unit.record.conftest import FHIR, Loader, assert_every_row_once

FILES = sorted(p.name for p in FHIR.glob("*.json") if p.name != "surpass-no-resourcetype.json")
FILES += ["ips-bundle-01.xml"]
SHARED = [
    "hl7-ips/Bundle-bundle-ips-all-sections.json",
    "hl7-ips/bundle-no-info-required-sections.json",
    "smart-health-links/IPS_IG-bundle-01.json",
    "smart-health-links/example-00-a-fhirBundle.json",
    "survivorship-passport/esempio_it.json",
    "survivorship-passport/esempio_be.json",
]


@pytest.mark.parametrize("name", FILES)
def test_fixture_files(load: Loader, name: str) -> None:
    opened = load(FHIR / name)
    assert_every_row_once(build_record(opened.vault), opened)


@pytest.mark.parametrize("name", SHARED)
def test_shared_files(load: Loader, name: str) -> None:
    path: Path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"{path} is not available here")
    opened = load(path)
    assert_every_row_once(build_record(opened.vault), opened)


def test_several_sources_in_one_vault(load: Loader) -> None:
    opened = load(*(FHIR / name for name in FILES))
    record = build_record(opened.vault)
    assert_every_row_once(record, opened)
    assert len(record.sources) == len(FILES)
