"""An import's problems kept with its source: written as plain JSON, read back as messages.

The vault stores what an import skipped or repaired (``Vault.put_batch(problems=…)``) so that the
Sources view can list it long after the import. The reason is kept untranslated (context, source
text and fields), so it is shown in whatever language the user reads at that time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ecan_desktop.i18n.message import Message
from ecan_desktop.importers.batch import Problem

# A file can be broken in many places; the first ones say enough, the count says the rest.
MAX_KEPT_PROBLEMS = 100
_PLAIN = (str, int, float, bool)


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
        kept.append({"path": problem.path, "reason": _message_to_json(problem.reason)})
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
            found.append(Problem(path, message))
    return found
