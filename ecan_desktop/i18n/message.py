"""Translatable messages for code that runs without Qt.

Pure modules mark their text with :func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` collects it
into ``translations/*.ts``; the text is translated only when it is displayed (by the UI through
``QCoreApplication.translate``, by the command line in English). Placeholders are named (``{path}``)
and filled *after* translation, so a translator can move them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark *source* for translation in *context*; returns it unchanged."""
    del context
    return source


def untranslated(context: str, source: str) -> str:
    """The identity translation used by the command line."""
    del context
    return source


@dataclass(frozen=True)
class Message:
    """A sentence a user will read, kept untranslated until display time."""

    context: str
    source: str
    fields: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, translate: Translate = untranslated) -> str:
        text = translate(self.context, self.source)
        # A field may itself be a message (e.g. "no backup found"): translate it the same way.
        fields = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.fields.items()
        }
        try:
            return text.format(**fields)
        except (KeyError, IndexError, ValueError):
            # A broken translation must not hide the message: fall back to the source text.
            return self.source.format(**fields)

    def __str__(self) -> str:
        return self.render()
