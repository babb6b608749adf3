"""Systemic cancer treatment: one item per agent (its administrations, orders and statements),
its cycles where the data allows, its cumulative dose with the method, the lines of treatment,
and the anthracycline doxorubicin-equivalent totals."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ecan_desktop.record.agents import AgentMatch
from ecan_desktop.record.anthracyclines import EquivalentTotal, equivalent_total, is_anthracycline
from ecan_desktop.record.codes import Concept, concept
from ecan_desktop.record.context import BuildContext, guarded
from ecan_desktop.record.dates import Period, days_between, sort_key, span, when
from ecan_desktop.record.doses import (
    BodySurface,
    CumulativeDose,
    DoseLine,
    body_surfaces,
    bsa_for,
    normalisation_basis,
    per_m2,
    stated_doses,
    summed,
)
from ecan_desktop.record.fhir_json import extension, integer, number, obj, objs, reference_of
from ecan_desktop.record.index import Fact
from ecan_desktop.record.lines import TherapyLine, number_lines
from ecan_desktop.record.medications import (
    ACTIVE_STATUSES,
    dosage_text,
    is_cancer_treatment,
    is_current,
    medication_of,
    medication_period,
    status_of,
)
from ecan_desktop.record.quantities import Quantity, in_mg, in_mg_per_m2, quantity
from ecan_desktop.record.sources import SourceRef

_UNIT_DAYS = {
    "s": 1 / 86400,
    "min": 1 / 1440,
    "h": 1 / 24,
    "d": 1,
    "wk": 7,
    "mo": 30.4375,
    "a": 365.25,
}


@dataclass(frozen=True)
class Administration:
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    date: str | None
    end: str | None
    status: str | None
    dose: Quantity | None
    dose_mg: float | None
    dose_per_m2: float | None
    bsa_m2: float | None
    normalisation_basis: Concept | None
    route: Concept | None


@dataclass(frozen=True)
class Order:
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    authored: str | None
    status: str | None
    dose: Quantity | None
    count: int | None
    every_days: float | None
    bounds: Period | None
    text: str | None


@dataclass(frozen=True)
class Statement:
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    period: Period | None
    status: str | None
    count: int | None
    text: str | None


@dataclass(frozen=True)
class Cycles:
    planned: int | None  # as ordered (timing.repeat.count)
    every_days: float | None  # cycle length as ordered
    given: int | None  # administration days, grouped by the cycle length


@dataclass(frozen=True)
class SystemicAgent:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    agent: str | None  # the INN, else the source's name for the medicine
    medication: Concept | None
    atc: str | None
    anthracycline: bool
    period: Period | None
    status: str | None  # active | completed | the source's status
    current: bool
    line: int | None
    administrations: tuple[Administration, ...]
    orders: tuple[Order, ...]
    statements: tuple[Statement, ...]
    cycles: Cycles | None
    cumulative: tuple[CumulativeDose, ...]  # stated first, then summed (mg, mg/m²)
    diagnosis_ids: tuple[str, ...]
    intent: Concept | None


@dataclass(frozen=True)
class SystemicTherapy:
    agents: tuple[SystemicAgent, ...]
    lines: tuple[TherapyLine, ...]
    anthracycline_equivalents: tuple[EquivalentTotal, ...]  # one per unit (mg/m2, mg)


def _days(value: object, unit: object) -> float | None:
    amount = number(value)
    factor = _UNIT_DAYS.get(unit) if isinstance(unit, str) else None
    return amount * factor if amount is not None and factor is not None else None


def _first_dose(resource: dict[str, object], name: str) -> Quantity | None:
    for dosage in objs(resource.get(name)):
        direct = quantity(dosage.get("dose"))
        if direct is not None:
            return direct
        for rate in objs(dosage.get("doseAndRate")):
            found = quantity(rate.get("doseQuantity"))
            if found is not None:
                return found
    return None


def _timing(resource: dict[str, object], name: str) -> tuple[int | None, float | None]:
    for dosage in objs(resource.get(name)):
        repeat = obj((obj(dosage.get("timing")) or {}).get("repeat")) or {}
        count = integer(repeat.get("count"))
        every = _days(repeat.get("period"), repeat.get("periodUnit"))
        if count is not None or every is not None:
            return count, every
    return None, None


def _order(fact: Fact, ctx: BuildContext) -> Order:
    resource = fact.primary.resource
    count, every = _timing(resource, "dosageInstruction")
    bounds = None
    for dosage in objs(resource.get("dosageInstruction")):
        repeat = obj((obj(dosage.get("timing")) or {}).get("repeat")) or {}
        bounds = bounds or when(repeat, "boundsPeriod")
    authored = when(resource, "authoredOn")
    return Order(
        fact.row_ids,
        ctx.sources(fact.members),
        authored.first if authored else None,
        status_of(resource),
        _first_dose(resource, "dosageInstruction"),
        count,
        every,
        bounds,
        dosage_text(resource),
    )


def _statement(fact: Fact, ctx: BuildContext) -> Statement:
    resource = fact.primary.resource
    count = None
    for dosage in objs(resource.get("dosage")):
        repeat = obj((obj(dosage.get("timing")) or {}).get("repeat")) or {}
        count = count or integer(repeat.get("count"))
    return Statement(
        fact.row_ids,
        ctx.sources(fact.members),
        medication_period(resource),
        status_of(resource),
        count,
        dosage_text(resource),
    )


def _administration(
    fact: Fact, ctx: BuildContext, surfaces: list[BodySurface], orders: dict[int, Order]
) -> Administration:
    stored = fact.primary
    resource = stored.resource
    moment = when(resource, "effectiveDateTime", "effectivePeriod")
    dosage = obj(resource.get("dosage")) or {}
    dose = quantity(dosage.get("dose"))
    mg = in_mg(dose)
    date = moment.first if moment else None
    bsa = bsa_for(stored, date, ctx, surfaces)
    request = ctx.index.resolve(reference_of(resource.get("request")), stored)
    order = orders.get(request.row_id) if request is not None else None
    prescribed = in_mg_per_m2(order.dose) if order is not None else None
    return Administration(
        fact.row_ids,
        ctx.sources(fact.members),
        date,
        moment.end if moment else None,
        status_of(resource),
        dose,
        mg,
        per_m2(dose, mg, bsa, prescribed),
        bsa,
        normalisation_basis(resource),
        concept(dosage.get("route")),
    )


def _cycles(administrations: list[Administration], orders: list[Order]) -> Cycles | None:
    planned = next((o.count for o in orders if o.count), None)
    every = next((o.every_days for o in orders if o.every_days), None)
    days = sorted({a.date[:10] for a in administrations if a.date and a.end is None})
    given = None
    if days and every:
        given = 1
        for previous, current in itertools.pairwise(days):
            gap = days_between(previous, current)
            if gap is not None and gap >= every / 2:
                given += 1
    if planned is None and every is None and given is None:
        return None
    return Cycles(planned, every, given)


def _status(
    administrations: list[Administration], orders: list[Order], statements: list[Statement]
) -> str | None:
    declared = [s.status for s in statements] + [o.status for o in orders]
    if any(s in ACTIVE_STATUSES for s in declared):
        return "active"
    if administrations and all(a.status in (None, "completed") for a in administrations):
        return "completed"
    return next((s for s in declared if s), None) or (
        administrations[0].status if administrations else None
    )


def _agent(
    facts: list[Fact], match: AgentMatch, medication: Concept | None, ctx: BuildContext,
    surfaces: list[BodySurface],
) -> SystemicAgent:  # fmt: skip
    by_type: dict[str, list[Fact]] = {}
    for fact in facts:
        by_type.setdefault(fact.resource_type, []).append(fact)
    orders = {f.primary.row_id: _order(f, ctx) for f in by_type.get("MedicationRequest", [])}
    statements = [_statement(f, ctx) for f in by_type.get("MedicationStatement", [])]
    statements += [_statement(f, ctx) for f in by_type.get("MedicationDispense", [])]
    administrations: list[Administration] = []
    stated: list[CumulativeDose] = []
    extra_rows: list[int] = []
    for fact in by_type.get("MedicationAdministration", []):
        found = guarded(_administration, fact, ctx, surfaces, orders)
        if found is not None:
            administrations.append(found)
        doses, rows = stated_doses(fact.primary, ctx)
        stated.extend(doses)
        extra_rows.extend(rows)
    administrations.sort(key=lambda a: sort_key(a.date))
    lines = [
        DoseLine(a.dose_mg, a.dose_per_m2, a.dose is not None)
        for a in administrations
        if a.status not in ("not-done", "entered-in-error", "stopped")
    ]
    periods = [Period(a.date, a.end) for a in administrations if a.date]
    periods += [
        p
        for p in (o.bounds or (Period(o.authored) if o.authored else None) for o in orders.values())
        if p
    ]
    periods += [s.period for s in statements if s.period]
    whole = span(periods)
    if whole is not None and _ongoing(statements):
        whole = Period(whole.start, None)
    status = _status(administrations, list(orders.values()), statements)
    rows = sorted({r for f in facts for r in f.row_ids} | set(extra_rows))
    members = [ctx.index.by_row[r] for r in rows]
    intents = (extension(m.resource, "mcode-procedure-intent") for f in facts for m in f.members)
    intent_ext = next((i for i in intents if i is not None), None)
    diagnosis_ids: list[str] = []
    for fact in facts:
        refs = [reference_of(r) for r in objs(fact.primary.resource.get("reasonReference"))]
        for found_id in ctx.diagnosis_ids(refs, fact.primary):
            if found_id not in diagnosis_ids:
                diagnosis_ids.append(found_id)
    first_row = min(f.primary.row_id for f in facts)
    return SystemicAgent(
        id=f"agent:{first_row}",
        row_ids=tuple(rows),
        sources=ctx.sources(members),
        agent=match.name,
        medication=medication,
        atc=match.atc,
        anthracycline=match.agent is not None and is_anthracycline(match.agent.inn),
        period=whole,
        status=status,
        current=is_current(status, whole, ctx.today.isoformat()),
        line=None,
        administrations=tuple(administrations),
        orders=tuple(sorted(orders.values(), key=lambda o: sort_key(o.authored))),
        statements=tuple(statements),
        cycles=_cycles(administrations, list(orders.values())),
        cumulative=tuple(stated + summed(lines)),
        diagnosis_ids=tuple(diagnosis_ids),
        intent=concept(intent_ext.get("valueCodeableConcept")) if intent_ext else None,
    )


def _ongoing(statements: list[Statement]) -> bool:
    return any(
        s.status in ACTIVE_STATUSES and s.period and s.period.end is None for s in statements
    )


def _anthracyclines(agents: list[SystemicAgent]) -> tuple[EquivalentTotal, ...]:
    given = [a for a in agents if a.anthracycline and a.agent]
    totals: list[EquivalentTotal] = []
    for unit in ("mg/m2", "mg"):
        doses = [
            (a.id, a.agent or "", next((c.value for c in a.cumulative if c.unit == unit), None))
            for a in given
        ]
        total = equivalent_total(unit, doses)
        if total is not None:
            totals.append(total)
    return tuple(totals)


def build_systemic(ctx: BuildContext, facts: list[Fact]) -> SystemicTherapy:
    """*facts*: the unclaimed medication facts; those about cancer treatment are taken."""
    groups: dict[str, tuple[AgentMatch, Concept | None, list[Fact]]] = {}
    for fact in facts:
        found = guarded(medication_of, fact, ctx)
        medication, match = found if found is not None else (None, None)
        if match is None or not guarded(is_cancer_treatment, fact, ctx, match):
            continue
        groups.setdefault(match.key, (match, medication, []))[2].append(fact)
    surfaces = body_surfaces(ctx) if groups else []  # every Observation read: only when needed
    agents: list[SystemicAgent] = []
    for match, medication, members in groups.values():
        agent = guarded(_agent, members, match, medication, ctx, surfaces)
        if agent is not None:
            ctx.claim(agent.row_ids, agent.id)
            agents.append(agent)
    agents.sort(key=lambda a: (sort_key(a.period.first if a.period else None), a.id))
    numbered, lines = number_lines(agents, ctx.today.isoformat())
    return SystemicTherapy(tuple(numbered), lines, _anthracyclines(numbered))
