"""Where files live, and the one function that finds shipped resources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ecan_desktop import paths
from ecan_desktop.paths import AppPaths, resource_path, resources_root
from tests.conftest import REPO


def test_data_dir_argument_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ECAN_DATA_DIR", str(tmp_path / "env"))
    assert AppPaths.resolve(tmp_path / "arg").data_dir == tmp_path / "arg"
    assert AppPaths.resolve().data_dir == tmp_path / "env"
    assert AppPaths.resolve().profiles_dir == tmp_path / "env" / "profiles"


def test_platform_data_dir_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ECAN_DATA_DIR")
    resolved = AppPaths.resolve().data_dir
    assert resolved.is_absolute() and "ecan-desktop" in str(resolved)


def test_resources_from_a_checkout() -> None:
    assert resources_root() == REPO / "resources"
    assert resource_path("demo", "manifest.json").is_file()


def test_resources_from_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "demo").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("demo") == tmp_path / "resources" / "demo"


def test_resources_from_an_installed_wheel(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # In a wheel there is no checkout marker beside the package: resources are package data.
    fake_module = tmp_path / "site" / "ecan_desktop" / "paths.py"
    monkeypatch.setattr(paths, "__file__", str(fake_module))
    assert resources_root() == Path(str(REPO / "ecan_desktop" / "resources"))
