"""Choosing the language of the UI: the translators and the locale for dates move together."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ecan_desktop.i18n.languages import DEFAULT_LANGUAGE, best_match, is_supported
from ecan_desktop.i18n.qt_translator import install_translator


def system_language() -> str:
    return best_match(list(QLocale.system().uiLanguages()))


def locale_for(code: str) -> QLocale:
    """The system's locale when it speaks *code* (keeps its regional formats), else *code*'s."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code)


def apply_language(app: QApplication, code: str) -> bool:
    """Switch the running app to *code*; True when its translation was found (always for English).

    The default locale is set first: installing the translator sends ``LanguageChange`` and the
    views re-format their dates while handling it.
    """
    if not is_supported(code):
        code = DEFAULT_LANGUAGE
    QLocale.setDefault(locale_for(code))
    return install_translator(app, code)
