"""Which Conditions are cancers, and whether primary or secondary: explicit, tested rules.

A Condition is a cancer diagnosis when any of these holds, tried in this order (the first rule
that decides, decides; ``recognised_by`` names it):

1. ``profile``: it claims the mCODE primary or secondary cancer condition profile.
2. ``icd10``: an ICD-10 / ICD-10-CM code in C00-C97 (malignant; C77-C79 and C7B secondary),
   D00-D09 (in situ), D37-D48 (uncertain behaviour) or D49 (unspecified behaviour). A code in
   D10-D36 (benign neoplasms) decides the other way: not a cancer.
3. ``icdo3``: an ICD-O-3 morphology (the mCODE histology-morphology-behavior extension, or a
   ``NNNN/B`` code) whose behaviour digit B is 1 (uncertain), 2 (in situ), 3 (malignant),
   6 (metastatic) or 9 (malignant, primary or metastatic unknown); B = 0 is benign.
4. ``snomed``: a SNOMED CT code in :data:`SNOMED_CANCERS`, a maintained list of the cancer
   disorders met in the example files and common in oncology summaries.
5. ``keyword``: the code's display or the text contains a cancer word of :data:`CANCER_WORDS`
   (several languages) and none of :data:`NOT_CANCER_WORDS` ("suspected", "screening",
   "history of", "benign"...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ecan_desktop.record.codes import ICD10, ICD10_CM, ICDO3, SNOMED, Code, Concept

# SNOMED CT disorders (code: behaviour), checked against the example files' displays.
SNOMED_CANCERS: dict[str, str] = {
    "363346000": "malignant",  # Malignant neoplastic disease
    "254837009": "malignant",  # Malignant neoplasm of breast
    "408643008": "malignant",  # Infiltrating duct carcinoma of breast
    "363406005": "malignant",  # Malignant tumor of colon
    "93761005": "malignant",  # Primary malignant neoplasm of colon
    "254637007": "malignant",  # Non-small cell lung cancer
    "424132000": "malignant",  # Non-small cell carcinoma of lung, TNM stage 1
    "254632001": "malignant",  # Small cell carcinoma of lung
    "67811000119102": "malignant",  # Primary small cell malignant neoplasm of lung, TNM stage 1
    "399068003": "malignant",  # Malignant tumor of prostate
    "126906006": "unspecified",  # Neoplasm of prostate
    "92691004": "in_situ",  # Carcinoma in situ of prostate
    "277571004": "malignant",  # B-cell acute lymphoblastic leukemia
    "91861009": "malignant",  # Acute myeloid leukemia
    "118600007": "malignant",  # Malignant lymphoma
}

CANCER_WORDS = (
    "cancer", "cáncer", "krebs", "malignant", "maligno", "maligna", "malin", "bösartig",
    "carcinom", "karzinom", "carcinoma", "sarcom", "sarkom", "lymphom", "linfom",
    "leukemi", "leukaemi", "leukämi", "leucemi", "melanom", "myelom", "mielom", "blastom",
    "gliom", "mesotheliom", "mesoteliom", "neoplas", "metasta",
)  # fmt: skip
NOT_CANCER_WORDS = (
    "suspected", "suspicion", "screening", "history of", "family history", "fear of",
    "risk of", "benign", "benigno", "gutartig", "no evidence", "ruled out",
)  # fmt: skip

# (letter, first, last, behaviour): the ICD-10 neoplasm blocks.
ICD10_RANGES = (
    ("C", 0, 76, "malignant"),
    ("C", 77, 79, "metastatic"),
    ("C", 80, 97, "malignant"),
    ("D", 0, 9, "in_situ"),
    ("D", 10, 36, "benign"),
    ("D", 37, 48, "uncertain"),
    ("D", 49, 49, "unspecified"),
)
_ICD10_CODE = re.compile(r"^([A-Z])(\d{2})")
_MORPHOLOGY = re.compile(r"^\d{4}/(\d)$")


@dataclass(frozen=True)
class CancerVerdict:
    recognised_by: str  # profile | icd10 | icdo3 | snomed | keyword
    behaviour: str  # malignant | metastatic | in_situ | uncertain | unspecified
    role: str | None  # primary | secondary | None (not stated)


def icd10_behaviour(code: str) -> str | None:
    """The behaviour an ICD-10 code says (``benign`` for D10-D36), or None outside C00-D49."""
    if code.strip().upper().startswith("C7B"):  # ICD-10-CM: secondary neuroendocrine tumours
        return "metastatic"
    match = _ICD10_CODE.match(code.strip().upper())
    if match is None:
        return None
    letter, number = match.group(1), int(match.group(2))
    return next(
        (b for first, low, high, b in ICD10_RANGES if first == letter and low <= number <= high),
        None,
    )


def morphology_behaviour(code: str) -> str | None:
    match = _MORPHOLOGY.match(code.strip())
    if match is None:
        return None
    return {
        "0": "benign",
        "1": "uncertain",
        "2": "in_situ",
        "3": "malignant",
        "6": "metastatic",
        "9": "malignant",
    }.get(match.group(1))


def _role(behaviour: str, primary_site: bool = False) -> str | None:
    """Secondary for a metastatic behaviour; primary when the code names a primary site."""
    if behaviour == "metastatic":
        return "secondary"
    return "primary" if primary_site and behaviour in ("malignant", "in_situ") else None


def _words_say_cancer(words: str) -> bool:
    return any(w in words for w in CANCER_WORDS) and not any(w in words for w in NOT_CANCER_WORDS)


def judge(
    code: Concept | None,
    morphology: tuple[Code, ...],
    profile: str | None,
) -> CancerVerdict | None:
    """Is this Condition a cancer? *profile* is ``primary``/``secondary`` when it claims an mCODE
    cancer profile; *morphology* holds the ICD-O-3 morphology codes found on it."""
    codes = code.codes if code is not None else ()
    morph_behaviours = [b for b in (morphology_behaviour(c.code or "") for c in morphology) if b]
    if profile is not None:
        behaviour = next((b for b in morph_behaviours if b != "benign"), None)
        if behaviour is None:
            behaviour = "metastatic" if profile == "secondary" else "malignant"
        return CancerVerdict("profile", behaviour, profile)
    for rule in (_by_icd10(codes), _by_morphology(morph_behaviours, morphology), _by_snomed(codes)):
        if rule is not None:
            return rule if rule is not _NOT_CANCER else None
    return _by_words(code.words() if code is not None else "")


# Decides "not a cancer" (a benign code), as opposed to None: "this rule does not decide".
_NOT_CANCER = CancerVerdict("", "benign", None)


def _by_icd10(codes: tuple[Code, ...]) -> CancerVerdict | None:
    for found in codes:
        if found.system in (ICD10, ICD10_CM) and found.code:
            behaviour = icd10_behaviour(found.code)
            if behaviour == "benign":
                return _NOT_CANCER
            if behaviour is not None:
                # C00-C76 and C80-C97 name the primary site; C77-C79 are secondary.
                return CancerVerdict("icd10", behaviour, _role(behaviour, primary_site=True))
    return None


def _by_morphology(behaviours: list[str], morphology: tuple[Code, ...]) -> CancerVerdict | None:
    if not behaviours:
        return None
    if behaviours[0] == "benign":
        return _NOT_CANCER
    primary = any((c.code or "").endswith(("/2", "/3")) for c in morphology)
    return CancerVerdict("icdo3", behaviours[0], _role(behaviours[0], primary_site=primary))


def _by_snomed(codes: tuple[Code, ...]) -> CancerVerdict | None:
    for found in codes:
        if found.system == SNOMED and found.code in SNOMED_CANCERS:
            behaviour = SNOMED_CANCERS[found.code]
            primary = "primary" in (found.display or "").casefold()
            return CancerVerdict("snomed", behaviour, _role(behaviour, primary_site=primary))
    return None


def _by_words(words: str) -> CancerVerdict | None:
    if not words or not _words_say_cancer(words):
        return None
    secondary = "metasta" in words or "secondary" in words
    behaviour = "metastatic" if secondary else "malignant"
    if "in situ" in words:
        behaviour = "in_situ"
    role = "secondary" if secondary else ("primary" if "primary" in words else None)
    return CancerVerdict("keyword", behaviour, role)


def morphology_codes(concepts: tuple[Concept, ...]) -> tuple[Code, ...]:
    return tuple(
        c
        for found in concepts
        for c in found.codes
        if c.system == ICDO3 and c.code and "/" in c.code
    )
