"""Small facts about a FHIR resource that the vault indexes: its fingerprint and clinical date."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

# The element that dates each kind of resource clinically, in order of preference.
_DATE_ELEMENTS: tuple[str, ...] = (
    "effectiveDateTime",
    "effectivePeriod",
    "effectiveInstant",
    "onsetDateTime",
    "onsetPeriod",
    "performedDateTime",
    "performedPeriod",
    "occurrenceDateTime",
    "authoredOn",
    "recordedDate",
    "period",
    "timingPeriod",
    "issued",
    "date",
    "recorded",
    "birthDate",
)


def canonical_json(resource: Mapping[str, Any]) -> str:
    return json.dumps(resource, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint(resource: Mapping[str, Any]) -> str:
    """Same content, same fingerprint, whatever the key order or whitespace of the file."""
    return hashlib.sha256(canonical_json(resource).encode("utf-8")).hexdigest()


def clinical_date(resource: Mapping[str, Any]) -> str | None:
    """The date the resource is about (not when it was written), as the FHIR string, if any."""
    for name in _DATE_ELEMENTS:
        value = resource.get(name)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, Mapping):
            start = value.get("start") or value.get("end")
            if isinstance(start, str) and start:
                return start
    return None
