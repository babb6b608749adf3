"""The facts of what the patient noted in My entries, as the details dialog shows them (opened from
the Cancer journey): a symptom or side effect with its grade in words and what that grade means,
a note with its whole text, and where the patient can change or delete it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecan_desktop.entries.catalogue import GRADE_MEANINGS
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.patient_entries import PatientEntry
from ecan_desktop.ui.locale_format import format_timestamp_date
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.entry_fields import entries_tr, grade_text
from ecan_desktop.ui.views.entry_rows import entry_details, entry_title
from ecan_desktop.ui.views.item_facts import ItemFacts, facts

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

ICONS = {"symptom": "heartbeat", "note": "note-pencil", "medication": "pill"}


def _kind(entry: PatientEntry) -> str:
    if entry.kind == "symptom":
        return translate("ItemFacts", "Symptom or side effect you noted")
    if entry.kind == "note":
        return translate("ItemFacts", "Your note")
    return translate("ItemFacts", "Medicine you noted")


def _grade(entry: PatientEntry) -> str | None:
    if entry.grade is None:
        return None
    return f"{grade_text(entry.grade)}\n{entries_tr(GRADE_MEANINGS[entry.grade])}"


def _codes(entry: PatientEntry) -> str | None:
    """The symptom's code for a clinician, "SNOMED CT 422587007 (Nausea)": the patient's words
    are the title already. None for one described in their own words only."""
    if entry.kind != "symptom" or entry.code is None:
        return None
    found = (words.code_text(c, with_display=True) for c in entry.code.codes if c.code)
    return ", ".join(t for t in found if t) or None


def entry_facts(entry: PatientEntry, record: PatientRecord) -> ItemFacts:
    """A patient's entry: what it is, when, how bad, their words, and where to change it."""
    del record
    where = None
    if entry.editable:
        where = translate("ItemFacts", "In My entries, where you can change or delete it.")
    medicine = entry.kind == "medication"  # listed in My entries; the item is the medicine's
    return ItemFacts(
        entry_title(entry),
        _kind(entry),
        ICONS.get(entry.kind, "note-pencil"),
        facts(
            (translate("ItemFacts", "Date"), None if medicine else words.date_text(entry.date)),
            (translate("ItemFacts", "When"), entry_details(entry) if medicine else None),
            (translate("ItemFacts", "How bad it was"), _grade(entry)),
            (
                translate("ItemFacts", "Your note"),
                entry.text.strip() if entry.text and entry.text.strip() else None,
            ),
            (translate("ItemFacts", "Code"), _codes(entry)),
            (translate("ItemFacts", "Saved"), format_timestamp_date(entry.recorded)),
            (translate("ItemFacts", "Where it is kept"), where),
        ),
    )
