"""The composition root: builds the application, its one context, and the first window.

``run_app`` is what ``ecan-desktop`` runs without a command. Tests use :func:`create_app` and
:func:`build_main_window`, which do everything but enter the event loop.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from ecan_desktop import __version__
from ecan_desktop.i18n.languages import DEFAULT_LANGUAGE, is_supported
from ecan_desktop.paths import APP_NAME, AppPaths
from ecan_desktop.settings import Settings, load_settings
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.appearance import apply_appearance
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.language import apply_language, system_language
from ecan_desktop.ui.theme import follow_system_scheme
from ecan_desktop.ui.typography import ensure_readable_base_font

DEFAULT_WINDOW = (1280, 800)


def create_app(argv: list[str] | None = None, settings: Settings | None = None) -> QApplication:
    """The QApplication (reused if one exists): Fusion, the theme and text size of *settings*
    (default: the system's colours at 100 %), a readable base font."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    ensure_readable_base_font()
    apply_appearance(app, settings if settings is not None else Settings())
    follow_system_scheme(app)
    return app


def choose_language(requested: str | None, saved: str | None = None) -> str:
    """``--lang`` when we know it, else the language chosen before (settings.json), else the
    system's language when we ship it complete, else English."""
    if requested:
        code = requested.replace("-", "_").split("_")[0].lower()
        if is_supported(code):
            return code
        print(
            f"ecan-desktop: no language “{requested}”; showing the app in English.",
            file=sys.stderr,
        )
        return DEFAULT_LANGUAGE
    if saved and is_supported(saved):
        return saved
    return system_language()


def build_context(
    data_dir: str | None, language: str, kiosk: bool, settings: Settings | None = None
) -> AppContext:
    return AppContext.create(
        AppPaths.resolve(data_dir), kiosk=kiosk, language=language, settings=settings
    )


def build_main_window(context: AppContext) -> AppWindow:
    window = AppWindow(context)
    # Not window.screen(): with PySide6 6.11 the QScreen it returns can end up deleted with the
    # window's wrapper, and the next widget created crashes on the dangling screen.
    screen = QApplication.primaryScreen().availableGeometry()
    width = min(DEFAULT_WINDOW[0], round(screen.width() * 0.9))
    height = min(DEFAULT_WINDOW[1], round(screen.height() * 0.9))
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    return window


def missing_display(environ: dict[str, str] | None = None) -> bool:
    """True on Linux/BSD when there is no screen to open a window on, and no platform was chosen.

    Qt would otherwise abort with a core dump and a page about xcb plugins.
    """
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin"):
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_app(data_dir: str | None, language: str | None, kiosk: bool) -> int:
    os.umask(0o077)  # nothing we write may be readable by other users (STYLE.md rule 8)
    if missing_display():
        print(
            "ecan-desktop: no graphical desktop was found (DISPLAY and WAYLAND_DISPLAY are not "
            "set). Start ecan-desktop from your desktop session; the commands in "
            "“ecan-desktop --help” work without one.",
            file=sys.stderr,
        )
        return 1
    paths = AppPaths.resolve(data_dir)
    settings = load_settings(paths.settings_file)
    app = create_app(sys.argv[:1], settings)
    code = choose_language(language, settings.language)
    apply_language(app, code)
    context = build_context(data_dir, code, kiosk, settings)
    app.aboutToQuit.connect(context.shutdown)
    window = build_main_window(context)
    if kiosk:
        window.showFullScreen()
    else:
        window.show()
    return int(app.exec())
