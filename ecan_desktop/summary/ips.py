"""The record as an International Patient Summary: a FHIR R4 document Bundle (IPS 1.1 structure),
built from the stored resources themselves so that nothing is lost.

- ``Bundle.type`` document, an ``identifier`` and a ``timestamp``; every entry has a ``fullUrl``
  (``urn:uuid``) and every reference resolves inside the bundle (:mod:`ips_refs`).
- The first entry is a Composition typed LOINC 60591-5 "Patient summary Document", authored by
  this program (a contained Device), with the required sections (problems 11450-4, allergies
  48765-2, medications 10160-0; ``emptyReason`` when empty) and every other section that has
  data, each with a narrative (:mod:`ips_sections`).
- One Patient, the subject: the patient's Patient resources from every source merged (bdl-ips-1
  allows one Composition; the IPS Bundle profile one Patient). The summaries the sources sent
  (their own Compositions) travel as DocumentReferences holding the original JSON.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Mapping
from typing import Any

from ecan_desktop import __version__
from ecan_desktop.fhir.extensions import SAME_FACT_EXTENSION
from ecan_desktop.record.dates import sort_key
from ecan_desktop.record.fhir_json import obj, text
from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.ips_refs import (
    NAMESPACE,
    EntryMap,
    merged_patient,
    references_in,
)
from ecan_desktop.summary.ips_repair import repair
from ecan_desktop.summary.ips_sections import (
    REQUIRED,
    SECTION_DEFS,
    Section,
    section_json,
    section_of,
)
from ecan_desktop.summary.ips_selection import NOTHING, left_out
from ecan_desktop.summary.select import Selection
from ecan_desktop.terminology import Terminology, load_terminology
from ecan_desktop.vault.records import StoredResource

BUNDLE_PROFILE = "http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips"
COMPOSITION_PROFILE = "http://hl7.org/fhir/uv/ips/StructureDefinition/Composition-uv-ips"
PATIENT_SUMMARY = {
    "system": "http://loinc.org",
    "code": "60591-5",
    "display": "Patient summary Document",
}
APP_DEVICE_ID = "ecan-desktop"
FILE_NAME = "ips-bundle.json"
_INSTANT_TIME = 19  # "YYYY-MM-DDThh:mm:ss"


def _document_reference(entries: EntryMap, row: StoredResource) -> dict[str, Any]:
    """A source's own summary (a Composition) as a DocumentReference holding its original JSON:
    an IPS document has one Composition (bdl-ips-1)."""
    original = row.resource
    rewritten = entries.rewrite(original, row)
    title = text(original.get("title"))
    moment = text(original.get("date"))
    attachment: dict[str, Any] = {
        "contentType": "application/fhir+json",
        "data": base64.b64encode(json.dumps(original, ensure_ascii=False).encode("utf-8")).decode(
            "ascii"
        ),
    }
    language = text(original.get("language"))
    if language:
        attachment["language"] = language
    if title:
        attachment["title"] = title
    if moment:
        attachment["creation"] = moment
    document: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "id": entries.ids[row.row_id],
        "status": "current",
        "subject": {"reference": entries.subject_url},
        "content": [
            {
                "attachment": attachment,
                "format": {
                    "system": "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode",
                    "code": "urn:ihe:iti:xds:2017:mimeTypeSufficient",
                },
            }
        ],
    }
    if original.get("status") in ("preliminary", "final", "amended", "entered-in-error"):
        document["docStatus"] = original["status"]
    identifier = obj(original.get("identifier"))
    if identifier is not None:
        document["masterIdentifier"] = identifier
    if obj(original.get("type")) is not None:
        document["type"] = original["type"]
    if moment and len(moment) > _INSTANT_TIME and "T" in moment:
        document["date"] = moment
    if isinstance(rewritten.get("author"), list):
        document["author"] = rewritten["author"]
    if obj(rewritten.get("custodian")) is not None:
        document["custodian"] = rewritten["custodian"]
    if title:
        document["description"] = title
    return document


def _mark_same_fact(
    resource: dict[str, Any],
    row: StoredResource,
    data: SummaryData,
    entries: EntryMap,
    targets: list[str],
) -> None:
    """A fact several sources reported is kept once per source; each later copy names the first
    (the vault linked them), so that an importer can link them again (the record shows a
    linked fact once). Ordinary FHIR readers ignore the extension."""
    primary = data.index.fact_of(row.row_id).primary
    if primary.row_id == row.row_id or primary.resource_type == "Patient":
        return
    if primary.row_id in entries.left_out:
        return
    extensions = resource.setdefault("extension", [])
    if isinstance(extensions, list):
        targets.append(entries.url_of[primary.row_id])
        extensions.append(
            {
                "url": SAME_FACT_EXTENSION,
                "valueReference": {"reference": entries.url_of[primary.row_id]},
            }
        )


def _medication_names(exported: Mapping[str, dict[str, Any]]) -> dict[str, str]:
    found = {}
    for url, resource in exported.items():
        if resource.get("resourceType") == "Medication":
            code = obj(resource.get("code")) or {}
            words = text(code.get("text")) or next(
                (text(c.get("display")) for c in code.get("coding") or [] if isinstance(c, dict)),
                None,
            )
            if words:
                found[url] = words
    return found


def _reachable(start: dict[str, Any], graph: Mapping[str, list[str]]) -> set[str]:
    """The entries reachable from the Composition through references (*graph*: the fullUrls
    each entry refers to)."""
    seen: set[str] = set()
    stack = references_in(start)
    while stack:
        url = stack.pop()
        if url in graph and url not in seen:
            seen.add(url)
            stack.extend(graph[url])
    return seen


def _app_device() -> dict[str, Any]:
    return {
        "resourceType": "Device",
        "id": APP_DEVICE_ID,
        "deviceName": [{"name": "ecan-desktop", "type": "manufacturer-name"}],
        "version": [{"value": __version__}],
        "type": {"text": "Software that assembled this patient-held summary"},
    }


def _patient_narrative(patient: dict[str, Any]) -> dict[str, Any]:
    from xml.sax.saxutils import escape

    name = next(
        (
            n.get("text") or " ".join([*n.get("given", []), n.get("family", "")]).strip()
            for n in patient.get("name", [])
            if isinstance(n, dict)
        ),
        "",
    )
    parts = [escape(str(name or "")), escape(str(patient.get("birthDate", "")))]
    if patient.get("gender"):
        parts.append(escape(str(patient["gender"])))
    return {
        "status": "generated",
        "div": f'<div xmlns="http://www.w3.org/1999/xhtml"><p>{", ".join(p for p in parts if p)}'
        "</p></div>",
    }


def build_ips(
    data: SummaryData,
    *,
    language: str = "en",
    terminology: Terminology | None = None,
    selection: Selection | None = None,
) -> dict[str, Any]:
    """The IPS document Bundle of the record (a JSON-ready dict); with a *selection*, without
    what the user left out of the summary (:mod:`ips_selection`)."""
    words = terminology or load_terminology()
    if not words.has(language):
        language = words.reference

    def label(key: str) -> str:
        return words.label(language, key)

    leaving = NOTHING if selection is None else left_out(data, selection, words)
    entries = EntryMap(data, leaving.rows)
    patient = merged_patient(entries)
    patient["text"] = _patient_narrative(patient)
    exported: dict[str, dict[str, Any]] = {}
    languages: dict[str, str | None] = {}
    dates: dict[str, str | None] = {}
    reported = label("misc.reported_by_patient")
    sections: dict[str, Section] = {key: Section(key, reported=reported) for key in SECTION_DEFS}
    graph: dict[str, list[str]] = {entries.subject_url: references_in(patient)}
    for row in data.rows:
        if row.resource_type == "Patient" or row.row_id in leaving.rows:
            continue
        url = entries.url_of[row.row_id]
        if row.resource_type == "Composition":
            resource = _document_reference(entries, row)
            graph[url] = references_in(resource)
        else:
            targets: list[str] = [entries.subject_url]  # repair may add a subject reference
            resource = repair(entries.rewrite(row.resource, row, targets), entries.subject_url)
            resource["id"] = entries.ids[row.row_id]
            _mark_same_fact(resource, row, data, entries, targets)
            graph[url] = targets
        exported[url] = resource
        languages[url] = data.language_of_row(row.row_id)
        dates[url] = row.clinical_date
        key = section_of(resource)
        if key is not None:
            sections[key].entries.append((url, resource, languages[url]))
    medication_names = _medication_names(exported)
    headers = (label("ips.col_date"), label("ips.col_item"), label("ips.col_status"))

    def composition_sections() -> list[dict[str, Any]]:
        found = []
        for key, section in sections.items():
            if not section.entries and key not in REQUIRED:
                continue
            section.entries.sort(key=lambda e: sort_key(dates.get(e[0])))
            found.append(
                section_json(
                    key,
                    label(SECTION_DEFS[key][1]),
                    section,
                    dates,
                    medication_names,
                    label("ips.no_information"),
                    headers,
                    withheld=key in leaving.sections,
                )
            )
        return found

    composition: dict[str, Any] = {
        "resourceType": "Composition",
        "meta": {"profile": [COMPOSITION_PROFILE]},
        "language": language,
        "contained": [_app_device()],
        "status": "final",
        "type": {"coding": [PATIENT_SUMMARY]},
        "subject": {"reference": entries.subject_url},
        "date": data.generated_at.isoformat(),
        "author": [{"reference": f"#{APP_DEVICE_ID}", "display": f"ecan-desktop {__version__}"}],
        "title": label("ips.title"),
    }
    composition["section"] = composition_sections()
    unreached = set(exported) - _reachable(composition, graph)
    if unreached:
        for url in sorted(unreached, key=lambda u: list(exported).index(u)):
            sections["other"].entries.append((url, exported[url], languages.get(url)))
        composition["section"] = composition_sections()
    clinical = sorted((d for d in dates.values() if d), key=sort_key)
    if clinical:
        composition["event"] = [
            {
                "code": [
                    {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/v3-ActClass",
                                "code": "PCPR",
                            }
                        ]
                    }
                ],
                "period": {"start": clinical[0][:10], "end": clinical[-1][:10]},
            }
        ]
    order = [url for section in sections.values() for url, _, _ in section.entries]
    rest = [url for url in exported if url not in set(order)]
    body = [{"fullUrl": entries.subject_url, "resource": patient}] + [
        {"fullUrl": url, "resource": exported[url]} for url in dict.fromkeys(order + rest)
    ]
    # The document's identity: what it holds (each stored row at its version, the links between
    # rows), in which language, and when it was made. Same inputs, same identifier.
    identity: list[Any] = [
        [
            (row.row_id, row.origin, row.resource_type, row.fhir_id, row.version)
            for row in data.rows
            if row.row_id not in leaving.rows
        ],
        sorted(f.row_ids for f in data.index.facts if len(f.members) > 1),
        language,
        data.generated_at.isoformat(),
    ]
    digest = hashlib.sha256(json.dumps(identity).encode("utf-8")).hexdigest()
    document_id = uuid.uuid5(NAMESPACE, f"document|{digest}")
    composition_url = f"urn:uuid:{uuid.uuid5(NAMESPACE, f'composition|{digest}')}"
    composition = {
        "resourceType": "Composition",
        "id": str(uuid.uuid5(NAMESPACE, digest)),
        **{k: v for k, v in composition.items() if k != "resourceType"},
    }
    composition["identifier"] = {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{document_id}"}
    return {
        "resourceType": "Bundle",
        "id": str(document_id),
        "meta": {"profile": [BUNDLE_PROFILE]},
        "language": language,
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{document_id}"},
        "type": "document",
        "timestamp": data.generated_at.isoformat(),
        "entry": [{"fullUrl": composition_url, "resource": composition}, *body],
    }


def ips_bytes(bundle: dict[str, Any]) -> bytes:
    """The bundle as UTF-8 JSON, compact (as FHIR servers exchange it)."""
    return json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
