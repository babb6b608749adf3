"""An import's problems: which are listed, and how they are kept with the source (plain JSON,
read back as messages).

A file can hold the same defect thousands of times; the user needs to know which kinds there are,
where the first ones are, and how many there were in all. So the problems are listed in the order
of the file, at most :data:`MAX_PER_KIND` of each kind (:func:`listed_problems`), and counted in
full. The same list is shown in the preview, in the result, in ``import --json`` and, through the
vault (``Vault.put_batch(problems=…)``), in the Sources view long after the import. The reason is
kept untranslated (context, source text and fields), so it is shown in whatever language the user
reads at that time.

One entry can refer to dozens of records the file left out (a care plan naming each result it was
based on). Each stays a problem of its own, with its exact path (``import --json``, the vault),
but the user reads them as one line, "Entry 18: it refers to 46 records that are neither in the
file nor in your record (…)" (:func:`grouped_problems`, for display). So that this line can say
how many there are, such an entry counts once towards its kind's cap and its references are listed
together, up to :data:`MAX_PER_GROUP` of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers.batch import Problem
from ecan_desktop.importers.defects import PROBLEM_MISSING, PROBLEM_MISSING_OFTEN

# A file can be broken in many places; the first ones say enough, the count says the rest.
MAX_KEPT_PROBLEMS = 100
MAX_PER_KIND = 20
# The references of one entry to records that are not there, listed (and shown as one line).
MAX_PER_GROUP = 50
# How many of those records a grouped line names; it counts the rest.
MAX_NAMED = 3
_MISSING = frozenset({("ImportErrors", PROBLEM_MISSING), ("ImportErrors", PROBLEM_MISSING_OFTEN)})
_PLAIN = (str, int, float, bool)
_PLACE = re.compile(r"^line (\d+)|entry\[(\d+)\]")


def _place(problem: Problem) -> tuple[int, ...]:
    """Which entry or line: (entry,), (line,), (line, entry), () for the file as a whole; the
    problems of one entry stay in the order they were found."""
    return tuple(int(a or b) for a, b in _PLACE.findall(problem.path))


def _group(problem: Problem) -> tuple[int, ...] | None:
    """The place whose references to missing records make one line; None for other problems."""
    if (problem.reason.context, problem.reason.source) in _MISSING:
        return _place(problem)
    return None


def listed_problems(problems: Sequence[Problem]) -> list[Problem]:
    """The problems to list: in the order of the file, at most :data:`MAX_PER_KIND` of each kind
    (the same reason, whatever its fields); how many there were in all is ``len(problems)``.

    The references of one entry to missing records count once towards their kind, and are listed
    together, at most :data:`MAX_PER_GROUP` of them."""
    listed: list[Problem] = []
    per_kind: dict[tuple[str, str], int] = {}
    per_group: dict[tuple[int, ...], int] = {}
    listed_groups: set[tuple[int, ...]] = set()
    for problem in sorted(problems, key=_place):
        group = _group(problem)
        if group is not None and group in per_group:
            per_group[group] += 1
            if group in listed_groups and per_group[group] <= MAX_PER_GROUP:
                listed.append(problem)
            continue
        if group is not None:
            per_group[group] = 1
        kind = (problem.reason.context, problem.reason.source)
        per_kind[kind] = per_kind.get(kind, 0) + 1
        if per_kind[kind] <= MAX_PER_KIND:
            listed.append(problem)
            if group is not None:
                listed_groups.add(group)
    return listed


@dataclass(frozen=True)
class ProblemLine:
    """One line of a list of problems: a problem as it is, or the references of one entry to
    records that are neither in the file nor in the record (*first* is where the first is)."""

    first: Problem
    count: int = 1  # how many problems the line stands for
    targets: tuple[str, ...] = ()  # the first records referred to (at most MAX_NAMED), if grouped

    @property
    def grouped(self) -> bool:
        return self.count > 1


def grouped_problems(problems: Sequence[Problem]) -> list[ProblemLine]:
    """The lines to show for *problems*, in their order: the references of one entry to missing
    records make one line, where the first of them was (when there are two or more); every other
    problem is a line of its own. ``sum(line.count for line in lines) == len(problems)``."""
    members: dict[tuple[int, ...], list[Problem]] = {}
    order: list[Problem | tuple[int, ...]] = []
    for problem in problems:
        group = _group(problem)
        if group is None:
            order.append(problem)
        elif group in members:
            members[group].append(problem)
        else:
            members[group] = [problem]
            order.append(group)
    lines: list[ProblemLine] = []
    for item in order:
        if isinstance(item, Problem):
            lines.append(ProblemLine(item))
            continue
        group_problems = members[item]
        if len(group_problems) == 1:
            lines.append(ProblemLine(group_problems[0]))
            continue
        targets = tuple(str(p.reason.fields.get("target", "")) for p in group_problems)
        lines.append(ProblemLine(group_problems[0], len(group_problems), targets[:MAX_NAMED]))
    return lines


def _message_to_json(message: Message) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, value in message.fields.items():
        if isinstance(value, Message):
            fields[name] = {"message": _message_to_json(value)}
        elif isinstance(value, _PLAIN) or value is None:
            fields[name] = value
        else:
            fields[name] = str(value)
    return {"context": message.context, "source": message.source, "fields": fields}


def _message_from_json(data: Mapping[str, Any]) -> Message | None:
    context, source, raw = data.get("context"), data.get("source"), data.get("fields")
    if not isinstance(context, str) or not isinstance(source, str):
        return None
    fields: dict[str, object] = {}
    for name, value in (raw if isinstance(raw, Mapping) else {}).items():
        if isinstance(value, Mapping) and isinstance(value.get("message"), Mapping):
            fields[str(name)] = _message_from_json(value["message"]) or ""
        elif isinstance(value, _PLAIN) or value is None:
            fields[str(name)] = value
    return Message(context, source, fields)


def problems_to_json(problems: Iterable[Problem]) -> list[dict[str, Any]]:
    """The first :data:`MAX_KEPT_PROBLEMS` problems as plain JSON for the vault."""
    kept: list[dict[str, Any]] = []
    for problem in problems:
        if len(kept) == MAX_KEPT_PROBLEMS:
            break
        item: dict[str, Any] = {"path": problem.path, "reason": _message_to_json(problem.reason)}
        if not problem.skipped:
            item["skipped"] = False
        kept.append(item)
    return kept


def problems_from_json(items: Iterable[Mapping[str, Any]]) -> list[Problem]:
    """The problems a source keeps, as the importer reported them; unreadable items are left out
    (a vault written by a newer version may describe them differently)."""
    found: list[Problem] = []
    for item in items:
        path, reason = item.get("path"), item.get("reason")
        if not isinstance(path, str) or not isinstance(reason, Mapping):
            continue
        message = _message_from_json(reason)
        if message is not None:
            found.append(Problem(path, message, skipped=item.get("skipped") is not False))
    return found
