"""Warnings that follow from the record, for the emergency page: each names the rule and the
guideline it comes from, and carries the facts that triggered it (language-neutral: INNs, dates,
numbers, concepts), which the renderer words in the chosen languages.

The rules (thresholds below, each with its source):

- ``neutropenic_sepsis``: a cytotoxic agent given within the last 28 days (or ongoing). NICE CG151
  (2012, "Neutropenic sepsis: prevention and management in people with cancer") asks that anyone
  unwell after anticancer treatment be suspected of neutropenic sepsis and given empirical
  antibiotics within 1 hour; ESMO (Klastersky J et al., Management of febrile neutropaenia: ESMO
  Clinical Practice Guidelines, Ann Oncol 2016;27(suppl 5):v111-v118) likewise. The 4-week window
  is issue 6's: it covers the nadir of every usual 1-, 2-, 3- and 4-weekly cycle.
- ``anthracycline_high``: a doxorubicin-equivalent total of 250 mg/m² or more. ASCO 2017
  (Armenian SH, Lacchetti C, Barac A, et al. Prevention and Monitoring of Cardiac Dysfunction in
  Survivors of Adult Cancers: American Society of Clinical Oncology Clinical Practice Guideline.
  J Clin Oncol 2017;35(8):893-911, doi:10.1200/JCO.2016.70.5400), recommendation 1.2, counts
  "high-dose anthracycline (e.g. doxorubicin >= 250 mg/m²)" as increased risk of cardiac
  dysfunction. The total is the record's doxorubicin-equivalent (Feijen et al., JAMA Oncol 2019
  ratios; see ``record/anthracyclines.py``); for epirubicin that flags lower doses than ASCO's own
  epirubicin threshold (600 mg/m²), which errs on the side of telling the doctor.
- ``anthracycline_chest_rt``: any anthracycline dose below that, together with radiotherapy to a
  site where the heart may be in the field (chest, lung, mediastinum, oesophagus, left or
  unspecified breast). ASCO 2017 recommendation 1.2 counts "lower-dose anthracycline in
  combination with lower-dose radiotherapy where the heart is in the treatment field" (and
  radiotherapy >= 30 Gy with the heart in the field on its own) as increased risk.
- ``anthracycline``: anthracyclines given below the threshold, without such radiotherapy: the
  total and the threshold, so that the next doctor can add what they give.
- ``anthracycline_mg``: anthracyclines known in mg only (no body surface area): the total, and
  that it cannot be compared with the threshold.
- ``checkpoint_inhibitor``: an immune checkpoint inhibitor given within the last 365 days (or
  ongoing). ESMO (Haanen J et al., Management of toxicities from immunotherapy: ESMO Clinical
  Practice Guideline, Ann Oncol 2022;33(12):1217-1238): immune-related adverse events can start
  months after the last dose.
- ``venous_port``: an implanted venous access port in place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from ecan_desktop.record.codes import SNOMED, Concept
from ecan_desktop.record.dates import day, sort_key, to_date
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.radiotherapy import RadiotherapyCourse
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.record.systemic import SystemicAgent
from ecan_desktop.terminology import Terminology

NEUTROPENIA_WINDOW_DAYS = 28
ANTHRACYCLINE_HIGH_RISK_MG_M2 = 250.0
CHECKPOINT_WINDOW_DAYS = 365
# ATC groups of cytotoxic chemotherapy: alkylating agents, antimetabolites, plant alkaloids,
# cytotoxic antibiotics, platinum compounds.
CYTOTOXIC_ATC = ("L01A", "L01B", "L01C", "L01D", "L01XA")
# PD-1/PD-L1 inhibitors (L01FF) and the CTLA-4 inhibitors ipilimumab and tremelimumab.
CHECKPOINT_ATC = ("L01FF", "L01FX04", "L01FX20")

CITATIONS: Mapping[str, str] = MappingProxyType(
    {
        "nice_cg151": "NICE CG151 (2012), Neutropenic sepsis: prevention and management in "
        "people with cancer; Klastersky J et al., Ann Oncol 2016;27(suppl 5):v111-v118 (ESMO).",
        "asco_2017": "Armenian SH, Lacchetti C, Barac A, et al. Prevention and Monitoring of "
        "Cardiac Dysfunction in Survivors of Adult Cancers: ASCO Clinical Practice Guideline. "
        "J Clin Oncol 2017;35(8):893-911, recommendation 1.2 (doxorubicin-equivalent after "
        "Feijen EAM et al., JAMA Oncol 2019;5(6):864-871).",
        "esmo_2022": "Haanen J et al. Management of toxicities from immunotherapy: ESMO Clinical "
        "Practice Guideline. Ann Oncol 2022;33(12):1217-1238.",
    }
)
RULE_CITATION: Mapping[str, str | None] = MappingProxyType(
    {
        "neutropenic_sepsis": "nice_cg151",
        "anthracycline_high": "asco_2017",
        "anthracycline_chest_rt": "asco_2017",
        "anthracycline": "asco_2017",
        "anthracycline_mg": "asco_2017",
        "checkpoint_inhibitor": "esmo_2022",
        "venous_port": None,
    }
)

# Where the heart may be in a radiotherapy field: SNOMED CT body structures and words.
_CHEST_SITES = frozenset(
    {
        "80248007",  # left breast
        "76752008",  # breast
        "78904004",  # chest wall
        "51185008",  # thorax
        "39607008",  # lung
        "72410000",  # mediastinum
        "32849002",  # oesophagus
        "80891009",  # heart
    }
)
_RIGHT_SITES = frozenset({"73056007"})  # right breast
_RIGHT_LATERALITY = "24028007"
_LEFT_LATERALITY = "7771000"
_CHEST_WORDS = (
    "breast",
    "chest",
    "thora",
    "lung",
    "mediastin",
    "oesoph",
    "esoph",
    "heart",
    "mantle",
    "brust",
    "mamma",
    "sân",
    "sein",
    "mama",
    "seno",
    "torace",
    "lunge",
    "poumon",
    "plămân",
    "pulmon",
)
_RIGHT_WORDS = ("right", "rechts", "drept", "droit", "destr", "derech")
_LEFT_WORDS = ("left", "links", "stâng", "gauche", "sinistr", "izquierd")


@dataclass(frozen=True)
class DerivedWarning:
    """A warning the record implies. ``id`` is ``warning:<rule>``, so a selection can leave it
    out like any item; ``row_ids`` and ``sources`` are those of the items that triggered it."""

    id: str
    rule: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    agents: tuple[str, ...] = ()  # INNs (or the source's names)
    date: str | None = None  # YYYY-MM-DD
    dose: float | None = None
    site: Concept | None = None
    site_words: str | None = None  # the course's own words for the site when it has no concept
    ongoing: bool = False  # recorded as ongoing, no dose in the window: date is the start

    @property
    def citation(self) -> str | None:
        key = RULE_CITATION.get(self.rule)
        return CITATIONS[key] if key else None


def _last_dose(agent: SystemicAgent) -> str | None:
    dates = [a.end or a.date for a in agent.administrations if a.date]
    if agent.period is not None:
        dates.extend(d for d in (agent.period.end, agent.period.start) if d)
    return day(max(dates, key=sort_key)) if dates else None


def _within(moment: str | None, today: date, days: int) -> bool:
    found = to_date(moment)
    return found is not None and 0 <= (today - found).days <= days


def _has_atc(agent: SystemicAgent, prefixes: tuple[str, ...], terminology: Terminology) -> bool:
    atc = agent.atc
    if atc is None:
        info = terminology.agent(agent.agent)
        atc = info.atc if info else None
    return bool(atc and atc.startswith(prefixes))


def _recent(
    agents: tuple[SystemicAgent, ...], today: date, days: int
) -> Iterator[tuple[SystemicAgent, str | None, bool]]:
    """Agents given within *days*, or recorded as ongoing (then the flag is true and the date
    is the start: an order left open for years is shown as what it is)."""
    for agent in agents:
        last = _last_dose(agent)
        if _within(last, today, days):
            yield agent, last, False
        elif agent.current:
            yield agent, day(agent.period.start) if agent.period else None, True


def _merge_sources(*groups: tuple[SourceRef, ...]) -> tuple[SourceRef, ...]:
    found: dict[int, SourceRef] = {}
    for group in groups:
        for source in group:
            found.setdefault(source.source_id, source)
    return tuple(found[k] for k in sorted(found))


def _agent_warning(
    rule: str, picked: list[tuple[SystemicAgent, str | None, bool]]
) -> DerivedWarning | None:
    if not picked:
        return None
    recent = [moment for _, moment, ongoing in picked if moment and not ongoing]
    since = [moment for _, moment, ongoing in picked if moment and ongoing]
    return DerivedWarning(
        id=f"warning:{rule}",
        rule=rule,
        row_ids=tuple(sorted({r for a, _, _ in picked for r in a.row_ids})),
        sources=_merge_sources(*(a.sources for a, _, _ in picked)),
        agents=tuple(a.agent or "?" for a, _, _ in picked),
        date=max(recent, key=sort_key) if recent else (min(since, key=sort_key) if since else None),
        ongoing=not recent and any(ongoing for _, _, ongoing in picked),
    )


def _site_of(course: RadiotherapyCourse) -> tuple[Concept | None, str | None]:
    for volume in course.volumes:
        if volume.sites:
            return volume.sites[0], volume.description
    if course.body_sites:
        return course.body_sites[0], None
    return None, course.title


def heart_in_field(course: RadiotherapyCourse) -> bool:
    """Whether the heart may be in a course's field: a chest site, not right-sided."""
    concepts: list[Concept] = [*course.body_sites]
    lateralities: list[Concept] = []
    for volume in course.volumes:
        concepts.extend(volume.sites)
        if volume.laterality is not None:
            lateralities.append(volume.laterality)
    codes = {c.code for concept in concepts for c in concept.codes if c.system == SNOMED}
    words = " ".join(
        [c.words() for c in concepts]
        + [(v.description or "").casefold() for v in course.volumes]
        + [(course.title or "").casefold()]
    )
    chest = bool(codes & (_CHEST_SITES | _RIGHT_SITES)) or any(w in words for w in _CHEST_WORDS)
    if not chest:
        return False
    laterality = {c.code for concept in lateralities for c in concept.codes}
    left = _LEFT_LATERALITY in laterality or "80248007" in codes
    left = left or any(w in words for w in _LEFT_WORDS)
    right = _RIGHT_LATERALITY in laterality or bool(codes & _RIGHT_SITES)
    right = right or any(w in words for w in _RIGHT_WORDS)
    return left or not right


def _anthracycline_warning(record: PatientRecord) -> DerivedWarning | None:
    totals = {t.unit: t for t in record.systemic.anthracycline_equivalents}
    agents = [a for a in record.systemic.agents if a.anthracycline]
    if not agents:
        return None
    rows = tuple(sorted({r for a in agents for r in a.row_ids}))
    sources = _merge_sources(*(a.sources for a in agents))
    names = tuple(a.agent or "?" for a in agents)
    per_m2 = totals.get("mg/m2")
    if per_m2 is None:
        in_mg = totals.get("mg")
        if in_mg is None:
            return None
        return DerivedWarning(
            "warning:anthracycline_mg",
            "anthracycline_mg",
            rows,
            sources,
            names,
            dose=in_mg.total,
        )
    if per_m2.total >= ANTHRACYCLINE_HIGH_RISK_MG_M2:
        return DerivedWarning(
            "warning:anthracycline_high",
            "anthracycline_high",
            rows,
            sources,
            names,
            dose=per_m2.total,
        )
    chest = [c for c in record.radiotherapy if heart_in_field(c)]
    if chest:
        site, words = _site_of(chest[0])
        return DerivedWarning(
            "warning:anthracycline_chest_rt",
            "anthracycline_chest_rt",
            tuple(sorted({*rows, *chest[0].row_ids})),
            _merge_sources(sources, chest[0].sources),
            names,
            dose=per_m2.total,
            site=site,
            site_words=words,
        )
    return DerivedWarning(
        "warning:anthracycline", "anthracycline", rows, sources, names, dose=per_m2.total
    )


def _port_warning(record: PatientRecord) -> DerivedWarning | None:
    ports = [d for d in record.devices if d.is_port and d.status in (None, "active", "intended")]
    if not ports:
        return None
    port = ports[0]
    return DerivedWarning(
        "warning:venous_port",
        "venous_port",
        port.row_ids,
        port.sources,
        date=day(port.period.start) if port.period else None,
        site=port.body_site,
    )


def derive_warnings(
    record: PatientRecord, today: date, terminology: Terminology
) -> tuple[DerivedWarning, ...]:
    """Every warning the record implies, most urgent first."""
    agents = record.systemic.agents
    cytotoxic = [
        pair
        for pair in _recent(agents, today, NEUTROPENIA_WINDOW_DAYS)
        if _has_atc(pair[0], CYTOTOXIC_ATC, terminology)
    ]
    checkpoint = [
        pair
        for pair in _recent(agents, today, CHECKPOINT_WINDOW_DAYS)
        if _has_atc(pair[0], CHECKPOINT_ATC, terminology)
    ]
    found = [
        _agent_warning("neutropenic_sepsis", cytotoxic),
        _agent_warning("checkpoint_inhibitor", checkpoint),
        _anthracycline_warning(record),
        _port_warning(record),
    ]
    return tuple(w for w in found if w is not None)
