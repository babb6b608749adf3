"""What the patient wrote down themselves in the app ("My entries"): medicines they take,
symptoms and side effects with a grade, and notes.

They are stored as FHIR resources like everything else (written by :mod:`ecan_desktop.entries`)
and marked as reported by the patient in two ways that travel with them, also in an exported IPS:

- ``meta.tag`` with our code ``patient-reported`` (:data:`PATIENT_REPORTED_TAG`): how this
  program recognises its entries again, also after a round trip through an IPS file;
- ``meta.security`` with HL7's integrity label ``PATAST`` "patient asserted"
  (v3-ObservationValue), which other FHIR software understands;

and, in the resource itself, the Patient as ``informationSource`` (medicines), ``performer``
(symptoms) or ``author`` (notes).

Symptoms and notes belong to the items built here (``entry:`` ids), so they are not
mistaken for clinical results or documents. Medicines stay with the other medicines (the
Medications view, the current medicines, the cancer treatments when the medicine is one), where
their source says "reported by you"; :func:`build_patient_entries` lists them here as well, as a
view that owns no rows (:attr:`PatientEntry.owns_rows`).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ecan_desktop.record.codes import Concept, concept
from ecan_desktop.record.context import BuildContext
from ecan_desktop.record.dates import day, fhir_date, sort_key, when
from ecan_desktop.record.fhir_json import integer, notes, obj, objs, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.medications import dosage_text, is_current
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import PATIENT_KIND, StoredResource

# Our own code system for where a fact comes from; a URN, like our extensions
# (fhir/extensions.py): it names, it does not point at a web page.
PROVENANCE_SYSTEM = "urn:ecan-desktop:CodeSystem:provenance"
PATIENT_REPORTED = "patient-reported"
PATIENT_REPORTED_TAG = {
    "system": PROVENANCE_SYSTEM,
    "code": PATIENT_REPORTED,
    "display": "Reported by the patient",
}
V3_OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue"
PATIENT_ASSERTED = {"system": V3_OBSERVATION_VALUE, "code": "PATAST", "display": "patient asserted"}
# LOINC 51855-5 "Patient Note": a note the patient wrote (a DocumentReference's type).
PATIENT_NOTE = {"system": "http://loinc.org", "code": "51855-5", "display": "Patient Note"}
# How a symptom's valueInteger reads; the words are CTCAE's general grade words.
GRADE_SCALE = "Patient-reported grade 0-4: 0 none, 1 mild, 2 moderate, 3 severe, 4 life-threatening"
MAX_GRADE = 4

ENTRY_TYPES = {
    "MedicationStatement": "medication",
    "Observation": "symptom",
    "DocumentReference": "note",
}


def is_patient_reported(resource: dict[str, Any]) -> bool:
    """The resource carries our ``patient-reported`` tag."""
    meta = obj(resource.get("meta")) or {}
    return any(
        t.get("system") == PROVENANCE_SYSTEM and t.get("code") == PATIENT_REPORTED
        for t in objs(meta.get("tag"))
    )


def only_patient_reported(resources: Iterable[dict[str, Any]]) -> bool:
    """Every resource of an item is a patient's report (none came from a centre): the patient's
    entries, also after a round trip through an exported IPS."""
    found = list(resources)
    return bool(found) and all(is_patient_reported(r) for r in found)


@dataclass(frozen=True)
class PatientEntry:
    id: str  # entry:<row id>
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    kind: str  # medication | symptom | note
    resource_type: str
    fhir_id: str
    title: str | None  # the medicine's or the symptom's name as written; None for a note
    code: Concept | None  # the medicine (medicationCodeableConcept) or the symptom (code)
    date: str | None  # a symptom's or a note's date; when a medicine was started
    end: str | None  # when a medicine was stopped
    status: str | None  # FHIR status
    current: bool  # a medicine taken now
    grade: int | None  # a symptom's grade, 0 to 4
    dosage: str | None
    reason: str | None  # what a medicine is taken for
    text: str | None  # a note's text; the patient's own note on a medicine or a symptom
    recorded: str | None  # when it was last saved (meta.lastUpdated)

    @property
    def owns_rows(self) -> bool:
        """Symptoms and notes are items of their own; a medicine's row belongs to its medicine
        item (``medication:`` or ``agent:``) and is only listed here."""
        return self.kind != "medication"

    @property
    def editable(self) -> bool:
        """In the patient's own source (not a copy that came back with an imported file)."""
        return any(s.kind == PATIENT_KIND for s in self.sources)


def note_text(resource: dict[str, Any]) -> str | None:
    """A note's words: its plain-text attachment, else its description."""
    for content in objs(resource.get("content")):
        attachment = obj(content.get("attachment")) or {}
        data = text(attachment.get("data"))
        if data:
            try:
                words = base64.b64decode(data, validate=True).decode("utf-8")
            except (binascii.Error, ValueError):
                continue
            if words.strip():
                return words
    return text(resource.get("description"))


def _note_date(resource: dict[str, Any]) -> str | None:
    for content in objs(resource.get("content")):
        created = fhir_date((obj(content.get("attachment")) or {}).get("creation"))
        if created:
            return day(created)
    return day(fhir_date(resource.get("date")))


def _first_text(values: object) -> str | None:
    for value in objs(values):
        found = concept(value)
        if found is not None and found.label:
            return found.label
    return None


def parse_entry(stored: StoredResource, today: str) -> PatientEntry | None:
    """The entry a stored resource is (None for a type that is not an entry)."""
    resource = stored.resource
    kind = ENTRY_TYPES.get(stored.resource_type)
    if kind is None:
        return None
    meta = obj(resource.get("meta")) or {}
    status = text(resource.get("status"))
    base = PatientEntry(
        id=f"entry:{stored.row_id}",
        row_ids=(stored.row_id,),
        sources=(),
        kind=kind,
        resource_type=stored.resource_type,
        fhir_id=stored.fhir_id,
        title=None,
        code=None,
        date=None,
        end=None,
        status=status,
        current=False,
        grade=None,
        dosage=None,
        reason=None,
        text=None,
        recorded=text(meta.get("lastUpdated")),
    )
    own_note = "\n".join(notes(resource)) or None
    if kind == "note":
        return replace(base, date=_note_date(resource), text=note_text(resource))
    if kind == "symptom":
        code = concept(resource.get("code"))
        grade = integer(resource.get("valueInteger"))
        period = when(resource, "effectiveDateTime", "effectivePeriod")
        return replace(
            base,
            title=code.label if code else None,
            code=code,
            date=day(period.first) if period else None,
            grade=grade if grade is not None and 0 <= grade <= MAX_GRADE else None,
            text=own_note,
        )
    medicine = concept(resource.get("medicationCodeableConcept"))
    period = when(resource, "effectivePeriod", "effectiveDateTime")
    return replace(
        base,
        title=medicine.label if medicine else None,
        code=medicine,
        date=day(period.start) if period else day(fhir_date(resource.get("dateAsserted"))),
        end=day(period.end) if period else None,
        current=is_current(status, period, today),
        dosage=dosage_text(resource),
        reason=_first_text(resource.get("reasonCode")),
        text=own_note,
    )


def _newest_first(entries: list[PatientEntry]) -> tuple[PatientEntry, ...]:
    ordered = sorted(entries, key=lambda e: (e.recorded or "", e.row_ids[0]), reverse=True)
    ordered.sort(key=lambda e: sort_key(e.date) if e.date else "0000", reverse=True)
    return tuple(ordered)


def build_patient_entries(ctx: BuildContext) -> tuple[PatientEntry, ...]:
    """Every entry the patient made, newest first; symptoms and notes are claimed here.

    Runs before the sections that would otherwise take a symptom for a result and a note for a
    document. A fact whose first row is not tagged (a centre's copy linked to an entry) is left
    to those sections.
    """
    today = ctx.today.isoformat()
    found: list[PatientEntry] = []
    for fact in ctx.index.facts_of_type(*ENTRY_TYPES):
        if ctx.is_claimed(fact.primary.row_id) or not is_patient_reported(fact.primary.resource):
            continue
        entry = _guarded_parse(fact, today)
        if entry is None:
            continue
        if entry.owns_rows:
            ctx.claim(fact.row_ids, entry.id)
            entry = replace(entry, row_ids=fact.row_ids, sources=ctx.sources(fact.members))
        else:
            entry = replace(entry, sources=ctx.sources([fact.primary]))
        found.append(entry)
    return _newest_first(found)


def _guarded_parse(fact: Fact, today: str) -> PatientEntry | None:
    try:
        return parse_entry(fact.primary, today)
    except Exception:  # an odd copy (edited by another program) stays with the other records
        return None
