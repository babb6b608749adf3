"""The one thread that owns the open profile (STYLE.md rule 4).

SQLCipher connections are bound to the thread that opened them, so unlocking (the slow key
derivation plus opening the database), every read and the final close all run on the same
dedicated thread (a :class:`~ecan_desktop.ui.tasks.SerialTaskRunner`). The GUI never holds the
:class:`OpenProfile`: it asks for plain dataclasses and gets them back through task signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ecan_desktop.record.overview import RecordOverview, load_overview
from ecan_desktop.ui.tasks import CancelToken, Progress, SerialTaskRunner, SyncTaskRunner, Task
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore

T = TypeVar("T")


class VaultWorker:
    """Unlocks one profile at a time and serves reads from it on its own thread."""

    def __init__(self, store: ProfileStore, runner: SerialTaskRunner | SyncTaskRunner) -> None:
        self._store = store
        self._runner = runner
        # Touched only by functions running on the runner's thread.
        self._opened: OpenProfile | None = None

    def unlock(
        self,
        profile_id: str,
        passphrase: str,
        *,
        on_result: Callable[[RecordOverview], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Unlock *profile_id* and read its overview; an open profile is closed first."""

        def work(progress: Progress, cancel: CancelToken) -> RecordOverview:
            del progress, cancel  # key derivation cannot be interrupted; it takes under a second
            self._close_on_worker()
            opened = self._store.unlock(profile_id, passphrase)
            try:
                overview = load_overview(opened)
            except BaseException:
                opened.close()
                raise
            self._opened = opened
            return overview

        return self._runner.run(work, on_result=on_result, on_error=on_error)

    def lock(
        self,
        *,
        on_done: Callable[[None], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Close the vault and forget its key."""

        def work(progress: Progress, cancel: CancelToken) -> None:
            del progress, cancel
            self._close_on_worker()

        return self._runner.run(work, on_result=on_done, on_error=on_error)

    def read(
        self,
        fn: Callable[[OpenProfile], T],
        *,
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Run ``fn(opened)`` on the worker thread; *fn* must return plain data, not the vault."""

        def work(progress: Progress, cancel: CancelToken) -> T:
            del progress, cancel
            if self._opened is None:
                raise RuntimeError("no profile is unlocked")
            return fn(self._opened)

        return self._runner.run(work, on_result=on_result, on_error=on_error)

    def _close_on_worker(self) -> None:
        opened, self._opened = self._opened, None
        if opened is not None:
            opened.close()

    def shutdown(self) -> None:
        """Close any open profile on its own thread, then stop the thread (blocking)."""
        self._runner.run_blocking(self._close_on_worker)
        self._runner.shutdown()
