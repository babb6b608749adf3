"""What an importer hands to the vault: resources, where they came from, and what was wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ecan_desktop.errors import EXIT_INPUT_REJECTED, EcanError
from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP, Message
from ecan_desktop.vault.store import NewSource


@dataclass(frozen=True)
class Problem:
    """A part of the input that was skipped, repaired or kept although wrong: where (a JSON path,
    or ``line N`` in NDJSON) and why.

    ``skipped`` is True when the part was left out of the record (``counts["skipped"]``); False
    when it was imported all the same (an id given, a narrative without its text, a reference to
    a resource that is not there).
    """

    path: str
    reason: Message
    skipped: bool = True

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason.render()}


@dataclass(frozen=True)
class ImportBatch:
    source: NewSource
    format: str
    resources: list[dict[str, Any]]
    problems: list[Problem] = field(default_factory=list)
    # The Bundle fullUrl of each resource (None for a single resource or an entry without one).
    full_urls: list[str | None] = field(default_factory=list)
    # Where each resource is in the file: "$.entry[3].resource", "$" or "line 7" (for problems).
    paths: list[str] = field(default_factory=list)


class ImportRejected(EcanError):
    """Nothing usable in the input. ``reason`` says why, in words a patient understands."""

    context = "ImportErrors"
    source = QT_TRANSLATE_NOOP("ImportErrors", "{file} was not imported: {reason}")
    exit_code = EXIT_INPUT_REJECTED

    def __init__(self, *, file: str, reason: Message, path: str = "") -> None:
        super().__init__(file=file, reason=reason)
        self.reason = reason
        self.path = path
