"""Our own checks of an IPS document (the HL7 validator is not available here, ENVIRONMENT.md):
the Bundle-uv-ips and Composition-uv-ips rules the export must keep, including the invariants

- ``bdl-ips-1``: no Composition besides the first entry;
- ``ips-comp-1``: the problems, allergies and medications sections have entries or an
  ``emptyReason``;
- ``ips-pat-1``: every Patient name has a family name, a given name or a text;

and that every entry has a unique ``fullUrl``, every reference resolves inside the bundle
(``#id`` to a contained resource of the same resource) and every entry is reachable from the
Composition. Each problem is a short sentence; an
empty list means the document passed.
"""

from __future__ import annotations

from typing import Any

from ecan_desktop.summary.ips_refs import walk_references
from ecan_desktop.summary.ips_sections import REQUIRED, SECTION_DEFS

_LOINC = "http://loinc.org"


def _codes(concept: object) -> set[tuple[str, str]]:
    if not isinstance(concept, dict):
        return set()
    return {
        (str(c.get("system")), str(c.get("code")))
        for c in concept.get("coding") or []
        if isinstance(c, dict)
    }


def _present(element: dict[str, Any], name: str) -> bool:
    value = element.get(name)
    extension = element.get(f"_{name}")
    return bool(value) or (isinstance(extension, dict) and bool(extension.get("extension")))


def check_patient(patient: dict[str, Any]) -> list[str]:
    problems = []
    names = patient.get("name")
    if not isinstance(names, list) or not names:
        problems.append("Patient has no name (IPS Patient name 1..*)")
    else:
        for index, name in enumerate(names):
            if not isinstance(name, dict) or not any(
                _present(name, part) for part in ("family", "given", "text")
            ):
                problems.append(f"ips-pat-1: Patient.name[{index}] has no family, given or text")
    if not _present(patient, "birthDate"):
        problems.append("Patient has no birthDate (IPS Patient birthDate 1..1)")
    return problems


def _check_sections(composition: dict[str, Any], types: dict[str, str]) -> list[str]:
    problems: list[str] = []
    by_code: dict[str, str] = {
        code: key for key, (code, _, _) in SECTION_DEFS.items() if code is not None
    }
    seen: set[str] = set()
    for index, section in enumerate(composition.get("section") or []):
        where = f"Composition.section[{index}]"
        if not section.get("title"):
            problems.append(f"{where} has no title")
        if not isinstance((section.get("text") or {}).get("div"), str):
            problems.append(f"{where} has no narrative")
        if section.get("section"):
            problems.append(f"{where} has sub-sections (IPS section.section 0..0)")
        if section.get("entry") and section.get("emptyReason"):
            problems.append(f"{where} has entries and an emptyReason")
        codes = {code for system, code in _codes(section.get("code")) if system == _LOINC}
        key = next((by_code[c] for c in codes if c in by_code), None)
        if key is None:
            continue
        seen.add(key)
        allowed = SECTION_DEFS[key][2]
        if key in REQUIRED and not section.get("entry") and not section.get("emptyReason"):
            problems.append(f"ips-comp-1: {where} ({key}) has neither entries nor emptyReason")
        for entry in section.get("entry") or []:
            kind = types.get(str((entry or {}).get("reference")))
            if allowed is not None and kind is not None and kind not in allowed:
                problems.append(f"{where} ({key}) lists a {kind}, which it may not")
    for key in REQUIRED:
        if key not in seen:
            problems.append(f"the required {key} section is missing")
    return problems


def _check_references(entries: list[dict[str, Any]], urls: set[str]) -> list[str]:
    problems: list[str] = []
    for index, entry in enumerate(entries):
        resource = entry.get("resource") or {}
        contained = {
            str(c.get("id")) for c in resource.get("contained") or [] if isinstance(c, dict)
        }
        dangling: list[str] = []

        def visit(
            ref: dict[str, Any], local: set[str] = contained, out: list[str] = dangling
        ) -> None:
            reference = str(ref["reference"])
            if reference.startswith("#"):
                if reference != "#" and reference[1:] not in local:
                    out.append(reference)
            elif reference not in urls:
                out.append(reference)

        walk_references(resource, visit)
        problems.extend(
            f"entry[{index}] ({resource.get('resourceType')}) refers to {ref}, which is not in "
            "the bundle"
            for ref in dangling[:3]
        )
    return problems


def _check_entries(entries: list[dict[str, Any]]) -> tuple[list[str], set[str], dict[str, str]]:
    problems: list[str] = []
    urls: set[str] = set()
    types: dict[str, str] = {}
    for index, entry in enumerate(entries):
        url = entry.get("fullUrl")
        if not isinstance(url, str) or not url:
            problems.append(f"entry[{index}] has no fullUrl")
            continue
        if url in urls:
            problems.append(f"entry[{index}] repeats the fullUrl {url}")
        urls.add(url)
        types[url] = str((entry.get("resource") or {}).get("resourceType"))
        problems.extend(
            f"entry[{index}] has {forbidden} (0..0 in an IPS bundle)"
            for forbidden in ("search", "request", "response")
            if forbidden in entry
        )
    return problems, urls, types


def _check_composition(entries: list[dict[str, Any]], types: dict[str, str]) -> list[str]:
    problems: list[str] = []
    composition = entries[0].get("resource") or {}
    if composition.get("resourceType") != "Composition":
        problems.append("the first entry is not a Composition")
    if any((e.get("resource") or {}).get("resourceType") == "Composition" for e in entries[1:]):
        problems.append("bdl-ips-1: a Composition besides the first entry")
    if ("http://loinc.org", "60591-5") not in _codes(composition.get("type")):
        problems.append("Composition.type is not LOINC 60591-5")
    subject = str((composition.get("subject") or {}).get("reference"))
    patients = [e for e in entries if (e.get("resource") or {}).get("resourceType") == "Patient"]
    if len(patients) != 1:
        problems.append(f"{len(patients)} Patient entries (the IPS Bundle has exactly one)")
    if types.get(subject) != "Patient":
        problems.append("Composition.subject does not point at the Patient entry")
    for patient in patients:
        problems.extend(check_patient(patient.get("resource") or {}))
    if not composition.get("author"):
        problems.append("Composition.author is missing")
    problems.extend(_check_sections(composition, types))
    return problems


def _check_reachable(entries: list[dict[str, Any]]) -> list[str]:
    """A document's entries are all reachable from its Composition by references (FHIR R4
    documents: the HL7 validator reports the others)."""
    by_url = {str(e.get("fullUrl")): e.get("resource") or {} for e in entries}
    seen: set[str] = set()
    stack = [entries[0].get("resource") or {}]
    while stack:
        found: list[str] = []

        def visit(ref: dict[str, Any], out: list[str] = found) -> None:
            out.append(str(ref["reference"]))

        walk_references(stack.pop(), visit)
        for url in found:
            if url in by_url and url not in seen:
                seen.add(url)
                stack.append(by_url[url])
    return [
        f"entry[{index}] ({(e.get('resource') or {}).get('resourceType')}) is not reachable "
        "from the Composition"
        for index, e in enumerate(entries[1:], start=1)
        if str(e.get("fullUrl")) not in seen
    ][:5]


def check_ips(bundle: dict[str, Any]) -> list[str]:
    """Every rule the document breaks (empty when it passes)."""
    problems: list[str] = []
    if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "document":
        problems.append("not a document Bundle")
    if not (bundle.get("identifier") or {}).get("value"):
        problems.append("Bundle.identifier is missing")
    if not bundle.get("timestamp"):
        problems.append("Bundle.timestamp is missing")
    entries = [e for e in bundle.get("entry") or [] if isinstance(e, dict)]
    if not entries:
        return [*problems, "the bundle has no entries"]
    found, urls, types = _check_entries(entries)
    problems.extend(found)
    problems.extend(_check_composition(entries, types))
    problems.extend(_check_references(entries, urls))
    problems.extend(_check_reachable(entries))
    return problems
