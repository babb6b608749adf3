"""Words in one or two languages, from our terminology, and the unambiguous formats the printed
summary uses: dates ``YYYY-MM-DD``, numbers with a point, units in UCUM.

A coded item is shown as its code (system + code) with a display: ours, translated, when our
terminology knows the concept; otherwise the source's display marked with its language. Free
text is never translated: it travels as :class:`Words` with the language it is written in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ecan_desktop.i18n.languages import is_supported, language
from ecan_desktop.record.codes import (
    AJCC,
    ATC,
    CVX,
    ICD10,
    ICD10_CM,
    ICDO3,
    LOINC,
    RXNORM,
    SNOMED,
    UCUM,
    Code,
    Concept,
)
from ecan_desktop.record.quantities import Quantity, ReferenceRange
from ecan_desktop.summary.errors import LanguageNotYetShipped, TooManyLanguages, UnknownLanguage
from ecan_desktop.terminology import Terminology, load_terminology

SYSTEM_NAMES = {
    SNOMED: "SNOMED CT",
    LOINC: "LOINC",
    ICD10: "ICD-10",
    ICD10_CM: "ICD-10-CM",
    ICDO3: "ICD-O-3",
    ATC: "ATC",
    RXNORM: "RxNorm",
    UCUM: "UCUM",
    CVX: "CVX",
    AJCC: "AJCC",
    "http://www.orpha.net": "ORPHA",
    "http://hl7.org/fhir/sid/ndc": "NDC",
    "urn:oid:1.2.208.176.2.4": "ATC",
}
# Code systems whose displays are written in English (their release language), whatever the
# language of the resource that carries them.
ENGLISH_SYSTEMS = frozenset({SNOMED, LOINC, ICD10, ICD10_CM, ICDO3, ATC, RXNORM, CVX, UCUM, AJCC})
_HL7 = ("http://terminology.hl7.org/", "http://hl7.org/fhir/")
COMPARATORS = {"<": "<", "<=": "≤", ">=": "≥", ">": ">", "ad": ""}
_TAG = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class Bilingual:
    """The same words in the first language and, when the summary is bilingual, the second."""

    first: str
    second: str | None = None

    def texts(self) -> tuple[str, ...]:
        return (self.first,) if self.second is None else (self.first, self.second)


@dataclass(frozen=True)
class Words:
    """Text from a source, kept as written, with its language (None: the source does not say)."""

    text: str
    language: str | None


Field = str | int | float | Bilingual | Callable[[str], str]


def system_name(system: str | None) -> str:
    if system is None:
        return "?"
    if system in SYSTEM_NAMES:
        return SYSTEM_NAMES[system]
    tail = system.rstrip("/").rsplit("/", 1)[-1]
    return tail or system


def display_language(system: str | None, fallback: str | None) -> str | None:
    if system in ENGLISH_SYSTEMS or (system and system.startswith(_HL7)):
        return "en"
    return fallback


def fmt_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return format(round(value, 3), "f").rstrip("0").rstrip(".")


def unit_of(found: Quantity | None) -> str:
    """The UCUM code when the source gives one, else the unit as written."""
    if found is None:
        return ""
    return found.code or found.unit or ""


def fmt_quantity(found: Quantity | None) -> str:
    if found is None or found.value is None:
        return unit_of(found)
    comparator = COMPARATORS.get(found.comparator or "", found.comparator or "")
    number = fmt_number(found.value)
    unit = unit_of(found)
    return " ".join(p for p in (comparator + number if comparator else number, unit) if p)


def fmt_range(found: ReferenceRange | None) -> str:
    if found is None:
        return ""
    if found.low is not None and found.high is not None:
        unit = unit_of(found.high) or unit_of(found.low)
        return f"{fmt_number(found.low.value)}\u2013{fmt_number(found.high.value)} {unit}".strip()
    if found.high is not None:
        return found.text or f"≤ {fmt_quantity(found.high)}"
    if found.low is not None:
        return found.text or f"≥ {fmt_quantity(found.low)}"
    return found.text or ""


class Labels:
    """The summary's words in its one or two languages: ``labels("allergies")``."""

    def __init__(self, languages: Sequence[str], terminology: Terminology | None = None) -> None:
        self.terminology = terminology or load_terminology()
        codes = [c.strip().lower() for c in languages if c.strip()]
        if not codes:
            raise UnknownLanguage(code="", available=", ".join(self.terminology.shipped))
        if len(codes) > 2:
            raise TooManyLanguages(count=len(codes))
        available = ", ".join(self.terminology.shipped)
        for code in codes:
            if self.terminology.has(code):
                continue
            if is_supported(code):
                raise LanguageNotYetShipped(name=language(code).english_name, available=available)
            raise UnknownLanguage(code=code, available=available)
        if len(codes) == 2 and codes[0] == codes[1]:
            codes = codes[:1]
        self.languages: tuple[str, ...] = tuple(codes)

    @property
    def primary(self) -> str:
        return self.languages[0]

    @property
    def secondary(self) -> str | None:
        return self.languages[1] if len(self.languages) > 1 else None

    def one(self, language: str, key: str, **fields: Field) -> str:
        text = self.terminology.label(language, key)
        if not fields:
            return text
        values = {name: _field(value, language, self) for name, value in fields.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            reference = self.terminology.label(self.terminology.reference, key)
            return reference.format(**values)

    def __call__(self, key: str, **fields: Field) -> Bilingual:
        first = self.one(self.primary, key, **fields)
        if self.secondary is None:
            return Bilingual(first)
        second = self.one(self.secondary, key, **fields)
        return Bilingual(first, second)

    def both(self, make: Callable[[str], str | None]) -> Bilingual | None:
        """Words made per language by *make*; None when the first language has none."""
        first = make(self.primary)
        if first is None:
            return None
        second = make(self.secondary) if self.secondary else None
        return Bilingual(first, second)

    # -- our terminology's displays ----------------------------------------------------------
    def code(self, found: Code | None) -> Bilingual | None:
        if found is None or not found.code:
            return None
        return self.both(lambda lang: self.terminology.concept(lang, found.system, found.code))

    def concept(self, found: Concept | None) -> Bilingual | None:
        """Our translated display of the first coding our terminology knows."""
        if found is None:
            return None
        for coding in found.codes:
            translated = self.code(coding)
            if translated is not None:
                return translated
        return None

    def agent(self, inn: str | None) -> Bilingual | None:
        return self.both(lambda lang: self.terminology.agent_name(lang, inn))

    def sex(self, gender: str | None) -> Bilingual | None:
        if gender not in ("female", "male", "other", "unknown"):
            return None
        return self(f"sex.{gender}")


def _field(value: Field, language: str, labels: Labels) -> str:
    if isinstance(value, Bilingual):
        if language == labels.primary or value.second is None:
            return value.first
        return value.second
    if callable(value):
        return value(language)
    if isinstance(value, float):
        return fmt_number(value)
    return str(value)


@dataclass(frozen=True)
class CodedView:
    """How a coded item prints: our display (translated) or the source's (marked with its
    language), the source's own words when they add something, and the codes."""

    translated: Bilingual | None
    display: Words | None  # the source's display when we have no translation
    source_text: Words | None  # the concept's text, as the source wrote it
    codes: tuple[tuple[str, str], ...]  # (system name, code)

    @property
    def empty(self) -> bool:
        return not (self.translated or self.display or self.source_text or self.codes)


def coded_view(
    labels: Labels,
    found: Concept | None,
    text_language: str | None,
    *,
    systems: tuple[str, ...] = (),
    max_codes: int = 2,
) -> CodedView:
    """*text_language*: the language of the resource's words (for the concept's text)."""
    if found is None:
        return CodedView(None, None, None, ())
    translated = labels.concept(found)
    ordered = sorted(
        (c for c in found.codes if c.code),
        key=lambda c: (
            c.system not in systems,
            systems.index(c.system) if c.system in systems else 0,
        ),
    )
    codes = tuple((system_name(c.system), c.code or "") for c in ordered[:max_codes])
    display = None
    if translated is None:
        coding = next((c for c in ordered if c.display), None)
        if coding is not None and coding.display:
            display = Words(coding.display, display_language(coding.system, text_language))
    source_text = None
    if found.text:
        same = (
            translated and found.text.casefold() in (t.casefold() for t in translated.texts())
        ) or (display and display.text.casefold() == found.text.casefold())
        if not same:
            source_text = Words(found.text, text_language)
    if translated is None and display is None and source_text is None and codes:
        return CodedView(None, None, None, codes)
    return CodedView(translated, display, source_text, codes)


def language_tag(language: str | None) -> str:
    """The mark printed after untranslated words: ``ro``, or ``?`` when no source says."""
    if language and _TAG.match(language):
        return language
    return "?"
