"""The wheel carries every package and the resources, found as in a checkout."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

PROBE = """
import importlib, json, pkgutil, sys
import ecan_desktop
from ecan_desktop.paths import resource_path, resources_root
names = [m.name for m in pkgutil.walk_packages(ecan_desktop.__path__, "ecan_desktop.")
         if not m.name.startswith(("ecan_desktop.ui", "ecan_desktop.i18n.qt_"))
         and m.name != "ecan_desktop.__main__"]
for name in names:
    importlib.import_module(name)
print(json.dumps({
    "package": ecan_desktop.__file__,
    "resources": str(resources_root()),
    "manifest": resource_path("demo", "manifest.json").is_file(),
    "modules": names,
}))
"""


def test_wheel_installs_packages_and_resources(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for name in ("ecan_desktop", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=ignore)
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(dist),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("ecan_desktop-*.whl")
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["package"].startswith(str(site))
    assert found["resources"] == str(site / "ecan_desktop" / "resources")
    assert found["manifest"] is True
    assert "ecan_desktop.vault.store" in found["modules"]
    assert (site / "ecan_desktop" / "ui").is_dir()
