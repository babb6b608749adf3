"""Translations: one .ts per language, placeholders intact, complete languages finished, and the
.ts files hold exactly the strings the code marks for translation."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ecan_desktop.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from ecan_desktop.i18n.message import Message
from tests.conftest import REPO

TRANSLATIONS = REPO / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
TRANSLATED = [lang for lang in LANGUAGES if lang.code != DEFAULT_LANGUAGE]


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()  # our own committed files, not outside input
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def live(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("obsolete", "vanished")


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None


def translated_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda lang: lang.code)
def test_every_language_has_a_ts_file(language: object) -> None:
    assert (TRANSLATIONS / f"ecan_{language.code}.ts").is_file()  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_translations_keep_the_placeholders(path: Path) -> None:
    for context, message in messages(path):
        if not (live(message) and finished(message)):
            continue
        source = message.findtext("source") or ""
        for text in translated_texts(message):
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
                f"{path.name} [{context}] {source!r} -> {text!r}"
            )
            assert ("%n" in text) == ("%n" in source), f"{path.name} {source!r}"


def test_languages_marked_complete_have_no_unfinished_entries() -> None:
    unfinished = {
        lang.code: [
            message.findtext("source")
            for _, message in messages(TRANSLATIONS / f"ecan_{lang.code}.ts")
            if live(message) and not finished(message)
        ]
        for lang in TRANSLATED
        if lang.complete
    }
    assert {code: texts for code, texts in unfinished.items() if texts} == {}


def test_ts_files_hold_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    committed = TRANSLATIONS / "ecan_de.ts"
    fresh = tmp_path / "ecan_de.ts"
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in (REPO / "ecan_desktop").rglob("*.py"))
    options = ["-silent", "-no-obsolete", "-locations", "none"]
    subprocess.run([str(lupdate), *options, *sources, "-ts", str(fresh)], check=True)

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(c, m.findtext("source") or "") for c, m in messages(path) if live(m)}

    missing = keys(fresh) - keys(committed)
    stale = keys(committed) - keys(fresh)
    assert not missing and not stale, (
        f"run `make update-translations`: missing {sorted(missing)[:5]}, stale {sorted(stale)[:5]}"
    )


def test_a_broken_translation_falls_back_to_the_source_text() -> None:
    message = Message("Ctx", "Imported {count} files", {"count": 3})
    assert message.render() == "Imported 3 files"
    assert message.render(lambda c, s: "Importate {numar} fișiere") == "Imported 3 files"
    assert message.render(lambda c, s: "{count} fișiere importate") == "3 fișiere importate"


def test_nested_messages_are_translated_too() -> None:
    inner = Message("Ctx", "unknown")
    outer = Message("Ctx", "born {date}", {"date": inner})
    table = {"unknown": "necunoscut", "born {date}": "născut(ă) {date}"}
    assert outer.render(lambda c, s: table[s]) == "născut(ă) necunoscut"


def test_every_plural_text_in_the_code_is_in_the_translations() -> None:
    """lupdate silently skips ``translate(context, "%n …", "", len(x))`` (a call or an attribute
    as the count); such a text would stay English in every language. update_ts.py makes every
    ``%n`` text a plural message, whichever way the code asks for it."""
    in_code = set()
    for path in (REPO / "ecan_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in ("tr", "translate"):
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and "%n" in str(arg.value):
                    in_code.add(str(arg.value))
    assert len(in_code) > 20  # the scan finds the plurals at all
    in_ts = {m.findtext("source") or "" for _, m in messages(TRANSLATIONS / "ecan_de.ts")}
    plural = {
        m.findtext("source") or ""
        for _, m in messages(TRANSLATIONS / "ecan_de.ts")
        if m.get("numerus") == "yes"
    }
    assert sorted(in_code - in_ts) == []
    assert sorted(in_code - plural) == []
