"""What the overview picks from the record, without Qt: the emergency facts (allergies, active
cancers with their stage, current treatment, devices), the next follow-ups and the latest results.

The rules follow the printed summary's emergency page (``summary/select.py``), so that the app and
the PDF show the same facts: an allergy or a cancer counts unless the source says it is over or
was entered in error; a device counts while it is in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ecan_desktop.record.allergies import Allergy
from ecan_desktop.record.care_plan import Activity, CarePlanItem, FollowUp
from ecan_desktop.record.dates import sort_key, to_date
from ecan_desktop.record.devices import DeviceItem
from ecan_desktop.record.diagnoses import CancerDiagnosis
from ecan_desktop.record.lines import TherapyLine
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.quantities import Quantity, ReferenceRange
from ecan_desktop.record.radiotherapy import RadiotherapyCourse
from ecan_desktop.record.results import ResultPoint, ResultSeries
from ecan_desktop.record.staging import StageCategory
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.summary.select import ACTIVE_CANCER_STATUSES, INVALID

ACTIVE_DEVICE_STATUSES = frozenset({None, "active"})
OVER = frozenset({"cancelled", "entered-in-error", "revoked", "stopped", "completed", "noshow"})
RESULT_PRIORITY = ("laboratory",)  # blood tests and tumour markers before vital signs and others
HIGH_CODES = frozenset({"H", "HH", "HU", ">"})
LOW_CODES = frozenset({"L", "LL", "LU", "<"})
NORMAL_CODES = frozenset({"N"})
ABNORMAL_CODES = frozenset({"A", "AA"})


def _valid(item: object) -> bool:
    statuses = (
        getattr(item, "verification_status", None),
        getattr(item, "clinical_status", None),
        getattr(item, "status", None),
    )
    return not any(isinstance(s, str) and s in INVALID for s in statuses)


# -- emergency facts ----------------------------------------------------------------------------
def active_allergies(record: PatientRecord) -> tuple[Allergy, ...]:
    """Allergies not stated to be over: high criticality first; "no known allergy" last."""
    found = [a for a in record.allergies if a.clinical_status in (None, "active") and _valid(a)]
    return tuple(sorted(found, key=lambda a: (a.no_known_allergy, a.criticality != "high")))


def active_cancers(record: PatientRecord) -> tuple[CancerDiagnosis, ...]:
    """Cancers not stated to be over, primaries first (as the emergency page lists them)."""
    active = [
        d
        for d in record.diagnoses
        if d.clinical_status in ACTIVE_CANCER_STATUSES and d.abatement is None and _valid(d)
    ]
    return tuple(sorted(active, key=lambda d: d.role == "secondary"))


@dataclass(frozen=True)
class StageFacts:
    stage: str
    type: str | None  # clinical | pathologic
    system: str | None
    edition: str | None
    categories: tuple[str, ...]  # pT2, pN1a, cM0
    date: str | None


def stage_of(record: PatientRecord, diagnosis: CancerDiagnosis) -> StageFacts | None:
    """The stage the printed summary shows: the last stage group assessed for the diagnosis,
    else a stage written on the diagnosis itself."""
    groups = [
        s
        for s in record.staging
        if diagnosis.id in s.diagnosis_ids and s.kind in ("group", "other") and s.stage
    ]
    if groups:
        latest = groups[-1]
        return StageFacts(
            latest.stage or "",
            latest.type,
            latest.system,
            latest.edition,
            _category_labels(latest.categories),
            latest.date,
        )
    for summary in diagnosis.stages:
        if summary.stage:
            return StageFacts(summary.stage, None, summary.system, summary.edition, (), None)
    return None


def _category_labels(categories: tuple[StageCategory, ...]) -> tuple[str, ...]:
    return tuple(c.label for c in categories if c.label)


@dataclass(frozen=True)
class CurrentLine:
    line: TherapyLine | None  # None when the agent belongs to no numbered line
    agents: tuple[SystemicAgent, ...]  # the line's agents given now


def current_treatment(
    record: PatientRecord, today: date
) -> tuple[tuple[CurrentLine, ...], tuple[RadiotherapyCourse, ...]]:
    """The lines of systemic therapy with an agent given now, and radiotherapy under way."""
    current = {a.id: a for a in record.systemic.agents if a.current}
    lines: list[CurrentLine] = []
    placed: set[str] = set()
    for line in record.systemic.lines:
        agents = tuple(current[i] for i in line.agent_ids if i in current)
        if agents:
            lines.append(CurrentLine(line, agents))
            placed.update(a.id for a in agents)
    lines.extend(CurrentLine(None, (a,)) for a in current.values() if a.id not in placed)
    courses = tuple(c for c in record.radiotherapy if _under_way(c, today))
    return tuple(lines), courses


def _under_way(course: RadiotherapyCourse, today: date) -> bool:
    if course.status in ("in-progress", "active"):
        return True
    if course.status not in (None, "") or course.period is None:
        return False
    start, end = to_date(course.period.start), to_date(course.period.end)
    return start is not None and start <= today and (end is None or end >= today)


def active_devices(record: PatientRecord) -> tuple[DeviceItem, ...]:
    """Devices in place (a port above all), ports first."""
    found = [d for d in record.devices if d.status in ACTIVE_DEVICE_STATUSES and _valid(d)]
    return tuple(sorted(found, key=lambda d: not d.is_port))


# -- what comes next ----------------------------------------------------------------------------
def follow_ups(
    record: PatientRecord, today: date
) -> tuple[tuple[FollowUp, ...], tuple[FollowUp, ...]]:
    """(upcoming, soonest first; past, latest first). An order that a booked appointment
    fulfils is shown once, as the appointment."""
    booked = {i for f in record.follow_up for i in f.based_on_ids}
    shown = [
        f
        for f in record.follow_up
        if f.id not in booked and f.status not in OVER and _valid(f) and f.date
    ]
    upcoming = [f for f in shown if (to_date(f.date) or date.min) >= today]
    past = [f for f in shown if f not in upcoming]
    return (
        tuple(sorted(upcoming, key=lambda f: f.date or "")),
        tuple(sorted(past, key=lambda f: sort_key(f.date), reverse=True)),
    )


def active_plans(
    record: PatientRecord, today: date
) -> tuple[tuple[CarePlanItem, tuple[Activity, ...]], ...]:
    """Care plans in force, with their activities not yet over."""
    found = []
    for plan in record.care_plans:
        end = to_date(plan.period.end) if plan.period else None
        if plan.status != "active" or not _valid(plan) or (end is not None and end < today):
            continue
        activities = tuple(
            a for a in plan.activities if a.status not in OVER and (a.title or a.description)
        )
        if activities or plan.title or plan.description:
            found.append((plan, activities))
    return tuple(found)


# -- latest results -----------------------------------------------------------------------------
@dataclass(frozen=True)
class LatestResult:
    series: ResultSeries
    point: ResultPoint
    flag: str | None  # high | low | normal | abnormal


def latest_results(record: PatientRecord, limit: int) -> tuple[LatestResult, ...]:
    """The latest value of the most recently measured series: blood tests and tumour markers
    first, then the others (vital signs, scores)."""
    series = [s for s in record.results if s.points and _has_value(s.points[-1])]
    # Latest first (an unknown date last), then the preferred kinds before the others.
    series.sort(key=lambda s: (sort_key(s.points[-1].date) != "9999", sort_key(s.points[-1].date)))
    series.reverse()
    series.sort(key=lambda s: not (s.tumour_marker or s.category in RESULT_PRIORITY))
    return tuple(
        LatestResult(s, s.points[-1], result_flag(s, s.points[-1])) for s in series[:limit]
    )


def _has_value(point: ResultPoint) -> bool:
    return point.value.kind not in ("none", "absent") or bool(point.components)


def _range_of(series: ResultSeries, point: ResultPoint) -> ReferenceRange | None:
    return point.reference_ranges[0] if point.reference_ranges else series.reference_range


def result_flag(series: ResultSeries, point: ResultPoint) -> str | None:
    """Above, below or within the reference range; else what the source's interpretation says."""
    found = _flag_from_range(point.value.quantity, _range_of(series, point))
    if found is not None:
        return found
    codes = {c.code for concept in point.interpretation for c in concept.codes if c.code}
    if codes & HIGH_CODES:
        return "high"
    if codes & LOW_CODES:
        return "low"
    if codes & ABNORMAL_CODES:
        return "abnormal"
    if codes & NORMAL_CODES:
        return "normal"
    return None


def _flag_from_range(value: Quantity | None, found: ReferenceRange | None) -> str | None:
    if value is None or value.value is None or value.comparator or found is None:
        return None
    bounds = [b for b in (found.low, found.high) if b is not None and b.value is not None]
    if not bounds or any(not _same_unit(value, b) for b in bounds):
        return None
    if found.low is not None and found.low.value is not None and value.value < found.low.value:
        return "low"
    if found.high is not None and found.high.value is not None and value.value > found.high.value:
        return "high"
    return "normal"


def _same_unit(value: Quantity, bound: Quantity) -> bool:
    return value.unit_key is None or bound.unit_key is None or value.unit_key == bound.unit_key


def reference_range(series: ResultSeries, point: ResultPoint) -> ReferenceRange | None:
    return _range_of(series, point)
