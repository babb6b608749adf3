"""What the patient typed in an entry, its validation, and the FHIR R4 resource built from it.

- A medicine the patient takes or took: a ``MedicationStatement`` (the FHIR resource for "the
  patient says they take this"), status ``active`` or ``completed``, the name as typed with an
  ATC coding when our terminology knows the agent, the period taken, the dose as written; the
  Patient is its ``informationSource``.
- A symptom or side effect: an ``Observation`` in category ``survey`` (an answer the patient
  gives, not a measurement), coded with SNOMED CT when chosen from the list (text only for
  "something else"), the grade 0-4 as ``valueInteger`` with the scale named in ``method``, the
  day as ``effectiveDateTime``, the Patient as ``performer``.
- A note: a ``DocumentReference`` typed LOINC 51855-5 "Patient Note" with the text as a
  ``text/plain`` attachment. A note is a small document the patient wrote, not an observation
  with a value; a DocumentReference is how FHIR (and the IPS, whose sections list documents
  this way) carries one, with the Patient as ``author``.

Each carries the marks of :mod:`ecan_desktop.record.patient_entries` (our ``patient-reported``
tag and HL7's ``PATAST`` security label), the language it was written in, and
``meta.lastUpdated``. Validation lives here (STYLE.md rule 5), so the dialogs only show it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from typing import Any

from ecan_desktop.entries.catalogue import (
    END_BEFORE_START,
    NEED_GRADE,
    NEED_MEDICINE,
    NEED_NOTE,
    NEED_SYMPTOM,
    NEED_WORDS,
    NO_FUTURE,
    OTHER,
    SYMPTOM_BY_KEY,
    TOO_LONG,
    recognise_medicine,
)
from ecan_desktop.i18n.message import Message
from ecan_desktop.record.codes import ATC, SNOMED
from ecan_desktop.record.patient_entries import (
    GRADE_SCALE,
    MAX_GRADE,
    PATIENT_ASSERTED,
    PATIENT_NOTE,
    PATIENT_REPORTED_TAG,
)

NAME_MAX = 200  # a medicine's or a symptom's name
LINE_MAX = 500  # a dose, a reason, a short note on a medicine or a symptom
NOTE_MAX = 20_000  # a note
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
_DESCRIPTION_MAX = 80


@dataclass(frozen=True)
class MedicationInput:
    name: str
    started: date
    still_taking: bool = True
    stopped: date | None = None  # when not still taking
    dosage: str = ""
    reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class SymptomInput:
    symptom: str | None  # a key of catalogue.SYMPTOMS, OTHER ("something else"), None: not chosen
    words: str  # the symptom in the patient's language: the list's words, or what they typed
    grade: int | None
    day: date
    note: str = ""


@dataclass(frozen=True)
class NoteInput:
    text: str
    day: date


EntryInput = MedicationInput | SymptomInput | NoteInput

RESOURCE_TYPES: dict[type[Any], str] = {
    MedicationInput: "MedicationStatement",
    SymptomInput: "Observation",
    NoteInput: "DocumentReference",
}


@dataclass(frozen=True)
class Problem:
    """What is wrong with one field: its name (``name``, ``grade``...) and what to do."""

    field: str
    message: Message


class InvalidEntry(ValueError):
    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("; ".join(p.message.render() for p in problems))
        self.problems = problems


def _message(source: str, **fields: object) -> Message:
    return Message("Entries", source, fields)


def _length(problems: list[Problem], name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        problems.append(Problem(name, _message(TOO_LONG, max=limit)))


def _day(problems: list[Problem], name: str, value: date | None, today: date) -> None:
    if value is not None and value > today:
        problems.append(Problem(name, _message(NO_FUTURE)))


def validate(entry: EntryInput, today: date) -> tuple[Problem, ...]:
    """Every problem of *entry*, in the order of the dialog's fields (empty: it can be saved)."""
    problems: list[Problem] = []
    if isinstance(entry, MedicationInput):
        if not entry.name.strip():
            problems.append(Problem("name", _message(NEED_MEDICINE)))
        _length(problems, "name", entry.name.strip(), NAME_MAX)
        _length(problems, "dosage", entry.dosage.strip(), LINE_MAX)
        _length(problems, "reason", entry.reason.strip(), LINE_MAX)
        _day(problems, "started", entry.started, today)
        if not entry.still_taking and entry.stopped is not None:
            _day(problems, "stopped", entry.stopped, today)
            if entry.stopped < entry.started:
                problems.append(Problem("stopped", _message(END_BEFORE_START)))
        _length(problems, "note", entry.note.strip(), LINE_MAX)
    elif isinstance(entry, SymptomInput):
        if entry.symptom != OTHER and entry.symptom not in SYMPTOM_BY_KEY:
            problems.append(Problem("symptom", _message(NEED_SYMPTOM)))
        elif entry.symptom == OTHER and not entry.words.strip():
            problems.append(Problem("words", _message(NEED_WORDS)))
        _length(problems, "words", entry.words.strip(), NAME_MAX)
        if entry.grade is None or not 0 <= entry.grade <= MAX_GRADE:
            problems.append(Problem("grade", _message(NEED_GRADE)))
        _day(problems, "day", entry.day, today)
        _length(problems, "note", entry.note.strip(), LINE_MAX)
    else:
        if not entry.text.strip():
            problems.append(Problem("text", _message(NEED_NOTE)))
        _length(problems, "text", entry.text, NOTE_MAX)
        _day(problems, "day", entry.day, today)
    return tuple(problems)


@dataclass(frozen=True)
class Author:
    """Who wrote the entry and when: the reference to the Patient it is about (and who reported
    it), the language it is written in, and the moment of saving (an instant, UTC)."""

    patient: dict[str, str]
    now: str
    language: str | None = None


def _base(resource_type: str, fhir_id: str, author: Author) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": resource_type,
        "id": fhir_id,
        "meta": {
            "lastUpdated": author.now,
            "tag": [dict(PATIENT_REPORTED_TAG)],
            "security": [dict(PATIENT_ASSERTED)],
        },
    }
    if author.language:
        resource["language"] = author.language
    return resource


def _note(resource: dict[str, Any], words: str) -> None:
    if words.strip():
        resource["note"] = [{"text": words.strip()}]


def medication_statement(entry: MedicationInput, fhir_id: str, author: Author) -> dict[str, Any]:
    resource = _base("MedicationStatement", fhir_id, author)
    resource["status"] = "active" if entry.still_taking else "completed"
    name = entry.name.strip()
    medicine: dict[str, Any] = {"text": name}
    known = recognise_medicine(name)
    if known is not None and known.atc:
        medicine["coding"] = [{"system": ATC, "code": known.atc, "display": known.inn}]
    resource["medicationCodeableConcept"] = medicine
    resource["subject"] = dict(author.patient)
    period = {"start": entry.started.isoformat()}
    if not entry.still_taking and entry.stopped is not None:
        period["end"] = entry.stopped.isoformat()
    resource["effectivePeriod"] = period
    resource["dateAsserted"] = author.now
    resource["informationSource"] = dict(author.patient)
    if entry.reason.strip():
        resource["reasonCode"] = [{"text": entry.reason.strip()}]
    _note(resource, entry.note)
    if entry.dosage.strip():
        resource["dosage"] = [{"text": entry.dosage.strip()}]
    return resource


def symptom_observation(entry: SymptomInput, fhir_id: str, author: Author) -> dict[str, Any]:
    if entry.grade is None:
        raise ValueError("a symptom needs a grade")
    resource = _base("Observation", fhir_id, author)
    resource["status"] = "final"
    resource["category"] = [
        {"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}
    ]
    code: dict[str, Any] = {"text": entry.words.strip()}
    known = SYMPTOM_BY_KEY.get(entry.symptom or "")
    if known is not None:
        code["coding"] = [{"system": SNOMED, "code": known.snomed, "display": known.display}]
        code["text"] = entry.words.strip() or known.label
    resource["code"] = code
    resource["subject"] = dict(author.patient)
    resource["effectiveDateTime"] = entry.day.isoformat()
    resource["issued"] = author.now
    resource["performer"] = [dict(author.patient)]
    resource["valueInteger"] = entry.grade
    _note(resource, entry.note)
    resource["method"] = {"text": GRADE_SCALE}
    return resource


def patient_note(entry: NoteInput, fhir_id: str, author: Author) -> dict[str, Any]:
    resource = _base("DocumentReference", fhir_id, author)
    resource["status"] = "current"
    resource["type"] = {"coding": [dict(PATIENT_NOTE)]}
    resource["subject"] = dict(author.patient)
    resource["date"] = author.now
    resource["author"] = [dict(author.patient)]
    first_line = entry.text.strip().splitlines()[0].strip() if entry.text.strip() else ""
    if len(first_line) > _DESCRIPTION_MAX:
        first_line = first_line[: _DESCRIPTION_MAX - 1].rstrip() + "…"
    if first_line:
        resource["description"] = first_line
    attachment: dict[str, Any] = {
        "contentType": "text/plain; charset=utf-8",
        "data": base64.b64encode(entry.text.encode("utf-8")).decode("ascii"),
        "creation": entry.day.isoformat(),
    }
    if author.language:
        attachment["language"] = author.language
    resource["content"] = [{"attachment": attachment}]
    return resource


def build_resource(entry: EntryInput, fhir_id: str, author: Author) -> dict[str, Any]:
    """The FHIR resource of *entry* (validate it first)."""
    if isinstance(entry, MedicationInput):
        return medication_statement(entry, fhir_id, author)
    if isinstance(entry, SymptomInput):
        return symptom_observation(entry, fhir_id, author)
    return patient_note(entry, fhir_id, author)
