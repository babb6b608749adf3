"""The compact emergency data set that the QR code on page 1 (and on the card) carries: a small
JSON document, keys in ``QR.md``, at most 2 200 bytes in UTF-8 so that it fits a QR code at error
correction level M (reportlab's encoder holds 2 213 bytes there).

Words are in English where our terminology has them (concept displays, INNs), else a coding's
display, else the source's words; an item whose words are the source's free text says their
language in ``lang``. When the data set is too large, optional details go first, then the last
items of the longest lists (``"truncated": true`` says so); the printed summary has everything.
"""

from __future__ import annotations

import json
from typing import Any

from ecan_desktop.record.codes import ATC, ICD10, ICD10_CM, SNOMED, Concept
from ecan_desktop.record.dates import day
from ecan_desktop.record.diagnoses import CancerDiagnosis
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.patient_entries import only_patient_reported
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.summary.contacts import Contact, read_contacts
from ecan_desktop.summary.labels import display_language
from ecan_desktop.summary.select import SummaryContent
from ecan_desktop.terminology import Terminology, load_terminology

MAX_BYTES = 2200
FORMAT = "ecan-emergency"
VERSION = 1
_SHORT_SYSTEMS = {SNOMED: "SCT", ATC: "ATC", ICD10: "ICD10", ICD10_CM: "ICD10CM"}
_TEXT_LIMITS = (120, 60, 32)


def _english(terminology: Terminology, found: Concept | None) -> str | None:
    if found is None:
        return None
    for coding in found.codes:
        words = terminology.concept("en", coding.system, coding.code)
        if words:
            return words
    return None


def _words(
    terminology: Terminology, found: Concept | None, language: str | None
) -> tuple[str | None, str | None]:
    """(words, their language): ours in English, a coding's display, else the source's text."""
    if found is None:
        return None, None
    english = _english(terminology, found)
    if english:
        return english, None
    for coding in found.codes:
        if coding.display:
            shown = display_language(coding.system, language)
            return coding.display, None if shown == "en" else shown
    return found.text, language if found.text else None


def _code(found: Concept | None, *systems: str) -> str | None:
    if found is None:
        return None
    coding = found.code(*systems)
    if coding is None or not coding.code:
        return None
    return f"{_SHORT_SYSTEMS.get(coding.system or '', coding.system or '?')}:{coding.code}"


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v not in (None, "", [], {})}


def _allergies(content: SummaryContent, terminology: Terminology) -> list[dict[str, Any]]:
    found = []
    for allergy in content.items("allergies"):
        language = content.data.language_of(allergy.row_ids)
        words, lang = _words(terminology, allergy.substance, language)
        reactions = []
        for reaction in allergy.reactions:
            for manifestation in reaction.manifestations:
                said, _ = _words(terminology, manifestation, language)
                if said and said not in reactions:
                    reactions.append(said)
        found.append(
            _clean(
                {
                    "substance": words,
                    "code": _code(allergy.substance, SNOMED, ATC),
                    "lang": lang,
                    "criticality": allergy.criticality,
                    "reaction": reactions,
                    "status": allergy.clinical_status,
                    "none_known": True if allergy.no_known_allergy else None,
                }
            )
        )
    return found


def _patient_reported(content: SummaryContent, row_ids: tuple[int, ...]) -> bool | None:
    """True for a medicine only the patient reported (My entries); left out otherwise."""
    return True if only_patient_reported(content.data.resource(r) for r in row_ids) else None


def _medications(content: SummaryContent, terminology: Terminology) -> list[dict[str, Any]]:
    found = []
    for item in content.items("current_medications"):
        language = content.data.language_of(item.row_ids)
        if isinstance(item, SystemicAgent):
            name = terminology.agent_name("en", item.agent) or item.agent
            dose = next((s.text for s in item.statements if s.text), None) or next(
                (o.text for o in item.orders if o.text), None
            )
            since = day(item.period.start) if item.period else None
            atc = item.atc
        elif isinstance(item, Medication):
            name = terminology.agent_name("en", item.name) or item.name
            dose, atc = item.dosage, item.atc
            since = day(item.period.start) if item.period else None
        else:
            continue
        found.append(
            _clean(
                {
                    "name": name,
                    "atc": atc,
                    "dose": dose,
                    "lang": language if dose else None,
                    "since": since,
                    "cancer": True if isinstance(item, SystemicAgent) else None,
                    "patient_reported": _patient_reported(content, item.row_ids),
                }
            )
        )
    return found


def _stage(content: SummaryContent, diagnosis: CancerDiagnosis) -> tuple[str | None, str | None]:
    groups = [
        s
        for s in content.data.record.staging
        if diagnosis.id in s.diagnosis_ids and s.kind in ("group", "other") and s.stage
    ]
    if groups:
        latest = groups[-1]
        system = " ".join(p for p in (latest.system, latest.edition) if p) or None
        return latest.stage, system
    for summary in diagnosis.stages:
        if summary.stage:
            system = " ".join(p for p in (summary.system, summary.edition) if p) or None
            return summary.stage, system
    return None, None


def _cancers(content: SummaryContent, terminology: Terminology) -> list[dict[str, Any]]:
    found = []
    for diagnosis in content.items("active_cancer"):
        language = content.data.language_of(diagnosis.row_ids)
        words, lang = _words(terminology, diagnosis.code, language)
        if diagnosis.icd10 is not None and diagnosis.icd10.display:
            words, lang = diagnosis.icd10.display, None
        stage, system = _stage(content, diagnosis)
        found.append(
            _clean(
                {
                    "name": words or diagnosis.title,
                    "lang": lang,
                    "icd10": diagnosis.icd10.code if diagnosis.icd10 else None,
                    "icdo3": diagnosis.icdo3_morphology.code
                    if diagnosis.icdo3_morphology
                    else None,
                    "stage": stage,
                    "staging": system,
                    "since": day(diagnosis.date),
                    "metastatic": True
                    if diagnosis.role == "secondary" or diagnosis.behaviour == "metastatic"
                    else None,
                }
            )
        )
    return found


def _devices(content: SummaryContent, terminology: Terminology) -> list[dict[str, Any]]:
    found = []
    for device in content.items("devices"):
        if device.status not in (None, "active"):
            continue
        language = content.data.language_of(device.row_ids)
        words, lang = _words(terminology, device.type, language)
        found.append(
            _clean(
                {
                    "name": words or device.name,
                    "lang": lang if words else language,
                    "code": _code(device.type, SNOMED),
                    "port": True if device.is_port else None,
                    "since": day(device.period.start) if device.period else None,
                }
            )
        )
    return found


def _person(contact: Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    return (
        _clean(
            {
                "name": contact.name,
                "role": contact.role,
                "phone": contact.phone,
                "org": contact.organisation,
                "country": contact.country,
            }
        )
        or None
    )


def emergency_data(
    content: SummaryContent, terminology: Terminology | None = None
) -> dict[str, Any]:
    """The emergency data set, before any shortening."""
    words = terminology or load_terminology()
    data = content.data
    patient = data.record.patient.summary
    contacts = read_contacts(data)
    found = {
        "ecan": FORMAT,
        "v": VERSION,
        "generated": data.generated_at.isoformat(),
        "patient": _clean(
            {"name": patient.name, "born": patient.birth_date, "sex": patient.gender}
        ),
        "allergies": _allergies(content, words) if content.on("allergies") else [],
        "medications": _medications(content, words) if content.on("current_medications") else [],
        "cancer": _cancers(content, words) if content.on("active_cancer") else [],
        "devices": _devices(content, words) if content.on("devices") else [],
        "warnings": [w.rule for w in content.warnings],
        "alerts": [a.title for a in content.alerts if a.title],
        "contact": [p for p in (_person(c) for c in contacts.emergency[:2]) if p],
        "centre": _person(contacts.treating_centre),
        "oncologist": _person(contacts.oncologist),
    }
    centre, oncologist = found.get("centre"), found.get("oncologist")
    same_place = (
        isinstance(centre, dict)
        and isinstance(oncologist, dict)
        and oncologist.get("org") == centre.get("name")
    )
    if same_place and isinstance(oncologist, dict):  # said once, under centre
        found["oncologist"] = {k: v for k, v in oncologist.items() if k not in ("org", "country")}
    return {k: v for k, v in found.items() if v not in (None, [], {})}


def encode(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _shorten_texts(data: dict[str, Any], limit: int) -> dict[str, Any]:
    def cut(value: Any) -> Any:
        if isinstance(value, str) and len(value) > limit:
            return value[: limit - 1] + "…"
        if isinstance(value, list):
            return [cut(v) for v in value]
        if isinstance(value, dict):
            return {k: cut(v) for k, v in value.items()}
        return value

    return {k: cut(v) if k not in ("ecan", "generated") else v for k, v in data.items()}


_OPTIONAL = ("role", "org", "country", "status", "lang", "since", "staging", "code", "dose")
# Lists shortened first; allergies last of all.
_LISTS = ("contact", "alerts", "devices", "cancer", "medications")
_PERSONS = ("centre", "oncologist")


def _without(data: dict[str, Any], key: str, lists: tuple[str, ...]) -> dict[str, Any]:
    found = dict(data)
    for name in lists:
        items = found.get(name)
        if isinstance(items, list):
            found[name] = [{f: x for f, x in item.items() if f != key} for item in items]
        elif isinstance(items, dict):
            found[name] = {f: x for f, x in items.items() if f != key}
    return found


def _truncated(data: dict[str, Any], lists: tuple[str, ...], limit: int) -> dict[str, Any]:
    data = {**data, "truncated": True}
    while len(encode(data)) > limit:
        longest = max(lists, key=lambda k: len(data.get(k) or []))
        if not data.get(longest):
            break
        data = {**data, longest: data[longest][:-1]}
    return data


def fit(data: dict[str, Any], limit: int = MAX_BYTES) -> dict[str, Any]:
    """*data*, shortened until its encoding is at most *limit* bytes: texts first, then the
    optional keys and items of the other lists, and of the allergies only last."""
    if len(encode(data)) <= limit:
        return data
    for text_limit in _TEXT_LIMITS:
        data = _shorten_texts(data, text_limit)
        if len(encode(data)) <= limit:
            return data
    for key in _OPTIONAL:
        data = _without(data, key, _LISTS + _PERSONS)
        if len(encode(data)) <= limit:
            return data
    data = _truncated(data, _LISTS, limit)
    if len(encode(data)) <= limit:
        return data
    for key in _OPTIONAL:
        data = _without(data, key, ("allergies",))
        if len(encode(data)) <= limit:
            return data
    return _truncated(data, ("allergies",), limit)


def emergency_json(content: SummaryContent, terminology: Terminology | None = None) -> str:
    """The text the QR code carries (UTF-8 JSON, at most 2 200 bytes)."""
    return encode(fit(emergency_data(content, terminology))).decode("utf-8")
