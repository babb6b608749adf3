"""Who the patient is and whom to call: identifiers with their issuer and country, the treating
centre, the oncologist and the emergency contact, read from the stored Patient, Organization,
Practitioner and Composition resources (the record keeps only name, birth date and sex)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.dates import sort_key
from ecan_desktop.record.fhir_json import obj, objs, reference_of, text, texts
from ecan_desktop.record.patient import human_name
from ecan_desktop.summary.data import SummaryData
from ecan_desktop.vault.records import StoredResource

EMERGENCY_CONTACT = frozenset({"C", "EP"})  # v2-0131 emergency contact; v3 emergency contact
_PHONE = ("phone", "sms")


@dataclass(frozen=True)
class Identifier:
    value: str
    kind: str | None  # the identifier type's words or code (MR, NI, PPN...)
    kind_code: str | None  # v2-0203 code when given
    issuer: str | None
    country: str | None
    system: str | None
    row_id: int


@dataclass(frozen=True)
class Contact:
    name: str | None
    role: str | None  # relationship or qualification, in the source's words
    phone: str | None
    email: str | None
    organisation: str | None
    country: str | None
    row_id: int | None  # the resource the words come from (for their language)


@dataclass(frozen=True)
class Contacts:
    identifiers: tuple[Identifier, ...]
    languages: tuple[str, ...]  # languages the patient speaks (codes or words)
    treating_centre: Contact | None
    oncologist: Contact | None
    emergency: tuple[Contact, ...]


def _telecom(resource: dict[str, Any], systems: tuple[str, ...]) -> str | None:
    for point in objs(resource.get("telecom")):
        if point.get("system") in systems:
            found = text(point.get("value"))
            if found:
                return found
    return None


def _country(resource: dict[str, Any] | None) -> str | None:
    if resource is None:
        return None
    for address in objs(resource.get("address")):
        found = text(address.get("country"))
        if found:
            return found
    return None


def _concept_words(value: object) -> str | None:
    found = obj(value)
    if found is None:
        return None
    words = text(found.get("text"))
    if words:
        return words
    for coding in objs(found.get("coding")):
        label = text(coding.get("display")) or text(coding.get("code"))
        if label:
            return label
    return None


def _resolve(data: SummaryData, value: object, context: StoredResource) -> StoredResource | None:
    return data.index.resolve(reference_of(value), context)


def _identifiers(data: SummaryData, patients: list[StoredResource]) -> tuple[Identifier, ...]:
    found: list[Identifier] = []
    seen: set[tuple[str | None, str]] = set()
    for patient in patients:
        source = data.index.sources.get(patient.source_id)
        for item in objs(patient.resource.get("identifier")):
            value = text(item.get("value"))
            system = text(item.get("system"))
            if value is None or (system, value) in seen:
                continue
            seen.add((system, value))
            assigner_ref = obj(item.get("assigner")) or {}
            assigner = _resolve(data, assigner_ref, patient)
            issuer = text(assigner_ref.get("display"))
            if assigner is not None:
                issuer = text(assigner.resource.get("name")) or issuer
            country = _country(assigner.resource if assigner else None)
            if country is None and assigner is None and source is not None:
                country = source.centre_country
            kind = obj(item.get("type")) or {}
            code = next((text(c.get("code")) for c in objs(kind.get("coding"))), None)
            found.append(
                Identifier(
                    value, _concept_words(kind), code, issuer, country, system, patient.row_id
                )
            )
    return tuple(found)


def _emergency_contacts(data: SummaryData, patients: list[StoredResource]) -> list[Contact]:
    found: list[Contact] = []
    for patient in patients:
        contacts = objs(patient.resource.get("contact"))
        flagged = [
            c
            for c in contacts
            if any(
                coding.get("code") in EMERGENCY_CONTACT
                for rel in objs(c.get("relationship"))
                for coding in objs(rel.get("coding"))
            )
        ]
        for item in flagged or contacts:
            name = human_name([item["name"]]) if isinstance(item.get("name"), dict) else None
            relation = next(
                (w for w in (_concept_words(r) for r in objs(item.get("relationship"))) if w),
                None,
            )
            found.append(
                Contact(
                    name,
                    relation,
                    _telecom(item, _PHONE),
                    _telecom(item, ("email",)),
                    text((obj(item.get("organization")) or {}).get("display")),
                    _country(item),
                    patient.row_id,
                )
            )
    for row in data.rows:
        if row.resource_type == "RelatedPerson" and row.resource.get("active") is not False:
            resource = row.resource
            found.append(
                Contact(
                    human_name(resource.get("name")),
                    next(
                        (w for w in map(_concept_words, objs(resource.get("relationship"))) if w),
                        None,
                    ),
                    _telecom(resource, _PHONE),
                    _telecom(resource, ("email",)),
                    None,
                    _country(resource),
                    row.row_id,
                )
            )
    return found


def _organisation(row: StoredResource, fallback_country: str | None) -> Contact:
    resource = row.resource
    return Contact(
        name=text(resource.get("name")),
        role=None,
        phone=_telecom(resource, _PHONE),
        email=_telecom(resource, ("email",)),
        organisation=None,
        country=_country(resource) or fallback_country,
        row_id=row.row_id,
    )


def _practitioner(data: SummaryData, row: StoredResource, centre: Contact | None) -> Contact:
    resource = row.resource
    role = next(
        (w for w in (_concept_words(q.get("code")) for q in objs(resource.get("qualification")))),
        None,
    )
    return Contact(
        name=human_name(resource.get("name")),
        role=role,
        phone=_telecom(resource, _PHONE),
        email=_telecom(resource, ("email",)),
        organisation=centre.name if centre else None,
        country=centre.country if centre else None,
        row_id=row.row_id,
    )


def _latest_composition(data: SummaryData) -> StoredResource | None:
    compositions = [r for r in data.rows if r.resource_type == "Composition"]
    if not compositions:
        return None
    return max(compositions, key=lambda r: (sort_key(text(r.resource.get("date"))), r.row_id))


def _care_team(data: SummaryData) -> tuple[Contact | None, Contact | None]:
    """The treating centre and oncologist: the authors of the newest summary document, else the
    managing organisation and general practitioner of the newest import's Patient."""
    composition = _latest_composition(data)
    centre: Contact | None = None
    person_row: StoredResource | None = None
    if composition is not None:
        source = data.index.sources.get(composition.source_id)
        country = source.centre_country if source else None
        refs = [composition.resource.get("custodian"), *objs(composition.resource.get("author"))]
        for ref in refs:
            target = _resolve(data, ref, composition)
            if target is None:
                continue
            if target.resource_type == "Organization" and centre is None:
                centre = _organisation(target, country)
            elif target.resource_type == "Practitioner" and person_row is None:
                person_row = target
    patients = sorted(
        (r for r in data.rows if r.resource_type == "Patient"),
        key=lambda r: r.source_id,
        reverse=True,
    )
    for patient in patients:
        source = data.index.sources.get(patient.source_id)
        country = source.centre_country if source else None
        if centre is None:
            target = _resolve(data, patient.resource.get("managingOrganization"), patient)
            if target is not None and target.resource_type == "Organization":
                centre = _organisation(target, country)
        if person_row is None:
            for ref in objs(patient.resource.get("generalPractitioner")):
                target = _resolve(data, ref, patient)
                if target is not None and target.resource_type == "Practitioner":
                    person_row = target
                    break
    if centre is None and data.record.sources:
        newest = data.record.sources[-1]
        if newest.centre_name:
            centre = Contact(
                newest.centre_name, None, None, None, None, newest.centre_country, None
            )
    oncologist = _practitioner(data, person_row, centre) if person_row is not None else None
    return centre, oncologist


def _languages(patients: list[StoredResource]) -> tuple[str, ...]:
    found: list[str] = []
    for patient in patients:
        for item in objs(patient.resource.get("communication")):
            language = obj(item.get("language")) or {}
            codes = [text(c.get("code")) for c in objs(language.get("coding"))]
            words = [c for c in codes if c] or texts(language.get("text"))
            for word in words:
                if word not in found:
                    found.append(word)
    return tuple(found)


def read_contacts(data: SummaryData) -> Contacts:
    patients = [r for r in data.rows if r.resource_type == "Patient"]
    centre, oncologist = _care_team(data)
    return Contacts(
        identifiers=_identifiers(data, patients),
        languages=_languages(patients),
        treating_centre=centre,
        oncologist=oncologist,
        emergency=tuple(_emergency_contacts(data, patients)),
    )
