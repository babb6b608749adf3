"""The timeline: dated events across the record, oldest first, each pointing at its item.

Result series and visits are not events (they have their own views); reports of results are.
A line of systemic treatment is an event of its own (kind ``line``, its item the
:class:`~ecan_desktop.record.lines.TherapyLine`), just before the events of its agents.
What the patient noted in the app (My entries) is on it too: a symptom or side effect (kind
``symptom``) and a note (kind ``note``), their items the patient's entries (``entry:N``); a
medicine they noted is a ``medicine`` event of its medicine item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ecan_desktop.record.dates import Period, sort_key
from ecan_desktop.record.sources import SourceRef

KIND_ORDER = (
    "diagnosis", "stage", "test", "imaging", "status", "surgery", "transplant", "procedure", "line",
    "medicine", "radiation", "symptom", "device", "allergy", "vaccination", "document", "follow_up",
    "note",
)  # fmt: skip


@dataclass(frozen=True)
class TimelineEvent:
    date: str
    end: str | None
    kind: str  # see KIND_ORDER; labels in labels.TIMELINE_KINDS
    title: str | None  # the source's words; the UI shows the kind's label when there are none
    item_id: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class EventSource:
    """What a section offers the timeline: one dated thing."""

    kind: str
    item_id: str
    title: str | None
    when: Period | None
    sources: tuple[SourceRef, ...]


def build_timeline(candidates: Iterable[EventSource]) -> tuple[TimelineEvent, ...]:
    events = [
        TimelineEvent(
            c.when.first,
            c.when.end if c.when.start else None,
            c.kind,
            c.title,
            c.item_id,
            c.sources,
        )
        for c in candidates
        if c.when is not None and c.when.first
    ]
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    events.sort(
        key=lambda e: (sort_key(e.date), e.date, order.get(e.kind, 99), e.title or "", e.item_id)
    )
    return tuple(events)
