"""Tumour markers and biomarkers measured on the tumour (ER, PR, HER2, Ki-67, PD-L1, mutations),
with their values as stated. Markers measured in blood over time (CA 15-3, PSA, CEA) are result
series, unless the source files them under the mCODE tumour-marker profile."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ecan_desktop.record.codes import LOINC, SNOMED, Concept, concept, concepts
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import when
from ecan_desktop.record.fhir_json import has_profile, notes, objs, reference_of
from ecan_desktop.record.index import Fact
from ecan_desktop.record.quantities import Value, value_of
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

# LOINC codes of tissue markers, with the short name people use.
MARKER_CODES = {
    "16112-5": "ER",
    "85337-4": "ER",
    "40556-3": "ER",
    "16113-3": "PR",
    "85339-0": "PR",
    "40557-1": "PR",
    "48676-1": "HER2",
    "85319-2": "HER2",
    "85318-4": "HER2",
    "85330-9": "Ki-67",
}
# Word starts in a code's text or display that name a tissue marker (several languages).
MARKER_WORDS = (
    (r"\b(?:o|ö)?estrogen", "ER"),
    (r"\bprogesteron", "PR"),
    (r"\b(?:her-?2|erbb2)\b", "HER2"),
    (r"\bki-?67\b", "Ki-67"),
    (r"\bpd-?l1\b", "PD-L1"),
    (r"\bmicrosatellite", "MSI"),
    (r"\bmismatch repair", "MMR"),
    (r"\begfr\b", "EGFR"),
    (r"\bkras\b", "KRAS"),
    (r"\bbraf\b", "BRAF"),
    (r"\bbrca1\b", "BRCA1"),
    (r"\bbrca2\b", "BRCA2"),
    (r"\balk\b", "ALK"),
)
_MARKER_PATTERNS = tuple((re.compile(p), name) for p, name in MARKER_WORDS)
_POSITIVE = {(LOINC, "LA6576-8"), (SNOMED, "10828004")}
_NEGATIVE = {(LOINC, "LA6577-6"), (SNOMED, "260385009")}
_EQUIVOCAL = {(LOINC, "LA4259-3"), (SNOMED, "42425007")}


@lru_cache(maxsize=4096)  # a record has few distinct codes, each met many times
def _marker_in(words: str) -> str | None:
    return next((name for pattern, name in _MARKER_PATTERNS if pattern.search(words)), None)


def marker_name(resource: dict[str, Any]) -> str | None:
    """The marker's short name when *resource* is a tissue marker observation, else None."""
    code = concept(resource.get("code"))
    if code is not None:
        for found in code.codes:
            if found.system == LOINC and found.code in MARKER_CODES:
                return MARKER_CODES[found.code]
    named = _marker_in(code.words() if code is not None else "")
    if has_profile(resource, "mcode-tumor-marker-test", "mcode-tumor-marker"):
        return named or (code.label if code is not None else None) or "?"
    return named


def interpretation(value: Value, interpreted: tuple[Concept, ...]) -> str | None:
    """positive | negative | equivocal, from the value's codes or the interpretation."""
    candidates = [value.concept] if value.concept is not None else []
    candidates.extend(interpreted)
    for found in candidates:
        keys = {(c.system or "", c.code or "") for c in found.codes}
        interpretation_codes = {c.code for c in found.codes}
        if keys & _POSITIVE or interpretation_codes & {"POS"}:
            return "positive"
        if keys & _NEGATIVE or interpretation_codes & {"NEG"}:
            return "negative"
        if keys & _EQUIVOCAL or interpretation_codes & {"IND"}:
            return "equivocal"
    return None


@dataclass(frozen=True)
class TumourMarker:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    name: str  # ER, PR, HER2, Ki-67, ... or the source's words
    code: Concept | None
    value: Value
    interpretation: str | None  # positive | negative | equivocal
    date: str | None
    diagnosis_ids: tuple[str, ...]
    notes: tuple[str, ...]


def _parse(stored: StoredResource, ctx: BuildContext) -> TumourMarker | None:
    resource = stored.resource
    name = marker_name(resource)
    if name is None:
        return None
    value = value_of(resource)
    moment = when(resource, "effectiveDateTime", "effectivePeriod", "issued")
    return TumourMarker(
        id="",
        row_ids=(),
        sources=(),
        name=name,
        code=concept(resource.get("code")),
        value=value,
        interpretation=interpretation(value, concepts(resource.get("interpretation"))),
        date=moment.first if moment else None,
        diagnosis_ids=ctx.diagnosis_ids(
            [reference_of(f) for f in objs(resource.get("focus"))], stored
        ),
        notes=notes(resource),
    )


def build_markers(ctx: BuildContext, facts: list[Fact]) -> tuple[TumourMarker, ...]:
    built = (
        build_fact(ctx, f, "marker", _parse) for f in facts if not ctx.is_claimed(f.primary.row_id)
    )
    return tuple(item for item in built if item is not None)
