"""Results as series per code: every measurement of the same test in date order, with its UCUM
unit, reference range (comparators such as ``<150`` kept) and interpretation; text values stay
text. Also the reports (DiagnosticReport) that group them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.codes import LOINC, Concept, concept, concepts
from ecan_desktop.record.context import BuildContext, build_fact, guarded
from ecan_desktop.record.dates import sort_key, when
from ecan_desktop.record.documents import AttachmentInfo, attachments_of
from ecan_desktop.record.fhir_json import notes, objs, reference_of, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.quantities import ReferenceRange, Value, reference_ranges, value_of
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

# Tumour markers measured in blood: their series are flagged for the oncology view.
SERUM_TUMOUR_MARKERS = frozenset(
    {"6875-9", "17842-6", "2039-6", "2857-1", "10334-1", "24108-3", "1834-1"}
)


@dataclass(frozen=True)
class ComponentValue:
    code: Concept | None
    value: Value
    reference_ranges: tuple[ReferenceRange, ...]


@dataclass(frozen=True)
class ResultPoint:
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    date: str | None
    value: Value
    components: tuple[ComponentValue, ...]
    interpretation: tuple[Concept, ...]
    reference_ranges: tuple[ReferenceRange, ...]
    status: str | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ResultSeries:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    key: str  # the code that groups the series ("http://loinc.org|751-8") or its name
    name: str | None
    code: Concept | None
    category: str | None  # laboratory | vital-signs | imaging | survey | ...
    unit: str | None  # the most frequent unit (UCUM code when given)
    reference_range: ReferenceRange | None  # of the latest point that states one
    tumour_marker: bool
    points: tuple[ResultPoint, ...]  # oldest first


@dataclass(frozen=True)
class Report:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    title: str | None
    code: Concept | None
    categories: tuple[Concept, ...]
    date: str | None
    status: str | None
    conclusion: str | None
    result_ids: tuple[str, ...]  # the series (or other items) holding its results
    attachments: tuple[AttachmentInfo, ...]


def series_key(code: Concept | None) -> str | None:
    if code is None:
        return None
    loinc = code.code(LOINC)
    if loinc is not None:
        return f"{LOINC}|{loinc.code}"
    for found in code.codes:
        if found.code:
            return f"{found.system or ''}|{found.code}"
    return f"text|{code.label.casefold()}" if code.label else None


def _category(resource: dict[str, Any]) -> str | None:
    for found in concepts(resource.get("category")):
        for coding in found.codes:
            if coding.code:
                return coding.code
    return None


def _point(fact: Fact, ctx: BuildContext) -> ResultPoint:
    resource = fact.primary.resource
    moment = when(resource, "effectiveDateTime", "effectivePeriod", "effectiveInstant", "issued")
    components = tuple(
        ComponentValue(concept(c.get("code")), value_of(c), reference_ranges(c))
        for c in objs(resource.get("component"))
    )
    return ResultPoint(
        fact.row_ids,
        ctx.sources(fact.members),
        moment.first if moment else None,
        value_of(resource),
        components,
        concepts(resource.get("interpretation")),
        reference_ranges(resource),
        text(resource.get("status")),
        notes(resource),
    )


def build_series(ctx: BuildContext, facts: list[Fact]) -> tuple[ResultSeries, ...]:
    groups: dict[str, list[tuple[Fact, ResultPoint]]] = {}
    codes: dict[str, Concept] = {}
    for fact in facts:
        code = concept(fact.primary.resource.get("code"))
        key = series_key(code)
        point = guarded(_point, fact, ctx) if key is not None else None
        if key is None or code is None or point is None:
            continue  # no code to group by: left to the other records
        groups.setdefault(key, []).append((fact, point))
        codes.setdefault(key, code)
    series: list[ResultSeries] = []
    for key, members in groups.items():
        members.sort(key=lambda m: (sort_key(m[1].date), m[1].date or "", m[0].primary.row_id))
        points = tuple(p for _, p in members)
        rows = tuple(sorted(r for f, _ in members for r in f.row_ids))
        identity = f"series:{min(f.primary.row_id for f, _ in members)}"
        ctx.claim(rows, identity)
        units = Counter(
            p.value.quantity.unit_key
            for p in points
            if p.value.quantity and p.value.quantity.unit_key
        )
        ranged = [p for p in points if p.reference_ranges]
        code = codes[key]
        loinc = code.code(LOINC)
        series.append(
            ResultSeries(
                id=identity,
                row_ids=rows,
                sources=ctx.sources(m for f, _ in members for m in f.members),
                key=key,
                name=code.label,
                code=code,
                category=_category(members[0][0].primary.resource),
                unit=units.most_common(1)[0][0] if units else None,
                reference_range=ranged[-1].reference_ranges[0] if ranged else None,
                tumour_marker=loinc is not None and loinc.code in SERUM_TUMOUR_MARKERS,
                points=points,
            )
        )
    series.sort(key=lambda s: ((s.name or "").casefold(), s.key))
    return tuple(series)


def _parse_report(stored: StoredResource, ctx: BuildContext) -> Report | None:
    resource = stored.resource
    code = concept(resource.get("code"))
    moment = when(resource, "effectiveDateTime", "effectivePeriod", "issued")
    result_ids: list[str] = []
    for ref in objs(resource.get("result")):
        target = ctx.index.resolve(reference_of(ref), stored)
        owner = ctx.claimed.get(target.row_id) if target is not None else None
        if owner is not None and owner not in result_ids:
            result_ids.append(owner)
    return Report(
        id="",
        row_ids=(),
        sources=(),
        title=code.label if code else None,
        code=code,
        categories=concepts(resource.get("category")),
        date=moment.first if moment else None,
        status=text(resource.get("status")),
        conclusion=text(resource.get("conclusion")),
        result_ids=tuple(result_ids),
        attachments=attachments_of(resource),
    )


def build_reports(ctx: BuildContext, facts: list[Fact]) -> tuple[Report, ...]:
    built = (
        build_fact(ctx, f, "report", _parse_report)
        for f in facts
        if not ctx.is_claimed(f.primary.row_id)
    )
    return tuple(item for item in built if item is not None)
