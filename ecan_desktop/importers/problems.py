"""An import's problems: which are listed, and how they are kept with the source (plain JSON,
read back as messages).

A file can hold the same defect thousands of times; the user needs to know which kinds there are,
where the first ones are, and how many there were in all. So the problems are listed in the order
of the file, at most :data:`MAX_PER_KIND` of each kind (:func:`listed_problems`), and counted in
full. The same list is shown in the preview, in the result, in ``import --json`` and, through the
vault (``Vault.put_batch(problems=…)``), in the Sources view long after the import. The reason is
kept untranslated (context, source text and fields), so it is shown in whatever language the user
reads at that time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers.batch import Problem

# A file can be broken in many places; the first ones say enough, the count says the rest.
MAX_KEPT_PROBLEMS = 100
MAX_PER_KIND = 20
_PLAIN = (str, int, float, bool)
_PLACE = re.compile(r"^line (\d+)|entry\[(\d+)\]")


def _place(problem: Problem) -> tuple[int, ...]:
    """Which entry or line: (entry,), (line,), (line, entry), () for the file as a whole; the
    problems of one entry stay in the order they were found."""
    return tuple(int(a or b) for a, b in _PLACE.findall(problem.path))


def listed_problems(problems: Sequence[Problem]) -> list[Problem]:
    """The problems to list: in the order of the file, at most :data:`MAX_PER_KIND` of each kind
    (the same reason, whatever its fields); how many there were in all is ``len(problems)``."""
    listed: list[Problem] = []
    per_kind: dict[tuple[str, str], int] = {}
    for problem in sorted(problems, key=_place):
        kind = (problem.reason.context, problem.reason.source)
        per_kind[kind] = per_kind.get(kind, 0) + 1
        if per_kind[kind] <= MAX_PER_KIND:
            listed.append(problem)
    return listed


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
