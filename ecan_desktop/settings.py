"""The app's own settings: how it looks and when it locks. Never anything about a patient.

They live in ``<data>/settings.json`` (``AppPaths.settings_file``), written atomically. A missing,
unreadable or hand-edited file never stops the app: each value that cannot be used falls back to
its default, so a typo in one line does not reset the others. Per-profile choices ("remember on
this computer") belong to the profile, not here.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeGuard

from ecan_desktop.atomicfile import atomic_write_text
from ecan_desktop.i18n.languages import is_supported

SETTINGS_FORMAT = 1
TEXT_SCALE_MIN = 100
TEXT_SCALE_MAX = 200
TEXT_SCALE_STEP = 25
AUTO_LOCK_CHOICES = (2, 5, 10, 15, 30, 60)  # minutes without use before the record locks
DEFAULT_AUTO_LOCK = 10


class Theme(enum.StrEnum):
    SYSTEM = "system"  # follow the desktop's light or dark colour scheme
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


@dataclass(frozen=True)
class Settings:
    language: str | None = None  # None: not chosen yet, the system's language is used
    theme: Theme = Theme.SYSTEM
    text_scale: int = TEXT_SCALE_MIN  # percent of the system's text size
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with *changes*, each checked as if it had been read from the file."""
        return _checked(replace(self, **changes))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": SETTINGS_FORMAT,
            "language": self.language,
            "theme": self.theme.value,
            "text_scale": self.text_scale,
            "auto_lock_minutes": self.auto_lock_minutes,
        }

    @classmethod
    def from_json(cls, data: object) -> Settings:
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        language = data.get("language")
        theme = data.get("theme")
        scale = data.get("text_scale")
        minutes = data.get("auto_lock_minutes")
        return _checked(
            cls(
                language=language if isinstance(language, str) else None,
                theme=Theme(theme) if _is_theme(theme) else defaults.theme,
                text_scale=scale if _is_int(scale) else 0,
                auto_lock_minutes=minutes if _is_int(minutes) else 0,
            )
        )


def _is_theme(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value in {theme.value for theme in Theme}


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _checked(settings: Settings) -> Settings:
    language = settings.language if settings.language and is_supported(settings.language) else None
    scale = min(TEXT_SCALE_MAX, max(TEXT_SCALE_MIN, settings.text_scale))
    minutes = settings.auto_lock_minutes
    if minutes not in AUTO_LOCK_CHOICES:
        minutes = DEFAULT_AUTO_LOCK
    return replace(
        settings,
        language=language,
        theme=Theme(settings.theme),
        text_scale=scale,
        auto_lock_minutes=minutes,
    )


def load_settings(path: Path) -> Settings:
    """The settings in *path*; the defaults when it is missing or cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return Settings.from_json(data)


def save_settings(path: Path, settings: Settings) -> None:
    """Replace *path* atomically (the data directory is created when needed)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_text(path, json.dumps(settings.to_json(), indent=2) + "\n")
