"""Reports that carry their own files: a DiagnosticReport's ``presentedForm`` (a lab or pathology
report as a PDF, a scan report as text) is a document the patient wants to read and keep.

Such a report is one item of the record, a :class:`~ecan_desktop.record.results.Report` in
``reports`` (with its ``attachments``), and stays that item: :func:`report_documents` gives the
Documents view the same report in the shape it lists documents in (a
:class:`~ecan_desktop.record.documents.DocumentItem` whose ``kind`` is one of
:data:`REPORT_KINDS`, with the report's own ``id``, ``row_ids`` and ``sources``). That listing is
never an item of its own: it is not in ``PatientRecord.items()`` nor in the JSON, so every stored
row still belongs to exactly one item, and the file is read from the report's rows
(:func:`~ecan_desktop.record.documents.read_attachment` reads ``presentedForm``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ecan_desktop.record.codes import LOINC, Concept
from ecan_desktop.record.documents import DocumentItem
from ecan_desktop.record.imaging import is_imaging
from ecan_desktop.record.results import Report

LAB_REPORT = "lab_report"
PATHOLOGY_REPORT = "pathology_report"
IMAGING_REPORT = "imaging_report"
OTHER_REPORT = "report"
REPORT_KINDS = (LAB_REPORT, PATHOLOGY_REPORT, IMAGING_REPORT, OTHER_REPORT)

# DiagnosticReport categories (HL7 v2 table 0074): surgical pathology, cytopathology; "PAT" is
# used by some national guides. Laboratory sections of the same table.
PATHOLOGY_CATEGORIES = frozenset({"SP", "CP", "PAT"})
LAB_CATEGORIES = frozenset(
    {"LAB", "HM", "CH", "BG", "BLB", "CG", "GE", "IMM", "MB", "MCB", "MYC", "OSL", "SR", "TX", "VR"}
)
PATHOLOGY_PART = "LP7839-6"  # LOINC part "Pathology"
LABORATORY_PART = "LP29693-6"  # LOINC part "Laboratory"
PATHOLOGY_LOINC = frozenset(
    {
        "11526-1",  # Pathology study
        "11529-5",  # Surgical pathology study
        "60567-5",  # Comprehensive pathology report panel
        "60568-3",  # Pathology Synoptic report
        "22634-0",  # Pathology report gross observation
        "22635-7",  # Pathology report microscopic observation
        "22637-3",  # Pathology report final diagnosis
        "33717-0",  # Cytology study
    }
)
_PATHOLOGY_WORDS = re.compile(
    r"patholog|patolog|histolog|histopat|cytolog|citolog|zytolog|patomorf|biops|biopt"
)
_LAB_WORDS = re.compile(
    r"laborat|\blab\b|\blabor\b|blood|blut|sânge|hemogram|hemoleucogram|haemogram|biochim|"
    r"biochem|chemistry|panel"
)


def _category_codes(categories: Iterable[Concept]) -> set[str]:
    return {c.code for cat in categories for c in cat.codes if c.code and c.system != LOINC}


def report_kind(report: Report) -> str:
    """What kind of report it is, one of :data:`REPORT_KINDS`: pathology (tissue and cells)
    first, so that a biopsy's report is not taken for a scan; then imaging; then laboratory."""
    codes = _category_codes(report.categories)
    words = report.code.words() if report.code is not None else ""
    categories_words = " ".join(c.words() for c in report.categories)
    if (
        codes & PATHOLOGY_CATEGORIES
        or any(c.has(LOINC, PATHOLOGY_PART) for c in report.categories)
        or (report.code is not None and report.code.has(LOINC, *PATHOLOGY_LOINC))
        or _PATHOLOGY_WORDS.search(words)
        or _PATHOLOGY_WORDS.search(categories_words)
    ):
        return PATHOLOGY_REPORT
    if is_imaging(report.code, report.categories):
        return IMAGING_REPORT
    if (
        codes & LAB_CATEGORIES
        or any(c.has(LOINC, LABORATORY_PART) for c in report.categories)
        or _LAB_WORDS.search(words)
        or _LAB_WORDS.search(categories_words)
    ):
        return LAB_REPORT
    return OTHER_REPORT


def has_files(report: Report) -> bool:
    """The report carries a file: its data, or at least where the centre keeps it."""
    return any(a.has_data or a.url for a in report.attachments)


def report_document(report: Report) -> DocumentItem:
    """The report as the Documents view lists it (the same item: its id, rows and sources)."""
    return DocumentItem(
        id=report.id,
        row_ids=report.row_ids,
        sources=report.sources,
        kind=report_kind(report),
        title=report.title,
        type=report.code,
        categories=report.categories,
        date=report.date,
        status=report.status,
        description=report.conclusion,
        attachments=report.attachments,
        sections=(),
        diagnosis_ids=(),
    )


def report_documents(reports: Iterable[Report]) -> tuple[DocumentItem, ...]:
    """The reports that carry files, in the shape the Documents view lists them."""
    return tuple(report_document(r) for r in reports if has_files(r))
