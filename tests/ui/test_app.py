"""The composition root: ``ecan-desktop`` without a command builds the window and runs the loop."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ecan_desktop.ui import app as app_module
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[AppWindow]]:
    """Run ``run_app`` up to ``exec``; hand back the windows it showed, then close them."""
    built: list[AppWindow] = []
    real_build = app_module.build_main_window

    def build(context: AppContext) -> AppWindow:
        built.append(real_build(context))
        return built[-1]

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app_module, "build_main_window", build)
    old_umask = os.umask(0o022)
    os.umask(old_umask)
    yield built
    os.umask(old_umask)
    for window in built:
        window.close()  # closes the vault worker and the pool, as quitting would


def test_run_app_shows_the_start_window_for_the_data_directory(
    no_event_loop: list[AppWindow], tmp_path: Path
) -> None:
    assert app_module.run_app(data_dir=str(tmp_path), language="en", kiosk=False) == 0
    assert len(no_event_loop) == 1
    window = no_event_loop[0]
    assert window.isVisible()
    assert window.context.paths.data_dir == tmp_path
    assert window.context.store.profiles_dir == tmp_path / "profiles"
    assert window.windowTitle() == "ecan-desktop"
    assert window.profiles_page.empty_title.text() == "No profiles yet"
    assert window.width() >= window.minimumWidth()
    assert QApplication.applicationName() == "ecan-desktop"
    # Files the app writes are private to the user (STYLE.md rule 8).
    current = os.umask(0o077)
    assert current == 0o077


def test_kiosk_mode_fills_the_screen(no_event_loop: list[AppWindow], tmp_path: Path) -> None:
    assert app_module.run_app(data_dir=str(tmp_path), language=None, kiosk=True) == 0
    window = no_event_loop[0]
    assert window.isFullScreen()
    assert window.context.kiosk is True


def test_without_a_display_the_app_says_so_instead_of_aborting(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "ecan_desktop", "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "no graphical desktop was found" in result.stderr
    assert "Traceback" not in result.stderr and "core dumped" not in result.stderr
    assert app_module.missing_display({"WAYLAND_DISPLAY": "wayland-0"}) is False


def test_a_first_start_speaks_the_system_language_when_it_is_complete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ecan_desktop.i18n.languages import best_match

    assert best_match(["el_GR", "en_US"]) == "el"
    assert best_match(["fi_FI", "de_AT"]) == "de"  # Finnish is not finished yet
    assert best_match(["fi_FI"]) == "en"
    monkeypatch.setattr(app_module, "system_language", lambda: "pl")
    assert app_module.choose_language(None) == "pl"
    assert app_module.choose_language(None, saved="bg") == "bg"  # the user's choice wins
    assert app_module.choose_language("fr", saved="bg") == "fr"  # and --lang over that


def test_the_saved_look_and_language_apply_at_start(
    no_event_loop: list[AppWindow], tmp_path: Path, shipped: Path
) -> None:
    from ecan_desktop.paths import AppPaths
    from ecan_desktop.settings import Settings, Theme, save_settings
    from ecan_desktop.ui.theme import HIGH_CONTRAST
    from ecan_desktop.ui.typography import unscaled_point_size

    save_settings(
        AppPaths.resolve(tmp_path).settings_file,
        Settings(language="de", theme=Theme.HIGH_CONTRAST, text_scale=150, auto_lock_minutes=5),
    )
    assert app_module.run_app(data_dir=str(tmp_path), language=None, kiosk=False) == 0
    window = no_event_loop[0]
    assert window.context.language == "de"
    assert window.context.settings.auto_lock_minutes == 5
    assert window.profiles_page.empty_title.text() == "Noch keine Profile"
    palette = QApplication.palette()
    assert palette.color(palette.ColorRole.Window).name() == HIGH_CONTRAST.window
    assert QApplication.font().pointSizeF() == pytest.approx(1.5 * unscaled_point_size())
