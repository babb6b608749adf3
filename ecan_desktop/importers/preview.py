"""What importing files would do, found by doing it and undoing it (the import preview).

The preview runs the real import of every file, in order, inside one vault rehearsal
(``Vault.rehearsal``) that is rolled back at the end. So its counts are exactly those the import
will give for the same files in the same order (a file that updates what an earlier one of the
same batch brought is counted as an update, as it will be), and it leaves no trace: no source, no
resource, no audit entry, not even the patient's name that a first import would adopt.

The import itself (:func:`import_paths`) keeps each file as its own source, and all the files
together or none of them, so that Cancel leaves the record as it was. Cancel is answered between
files and inside a large one, every ``vault.batch_write.WRITE_CHUNK`` resources; progress counts
each file as :data:`FILE_STEPS` steps, so that the bar moves while one large file is written.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path

from ecan_desktop.importers.file import DEFAULT_MAX_BYTES
from ecan_desktop.importers.report import FileReport, import_one
from ecan_desktop.vault.batch_write import WriteProgress
from ecan_desktop.vault.store import Vault

# Progress counts each file as this many steps: file i runs from i * FILE_STEPS up to, not
# including, (i + 1) * FILE_STEPS, as its resources are written.
FILE_STEPS = 1000


class ImportCancelled(Exception):
    """The user cancelled: nothing of the files was kept."""


def _file_progress(
    index: int,
    files: int,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> WriteProgress:
    """What the import of file *index* calls as it goes: stops it when the user cancelled (its
    writes are then rolled back, and the caller's transaction undoes the files before it), else
    reports how far it is in steps of the whole run."""

    def within(written: int, total: int) -> None:
        if cancel is not None and cancel():
            raise ImportCancelled()
        if progress is not None:
            part = min(written * FILE_STEPS // total, FILE_STEPS - 1) if total else 0
            progress(index * FILE_STEPS + part, files * FILE_STEPS)

    return within


def _each(
    vault: Vault,
    paths: Sequence[Path],
    accept_mismatch: Collection[int],
    max_bytes: int,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> list[FileReport]:
    reports: list[FileReport] = []
    for index, path in enumerate(paths):
        within = _file_progress(index, len(paths), progress, cancel)
        within(0, 0)  # before the file is read
        reports.append(
            import_one(
                vault,
                path,
                accept_patient_mismatch=index in accept_mismatch,
                max_bytes=max_bytes,
                progress=within,
            )
        )
    if progress is not None:
        progress(len(paths) * FILE_STEPS, len(paths) * FILE_STEPS)
    return reports


def import_paths(
    vault: Vault,
    paths: Sequence[Path],
    *,
    accept_mismatch: Collection[int] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[FileReport]:
    """Import the files in order, each as its own source (undone one by one in Sources), all kept
    together or none: when *cancel* says so, before a file or while one is written, every file is
    undone and :class:`ImportCancelled` raised. ``progress(done, total)`` counts
    :data:`FILE_STEPS` steps a file.

    ``accept_mismatch`` holds the indexes of the files the user said are about the profile's
    patient after all.
    """
    with vault.all_or_nothing():
        return _each(vault, paths, accept_mismatch, max_bytes, progress, cancel)


def preview_paths(
    vault: Vault,
    paths: Sequence[Path],
    *,
    accept_mismatch: Collection[int] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[FileReport]:
    """What :func:`import_paths` with the same arguments would report, without changing the vault.

    The reports have no ``source_id`` (nothing was kept). Raises :class:`ImportCancelled` when
    *cancel* says so, as :func:`import_paths` does.
    """
    with vault.rehearsal():
        reports = _each(vault, paths, accept_mismatch, max_bytes, progress, cancel)
    return [replace(report, source_id=None) for report in reports]
