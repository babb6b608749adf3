"""What the record summary page shows, read from an open vault as plain data.

Runs on the thread that owns the vault (the UI's vault worker) and returns frozen dataclasses
that any thread may hold. No Qt here: the view chooses and translates the plain words for each
kind of record; this module only says which kind each resource type belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from ecan_desktop.record.patient import patient_summary
from ecan_desktop.vault.profiles import OpenProfile


class Kind:
    """The kinds of record a patient recognises, in the order the page lists them."""

    CONDITIONS = "conditions"
    MEDICINES_GIVEN = "medicines_given"
    MEDICINES_PRESCRIBED = "medicines_prescribed"
    TEST_RESULTS = "test_results"
    PROCEDURES = "procedures"
    ALLERGIES = "allergies"
    VACCINATIONS = "vaccinations"
    DOCUMENTS = "documents"
    OTHER = "other"

    ORDER = (
        CONDITIONS,
        MEDICINES_GIVEN,
        MEDICINES_PRESCRIBED,
        TEST_RESULTS,
        PROCEDURES,
        ALLERGIES,
        VACCINATIONS,
        DOCUMENTS,
        OTHER,
    )


KIND_OF_RESOURCE = {
    "Condition": Kind.CONDITIONS,
    "MedicationAdministration": Kind.MEDICINES_GIVEN,
    "MedicationRequest": Kind.MEDICINES_PRESCRIBED,
    "MedicationStatement": Kind.MEDICINES_PRESCRIBED,
    "Observation": Kind.TEST_RESULTS,
    "Procedure": Kind.PROCEDURES,
    "AllergyIntolerance": Kind.ALLERGIES,
    "Immunization": Kind.VACCINATIONS,
    "DocumentReference": Kind.DOCUMENTS,
}

# The person the record is about is shown by name at the top, not counted as a record.
NOT_COUNTED = frozenset({"Patient"})


@dataclass(frozen=True)
class SourceLine:
    centre_name: str | None
    centre_country: str | None
    file_name: str | None
    imported_at: str


@dataclass(frozen=True)
class RecordOverview:
    profile_label: str
    patient_name: str | None
    birth_date: str | None
    counts: tuple[tuple[str, int], ...]  # (Kind, number), in Kind.ORDER, only kinds present
    sources: tuple[SourceLine, ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def count_by_kind(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    """Group the vault's counts per resource type into the kinds a patient recognises."""
    totals: dict[str, int] = {}
    for resource_type, n in counts.items():
        if resource_type in NOT_COUNTED or n <= 0:
            continue
        kind = KIND_OF_RESOURCE.get(resource_type, Kind.OTHER)
        totals[kind] = totals.get(kind, 0) + n
    return tuple((kind, totals[kind]) for kind in Kind.ORDER if kind in totals)


def load_overview(opened: OpenProfile) -> RecordOverview:
    """Read the overview; call only on the thread that opened *opened*."""
    vault = opened.vault
    patient = patient_summary(vault)
    sources = tuple(
        SourceLine(s.centre_name, s.centre_country, s.file_name, s.imported_at)
        for s in vault.sources()
    )
    return RecordOverview(
        profile_label=opened.info.label,
        patient_name=patient.name,
        birth_date=patient.birth_date,
        counts=count_by_kind(vault.counts()),
        sources=sources,
    )
