"""What can go wrong when a summary is made, as errors the user can act on (STYLE.md rule 5)."""

from __future__ import annotations

from ecan_desktop.errors import EXIT_OTHER, EXIT_USAGE, EcanError
from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP


class SummaryError(EcanError):
    context = "Summary"


class UnknownLanguage(SummaryError):
    source = QT_TRANSLATE_NOOP(
        "Summary",
        "“{code}” is not a language the summary can be printed in. Choose one or two of: "
        "{available}.",
    )
    exit_code = EXIT_USAGE


class LanguageNotYetShipped(SummaryError):
    source = QT_TRANSLATE_NOOP(
        "Summary",
        "The summary cannot be printed in {name} yet. Choose one or two of: {available}.",
    )
    exit_code = EXIT_USAGE


class TooManyLanguages(SummaryError):
    source = QT_TRANSLATE_NOOP(
        "Summary",
        "A summary is printed in one language or two (the doctor's, then the patient's), "
        "not {count}.",
    )
    exit_code = EXIT_USAGE


class Cancelled(SummaryError):
    source = QT_TRANSLATE_NOOP("Summary", "Making the summary was cancelled. Nothing was saved.")
    exit_code = EXIT_OTHER


class WriteFailed(SummaryError):
    source = QT_TRANSLATE_NOOP(
        "Summary",
        "The file {path} could not be written ({reason}). Check that the folder exists and that "
        "you may write there. Nothing else was changed.",
    )
    exit_code = EXIT_OTHER
