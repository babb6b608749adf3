"""Import files into a vault and report per file, in the shape ``import --json`` prints."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ecan_desktop.fhir.extensions import SAME_FACT_EXTENSION
from ecan_desktop.importers.batch import ImportBatch, ImportRejected, Problem
from ecan_desktop.importers.defects import reference_problems
from ecan_desktop.importers.file import DEFAULT_MAX_BYTES, read_file
from ecan_desktop.importers.patient_check import file_patients, mismatch
from ecan_desktop.importers.problems import listed_problems, problems_to_json
from ecan_desktop.reconcile import LINKED_TYPES, Reconciler
from ecan_desktop.vault.batch_write import WriteProgress
from ecan_desktop.vault.store import BatchResult, Vault


@dataclass(frozen=True)
class FileReport:
    file: str
    format: str
    status: str  # imported | unchanged | rejected
    source_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    # The problems listed (at most importers.problems.MAX_PER_KIND of a kind; an entry's
    # references to missing records count once), and how many there were in all.
    problems: list[Problem] = field(default_factory=list)
    problems_found: int = 0
    rejection: ImportRejected | None = None
    patient_mismatch: bool = False
    centre_name: str | None = None  # who issued the file, as the importer found it
    centre_country: str | None = None

    def to_json(self) -> dict[str, Any]:
        problems = [p.to_json() for p in self.problems]
        if self.rejection is not None:
            problems.append(
                {"path": self.rejection.path or "$", "reason": self.rejection.reason.render()}
            )
        return {
            "file": self.file,
            "format": self.format,
            "status": self.status,
            "source_id": self.source_id,
            "counts": self.counts,
            "problems": problems,
            "problems_found": len(problems) + max(0, self.problems_found - len(self.problems)),
        }


def _reconciler(vault: Vault, batch: ImportBatch) -> Reconciler:
    kinds = {str(r.get("resourceType")) for r in batch.resources} & set(LINKED_TYPES)
    stored = [item for kind in sorted(kinds) for item in vault.resources(kind)]

    def medication(reference: str) -> dict[str, Any] | None:
        found = vault.resolve(reference)
        return found.resource if found is not None else None

    return Reconciler(stored, medication)


def _same_within(batch: ImportBatch) -> list[tuple[int, int]]:
    index_of = {url: i for i, url in enumerate(batch.full_urls) if url}
    pairs = []
    for index, resource in enumerate(batch.resources):
        for extension in resource.get("extension") or []:
            if isinstance(extension, dict) and extension.get("url") == SAME_FACT_EXTENSION:
                target = (extension.get("valueReference") or {}).get("reference")
                if isinstance(target, str) and target in index_of:
                    pairs.append((index, index_of[target]))
    return pairs


def store_batch(
    vault: Vault, file: str, batch: ImportBatch, *, progress: WriteProgress | None = None
) -> FileReport:
    """Store one file's batch, linking each fact that another source already reported.

    Its problems are those found reading it and the references that resolve neither in the file
    nor in the vault as it is before this file. ``progress(written, total)`` is called as the
    resources are written and may raise to stop: this file's writes are then rolled back.
    """
    found = [
        *batch.problems,
        *reference_problems(batch, lambda reference: vault.resolve(reference) is not None),
    ]
    listed = listed_problems(found)
    same_as = _reconciler(vault, batch).duplicates(
        batch.source.origin, batch.resources, batch.full_urls
    )
    result: BatchResult = vault.put_batch(
        batch.source,
        batch.resources,
        full_urls=batch.full_urls,
        same_as=same_as,
        same_within=_same_within(batch),
        problems=problems_to_json(listed),
        problems_found=len(found),
        progress=progress,
    )
    counts = {**result.counts(), "skipped": sum(1 for problem in found if problem.skipped)}
    return FileReport(
        file=file,
        format=batch.format,
        status="imported" if result.changed else "unchanged",
        source_id=result.source_id,
        counts=counts,
        problems=listed,
        problems_found=len(found),
        centre_name=batch.source.centre_name,
        centre_country=batch.source.centre_country,
    )


def _adopt_patient(vault: Vault, batch: ImportBatch) -> None:
    """An empty profile takes its patient from the first import that names one."""
    if vault.get_meta("patient_name") or vault.get_meta("patient_birth_date"):
        return
    for patient in file_patients(batch.resources):
        if patient.name or patient.birth_date:
            vault.set_meta({"patient_name": patient.name, "patient_birth_date": patient.birth_date})
            return


def import_one(
    vault: Vault,
    path: Path,
    *,
    accept_patient_mismatch: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: WriteProgress | None = None,
) -> FileReport:
    """Read and store one file. ``progress(written, total)`` is called once the file is read and
    then as its resources are written; it may raise to stop (this file's writes are undone)."""
    try:
        batch = read_file(path, max_bytes=max_bytes)
    except ImportRejected as rejected:
        return FileReport(str(path), "unknown", "rejected", rejection=rejected)
    if progress is not None:
        progress(0, len(batch.resources))
    if not accept_patient_mismatch:
        reason = mismatch(
            vault.get_meta("patient_name"), vault.get_meta("patient_birth_date"), batch.resources
        )
        if reason is not None:
            mismatched = ImportRejected(file=path.name, reason=reason, path="$")
            return FileReport(
                str(path),
                batch.format,
                "rejected",
                rejection=mismatched,
                patient_mismatch=True,
                centre_name=batch.source.centre_name,
                centre_country=batch.source.centre_country,
            )
    report = store_batch(vault, str(path), batch, progress=progress)
    _adopt_patient(vault, batch)
    return report


def import_files(
    vault: Vault,
    paths: Sequence[Path],
    *,
    accept_patient_mismatch: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[FileReport]:
    """Import each file in its own transaction; a rejected file does not stop the others."""
    reports: list[FileReport] = []
    for index, path in enumerate(paths):
        if cancel is not None and cancel():
            break
        reports.append(
            import_one(
                vault, path, accept_patient_mismatch=accept_patient_mismatch, max_bytes=max_bytes
            )
        )
        if progress is not None:
            progress(index + 1, len(paths))
    return reports
