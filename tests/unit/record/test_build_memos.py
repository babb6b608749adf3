"""What makes build_record fast on large records must not change what it builds: the memos
(each code read once, each Observation's role worked out once per distinct code) give the same
record as reading everything afresh, and the role of an Observation depends only on the elements
the role memo is keyed by. How fast it is is measured by make bench, not here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecan_desktop.record import build, codes, quantities
from ecan_desktop.record.build import ROLE_ELEMENTS, build_record
from ecan_desktop.record.index import Fact
from ecan_desktop.record.memo import content, memo, remembering
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.vault.records import StoredResource
from tests.bench.generate import observations
from tests.conftest import SHARED_DATA
from tests.unit.record.conftest import FHIR, FakeVault
from tests.unit.record.test_property import NAMES, REAL, json_values

TODAY = date(2026, 3, 1)


def _plain_roles(facts: list[Fact]) -> dict[str, list[Fact]]:
    """The role of each Observation worked out for each, without the memo."""
    roles: dict[str, list[Fact]] = {}
    for fact in facts:
        try:
            role = build._observation_role(fact)
        except Exception:
            role = "other"
        roles.setdefault(role, []).append(fact)
    return roles


@contextmanager
def _nothing_remembered() -> Iterator[None]:
    with (
        patch.object(codes, "memo", lambda name: None),
        patch.object(quantities, "memo", lambda name: None),
        patch.object(build, "_roles", _plain_roles),
    ):
        yield


def _as_json(record: PatientRecord) -> str:
    return json.dumps(record.to_json(), ensure_ascii=False)


def _same_both_ways(resources: list[dict[str, Any]], links: list[tuple[int, int]]) -> None:
    remembered = _as_json(build_record(FakeVault(resources, links), today=TODAY))
    with _nothing_remembered():
        afresh = _as_json(build_record(FakeVault(resources, links), today=TODAY))
    assert remembered == afresh


def _varied_observations() -> list[dict[str, Any]]:
    """Generated results, and the same codes filed as a stage, a marker, a dose, with and
    without a profile: observations that share a code but not its role."""
    found = observations(400, seed=3)
    stage = {"coding": [{"system": "http://loinc.org", "code": "21908-9"}], "text": "Stage"}
    her2 = {"coding": [{"system": "http://loinc.org", "code": "48676-1"}]}
    profile = {"profile": ["http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-marker"]}
    dose = {"coding": [{"system": "http://snomed.info/sct", "code": "703858009"}]}
    for i, resource in enumerate(found[:120]):
        if i % 4 == 0:
            resource["code"] = stage
            resource["valueCodeableConcept"] = {"coding": [{"code": "2B"}]}
        elif i % 4 == 1:
            resource["code"] = her2
        elif i % 4 == 2:
            resource["meta"] = profile
        else:
            resource["method"] = dose
    return found


def test_the_demo_and_fixtures_build_the_same_with_and_without_the_memos() -> None:
    fixtures = [json.loads(p.read_text("utf-8")) for p in sorted(FHIR.glob("mcode-*.json"))]
    _same_both_ways([*REAL, *fixtures], [(1, 2)])


def test_a_generated_record_builds_the_same_with_and_without_the_memos() -> None:
    _same_both_ways(_varied_observations(), [(5, 6), (7, 200)])


def _synthea_resources() -> list[dict[str, Any]]:
    folder = SHARED_DATA / "synthea"
    found = sorted(folder.glob("Sherman_McGlynn_*.json")) if folder.is_dir() else []
    if not found:
        pytest.skip("the Synthea files are not available here")
    bundle = json.loads(Path(found[0]).read_text("utf-8"))
    return [e["resource"] for e in bundle["entry"]]


def test_a_synthea_record_builds_the_same_with_and_without_the_memos() -> None:
    _same_both_ways(_synthea_resources(), [])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.sampled_from(NAMES), json_values, max_size=6), max_size=8))
def test_random_observations_build_the_same_with_and_without_the_memos(
    bodies: list[dict[str, Any]],
) -> None:
    resources = [{**b, "resourceType": "Observation", "id": f"o{i}"} for i, b in enumerate(bodies)]
    _same_both_ways(resources + resources[:3], [])


class _Reading(dict[str, Any]):
    """A resource that notes which of its elements are read."""

    def __init__(self, data: dict[str, Any], read: set[str]) -> None:
        super().__init__(data)
        self.read = read

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.read.add(str(key))
        return super().__contains__(key)

    def keys(self) -> Any:
        self.read.add("*")
        return super().keys()

    def values(self) -> Any:
        self.read.add("*")
        return super().values()

    def items(self) -> Any:
        self.read.add("*")
        return super().items()

    def __iter__(self) -> Any:
        self.read.add("*")
        return super().__iter__()


def _elements_read(resource: dict[str, Any]) -> set[str]:
    read: set[str] = set()
    reading = _Reading(resource, read)
    stored = StoredResource(1, 1, "o", "Observation", "o1", 1, None, False, reading)
    with suppress(Exception):  # an unreadable one is "other": what it read still counts
        build._observation_role(Fact((stored,)))
    return read


def _all_observations() -> list[dict[str, Any]]:
    found = [r for r in REAL if r.get("resourceType") == "Observation"]
    found += [json.loads(p.read_text("utf-8")) for p in sorted(FHIR.glob("mcode-*.json"))]
    found += _varied_observations()
    folder = SHARED_DATA / "synthea"
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        bundle = json.loads(path.read_text("utf-8"))
        found += [e["resource"] for e in bundle.get("entry", [])]
    return [r for r in found if r.get("resourceType") == "Observation"]


def test_the_role_of_an_observation_depends_only_on_the_elements_it_is_remembered_by() -> None:
    # Were a role to depend on another element, two observations agreeing on these elements
    # could have different roles, and the memo would give the second the first one's role.
    read: set[str] = set()
    for resource in _all_observations():
        read |= _elements_read(resource)
    assert read <= set(ROLE_ELEMENTS)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(NAMES), json_values, max_size=8))
def test_random_observations_are_judged_by_the_remembered_elements_only(
    body: dict[str, Any],
) -> None:
    assert _elements_read({**body, "resourceType": "Observation"}) <= set(ROLE_ELEMENTS)


def test_memos_exist_only_during_a_build_and_on_its_thread() -> None:
    assert memo("concept") is None
    with remembering():
        first = memo("concept")
        assert first is not None
        with remembering():
            assert memo("concept") is first
    assert memo("concept") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [(1, 1.0), (1, True), (0.0, -0.0), ("1", 1), ({"a": 1, "b": 2}, {"a": 1, "b": 2.0})],
)
def test_content_keys_tell_apart_what_json_tells_apart(a: object, b: object) -> None:
    assert content(a) != content(b)
    assert content(a) == content(json.loads(json.dumps(a)))


def test_what_has_no_content_key_is_read_afresh() -> None:
    deep: list[Any] = []
    inner = deep
    for _ in range(3000):
        inner.append([])
        inner = inner[0]
    assert content(deep) is None
    assert content({"not json": object()}) is None
    with remembering():
        found = codes.concept({"text": "Stage", "extension": deep})
    assert found is not None and found.label == "Stage"
