"""The words the record adds to the data, kept untranslated (translated where they are shown).

Items carry stable codes (``"summed_per_bsa"``, ``"radiation"``); these tables give each code its
English label marked for ``pyside6-lupdate``, as a :class:`Message` the UI renders in the user's
language and the command line in English. Text from the files (displays, notes) is never here.
"""

from __future__ import annotations

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP, Message

CONTEXT = "Record"

DOSE_METHODS = {
    "stated": QT_TRANSLATE_NOOP("Record", "stated by the source"),
    "summed": QT_TRANSLATE_NOOP("Record", "summed from {count} administrations"),
    "summed_per_bsa": QT_TRANSLATE_NOOP(
        "Record", "summed from {count} administrations, per m² of body surface area"
    ),
}

TIMELINE_KINDS = {
    "diagnosis": QT_TRANSLATE_NOOP("Record", "Diagnosis"),
    "stage": QT_TRANSLATE_NOOP("Record", "Stage"),
    "test": QT_TRANSLATE_NOOP("Record", "Test"),
    "imaging": QT_TRANSLATE_NOOP("Record", "Imaging"),
    "status": QT_TRANSLATE_NOOP("Record", "Disease status"),
    "surgery": QT_TRANSLATE_NOOP("Record", "Surgery"),
    "procedure": QT_TRANSLATE_NOOP("Record", "Procedure"),
    "line": QT_TRANSLATE_NOOP("Record", "Line of cancer medicines"),
    "medicine": QT_TRANSLATE_NOOP("Record", "Medicine"),
    "radiation": QT_TRANSLATE_NOOP("Record", "Radiotherapy"),
    "transplant": QT_TRANSLATE_NOOP("Record", "Stem-cell transplant"),
    "device": QT_TRANSLATE_NOOP("Record", "Device"),
    "allergy": QT_TRANSLATE_NOOP("Record", "Allergy"),
    "vaccination": QT_TRANSLATE_NOOP("Record", "Vaccination"),
    "document": QT_TRANSLATE_NOOP("Record", "Document"),
    "follow_up": QT_TRANSLATE_NOOP("Record", "Follow-up"),
    "symptom": QT_TRANSLATE_NOOP("Record", "Symptom or side effect"),
    "note": QT_TRANSLATE_NOOP("Record", "Your note"),
}

CANCER_ROLES = {
    "primary": QT_TRANSLATE_NOOP("Record", "Primary cancer"),
    "secondary": QT_TRANSLATE_NOOP("Record", "Secondary (metastatic) cancer"),
}

BEHAVIOURS = {
    "malignant": QT_TRANSLATE_NOOP("Record", "malignant"),
    "metastatic": QT_TRANSLATE_NOOP("Record", "metastatic"),
    "in_situ": QT_TRANSLATE_NOOP("Record", "in situ"),
    "uncertain": QT_TRANSLATE_NOOP("Record", "uncertain behaviour"),
    "unspecified": QT_TRANSLATE_NOOP("Record", "behaviour not stated"),
}

PERFORMANCE_SCALES = {
    "ecog": QT_TRANSLATE_NOOP("Record", "ECOG performance status"),
    "karnofsky": QT_TRANSLATE_NOOP("Record", "Karnofsky performance status"),
    "lansky": QT_TRANSLATE_NOOP("Record", "Lansky play-performance scale"),
}

ANTHRACYCLINE_TOTAL = QT_TRANSLATE_NOOP(
    "Record", "Anthracyclines as doxorubicin-equivalent dose ({table})"
)
ANTHRACYCLINE_NOT_CONVERTED = QT_TRANSLATE_NOOP(
    "Record", "{agent}: not converted, {table} gives no factor for it"
)
REPORTED_BY = QT_TRANSLATE_NOOP("Record", "Reported by {sources}")

ALL_TABLES = (DOSE_METHODS, TIMELINE_KINDS, CANCER_ROLES, BEHAVIOURS, PERFORMANCE_SCALES)


def label(table: dict[str, str], code: str | None, **fields: object) -> Message | None:
    """The label of *code* in *table*, with its fields, or None for an unknown code."""
    if code is None or code not in table:
        return None
    return Message(CONTEXT, table[code], fields)
