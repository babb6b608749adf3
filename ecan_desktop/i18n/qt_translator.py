"""Loading the UI translation for a language into a running Qt application.

Our own strings come from ``resources/i18n/ecan_<code>.qm`` (built from ``translations/*.ts`` by
``make``; a language may have none yet, and then the UI stays English). Qt's own dialog texts come
from Qt's ``qtbase_<code>.qm`` where Qt ships one (not for ro, el, et, lt, mt, ga, sl, pt, nb).

The translators are children of the application, found again by object name, so switching the
language at run time replaces them without any module-level state. Installing a translator sends
``QEvent.LanguageChange`` to every widget, which re-labels itself (STYLE.md rule 7).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ecan_desktop.i18n.languages import DEFAULT_LANGUAGE
from ecan_desktop.paths import resource_path

APP_TRANSLATOR = "ecan-translator"
QT_TRANSLATOR = "qtbase-translator"
ENGLISH_PLURALS = "english-plurals"


class EnglishPlurals(QTranslator):
    """English plural forms for ``%n`` sources written the Qt way: "%n file(s)".

    English is the source language and has no ``.ts`` file, so without this the user would read
    "3 file(s)". Installed first, it is asked last: a real translation always wins. Sources must use
    the regular "(s)" ending, or "y(ies)" ("%n entry(ies)"); anything else is left alone.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        del context, disambiguation
        if n < 0 or ("(s)" not in source_text and "y(ies)" not in source_text):
            return None  # "no translation here": Qt asks the next translator or keeps the source
        one = n == 1
        return source_text.replace("y(ies)", "y" if one else "ies").replace(
            "(s)", "" if one else "s"
        )

    def isEmpty(self) -> bool:
        return False


def app_translation_file(code: str) -> Path:
    return resource_path("i18n", f"ecan_{code}.qm")


def qt_translation_file(code: str) -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm"


def _remove(app: QCoreApplication, name: str) -> None:
    for translator in app.findChildren(QTranslator, name):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _load(app: QCoreApplication, name: str, path: Path) -> bool:
    if not path.is_file():
        return False
    translator = QTranslator(app)
    translator.setObjectName(name)
    if not translator.load(str(path)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def install_translator(app: QCoreApplication, code: str) -> bool:
    """Show the UI in language *code*, replacing any language installed before.

    Returns True when the UI is now in that language: English always, another language when its
    ``ecan_<code>.qm`` exists and loads. Otherwise the UI stays English and this returns False.
    English plural forms are installed in every case, beneath the other translators.
    """
    for name in (APP_TRANSLATOR, QT_TRANSLATOR, ENGLISH_PLURALS):
        _remove(app, name)
    plurals = EnglishPlurals(app)
    plurals.setObjectName(ENGLISH_PLURALS)
    app.installTranslator(plurals)
    if code == DEFAULT_LANGUAGE:
        return True
    _load(app, QT_TRANSLATOR, qt_translation_file(code))
    return _load(app, APP_TRANSLATOR, app_translation_file(code))


def installed_translation_files(app: QCoreApplication) -> list[str]:
    """The files behind the installed translators (for diagnostics and tests)."""
    return [
        translator.filePath()
        for name in (APP_TRANSLATOR, QT_TRANSLATOR)
        for translator in app.findChildren(QTranslator, name)
    ]
