"""Radiotherapy courses: site, dose per volume in Gy (cGy converted), fractions, sessions, dates,
boosts, modality and technique. Read from the mCODE course summary extensions, from Survivorship
Passport procedures (a course, its parts, and dose observations), and from plain procedures; a
series of single-day radiotherapy procedures (Synthea writes one per session) is one course."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ecan_desktop.record.codes import SNOMED, Concept, concept, concepts, is_absent
from ecan_desktop.record.context import BuildContext, guarded, item_id
from ecan_desktop.record.dates import Period, days_between, sort_key, span, when
from ecan_desktop.record.fhir_json import (
    extension,
    extensions,
    has_profile,
    integer,
    notes,
    obj,
    objs,
    reference_of,
    sub_extension,
    text,
    texts,
)
from ecan_desktop.record.index import Fact
from ecan_desktop.record.quantities import Quantity, in_gy, quantity
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

RADIOTHERAPY_CODES = frozenset(
    {
        "1217123003",  # Radiotherapy course of treatment
        "108290001",  # Radiation oncology AND/OR radiotherapy
        "33195004",  # External beam radiation therapy
        "399315003",  # Radionuclide therapy
        "445232009",  # Boost radiation therapy
        "152198000",  # Brachytherapy
        "703423002",  # Combined chemotherapy and radiation therapy
    }
)
BOOST_CODES = frozenset({"445232009", "445565002"})  # boost therapy; total boost dose delivered
_WORDS = ("radiotherap", "radiation therap", "strahlenther", "radioterap", "irradiat", "bestraling",
          "brachytherap", "radiochemo", "chemoradi")  # fmt: skip
_PROFILES = (
    "mcode-radiotherapy-course-summary",
    "mcode-teleradiotherapy-treatment-phase",
    "mcode-brachytherapy-treatment-phase",
)
SESSION_GAP_DAYS = 42  # single-day procedures closer than this belong to one course


def is_radiotherapy(resource: dict[str, Any]) -> bool:
    if has_profile(resource, *_PROFILES):
        return True
    code = concept(resource.get("code"))
    category = concept(resource.get("category"))
    for found in (code, category):
        if found is not None and any(c.is_(SNOMED, *RADIOTHERAPY_CODES) for c in found.codes):
            return True
    words = code.words() if code is not None else ""
    return any(w in words for w in _WORDS)


@dataclass(frozen=True)
class RadiotherapyVolume:
    description: str | None  # the treated volume as the source describes it
    sites: tuple[Concept, ...]
    laterality: Concept | None
    dose_gy: float | None
    dose: Quantity | None  # as stated (e.g. 6000 cGy)
    fractions: int | None
    boost: bool
    volume_reference: str | None  # the BodyStructure reference, kept when it does not resolve


@dataclass(frozen=True)
class RadiotherapyCourse:
    JSON_EXTRA: ClassVar[tuple[str, ...]] = ("total_dose_gy",)

    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    title: str | None
    code: Concept | None
    period: Period | None
    sessions: int | None
    volumes: tuple[RadiotherapyVolume, ...]
    body_sites: tuple[Concept, ...]
    modalities: tuple[Concept, ...]
    techniques: tuple[Concept, ...]
    intent: Concept | None
    status: str | None
    reasons: tuple[Concept, ...]
    diagnosis_ids: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def total_dose_gy(self) -> float | None:
        """The highest dose any volume received (e.g. breast 50 Gy + boost 10 Gy = 60 Gy)."""
        main = [v.dose_gy for v in self.volumes if v.dose_gy is not None and not v.boost]
        boosts = [v.dose_gy for v in self.volumes if v.dose_gy is not None and v.boost]
        if not main and not boosts:
            return None
        return round(max(main, default=0.0) + max(boosts, default=0.0), 6)


def _valued(element: dict[str, Any] | None) -> Concept | None:
    if element is None:
        return None
    return concept(element.get("valueCodeableConcept") or element.get("valueCoding"))


def _body_structure(
    reference: str | None, stored: StoredResource, ctx: BuildContext, rows: list[int]
) -> tuple[str | None, tuple[Concept, ...], Concept | None]:
    target = ctx.index.resolve(reference, stored)
    if target is None:
        return None, (), None
    rows.extend(ctx.index.fact_of(target.row_id).row_ids)
    resource = target.resource
    location = concept(resource.get("location"))
    qualifiers = [q for q in concepts(resource.get("locationQualifier")) if not is_absent(q)]
    description = text(resource.get("description"))
    if description is None:
        identifiers = [text(i.get("value")) for i in objs(resource.get("identifier"))]
        description = next((i for i in identifiers if i), None)
    laterality = next(
        (q for q in qualifiers if q.has(SNOMED, "7771000", "24028007", "51440002")), None
    )
    return description, ((location,) if location else ()), laterality


def _is_boost(*words: str | None) -> bool:
    return any(w and "boost" in w.casefold() for w in words)


def _mcode_volumes(
    stored: StoredResource, ctx: BuildContext, rows: list[int]
) -> list[RadiotherapyVolume]:
    volumes = []
    for ext in extensions(stored.resource, "mcode-radiotherapy-dose-delivered-to-volume"):
        volume = sub_extension(ext, "volume")
        reference = reference_of(volume.get("valueReference")) if volume else None
        display = text((obj(volume.get("valueReference")) or {}).get("display")) if volume else None
        description, sites, laterality = _body_structure(reference, stored, ctx, rows)
        description = description or display
        dose_ext = sub_extension(ext, "totalDoseDelivered")
        dose = quantity(dose_ext.get("valueQuantity")) if dose_ext else None
        fractions_ext = sub_extension(ext, "fractionsDelivered")
        fractions = integer(fractions_ext.get("valueUnsignedInt")) if fractions_ext else None
        volumes.append(
            RadiotherapyVolume(
                description, sites, laterality, in_gy(dose), dose, fractions,
                _is_boost(description, reference), reference,
            )
        )  # fmt: skip
    return volumes


def _related_dose(
    stored: StoredResource, ctx: BuildContext, rows: list[int]
) -> tuple[Quantity | None, bool]:
    """A dose stated by an Observation the procedure points at (Survivorship Passport)."""
    for ext in objs(stored.resource.get("extension")):
        url = ext.get("url")
        if not isinstance(url, str) or not url.endswith("resource-relatedInfo"):
            continue
        target = ctx.index.resolve(reference_of(ext.get("valueReference")), stored)
        if target is None or target.resource_type != "Observation":
            continue
        rows.extend(ctx.index.fact_of(target.row_id).row_ids)
        code = concept(target.resource.get("code"))
        boost = code is not None and any(c.code in BOOST_CODES for c in code.codes)
        return quantity(target.resource.get("valueQuantity")), boost
    return None, False


def _fractions(resource: dict[str, Any]) -> int | None:
    for ext in extensions(resource, "procedure-performedTiming", "extensionTiming"):
        timing = obj(ext.get("valueTiming")) or {}
        count = integer((obj(timing.get("repeat")) or {}).get("count"))
        if count and count > 1:
            return count
    return None


def _own_volume(
    stored: StoredResource, ctx: BuildContext, rows: list[int]
) -> RadiotherapyVolume | None:
    resource = stored.resource
    dose, boost_dose = _related_dose(stored, ctx, rows)
    fractions = _fractions(resource)
    if dose is None and fractions is None:
        return None
    code = concept(resource.get("code"))
    sites = tuple(s for s in concepts(resource.get("bodySite")) if s.codes and s.codes[0].code)
    described = texts([s.get("text") for s in objs(resource.get("bodySite"))])
    boost = boost_dose or (code is not None and any(c.code in BOOST_CODES for c in code.codes))
    return RadiotherapyVolume(
        "; ".join(described) or None, sites, None, in_gy(dose), dose, fractions, boost, None
    )


def _course(facts: list[Fact], children: list[Fact], ctx: BuildContext) -> RadiotherapyCourse:
    head = facts[0].primary
    resource = head.resource
    rows: list[int] = [r for f in facts + children for r in f.row_ids]
    volumes = _mcode_volumes(head, ctx, rows)
    own = _own_volume(head, ctx, rows)
    if own is not None:
        volumes.append(own)
    for child in children:
        found = _own_volume(child.primary, ctx, rows)
        if found is not None:
            volumes.append(found)
    sessions_ext = extension(resource, "mcode-radiotherapy-sessions")
    sessions = integer(sessions_ext.get("valueUnsignedInt")) if sessions_ext else None
    if sessions is None and len(facts) > 1:
        sessions = len(facts)
    modalities, techniques = [], []
    for ext in extensions(resource, "mcode-radiotherapy-modality-and-technique"):
        modality = _valued(sub_extension(ext, "mcode-radiotherapy-modality"))
        technique = _valued(sub_extension(ext, "mcode-radiotherapy-technique"))
        modalities += [modality] if modality else []
        techniques += [technique] if technique else []
    periods = [
        p
        for p in (
            when(f.primary.resource, "performedPeriod", "performedDateTime")
            for f in facts + children
        )
        if p
    ]
    code = concept(resource.get("code"))
    references = [reference_of(r) for r in objs(resource.get("reasonReference"))]
    all_rows = tuple(sorted(set(rows)))
    ctx.claim(all_rows, item_id("radiotherapy", facts[0]))
    return RadiotherapyCourse(
        id=item_id("radiotherapy", facts[0]),
        row_ids=all_rows,
        sources=ctx.sources(ctx.index.by_row[r] for r in all_rows),
        title=code.label if code else None,
        code=code,
        period=span(periods),
        sessions=sessions,
        volumes=tuple(volumes),
        body_sites=concepts(resource.get("bodySite")),
        modalities=tuple(modalities),
        techniques=tuple(techniques),
        intent=_valued(extension(resource, "mcode-procedure-intent")),
        status=text(resource.get("status")),
        reasons=concepts(resource.get("reasonCode")),
        diagnosis_ids=ctx.diagnosis_ids(references, head),
        notes=notes(resource),
    )


def _is_session(fact: Fact) -> bool:
    """A single-day procedure with nothing but a code: one session of a longer course."""
    resource = fact.primary.resource
    moment = when(resource, "performedDateTime", "performedPeriod")
    single_day = moment is not None and (
        moment.end is None or moment.end[:10] == (moment.start or "")[:10]
    )
    described = extension(
        resource, "mcode-radiotherapy-dose-delivered-to-volume", "resource-relatedInfo"
    )
    return single_day and described is None and "partOf" not in resource


def build_radiotherapy(ctx: BuildContext, facts: list[Fact]) -> tuple[RadiotherapyCourse, ...]:
    candidates = [
        f
        for f in facts
        if not ctx.is_claimed(f.primary.row_id) and is_radiotherapy(f.primary.resource)
    ]
    by_row = {r: f for f in candidates for r in f.row_ids}
    children: dict[int, list[Fact]] = {}
    heads: list[Fact] = []
    for fact in candidates:
        parents = [
            ctx.index.resolve(reference_of(p), fact.primary)
            for p in objs(fact.primary.resource.get("partOf"))
        ]
        parent = next(
            (by_row[p.row_id] for p in parents if p is not None and p.row_id in by_row), None
        )
        if parent is not None and parent is not fact:
            children.setdefault(parent.primary.row_id, []).append(fact)
        else:
            heads.append(fact)
    courses: list[RadiotherapyCourse] = []
    sessions: dict[str, list[Fact]] = {}
    for fact in heads:
        if _is_session(fact) and fact.primary.row_id not in children:
            code = concept(fact.primary.resource.get("code"))
            sessions.setdefault(code.label or "" if code else "", []).append(fact)
            continue
        _add(courses, guarded(_course, [fact], children.get(fact.primary.row_id, []), ctx))
    for group in sessions.values():
        group.sort(key=lambda f: sort_key(_date(f)))
        run: list[Fact] = []
        for fact in group:
            gap = days_between(_date(run[-1]), _date(fact)) if run else None
            if run and (gap is None or gap > SESSION_GAP_DAYS):
                _add(courses, guarded(_course, run, [], ctx))
                run = []
            run.append(fact)
        if run:
            _add(courses, guarded(_course, run, [], ctx))
    courses.sort(key=lambda c: sort_key(c.period.first if c.period else None))
    return tuple(courses)


def _add(courses: list[RadiotherapyCourse], course: RadiotherapyCourse | None) -> None:
    if course is not None:
        courses.append(course)


def _date(fact: Fact) -> str | None:
    moment = when(fact.primary.resource, "performedDateTime", "performedPeriod")
    return moment.first if moment else None
