"""Anthracycline doxorubicin-equivalent totals, with the conversion table named and cited.

Guidelines differ (Children's Oncology Group substitution rules treat daunorubicin and
epirubicin as equal to doxorubicin; later work found daunorubicin less and mitoxantrone more
cardiotoxic), so the table is data with a name, a version and a citation, shown with every total.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import ClassVar


@dataclass(frozen=True)
class ConversionTable:
    id: str
    name: str
    version: str
    year: int
    citation: str
    factors: Mapping[str, float]  # INN -> doxorubicin-equivalent factor


FEIJEN_2019 = ConversionTable(
    id="feijen-2019-cardiomyopathy",
    name="Cardiomyopathy equivalence ratios to doxorubicin (Feijen et al.)",
    version="JAMA Oncology 2019;5(6):864-871, Table 3, mean ratios",
    year=2019,
    citation=(
        "Feijen EAM, Leisenring WM, Stratton KL, et al. Derivation of Anthracycline and "
        "Anthraquinone Equivalence Ratios to Doxorubicin for Late-Onset Cardiotoxicity. "
        "JAMA Oncol. 2019;5(6):864-871. doi:10.1001/jamaoncol.2018.6634"
    ),
    factors=MappingProxyType(
        {
            "doxorubicin": 1.0,
            "daunorubicin": 0.6,
            "epirubicin": 0.8,
            "mitoxantrone": 10.5,
        }
    ),
)
"""The table the record uses.

Source: Feijen et al. 2019 (JAMA Oncology, doi:10.1001/jamaoncol.2018.6634), Table 3
"Cardiomyopathy HRs and Mean Equivalence Ratios for Various Anthracyclines or Mitoxantrone Relative
to Doxorubicin", column "Mean": daunorubicin 0.6, epirubicin 0.8, mitoxantrone 10.5. Idarubicin is
"NE" (not estimable) there, so idarubicin is *not converted* and the total says so. The
International Late Effects of Childhood Cancer Guideline Harmonization Group (IGHG) panel in
JACC: CardioOncology recommends the same 0.6 for daunorubicin and 10.5 for mitoxantrone and makes
no recommendation for epirubicin or idarubicin.
"""
CURRENT_TABLE = FEIJEN_2019

# Every anthracycline or anthraquinone the record recognises, converted or not.
ANTHRACYCLINES = frozenset(
    {"doxorubicin", "daunorubicin", "epirubicin", "idarubicin", "mitoxantrone"}
)


def is_anthracycline(inn: str | None) -> bool:
    if not inn:
        return False
    return inn in ANTHRACYCLINES or inn.split(" (", 1)[0] in ANTHRACYCLINES


@dataclass(frozen=True)
class Contribution:
    agent_id: str
    agent: str
    dose: float
    factor: float
    equivalent: float


@dataclass(frozen=True)
class EquivalentTotal:
    """Doxorubicin-equivalent total in one unit (mg/m² or mg)."""

    JSON_EXTRA: ClassVar[tuple[str, ...]] = ("complete",)

    unit: str
    total: float
    contributions: tuple[Contribution, ...]
    not_converted: tuple[str, ...]  # anthracyclines given whose dose could not be counted here
    table_id: str
    table_name: str
    table_version: str
    citation: str

    @property
    def complete(self) -> bool:
        return not self.not_converted


def equivalent_total(
    unit: str,
    doses: list[tuple[str, str, float | None]],
    table: ConversionTable = CURRENT_TABLE,
) -> EquivalentTotal | None:
    """*doses*: (agent item id, INN, cumulative dose in *unit* or None) for every anthracycline."""
    contributions: list[Contribution] = []
    missing: list[str] = []
    for agent_id, inn, dose in doses:
        factor = table.factors.get(inn)
        if factor is None or dose is None:
            missing.append(inn)
            continue
        contributions.append(Contribution(agent_id, inn, dose, factor, round(dose * factor, 4)))
    if not contributions:
        return None
    total = round(sum(c.equivalent for c in contributions), 4)
    return EquivalentTotal(
        unit,
        total,
        tuple(contributions),
        tuple(missing),
        table.id,
        table.name,
        table.version,
        table.citation,
    )
