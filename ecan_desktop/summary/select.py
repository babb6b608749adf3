"""Step one of a summary: which sections and items it shows.

:func:`candidates` lists every section's items in print order, emergency content first (the
export dialog shows them with a check box each); a :class:`Selection` says which sections and
items are left out; :func:`select` applies it. The default selection (:func:`default_selection`)
includes everything except what the sources themselves mark as invalid (entered in error,
refuted). A selection is immutable: each change returns a new one, so a render running on
another thread never sees it change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from ecan_desktop.record.dates import Period, sort_key
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.warnings import DerivedWarning, derive_warnings
from ecan_desktop.terminology import Terminology, load_terminology

EMERGENCY_SECTIONS = ("warnings", "allergies", "current_medications", "active_cancer", "devices")
HISTORY_SECTIONS = (
    "oncology_history",
    "other_problems",
    "medication_history",
    "procedures",
    "immunisations",
    "results",
    "care_plan",
    "sources",
)
SECTIONS = EMERGENCY_SECTIONS + HISTORY_SECTIONS
ACTIVE_CANCER_STATUSES = frozenset({None, "active", "recurrence", "relapse"})
INVALID = frozenset({"entered-in-error", "refuted"})


@dataclass(frozen=True)
class Selection:
    """What the user left out: whole sections, and single items by id."""

    off_sections: frozenset[str] = frozenset()
    off_items: frozenset[str] = frozenset()

    def includes_section(self, key: str) -> bool:
        return key not in self.off_sections

    def includes(self, item_id: str) -> bool:
        return item_id not in self.off_items

    def with_section(self, key: str, on: bool) -> Selection:
        if key not in SECTIONS:
            raise KeyError(key)
        sections = self.off_sections - {key} if on else self.off_sections | {key}
        return replace(self, off_sections=frozenset(sections))

    def with_item(self, item_id: str, on: bool) -> Selection:
        items = self.off_items - {item_id} if on else self.off_items | {item_id}
        return replace(self, off_items=frozenset(items))


def _invalid(item: object) -> bool:
    statuses = (
        getattr(item, "verification_status", None),
        getattr(item, "status", None),
        getattr(item, "clinical_status", None),
    )
    return any(isinstance(s, str) and s in INVALID for s in statuses)


def marked_invalid(item: object) -> bool:
    """Whether the sources mark *item* as entered in error or refuted."""
    return _invalid(item)


def _active_cancers(record: PatientRecord) -> tuple[Any, ...]:
    """Cancers not stated to be over, primaries first."""
    active = [
        d
        for d in record.diagnoses
        if d.clinical_status in ACTIVE_CANCER_STATUSES and d.abatement is None
    ]
    return tuple(sorted(active, key=lambda d: d.role == "secondary"))


def _by_date(items: tuple[Any, ...], attribute: str, newest_first: bool = False) -> tuple[Any, ...]:
    def key(item: Any) -> str:
        value = getattr(item, attribute, None)
        if isinstance(value, Period):
            value = value.first
        return sort_key(value if isinstance(value, str) else None)

    return tuple(sorted(items, key=key, reverse=newest_first))


def candidates(
    data: SummaryData, terminology: Terminology | None = None
) -> Mapping[str, tuple[Any, ...]]:
    """Every section's items, in the order they print."""
    record = data.record
    warnings = derive_warnings(record, data.today, terminology or load_terminology())
    active_allergies = tuple(
        a for a in record.allergies if a.clinical_status in (None, "active")
    ) + tuple(a for a in record.allergies if a.clinical_status not in (None, "active"))
    devices = tuple(d for d in record.devices if d.status in (None, "active")) + tuple(
        d for d in record.devices if d.status not in (None, "active")
    )
    history: tuple[Any, ...] = (
        *record.diagnoses,
        *record.staging,
        *record.tumour_markers,
        *record.disease_status,
        *record.performance_status,
        *record.surgery,
        *record.systemic.agents,
        *record.protocols,
        *record.radiotherapy,
        *record.transplants,
    )
    alerts = tuple(
        o
        for o in record.other_records
        if o.resource_type == "Flag"
        and data.resource(o.row_ids[0]).get("status") in (None, "active")
    )
    return MappingProxyType(
        {
            "warnings": (*warnings, *alerts),
            "allergies": active_allergies,
            "current_medications": record.current_medications(),
            "active_cancer": _active_cancers(record),
            "devices": devices,
            "oncology_history": history,
            "other_problems": record.other_conditions,
            "medication_history": _by_date(
                tuple(m for m in record.medications if not m.current), "period", True
            ),
            "procedures": _by_date(record.procedures, "period"),
            "immunisations": _by_date(record.immunisations, "date", True),
            "results": record.results,
            "care_plan": (*record.care_plans, *record.follow_up, *record.goals),
            "sources": (),
        }
    )


def default_selection(data: SummaryData) -> Selection:
    """Everything, except what the sources mark as entered in error or refuted."""
    off = {item.id for items in candidates(data).values() for item in items if _invalid(item)}
    return Selection(off_items=frozenset(off))


@dataclass(frozen=True)
class SummaryContent:
    """What a summary shows: the included items of the included sections, in print order."""

    data: SummaryData
    selection: Selection
    sections: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)

    def on(self, key: str) -> bool:
        return self.selection.includes_section(key)

    def items(self, key: str) -> tuple[Any, ...]:
        return self.sections.get(key, ()) if self.on(key) else ()

    @property
    def warnings(self) -> tuple[DerivedWarning, ...]:
        """The warnings derived from the record."""
        return tuple(w for w in self.items("warnings") if isinstance(w, DerivedWarning))

    @property
    def alerts(self) -> tuple[Any, ...]:
        """The alerts the sources recorded (active FHIR Flags), as other records."""
        return tuple(w for w in self.items("warnings") if not isinstance(w, DerivedWarning))

    def included(self, item_id: str | None) -> bool:
        return item_id is not None and self.selection.includes(item_id)


def select(
    data: SummaryData, selection: Selection | None = None, terminology: Terminology | None = None
) -> SummaryContent:
    chosen = selection if selection is not None else default_selection(data)
    sections = {
        key: tuple(i for i in items if chosen.includes(i.id))
        for key, items in candidates(data, terminology).items()
    }
    return SummaryContent(data, chosen, MappingProxyType(sections))
