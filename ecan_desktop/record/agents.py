"""Which medicine a resource is about: an agent (INN) recognised by its ATC code, its RxNorm
ingredient or its name, so that administrations, orders and statements of the same medicine are
grouped, and the cancer medicines are told apart from the others.

The table covers the agents met in the example files and the common cytotoxic and endocrine
agents; a medicine it does not know is still grouped, by ATC code, else by code, else by text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ecan_desktop.record.codes import ATC, RXNORM, SNOMED, Concept


@dataclass(frozen=True)
class Agent:
    inn: str
    atc: str | None
    rxnorm: tuple[str, ...]
    words: tuple[str, ...]  # name stems in lower case (several languages)
    anticancer: bool = True


AGENTS: tuple[Agent, ...] = (
    Agent("doxorubicin", "L01DB01", ("3639",), ("doxorubicin", "adriamycin")),
    Agent("daunorubicin", "L01DB02", ("3109",), ("daunorubicin", "daunomycin")),
    Agent("epirubicin", "L01DB03", ("3995",), ("epirubicin",)),
    Agent("idarubicin", "L01DB06", ("5650",), ("idarubicin",)),
    Agent("mitoxantrone", "L01DB07", ("7005",), ("mitoxantron",)),
    Agent(
        "cyclophosphamide",
        "L01AA01",
        ("3002",),
        ("cyclophosphamid", "ciclofosfamid", "cyclofosfamid"),
    ),
    Agent("ifosfamide", "L01AA06", (), ("ifosfamid",)),
    Agent("paclitaxel", "L01CD01", ("56946",), ("paclitaxel",)),
    Agent("docetaxel", "L01CD02", ("72962",), ("docetaxel",)),
    Agent("vincristine", "L01CA02", ("11202",), ("vincristin",)),
    Agent("vinblastine", "L01CA01", (), ("vinblastin",)),
    Agent("vinorelbine", "L01CA04", (), ("vinorelbin",)),
    Agent("etoposide", "L01CB01", ("4179",), ("etoposid",)),
    Agent("cisplatin", "L01XA01", ("2555",), ("cisplatin",)),
    Agent("carboplatin", "L01XA02", ("40048",), ("carboplatin",)),
    Agent("oxaliplatin", "L01XA03", ("32592",), ("oxaliplatin",)),
    Agent("methotrexate", "L01BA01", ("6851",), ("methotrexat", "metotrexat")),
    Agent("cytarabine", "L01BC01", (), ("cytarabin", "citarabin")),
    Agent("fluorouracil", "L01BC02", ("4492",), ("fluorouracil", "fluoruracil", "5-fu")),
    Agent("capecitabine", "L01BC06", (), ("capecitabin",)),
    Agent("mercaptopurine", "L01BB02", (), ("mercaptopurin",)),
    Agent("tioguanine", "L01BB03", (), ("tioguanin", "thioguanin")),
    Agent("asparaginase", "L01XX02", (), ("asparaginas",)),
    Agent("dactinomycin", "L01DA01", (), ("dactinomycin", "actinomycin")),
    Agent("bleomycin", "L01DC01", (), ("bleomycin",)),
    Agent("trastuzumab", "L01FD01", (), ("trastuzumab",)),
    Agent("tamoxifen", "L02BA01", ("10324",), ("tamoxifen",)),
    Agent("letrozole", "L02BG04", (), ("letrozol",)),
    Agent("anastrozole", "L02BG03", (), ("anastrozol",)),
    Agent("leuprorelin", "L02AE02", (), ("leuprorelin", "leuprolide")),
    # Given with cancer medicines; a cancer medicine only when the source says what it treats.
    Agent("calcium folinate", "V03AF03", (), ("leucovorin", "folinic", "folinat"), False),
    Agent("prednisone", "H02AB07", (), ("prednison",), False),
    Agent("dexamethasone", "H02AB02", (), ("dexamethason", "desametason"), False),
)
_BY_ATC = {a.atc: a for a in AGENTS if a.atc}
_BY_RXNORM = {code: a for a in AGENTS for code in a.rxnorm}
_WORDS = tuple((re.compile(r"\b" + re.escape(w)), a) for a in AGENTS for w in a.words)
_LIPOSOMAL = ("liposom", "pegylated", "pegyliert")


@dataclass(frozen=True)
class AgentMatch:
    key: str  # groups resources of the same medicine: the INN, else a code or the text
    name: str | None  # the INN, else the source's label
    atc: str | None
    agent: Agent | None

    @property
    def anticancer(self) -> bool:
        if self.agent is not None:
            return self.agent.anticancer
        return bool(self.atc and self.atc.startswith(("L01", "L02")))


def match_agent(medication: Concept | None) -> AgentMatch | None:
    """The agent a medication concept names (liposomal forms are kept apart: their dose is not
    converted like the conventional form's)."""
    if medication is None:
        return None
    atc_coding = medication.code(ATC)
    atc = atc_coding.code if atc_coding else None
    words = medication.words()
    liposomal = any(w in words for w in _LIPOSOMAL)
    agent = _BY_ATC.get(atc) if atc else None
    if agent is None:
        for found in medication.codes:
            if found.system == RXNORM and found.code in _BY_RXNORM:
                agent = _BY_RXNORM[found.code]
                break
    if agent is None:
        agent = next((a for pattern, a in _WORDS if pattern.search(words)), None)
    if agent is not None:
        name = f"{agent.inn} (liposomal)" if liposomal else agent.inn
        return AgentMatch(name, name, atc or agent.atc, None if liposomal else agent)
    for system, prefix in ((ATC, "atc"), (RXNORM, "rxnorm"), (SNOMED, "snomed")):
        coded = medication.code(system)
        if coded is not None and coded.code:
            return AgentMatch(f"{prefix}:{coded.code}", medication.label, atc, None)
    label = medication.label
    if label is None:
        return None
    return AgentMatch(f"text:{label.casefold()}", label, atc, None)
