"""The "Try the demo" action: creates the demo profile in the background, with progress and Cancel.

Creating it derives two keys and imports the demo centres' summaries: more than half a second, so
it runs through the task runner with a progress bar and a working Cancel (STYLE.md rule 3).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.tasks import CancelToken, Progress, Task
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.vault.profiles import ProfileInfo, ProfileStore


def make_demo_profile(store: ProfileStore) -> Callable[[Progress, CancelToken], ProfileInfo]:
    """The task function: ``fn(progress, cancel)``; runs on a pool thread, returns plain data."""

    def work(progress: Progress, cancel: CancelToken) -> ProfileInfo:
        from ecan_desktop.demo import create_demo_profile  # the importers load on first use

        def step(done: int, total: int) -> None:
            progress(done, total)
            # Raising here makes create_demo_profile delete the half-made profile.
            cancel.raise_if_cancelled()

        cancel.raise_if_cancelled()
        return create_demo_profile(store, progress=step).info

    return work


class DemoSection(QWidget):
    """An invitation with the "Try the demo" button; while working, a progress bar and Cancel."""

    created = Signal(object)  # ProfileInfo
    failed = Signal(object)  # BaseException
    busy_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task: Task | None = None
        self._running = False
        self._cancelling = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))

        self.invite = QWidget(self)
        invite_layout = QHBoxLayout(self.invite)
        invite_layout.setContentsMargins(0, 0, 0, 0)
        invite_layout.setSpacing(grid(2))
        self.invite_text = Label(TextRole.BODY, self.invite, secondary=True)
        invite_layout.addWidget(self.invite_text, 1)
        self.demo_button = QPushButton(self.invite)
        self.demo_button.setObjectName("tryDemoButton")
        self.demo_button.clicked.connect(self.start)
        invite_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.invite)

        self.working = QWidget(self)
        working_layout = QVBoxLayout(self.working)
        working_layout.setContentsMargins(0, 0, 0, 0)
        working_layout.setSpacing(grid(1))
        row = QHBoxLayout()
        row.setSpacing(grid(2))
        self.working_text = Label(TextRole.BODY, self.working)
        row.addWidget(self.working_text, 1)
        self.cancel_button = QPushButton(self.working)
        self.cancel_button.setObjectName("cancelDemoButton")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        working_layout.addLayout(row)
        self.progress = QProgressBar(self.working)
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 0)  # busy until the first step reports
        working_layout.addWidget(self.progress)
        layout.addWidget(self.working)
        self.working.hide()

        self.retranslate_ui()

    # -- state ------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._cancelling = False
        self.progress.setRange(0, 0)
        self.invite.hide()
        self.working.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        self.retranslate_ui()
        self.busy_changed.emit(True)
        # Busy before running: a synchronous runner reports back inside run().
        task = self._context.tasks.run(
            make_demo_profile(self._context.store),
            on_result=self._on_created,
            on_error=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_cancelled,
        )
        if self._running:
            self._task = task

    def cancel(self) -> None:
        if self._task is None or not self._running:
            return
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self.retranslate_ui()
        self._task.cancel()

    def _finish(self) -> None:
        self._running = False
        self._task = None
        self._cancelling = False
        self.working.hide()
        self.invite.show()
        self.busy_changed.emit(False)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_created(self, info: object) -> None:
        self._finish()
        self.created.emit(info)

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        self.failed.emit(error)

    def _on_cancelled(self) -> None:
        self._finish()
        if self.demo_button.isVisible():
            self.demo_button.setFocus()

    # -- language ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.invite_text.setText(
            self.tr("See how it works with the record of a made-up patient. No real data.")
        )
        self.demo_button.setText(self.tr("Try the demo"))
        self.demo_button.setToolTip(self.tr("Create a demo profile with a made-up cancer history"))
        if self._cancelling:
            self.working_text.setText(self.tr("Stopping and removing the demo profile…"))
        else:
            self.working_text.setText(self.tr("Creating the demo profile…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setAccessibleName(self.tr("Progress of creating the demo profile"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
