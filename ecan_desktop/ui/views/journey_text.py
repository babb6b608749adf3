"""What one event of the Cancer journey says: its title, the kind of event, its key numbers (Gy
and fractions, cycles, cumulative doses, the stage), its icon and the filter group it belongs to.

Titles are the source's words; where a source wrote only a code, the words come from our
terminology, else the kind of event. Everything here is computed for the rows on screen only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP
from ecan_desktop.record.allergies import Allergy
from ecan_desktop.record.assessments import DiseaseStatus
from ecan_desktop.record.care_plan import CarePlanItem, FollowUp
from ecan_desktop.record.codes import Concept
from ecan_desktop.record.context import Item
from ecan_desktop.record.dates import day
from ecan_desktop.record.devices import DeviceItem
from ecan_desktop.record.diagnoses import CancerDiagnosis
from ecan_desktop.record.documents import DocumentItem
from ecan_desktop.record.immunisations import Immunisation
from ecan_desktop.record.labels import CANCER_ROLES, TIMELINE_KINDS, label
from ecan_desktop.record.lines import TherapyLine
from ecan_desktop.record.markers import TumourMarker
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.patient_entries import PatientEntry
from ecan_desktop.record.procedures import ProcedureRecord, TreatmentProtocol
from ecan_desktop.record.radiotherapy import RadiotherapyCourse
from ecan_desktop.record.report_files import LAB_REPORT, PATHOLOGY_REPORT, report_kind
from ecan_desktop.record.results import Report
from ecan_desktop.record.staging import Staging
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.record.timeline import TimelineEvent
from ecan_desktop.terminology import load_terminology
from ecan_desktop.ui.locale_format import long_date_format
from ecan_desktop.ui.views.entry_fields import grade_text
from ecan_desktop.ui.views.entry_rows import entry_title
from ecan_desktop.ui.views.record_text import (
    CRITICALITIES,
    agent_name,
    code_text,
    concept_text,
    concept_words,
    date_text,
    language,
    render,
    sentence_case,
    status_text,
    value_text,
    word,
)
from ecan_desktop.ui.views.treatment_text import (
    course_dose_text,
    course_site,
    cumulative_text,
    cycles_text,
    line_text,
    medium_date,
    site_text,
    transplant_type_text,
)

translate = QCoreApplication.translate

# Filter groups, in the order the "Show" list offers them.
GROUPS = {
    "diagnosis": QT_TRANSLATE_NOOP("JourneyView", "Diagnosis and stage"),
    "surgery": QT_TRANSLATE_NOOP("JourneyView", "Surgery"),
    "medicines": QT_TRANSLATE_NOOP("JourneyView", "Cancer medicines"),
    "radiation": QT_TRANSLATE_NOOP("JourneyView", "Radiotherapy"),
    "transplant": QT_TRANSLATE_NOOP("JourneyView", "Stem-cell transplants"),
    "tests": QT_TRANSLATE_NOOP("JourneyView", "Tests and scans"),
    "status": QT_TRANSLATE_NOOP("JourneyView", "Disease status"),
    "follow_up": QT_TRANSLATE_NOOP("JourneyView", "Check-ups and plans"),
    "symptoms": QT_TRANSLATE_NOOP("JourneyView", "Side effects you noted"),
    "notes": QT_TRANSLATE_NOOP("JourneyView", "Your notes"),
    "other": QT_TRANSLATE_NOOP("JourneyView", "Other events"),
}
TREATMENT_GROUPS = frozenset({"surgery", "medicines", "radiation", "transplant"})

ICONS = {
    "diagnosis": "dna",
    "stage": "clipboard-text",
    "test": "test-tube",
    "imaging": "image",
    "status": "heartbeat",
    "surgery": "scissors",
    "transplant": "drop",
    "procedure": "first-aid",
    "line": "pill",
    "medicine": "pill",
    "radiation": "radioactive",
    "device": "bandaids",
    "allergy": "warning",
    "vaccination": "syringe",
    "document": "file-text",
    "follow_up": "calendar-check",
    "symptom": "heartbeat",  # as My entries' "Add symptom or side effect"
    "note": "note-pencil",
}
_KIND_GROUPS = {
    "diagnosis": "diagnosis",
    "stage": "diagnosis",
    "test": "tests",
    "imaging": "tests",
    "status": "status",
    "surgery": "surgery",
    "transplant": "transplant",
    "line": "medicines",
    "radiation": "radiation",
    "follow_up": "follow_up",
    "symptom": "symptoms",
    "note": "notes",
}
_WORDS = re.compile(r"[^\W\d_]", re.UNICODE)  # a letter: the title is words, not a bare code
_YEAR_TOKEN = re.compile(r"[\s,.\-/]*y+[\s,.\-/]*")


def shown_on_its_own(event: TimelineEvent, item: Item | None) -> bool:
    """A line of one medicine says nothing its medicine's own event does not: it is left out."""
    return not (isinstance(item, TherapyLine) and len(item.agent_ids) < 2)


def group_of(event: TimelineEvent) -> str:
    if event.kind == "medicine":
        return "medicines" if event.item_id.startswith(("agent:", "protocol:")) else "other"
    return _KIND_GROUPS.get(event.kind, "other")


def group_label(group: str) -> str:
    return translate("JourneyView", GROUPS[group])


def year_of(event: TimelineEvent) -> str:
    return event.date[:4]


def day_month(value: str | None, locale: QLocale | None = None) -> str:
    """The date column: "2 Apr" (the year is the header above), "April" for a month, the year
    for a year only."""
    found = day(value) or ""
    locale = locale if locale is not None else QLocale()
    if len(found) == 10:
        date = QDate.fromString(found, "yyyy-MM-dd")
        if date.isValid():
            pattern = _YEAR_TOKEN.sub(" ", long_date_format(locale)).strip(" ,./-")
            return locale.toString(date, pattern.replace("MMMM", "MMM"))
    if len(found) == 7:
        date = QDate.fromString(found + "-01", "yyyy-MM-dd")
        if date.isValid():
            return locale.toString(date, "MMMM")
    return found


@dataclass(frozen=True)
class EventText:
    title: str
    kind: str  # the kind of event in words ("Surgery", "Line 1 of cancer medicines")
    details: str  # key numbers and words, " · " between them
    date: str  # the date column
    until: str  # under the date: "to Jun 4", "ongoing"
    full_date: str  # the date in full, with the end (accessible text, tooltips)

    @property
    def subtitle(self) -> str:
        return " · ".join(p for p in (self.kind, self.details) if p)


def _words(title: str | None) -> str | None:
    return title if title and _WORDS.search(title) else None


def _kind_label(event: TimelineEvent, item: Item | None) -> str:
    if isinstance(item, TherapyLine):
        return translate("JourneyView", "Line {number} of cancer medicines").format(
            number=item.number
        )
    if isinstance(item, SystemicAgent):
        return translate("JourneyView", "Cancer medicine")
    if isinstance(item, TreatmentProtocol):
        return translate("JourneyView", "Treatment protocol")
    if isinstance(item, CarePlanItem):
        return translate("JourneyView", "Care plan")
    if isinstance(item, Report) and event.kind == "test":
        kind = report_kind(item)
        if kind == LAB_REPORT:
            return translate("JourneyView", "Lab report")
        if kind == PATHOLOGY_REPORT:
            return translate("JourneyView", "Pathology report")
        return translate("JourneyView", "Test report")
    return render(label(TIMELINE_KINDS, event.kind)) or event.kind


def _coded(*found: Concept | None) -> str | None:
    for one in found:
        words = concept_text(one)
        if words:
            return sentence_case(words)
    return None


def _named(item: Item | None) -> str | None:
    """The title of an item that names itself in the user's language, not in the source's."""
    if isinstance(item, TherapyLine):
        terms = load_terminology()
        names = (terms.agent_name(language(), a) or a for a in item.agents)
        return sentence_case(", ".join(names))
    if isinstance(item, SystemicAgent):
        return agent_name(item.agent)
    if isinstance(item, Staging) and item.kind == "group" and item.stage:
        return translate("JourneyView", "Stage {stage}").format(stage=item.stage)
    if isinstance(item, PatientEntry):
        return entry_title(item)  # our list's words for a symptom; a note's first line
    return None


def _title(event: TimelineEvent, item: Item | None, kind: str) -> str:
    named = _named(item)
    if named:
        return named
    if isinstance(item, SystemicAgent):
        return kind
    words = _words(event.title)
    if words:
        return words
    if isinstance(item, ProcedureRecord):
        return _coded(item.code, item.category) or kind
    if isinstance(item, TreatmentProtocol):
        return _coded(item.category) or kind
    if isinstance(item, CarePlanItem):
        words = next((w for w in (concept_words(c) for c in item.categories) if w), None)
        return sentence_case(words) if words else kind
    return kind


def _diagnosis(item: CancerDiagnosis) -> list[str | None]:
    stage = next((s.stage for s in item.stages if s.stage), None)
    return [
        render(label(CANCER_ROLES, item.role)),
        code_text(item.icd10),
        code_text(item.icdo3_morphology),
        concept_text(item.laterality),
        translate("JourneyView", "stage {stage}").format(stage=stage) if stage else None,
    ]


def _staging(item: Staging) -> list[str | None]:
    kinds = {
        "clinical": translate("JourneyView", "clinical"),
        "pathologic": translate("JourneyView", "pathological"),
    }
    system = None
    if item.system and item.edition:
        system = translate("JourneyView", "{system}, edition {edition}").format(
            system=item.system, edition=item.edition
        )
    tnm = " ".join(c.label for c in item.categories if c.label)
    return [kinds.get(item.type or ""), system or item.system, tnm or None]


def _marker(item: TumourMarker) -> list[str | None]:
    words = {
        "positive": translate("JourneyView", "positive"),
        "negative": translate("JourneyView", "negative"),
        "equivocal": translate("JourneyView", "equivocal"),
    }
    result = words.get(item.interpretation or "")
    value = value_text(item.value) if item.value.kind in ("quantity", "integer") else None
    return [result, value or (None if result else value_text(item.value))]


def _report(item: Report) -> list[str | None]:
    if item.conclusion:
        return [item.conclusion]
    if item.result_ids:
        results = len(item.result_ids)  # a plain name: lupdate skips a call as the count
        return [translate("JourneyView", "%n result(s)", "", results)]
    return []


def _procedure(item: ProcedureRecord) -> list[str | None]:
    site = site_text(item.body_sites)
    return [
        site or concept_words(item.laterality),
        transplant_type_text(item.transplant_type),
        concept_words(item.outcome),
    ]


def _agent(item: SystemicAgent) -> list[str | None]:
    return [line_text(item.line), cycles_text(item), cumulative_text(item)]


def _radiotherapy(item: RadiotherapyCourse) -> list[str | None]:
    site = course_site(item) if item.body_sites or item.volumes else None
    if site == item.title:
        site = None
    return [site, course_dose_text(item)]


def _details(item: Item | None) -> list[str | None]:
    if isinstance(item, CancerDiagnosis):
        return _diagnosis(item)
    if isinstance(item, Staging):
        return _staging(item)
    if isinstance(item, TumourMarker):
        return _marker(item)
    if isinstance(item, Report):
        return _report(item)
    if isinstance(item, ProcedureRecord):
        return _procedure(item)
    if isinstance(item, SystemicAgent):
        return _agent(item)
    if isinstance(item, RadiotherapyCourse):
        return _radiotherapy(item)
    return _care_details(item)


def _care_details(item: Item | None) -> list[str | None]:  # noqa: PLR0911
    if isinstance(item, TreatmentProtocol):
        return [concept_words(item.outcome)]
    if isinstance(item, Medication):
        return [item.dosage]
    if isinstance(item, DeviceItem):
        return [concept_words(item.body_site)]
    if isinstance(item, Allergy):
        return [word(CRITICALITIES, item.criticality)]
    if isinstance(item, Immunisation):
        if item.dose_number:
            return [translate("JourneyView", "dose {number}").format(number=item.dose_number)]
        return []
    if isinstance(item, DocumentItem):
        return [concept_words(item.type)]
    if isinstance(item, FollowUp | CarePlanItem):
        return [status_text(item.status)]
    if isinstance(item, DiseaseStatus):
        return []
    if isinstance(item, PatientEntry):
        return [grade_text(item.grade) if item.grade is not None else None]
    return []


def _until(event: TimelineEvent, item: Item | None) -> tuple[str, str | None]:
    """The end under the date ("to Jun 4"; the year too when it is another one) and in full."""
    end = day(event.end)
    if end and end != day(event.date):
        short = day_month(end) if end[:4] == event.date[:4] else medium_date(end)
        return (
            translate("JourneyView", "to {date}").format(date=short),
            translate("JourneyView", "until {date}").format(date=date_text(end)),
        )
    if isinstance(item, SystemicAgent) and item.current:
        ongoing = translate("JourneyView", "ongoing")
        return ongoing, ongoing
    return "", None


def event_text(event: TimelineEvent, item: Item | None) -> EventText:
    kind = _kind_label(event, item)
    title = _title(event, item, kind)
    try:
        parts = _details(item)
    except Exception:  # a detail must never break the list; the title and the date still show
        parts = []
    details = " · ".join(dict.fromkeys(p for p in parts if p and p != title))
    until, until_full = _until(event, item)
    full_date = date_text(event.date) or event.date
    return EventText(
        title=title,
        kind=kind,
        details=details,
        date=day_month(event.date),
        until=until,
        full_date=", ".join(p for p in (full_date, until_full) if p),
    )
