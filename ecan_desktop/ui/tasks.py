"""Running long work off the GUI thread (STYLE.md rule 3, after Picard's ``run_task``).

Long work is a plain function ``fn(progress, cancel) -> result``. A runner calls it somewhere else
and hands ``progress(done, total)``, the result or the error back **on the GUI thread**, through Qt
signals of a :class:`Task` that lives there. The function never sees a widget.

Three runners share one interface:

- :class:`PoolTaskRunner`: a ``QThreadPool`` for independent work (creating the demo profile);
- :class:`SerialTaskRunner`: one dedicated thread that runs jobs in order; the vault worker uses it
  because a SQLite connection may only be used by the thread that opened it (rule 4);
- :class:`SyncTaskRunner`: runs the function at once on the calling thread, for deterministic tests.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QThread, QThreadPool, Signal, Slot

T = TypeVar("T")
Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task function when the user cancelled it."""


class CancelToken:
    """Cooperative cancellation: the GUI sets it, the task checks it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise TaskCancelled()


TaskFunction = Callable[[Progress, CancelToken], T]


class Task(QObject):
    """One run of a task function, seen from the GUI thread.

    Exactly one of ``succeeded``, ``failed`` or ``cancelled`` is emitted, then ``finished``. All
    signals are emitted on the thread the task was created on (the GUI thread).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Emitted from the worker thread; queued to the slots below because this object lives in the
    # GUI thread. These carry results only, never widgets.
    _report_progress = Signal(int, int)
    _report_outcome = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self.done = False
        self._report_progress.connect(self._on_progress)
        self._report_outcome.connect(self._on_outcome)

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def execute(self, fn: TaskFunction[Any]) -> None:
        """Run *fn* on the current thread and report back through queued signals."""

        def progress(done: int, total: int) -> None:
            self._report_progress.emit(done, total)

        try:
            result = fn(progress, self.cancel_token)
        except TaskCancelled:
            self._report_outcome.emit("cancelled", None)
        except BaseException as error:  # handed to the GUI, which decides what the user sees
            if self.cancel_token.cancelled:
                self._report_outcome.emit("cancelled", None)
            else:
                self._report_outcome.emit("failed", error)
        else:
            self._report_outcome.emit("succeeded", result)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    @Slot(str, object)
    def _on_outcome(self, kind: str, payload: object) -> None:
        if self.done:
            return
        self.done = True
        if kind == "succeeded":
            self.succeeded.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()
        self.finished.emit()


class TaskRunner(Protocol):
    def run(
        self,
        fn: TaskFunction[T],
        *,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task: ...

    def shutdown(self) -> None: ...


class _RunnerBase:
    """Keeps each task alive until it has finished and wires the callbacks."""

    def __init__(self) -> None:
        self._active: set[Task] = set()

    def run(
        self,
        fn: TaskFunction[T],
        *,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        task = self._new_task(on_result, on_error, on_progress, on_cancelled)
        self._submit(lambda: task.execute(fn))
        return task

    def _submit(self, job: Callable[[], None]) -> None:
        """Run *job* where this runner runs its work."""
        raise NotImplementedError

    def _new_task(
        self,
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
        on_cancelled: Callable[[], None] | None,
    ) -> Task:
        task = Task()
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_result is not None:
            task.succeeded.connect(on_result)
        if on_error is not None:
            task.failed.connect(on_error)
        else:
            task.failed.connect(_log_unhandled)
        if on_cancelled is not None:
            task.cancelled.connect(on_cancelled)
        self._active.add(task)
        task.finished.connect(lambda: self._forget(task))
        return task

    def _forget(self, task: Task) -> None:
        self._active.discard(task)
        # Frees the C++ side and with it the connections (and the callbacks they hold).
        task.deleteLater()

    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()


def _log_unhandled(error: object) -> None:
    # The type only: an exception's text may quote vault content (STYLE.md rule 8).
    log.error("background task failed: %s", type(error).__name__)


class PoolTaskRunner(_RunnerBase):
    """Runs tasks on a private ``QThreadPool``; results come back on the GUI thread."""

    def __init__(self, max_threads: int = 2) -> None:
        super().__init__()
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)

    def _submit(self, job: Callable[[], None]) -> None:
        self._pool.start(job)

    def shutdown(self) -> None:
        """Ask running tasks to stop and wait for them (called when the window closes)."""
        self.cancel_all()
        self._pool.waitForDone()


class _SerialThread(QThread):
    """One long-lived thread that runs queued jobs in order."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ecan-vault-worker")
        self.jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            job()


class SerialTaskRunner(_RunnerBase):
    """Runs every task on the same dedicated thread, one after the other.

    Whatever a task leaves behind for the next one (an open SQLite connection) stays on that
    thread. The thread starts with the first task and stops in :meth:`shutdown`, after the tasks
    already queued (so a final "close the vault" task still runs).
    """

    def __init__(self) -> None:
        super().__init__()
        self._thread: _SerialThread | None = None

    def _submit(self, job: Callable[[], None]) -> None:
        if self._thread is None:
            self._thread = _SerialThread()
            self._thread.start()
        self._thread.jobs.put(job)

    def run_blocking(self, fn: Callable[[], None]) -> None:
        """Run *fn* on the worker thread and wait for it (only for closing down)."""
        if self._thread is None:
            fn()
            return
        finished = threading.Event()

        def job() -> None:
            try:
                fn()
            finally:
                finished.set()

        self._thread.jobs.put(job)
        finished.wait()

    def shutdown(self) -> None:
        if self._thread is None:
            return
        thread, self._thread = self._thread, None
        thread.jobs.put(None)
        thread.wait()


class SyncTaskRunner(_RunnerBase):
    """Runs the function at once on the calling thread: the same interface, for tests.

    Callbacks fire before :meth:`run` returns, so the caller must have set its "busy" state first.
    """

    def _submit(self, job: Callable[[], None]) -> None:
        # Same thread: the "queued" signals are delivered directly.
        job()

    def run_blocking(self, fn: Callable[[], None]) -> None:
        fn()

    def shutdown(self) -> None:
        self.cancel_all()
