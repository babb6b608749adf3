"""Attachments: decoded on demand, with their content type (stated, else recognised)."""

from __future__ import annotations

import base64

import pytest

from ecan_desktop.record.build import build_record
from ecan_desktop.record.documents import NoAttachment, attachment_bytes
from ecan_desktop.vault.profiles import OpenProfile
from ecan_desktop.vault.records import StoredResource
from ecan_desktop.vault.store import NewSource


def stored(resource: dict[str, object]) -> StoredResource:
    return StoredResource(1, 1, "o", str(resource["resourceType"]), "x", 1, None, False, resource)


def test_demo_letters_decode_as_text(demo: OpenProfile) -> None:
    stored_doc = next(
        r
        for r in demo.vault.resources("DocumentReference")
        if r.fhir_id == "ios-doc-pathology-2024-03-19"
    )
    content_type, data = attachment_bytes(stored_doc)
    assert content_type == "text/plain; charset=utf-8"
    assert data.decode("utf-8").startswith("INSTITUTUL ONCOLOGIC SOMEȘ")


def test_binary_and_report_forms() -> None:
    pdf = base64.b64encode(b"%PDF-1.7 test").decode()
    assert attachment_bytes(stored({"resourceType": "Binary", "data": pdf})) == (
        "application/pdf",
        b"%PDF-1.7 test",
    )
    report = {
        "resourceType": "DiagnosticReport",
        "presentedForm": [{"contentType": "text/plain", "data": "aGk="}],
    }
    assert attachment_bytes(stored(report)) == ("text/plain", b"hi")
    unknown = base64.b64encode(b"\x00\x01").decode()
    assert attachment_bytes(stored({"resourceType": "Binary", "data": unknown}))[0] == (
        "application/octet-stream"
    )


@pytest.mark.parametrize(
    "resource",
    [
        {"resourceType": "DocumentReference"},
        {
            "resourceType": "DocumentReference",
            "content": [{"attachment": {"url": "http://x/y.pdf"}}],
        },
        {"resourceType": "Binary", "data": "@@@"},
    ],
)
def test_no_attachment_data(resource: dict[str, object]) -> None:
    with pytest.raises(NoAttachment):
        attachment_bytes(stored(resource), 0)


def test_a_binary_is_a_document_of_the_record(demo: OpenProfile) -> None:
    source = NewSource(kind="file", origin="centre:x", centre_name="X")
    pdf = base64.b64encode(b"%PDF-1.4 scan").decode()
    demo.vault.put_batch(source, [{"resourceType": "Binary", "id": "scan", "data": pdf}])
    record = build_record(demo.vault)
    (binary,) = [d for d in record.documents if d.kind == "binary"]
    (attachment,) = binary.attachments
    assert (attachment.content_type, attachment.size, attachment.has_data) == (
        "application/pdf",
        13,
        True,
    )
