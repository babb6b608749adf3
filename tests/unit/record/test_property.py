"""Real files are imperfect: random and mutated resources never make build_record raise, and
every row still ends up in exactly one item."""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecan_desktop.paths import resource_path
from ecan_desktop.record.build import build_record
from tests.unit.record.conftest import FHIR, FakeVault

TYPES = [
    "Patient", "Condition", "Observation", "Procedure", "MedicationAdministration",
    "MedicationRequest", "MedicationStatement", "Medication", "AllergyIntolerance",
    "Immunization", "Device", "DeviceUseStatement", "DocumentReference", "Binary",
    "Composition", "CarePlan", "ServiceRequest", "Appointment", "Goal", "Encounter",
    "DiagnosticReport", "Organization", "Practitioner", "BodyStructure", "Claim", "Flag",
]  # fmt: skip
NAMES = [
    "code", "coding", "system", "display", "text", "value", "unit", "valueQuantity",
    "valueCodeableConcept", "valueString", "valueInteger", "effectiveDateTime", "effectivePeriod",
    "start", "end", "extension", "url", "valueReference", "reference", "hasMember", "focus",
    "method", "category", "bodySite", "stage", "summary", "assessment", "dosage", "dose",
    "dosageInstruction", "doseAndRate", "doseQuantity", "timing", "repeat", "count", "period",
    "periodUnit", "medicationCodeableConcept", "medicationReference", "reasonReference",
    "supportingInformation", "request", "partOf", "performedPeriod", "performedDateTime",
    "content", "attachment", "data", "contentType", "activity", "detail", "referenceRange",
    "low", "high", "component", "status", "onsetDateTime", "reaction", "manifestation",
    "criticality", "device", "meta", "profile", "valueUnsignedInt", "result", "presentedForm",
]  # fmt: skip
PROFILE_URLS = [
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tnm-stage-group",
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-course-summary",
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition",
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-dose-delivered-to-volume",
    "http://hl7.eu/fhir/ig/pcsp/StructureDefinition/resource-relatedInfo",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(
        [
            "2024-02-14",
            "2024-13-45",
            "Observation/1",
            "#x",
            "urn:uuid:1",
            "mg/m2",
            "cGy",
            "C50.4",
            "8500/3",
            "L01DB01",
            "active",
            "",
            "  ",
        ]
    ),
    st.sampled_from(PROFILE_URLS),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(NAMES), st.text(max_size=6)), inner, max_size=5),
    ),
    max_leaves=25,
)


def random_resource(resource_type: str, body: dict[str, Any], index: int) -> dict[str, Any]:
    return {**body, "resourceType": resource_type, "id": f"r{index}"}


def check(vault: FakeVault) -> None:
    record = build_record(vault)
    owners = Counter(row for item in record.items() for row in item.row_ids)
    assert set(owners) == {r.row_id for r in vault.resources()}
    assert all(n == 1 for n in owners.values())
    json.dumps(record.to_json())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(TYPES), st.dictionaries(st.sampled_from(NAMES), json_values, max_size=6)
        ),
        max_size=8,
    ),
    st.lists(st.tuples(st.integers(1, 8), st.integers(1, 8)), max_size=3),
)
def test_random_resources_never_raise(
    bodies: list[tuple[str, dict[str, Any]]], links: list[tuple[int, int]]
) -> None:
    check(FakeVault([random_resource(t, b, i) for i, (t, b) in enumerate(bodies)], links))


def real_resources() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in (resource_path("demo", "ro-institutul-oncologic-somes.json"),
                 resource_path("demo", "at-onkologie-wien.json")):  # fmt: skip
        found += [e["resource"] for e in json.loads(path.read_text("utf-8"))["entry"]]
    for name in ("mcode-radiotherapy-course-summary.json", "mcode-stage-group.json",
                 "mcode-doxorubicin-administration.json"):  # fmt: skip
        found.append(json.loads((FHIR / name).read_text("utf-8")))
    return found


REAL = real_resources()


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key not in ("resourceType", "id"):
                found += paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += paths(inner, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn) -> list[dict[str, Any]]:
    chosen = draw(st.lists(st.integers(0, len(REAL) - 1), min_size=1, max_size=12, unique=True))
    resources = [copy.deepcopy(REAL[i]) for i in chosen]
    for resource in resources:
        for _ in range(draw(st.integers(0, 3))):
            where = paths(resource)
            if not where:
                break
            path = draw(st.sampled_from(where))
            parent: Any = resource
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = draw(json_values)
    return resources


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.lists(st.tuples(st.integers(1, 12), st.integers(1, 12)), max_size=3))
def test_mutated_real_resources_never_raise(
    resources: list[dict[str, Any]], links: list[tuple[int, int]]
) -> None:
    check(FakeVault(resources, links))


def test_the_unmutated_demo_resources_build_fully() -> None:
    vault = FakeVault(REAL, [])
    check(vault)
    record = build_record(vault)
    assert record.staging and record.systemic.agents and record.radiotherapy
