"""``show`` without ``--json``: the record as a short text a person can read in a terminal.

The emergency facts come first (UI.md principle 1): allergies, current medicines, devices, then
the cancer, its stage and its treatment. Dates are printed as the sources gave them.
"""

from __future__ import annotations

from collections.abc import Iterable

from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.sources import SourceRef


def _sources(sources: Iterable[SourceRef]) -> str:
    names = [" · ".join(p for p in (s.centre_name, s.centre_country) if p) for s in sources]
    names = [n for n in names if n]
    return f"  [{'; '.join(names)}]" if names else ""


def _number(value: float) -> str:
    return f"{value:g}"


def _allergies(record: PatientRecord) -> list[str]:
    lines = []
    for allergy in record.allergies:
        name = (allergy.substance.label if allergy.substance else None) or "(not named)"
        severity = f", {allergy.criticality} criticality" if allergy.criticality else ""
        lines.append(f"  {name}{severity}{_sources(allergy.sources)}")
    return lines or ["  none recorded"]


def _current_medicines(record: PatientRecord) -> list[str]:
    lines = [
        f"  {agent.agent or 'cancer medicine'} (cancer treatment){_sources(agent.sources)}"
        for agent in record.systemic.agents
        if agent.current
    ]
    lines += [
        f"  {m.name or 'medicine'}{f' — {m.dosage}' if m.dosage else ''}{_sources(m.sources)}"
        for m in record.medications
        if m.current
    ]
    return lines or ["  none recorded"]


def _cancer(record: PatientRecord) -> list[str]:
    lines = []
    for diagnosis in record.diagnoses:
        coded = f" (ICD-10 {diagnosis.icd10.code})" if diagnosis.icd10 else ""
        since = f", since {diagnosis.onset}" if diagnosis.onset else ""
        lines.append(f"  {diagnosis.title or 'Cancer'}{coded}{since}{_sources(diagnosis.sources)}")
    for stage in record.staging:
        if stage.kind != "group":
            continue
        edition = f"{stage.edition}th edition" if stage.edition else None
        system = " ".join(p for p in (stage.system, edition) if p)
        categories = " ".join(c.label for c in stage.categories if c.label)
        lines.append(f"  stage {stage.stage} ({system}) {categories}".rstrip())
    return lines or ["  no cancer diagnosis recorded"]


def _treatment(record: PatientRecord) -> list[str]:
    lines = []
    for agent in record.systemic.agents:
        doses = ", ".join(f"{_number(d.value)} {d.unit}" for d in agent.cumulative)
        total = f": cumulative {doses}" if doses else ""
        lines.append(f"  {agent.agent or 'medicine'}{total}{_sources(agent.sources)}")
    for equivalent in record.systemic.anthracycline_equivalents:
        lines.append(f"  doxorubicin equivalents: {_number(equivalent.total)} {equivalent.unit}")
    for course in record.radiotherapy:
        volumes = " + ".join(
            f"{_number(v.dose_gy)} Gy"
            + (f"/{v.fractions} fx" if v.fractions else "")
            + (" boost" if v.boost else "")
            for v in course.volumes
            if v.dose_gy is not None
        )
        lines.append(f"  radiotherapy: {course.title or ''} {volumes}".rstrip())
    for surgery in record.surgery:
        when = f", {surgery.period.start}" if surgery.period and surgery.period.start else ""
        lines.append(f"  surgery: {surgery.title}{when}")
    return lines or ["  none recorded"]


def record_text(record: PatientRecord) -> list[str]:
    patient = record.patient.summary
    lines = [f"{patient.name or '(name not recorded)'}, born {patient.birth_date or '?'}", ""]
    sections = [
        ("Allergies", _allergies(record)),
        ("Medicines now", _current_medicines(record)),
        ("Devices", [f"  {d.name}{_sources(d.sources)}" for d in record.devices] or ["  none"]),
        ("Cancer", _cancer(record)),
        ("Cancer treatment", _treatment(record)),
    ]
    for title, body in sections:
        lines += [f"{title}:", *body, ""]
    points = sum(len(series.points) for series in record.results)
    lines.append(
        f"Results: {points} values in {len(record.results)} series; "
        f"documents: {len(record.documents)}; other records: {len(record.other_records)}"
    )
    lines.append("Sources:")
    lines += [
        f"  {s.source_id}. {s.centre_name or '(unknown centre)'}"
        f"{f' · {s.centre_country}' if s.centre_country else ''}, imported {s.imported_at}"
        for s in record.sources
    ]
    return lines
