"""Import FHIR R4 JSON files: a single resource or a Bundle (document, collection, searchset,
transaction, batch, message).

Lenient and explicit (DESIGN.md "Imports"): every usable resource is kept, every skipped part is
reported with its JSON path and a reason, and a file is rejected only when nothing usable is in it.
Resources are kept exactly as received; an entry without an ``id`` gets the one its ``fullUrl``
names (``urn:uuid:…``) so that references to it still resolve once stored. That is not reported:
a transaction bundle's new resources have no id by design, and the fullUrl is their name. Any
other id the importer has to make up is reported, and so are the defects of resources that are
imported all the same (``importers.defects``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ecan_desktop.fhir.xml_reader import REASON_DTD as XML_DTD
from ecan_desktop.fhir.xml_reader import REASON_EMPTY as XML_EMPTY
from ecan_desktop.fhir.xml_reader import REASON_ENCODING as XML_ENCODING
from ecan_desktop.fhir.xml_reader import REASON_NOT_FHIR as XML_NOT_FHIR
from ecan_desktop.fhir.xml_reader import REASON_TOO_DEEP as XML_TOO_DEEP
from ecan_desktop.fhir.xml_reader import FhirXmlError, read_fhir_xml
from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP, Message
from ecan_desktop.importers.batch import ImportBatch, ImportRejected, Problem
from ecan_desktop.importers.defects import narrative_problems, repeated_problems
from ecan_desktop.importers.health_cards import health_card_json_reason, health_card_reason
from ecan_desktop.vault.store import NewSource

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
_CTX = "ImportErrors"
_FHIR_ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")

REASON_EMPTY = QT_TRANSLATE_NOOP("ImportErrors", "the file is empty.")
REASON_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ImportErrors", "the file is larger than {limit} MB, the most ecan-desktop accepts."
)
REASON_PDF = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is a PDF document, not a FHIR summary. Ask your centre for the summary as a FHIR file "
    "(JSON or XML).",
)
REASON_ZIP = QT_TRANSLATE_NOOP(
    "ImportErrors", "it is a ZIP archive. Unpack it first, then import the FHIR files inside."
)
REASON_BINARY = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is not a text file, so it cannot be a FHIR summary. Check that you chose the right file.",
)
REASON_ENCODING = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "the text is not valid UTF-8, which FHIR files must be. Ask your centre for a new copy.",
)
REASON_HTML = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is a web page (HTML), perhaps an error page saved by the browser, not a FHIR summary. "
    "Download the summary again.",
)
REASON_CDA = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is a CDA document (HL7 version 3 XML), which this version of ecan-desktop cannot read yet. "
    "Ask your centre for the summary as a FHIR file.",
)
REASON_XML_NOT_FHIR = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is an XML file, but not FHIR XML. Check that you chose the right file.",
)
REASON_XML_BROKEN = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "the file is damaged: its XML is not well formed (line {line}).",
)
REASON_XML_DTD = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it declares XML entities or a DTD, which FHIR files never need. For your safety it was not "
    "read; ask your centre for a new copy.",
)
PROBLEM_XML = QT_TRANSLATE_NOOP(
    "ImportErrors", "a part of the XML was read as well as possible: {detail}"
)
REASON_JSON = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "the file is damaged: its JSON is not valid (line {line}, column {column}: {detail}).",
)
REASON_NOT_FHIR = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "it is not a FHIR resource (it has no resourceType). Check that you chose the right file.",
)
REASON_NO_RESOURCES = QT_TRANSLATE_NOOP("ImportErrors", "the bundle contains no usable resources.")
REASON_TOO_DEEP = QT_TRANSLATE_NOOP(
    "ImportErrors", "its structure is nested too deeply to be a real FHIR summary."
)
REASON_UNREADABLE = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "the file could not be read ({detail}). Check that it exists and that you may open it.",
)
PROBLEM_BAD_LINE = QT_TRANSLATE_NOOP("ImportErrors", "a line that is not valid JSON was skipped")
PROBLEM_NULL_ENTRY = QT_TRANSLATE_NOOP("ImportErrors", "an empty entry (null) was skipped")
PROBLEM_NOT_OBJECT = QT_TRANSLATE_NOOP("ImportErrors", "an entry that is not an object was skipped")
PROBLEM_NO_RESOURCE = QT_TRANSLATE_NOOP("ImportErrors", "an entry without a resource was skipped")
PROBLEM_NO_TYPE = QT_TRANSLATE_NOOP("ImportErrors", "a resource without a resourceType was skipped")
PROBLEM_NO_ID = QT_TRANSLATE_NOOP(
    "ImportErrors", "a resource without an id or usable fullUrl was given the id {id}"
)

MAX_DEPTH = 64


def _reason(source: str, **fields: object) -> Message:
    return Message(_CTX, source, fields)


def _depth(value: Any, limit: int) -> int:
    """Depth of nested containers, stopping at *limit* (no recursion, so no RecursionError)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, (dict, list)))
    return deepest


def _sniff(name: str, data: bytes, max_bytes: int) -> str:
    """Decode *data* as UTF-8 JSON text, or reject it with the reason that fits what it is."""
    if not data.strip():
        raise ImportRejected(file=name, reason=_reason(REASON_EMPTY))
    if len(data) > max_bytes:
        raise ImportRejected(file=name, reason=_reason(REASON_TOO_LARGE, limit=max_bytes >> 20))
    if data.startswith(b"%PDF"):
        raise ImportRejected(file=name, reason=_reason(REASON_PDF))
    if data.startswith(b"PK\x03\x04"):
        raise ImportRejected(file=name, reason=_reason(REASON_ZIP))
    if b"\x00" in data[:4096]:
        raise ImportRejected(file=name, reason=_reason(REASON_BINARY))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(file=name, reason=_reason(REASON_ENCODING)) from exc
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or "<html" in head:
        raise ImportRejected(file=name, reason=_reason(REASON_HTML))
    return text


def _id_from_full_url(full_url: object) -> str | None:
    if not isinstance(full_url, str) or not full_url:
        return None
    tail = full_url.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return tail if _FHIR_ID.match(tail) else None


def _entries(
    bundle: Mapping[str, Any], problems: list[Problem], prefix: str = "$"
) -> tuple[list[dict[str, Any]], list[str | None], list[str]]:
    found: list[dict[str, Any]] = []
    full_urls: list[str | None] = []
    paths: list[str] = []
    entries = bundle.get("entry")
    if not isinstance(entries, list):
        return found, full_urls, paths
    for index, entry in enumerate(entries):
        path = f"{prefix}.entry[{index}]"
        if entry is None:
            problems.append(Problem(path, _reason(PROBLEM_NULL_ENTRY)))
            continue
        if not isinstance(entry, dict):
            problems.append(Problem(path, _reason(PROBLEM_NOT_OBJECT)))
            continue
        resource = entry.get("resource")
        if not isinstance(resource, dict):
            problems.append(Problem(path, _reason(PROBLEM_NO_RESOURCE)))
            continue
        if not isinstance(resource.get("resourceType"), str):
            problems.append(Problem(f"{path}.resource", _reason(PROBLEM_NO_TYPE)))
            continue
        if not isinstance(resource.get("id"), str) or not resource["id"]:
            new_id = _id_from_full_url(entry.get("fullUrl")) or f"entry-{index}"
            resource = {**resource, "id": new_id}
            if _id_from_full_url(entry.get("fullUrl")) is None:
                reason = _reason(PROBLEM_NO_ID, id=new_id)
                problems.append(Problem(f"{path}.resource", reason, skipped=False))
        found.append(resource)
        full_url = entry.get("fullUrl")
        full_urls.append(full_url if isinstance(full_url, str) and full_url else None)
        paths.append(f"{path}.resource")
    return found, full_urls, paths


def _centre(resources: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The centre that issued the file: the document's custodian, else its author organisation."""
    by_ref: dict[str, dict[str, Any]] = {}
    for resource in resources:
        if resource.get("resourceType") == "Organization":
            by_ref[f"Organization/{resource['id']}"] = resource
            by_ref[f"urn:uuid:{resource['id']}"] = resource
    composition = next((r for r in resources if r.get("resourceType") == "Composition"), None)
    candidates: list[Any] = []
    if composition is not None:
        candidates.append(composition.get("custodian"))
        candidates.extend(composition.get("author") or [])
    for ref in candidates:
        if isinstance(ref, dict):
            org = by_ref.get(str(ref.get("reference")))
            if org is not None and isinstance(org.get("name"), str):
                addresses = org.get("address") or [{}]
                first = addresses[0] if isinstance(addresses, list) and addresses else {}
                country = first.get("country") if isinstance(first, dict) else None
                return org["name"], country if isinstance(country, str) else None
    return None, None


def _resources_of(
    document: Mapping[str, Any], data: bytes, problems: list[Problem], prefix: str = "$"
) -> tuple[list[dict[str, Any]], list[str | None], list[str], str]:
    """The resources a parsed document holds: a Bundle's entries, or the resource itself."""
    if document["resourceType"] == "Bundle":
        resources, full_urls, paths = _entries(document, problems, prefix)
        return resources, full_urls, paths, f"bundle-{document.get('type', 'unknown')}"
    resource = dict(document)
    if not isinstance(resource.get("id"), str) or not resource["id"]:
        # Stable across re-imports of the same bytes, so that a re-import changes nothing.
        digest = hashlib.sha256(data + prefix.encode()).hexdigest()[:16]
        resource["id"] = digest
        problems.append(Problem(prefix, _reason(PROBLEM_NO_ID, id=digest), skipped=False))
    return [resource], [None], [prefix], "resource"


def _parse_json(name: str, text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ImportRejected(file=name, reason=_reason(REASON_TOO_DEEP)) from exc


def _ndjson_documents(
    name: str, text: str, problems: list[Problem]
) -> list[tuple[str, dict[str, Any]]] | None:
    """NDJSON (one resource per line), or None when *text* is not NDJSON at all."""
    lines = text.splitlines()
    documents: list[tuple[str, dict[str, Any]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = _parse_json(name, line)
        except json.JSONDecodeError:
            if not documents:
                return None
            problems.append(Problem(f"line {number}", _reason(PROBLEM_BAD_LINE)))
            continue
        if not isinstance(value, dict) or not isinstance(value.get("resourceType"), str):
            if not documents:
                return None
            problems.append(Problem(f"line {number}", _reason(PROBLEM_NO_TYPE)))
            continue
        documents.append((f"line {number}", value))
    return documents if len(documents) > 1 or len(lines) > 1 else None


def _json_documents(
    name: str, text: str, problems: list[Problem]
) -> tuple[list[tuple[str, dict[str, Any]]], str]:
    """The JSON document, or the NDJSON lines, in *text*; ImportRejected when neither."""
    try:
        parsed = _parse_json(name, text)
    except json.JSONDecodeError as exc:
        ndjson = _ndjson_documents(name, text, problems) if exc.msg == "Extra data" else None
        card = health_card_reason(text)
        if ndjson is None and card is not None:
            raise ImportRejected(file=name, reason=_reason(card)) from exc
        if ndjson is None:
            reason = _reason(REASON_JSON, line=exc.lineno, column=exc.colno, detail=exc.msg)
            raise ImportRejected(file=name, reason=reason) from exc
        return ndjson, "fhir-ndjson"
    if not isinstance(parsed, dict) or not isinstance(parsed.get("resourceType"), str):
        card = health_card_json_reason(parsed)
        raise ImportRejected(file=name, reason=_reason(card or REASON_NOT_FHIR))
    return [("$", parsed)], "fhir-json"


def _xml_document(name: str, data: bytes, problems: list[Problem]) -> dict[str, Any]:
    """The FHIR XML file as the JSON shape, or ImportRejected with the reason that fits."""
    try:
        document, xml_problems = read_fhir_xml(data)
    except FhirXmlError as error:
        if error.reason == XML_NOT_FHIR and b"urn:hl7-org:v3" in data[:4096]:
            raise ImportRejected(file=name, reason=_reason(REASON_CDA)) from error
        reasons = {
            XML_NOT_FHIR: _reason(REASON_XML_NOT_FHIR),
            XML_DTD: _reason(REASON_XML_DTD),
            XML_ENCODING: _reason(REASON_ENCODING),
            XML_TOO_DEEP: _reason(REASON_TOO_DEEP),
            XML_EMPTY: _reason(REASON_EMPTY),
        }
        reason = reasons.get(error.reason) or _reason(REASON_XML_BROKEN, line=error.line or "?")
        raise ImportRejected(file=name, reason=reason) from error
    problems.extend(Problem(path, _reason(PROBLEM_XML, detail=why)) for path, why in xml_problems)
    return document


def read_fhir_bytes(
    name: str,
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    centre_name: str | None = None,
    centre_country: str | None = None,
    imported_at: str | None = None,
) -> ImportBatch:
    """Parse a FHIR file's bytes (JSON, NDJSON or XML) into a batch, or raise ImportRejected.

    The format is found from the content, never from the file name.
    """
    text = _sniff(name, data, max_bytes)
    problems: list[Problem] = []
    documents: list[tuple[str, dict[str, Any]]]
    if text.lstrip().startswith("<"):
        documents, file_format = [("$", _xml_document(name, data, problems))], "fhir-xml"
    else:
        documents, file_format = _json_documents(name, text, problems)
    if any(_depth(doc, MAX_DEPTH) > MAX_DEPTH for _, doc in documents):
        raise ImportRejected(file=name, reason=_reason(REASON_TOO_DEEP))
    resources: list[dict[str, Any]] = []
    full_urls: list[str | None] = []
    paths: list[str] = []
    kinds: list[str] = []
    for prefix, document in documents:
        found, urls, places, kind = _resources_of(document, data, problems, prefix)
        resources.extend(found)
        full_urls.extend(urls)
        paths.extend(places)
        kinds.append(kind)
    if not resources:
        raise ImportRejected(file=name, reason=_reason(REASON_NO_RESOURCES))
    if file_format in ("fhir-json", "fhir-xml"):
        file_format = f"{file_format}/{kinds[0]}"
    found_name, found_country = _centre(resources)
    centre_name = centre_name or found_name
    centre_country = centre_country or found_country
    sha256 = hashlib.sha256(data).hexdigest()
    origin = f"centre:{centre_name.casefold()}" if centre_name else f"file:{sha256}"
    source = NewSource(
        kind="file",
        origin=origin,
        centre_name=centre_name,
        centre_country=centre_country,
        file_name=name,
        sha256=sha256,
        imported_at=imported_at,
    )
    batch = ImportBatch(source, file_format, resources, problems, full_urls, paths)
    problems.extend(narrative_problems(batch, problems))
    problems.extend(repeated_problems(batch))
    return batch


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportBatch:
    """Read and parse one file; a file too large is rejected before it is read whole."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ImportRejected(file=name, reason=_reason(REASON_TOO_LARGE, limit=max_bytes >> 20))
        data = path.read_bytes()
    except ImportRejected:
        raise
    except OSError as exc:
        reason = Message(_CTX, REASON_UNREADABLE, {"detail": exc.strerror or str(exc)})
        raise ImportRejected(file=name, reason=reason) from exc
    return read_fhir_bytes(name, data, max_bytes=max_bytes)
