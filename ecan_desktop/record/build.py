"""Build the oncology record from an open vault: :func:`build_record`, the one entry point.

Runs on the thread that owns the vault (it reads it once) and returns frozen data any thread may
hold. The order of the steps matters: a section that takes resources another one refers to
(a radiotherapy course its dose observations, a treatment its cumulative-dose statements, a stage
group its T, N and M categories) runs before the sections that would otherwise list them.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from ecan_desktop.record.allergies import build_allergies
from ecan_desktop.record.assessments import (
    build_disease_status,
    build_performance,
    is_disease_status,
    performance_scale,
)
from ecan_desktop.record.care_plan import build_care_plans, build_follow_up, build_goals
from ecan_desktop.record.context import BuildContext, Item
from ecan_desktop.record.dates import Period
from ecan_desktop.record.devices import build_devices
from ecan_desktop.record.diagnoses import build_diagnoses, register_cancers
from ecan_desktop.record.documents import build_documents
from ecan_desktop.record.doses import is_cumulative_dose_observation
from ecan_desktop.record.encounters import build_encounters
from ecan_desktop.record.imaging import is_imaging
from ecan_desktop.record.immunisations import build_immunisations
from ecan_desktop.record.index import Fact, ResourceIndex, VaultReader
from ecan_desktop.record.markers import build_markers, marker_name
from ecan_desktop.record.medications import MEDICATION_TYPES, build_medications
from ecan_desktop.record.memo import content, remembering
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.other import SUPPORTING_TYPES, build_other, build_supporting
from ecan_desktop.record.patient import PatientItem, summary_of
from ecan_desktop.record.patient_entries import build_patient_entries
from ecan_desktop.record.procedures import build_procedures
from ecan_desktop.record.radiotherapy import build_radiotherapy
from ecan_desktop.record.results import build_reports, build_series
from ecan_desktop.record.staging import build_staging, staging_kind
from ecan_desktop.record.systemic import build_systemic
from ecan_desktop.record.timeline import EventSource, build_timeline


def _observation_role(fact: Fact) -> str:
    resource = fact.primary.resource
    if staging_kind(resource) is not None:
        return "staging"
    if performance_scale(resource) is not None:
        return "performance"
    if is_disease_status(resource):
        return "disease_status"
    if marker_name(resource) is not None:
        return "marker"
    if is_cumulative_dose_observation(resource):
        return "cumulative_dose"  # a dose no treatment points at: listed among the other records
    return "result"


# The elements of an Observation that _observation_role reads (tests/unit/record/
# test_build_memos.py checks it): observations that agree on them have the same role, which is
# worked out once for them all.
ROLE_ELEMENTS = ("meta", "code", "category", "method")


def _roles(facts: list[Fact]) -> dict[str, list[Fact]]:
    roles: dict[str, list[Fact]] = {}
    known: dict[bytes, str] = {}
    for fact in facts:
        resource = fact.primary.resource
        elements = [resource.get(n) for n in ROLE_ELEMENTS] if isinstance(resource, dict) else None
        key = content(elements) if elements is not None else None
        role = known.get(key) if key is not None else None
        if role is None:
            try:
                role = _observation_role(fact)
            except Exception:  # unreadable: neither a stage nor a result; another record
                role = "other"
            if key is not None:
                known[key] = role
        roles.setdefault(role, []).append(fact)
    return roles


def _patient(ctx: BuildContext, vault: VaultReader) -> PatientItem:
    facts = ctx.index.facts_of_type("Patient")
    rows = tuple(sorted(r for f in facts for r in f.row_ids))
    ctx.claim(rows, "patient")
    patients = [ctx.index.by_row[r] for r in rows]
    try:
        summary = summary_of(
            patients, vault.get_meta("patient_name"), vault.get_meta("patient_birth_date")
        )
    except Exception:  # a malformed Patient: the record still builds, without a name
        summary = summary_of(
            [], vault.get_meta("patient_name"), vault.get_meta("patient_birth_date")
        )
    return PatientItem("patient", rows, ctx.sources(patients), summary)


def build_record(vault: VaultReader, *, today: date | None = None) -> PatientRecord:
    """The whole record of an open vault. *today* decides what is "current" (default: today)."""
    with _collector_paused(), remembering():
        return _build_record(vault, today)


# A build that leaves more new objects than this (a record of thousands of resources) collects
# once when it is done; a small one leaves it to the collector's usual rhythm.
_COLLECT_AFTER = 50_000


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the record is built: the build makes no cycles to
    collect, and with 20 000 resources in memory each full collection walks all of them again
    (over a third of the build's time, the user interface frozen meanwhile). After a large
    build, one full collection here, on the thread that built the record, does at once what the
    collector would otherwise do later, in the middle of showing it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            if gc.get_count()[0] > _COLLECT_AFTER:
                gc.collect()


def _build_record(vault: VaultReader, today: date | None) -> PatientRecord:
    ctx = BuildContext(ResourceIndex.read(vault), today or date.today())
    patient = _patient(ctx, vault)
    entries = build_patient_entries(ctx)  # before results and documents take them
    conditions = ctx.index.facts_of_type("Condition")
    cancers = register_cancers(ctx, conditions)
    radiotherapy = build_radiotherapy(ctx, ctx.unclaimed("Procedure"))
    systemic = build_systemic(ctx, ctx.unclaimed(*MEDICATION_TYPES))
    roles = _roles(ctx.unclaimed("Observation"))
    staging = build_staging(ctx, roles.get("staging", []))
    diagnoses, other_conditions = build_diagnoses(ctx, conditions, cancers)
    markers = build_markers(ctx, roles.get("marker", []))
    performance = build_performance(ctx, roles.get("performance", []))
    disease_status = build_disease_status(ctx, roles.get("disease_status", []))
    procedures, protocols = build_procedures(ctx, ctx.unclaimed("Procedure"))
    medications = build_medications(ctx, ctx.unclaimed(*MEDICATION_TYPES))
    allergies = build_allergies(ctx, ctx.unclaimed("AllergyIntolerance"))
    immunisations = build_immunisations(ctx, ctx.unclaimed("Immunization"))
    devices = build_devices(ctx, ctx.unclaimed("DeviceUseStatement"), ctx.unclaimed("Device"))
    series = build_series(
        ctx, [f for f in roles.get("result", []) if not ctx.is_claimed(f.primary.row_id)]
    )
    reports = build_reports(ctx, ctx.unclaimed("DiagnosticReport"))
    documents = build_documents(ctx, ctx.unclaimed("DocumentReference", "Binary", "Composition"))
    follow_up = build_follow_up(ctx, ctx.unclaimed("ServiceRequest", "Appointment", "Task"))
    goals = build_goals(ctx, ctx.unclaimed("Goal"))
    care_plans = build_care_plans(ctx, ctx.unclaimed("CarePlan"))
    encounters = build_encounters(ctx, ctx.unclaimed("Encounter"))
    surgery = tuple(p for p in procedures if p.kind == "surgery")
    transplants = tuple(p for p in procedures if p.kind == "transplant")
    others = tuple(p for p in procedures if p.kind not in ("surgery", "transplant"))
    remaining = [f for f in ctx.index.facts if not ctx.is_claimed(f.primary.row_id)]
    other_records = build_other(
        ctx, [f for f in remaining if f.resource_type not in SUPPORTING_TYPES]
    )
    built: list[Item] = [
        patient, *diagnoses, *other_conditions, *staging, *markers, *performance,
        *disease_status, *procedures, *systemic.agents, *protocols, *radiotherapy, *medications,
        *allergies, *immunisations, *devices, *series, *reports, *documents, *follow_up,
        *goals, *care_plans, *encounters, *other_records,
    ]  # fmt: skip
    supporting = build_supporting(
        ctx, [f for f in remaining if f.resource_type in SUPPORTING_TYPES], built
    )
    record = PatientRecord(
        patient=patient,
        counts=dict(sorted(Counter(r.resource_type for r in ctx.index.rows).items())),
        sources=tuple(ctx.index.sources[k] for k in sorted(ctx.index.sources)),
        diagnoses=diagnoses,
        other_conditions=other_conditions,
        staging=staging,
        tumour_markers=markers,
        disease_status=disease_status,
        performance_status=performance,
        surgery=surgery,
        systemic=systemic,
        protocols=protocols,
        radiotherapy=radiotherapy,
        transplants=transplants,
        procedures=others,
        medications=medications,
        allergies=allergies,
        immunisations=immunisations,
        devices=devices,
        results=series,
        reports=reports,
        documents=documents,
        care_plans=care_plans,
        follow_up=follow_up,
        goals=goals,
        encounters=encounters,
        timeline=(),
        other_records=other_records,
        supporting=supporting,
        patient_entries=entries,
    )
    return _with_timeline(record)


def _events(record: PatientRecord) -> Iterator[EventSource]:
    def at(day: str | None) -> Period | None:
        return Period(day) if day else None

    for d in record.diagnoses:
        yield EventSource("diagnosis", d.id, d.title, at(d.date), d.sources)
    for s in record.staging:
        yield EventSource("stage", s.id, s.stage, at(s.date), s.sources)
    for m in record.tumour_markers:
        yield EventSource("test", m.id, m.name, at(m.date), m.sources)
    for r in record.reports:
        kind = "imaging" if is_imaging(r.code, r.categories) else "test"
        yield EventSource(kind, r.id, r.title, at(r.date), r.sources)
    for st in record.disease_status:
        yield EventSource(
            "status", st.id, st.status.label if st.status else None, at(st.date), st.sources
        )
    yield from _treatment_events(record)
    yield from _care_events(record)


def _treatment_events(record: PatientRecord) -> Iterator[EventSource]:
    for p in (*record.surgery, *record.transplants, *record.procedures):
        kind = "imaging" if p.kind == "procedure" and is_imaging(p.code, (p.category,)) else p.kind
        yield EventSource(kind, p.id, p.title, p.period, p.sources)
    for line in record.systemic.lines:
        yield EventSource("line", line.id, None, line.period, line.sources)
    for a in record.systemic.agents:
        yield EventSource("medicine", a.id, a.agent, a.period, a.sources)
    for pr in record.protocols:
        yield EventSource(
            "medicine", pr.id, pr.category.label if pr.category else None, pr.period, pr.sources
        )
    for c in record.radiotherapy:
        yield EventSource("radiation", c.id, c.title, c.period, c.sources)
    for med in record.medications:
        yield EventSource("medicine", med.id, med.name, med.period, med.sources)


def _care_events(record: PatientRecord) -> Iterator[EventSource]:
    def at(day: str | None) -> Period | None:
        return Period(day) if day else None

    for al in record.allergies:
        title = al.substance.label if al.substance else None
        yield EventSource("allergy", al.id, title, at(al.onset), al.sources)
    for i in record.immunisations:
        yield EventSource(
            "vaccination", i.id, i.vaccine.label if i.vaccine else None, at(i.date), i.sources
        )
    for dev in record.devices:
        yield EventSource("device", dev.id, dev.name, dev.period, dev.sources)
    for doc in record.documents:
        yield EventSource("document", doc.id, doc.title, at(doc.date), doc.sources)
    for f in record.follow_up:
        yield EventSource(
            "follow_up", f.id, f.title, Period(f.date, f.end) if f.date else None, f.sources
        )
    for plan in record.care_plans:
        yield EventSource("follow_up", plan.id, plan.title, plan.period, plan.sources)
    yield from _entry_events(record)


def _entry_events(record: PatientRecord) -> Iterator[EventSource]:
    """The symptoms and notes the patient entered (a medicine they entered is a medicine's
    event already). A note's title is null: its words stay with the entry."""
    for entry in record.patient_entries:
        if entry.owns_rows and entry.kind in ("symptom", "note") and entry.date:
            title = entry.title if entry.kind == "symptom" else None
            yield EventSource(entry.kind, entry.id, title, Period(entry.date), entry.sources)


def _with_timeline(record: PatientRecord) -> PatientRecord:
    from dataclasses import replace

    return replace(record, timeline=build_timeline(_guarded_events(record)))


def _guarded_events(record: PatientRecord) -> Iterable[EventSource]:
    try:
        return list(_events(record))
    except Exception:  # the timeline is derived; an odd item must not stop the record
        return []
