"""The facts of one record item, as labelled rows in plain words: what the details dialog shows.

Items of the list views (medicines, allergies, devices, conditions, vaccinations, other records)
have their own builders in :mod:`item_facts_kinds`; every other item (a stage, a result series, a
radiotherapy course...) is described from its fields, each with a translated label and its value
in words (dates in the locale, codes with their system's name, quantities with units).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP
from ecan_desktop.record.codes import Code, Concept
from ecan_desktop.record.dates import Period
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.quantities import Quantity, ReferenceRange, Value
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.source_chips import chip_text

CONTEXT = "ItemFacts"
_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d(T[\d:.]+(Z|[+-]\d\d:\d\d)?)?)?)?$")
MAX_RELATED = 8  # items named under "About" or "Mentioned by"; the rest are counted


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class ItemFacts:
    title: str
    kind: str  # what sort of item it is, in plain words ("Allergy", "Cancer medicine")
    icon: str
    facts: tuple[Fact, ...]
    notes: tuple[str, ...] = ()


def translated(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def facts(*pairs: tuple[str, str | None]) -> tuple[Fact, ...]:
    """The pairs that have a value, as facts."""
    return tuple(Fact(label, value) for label, value in pairs if value)


def concept_with_codes(concept: Concept | None) -> str | None:
    """ "penicillin, as written: Penicilină" and its codes on the next line ("SNOMED CT
    764146007, ATC J01C"): the words in the UI language, the source's own and the codes."""
    shown = words.concept_text(concept)
    found = words.codes_text(concept)
    if (
        concept is not None
        and shown
        and concept.text
        and concept.text.casefold() != shown.casefold()
    ):
        shown = QCoreApplication.translate("ItemFacts", "{words}, as written: {source}").format(
            words=shown, source=concept.text
        )
    if shown and found and shown not in found:
        return f"{shown}\n{found}"
    return shown or found


def item_title(record: PatientRecord, item_id: str) -> str:
    """A short name for another item of the record (for "About" and "Mentioned by")."""
    if item_id == "patient":
        return QCoreApplication.translate("ItemFacts", "Your personal details")
    found = record.item(item_id)
    if found is None:
        return item_id
    for name in ("title", "name", "agent", "stage"):
        value = getattr(found, name, None)
        if isinstance(value, str) and value:
            return value
    for name in ("substance", "vaccine", "code", "status", "description", "medication"):
        value = getattr(found, name, None)
        if isinstance(value, Concept):
            return words.concept_text(value) or item_id
    return item_id


def related(record: PatientRecord, item_ids: Iterable[str]) -> str | None:
    ids = list(dict.fromkeys(item_ids))
    if not ids:
        return None
    names = [item_title(record, i) for i in ids[:MAX_RELATED]]
    if len(ids) > MAX_RELATED:
        more = len(ids) - MAX_RELATED
        names.append(words.counts().and_more(more))
    return "; ".join(names)


# -- the generic description ----------------------------------------------------------------------
FIELD_LABELS = {
    "kind": QT_TRANSLATE_NOOP("ItemFacts", "Kind"),
    "name": QT_TRANSLATE_NOOP("ItemFacts", "Name"),
    "code": QT_TRANSLATE_NOOP("ItemFacts", "Code"),
    "type": QT_TRANSLATE_NOOP("ItemFacts", "Type"),
    "types": QT_TRANSLATE_NOOP("ItemFacts", "Type"),
    "category": QT_TRANSLATE_NOOP("ItemFacts", "Category"),
    "categories": QT_TRANSLATE_NOOP("ItemFacts", "Category"),
    "status": QT_TRANSLATE_NOOP("ItemFacts", "Status"),
    "lifecycle_status": QT_TRANSLATE_NOOP("ItemFacts", "Status"),
    "clinical_status": QT_TRANSLATE_NOOP("ItemFacts", "Status"),
    "verification_status": QT_TRANSLATE_NOOP("ItemFacts", "Confirmation"),
    "period": QT_TRANSLATE_NOOP("ItemFacts", "When"),
    "date": QT_TRANSLATE_NOOP("ItemFacts", "Date"),
    "start": QT_TRANSLATE_NOOP("ItemFacts", "Start"),
    "end": QT_TRANSLATE_NOOP("ItemFacts", "End"),
    "due": QT_TRANSLATE_NOOP("ItemFacts", "Due"),
    "created": QT_TRANSLATE_NOOP("ItemFacts", "Created"),
    "recorded": QT_TRANSLATE_NOOP("ItemFacts", "Recorded"),
    "onset": QT_TRANSLATE_NOOP("ItemFacts", "Began"),
    "abatement": QT_TRANSLATE_NOOP("ItemFacts", "Ended"),
    "body_sites": QT_TRANSLATE_NOOP("ItemFacts", "Where in the body"),
    "body_site": QT_TRANSLATE_NOOP("ItemFacts", "Where in the body"),
    "laterality": QT_TRANSLATE_NOOP("ItemFacts", "Side"),
    "intent": QT_TRANSLATE_NOOP("ItemFacts", "Intent"),
    "outcome": QT_TRANSLATE_NOOP("ItemFacts", "Outcome"),
    "reasons": QT_TRANSLATE_NOOP("ItemFacts", "Reason"),
    "reason": QT_TRANSLATE_NOOP("ItemFacts", "Reason"),
    "value": QT_TRANSLATE_NOOP("ItemFacts", "Value"),
    "unit": QT_TRANSLATE_NOOP("ItemFacts", "Unit"),
    "reference_range": QT_TRANSLATE_NOOP("ItemFacts", "Normal range"),
    "interpretation": QT_TRANSLATE_NOOP("ItemFacts", "Interpretation"),
    "stage": QT_TRANSLATE_NOOP("ItemFacts", "Stage"),
    "system": QT_TRANSLATE_NOOP("ItemFacts", "System"),
    "edition": QT_TRANSLATE_NOOP("ItemFacts", "Edition"),
    "method": QT_TRANSLATE_NOOP("ItemFacts", "Method"),
    "scale": QT_TRANSLATE_NOOP("ItemFacts", "Scale"),
    "score": QT_TRANSLATE_NOOP("ItemFacts", "Score"),
    "grade": QT_TRANSLATE_NOOP("ItemFacts", "Grade"),
    "sessions": QT_TRANSLATE_NOOP("ItemFacts", "Sessions"),
    "volumes": QT_TRANSLATE_NOOP("ItemFacts", "Treated areas"),
    "modalities": QT_TRANSLATE_NOOP("ItemFacts", "Kind of radiotherapy"),
    "techniques": QT_TRANSLATE_NOOP("ItemFacts", "Technique"),
    "transplant_type": QT_TRANSLATE_NOOP("ItemFacts", "Kind of transplant"),
    "description": QT_TRANSLATE_NOOP("ItemFacts", "Description"),
    "conclusion": QT_TRANSLATE_NOOP("ItemFacts", "Conclusion"),
    "achievement": QT_TRANSLATE_NOOP("ItemFacts", "Achieved"),
    "encounter_class": QT_TRANSLATE_NOOP("ItemFacts", "Kind of visit"),
    "provider": QT_TRANSLATE_NOOP("ItemFacts", "Where"),
    "protocols": QT_TRANSLATE_NOOP("ItemFacts", "Protocols"),
    "agents": QT_TRANSLATE_NOOP("ItemFacts", "Medicines"),
    "number": QT_TRANSLATE_NOOP("ItemFacts", "Number"),
    "points": QT_TRANSLATE_NOOP("ItemFacts", "Values recorded"),
    "attachments": QT_TRANSLATE_NOOP("ItemFacts", "Attached files"),
    "sections": QT_TRANSLATE_NOOP("ItemFacts", "Sections"),
    "activities": QT_TRANSLATE_NOOP("ItemFacts", "Planned activities"),
    "categories_count": QT_TRANSLATE_NOOP("ItemFacts", "Categories"),
    "tumour_marker": QT_TRANSLATE_NOOP("ItemFacts", "Tumour marker"),
    "current": QT_TRANSLATE_NOOP("ItemFacts", "Current"),
    "dosage": QT_TRANSLATE_NOOP("ItemFacts", "Dose"),
    "text": QT_TRANSLATE_NOOP("ItemFacts", "Text"),
    "resource_type": QT_TRANSLATE_NOOP("ItemFacts", "Kind of record"),
    "fhir_id": QT_TRANSLATE_NOOP("ItemFacts", "Identifier in the file"),
    "diagnosis_ids": QT_TRANSLATE_NOOP("ItemFacts", "About"),
    "result_ids": QT_TRANSLATE_NOOP("ItemFacts", "Results"),
    "goal_ids": QT_TRANSLATE_NOOP("ItemFacts", "Goals"),
    "based_on_ids": QT_TRANSLATE_NOOP("ItemFacts", "Based on"),
    "agent_ids": QT_TRANSLATE_NOOP("ItemFacts", "Medicines"),
    "used_by": QT_TRANSLATE_NOOP("ItemFacts", "Mentioned by"),
}
_TITLE_FIELDS = ("title", "name", "agent", "description", "code", "status", "stage")
_SKIPPED = frozenset({"id", "row_ids", "sources", "key", "notes", "item_id"})


def value_words(value: Any, record: PatientRecord, name: str = "") -> str | None:
    """Any field's value in words; None for nothing to show."""
    if value is None or value in ((), "", []):
        return None
    if name.endswith("_ids") or name == "used_by":
        return related(record, value)
    formatter = _FORMATTERS.get(type(value))
    if formatter is not None:
        return formatter(value)
    if isinstance(value, str):
        return _string_words(value, name)
    if isinstance(value, tuple):
        return _tuple_words(value, record)
    return None


def _string_words(value: str, name: str) -> str | None:
    if name in ("status", "clinical_status", "lifecycle_status"):
        return words.word({**words.STATUSES, **words.CLINICAL_STATUSES}, value)
    if name == "verification_status":
        return words.word(words.VERIFICATION_STATUSES, value)
    return words.date_text(value) if _DATE.match(value) else value


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("ItemFacts", "Yes")
    return QCoreApplication.translate("ItemFacts", "No")


def _tuple_words(value: tuple[Any, ...], record: PatientRecord) -> str | None:
    if all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if all(isinstance(v, Concept) for v in value):
        return words.concepts_text(value)
    if all(isinstance(v, SourceRef) for v in value):
        return ", ".join(chip_text(v) for v in value)
    del record
    return words.counts().entries(len(value))


_FORMATTERS: dict[type, Callable[[Any], str | None]] = {
    Concept: concept_with_codes,
    Code: lambda c: words.code_text(c, with_display=True),
    Period: words.period_text,
    Quantity: words.quantity_text,
    Value: words.value_text,
    ReferenceRange: words.range_text,
    SourceRef: chip_text,
    bool: _yes_no,
    int: lambda n: words.number_text(float(n)),
    float: words.number_text,
}


def field_label(name: str) -> str:
    source = FIELD_LABELS.get(name)
    if source is not None:
        return translated(source)
    return words.sentence_case(name.replace("_", " "))


def generic_title(item: Any) -> str:
    for name in _TITLE_FIELDS:
        value = getattr(item, name, None)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, Concept) and words.concept_text(value):
            return words.concept_text(value) or ""
    return QCoreApplication.translate("ItemFacts", "Item of your record")


def generic_facts(item: Any, record: PatientRecord, kind: str, icon: str) -> ItemFacts:
    """Every field that has a value, labelled in plain words."""
    title = generic_title(item)
    rows: list[Fact] = []
    if is_dataclass(item):
        for spec in fields(item):
            if spec.name in _SKIPPED:
                continue
            value = getattr(item, spec.name)
            shown = value_words(value, record, spec.name)
            if shown and shown != title:
                rows.append(Fact(field_label(spec.name), shown))
    notes = getattr(item, "notes", ())
    return ItemFacts(title, kind, icon, tuple(rows), tuple(notes) if notes else ())
