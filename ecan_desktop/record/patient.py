"""Who the record is about: from the vault's meta, else from the first Patient resource."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource
from ecan_desktop.vault.store import Vault


@dataclass(frozen=True)
class PatientSummary:
    name: str | None
    birth_date: str | None
    gender: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "birth_date": self.birth_date, "gender": self.gender}


def human_name(names: object) -> str | None:
    """The official (else first) HumanName of a Patient as one line: "Given Family"."""
    if not isinstance(names, list):
        return None
    chosen = next(
        (n for n in names if isinstance(n, dict) and n.get("use") == "official"),
        next((n for n in names if isinstance(n, dict)), None),
    )
    if chosen is None:
        return None
    if isinstance(chosen.get("text"), str) and chosen["text"].strip():
        return str(chosen["text"]).strip()
    given = [g for g in chosen.get("given", []) if isinstance(g, str)]
    family = chosen.get("family") if isinstance(chosen.get("family"), str) else None
    parts = [*given, family] if family else given
    return " ".join(parts) or None


def patient_summary(vault: Vault) -> PatientSummary:
    return summary_of(
        vault.resources("Patient"),
        vault.get_meta("patient_name"),
        vault.get_meta("patient_birth_date"),
    )


def summary_of(
    patients: Sequence[StoredResource], name: str | None, birth_date: str | None
) -> PatientSummary:
    """The profile's name and birth date (vault meta) completed from the first Patient."""
    gender = None
    if patients:
        first = patients[0].resource
        name = name or human_name(first.get("name"))
        birth = first.get("birthDate")
        birth_date = birth_date or (birth if isinstance(birth, str) else None)
        sex = first.get("gender")
        gender = sex if isinstance(sex, str) else None
    return PatientSummary(name, birth_date, gender)


@dataclass(frozen=True)
class PatientItem:
    """Who the record is about, with every stored Patient resource (one per source)."""

    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    summary: PatientSummary
