"""Assessments over time: performance status (ECOG, Karnofsky, Lansky) and the cancer disease
status (stable, progressing, in remission, no evidence of disease)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.codes import LOINC, Concept, concept
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import sort_key, when
from ecan_desktop.record.fhir_json import has_profile, notes, objs, reference_of
from ecan_desktop.record.index import Fact
from ecan_desktop.record.quantities import Value, value_of
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

ECOG = "89247-1"
KARNOFSKY = "89243-0"
DISEASE_STATUS_CODES = ("97509-4", "88040-1")
# LOINC answers of the ECOG scale, grade 0 to 5.
ECOG_ANSWERS = {
    "LA9622-7": 0,
    "LA9623-5": 1,
    "LA9624-3": 2,
    "LA9625-0": 3,
    "LA9626-8": 4,
    "LA9627-6": 5,
}
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,3})\b")


def performance_scale(resource: dict[str, Any]) -> str | None:
    """ecog | karnofsky | lansky when *resource* is a performance status, else None."""
    if has_profile(resource, "mcode-ecog-performance-status"):
        return "ecog"
    if has_profile(resource, "mcode-karnofsky-performance-status"):
        return "karnofsky"
    code = concept(resource.get("code"))
    if code is None:
        return None
    if code.has(LOINC, ECOG):
        return "ecog"
    if code.has(LOINC, KARNOFSKY):
        return "karnofsky"
    words = code.words()
    for scale in ("ecog", "karnofsky", "lansky"):
        if scale in words:
            return scale
    return None


def is_disease_status(resource: dict[str, Any]) -> bool:
    if has_profile(resource, "mcode-cancer-disease-status"):
        return True
    code = concept(resource.get("code"))
    return code is not None and code.has(LOINC, *DISEASE_STATUS_CODES)


def _score(value: Value) -> int | None:
    if value.quantity is not None and value.quantity.value is not None:
        return int(value.quantity.value)
    if value.concept is not None:
        for found in value.concept.codes:
            if found.system == LOINC and found.code in ECOG_ANSWERS:
                return ECOG_ANSWERS[found.code]
        for words in [c.code or "" for c in value.concept.codes] + [value.concept.label or ""]:
            match = _LEADING_NUMBER.match(words)
            if match:
                return int(match.group(1))
    if value.text:
        match = _LEADING_NUMBER.match(value.text)
        return int(match.group(1)) if match else None
    return None


@dataclass(frozen=True)
class PerformanceStatus:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    scale: str  # ecog | karnofsky | lansky
    score: int | None
    value: Value
    date: str | None


@dataclass(frozen=True)
class DiseaseStatus:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    status: Concept | None
    date: str | None
    diagnosis_ids: tuple[str, ...]
    notes: tuple[str, ...]


def _parse_performance(stored: StoredResource, ctx: BuildContext) -> PerformanceStatus | None:
    del ctx
    resource = stored.resource
    scale = performance_scale(resource)
    if scale is None:
        return None
    value = value_of(resource)
    moment = when(resource, "effectiveDateTime", "effectivePeriod", "issued")
    return PerformanceStatus(
        "", (), (), scale, _score(value), value, moment.first if moment else None
    )


def _parse_status(stored: StoredResource, ctx: BuildContext) -> DiseaseStatus | None:
    resource = stored.resource
    if not is_disease_status(resource):
        return None
    moment = when(resource, "effectiveDateTime", "effectivePeriod", "issued")
    return DiseaseStatus(
        id="",
        row_ids=(),
        sources=(),
        status=value_of(resource).concept,
        date=moment.first if moment else None,
        diagnosis_ids=ctx.diagnosis_ids(
            [reference_of(f) for f in objs(resource.get("focus"))], stored
        ),
        notes=notes(resource),
    )


def build_performance(ctx: BuildContext, facts: list[Fact]) -> tuple[PerformanceStatus, ...]:
    built = (build_fact(ctx, f, "performance", _parse_performance) for f in facts)
    return tuple(sorted((i for i in built if i is not None), key=lambda i: sort_key(i.date)))


def build_disease_status(ctx: BuildContext, facts: list[Fact]) -> tuple[DiseaseStatus, ...]:
    built = (build_fact(ctx, f, "status", _parse_status) for f in facts)
    return tuple(sorted((i for i in built if i is not None), key=lambda i: sort_key(i.date)))
