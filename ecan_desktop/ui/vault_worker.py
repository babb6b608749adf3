"""The one thread that owns the open profile (STYLE.md rule 4).

SQLCipher connections are bound to the thread that opened them, so unlocking (the slow key
derivation plus opening the database), every read and write, and the final close all run on the
same dedicated thread (a :class:`~ecan_desktop.ui.tasks.SerialTaskRunner`). The GUI never holds the
:class:`OpenProfile`: it asks for plain dataclasses and gets them back through task signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ecan_desktop.ui.tasks import CancelToken, Progress, SerialTaskRunner, SyncTaskRunner, Task
from ecan_desktop.vault.profiles import OpenProfile, ProfileInfo, ProfileStore
from ecan_desktop.vault.records import SourceRecord

if TYPE_CHECKING:
    from ecan_desktop.record.model import PatientRecord
    from ecan_desktop.record.overview import RecordOverview

T = TypeVar("T")
VaultJob = Callable[[OpenProfile, Progress, CancelToken], T]


@dataclass(frozen=True)
class RecordData:
    """Everything the record window shows, read in one go on the worker thread."""

    info: ProfileInfo
    overview: RecordOverview
    sources: tuple[SourceRecord, ...]
    remembered: bool


@dataclass(frozen=True)
class CreatedRecord:
    """A new profile, already open. The recovery code is held only until the user has kept it."""

    data: RecordData
    recovery_code: str
    remember_error: BaseException | None = None


@dataclass(frozen=True)
class RecordViewData:
    """The whole oncology record for the record views, built on the worker after the window shows.

    Building it reads and interprets every stored resource (seconds for a very large record), so
    the window opens with :class:`RecordData` first and the views fill in when this arrives.
    """

    info: ProfileInfo
    record: PatientRecord
    sources: tuple[SourceRecord, ...]


def load_full_record(opened: OpenProfile) -> RecordViewData:
    """Build the oncology record; call only on the thread that opened *opened*."""
    from ecan_desktop.record.build import build_record

    return RecordViewData(
        info=opened.info,
        record=build_record(opened.vault),
        sources=tuple(opened.vault.sources()),
    )


def load_record(opened: OpenProfile) -> RecordData:
    """Read what the record window shows; call only on the thread that opened *opened*."""
    # Imported here: the read model loads with the first record, not with the start screen.
    from ecan_desktop.record.overview import load_overview

    return RecordData(
        info=opened.info,
        overview=load_overview(opened),
        sources=tuple(opened.vault.sources()),
        remembered=opened.remembered,
    )


class VaultWorker:
    """Opens one profile at a time and serves reads and writes from it on its own thread."""

    def __init__(self, store: ProfileStore, runner: SerialTaskRunner | SyncTaskRunner) -> None:
        self._store = store
        self._runner = runner
        # Touched only by functions running on the runner's thread.
        self._opened: OpenProfile | None = None

    # -- opening ----------------------------------------------------------------------------------
    def _open(self, opener: Callable[[], OpenProfile]) -> RecordData:
        """On the worker: close what is open, open anew, read the record."""
        self._close_on_worker()
        opened = opener()
        try:
            data = load_record(opened)
        except BaseException:
            opened.close()
            raise
        self._opened = opened
        return data

    def unlock(
        self,
        profile_id: str,
        passphrase: str,
        *,
        on_result: Callable[[RecordData], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Unlock with the passphrase (the key derivation takes under a second, uncancellable)."""

        def work(progress: Progress, cancel: CancelToken) -> RecordData:
            del progress, cancel
            return self._open(lambda: self._store.unlock(profile_id, passphrase))

        return self._runner.run(work, on_result=on_result, on_error=on_error)

    def unlock_remembered(
        self,
        profile_id: str,
        *,
        on_result: Callable[[RecordData | None], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Unlock with the secret this computer remembers; None when it remembers nothing."""

        def work(progress: Progress, cancel: CancelToken) -> RecordData | None:
            del progress, cancel
            if not self._store.is_remembered(profile_id):
                return None
            return self._open(lambda: self._store.unlock_remembered(profile_id))

        return self._runner.run(work, on_result=on_result, on_error=on_error)

    def unlock_with_recovery_code(
        self,
        profile_id: str,
        recovery_code: str,
        new_passphrase: str,
        *,
        on_result: Callable[[RecordData], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Unlock with the recovery code and set a new passphrase."""

        def work(progress: Progress, cancel: CancelToken) -> RecordData:
            del progress, cancel
            return self._open(
                lambda: self._store.unlock_with_recovery_code(
                    profile_id, recovery_code, new_passphrase
                )
            )

        return self._runner.run(work, on_result=on_result, on_error=on_error)

    def create(
        self,
        label: str,
        passphrase: str,
        *,
        patient_name: str | None,
        birth_date: str | None,
        remember: bool,
        on_result: Callable[[CreatedRecord], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Create a profile and open it; "remember" failing does not undo the creation."""

        def work(progress: Progress, cancel: CancelToken) -> CreatedRecord:
            del progress, cancel
            created = self._store.create(
                label, passphrase, patient_name=patient_name, birth_date=birth_date
            )
            data = self._open(lambda: self._store.unlock(created.info.id, passphrase))
            remember_error: BaseException | None = None
            if remember and self._opened is not None:
                try:
                    self._opened.set_remembered(True)
                except Exception as error:  # the keyring's own failure: shown, not fatal
                    remember_error = error
                data = load_record(self._opened)
            return CreatedRecord(data, created.recovery_code, remember_error)

        return self._runner.run(work, on_result=on_result, on_error=on_error)

    # -- working on the open profile --------------------------------------------------------------
    def call(
        self,
        fn: VaultJob[T],
        *,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        """Run ``fn(opened, progress, cancel)`` on the worker; it must return plain data."""

        def work(progress: Progress, cancel: CancelToken) -> T:
            if self._opened is None:
                raise RuntimeError("no profile is unlocked")
            return fn(self._opened, progress, cancel)

        return self._runner.run(
            work,
            on_result=on_result,
            on_error=on_error,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
        )

    def read(
        self,
        fn: Callable[[OpenProfile], T],
        *,
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Run ``fn(opened)`` on the worker thread; *fn* must return plain data, not the vault."""
        return self.call(lambda opened, _p, _c: fn(opened), on_result=on_result, on_error=on_error)

    def reload(
        self,
        *,
        on_result: Callable[[RecordData], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        return self.read(load_record, on_result=on_result, on_error=on_error)

    def load_full_record(
        self,
        *,
        on_result: Callable[[RecordViewData], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        return self.read(load_full_record, on_result=on_result, on_error=on_error)

    # -- closing ----------------------------------------------------------------------------------
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

    def delete_open_profile(
        self,
        *,
        on_done: Callable[[str], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        """Close the open profile and delete it for good; hands back its label."""

        def work(progress: Progress, cancel: CancelToken) -> str:
            del progress, cancel
            if self._opened is None:
                raise RuntimeError("no profile is unlocked")
            info = self._opened.info
            self._close_on_worker()
            self._store.delete(info.id)
            return info.label

        return self._runner.run(work, on_result=on_done, on_error=on_error)

    def _close_on_worker(self) -> None:
        opened, self._opened = self._opened, None
        if opened is not None:
            opened.close()

    def shutdown(self) -> None:
        """Close any open profile on its own thread, then stop the thread (blocking)."""
        self._runner.run_blocking(self._close_on_worker)
        self._runner.shutdown()
