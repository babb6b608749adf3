"""Codes as the record carries them: a coding (system, code, display) and a concept (codings plus
the source's own text). Code system URIs are normalised, so that the variants real files use
(``icd-10-cm``, an OID, a missing system for an ICD-O-3 topography) compare equal."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ecan_desktop.record.fhir_json import obj, objs, text
from ecan_desktop.record.memo import content, memo

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICDO3 = "http://terminology.hl7.org/CodeSystem/icd-o-3"
ATC = "http://www.whocc.no/atc"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
AJCC = "http://cancerstaging.org"
CVX = "http://hl7.org/fhir/sid/cvx"
DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"

# Spellings of the same code system met in real files, mapped to the canonical URI above.
_ALIASES = {
    "http://hl7.org/fhir/sid/icd-10-de": ICD10,
    "urn:oid:2.16.840.1.113883.6.3": ICD10,
    "urn:oid:1.2.276.0.76.5.424": ICD10,
    "urn:oid:2.16.840.1.113883.6.90": ICD10_CM,
    "http://hl7.org/fhir/sid/icd-o-3": ICDO3,
    "http://hl7.org/fhir/sid/icd-o": ICDO3,
    "urn:oid:2.16.840.1.113883.6.43.1": ICDO3,
    "http://snomed.info/sct/": SNOMED,
    "urn:oid:2.16.840.1.113883.6.96": SNOMED,
    "urn:oid:2.16.840.1.113883.6.1": LOINC,
    "http://www.whocc.no/atc/": ATC,
    "urn:oid:2.16.840.1.113883.6.73": ATC,
    "http://www.nlm.nih.gov/research/umls/rxnorm/": RXNORM,
    "urn:oid:2.16.840.1.113883.6.88": RXNORM,
}

_ICDO3_TOPOGRAPHY = re.compile(r"^C\d\d(\.\d)?$")
_ICDO3_MORPHOLOGY = re.compile(r"^\d{4}/\d$")


def canonical_system(system: str | None) -> str | None:
    if system is None:
        return None
    return _ALIASES.get(system, system)


@dataclass(frozen=True)
class Code:
    system: str | None
    code: str | None
    display: str | None = None

    def is_(self, system: str, *codes: str) -> bool:
        return self.system == system and (not codes or self.code in codes)


@dataclass(frozen=True)
class Concept:
    """A CodeableConcept: its codings and the text the source wrote (kept as written)."""

    codes: tuple[Code, ...]
    text: str | None = None

    @property
    def label(self) -> str | None:
        """Words a person can read: the source's text, else a display, else a code."""
        if self.text:
            return self.text
        for found in self.codes:
            if found.display:
                return found.display
        for found in self.codes:
            if found.code:
                return found.code
        return None

    def code(self, *systems: str) -> Code | None:
        for found in self.codes:
            if found.system in systems and found.code:
                return found
        return None

    def has(self, system: str, *codes: str) -> bool:
        return any(c.is_(system, *codes) for c in self.codes)

    def words(self) -> str:
        """Text and displays in lower case, for keyword matching."""
        found: str | None = self.__dict__.get("_words")  # once: several sections ask
        if found is None:
            parts = [self.text or "", *(c.display or "" for c in self.codes)]
            found = " ".join(parts).casefold()
            object.__setattr__(self, "_words", found)
        return found


def coding(value: object) -> Code | None:
    found = obj(value)
    if found is None:
        return None
    code = found.get("code")
    code_text = text(code) if isinstance(code, str) else None
    system = canonical_system(text(found.get("system")))
    # ICD-O-3 codes are recognisable by shape; files often leave the system out.
    if (
        system is None
        and code_text
        and (_ICDO3_TOPOGRAPHY.match(code_text) or _ICDO3_MORPHOLOGY.match(code_text))
    ):
        system = ICDO3
    display = text(found.get("display"))
    if code_text is None and display is None:
        return None
    return Code(system, code_text, display)


def concept(value: object) -> Concept | None:
    """A CodeableConcept, or a bare Coding (``valueCoding``), leniently."""
    found = obj(value)
    if found is None:
        return None
    read = memo("concept")  # during a build: each object read once, each distinct code once
    if read is None:
        return _concept(found)
    hit = read.get(id(found))
    if hit is not None and hit[0] is found:  # the object is kept with it: its id stays its own
        known: Concept | None = hit[1]
        return known
    key = content(found)
    if key is None:
        return _concept(found)
    made: Concept | None = read[key] if key in read else read.setdefault(key, _concept(found))
    read[id(found)] = (found, made)
    return made


def _concept(found: dict[str, object]) -> Concept | None:
    if "coding" not in found and ("code" in found or "display" in found):
        single = coding(found)
        return Concept((single,)) if single else None
    codes = tuple(c for c in (coding(v) for v in objs(found.get("coding"))) if c)
    words = text(found.get("text"))
    if not codes and words is None:
        return None
    return Concept(codes, words)


def concepts(value: object) -> tuple[Concept, ...]:
    if value is None:  # the element is absent: most often so (an interpretation, a category)
        return ()
    return tuple(c for c in (concept(v) for v in objs(value)) if c)


def is_absent(found: Concept | None) -> bool:
    """A data-absent-reason code stands in for a missing value."""
    return (
        found is not None
        and bool(found.codes)
        and all(c.system == DATA_ABSENT for c in found.codes)
    )
