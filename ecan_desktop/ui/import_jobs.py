"""The import dialog's work on the vault worker: the preview and the import, as plain jobs.

They return plain reports (``importers.report.FileReport``), never the vault, and report progress
at most every :data:`PROGRESS_INTERVAL`, so that a batch of many small files does not flood the GUI
thread with signals.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ecan_desktop.importers.preview import ImportCancelled, import_paths, preview_paths
from ecan_desktop.importers.report import FileReport
from ecan_desktop.ui.tasks import CancelToken, Progress, TaskCancelled
from ecan_desktop.ui.vault_worker import VaultJob
from ecan_desktop.vault.profiles import OpenProfile

PROGRESS_INTERVAL = 0.05  # seconds between progress reports to the GUI thread


@dataclass
class ImportRun:
    reports: list[FileReport] = field(default_factory=list)
    cancelled: bool = False  # the user cancelled: nothing was kept


def throttled(progress: Progress, interval: float = PROGRESS_INTERVAL) -> Progress:
    """*progress*, reporting at most every *interval* seconds (and always the last step)."""
    last = [float("-inf")]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= interval:
            last[0] = now
            progress(done, total)

    return report


def preview_files_job(paths: Sequence[Path], accepted: set[int]) -> VaultJob[list[FileReport]]:
    """The vault-worker job of the preview: the import, rehearsed and rolled back."""
    chosen = frozenset(accepted)

    def work(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> list[FileReport]:
        try:
            return preview_paths(
                opened.vault,
                paths,
                accept_mismatch=chosen,
                progress=throttled(progress),
                cancel=lambda: cancel.cancelled,
            )
        except ImportCancelled as cancelled:
            raise TaskCancelled() from cancelled

    return work


def import_files_job(paths: Sequence[Path], accepted: set[int]) -> VaultJob[ImportRun]:
    """The vault-worker job of the import: every file, kept together or none (Cancel)."""
    chosen = frozenset(accepted)

    def work(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> ImportRun:
        try:
            reports = import_paths(
                opened.vault,
                paths,
                accept_mismatch=chosen,
                progress=throttled(progress),
                cancel=lambda: cancel.cancelled,
            )
        except ImportCancelled:
            return ImportRun(cancelled=True)
        return ImportRun(reports)

    return work
