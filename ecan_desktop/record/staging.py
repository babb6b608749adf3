"""Cancer staging: TNM stage groups with their T, N and M categories, other systems (FIGO, Ann
Arbor, ...) and free-text stages, with the system and edition when the source names them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ecan_desktop.record.codes import AJCC, LOINC, SNOMED, Concept, concept, concepts
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import when
from ecan_desktop.record.fhir_json import has_profile, notes, objs, reference_of
from ecan_desktop.record.index import Fact
from ecan_desktop.record.quantities import value_of
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

# (kind, type) of the LOINC and SNOMED CT codes that name a staging observation.
STAGING_CODES: dict[tuple[str, str], tuple[str, str | None]] = {
    (LOINC, "21908-9"): ("group", "clinical"),
    (LOINC, "21902-2"): ("group", "pathologic"),
    (LOINC, "21905-5"): ("t", "clinical"),
    (LOINC, "21899-0"): ("t", "pathologic"),
    (LOINC, "21906-3"): ("n", "clinical"),
    (LOINC, "21900-6"): ("n", "pathologic"),
    (LOINC, "21907-1"): ("m", "clinical"),
    (LOINC, "21901-4"): ("m", "pathologic"),
    (SNOMED, "399537006"): ("group", "clinical"),
    (SNOMED, "399588009"): ("group", "pathologic"),
    (SNOMED, "399504009"): ("t", "clinical"),
    (SNOMED, "384625004"): ("t", "pathologic"),
    (SNOMED, "399534004"): ("n", "clinical"),
    (SNOMED, "371494008"): ("n", "pathologic"),
    (SNOMED, "399387003"): ("m", "clinical"),
    (SNOMED, "371497001"): ("m", "pathologic"),
}
_PROFILE_KINDS = {
    "mcode-tnm-stage-group": "group",
    "mcode-tnm-primary-tumor-category": "t",
    "mcode-tnm-regional-nodes-category": "n",
    "mcode-tnm-distant-metastases-category": "m",
    "mcode-cancer-stage": "other",
    "mcode-tnm-clinical-stage-group": "group",
    "mcode-tnm-pathological-stage-group": "group",
}
TUMOR_STAGE_FINDING = "385356007"  # SNOMED CT category "Tumor stage finding"
_STAGE_WORDS = ("stage", "stadium", "stadio", "estadio", "stadiu", "figo", "ann arbor", "lugano")

# Staging systems named by a SNOMED CT method code: (system, edition).
KNOWN_METHODS = {"897275008": ("AJCC", "8")}
_SYSTEM_WORDS = (
    ("american joint", "AJCC"),
    ("ajcc", "AJCC"),
    ("union for international cancer control", "UICC"),
    ("uicc", "UICC"),
    ("figo", "FIGO"),
    ("ann arbor", "Ann Arbor"),
    ("lugano", "Lugano"),
    ("binet", "Binet"),
    ("international staging system", "ISS"),
    ("durie", "Durie-Salmon"),
    ("inrg", "INRGSS"),
)
_EDITION = (
    re.compile(r"\b(\d{1,2})\s*(?:st|nd|rd|th)\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,2})\.\s*(?:aufl|ausg|ed)", re.IGNORECASE),
    re.compile(r"\bed\w*\.?\s+(?:a\s+)?(\d{1,2})\b", re.IGNORECASE),
)
_ROMAN = {"0": "0", "1": "I", "2": "II", "3": "III", "4": "IV"}
_NUMERIC_STAGE = re.compile(r"^([0-4])([A-C]\d?)?$")
_ROMAN_STAGE = re.compile(r"^(?:stage\s+)?(0|IV|I{1,3})([A-C]\d?)?$", re.IGNORECASE)
_STAGE_IN_TEXT = re.compile(r"\bstage\s+(0|IV|I{1,3})([A-C]\d?)?\b", re.IGNORECASE)
_TNM_VALUE = re.compile(r"^(?:[cpyra]{1,2})?([TNM])", re.IGNORECASE)


def stage_label(value: Concept | None) -> str | None:
    """The stage as people write it: ``IIB``, ``pT2``; else the source's words."""
    if value is None:
        return None
    for found in value.codes:
        if found.system == AJCC and found.code:
            numeric = _NUMERIC_STAGE.match(found.code)
            if numeric:
                return _ROMAN[numeric.group(1)] + (numeric.group(2) or "")
            return found.code
    for words in [c.display for c in value.codes if c.display] + [value.text or ""]:
        roman = _ROMAN_STAGE.match(words.strip())
        if roman:
            return roman.group(1).upper() + (roman.group(2) or "").upper()
        inside = _STAGE_IN_TEXT.search(words)
        if inside:
            return inside.group(1).upper() + (inside.group(2) or "").upper()
    return value.label


def staging_system(*described_by: Concept | None) -> tuple[str | None, str | None]:
    """(system, edition) named by a method or value: ``("AJCC", "8")``, ``("FIGO", None)``."""
    system = edition = None
    for found in described_by:
        if found is None:
            continue
        for code in found.codes:
            if code.system == SNOMED and code.code in KNOWN_METHODS:
                return KNOWN_METHODS[code.code]
        words = found.words()
        for needle, name in _SYSTEM_WORDS:
            if system is None and needle in words:
                system = name
        if system is None and any(c.system == AJCC for c in found.codes):
            system = "AJCC"
        if edition is None and system is not None:
            for pattern in _EDITION:
                match = pattern.search(words)
                if match:
                    edition = match.group(1)
                    break
    return system, edition


def staging_kind(resource: dict[str, Any]) -> tuple[str, str | None] | None:
    """(kind, type) when *resource* is a staging observation: kind is group, t, n, m or other;
    type is clinical, pathologic or None."""
    for suffix, kind in _PROFILE_KINDS.items():
        if has_profile(resource, suffix):
            code = concept(resource.get("code"))
            found = _by_code(code)
            return kind, found[1] if found else None
    code = concept(resource.get("code"))
    found = _by_code(code)
    if found is not None:
        return found
    categories = concepts(resource.get("category"))
    if any(c.has(SNOMED, TUMOR_STAGE_FINDING) for c in categories):
        return "other", None
    words = code.words() if code is not None else ""
    if any(w in words for w in _STAGE_WORDS) and "sleep" not in words:
        return "other", None
    return None


def _by_code(code: Concept | None) -> tuple[str, str | None] | None:
    if code is None:
        return None
    for found in code.codes:
        key = (found.system or "", found.code or "")
        if key in STAGING_CODES:
            return STAGING_CODES[key]
    return None


@dataclass(frozen=True)
class StageCategory:
    """One TNM category of a stage group (its own observation, taken by the group)."""

    kind: str  # t | n | m
    label: str | None
    value: Concept | None
    row_id: int


@dataclass(frozen=True)
class Staging:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    kind: str  # group | t | n | m | other
    type: str | None  # clinical | pathologic
    stage: str | None  # "IIB", "pT2", or the source's words for other systems
    value: Concept | None
    system: str | None  # AJCC, UICC, FIGO, Ann Arbor, ...
    edition: str | None
    method: Concept | None
    date: str | None
    categories: tuple[StageCategory, ...]
    diagnosis_ids: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class StageSummary:
    """A stage written on the Condition itself (``Condition.stage``), free text included."""

    stage: str | None
    summary: Concept | None
    type: Concept | None
    system: str | None
    edition: str | None
    assessment_ids: tuple[str, ...]  # the items (staging) the condition points at


def _category(member: StoredResource) -> StageCategory | None:
    value = value_of(member.resource).concept
    label = stage_label(value)
    kind_type = staging_kind(member.resource)
    kind = kind_type[0] if kind_type else "other"
    if kind not in ("t", "n", "m") and label:
        letter = _TNM_VALUE.match(label)
        kind = letter.group(1).lower() if letter else kind
    return StageCategory(kind, label, value, member.row_id)


def _parse(stored: StoredResource, ctx: BuildContext) -> Staging | None:
    resource = stored.resource
    kind_type = staging_kind(resource) or ("other", None)
    value_concept = value_of(resource).concept
    method = concept(resource.get("method"))
    system, edition = staging_system(method, value_concept, concept(resource.get("code")))
    categories: list[StageCategory] = []
    for ref in objs(resource.get("hasMember")):
        member = ctx.index.resolve(reference_of(ref), stored)
        if member is not None and member.resource_type == "Observation":
            found = _category(member)
            if found is not None:
                categories.append(found)
    stage_type = kind_type[1]
    label = stage_label(value_concept)
    if stage_type is None and label and label[:1].lower() in ("c", "p", "y"):
        stage_type = {"c": "clinical", "p": "pathologic"}.get(label[:1].lower())
    moment = when(resource, "effectiveDateTime", "effectivePeriod", "issued")
    return Staging(
        id="",
        row_ids=(),
        sources=(),
        kind=kind_type[0],
        type=stage_type,
        stage=label,
        value=value_concept,
        system=system,
        edition=edition,
        method=method,
        date=moment.first if moment else None,
        categories=tuple(categories),
        diagnosis_ids=ctx.diagnosis_ids(
            [reference_of(f) for f in objs(resource.get("focus"))], stored
        ),
        notes=notes(resource),
    )


def build_staging(ctx: BuildContext, facts: list[Fact]) -> tuple[Staging, ...]:
    """Stage groups first, so that they take the T, N and M observations they list as members."""
    groups = [f for f in facts if (staging_kind(f.primary.resource) or ("",))[0] == "group"]
    rest = [f for f in facts if f not in groups]
    items: list[Staging] = []
    for fact in groups + rest:
        if ctx.is_claimed(fact.primary.row_id):
            continue
        item = build_fact(ctx, fact, "stage", _parse)
        if item is None:
            continue
        member_rows = [c.row_id for c in item.categories]
        ctx.claim(member_rows, item.id)
        rows = {*item.row_ids}
        for row_id in member_rows:
            rows.update(ctx.index.fact_of(row_id).row_ids)
        all_rows = tuple(sorted(rows))
        members = [ctx.index.by_row[r] for r in all_rows]
        items.append(replace(item, row_ids=all_rows, sources=ctx.sources(members)))
    return tuple(items)


def stage_summaries(stored: StoredResource, ctx: BuildContext) -> tuple[StageSummary, ...]:
    found: list[StageSummary] = []
    for stage in objs(stored.resource.get("stage")):
        summary = concept(stage.get("summary"))
        stage_type = concept(stage.get("type"))
        assessments: list[str] = []
        for ref in objs(stage.get("assessment")):
            target = ctx.index.resolve(reference_of(ref), stored)
            owner = ctx.claimed.get(target.row_id) if target is not None else None
            if owner is not None and owner not in assessments:
                assessments.append(owner)
        if summary is None and not assessments:
            continue
        system, edition = staging_system(summary, stage_type)
        found.append(
            StageSummary(
                stage_label(summary), summary, stage_type, system, edition, tuple(assessments)
            )
        )
    return tuple(found)
