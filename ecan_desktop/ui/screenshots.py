"""``ecan-desktop screenshots``: every main view of a profile rendered offscreen to PNG.

For the README, the documentation and reviews: the real window, unlocked, at a fixed size, in one
language and theme, each view after the whole record has been built. Nothing is written but the
PNG files in the folder asked for (they show the record: keep them where the record may be).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ScreenshotRequest:
    profile: str
    passphrase: str
    language: str
    out_dir: Path
    data_dir: str | None = None
    size: tuple[int, int] = (1280, 800)
    theme: str = "light"
    views: tuple[str, ...] | None = None  # keys of record_frame.VIEW_KEYS; None: all


def take_screenshots(request: ScreenshotRequest) -> list[Path]:
    """Render each view of *request.profile* to ``NN-name.png``; returns the files written."""
    # Offscreen unless the caller chose a platform: this needs no display at all.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ecan_desktop.paths import AppPaths
    from ecan_desktop.settings import Theme
    from ecan_desktop.ui.app import create_app
    from ecan_desktop.ui.app_window import AppWindow
    from ecan_desktop.ui.context import AppContext
    from ecan_desktop.ui.language import apply_language
    from ecan_desktop.ui.record_frame import VIEW_KEYS
    from ecan_desktop.ui.theme import apply_theme

    paths = AppPaths.resolve(request.data_dir)
    app = QApplication.instance() or create_app(["ecan-desktop"])
    assert isinstance(app, QApplication)
    apply_theme(app, Theme(request.theme))
    apply_language(app, request.language)
    context = AppContext.create(paths, language=request.language, synchronous=True)
    window = AppWindow(context)
    window.resize(*request.size)
    window.show()
    try:
        info = context.store.find(request.profile)
        failure: list[BaseException] = []
        context.vault.unlock(
            info.id, request.passphrase, on_result=window.show_record, on_error=failure.append
        )
        if failure:
            raise failure[0]
        frame = window.record_frame
        _wait(app, lambda: frame.view_data is not None)
        request.out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for index, name in enumerate(VIEW_KEYS):
            if request.views is not None and name not in request.views:
                continue
            frame.show_view(index)
            _settle(app)
            path = request.out_dir / f"{index + 1:02d}-{name}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
        frame.lock()
        _settle(app)
        return written
    finally:
        window.close()
        context.shutdown()


def _wait(app: object, condition: Callable[[], bool], seconds: float = 60.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        QApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("the record was not ready in time")
        time.sleep(0.01)


def _settle(app: object) -> None:
    """Let layouts, deferred fills and charts finish before the grab."""
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.02)
