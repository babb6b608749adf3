"""Collect every translatable string of ecan_desktop/ into translations/ecan_<code>.ts.

Run by ``make update-translations`` after changing user-visible text. English is the source
language, so it has no .ts file; every other language of the registry has one. Obsolete strings are
dropped; finished translations are kept. Line numbers are left out so that unrelated edits do not
churn every .ts file.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path
from xml.sax.saxutils import escape

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
    done = subprocess.run(command, cwd=REPO, check=True, capture_output=True, text=True)
    # lupdate complains about the plural forms of the messages restore_plurals() puts back.
    noise = ("Removed plural forms", "If this sounds wrong")
    for line in (done.stdout + done.stderr).splitlines():
        if line.strip() and not line.startswith(noise):
            print(line, file=sys.stderr)


PluralForms = dict[tuple[str, str, str], tuple[list[str], bool]]


def plural_forms(path: Path) -> PluralForms:
    """The numerus messages of *path*: (context, source, comment) -> (forms, finished)."""
    found: PluralForms = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found[key] = (forms, translation.get("type") is None)
    return found


def form_count(code: str, before: PluralForms) -> int:
    """How many plural forms Qt uses for *code*: as in the file's other plurals, else Qt's rules."""
    for forms, _ in before.values():
        return len(forms)
    return {"ro": 3, "pl": 3, "uk": 3, "cs": 3, "sk": 3, "hr": 3, "lt": 3, "lv": 3, "sl": 4,
            "ga": 3, "mt": 4, "hu": 1}.get(code, 2)  # fmt: skip


_CONTEXT = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>", re.S)
_PLAIN_MESSAGE = re.compile(
    r"    <message>\n        <source>(?P<source>[^<]*%n[^<]*)</source>\n"
    r"(?:        <comment>(?P<comment>[^<]*)</comment>\n)?"
    r"        <translation(?P<type> type=\"unfinished\")?>[^<]*</translation>\n"
    r"    </message>\n"
)


def _escape(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def restore_plurals(path: Path, before: PluralForms, code: str) -> None:
    """Make every message whose source has ``%n`` a plural (numerus) message again.

    lupdate marks plurals only for ``self.tr(text, "", n)``; for
    ``QCoreApplication.translate(context, text, "", n)`` it writes a plain message and drops the
    forms translators wrote. Qt picks the form by *n* at run time either way, so the file is
    what decides: the forms from before the update are put back, new ones start unfinished.
    Only those messages are rewritten, in lupdate's own layout, so the file does not churn.
    """
    text = path.read_text(encoding="utf-8")

    def plural(context: str, match: re.Match[str]) -> str:
        source, comment = match.group("source"), match.group("comment")
        key = (context, unescape(source), unescape(comment or ""))
        forms, finished = before.get(key, ([""] * form_count(code, before), False))
        done = finished and all(forms)
        lines = ['    <message numerus="yes">', f"        <source>{source}</source>"]
        if comment is not None:
            lines.append(f"        <comment>{comment}</comment>")
        lines.append("        <translation>" if done else '        <translation type="unfinished">')
        lines.extend(f"            <numerusform>{_escape(f)}</numerusform>" for f in forms)
        lines += ["        </translation>", "    </message>", ""]
        return "\n".join(lines)

    def context_block(match: re.Match[str]) -> str:
        name = unescape(match.group(1))
        body = _PLAIN_MESSAGE.sub(lambda m: plural(name, m), match.group(2))
        return f"<context>\n    <name>{match.group(1)}</name>\n{body}</context>"

    changed = _CONTEXT.sub(context_block, text)
    if changed != text:
        path.write_text(changed, encoding="utf-8")


def ts_path(code: str) -> Path:
    return HERE / f"ecan_{code}.ts"


def main() -> None:
    targets = [ts_path(lang.code) for lang in LANGUAGES if lang.code != DEFAULT_LANGUAGE]
    plurals = {path: plural_forms(path) for path in targets}
    update(targets)
    for lang in LANGUAGES:
        if lang.code != DEFAULT_LANGUAGE:
            restore_plurals(ts_path(lang.code), plurals[ts_path(lang.code)], lang.code)
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
