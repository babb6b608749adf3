"""STYLE.md rule 1: Qt only in ecan_desktop/ui/ and ecan_desktop/i18n/qt_*.py; --help and
--version load nothing heavy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "ecan_desktop"
QT_ALLOWED = ("ecan_desktop.ui", "ecan_desktop.i18n.qt_")


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(p for p in parts if p != "__init__")
        if name.startswith(QT_ALLOWED) or name == "ecan_desktop.__main__":
            continue
        names.append(name)
    return names


def loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_every_core_module_is_listed() -> None:
    modules = core_modules()
    assert "ecan_desktop.vault.store" in modules and "ecan_desktop.cli" in modules
    assert not any(m.startswith("ecan_desktop.ui") for m in modules)


def test_no_core_module_imports_qt() -> None:
    imports = "\n".join(f"import {name}" for name in core_modules())
    loaded = loaded_after(imports)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_load_no_qt_reportlab_or_requests(flag: str) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from ecan_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main([{flag!r}])\n"
        "    except SystemExit:\n"
        "        pass"
    )
    loaded = loaded_after(code)
    heavy = {m for m in loaded if m.split(".")[0] in {"PySide6", "reportlab", "requests"}}
    assert heavy == set()
    assert "sqlcipher3" not in loaded


def test_ruff_bans_qt_outside_the_ui() -> None:
    text = (REPO / "pyproject.toml").read_text()
    assert '"PySide6".msg' in text
