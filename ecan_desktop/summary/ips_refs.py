"""The stored resources as bundle entries: a ``urn:uuid`` fullUrl each, unique ids, references
rewritten to those fullUrls, the patient's Patient resources merged into one subject.

A reference that resolves to a stored resource points at its entry; one to any Patient points at
the subject; one that resolves to nothing keeps its words (``display``, the original reference
when there is no display) and loses only the dangling ``reference``, so that every reference in
the bundle resolves inside it. ``#id`` references to contained resources stay as they are.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from typing import Any

from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.ips_repair import repair
from ecan_desktop.vault.records import StoredResource

NAMESPACE = uuid.UUID("2f6b8f0e-5d0a-4c1e-9a43-1d6c7c5e0a61")  # ecan-desktop IPS entries
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
MAX_ID = 64
# "reference":"<a JSON string>" in compact JSON text (the string may hold escaped quotes)
_REFERENCE = re.compile(r'"reference":("(?:[^"\\]|\\.)*")')
_DROPPED = "_ecan_unresolved_reference"
_MASKED = "_ecan_masked_reference"
# Patient elements that may differ between sources; the subject keeps them all.
_MERGED = (
    "identifier",
    "name",
    "telecom",
    "address",
    "communication",
    "contact",
    "generalPractitioner",
    "extension",
)


def entry_url(*parts: object) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, '|'.join(str(p) for p in parts))}"


def row_url(row: StoredResource) -> str:
    return entry_url("row", row.origin, row.resource_type, row.fhir_id)


def walk_references(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    """Call *visit* on every object with a string ``reference`` (iteratively)."""
    stack: list[Any] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("reference"), str):
                visit(item)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))


def _looks_like_patient(reference: str) -> bool:
    return reference.startswith("Patient/") or "/Patient/" in reference


class EntryMap:
    """Where each stored row goes in the bundle, and how references are rewritten."""

    def __init__(self, data: SummaryData, left_out: frozenset[int] = frozenset()) -> None:
        self.data = data
        self.left_out = left_out  # rows the user left out: references to them are masked
        patients = [r for r in data.rows if r.resource_type == "Patient"]
        self.subject_url = row_url(patients[0]) if patients else entry_url("subject")
        self.url_of: dict[int, str] = {}
        for row in data.rows:
            if row.resource_type == "Patient":
                self.url_of[row.row_id] = self.subject_url
            elif row.resource_type == "Composition":
                self.url_of[row.row_id] = entry_url("composition-document", row.origin, row.fhir_id)
            else:
                self.url_of[row.row_id] = row_url(row)
        self.ids: dict[int, str] = {}
        taken: set[tuple[str, str]] = set()
        for row in data.rows:
            kind = "DocumentReference" if row.resource_type == "Composition" else row.resource_type
            wanted = row.fhir_id if row.resource_type != "Composition" else f"{row.fhir_id}-doc"
            candidate = wanted[:MAX_ID]
            if (kind, candidate) in taken:
                candidate = f"{wanted[: MAX_ID - 12]}-r{row.row_id}"
            taken.add((kind, candidate))
            self.ids[row.row_id] = candidate
        self.dropped = 0

    def rewrite(
        self,
        resource: dict[str, Any],
        row: StoredResource | None,
        targets: list[str] | None = None,
    ) -> dict[str, Any]:
        """A copy of *resource* whose references point at entries of the bundle (the fullUrls
        it now refers to are added to *targets*).

        The copy is made through JSON text, where the references are rewritten with a regular
        expression: much faster than walking every element in Python (Synthea records have
        hundreds of resources with dozens of references each)."""
        dropped: list[str] = []
        masked: list[str] = []

        def replace(match: re.Match[str]) -> str:
            reference = str(json.loads(match.group(1))).strip()
            if reference.startswith("#"):
                return match.group(0)
            target = self.data.index.resolve(reference, row) if reference else None
            if target is not None and target.row_id in self.left_out:
                masked.append(reference)
                return f'"{_MASKED}":true'
            if target is not None:
                url = self.url_of[target.row_id]
            elif _looks_like_patient(reference):
                url = self.subject_url
            else:
                dropped.append(reference)
                return f'"{_DROPPED}":{match.group(1)}'
            if targets is not None:
                targets.append(url)
            return f'"reference":{json.dumps(url)}'

        text = _REFERENCE.sub(replace, json.dumps(resource, separators=(",", ":")))
        copied: dict[str, Any] = json.loads(text)
        if dropped:
            self.dropped += len(dropped)
            _keep_words(copied)
        if masked:
            _mask(copied)
        return copied


def _keep_words(node: dict[str, Any]) -> None:
    """A reference that resolves nowhere keeps its words: its display, else the reference."""
    stack: list[Any] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if _DROPPED in item:
                original = item.pop(_DROPPED)
                item.setdefault("display", original)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))


def _mask(node: dict[str, Any]) -> None:
    """A reference to a row the user left out says nothing of it: no reference, no display, no
    identifier; only that it was masked (data-absent-reason, FHIR's code for information
    withheld for privacy)."""
    stack: list[Any] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if _MASKED in item:
                for name in (_MASKED, "display", "identifier", "type"):
                    item.pop(name, None)
                extensions = item.setdefault("extension", [])
                if isinstance(extensions, list):
                    extensions.append({"url": DATA_ABSENT, "valueCode": "masked"})
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))


def references_in(resource: dict[str, Any]) -> list[str]:
    """Every reference string in *resource*, found in its JSON text."""
    return [
        str(json.loads(m.group(1)))
        for m in _REFERENCE.finditer(json.dumps(resource, separators=(",", ":")))
    ]


def _same(a: object, b: object) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def merged_patient(entries: EntryMap) -> dict[str, Any]:
    """One Patient for the document: the first stored one, with every identifier, name, address,
    contact... the others add, and the profile's name and birth date where it lacks them."""
    data = entries.data
    patients = sorted(
        (r for r in data.rows if r.resource_type == "Patient"), key=lambda r: r.row_id
    )
    if patients:
        subject = repair(entries.rewrite(patients[0].resource, patients[0]), entries.subject_url)
        subject["id"] = entries.ids[patients[0].row_id]
    else:
        subject = {"resourceType": "Patient", "id": "subject"}
    subject.pop("link", None)
    subject.pop("text", None)
    for other in patients[1:]:
        copied = entries.rewrite(other.resource, other)
        for name in _MERGED:
            extra = copied.get(name)
            if not isinstance(extra, list):
                continue
            mine = subject.setdefault(name, [])
            if not isinstance(mine, list):
                continue
            for value in extra:
                if not any(_same(value, present) for present in mine):
                    mine.append(value)
        for name in (
            "gender",
            "birthDate",
            "managingOrganization",
            "deceasedBoolean",
            "deceasedDateTime",
        ):
            if name not in subject and name in copied:
                subject[name] = copied[name]
    _fill_identity(subject, data)
    return subject


def _fill_identity(subject: dict[str, Any], data: SummaryData) -> None:
    """The profile's name and birth date where the Patient lacks them; else a data-absent
    reason, so that the Patient still has a name and a birth date (IPS Patient, ips-pat-1)."""
    summary = data.record.patient.summary
    names = subject.get("name") if isinstance(subject.get("name"), list) else []
    usable = [
        n
        for n in names or []
        if isinstance(n, dict) and (n.get("text") or n.get("family") or n.get("given"))
    ]
    absent = {"extension": [{"url": DATA_ABSENT, "valueCode": "unknown"}]}
    if not usable:
        subject["name"] = [{"text": summary.name}] if summary.name else [{"_text": absent}]
    if not subject.get("birthDate"):
        if summary.birth_date:
            subject["birthDate"] = summary.birth_date
        else:
            subject["_birthDate"] = absent
