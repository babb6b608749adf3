"""What the user reads when something fails.

Core errors carry their own translatable sentence (STYLE.md rule 5): it is translated here, at
display time. Anything else is a bug: the user gets a calm generic sentence, never the exception's
text (it might quote vault content), and the type goes to the log.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from ecan_desktop.errors import EcanError

log = logging.getLogger(__name__)


def qt_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def error_text(error: BaseException) -> str:
    if isinstance(error, EcanError):
        return error.render(qt_translate)
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate(
        "ErrorText",
        "Something unexpected went wrong ({kind}). Nothing was changed. "
        "Please try again; if it happens again, report it.",
    ).format(kind=type(error).__name__)
