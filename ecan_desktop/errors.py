"""The base of every error a user can act on.

Each error carries a translatable :class:`~ecan_desktop.i18n.message.Message` and the command line's
exit code (DESIGN.md: 0 ok, 2 usage, 3 wrong passphrase, 4 input rejected, 5 vault damaged or newer,
1 other). Dialogs and the CLI only display them.
"""

from __future__ import annotations

from typing import ClassVar

from ecan_desktop.i18n.message import Message, Translate, untranslated

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_INPUT_REJECTED = 4
EXIT_VAULT_DAMAGED = 5


class EcanError(Exception):
    """An error with a sentence saying what happened and what to do."""

    context: ClassVar[str] = "Errors"
    source: ClassVar[str] = ""
    exit_code: ClassVar[int] = EXIT_OTHER

    def __init__(self, **fields: object) -> None:
        self.fields = fields
        self.message = Message(self.context, self.source, dict(fields))
        super().__init__(self.message.render())

    def render(self, translate: Translate = untranslated) -> str:
        return self.message.render(translate)
