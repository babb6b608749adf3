"""Is this file about the profile's patient? Compare the file's Patient with the profile's."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP, Message
from ecan_desktop.record.patient import human_name

MISMATCH = QT_TRANSLATE_NOOP(
    "ImportErrors",
    "this file is about {file_patient}, but this profile is about {profile_patient}. "
    "Nothing was imported. If it is the same person, import it again and confirm.",
)
PERSON = QT_TRANSLATE_NOOP("ImportErrors", "{name} (born {birth_date})")
UNKNOWN = QT_TRANSLATE_NOOP("ImportErrors", "unknown")


def _tokens(name: str) -> set[str]:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return {t for t in "".join(c if c.isalnum() else " " for c in plain).split() if t}


def same_name(a: str, b: str) -> bool:
    """ "Elena Marinescu" matches "MARINESCU Elena Maria" and "Elena Mărinescu"."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


@dataclass(frozen=True)
class FilePatient:
    name: str | None
    birth_date: str | None


def file_patients(resources: list[dict[str, Any]]) -> list[FilePatient]:
    found = []
    for resource in resources:
        if resource.get("resourceType") == "Patient":
            birth = resource.get("birthDate")
            found.append(
                FilePatient(
                    human_name(resource.get("name")), birth if isinstance(birth, str) else None
                )
            )
    return found


def _person(name: str | None, birth_date: str | None) -> Message:
    unknown = Message("ImportErrors", UNKNOWN)
    return Message(
        "ImportErrors", PERSON, {"name": name or unknown, "birth_date": birth_date or unknown}
    )


def mismatch(
    profile_name: str | None, profile_birth_date: str | None, resources: list[dict[str, Any]]
) -> Message | None:
    """The reason to stop, when a Patient in *resources* is clearly someone else."""
    for patient in file_patients(resources):
        birth_differs = bool(
            profile_birth_date and patient.birth_date and patient.birth_date != profile_birth_date
        )
        name_differs = bool(
            profile_name and patient.name and not same_name(profile_name, patient.name)
        )
        if birth_differs or name_differs:
            return Message(
                "ImportErrors",
                MISMATCH,
                {
                    "file_patient": _person(patient.name, patient.birth_date),
                    "profile_patient": _person(profile_name, profile_birth_date),
                },
            )
    return None
