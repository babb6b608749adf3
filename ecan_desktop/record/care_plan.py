"""Care plans and follow-up: plans with their activities and schedules, ordered services
(ServiceRequest), booked appointments and goals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.codes import Concept, concept, concepts
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import Period, fhir_date, when
from ecan_desktop.record.fhir_json import number, obj, objs, reference_of, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.quantities import Quantity, quantity
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource


@dataclass(frozen=True)
class Activity:
    title: str | None
    code: Concept | None
    kind: str | None  # the FHIR resource kind planned (Appointment, ServiceRequest, ...)
    status: str | None
    description: str | None
    scheduled: str | None  # the source's words ("Prossimo controllo 2029")
    every: float | None  # repeats every <every> <every_unit> (timing.repeat)
    every_unit: str | None  # s | min | h | d | wk | mo | a
    period: Period | None
    product: Concept | None
    daily_amount: Quantity | None
    reasons: tuple[Concept, ...]
    item_id: str | None  # the record item the activity refers to (an order, an appointment)


@dataclass(frozen=True)
class CarePlanItem:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    title: str | None
    description: str | None
    status: str | None
    intent: str | None
    categories: tuple[Concept, ...]
    period: Period | None
    created: str | None
    activities: tuple[Activity, ...]
    goal_ids: tuple[str, ...]
    diagnosis_ids: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class FollowUp:
    """An ordered service (ServiceRequest), a booked appointment or a task."""

    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    kind: str  # service_request | appointment | task
    title: str | None
    code: Concept | None
    status: str | None
    date: str | None
    end: str | None
    description: str | None
    based_on_ids: tuple[str, ...]
    diagnosis_ids: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Goal:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    description: Concept | None
    lifecycle_status: str | None
    achievement: Concept | None
    start: str | None
    due: str | None


def _activity(element: dict[str, Any], stored: StoredResource, ctx: BuildContext) -> Activity:
    detail = obj(element.get("detail")) or {}
    target = ctx.index.resolve(reference_of(element.get("reference")), stored)
    code = concept(detail.get("code"))
    product = concept(detail.get("productCodeableConcept"))
    timing = obj(detail.get("scheduledTiming")) or {}
    repeat = obj(timing.get("repeat")) or {}
    display = text((obj(element.get("reference")) or {}).get("display"))
    return Activity(
        title=(code.label if code else None) or (product.label if product else None) or display,
        code=code,
        kind=text(detail.get("kind")) or (target.resource_type if target else None),
        status=text(detail.get("status")),
        description=text(detail.get("description")),
        scheduled=text(detail.get("scheduledString")),
        every=number(repeat.get("period")),
        every_unit=text(repeat.get("periodUnit")),
        period=when(detail, "scheduledPeriod") or when(repeat, "boundsPeriod"),
        product=product,
        daily_amount=quantity(detail.get("dailyAmount")),
        reasons=concepts(detail.get("reasonCode")),
        item_id=ctx.claimed.get(target.row_id) if target is not None else None,
    )


def _owners(
    references: list[str | None], stored: StoredResource, ctx: BuildContext
) -> tuple[str, ...]:
    found: list[str] = []
    for ref in references:
        target = ctx.index.resolve(ref, stored)
        owner = ctx.claimed.get(target.row_id) if target is not None else None
        if owner is not None and owner not in found:
            found.append(owner)
    return tuple(found)


def _parse_plan(stored: StoredResource, ctx: BuildContext) -> CarePlanItem | None:
    resource = stored.resource
    addresses = [reference_of(r) for r in objs(resource.get("addresses"))]
    return CarePlanItem(
        id="",
        row_ids=(),
        sources=(),
        title=text(resource.get("title")),
        description=text(resource.get("description")),
        status=text(resource.get("status")),
        intent=text(resource.get("intent")),
        categories=concepts(resource.get("category")),
        period=when(resource, "period"),
        created=fhir_date(resource.get("created")),
        activities=tuple(_activity(a, stored, ctx) for a in objs(resource.get("activity"))),
        goal_ids=_owners([reference_of(g) for g in objs(resource.get("goal"))], stored, ctx),
        diagnosis_ids=ctx.diagnosis_ids(addresses, stored),
        notes=tuple(t for t in (text(n.get("text")) for n in objs(resource.get("note"))) if t),
    )


_FOLLOW_UP_KINDS = {
    "ServiceRequest": "service_request",
    "Appointment": "appointment",
    "Task": "task",
}


def _parse_follow_up(stored: StoredResource, ctx: BuildContext) -> FollowUp | None:
    resource = stored.resource
    code = concept(resource.get("code"))
    service = next(iter(concepts(resource.get("serviceType"))), None)
    moment = when(resource, "occurrenceDateTime", "occurrencePeriod", "start", "executionPeriod")
    end = fhir_date(resource.get("end"))
    description = text(resource.get("description"))
    reasons = [reference_of(r) for r in objs(resource.get("reasonReference"))]
    return FollowUp(
        id="",
        row_ids=(),
        sources=(),
        kind=_FOLLOW_UP_KINDS.get(stored.resource_type, "task"),
        title=(code.label if code else None) or description or (service.label if service else None),
        code=code or service,
        status=text(resource.get("status")),
        date=moment.first if moment else fhir_date(resource.get("authoredOn")),
        end=end or (moment.end if moment else None),
        description=description,
        based_on_ids=_owners([reference_of(b) for b in objs(resource.get("basedOn"))], stored, ctx),
        diagnosis_ids=ctx.diagnosis_ids(reasons, stored),
        notes=tuple(
            t
            for t in (text(resource.get("comment")), text(resource.get("patientInstruction")))
            if t
        ),
    )


def _parse_goal(stored: StoredResource, ctx: BuildContext) -> Goal | None:
    del ctx
    resource = stored.resource
    targets = objs(resource.get("target"))
    due = next((fhir_date(t.get("dueDate")) for t in targets if fhir_date(t.get("dueDate"))), None)
    return Goal(
        id="",
        row_ids=(),
        sources=(),
        description=concept(resource.get("description")),
        lifecycle_status=text(resource.get("lifecycleStatus")),
        achievement=concept(resource.get("achievementStatus")),
        start=fhir_date(resource.get("startDate")),
        due=due,
    )


def build_follow_up(ctx: BuildContext, facts: list[Fact]) -> tuple[FollowUp, ...]:
    """Service requests first, so that appointments can name the request they are based on."""
    ordered = sorted(facts, key=lambda f: (f.resource_type != "ServiceRequest", f.primary.row_id))
    built = (
        build_fact(ctx, f, "follow_up", _parse_follow_up)
        for f in ordered
        if not ctx.is_claimed(f.primary.row_id)
    )
    return tuple(item for item in built if item is not None)


def build_goals(ctx: BuildContext, facts: list[Fact]) -> tuple[Goal, ...]:
    built = (build_fact(ctx, f, "goal", _parse_goal) for f in facts)
    return tuple(item for item in built if item is not None)


def build_care_plans(ctx: BuildContext, facts: list[Fact]) -> tuple[CarePlanItem, ...]:
    built = (
        build_fact(ctx, f, "care_plan", _parse_plan)
        for f in facts
        if not ctx.is_claimed(f.primary.row_id)
    )
    return tuple(item for item in built if item is not None)
