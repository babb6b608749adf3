"""The app's settings: defaults, a round trip through settings.json, and a damaged file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from ecan_desktop.paths import AppPaths
from ecan_desktop.settings import (
    DEFAULT_AUTO_LOCK,
    TEXT_SCALE_MAX,
    TEXT_SCALE_MIN,
    Settings,
    Theme,
    load_settings,
    save_settings,
)


def test_a_first_start_has_the_defaults(app_paths: AppPaths) -> None:
    settings = load_settings(app_paths.settings_file)
    assert settings == Settings()
    assert settings.language is None  # the system's language is chosen at start-up
    assert settings.theme is Theme.SYSTEM
    assert settings.text_scale == 100
    assert settings.auto_lock_minutes == DEFAULT_AUTO_LOCK


def test_settings_round_trip_through_a_private_file(app_paths: AppPaths) -> None:
    chosen = Settings(language="el", theme=Theme.HIGH_CONTRAST, text_scale=175, auto_lock_minutes=5)
    save_settings(app_paths.settings_file, chosen)
    assert load_settings(app_paths.settings_file) == chosen
    mode = stat.S_IMODE(os.stat(app_paths.settings_file).st_mode)
    assert mode == 0o600
    # No temporary file is left beside it.
    assert [p.name for p in app_paths.settings_file.parent.iterdir()] == ["settings.json"]


def test_the_file_holds_nothing_but_the_four_settings(app_paths: AppPaths) -> None:
    save_settings(app_paths.settings_file, Settings(language="ro"))
    data = json.loads(app_paths.settings_file.read_text(encoding="utf-8"))
    assert set(data) == {"format", "language", "theme", "text_scale", "auto_lock_minutes"}


@pytest.mark.parametrize(
    "content",
    ["", "{", "[]", "null", '{"theme": 3}', b"\xff\xfe".decode("latin-1")],
)
def test_a_damaged_file_gives_the_defaults(app_paths: AppPaths, content: str) -> None:
    app_paths.settings_file.parent.mkdir(parents=True)
    app_paths.settings_file.write_text(content, encoding="utf-8")
    assert load_settings(app_paths.settings_file) == Settings()


def test_each_bad_value_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "language": "xx",
                "theme": "dark",
                "text_scale": 900,
                "auto_lock_minutes": 7,
            }
        ),
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.language is None
    assert settings.theme is Theme.DARK
    assert settings.text_scale == TEXT_SCALE_MAX
    assert settings.auto_lock_minutes == DEFAULT_AUTO_LOCK
    path.write_text(json.dumps({"text_scale": True, "auto_lock_minutes": 30}), encoding="utf-8")
    assert load_settings(path) == Settings(auto_lock_minutes=30)  # a boolean is not a number


def test_changes_are_checked_too() -> None:
    settings = Settings().with_changes(text_scale=50, language="de", auto_lock_minutes=30)
    assert settings.text_scale == TEXT_SCALE_MIN
    assert settings.language == "de"
    assert settings.auto_lock_minutes == 30
    assert Settings().with_changes(theme="light").theme is Theme.LIGHT
