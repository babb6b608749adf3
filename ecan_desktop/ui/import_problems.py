"""An import's problems in plain words: where in the file, and what was skipped or repaired.

The importer reports each problem with a JSON path (``$.entry[2].resource``, ``line 7``) and a
translatable reason. A patient does not read JSON paths: the entry or line number is enough to
tell the centre where to look, so the path becomes "Entry 3" (counted from 1) or "Line 7", and a
path inside a file that holds one resource (``$.subject``) becomes "In the file". The whole path
stays in ``import --json``.

The references of one entry to records that are neither in the file nor in the record are one line
(``importers.problems.grouped_problems``): "Entry 18: it refers to 46 records that are neither in
the file nor in your record (Observation/79960, Observation/79961, Observation/78964 and 43 more)."
The headings count problems, one per record referred to, as ``import --json`` does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ecan_desktop.importers.batch import Problem
from ecan_desktop.importers.problems import ProblemLine, grouped_problems
from ecan_desktop.ui.error_text import qt_translate

_ENTRY = re.compile(r"^\$\.entry\[(\d+)\]")
_LINE = re.compile(r"^line (\d+)")
MAX_SHOWN = 12


def problem_text(problem: Problem) -> str:
    """ "Entry 3: an empty entry (null) was skipped." in the user's language."""
    return _placed(problem.path, problem.reason.render(qt_translate).rstrip("."))


def _missing_text(line: ProblemLine) -> str:
    """The reason of a grouped line: how many records, and the first ones by name."""
    records = ", ".join(line.targets)  # references (Observation/79960), no words to translate
    rest = line.count - len(line.targets)
    if rest > 0:
        records = QCoreApplication.translate("ImportProblems", "{records} and %n more", "", rest)
        records = records.format(records=", ".join(line.targets))
    count = line.count
    return QCoreApplication.translate(
        "ImportProblems",
        "it refers to %n records that are neither in the file nor in your record ({records})",
        "",
        count,
    ).format(records=records)


def line_text(line: ProblemLine) -> str:
    """One line of the list: a problem, or the references of one entry to missing records."""
    if not line.grouped:
        return problem_text(line.first)
    return _placed(line.first.path, _missing_text(line))


def _placed(path: str, reason: str) -> str:
    entry, line = _ENTRY.match(path), _LINE.match(path)
    if entry is not None:
        return QCoreApplication.translate("ImportProblems", "Entry {number}: {reason}.").format(
            number=int(entry.group(1)) + 1, reason=reason
        )
    if line is not None:
        return QCoreApplication.translate("ImportProblems", "Line {number}: {reason}.").format(
            number=int(line.group(1)), reason=reason
        )
    if path in ("", "$") or path.startswith("$."):
        return QCoreApplication.translate("ImportProblems", "In the file: {reason}.").format(
            reason=reason
        )
    return QCoreApplication.translate("ImportProblems", "At {place}: {reason}.").format(
        place=path, reason=reason
    )


def problems_heading(found: int) -> str:
    return QCoreApplication.translate(
        "ImportProblems", "%n problem(s) found in the file:", None, found
    )


def bullet_lines(problems: Sequence[Problem]) -> tuple[list[str], int]:
    """All the lines for *problems* ("• Entry 3: …"), and how many problems the first
    :data:`MAX_SHOWN` lines stand for."""
    grouped = grouped_problems(problems)
    shown = sum(line.count for line in grouped[:MAX_SHOWN])
    return [f"• {line_text(line)}" for line in grouped], shown


def problem_lines(problems: Sequence[Problem], found: int | None = None) -> list[str]:
    """A heading that counts the problems, and the first lines (the missing records an entry
    refers to make one); *found* counts those not kept as well."""
    total = len(problems) if found is None else max(found, len(problems))
    if not total:
        return []
    bullets, shown = bullet_lines(problems)
    lines = [problems_heading(total), *bullets[:MAX_SHOWN]]
    extra = total - shown
    if extra > 0:
        lines.append(QCoreApplication.translate("ImportProblems", "…and %n more.", None, extra))
    return lines
