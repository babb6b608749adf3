"""Documents: DocumentReferences and Binaries with their attachments (a base64 PDF passport,
letters as text), and the summary documents themselves (Compositions). The bytes of an
attachment are decoded only when asked for (:func:`attachment_bytes`), never while building."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ecan_desktop.record.codes import Concept, concept, concepts
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import fhir_date
from ecan_desktop.record.fhir_json import integer, obj, objs, reference_of, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

_MAGIC = (
    (b"%PDF", "application/pdf"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"<?xml", "application/xml"),
    (b"PK\x03\x04", "application/zip"),
)
DEFAULT_TYPE = "application/octet-stream"


class NoAttachment(LookupError):
    """The resource holds no attachment data at that index (or the data is not base64)."""


@dataclass(frozen=True)
class AttachmentInfo:
    index: int
    content_type: str | None  # as stated, else recognised from the first bytes
    language: str | None
    title: str | None
    size: int | None  # bytes, as stated or computed from the base64 length
    has_data: bool  # the bytes are in the vault (else only a URL)
    url: str | None
    created: str | None


@dataclass(frozen=True)
class DocumentItem:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    kind: str  # document | binary | composition; a report with files: see report_files.py
    title: str | None
    type: Concept | None
    categories: tuple[Concept, ...]
    date: str | None
    status: str | None
    description: str | None
    attachments: tuple[AttachmentInfo, ...]
    sections: tuple[str, ...]  # a Composition's section titles
    diagnosis_ids: tuple[str, ...]


def _sniff(data: str) -> str | None:
    try:
        head = base64.b64decode(data[:16] + "=" * (-len(data[:16]) % 4), validate=False)
    except (binascii.Error, ValueError):
        return None
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)


def _attachments(resource: dict[str, Any]) -> list[dict[str, Any]]:
    if resource.get("resourceType") == "Binary":
        return [resource]
    if resource.get("resourceType") == "DiagnosticReport":
        return objs(resource.get("presentedForm"))
    return [a for a in (obj(c.get("attachment")) for c in objs(resource.get("content"))) if a]


def _info(index: int, attachment: dict[str, Any]) -> AttachmentInfo:
    data = attachment.get("data")
    has_data = isinstance(data, str) and bool(data.strip())
    stated = text(attachment.get("contentType"))
    size = integer(attachment.get("size"))
    if has_data and isinstance(data, str):
        stated = stated or _sniff(data.strip())
        size = size or (len(data.strip()) * 3) // 4 - data.strip().count("=")
    return AttachmentInfo(
        index=index,
        content_type=stated,
        language=text(attachment.get("language")),
        title=text(attachment.get("title")),
        size=size,
        has_data=has_data,
        url=text(attachment.get("url")),
        created=fhir_date(attachment.get("creation")),
    )


def attachments_of(resource: dict[str, Any]) -> tuple[AttachmentInfo, ...]:
    return tuple(_info(i, a) for i, a in enumerate(_attachments(resource)))


def attachment_bytes(stored: StoredResource, index: int = 0) -> tuple[str, bytes]:
    """The content type and bytes of attachment *index* of a DocumentReference, Binary or
    DiagnosticReport. Raises :class:`NoAttachment` when there is no such data."""
    found = _attachments(stored.resource)
    if not 0 <= index < len(found):
        raise NoAttachment(f"{stored.resource_type}/{stored.fhir_id} has no attachment {index}")
    data = found[index].get("data")
    if not isinstance(data, str) or not data.strip():
        raise NoAttachment(
            f"{stored.resource_type}/{stored.fhir_id} attachment {index} has no data"
        )
    cleaned = "".join(data.split())  # base64 in files is often wrapped over several lines
    try:
        content = base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NoAttachment(f"attachment {index} is not valid base64") from exc
    stated = text(found[index].get("contentType"))
    sniffed = next((kind for magic, kind in _MAGIC if content.startswith(magic)), None)
    return stated or sniffed or DEFAULT_TYPE, content


class RowReader(Protocol):
    """The part of :class:`ecan_desktop.vault.store.Vault` that reads one row."""

    def resource_at(self, row_id: int) -> StoredResource | None: ...


def read_attachment(vault: RowReader, row_ids: Sequence[int], index: int) -> tuple[str, bytes]:
    """The content type and bytes of attachment *index* of a document item, read from the first
    of its rows (*row_ids*, as the item carries them) that holds that data. Run it on the thread
    that owns the vault; raises :class:`NoAttachment` when no row has it."""
    for row_id in row_ids:
        stored = vault.resource_at(row_id)
        if stored is None:
            continue
        try:
            return attachment_bytes(stored, index)
        except NoAttachment:
            continue
    raise NoAttachment(f"no row of {tuple(row_ids)} holds attachment {index}")


_KINDS = {"DocumentReference": "document", "Binary": "binary", "Composition": "composition"}


def _parse(stored: StoredResource, ctx: BuildContext) -> DocumentItem | None:
    resource = stored.resource
    kind = _KINDS.get(stored.resource_type, "document")
    doc_type = concept(resource.get("type"))
    infos = attachments_of(resource)
    title = text(resource.get("title")) or text(resource.get("description"))
    title = (
        title
        or next((a.title for a in infos if a.title), None)
        or (doc_type.label if doc_type else None)
    )
    context = obj(resource.get("context")) or {}
    related = [reference_of(r) for r in objs(context.get("related"))]
    return DocumentItem(
        id="",
        row_ids=(),
        sources=(),
        kind=kind,
        title=title,
        type=doc_type,
        categories=concepts(resource.get("category")),
        date=fhir_date(resource.get("date")) or next((a.created for a in infos if a.created), None),
        status=text(resource.get("docStatus")) or text(resource.get("status")),
        description=text(resource.get("description")),
        attachments=infos,
        sections=tuple(
            t for t in (text(s.get("title")) for s in objs(resource.get("section"))) if t
        ),
        diagnosis_ids=ctx.diagnosis_ids(related, stored),
    )


def build_documents(ctx: BuildContext, facts: list[Fact]) -> tuple[DocumentItem, ...]:
    built = (
        build_fact(ctx, f, "document", _parse)
        for f in facts
        if not ctx.is_claimed(f.primary.row_id)
    )
    return tuple(item for item in built if item is not None)
