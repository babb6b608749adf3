"""Making stored resources valid FHIR R4 inside the exported document without inventing facts.

Real files lack elements FHIR requires (a Survivorship Passport export has Observations without
``code``, Procedures without ``status``...). The vault keeps them as received; the document says
what is missing the FHIR way: the element is present with a data-absent-reason extension
("unknown") and no value. A missing subject or patient is the document's subject (everything in a
patient's vault is about that patient). A narrative without its ``div`` says nothing and is left
out. The required elements below are those of FHIR R4 (minimum cardinality 1) for the resources
summaries carry.
"""

from __future__ import annotations

from typing import Any

DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
UNKNOWN: dict[str, Any] = {"extension": [{"url": DATA_ABSENT, "valueCode": "unknown"}]}

# resource type -> required primitive elements (codes, dates)
REQUIRED_PRIMITIVES: dict[str, tuple[str, ...]] = {
    "Observation": ("status",),
    "MedicationStatement": ("status",),
    "MedicationRequest": ("status", "intent"),
    "MedicationAdministration": ("status",),
    "MedicationDispense": ("status",),
    "Immunization": ("status",),
    "Procedure": ("status",),
    "DiagnosticReport": ("status",),
    "DeviceUseStatement": ("status",),
    "CarePlan": ("status", "intent"),
    "DocumentReference": ("status",),
    "Encounter": ("status",),
    "Goal": ("lifecycleStatus",),
    "ServiceRequest": ("status", "intent"),
    "Appointment": ("status",),
    "Task": ("status", "intent"),
    "FamilyMemberHistory": ("status",),
    "Flag": ("status",),
    "ClinicalImpression": ("status",),
    "Coverage": ("status",),
    "List": ("status", "mode"),
}
# resource type -> required complex elements (name, is a list)
REQUIRED_COMPLEX: dict[str, tuple[tuple[str, bool], ...]] = {
    "Observation": (("code", False),),
    "DiagnosticReport": (("code", False),),
    "Immunization": (("vaccineCode", False),),
    "Goal": (("description", False),),
    "Encounter": (("class", False),),
    "Flag": (("code", False),),
    "FamilyMemberHistory": (("relationship", False),),
    "DeviceUseStatement": (("device", False),),
}
# resource type -> the reference to the patient it must have
SUBJECT: dict[str, str] = {
    "AllergyIntolerance": "patient",
    "Immunization": "patient",
    "FamilyMemberHistory": "patient",
    "Condition": "subject",
    "MedicationStatement": "subject",
    "MedicationRequest": "subject",
    "MedicationAdministration": "subject",
    "Procedure": "subject",
    "DeviceUseStatement": "subject",
    "CarePlan": "subject",
    "Goal": "subject",
    "ServiceRequest": "subject",
    "Flag": "subject",
}
# resource type -> choice elements one of whose forms is required: (prefix, forms)
REQUIRED_CHOICES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "MedicationStatement": (("medication", ("CodeableConcept", "Reference")),),
    "MedicationRequest": (("medication", ("CodeableConcept", "Reference")),),
    "MedicationAdministration": (
        ("medication", ("CodeableConcept", "Reference")),
        ("effective", ("DateTime", "Period")),
    ),
    "MedicationDispense": (("medication", ("CodeableConcept", "Reference")),),
    "Immunization": (("occurrence", ("DateTime", "String")),),
}
# backbone lists whose items require an element: (resource type, list) -> (element, is a list)
REQUIRED_IN_ITEMS: dict[tuple[str, str], tuple[str, bool]] = {
    ("Procedure", "focalDevice"): ("manipulated", False),
    ("Procedure", "performer"): ("actor", False),
    ("Immunization", "performer"): ("actor", False),
    ("MedicationAdministration", "performer"): ("actor", False),
    ("Observation", "component"): ("code", False),
    ("AllergyIntolerance", "reaction"): ("manifestation", True),
    ("DocumentReference", "content"): ("attachment", False),
    ("DiagnosticReport", "media"): ("link", False),
}


_PRIMITIVE_FORMS = frozenset({"DateTime", "String"})


def _absent() -> dict[str, Any]:
    return {"extension": [dict(UNKNOWN["extension"][0])]}


def _narrative(resource: dict[str, Any]) -> None:
    narrative = resource.get("text")
    if not isinstance(narrative, dict):
        return
    if not isinstance(narrative.get("div"), str):
        resource.pop("text", None)
    elif not narrative.get("status") and "_status" not in narrative:
        narrative["_status"] = _absent()


def repair(resource: dict[str, Any], subject_url: str) -> dict[str, Any]:
    """*resource* (a copy the caller owns), completed as described above."""
    kind = str(resource.get("resourceType"))
    _narrative(resource)
    for contained in resource.get("contained") or []:
        if isinstance(contained, dict):
            _narrative(contained)
    for name in REQUIRED_PRIMITIVES.get(kind, ()):
        if not resource.get(name) and f"_{name}" not in resource:
            resource[f"_{name}"] = _absent()
    for name, many in REQUIRED_COMPLEX.get(kind, ()):
        if not resource.get(name):
            resource[name] = [_absent()] if many else _absent()
    reference = SUBJECT.get(kind)
    if reference is not None and not resource.get(reference):
        resource[reference] = {"reference": subject_url}
    for prefix, forms in REQUIRED_CHOICES.get(kind, ()):
        names = [prefix + form for form in forms]
        if not any(resource.get(n) or f"_{n}" in resource for n in names):
            first = names[0]
            if forms[0] in _PRIMITIVE_FORMS:
                resource[f"_{first}"] = _absent()
            else:
                resource[first] = _absent()
    for (owner, items), (name, many) in REQUIRED_IN_ITEMS.items():
        if owner != kind or not isinstance(resource.get(items), list):
            continue
        for item in resource[items]:
            if isinstance(item, dict) and not item.get(name):
                item[name] = [_absent()] if many else _absent()
    return resource
