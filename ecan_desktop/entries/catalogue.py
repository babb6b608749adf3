"""The words of "My entries": the common side effects a patient picks from, the grades, and the
validation messages, all marked for translation (context ``Entries``) and translated where they
are shown; and the recognition of a medicine's name as an agent of our terminology.

The side effects are those of cancer treatment that patients are most often asked about. Each
has its SNOMED CT concept (a clinical finding or disorder, checked against the concept's
preferred term); the patient's own words ("Feeling sick") are what the app shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ecan_desktop.i18n.message import QT_TRANSLATE_NOOP
from ecan_desktop.record.agents import match_agent
from ecan_desktop.record.codes import Concept
from ecan_desktop.terminology import load_terminology

CONTEXT = "Entries"


@dataclass(frozen=True)
class Symptom:
    key: str
    label: str  # the patient's words, in English, marked for translation
    snomed: str  # SNOMED CT concept id
    display: str  # its SNOMED CT term


SYMPTOMS: tuple[Symptom, ...] = (
    Symptom("fatigue", QT_TRANSLATE_NOOP("Entries", "Tiredness (fatigue)"), "84229001", "Fatigue"),
    Symptom("nausea", QT_TRANSLATE_NOOP("Entries", "Feeling sick (nausea)"), "422587007", "Nausea"),
    Symptom(
        "vomiting", QT_TRANSLATE_NOOP("Entries", "Being sick (vomiting)"), "422400008", "Vomiting"
    ),
    Symptom("diarrhoea", QT_TRANSLATE_NOOP("Entries", "Diarrhoea"), "62315008", "Diarrhea"),
    Symptom(
        "constipation", QT_TRANSLATE_NOOP("Entries", "Constipation"), "14760008", "Constipation"
    ),
    Symptom(
        "neuropathy",
        QT_TRANSLATE_NOOP("Entries", "Numbness or tingling in hands or feet (neuropathy)"),
        "302226006",
        "Peripheral neuropathy",
    ),
    Symptom(
        "mucositis",
        QT_TRANSLATE_NOOP("Entries", "Sore mouth (mucositis)"),
        "61170000",
        "Stomatitis",
    ),
    Symptom(
        "fever", QT_TRANSLATE_NOOP("Entries", "Fever (high temperature)"), "386661006", "Fever"
    ),
    Symptom("pain", QT_TRANSLATE_NOOP("Entries", "Pain"), "22253000", "Pain"),
    Symptom("hair_loss", QT_TRANSLATE_NOOP("Entries", "Hair loss"), "56317004", "Alopecia"),
    Symptom("rash", QT_TRANSLATE_NOOP("Entries", "Skin rash"), "271807003", "Eruption of skin"),
    Symptom(
        "appetite",
        QT_TRANSLATE_NOOP("Entries", "Loss of appetite"),
        "79890006",
        "Loss of appetite",
    ),
    Symptom(
        "breathless", QT_TRANSLATE_NOOP("Entries", "Shortness of breath"), "267036007", "Dyspnea"
    ),
    Symptom("headache", QT_TRANSLATE_NOOP("Entries", "Headache"), "25064002", "Headache"),
)
SYMPTOM_BY_KEY = {s.key: s for s in SYMPTOMS}
SYMPTOM_BY_CODE = {s.snomed: s for s in SYMPTOMS}
OTHER = "other"  # the patient describes it in their own words
SOMETHING_ELSE = QT_TRANSLATE_NOOP("Entries", "Something else")

# Grades 0 to 4, in CTCAE's general words, each with what it means for the patient (CTCAE v5:
# grade 2 limits instrumental activities of daily living, grade 3 self-care or needs hospital,
# grade 4 has life-threatening consequences and needs urgent treatment).
GRADE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Entries", "None"),
    QT_TRANSLATE_NOOP("Entries", "Mild"),
    QT_TRANSLATE_NOOP("Entries", "Moderate"),
    QT_TRANSLATE_NOOP("Entries", "Severe"),
    QT_TRANSLATE_NOOP("Entries", "Life-threatening"),
)
GRADE_MEANINGS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Entries", "You did not have it."),
    QT_TRANSLATE_NOOP("Entries", "You noticed it, but you could do your usual things."),
    QT_TRANSLATE_NOOP(
        "Entries", "It got in the way of everyday things like cooking, shopping or work."
    ),
    QT_TRANSLATE_NOOP(
        "Entries", "You could not wash, dress or eat without help, or you went to hospital."
    ),
    QT_TRANSLATE_NOOP("Entries", "You needed urgent treatment straight away."),
)

# Validation messages (filled with .format() after translation).
NEED_MEDICINE = QT_TRANSLATE_NOOP("Entries", "Enter the name of the medicine.")
NEED_SYMPTOM = QT_TRANSLATE_NOOP(
    "Entries", "Choose a symptom or side effect from the list, or choose “Something else”."
)
NEED_WORDS = QT_TRANSLATE_NOOP("Entries", "Describe the symptom or side effect in a few words.")
NEED_GRADE = QT_TRANSLATE_NOOP(
    "Entries", "Choose how bad it was, from 0 (none) to 4 (life-threatening)."
)
NEED_NOTE = QT_TRANSLATE_NOOP("Entries", "Write your note before you save it.")
NO_FUTURE = QT_TRANSLATE_NOOP("Entries", "Choose a date that is today or earlier.")
END_BEFORE_START = QT_TRANSLATE_NOOP(
    "Entries", "The date you stopped must be the same as or after the date you started."
)
TOO_LONG = QT_TRANSLATE_NOOP("Entries", "This is too long: use at most {max} characters.")


@dataclass(frozen=True)
class KnownMedicine:
    inn: str  # the international non-proprietary name, lower case (e.g. "tamoxifen")
    atc: str | None


@lru_cache(maxsize=1)
def _terminology_names() -> tuple[tuple[re.Pattern[str], KnownMedicine], ...]:
    """Every agent name of our terminology, in every shipped language, longest first."""
    words = load_terminology()
    names: dict[str, KnownMedicine] = {}
    for inn, info in words.agents.items():
        known = KnownMedicine(inn, info.atc)
        names.setdefault(inn.casefold(), known)
        for code in words.shipped:
            spelled = words.agent_name(code, inn)
            if spelled:
                names.setdefault(spelled.casefold(), known)
    ordered = sorted(names.items(), key=lambda item: -len(item[0]))
    return tuple((re.compile(r"\b" + re.escape(name) + r"\b"), known) for name, known in ordered)


def recognise_medicine(name: str) -> KnownMedicine | None:
    """The agent a medicine's name names ("Tamoxifen 20 mg" -> tamoxifen, L02BA01), if our
    terminology knows it; a brand name or an unknown medicine is kept as written."""
    words = name.strip()
    if not words:
        return None
    match = match_agent(Concept((), words))
    if match is not None and match.agent is not None:
        return KnownMedicine(match.agent.inn, match.agent.atc)
    folded = words.casefold()
    return next((known for pattern, known in _terminology_names() if pattern.search(folded)), None)
