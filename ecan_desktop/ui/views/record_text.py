"""How the record's values read on screen: dates in the locale, numbers with units, codes with the
name of their system ("ICD-10 C50.4"), the plain word for a FHIR status code, and concepts and
medicines in the user's language where the terminology data knows them.

The record keeps codes (``"high"``, ``"resolved"``); the tables here give each its English words,
marked for ``pyside6-lupdate`` and translated when shown. A code no table knows is shown as the
source wrote it: it is the source's word, not ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP, Message
from ecan_desktop.record import codes as systems
from ecan_desktop.record.codes import Code, Concept
from ecan_desktop.record.dates import Period
from ecan_desktop.record.quantities import Quantity, ReferenceRange, Value
from ecan_desktop.terminology import load_terminology
from ecan_desktop.ui.error_text import qt_translate
from ecan_desktop.ui.locale_format import format_fhir_date

CONTEXT = "RecordText"


def translated(source: str) -> str:
    """*source* (marked with QT_TRANSLATE_NOOP in the "RecordText" context) in the UI language."""
    return QCoreApplication.translate(CONTEXT, source)


def render(message: Message | None) -> str | None:
    return message.render(qt_translate) if message is not None else None


class RecordCounts(QObject):
    """Phrases with a number (%n) for code outside widgets. ``pyside6-lupdate`` marks a phrase
    as plural only in ``self.tr(text, "", n)``, not in ``QCoreApplication.translate``, so they
    live here."""

    def items(self, n: int) -> str:
        return self.tr("%n item(s)", "", n)

    def more_sources(self, n: int) -> str:
        return self.tr("%n more source(s)", "", n)

    def and_more(self, n: int) -> str:
        return self.tr("and %n more", "", n)

    def entries(self, n: int) -> str:
        return self.tr("%n entry(ies)", "", n)

    def given(self, n: int) -> str:
        return self.tr("%n cycle(s) given", "", n)

    def planned(self, n: int) -> str:
        return self.tr("%n cycle(s) planned", "", n)

    def administrations(self, n: int) -> str:
        return self.tr("%n administration(s)", "", n)

    def fractions(self, n: int) -> str:
        return self.tr("in %n fraction(s)", "", n)

    def values(self, n: int) -> str:
        return self.tr("%n value(s)", "", n)

    def updates(self, n: int) -> str:
        return self.tr("updated %n time(s) by later imports", "", n)

    def more_characters(self, n: int) -> str:
        return self.tr("%n more character(s)", "", n)


@cache
def counts() -> RecordCounts:
    """The phrases with a number (stateless; made once, on the GUI thread)."""
    return RecordCounts()


def language() -> str:
    """The UI language's code (the default locale follows it, see ``ui.language``)."""
    return QLocale().name().split("_")[0] or "en"


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def join(parts: Iterable[str | None], separator: str = " · ") -> str:
    return separator.join(p for p in parts if p)


# -- dates, numbers, quantities -------------------------------------------------------------------
def date_text(value: str | None) -> str | None:
    """A FHIR date or date-time as the locale writes the day ("14 February 2024")."""
    if not value:
        return None
    return format_fhir_date(value[:10] if len(value) > 10 else value) or value


def period_text(span: Period | None, *, ongoing: bool = False) -> str | None:
    """ "2 April 2024 to 4 June 2024", "since 18 November 2024", "until 4 June 2024"."""
    if span is None:
        return None
    start, end = date_text(span.start), date_text(span.end)
    if start and end and start != end:
        return QCoreApplication.translate("RecordText", "{start} to {end}").format(
            start=start, end=end
        )
    if start and (ongoing or not end):
        return (
            QCoreApplication.translate("RecordText", "since {date}").format(date=start)
            if ongoing
            else start
        )
    if end and not start:
        return QCoreApplication.translate("RecordText", "until {date}").format(date=end)
    return start


def number_text(value: float, max_decimals: int = 2) -> str:
    """A number in the locale ("1,656", "2.5"), without trailing zeros."""
    locale = QLocale()
    if float(value).is_integer() and abs(value) < 1e15:
        return locale.toString(int(value))
    rounded = round(value, max_decimals)
    decimals = max_decimals
    while decimals > 0 and round(rounded, decimals - 1) == rounded:
        decimals -= 1
    return locale.toString(rounded, "f", decimals)


_UNITS = {
    "mg/m2": "mg/m²",
    "g/m2": "g/m²",
    "ug/m2": "µg/m²",
    "mg/m^2": "mg/m²",
    "m2": "m²",
    "[m2]": "m²",
    "ug": "µg",
    "10*9/L": "10⁹/L",
    "10*12/L": "10¹²/L",
    "10*3/uL": "10³/µL",
    "[iU]": "IU",
    "[iU]/m2": "IU/m²",
    "Cel": "°C",
    "%": "%",
}


def unit_text(unit: str | None) -> str:
    return _UNITS.get(unit or "", unit or "")


def quantity_text(found: Quantity | None) -> str | None:
    """ "240 mg/m²", "< 5 U/mL"; the unit as the source wrote it, else its UCUM code."""
    if found is None:
        return None
    unit = unit_text(found.unit or found.code)
    if found.value is None:
        return unit or None
    amount = number_text(found.value)
    if found.comparator:
        amount = f"{found.comparator} {amount}"
    return f"{amount} {unit}" if unit and unit != "%" else f"{amount}{unit}"


def value_text(found: Value | None) -> str | None:
    """An observation's value in words, whatever its kind."""
    if found is None:
        return None
    kind = found.kind
    if kind in ("quantity", "integer"):
        return quantity_text(found.quantity)
    if kind in ("concept", "absent"):
        words = concept_text(found.concept)
        return (
            QCoreApplication.translate("RecordText", "No value: {reason}").format(reason=words)
            if kind == "absent"
            else words
        )
    if kind == "boolean" and found.boolean is not None:
        return (
            QCoreApplication.translate("RecordText", "Yes")
            if found.boolean
            else QCoreApplication.translate("RecordText", "No")
        )
    if kind == "datetime":
        return date_text(found.text)
    if kind == "period":
        return period_text(found.period)
    if kind in ("range", "ratio"):
        low, high = quantity_text(found.low), quantity_text(found.high)
        separator = " / " if kind == "ratio" else " \u2013 "
        return separator.join(p for p in (low, high) if p) or None
    return found.text


def range_text(found: ReferenceRange | None) -> str | None:
    if found is None:
        return None
    low, high = quantity_text(found.low), quantity_text(found.high)
    if low and high:
        return QCoreApplication.translate("RecordText", "{low} to {high}").format(
            low=low, high=high
        )
    if high:
        return QCoreApplication.translate("RecordText", "up to {high}").format(high=high)
    if low:
        return QCoreApplication.translate("RecordText", "from {low}").format(low=low)
    return found.text


# -- codes and concepts ---------------------------------------------------------------------------
SYSTEM_NAMES = {
    systems.SNOMED: "SNOMED CT",
    systems.LOINC: "LOINC",
    systems.ICD10: "ICD-10",
    systems.ICD10_CM: "ICD-10-CM",
    systems.ICDO3: "ICD-O-3",
    systems.ATC: "ATC",
    systems.RXNORM: "RxNorm",
    systems.UCUM: "UCUM",
    systems.AJCC: "AJCC",
    systems.CVX: "CVX",
    "http://hl7.org/fhir/sid/ndc": "NDC",
    "http://www.orpha.net": "Orphanet",
    "http://hl7.org/fhir/sid/icd-9-cm": "ICD-9-CM",
    "http://www.ama-assn.org/go/cpt": "CPT",
    "http://terminology.hl7.org/CodeSystem/data-absent-reason": "HL7",
}


def system_name(system: str | None) -> str | None:
    """ "SNOMED CT" for a known system; else the last part of its address."""
    if not system:
        return None
    if system in SYSTEM_NAMES:
        return SYSTEM_NAMES[system]
    tail = system.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return tail or system


def code_text(code: Code | None, *, with_display: bool = False) -> str | None:
    """ "ICD-10 C50.4" (and its display in brackets when asked)."""
    if code is None or not code.code:
        return code.display if code is not None and with_display else None
    name = system_name(code.system)
    found = f"{name} {code.code}" if name else code.code
    if with_display and code.display:
        return f"{found} ({code.display})"
    return found


def known_display(concept: Concept | None) -> str | None:
    """The terminology's words for one of the concept's codes, in the UI language."""
    if concept is None:
        return None
    terms = load_terminology()
    lang = language()
    for found in concept.codes:
        words = terms.concept(lang, found.system, found.code) or terms.concept(
            terms.reference, found.system, found.code
        )
        if words:
            return words
    return None


def concept_text(concept: Concept | None) -> str | None:
    """Words for a concept: in the UI language when known, else the source's text or display,
    else its code with the system's name ("SNOMED CT 75478009"), never a bare number."""
    if concept is None:
        return None
    words = known_display(concept)
    if words:
        return words
    if concept.text:
        return concept.text
    for found in concept.codes:
        if found.display:
            return found.display
    return next((code_text(c) for c in concept.codes if c.code), None)


def concept_words(concept: Concept | None) -> str | None:
    """Like :func:`concept_text` but None when the concept has only codes (no words at all)."""
    if concept is None:
        return None
    if known_display(concept) or concept.text or any(c.display for c in concept.codes):
        return concept_text(concept)
    return None


def concepts_text(found: Iterable[Concept]) -> str | None:
    words = [w for w in (concept_text(c) for c in found) if w]
    return ", ".join(dict.fromkeys(words)) or None


def codes_text(concept: Concept | None, *, limit: int = 3) -> str | None:
    """ "ICD-10 C50.4, SNOMED CT 408643008" (clinicians' line)."""
    if concept is None:
        return None
    found = [t for t in (code_text(c) for c in concept.codes) if t]
    return ", ".join(dict.fromkeys(found[:limit])) or None


def agent_name(inn: str | None, fallback: str | None = None) -> str | None:
    """The medicine's INN as written in the UI language (the terminology data's own word)."""
    terms = load_terminology()
    words = terms.agent_name(language(), inn) or inn or fallback
    return sentence_case(words) if words else None


AGENT_CLASSES = {  # the most telling class first
    "anthracycline": QT_TRANSLATE_NOOP("RecordText", "Chemotherapy (anthracycline)"),
    "checkpoint_inhibitor": QT_TRANSLATE_NOOP("RecordText", "Immunotherapy"),
    "endocrine": QT_TRANSLATE_NOOP("RecordText", "Hormone therapy"),
    "targeted": QT_TRANSLATE_NOOP("RecordText", "Targeted therapy"),
    "cytotoxic": QT_TRANSLATE_NOOP("RecordText", "Chemotherapy"),
    "supportive": QT_TRANSLATE_NOOP("RecordText", "Supportive medicine"),
}


def agent_class(inn: str | None, atc: str | None) -> str:
    """What kind of cancer medicine it is ("Hormone therapy"); "Cancer medicine" when the
    terminology does not say."""
    info = load_terminology().agent(inn, atc)
    for name, source in AGENT_CLASSES.items():
        if info is not None and name in info.classes:
            return translated(source)
    return QCoreApplication.translate("RecordText", "Cancer medicine")


# -- status words ---------------------------------------------------------------------------------
STATUSES = {
    "active": QT_TRANSLATE_NOOP("RecordText", "active"),
    "completed": QT_TRANSLATE_NOOP("RecordText", "completed"),
    "stopped": QT_TRANSLATE_NOOP("RecordText", "stopped"),
    "on-hold": QT_TRANSLATE_NOOP("RecordText", "on hold"),
    "intended": QT_TRANSLATE_NOOP("RecordText", "planned"),
    "draft": QT_TRANSLATE_NOOP("RecordText", "draft"),
    "cancelled": QT_TRANSLATE_NOOP("RecordText", "cancelled"),
    "revoked": QT_TRANSLATE_NOOP("RecordText", "withdrawn"),
    "in-progress": QT_TRANSLATE_NOOP("RecordText", "in progress"),
    "preparation": QT_TRANSLATE_NOOP("RecordText", "being prepared"),
    "not-done": QT_TRANSLATE_NOOP("RecordText", "not done"),
    "not-taken": QT_TRANSLATE_NOOP("RecordText", "not taken"),
    "declined": QT_TRANSLATE_NOOP("RecordText", "declined"),
    "entered-in-error": QT_TRANSLATE_NOOP("RecordText", "entered in error"),
    "unknown": QT_TRANSLATE_NOOP("RecordText", "status unknown"),
    "final": QT_TRANSLATE_NOOP("RecordText", "final"),
    "preliminary": QT_TRANSLATE_NOOP("RecordText", "preliminary"),
    "amended": QT_TRANSLATE_NOOP("RecordText", "amended"),
    "corrected": QT_TRANSLATE_NOOP("RecordText", "corrected"),
    "registered": QT_TRANSLATE_NOOP("RecordText", "registered"),
    "current": QT_TRANSLATE_NOOP("RecordText", "current"),
    "superseded": QT_TRANSLATE_NOOP("RecordText", "replaced by a newer version"),
    "inactive": QT_TRANSLATE_NOOP("RecordText", "inactive"),
    "booked": QT_TRANSLATE_NOOP("RecordText", "booked"),
    "fulfilled": QT_TRANSLATE_NOOP("RecordText", "attended"),
    "noshow": QT_TRANSLATE_NOOP("RecordText", "missed"),
    "proposed": QT_TRANSLATE_NOOP("RecordText", "proposed"),
    "pending": QT_TRANSLATE_NOOP("RecordText", "pending"),
    "waitlist": QT_TRANSLATE_NOOP("RecordText", "on the waiting list"),
    "requested": QT_TRANSLATE_NOOP("RecordText", "requested"),
    "accepted": QT_TRANSLATE_NOOP("RecordText", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("RecordText", "rejected"),
    "failed": QT_TRANSLATE_NOOP("RecordText", "failed"),
    "planned": QT_TRANSLATE_NOOP("RecordText", "planned"),
    "arrived": QT_TRANSLATE_NOOP("RecordText", "arrived"),
    "finished": QT_TRANSLATE_NOOP("RecordText", "finished"),
    "available": QT_TRANSLATE_NOOP("RecordText", "available"),
    "not-available": QT_TRANSLATE_NOOP("RecordText", "not available"),
}
CLINICAL_STATUSES = {
    "active": QT_TRANSLATE_NOOP("RecordText", "active"),
    "recurrence": QT_TRANSLATE_NOOP("RecordText", "came back"),
    "relapse": QT_TRANSLATE_NOOP("RecordText", "relapse"),
    "inactive": QT_TRANSLATE_NOOP("RecordText", "inactive"),
    "remission": QT_TRANSLATE_NOOP("RecordText", "in remission"),
    "resolved": QT_TRANSLATE_NOOP("RecordText", "resolved"),
}
VERIFICATION_STATUSES = {
    "confirmed": QT_TRANSLATE_NOOP("RecordText", "confirmed"),
    "unconfirmed": QT_TRANSLATE_NOOP("RecordText", "not confirmed"),
    "provisional": QT_TRANSLATE_NOOP("RecordText", "provisional"),
    "differential": QT_TRANSLATE_NOOP("RecordText", "one of several possibilities"),
    "presumed": QT_TRANSLATE_NOOP("RecordText", "presumed"),
    "refuted": QT_TRANSLATE_NOOP("RecordText", "ruled out"),
    "entered-in-error": QT_TRANSLATE_NOOP("RecordText", "entered in error"),
}
CRITICALITIES = {
    "high": QT_TRANSLATE_NOOP("RecordText", "High risk"),
    "low": QT_TRANSLATE_NOOP("RecordText", "Low risk"),
    "unable-to-assess": QT_TRANSLATE_NOOP("RecordText", "Risk not assessed"),
}
ALLERGY_TYPES = {
    "allergy": QT_TRANSLATE_NOOP("RecordText", "Allergy"),
    "intolerance": QT_TRANSLATE_NOOP("RecordText", "Intolerance"),
}
ALLERGY_CATEGORIES = {
    "food": QT_TRANSLATE_NOOP("RecordText", "food"),
    "medication": QT_TRANSLATE_NOOP("RecordText", "medicine"),
    "environment": QT_TRANSLATE_NOOP("RecordText", "environment"),
    "biologic": QT_TRANSLATE_NOOP("RecordText", "biological product"),
}
SEVERITIES = {
    "mild": QT_TRANSLATE_NOOP("RecordText", "mild"),
    "moderate": QT_TRANSLATE_NOOP("RecordText", "moderate"),
    "severe": QT_TRANSLATE_NOOP("RecordText", "severe"),
}
MEDICATION_KINDS = {
    "statement": QT_TRANSLATE_NOOP("RecordText", "reported as taken"),
    "request": QT_TRANSLATE_NOOP("RecordText", "prescribed"),
    "administration": QT_TRANSLATE_NOOP("RecordText", "given"),
    "dispense": QT_TRANSLATE_NOOP("RecordText", "dispensed"),
}
IMMUNISATION_STATUSES = {
    "completed": QT_TRANSLATE_NOOP("RecordText", "given"),
    "not-done": QT_TRANSLATE_NOOP("RecordText", "not given"),
    "entered-in-error": QT_TRANSLATE_NOOP("RecordText", "entered in error"),
}
DEVICE_STATUSES = {
    "active": QT_TRANSLATE_NOOP("RecordText", "in place"),
    "completed": QT_TRANSLATE_NOOP("RecordText", "removed"),
    "inactive": QT_TRANSLATE_NOOP("RecordText", "no longer in use"),
    "stopped": QT_TRANSLATE_NOOP("RecordText", "removed"),
    "intended": QT_TRANSLATE_NOOP("RecordText", "planned"),
    "on-hold": QT_TRANSLATE_NOOP("RecordText", "not in use for now"),
}


def word(table: Mapping[str, str], code: str | None) -> str | None:
    """The words for *code* from *table* (translated); the code itself when the table lacks it."""
    if not code:
        return None
    source = table.get(code)
    return translated(source) if source is not None else code


def status_text(code: str | None, table: Mapping[str, str] | None = None) -> str | None:
    if table is not None and code in table:
        return word(table, code)
    return word(STATUSES, code)


# -- FHIR resource types --------------------------------------------------------------------------
RESOURCE_TYPES = {
    "Claim": QT_TRANSLATE_NOOP("RecordText", "Insurance claims"),
    "ExplanationOfBenefit": QT_TRANSLATE_NOOP("RecordText", "Insurance statements"),
    "Coverage": QT_TRANSLATE_NOOP("RecordText", "Insurance cover"),
    "Flag": QT_TRANSLATE_NOOP("RecordText", "Alerts"),
    "DetectedIssue": QT_TRANSLATE_NOOP("RecordText", "Warnings about treatment"),
    "Observation": QT_TRANSLATE_NOOP("RecordText", "Observations"),
    "Questionnaire": QT_TRANSLATE_NOOP("RecordText", "Questionnaires"),
    "QuestionnaireResponse": QT_TRANSLATE_NOOP("RecordText", "Answered questionnaires"),
    "ImagingStudy": QT_TRANSLATE_NOOP("RecordText", "Imaging studies"),
    "FamilyMemberHistory": QT_TRANSLATE_NOOP("RecordText", "Family history"),
    "ClinicalImpression": QT_TRANSLATE_NOOP("RecordText", "Clinical assessments"),
    "RiskAssessment": QT_TRANSLATE_NOOP("RecordText", "Risk assessments"),
    "Communication": QT_TRANSLATE_NOOP("RecordText", "Messages"),
    "Consent": QT_TRANSLATE_NOOP("RecordText", "Consents"),
    "AdverseEvent": QT_TRANSLATE_NOOP("RecordText", "Adverse events"),
    "NutritionOrder": QT_TRANSLATE_NOOP("RecordText", "Nutrition orders"),
    "PlanDefinition": QT_TRANSLATE_NOOP("RecordText", "Treatment protocols"),
    "ResearchStudy": QT_TRANSLATE_NOOP("RecordText", "Research studies"),
    "ResearchSubject": QT_TRANSLATE_NOOP("RecordText", "Research participation"),
    "EpisodeOfCare": QT_TRANSLATE_NOOP("RecordText", "Episodes of care"),
    "Encounter": QT_TRANSLATE_NOOP("RecordText", "Visits and stays"),
    "Procedure": QT_TRANSLATE_NOOP("RecordText", "Procedures"),
    "Condition": QT_TRANSLATE_NOOP("RecordText", "Conditions"),
    "MedicationStatement": QT_TRANSLATE_NOOP("RecordText", "Medicine statements"),
    "MedicationRequest": QT_TRANSLATE_NOOP("RecordText", "Prescriptions"),
    "MedicationAdministration": QT_TRANSLATE_NOOP("RecordText", "Medicines given"),
    "MedicationDispense": QT_TRANSLATE_NOOP("RecordText", "Medicines dispensed"),
    "DiagnosticReport": QT_TRANSLATE_NOOP("RecordText", "Reports"),
    "DocumentReference": QT_TRANSLATE_NOOP("RecordText", "Documents"),
    "Composition": QT_TRANSLATE_NOOP("RecordText", "Summaries"),
    "Binary": QT_TRANSLATE_NOOP("RecordText", "Files"),
    "Immunization": QT_TRANSLATE_NOOP("RecordText", "Vaccinations"),
    "AllergyIntolerance": QT_TRANSLATE_NOOP("RecordText", "Allergies"),
    "Device": QT_TRANSLATE_NOOP("RecordText", "Devices"),
    "DeviceUseStatement": QT_TRANSLATE_NOOP("RecordText", "Device use"),
    "CarePlan": QT_TRANSLATE_NOOP("RecordText", "Care plans"),
    "ServiceRequest": QT_TRANSLATE_NOOP("RecordText", "Requests for care"),
    "Appointment": QT_TRANSLATE_NOOP("RecordText", "Appointments"),
    "Task": QT_TRANSLATE_NOOP("RecordText", "Tasks"),
    "Goal": QT_TRANSLATE_NOOP("RecordText", "Goals"),
    "Patient": QT_TRANSLATE_NOOP("RecordText", "Patient details"),
    "Organization": QT_TRANSLATE_NOOP("RecordText", "Organisations"),
    "Practitioner": QT_TRANSLATE_NOOP("RecordText", "Health professionals"),
    "PractitionerRole": QT_TRANSLATE_NOOP("RecordText", "Roles of health professionals"),
    "Medication": QT_TRANSLATE_NOOP("RecordText", "Medicines as products"),
    "Provenance": QT_TRANSLATE_NOOP("RecordText", "Where records came from"),
    "Location": QT_TRANSLATE_NOOP("RecordText", "Places"),
    "BodyStructure": QT_TRANSLATE_NOOP("RecordText", "Body structures"),
    "Specimen": QT_TRANSLATE_NOOP("RecordText", "Samples"),
    "Substance": QT_TRANSLATE_NOOP("RecordText", "Substances"),
    "RelatedPerson": QT_TRANSLATE_NOOP("RecordText", "Relatives and carers"),
    "CareTeam": QT_TRANSLATE_NOOP("RecordText", "Care teams"),
    "Bundle": QT_TRANSLATE_NOOP("RecordText", "Bundles"),
}


def resource_type_text(resource_type: str) -> str:
    """Plain words for a FHIR resource type ("Insurance claims"); the type's name split into
    words when the table does not know it ("Supply Delivery")."""
    source = RESOURCE_TYPES.get(resource_type)
    if source is not None:
        return translated(source)
    spaced = "".join(f" {c}" if c.isupper() and i else c for i, c in enumerate(resource_type))
    return spaced.strip() or resource_type
