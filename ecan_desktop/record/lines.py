"""Lines of treatment: the agents given together or in close sequence, numbered in order.

A pause of more than six weeks between one agent's end and the next one's start begins a new
line (AC then weekly paclitaxel is one line; tamoxifen started months later is the next).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ecan_desktop.record.dates import Period, days_between, sort_key, span
from ecan_desktop.record.sources import SourceRef

if TYPE_CHECKING:  # systemic imports this module; the annotation only is needed here
    from ecan_desktop.record.systemic import SystemicAgent

LINE_GAP_DAYS = 42


@dataclass(frozen=True)
class TherapyLine:
    id: str
    row_ids: tuple[int, ...]  # always empty: a line is made of the agents' rows
    sources: tuple[SourceRef, ...]
    number: int
    agent_ids: tuple[str, ...]
    agents: tuple[str, ...]
    period: Period | None


def number_lines(
    agents: list[SystemicAgent], today: str
) -> tuple[list[SystemicAgent], tuple[TherapyLine, ...]]:
    """The lines, and the agents with their line number."""
    dated = sorted(
        (a for a in agents if a.period and a.period.first),
        key=lambda a: sort_key(a.period.first if a.period else None),
    )
    groups: list[list[SystemicAgent]] = []
    group_end: str | None = None
    for agent in dated:
        if agent.period is None:
            continue
        start = agent.period.first
        end = agent.period.end or (today if agent.current else start)
        gap = days_between(group_end, start) if group_end else None
        if not groups or gap is None or gap > LINE_GAP_DAYS:
            groups.append([agent])
            group_end = end
        else:
            groups[-1].append(agent)
            if sort_key(end) > sort_key(group_end):
                group_end = end
    lines: list[TherapyLine] = []
    number_of: dict[str, int] = {}
    for index, group in enumerate(groups, start=1):
        for agent in group:
            number_of[agent.id] = index
        sources = {s.source_id: s for a in group for s in a.sources}
        lines.append(
            TherapyLine(
                id=f"line:{index}",
                row_ids=(),
                sources=tuple(sources[k] for k in sorted(sources)),
                number=index,
                agent_ids=tuple(a.id for a in group),
                agents=tuple(a.agent or "?" for a in group),
                period=span([a.period for a in group if a.period]),
            )
        )
    numbered = [replace(a, line=number_of.get(a.id)) for a in agents]
    return numbered, tuple(lines)
