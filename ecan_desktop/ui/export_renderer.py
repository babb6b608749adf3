"""Rendering the export preview again after each change, the newest request winning.

A change of an option or of the selection asks for a render after a short pause, so that ticking
several boxes renders once. A new render cancels the one under way, and whatever an older render
still sends back (its result, its error, its progress) is dropped: the preview only ever shows
what the user asked for last. The rendering itself (``export_output.render_job``) runs in the task
runner, off the GUI thread; the runner hands its answers back on the GUI thread, where this object
emits them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ecan_desktop.ui.export_output import ExportRequest, render_job
from ecan_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from ecan_desktop.summary.data import SummaryData
    from ecan_desktop.ui.export_output import Rendered

RENDER_DELAY_MS = 300  # a pause after the last change before rendering again


class PreviewRenderer(QObject):
    due = Signal()  # the pause after the last change is over: time to render
    rendered = Signal(object, str)  # Rendered, and its kind (export_options.SUMMARY or CARD)
    failed = Signal(object)  # BaseException
    progressed = Signal(int, int)  # steps done, steps in all

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self._finished = 0  # the last generation whose render came back
        self._task: Task | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(RENDER_DELAY_MS)
        self._pending.timeout.connect(self.due)

    @property
    def busy(self) -> bool:
        """A render is under way, or due after the pause."""
        return self._task is not None or self._pending.isActive()

    def schedule(self) -> None:
        """Ask for a render after the pause; each call starts the pause again."""
        self._pending.start()

    def render(self, data: SummaryData, request: ExportRequest) -> None:
        """Render *request* now, cancelling the render under way."""
        self._pending.stop()
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation

        def done(result: Rendered) -> None:
            if generation == self._generation:
                self._finished, self._task = generation, None
                self.rendered.emit(result, request.kind)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._finished, self._task = generation, None
                self.failed.emit(error)

        def progressed(done_steps: int, total: int) -> None:
            if generation == self._generation:
                self.progressed.emit(done_steps, total)

        task = self._tasks.run(
            render_job(data, request),
            on_result=done,
            on_error=failed,
            on_progress=progressed,
        )
        if self._finished != generation:  # a synchronous runner has already answered
            self._task = task

    def stop(self) -> None:
        """Cancel the render under way or due; its late answers are dropped."""
        self._pending.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1
