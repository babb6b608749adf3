"""An import's problems in plain words: where in the file, and what was skipped or repaired.

The importer reports each problem with a JSON path (``$.entry[2].resource``, ``line 7``) and a
translatable reason. A patient does not read JSON paths: the entry or line number is enough to
tell the centre where to look, so the path becomes "Entry 3" (counted from 1) or "Line 7", and a
path inside a file that holds one resource (``$.subject``) becomes "In the file". The whole path
stays in ``import --json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ecan_desktop.importers.batch import Problem
from ecan_desktop.ui.error_text import qt_translate

_ENTRY = re.compile(r"^\$\.entry\[(\d+)\]")
_LINE = re.compile(r"^line (\d+)")
MAX_SHOWN = 12


def problem_text(problem: Problem) -> str:
    """ "Entry 3: an empty entry (null) was skipped." in the user's language."""
    reason = problem.reason.render(qt_translate).rstrip(".")
    entry, line = _ENTRY.match(problem.path), _LINE.match(problem.path)
    if entry is not None:
        return QCoreApplication.translate("ImportProblems", "Entry {number}: {reason}.").format(
            number=int(entry.group(1)) + 1, reason=reason
        )
    if line is not None:
        return QCoreApplication.translate("ImportProblems", "Line {number}: {reason}.").format(
            number=int(line.group(1)), reason=reason
        )
    if problem.path in ("", "$") or problem.path.startswith("$."):
        return QCoreApplication.translate("ImportProblems", "In the file: {reason}.").format(
            reason=reason
        )
    return QCoreApplication.translate("ImportProblems", "At {place}: {reason}.").format(
        place=problem.path, reason=reason
    )


def problems_heading(found: int) -> str:
    return QCoreApplication.translate(
        "ImportProblems", "%n problem(s) found in the file:", None, found
    )


def problem_lines(problems: Sequence[Problem], found: int | None = None) -> list[str]:
    """A heading and the first problems, one a line; *found* counts those not kept as well."""
    total = len(problems) if found is None else max(found, len(problems))
    if not total:
        return []
    lines = [problems_heading(total)]
    lines += [f"• {problem_text(problem)}" for problem in problems[:MAX_SHOWN]]
    extra = total - min(len(problems), MAX_SHOWN)
    if extra > 0:
        lines.append(QCoreApplication.translate("ImportProblems", "…and %n more.", None, extra))
    return lines
