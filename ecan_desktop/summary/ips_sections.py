"""The IPS Composition's sections: which stored resource goes in which section (respecting the
entry types each IPS section allows), and each section's narrative.

IPS 1.1 sections (LOINC) and the resources they may list; resources no IPS section takes
(encounters, goals, orders and appointments, claims, documents...) go in further sections with
their own codes, and any entry that nothing reaches in the end is listed under "other records",
so that every entry of the document is reachable from its Composition.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ecan_desktop.record.codes import LOINC
from ecan_desktop.record.dates import day
from ecan_desktop.record.fhir_json import obj, objs, text
from ecan_desktop.record.patient_entries import is_patient_reported

# key: (LOINC code or None, label key, allowed resource types or None for any)
SECTION_DEFS: Mapping[str, tuple[str | None, str, frozenset[str] | None]] = MappingProxyType(
    {
        "problems": ("11450-4", "ips.problems", frozenset({"Condition", "DocumentReference"})),
        "allergies": (
            "48765-2",
            "ips.allergies",
            frozenset({"AllergyIntolerance", "DocumentReference"}),
        ),
        "medications": (
            "10160-0",
            "ips.medications",
            frozenset(
                {
                    "MedicationStatement",
                    "MedicationRequest",
                    "MedicationAdministration",
                    "MedicationDispense",
                    "DocumentReference",
                }
            ),
        ),
        "immunizations": (
            "11369-6",
            "ips.immunizations",
            frozenset({"Immunization", "DocumentReference"}),
        ),
        "results": (
            "30954-2",
            "ips.results",
            frozenset({"Observation", "DiagnosticReport", "DocumentReference"}),
        ),
        "procedures": ("47519-4", "ips.procedures", frozenset({"Procedure", "DocumentReference"})),
        "devices": (
            "46264-8",
            "ips.devices",
            frozenset({"DeviceUseStatement", "DocumentReference"}),
        ),
        "past_illness": (
            "11348-0",
            "ips.past_illness",
            frozenset({"Condition", "DocumentReference"}),
        ),
        "vital_signs": (
            "8716-3",
            "ips.vital_signs",
            frozenset({"Observation", "DocumentReference"}),
        ),
        "social_history": (
            "29762-2",
            "ips.social_history",
            frozenset({"Observation", "DocumentReference"}),
        ),
        "alerts": ("104605-1", "ips.alerts", frozenset({"Flag", "DocumentReference"})),
        "plan_of_care": (
            "18776-5",
            "ips.plan_of_care",
            frozenset({"CarePlan", "DocumentReference"}),
        ),
        "follow_up": (None, "ips.follow_up", None),
        "goals": ("61146-7", "ips.goals", None),
        "encounters": ("46240-8", "ips.encounters", None),
        "family_history": ("10157-6", "ips.family_history", None),
        "payers": ("48768-6", "ips.payers", None),
        # What the patient entered in the app (symptoms, notes): never among the clinical
        # results or documents. Their medicines stay in the medication summary, marked there.
        "patient_reported": (None, "ips.patient_reported", None),
        "documents": (None, "ips.documents", None),
        "other": (None, "ips.other", None),
    }
)
REQUIRED = ("problems", "allergies", "medications")
_ACTIVE_CONDITION = frozenset({"active", "recurrence", "relapse"})


def _category_codes(resource: dict[str, Any]) -> set[str]:
    return {
        str(c.get("code"))
        for cat in objs(resource.get("category"))
        for c in objs(cat.get("coding"))
        if c.get("code")
    }


def section_of(resource: dict[str, Any]) -> str | None:
    """The section a resource is listed in (None: a supporting resource, reached by reference)."""
    kind = resource.get("resourceType")
    if kind in ("Observation", "DocumentReference") and is_patient_reported(resource):
        return "patient_reported"
    if kind == "Condition":
        status = obj(resource.get("clinicalStatus")) or {}
        codes = {str(c.get("code")) for c in objs(status.get("coding"))}
        return "past_illness" if codes and not codes & _ACTIVE_CONDITION else "problems"
    if kind == "Observation":
        categories = _category_codes(resource)
        if "vital-signs" in categories:
            return "vital_signs"
        if "social-history" in categories:
            return "social_history"
        return "results"
    simple = {
        "AllergyIntolerance": "allergies",
        "MedicationStatement": "medications",
        "MedicationRequest": "medications",
        "MedicationAdministration": "medications",
        "MedicationDispense": "medications",
        "Immunization": "immunizations",
        "DiagnosticReport": "results",
        "Procedure": "procedures",
        "DeviceUseStatement": "devices",
        "Flag": "alerts",
        "CarePlan": "plan_of_care",
        "ServiceRequest": "follow_up",
        "Appointment": "follow_up",
        "Task": "follow_up",
        "Goal": "goals",
        "Encounter": "encounters",
        "FamilyMemberHistory": "family_history",
        "Claim": "payers",
        "ExplanationOfBenefit": "payers",
        "Coverage": "payers",
        "DocumentReference": "documents",
    }
    if kind in simple:
        return simple[kind]
    if kind in (
        "Organization",
        "Practitioner",
        "PractitionerRole",
        "Medication",
        "Location",
        "BodyStructure",
        "Specimen",
        "Substance",
        "RelatedPerson",
        "CareTeam",
        "Device",
        "Provenance",
        "Binary",
        "ImagingStudy",
    ):
        return None
    return "other"


@dataclass
class Section:
    key: str
    entries: list[tuple[str, dict[str, Any], str | None]] = field(default_factory=list)
    # (fullUrl, resource, language of its words)
    reported: str = ""  # "reported by the patient", added to the status of patient entries


_WORD_ELEMENTS = (
    "code",
    "vaccineCode",
    "medicationCodeableConcept",
    "type",
    "category",
    "serviceType",
    "description",
    "valueCodeableConcept",
)


def _concept_words(value: object) -> str | None:
    found = obj(value)
    if isinstance(value, list) and value:
        found = obj(value[0])
    if found is None:
        return None
    words = text(found.get("text"))
    if words:
        return words
    for coding in objs(found.get("coding")):
        label = text(coding.get("display")) or text(coding.get("code"))
        if label:
            return label
    return None


def describe(resource: dict[str, Any], medication_names: Mapping[str, str]) -> str:
    """A short line about a resource for a section narrative, in the source's words."""
    kind = str(resource.get("resourceType"))
    for name in _WORD_ELEMENTS:
        words = _concept_words(resource.get(name))
        if words:
            break
    else:
        words = None
    if words is None:
        reference = obj(resource.get("medicationReference")) or {}
        words = medication_names.get(str(reference.get("reference"))) or text(
            reference.get("display")
        )
    if words is None:
        words = text(resource.get("title")) or text(resource.get("description")) or kind
    value = ""
    quantity = obj(resource.get("valueQuantity"))
    if quantity is not None and quantity.get("value") is not None:
        value = f" {quantity.get('comparator', '')}{quantity.get('value')} " + str(
            quantity.get("code") or quantity.get("unit") or ""
        )
    elif text(resource.get("valueString")):
        value = f" {text(resource.get('valueString'))}"
    elif type(resource.get("valueInteger")) is int:  # a patient's grade of a symptom, a score
        value = f" {resource['valueInteger']}"
    elif _concept_words(resource.get("valueCodeableConcept")) and words != _concept_words(
        resource.get("valueCodeableConcept")
    ):
        value = f" {_concept_words(resource.get('valueCodeableConcept'))}"
    return (words + (":" + value if value.strip() else "")).strip()


def status_of(resource: dict[str, Any]) -> str:
    for name in ("clinicalStatus", "verificationStatus"):
        words = _concept_words(resource.get(name))
        if words:
            return words
    return text(resource.get("status")) or ""


def _marked(status: str, mark: str) -> str:
    return " · ".join(part for part in (status, mark) if part)


def narrative(
    title: str,
    rows: list[tuple[str, str, str, str | None]],
    empty: str,
    headers: tuple[str, str, str],
) -> str:
    """XHTML for a section: a table of (date, what, status, language of *what*)."""
    if not rows:
        return f'<div xmlns="http://www.w3.org/1999/xhtml"><p>{escape(empty)}</p></div>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for moment, what, status, language in rows:
        lang = f" lang={quoteattr(language)}" if language else ""
        body.append(
            f"<tr><td>{escape(moment)}</td><td{lang}>{escape(what)}</td>"
            f"<td>{escape(status)}</td></tr>"
        )
    return (
        f'<div xmlns="http://www.w3.org/1999/xhtml"><table><caption>{escape(title)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def section_json(
    key: str,
    title: str,
    section: Section,
    clinical_dates: Mapping[str, str | None],
    medication_names: Mapping[str, str],
    empty: str,
    headers: tuple[str, str, str],
    *,
    withheld: bool = False,
) -> dict[str, Any]:
    """A Composition section; empty, it says why: ``withheld`` when the user left its entries
    out of the summary, else ``unavailable``."""
    code, _, _ = SECTION_DEFS[key]
    rows = [
        (
            day(clinical_dates.get(url)) or "",
            describe(resource, medication_names),
            _marked(status_of(resource), section.reported if is_patient_reported(resource) else ""),
            language,
        )
        for url, resource, language in section.entries
    ]
    found: dict[str, Any] = {"title": title}
    if code is not None:
        found["code"] = {"coding": [{"system": LOINC, "code": code}], "text": title}
    else:
        found["code"] = {"text": title}
    found["text"] = {"status": "generated", "div": narrative(title, rows, empty, headers)}
    if section.entries:
        found["entry"] = [{"reference": url} for url, _, _ in section.entries]
    else:
        reason, display = (
            ("withheld", "Information Withheld")
            if withheld
            else (
                "unavailable",
                "Unavailable",
            )
        )
        found["emptyReason"] = {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/list-empty-reason",
                    "code": reason,
                    "display": display,
                }
            ]
        }
    return found
