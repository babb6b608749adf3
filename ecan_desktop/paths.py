"""Where ecan-desktop keeps its files, and where its shipped resources are.

The data directory is the platform's user data directory (``platformdirs``), overridden by
``--data-dir`` or the ``ECAN_DATA_DIR`` environment variable. Each patient profile lives in
``<data>/profiles/<id>/``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "ecan-desktop"
DATA_DIR_ENV = "ECAN_DATA_DIR"
_CHECKOUT_MARKER = "ecan-resources.txt"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def profiles_dir(self) -> Path:
        return self.data_dir / "profiles"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """The paths for an explicit directory, else ``$ECAN_DATA_DIR``, else the platform's."""
        if data_dir is None:
            data_dir = os.environ.get(DATA_DIR_ENV) or None
        if data_dir is None:
            import platformdirs

            data_dir = platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)
        return cls(Path(data_dir).expanduser().absolute())


def resources_root() -> Path:
    """The ``resources/`` directory, whether we run frozen, from a checkout or from a wheel.

    - a PyInstaller bundle unpacks data under ``sys._MEIPASS``: ``<_MEIPASS>/resources``;
    - a source checkout (and an editable install) has ``resources/`` beside ``ecan_desktop/``;
    - a wheel carries it as the data package ``ecan_desktop.resources`` (see pyproject.toml).
    """
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_dir:
        return Path(bundle_dir) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / _CHECKOUT_MARKER).is_file():
        return checkout
    # Imported here: importlib.resources takes ~3 ms to load and only a wheel install needs it
    # (the start screen asks for a resource before its first window).
    from importlib import resources as importlib_resources

    installed = Path(str(importlib_resources.files("ecan_desktop") / "resources"))
    return installed


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("demo", "manifest.json")``."""
    return resources_root().joinpath(*parts)
