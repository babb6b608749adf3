"""Locking after a time without use.

An application-wide event filter notes the last key press, click, wheel turn or touch (mouse moves
count only while a button is held, so a cat on the desk or a jittery mouse does not keep the
record open); a timer compares it with the chosen idle time. The watcher runs only while a record
is shown, and the window asks it to wait while work on the vault is under way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        minutes: int,
        *,
        busy: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._busy = busy
        self._timeout = minutes * 60.0
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._installed = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_seconds(minutes * 60.0)

    def set_timeout_seconds(self, seconds: float) -> None:
        self._timeout = seconds
        if self.active:
            self._timer.start(self._interval_ms())

    def _interval_ms(self) -> int:
        return max(50, min(1000, int(self._timeout * 1000 / 4)))

    def start(self) -> None:
        self._last = self._clock()
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start(self._interval_ms())

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def touch(self) -> None:
        """Count now as use (the user did something)."""
        self._last = self._clock()

    def idle_seconds(self) -> float:
        return self._clock() - self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY or (
            event.type() == QEvent.Type.MouseMove and event.buttons()  # type: ignore[attr-defined]
        ):
            self._last = self._clock()
        return False

    def _check(self) -> None:
        if self._busy():
            self._last = self._clock()  # work under way counts as use
            return
        if self.idle_seconds() >= self._timeout:
            self.stop()
            self.idle.emit()
