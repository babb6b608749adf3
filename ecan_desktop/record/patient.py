"""Who the record is about: from the vault's meta, else from the first Patient resource."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    name = vault.get_meta("patient_name")
    birth_date = vault.get_meta("patient_birth_date")
    gender = None
    patients = vault.resources("Patient")
    if patients:
        first = patients[0].resource
        name = name or human_name(first.get("name"))
        birth = first.get("birthDate")
        birth_date = birth_date or (birth if isinstance(birth, str) else None)
        sex = first.get("gender")
        gender = sex if isinstance(sex, str) else None
    return PatientSummary(name, birth_date, gender)
