"""Round trip: the exported IPS bundle, imported into a new profile, gives the same clinical
facts: diagnoses, stage, agents and cumulative doses, allergies, medicines, devices, results.

Facts are compared as sets of what a clinician reads (codes, dates, values), because a fact that
several centres reported is one linked item in the first profile and, until the importer links
the copies again (/tmp/suggested-fixes/issue6-same-fact-links.diff), one item per copy in the
second: the same facts, listed twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ecan_desktop.importers.report import import_one
from ecan_desktop.record.build import build_record
from ecan_desktop.record.codes import Concept
from ecan_desktop.record.dates import day
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.ips import build_ips, ips_bytes
from ecan_desktop.vault.profiles import ProfileStore
from tests.unit.summary.conftest import IMPORTABLE, PASS


def codes(found: Concept | None) -> tuple[tuple[str | None, str | None], ...]:
    return tuple(sorted((c.system, c.code) for c in found.codes)) if found else ()


def started(period: Any) -> str | None:
    return day(period.start) if period is not None else None


def facts(record: PatientRecord) -> dict[str, set[Any]]:
    systemic = record.systemic
    return {
        "diagnoses": {(codes(d.code), day(d.date), d.clinical_status) for d in record.diagnoses},
        "other conditions": {(codes(c.code), day(c.onset)) for c in record.other_conditions},
        "stage": {
            (s.kind, s.type, s.stage, s.system, s.edition, day(s.date)) for s in record.staging
        },
        "markers": {(m.name, m.interpretation, day(m.date)) for m in record.tumour_markers},
        "agents": {
            (
                a.agent,
                a.atc,
                a.status,
                tuple(sorted((round(c.value, 3), c.unit, c.method) for c in a.cumulative)),
            )
            for a in systemic.agents
        },
        "doxorubicin-equivalent": {(t.unit, t.total) for t in systemic.anthracycline_equivalents},
        "radiotherapy": {
            (codes(c.code), c.total_dose_gy, started(c.period)) for c in record.radiotherapy
        },
        "surgery": {(codes(p.code), started(p.period)) for p in record.surgery},
        "allergies": {
            (codes(a.substance), a.criticality, a.clinical_status) for a in record.allergies
        },
        "medications": {(m.name, m.status, m.current) for m in record.medications},
        "devices": {(d.name, d.is_port, d.status) for d in record.devices},
        "immunisations": {(codes(i.vaccine), day(i.date)) for i in record.immunisations},
        "results": {
            (s.key, tuple((day(p.date), p.value.number, p.value.text) for p in s.points))
            for s in record.results
        },
    }


def reimported(data: SummaryData, store: ProfileStore, tmp_path: Path) -> PatientRecord:
    exported = tmp_path / "ips.json"
    exported.write_bytes(ips_bytes(build_ips(data)))
    store.create("Round trip", PASS)
    with store.unlock("Round trip", PASS) as opened:
        report = import_one(opened.vault, exported)
        assert report.status == "imported" and report.problems == [], report.to_json()
        return build_record(opened.vault, today=data.today)


def assert_same_facts(before: PatientRecord, after: PatientRecord) -> None:
    old, new = facts(before), facts(after)
    for kind in old:
        assert new[kind] == old[kind], kind


def test_the_demo_survives_a_round_trip(
    demo_data: SummaryData, store: ProfileStore, tmp_path: Path
) -> None:
    after = reimported(demo_data, store, tmp_path)
    assert_same_facts(demo_data.record, after)
    assert len(after.systemic.agents) == 4 and after.results


@pytest.mark.parametrize("name", IMPORTABLE)
def test_every_shared_file_survives_a_round_trip(
    shared_data: Callable[[str], SummaryData], name: str, store: ProfileStore, tmp_path: Path
) -> None:
    data = shared_data(name)
    assert_same_facts(data.record, reimported(data, store, tmp_path))
