"""Reports that carry their files (DiagnosticReport.presentedForm): one item of the record, the
report, which the Documents view lists by its own id, named as the kind of report it is."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from ecan_desktop.record.build import build_record
from ecan_desktop.record.codes import LOINC, Code, Concept
from ecan_desktop.record.documents import read_attachment
from ecan_desktop.record.report_files import (
    IMAGING_REPORT,
    LAB_REPORT,
    OTHER_REPORT,
    PATHOLOGY_REPORT,
    report_documents,
    report_kind,
)
from ecan_desktop.record.results import Report
from ecan_desktop.vault.profiles import OpenProfile
from ecan_desktop.vault.store import NewSource
from tests.unit.record.conftest import assert_every_row_once

V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
PDF = b"%PDF-1.4 synthetic lab report"


def report_resource(rid: str, category: str, code: str, display: str, **extra: Any) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": rid,
        "status": "final",
        "category": [{"coding": [{"system": V2_0074, "code": category}]}],
        "code": {"coding": [{"system": LOINC, "code": code, "display": display}]},
        "effectiveDateTime": "2027-02-03",
        **extra,
    }


def test_a_report_with_a_pdf_is_one_item_listed_among_the_documents(demo: OpenProfile) -> None:
    source = NewSource(
        kind="file", origin="centre:lab", centre_name="Lab Test", centre_country="RO"
    )
    pdf = base64.b64encode(PDF).decode()
    demo.vault.put_batch(
        source,
        [
            report_resource(
                "cbc",
                "HM",
                "58410-2",
                "Complete blood count",
                presentedForm=[{"contentType": "application/pdf", "data": pdf, "title": "cbc.pdf"}],
            ),
            report_resource(
                "histo",
                "SP",
                "11529-5",
                "Surgical pathology study",
                presentedForm=[{"contentType": "application/pdf", "url": "https://x.test/h.pdf"}],
            ),
            report_resource("plain", "LAB", "24323-8", "Metabolic panel"),  # no file
        ],
    )
    record = build_record(demo.vault)
    assert_every_row_once(record, demo)  # the report stays the one item of its row
    listed = report_documents(record.reports)
    assert [(d.title, d.kind) for d in listed] == [
        ("Complete blood count", LAB_REPORT),
        ("Surgical pathology study", PATHOLOGY_REPORT),
    ]
    cbc = next(r for r in record.reports if r.title == "Complete blood count")
    assert listed[0].id == cbc.id and listed[0].row_ids == cbc.row_ids
    assert [s.centre_name for s in listed[0].sources] == ["Lab Test"]
    assert listed[0].id not in {d.id for d in record.documents}
    assert read_attachment(demo.vault, listed[0].row_ids, 0) == ("application/pdf", PDF)
    as_json = record.to_json()
    (attachment,) = next(r for r in as_json["results"]["reports"] if r["id"] == cbc.id)[
        "attachments"
    ]
    assert (attachment["content_type"], attachment["has_data"]) == ("application/pdf", True)


def _report(code: Concept | None, *categories: Concept) -> Report:
    return Report("report:1", (1,), (), None, code, categories, None, None, None, (), ())


def _category(code: str, system: str = V2_0074) -> Concept:
    return Concept((Code(system, code),))


@pytest.mark.parametrize(
    ("report", "kind"),
    [
        (_report(None, _category("SP")), PATHOLOGY_REPORT),
        (_report(Concept((), "Examen histopatologic piesă mastectomie")), PATHOLOGY_REPORT),
        (_report(Concept((), "Ultrasound-guided core biopsy")), PATHOLOGY_REPORT),
        (_report(Concept((Code(LOINC, "60568-3"),))), PATHOLOGY_REPORT),
        (_report(Concept((), "CT chest"), _category("RAD")), IMAGING_REPORT),
        (_report(Concept((), "Mamografie bilaterală")), IMAGING_REPORT),
        (_report(Concept((), "Hemoleucogramă completă")), LAB_REPORT),
        (_report(None, _category("LAB")), LAB_REPORT),
        (_report(None, _category("LP29693-6", LOINC)), LAB_REPORT),
        (_report(Concept((), "Cardiology consultation")), OTHER_REPORT),
    ],
)
def test_report_kind(report: Report, kind: str) -> None:
    assert report_kind(report) == kind
