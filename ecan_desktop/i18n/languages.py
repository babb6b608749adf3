"""The languages ecan-desktop speaks: every EU official language, plus Norwegian, Icelandic
and Ukrainian.

``complete`` marks the languages whose UI translation ships finished; the start screen offers
every language but says which ones are still partly in English.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    english_name: str
    native_name: str
    script: str  # ISO 15924
    plural_forms: int  # number of plural forms in CLDR / Qt Linguist
    complete: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("bg", "Bulgarian", "български", "Cyrl", 2, complete=True),
    Language("cs", "Czech", "čeština", "Latn", 3),
    Language("da", "Danish", "dansk", "Latn", 2),
    Language("de", "German", "Deutsch", "Latn", 2, complete=True),
    Language("el", "Greek", "Ελληνικά", "Grek", 2, complete=True),
    Language("en", "English", "English", "Latn", 2, complete=True),
    Language("es", "Spanish", "español", "Latn", 2),
    Language("et", "Estonian", "eesti", "Latn", 2),
    Language("fi", "Finnish", "suomi", "Latn", 2),
    Language("fr", "French", "français", "Latn", 2, complete=True),
    Language("ga", "Irish", "Gaeilge", "Latn", 5),
    Language("hr", "Croatian", "hrvatski", "Latn", 3),
    Language("hu", "Hungarian", "magyar", "Latn", 2),
    Language("it", "Italian", "italiano", "Latn", 2),
    Language("lt", "Lithuanian", "lietuvių", "Latn", 3),
    Language("lv", "Latvian", "latviešu", "Latn", 3),
    Language("mt", "Maltese", "Malti", "Latn", 4),
    Language("nl", "Dutch", "Nederlands", "Latn", 2),
    Language("pl", "Polish", "polski", "Latn", 3, complete=True),
    Language("pt", "Portuguese", "português", "Latn", 2),
    Language("ro", "Romanian", "română", "Latn", 3, complete=True),
    Language("sk", "Slovak", "slovenčina", "Latn", 3),
    Language("sl", "Slovenian", "slovenščina", "Latn", 4),
    Language("sv", "Swedish", "svenska", "Latn", 2),
    Language("nb", "Norwegian Bokmål", "norsk bokmål", "Latn", 2),
    Language("is", "Icelandic", "íslenska", "Latn", 2),
    Language("uk", "Ukrainian", "українська", "Cyrl", 3),
)

DEFAULT_LANGUAGE = "en"
_BY_CODE = {language.code: language for language in LANGUAGES}


def language(code: str) -> Language:
    """The language for *code*; raises ``KeyError`` for a code we do not list."""
    return _BY_CODE[code]


def is_supported(code: str) -> bool:
    return code in _BY_CODE


def best_match(locale_names: list[str]) -> str:
    """The first of the system's preferred locales (``"ro_RO"``, ``"pt-PT"``) we ship complete."""
    for name in locale_names:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in ("no", "nn"):
            code = "nb"
        found = _BY_CODE.get(code)
        if found is not None and found.complete:
            return found.code
    return DEFAULT_LANGUAGE
