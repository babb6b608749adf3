"""The treatment periods the Results chart shades: each line of cancer medicines and each course of
radiotherapy, with its dates, so that a dip in the blood counts can be seen against the treatment
that caused it. Plain data; the chart draws and labels them."""

from __future__ import annotations

from dataclasses import dataclass

from ecan_desktop.record.model import PatientRecord

MEDICINES, RADIOTHERAPY = "medicines", "radiotherapy"


@dataclass(frozen=True)
class TreatmentPeriod:
    kind: str  # MEDICINES | RADIOTHERAPY
    number: int | None  # the line of treatment
    names: tuple[str, ...]  # the agents of a line; a radiotherapy course's title
    start: str
    end: str | None
    ongoing: bool  # still going on: the band runs to today


def treatment_periods(record: PatientRecord) -> tuple[TreatmentPeriod, ...]:
    current = {agent.id for agent in record.systemic.agents if agent.current}
    found: list[TreatmentPeriod] = []
    for line in record.systemic.lines:
        if line.period is None or line.period.first is None:
            continue
        found.append(
            TreatmentPeriod(
                MEDICINES,
                line.number,
                tuple(line.agents),
                line.period.first,
                line.period.end,
                any(a in current for a in line.agent_ids) and line.period.end is None,
            )
        )
    for course in record.radiotherapy:
        if course.period is None or course.period.first is None:
            continue
        found.append(
            TreatmentPeriod(
                RADIOTHERAPY,
                None,
                (course.title,) if course.title else (),
                course.period.first,
                course.period.end,
                course.status == "in-progress" and course.period.end is None,
            )
        )
    return tuple(found)
