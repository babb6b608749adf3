"""Collect every translatable string of ecan_desktop/ into translations/ecan_<code>.ts.

Run by ``make update-translations`` after changing user-visible text. English is the source
language, so it has no .ts file; every other language of the registry has one. Obsolete strings are
dropped; finished translations are kept. Line numbers are left out so that unrelated edits do not
churn every .ts file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from ecan_desktop.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES  # noqa: E402


def lupdate_executable() -> str:
    candidate = Path(sys.executable).with_name("pyside6-lupdate")
    return str(candidate) if candidate.exists() else "pyside6-lupdate"


def source_files() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "ecan_desktop").rglob("*.py"))


def update(ts_files: list[Path], *, obsolete: bool = False) -> None:
    command = [
        lupdate_executable(),
        "-silent",
        "-locations",
        "none",
        *([] if obsolete else ["-no-obsolete"]),
        *source_files(),
        "-ts",
        *(str(p) for p in ts_files),
    ]
    subprocess.run(command, cwd=REPO, check=True)


def ts_path(code: str) -> Path:
    return HERE / f"ecan_{code}.ts"


def main() -> None:
    targets = [ts_path(lang.code) for lang in LANGUAGES if lang.code != DEFAULT_LANGUAGE]
    update(targets)
    for lang in LANGUAGES:
        if lang.code == DEFAULT_LANGUAGE:
            continue
        path = ts_path(lang.code)
        text = path.read_text(encoding="utf-8")
        # lupdate writes language="xx" only when it creates the file with a locale-shaped name.
        if 'language="' not in text:
            text = text.replace("<TS version=", f'<TS language="{lang.code}" version=', 1)
            path.write_text(text, encoding="utf-8")
    print(f"updated {len(targets)} translation files")


if __name__ == "__main__":
    main()
