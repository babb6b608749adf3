"""The original resources behind an item: read from the vault on its worker thread, shown by their
key fields (kind, identifier, status, code, date, value, dose, source), and as the source's JSON
for those who want every detail (long strings, such as a PDF's base64 data, are cut short)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from ecan_desktop.record.codes import concept
from ecan_desktop.record.dates import when
from ecan_desktop.record.fhir_json import obj, objs, text
from ecan_desktop.record.quantities import quantity, value_of
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.item_facts import Fact, concept_with_codes, facts
from ecan_desktop.vault.profiles import OpenProfile
from ecan_desktop.vault.records import StoredResource

MAX_RESOURCES = 40  # resources read for one item (a result series may stand for thousands)
MAX_STRING = 300  # characters of one JSON string shown; the rest is counted
MAX_JSON = 200_000  # characters of JSON in the text box

_DATES = (
    "effectiveDateTime", "effectivePeriod", "onsetDateTime", "onsetPeriod", "performedDateTime",
    "performedPeriod", "occurrenceDateTime", "occurrencePeriod", "authoredOn", "recordedDate",
    "recorded", "issued", "date", "period", "timingDateTime", "timingPeriod", "whenHandedOver",
    "started", "created", "start",
)  # fmt: skip
_CODES = ("code", "vaccineCode", "medicationCodeableConcept", "type", "category")


def reader(row_ids: Sequence[int]) -> Callable[[OpenProfile], list[StoredResource]]:
    """A read for the vault worker: the stored resources of the first rows of *row_ids*."""
    wanted = list(row_ids)[:MAX_RESOURCES]

    def read(opened: OpenProfile) -> list[StoredResource]:
        found = (opened.vault.resource_at(row_id) for row_id in wanted)
        return [stored for stored in found if stored is not None]

    return read


def heading(stored: StoredResource) -> str:
    """ "Medicines given (MedicationAdministration)"."""
    plain = words.resource_type_text(stored.resource_type)
    return f"{plain} ({stored.resource_type})"


def _status(resource: Mapping[str, Any]) -> str | None:
    found = text(resource.get("status"))
    if found:
        return words.status_text(found)
    for name, table in (
        ("clinicalStatus", words.CLINICAL_STATUSES),
        ("verificationStatus", words.VERIFICATION_STATUSES),
    ):
        coded = concept(resource.get(name))
        code = coded.codes[0].code if coded is not None and coded.codes else None
        if code:
            return words.word(table, code)
    return None


def _code(resource: Mapping[str, Any]) -> str | None:
    for name in _CODES:
        value = resource.get(name)
        found = concept(value[0] if isinstance(value, list) and value else value)
        if found is not None:
            return concept_with_codes(found)
    return None


def _date(resource: dict[str, Any], stored: StoredResource) -> str | None:
    span = when(resource, *_DATES)
    if span is not None:
        return words.period_text(span)
    return words.date_text(stored.clinical_date)


def _value(resource: dict[str, Any]) -> str | None:
    if not any(key.startswith("value") for key in resource):
        return None
    return words.value_text(value_of(resource))


def _dose(resource: dict[str, Any]) -> str | None:
    dosage = obj(resource.get("dosage"))
    if dosage is not None:
        return words.quantity_text(quantity(dosage.get("dose")))
    for name in ("dosageInstruction", "dosage"):
        for item in objs(resource.get(name)):
            for rate in objs(item.get("doseAndRate")):
                found = words.quantity_text(quantity(rate.get("doseQuantity")))
                if found:
                    return found
            words_text = text(item.get("text"))
            if words_text:
                return words_text
    return None


def resource_facts(stored: StoredResource, source_names: Mapping[int, str]) -> tuple[Fact, ...]:
    """The key fields of one stored resource, in words."""
    resource = stored.resource
    updated = stored.version - 1
    return facts(
        (QCoreApplication.translate("OriginalFields", "Identifier in the file"), stored.fhir_id),
        (QCoreApplication.translate("OriginalFields", "Status"), _status(resource)),
        (QCoreApplication.translate("OriginalFields", "Code"), _code(resource)),
        (QCoreApplication.translate("OriginalFields", "Date"), _date(resource, stored)),
        (QCoreApplication.translate("OriginalFields", "Value"), _value(resource)),
        (QCoreApplication.translate("OriginalFields", "Dose"), _dose(resource)),
        (
            QCoreApplication.translate("OriginalFields", "From"),
            QCoreApplication.translate("OriginalFields", "You entered this yourself")
            if stored.patient_entered
            else source_names.get(stored.source_id),
        ),
        (
            QCoreApplication.translate("OriginalFields", "Changes"),
            words.counts().updates(updated) if updated > 0 else None,
        ),
    )


def _shortened(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_STRING:
        hidden = len(value) - MAX_STRING
        more = words.counts().more_characters(hidden)
        return f"{value[:MAX_STRING]}… ({more})"
    if isinstance(value, dict):
        return {k: _shortened(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shortened(v) for v in value]
    return value


def original_json(resources: Sequence[StoredResource]) -> str:
    """The resources as the source wrote them, pretty-printed (long strings cut short)."""
    parts: list[str] = []
    size = 0
    for stored in resources:
        part = json.dumps(_shortened(stored.resource), indent=2, ensure_ascii=False)
        if size + len(part) > MAX_JSON:
            parts.append(QCoreApplication.translate("OriginalFields", "(The rest is not shown.)"))
            break
        parts.append(part)
        size += len(part)
    return "\n\n".join(parts)
