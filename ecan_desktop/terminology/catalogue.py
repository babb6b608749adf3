"""Reading ``resources/terminology/``: one file per language, one catalogue of what they translate.

- ``languages.json``: the reference language (``en``) and the languages shipped.
- ``concepts.json``: the concepts we translate, by ``<system>|<code>`` with their kind, and the
  anticancer agents by INN with their ATC code and classes. Language-neutral.
- ``<code>.json``: one language: ``labels`` (the PDF's words, with ``{named}`` placeholders),
  ``concepts`` (a display per concept key) and ``agents`` (the INN as written in that language).

A language is added by adding its file and listing it in ``languages.json``; a test fails when a
shipped language lacks a label, a concept or an agent, or changes a placeholder.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ecan_desktop.paths import resource_path

FORMAT = 1


def concept_key(system: str | None, code: str | None) -> str:
    """The key of a concept in the catalogue: ``http://snomed.info/sct|39579001``."""
    return f"{system or ''}|{code or ''}"


@dataclass(frozen=True)
class AgentInfo:
    inn: str
    atc: str | None
    classes: tuple[str, ...]  # anthracycline, cytotoxic, checkpoint_inhibitor, endocrine, ...


@dataclass(frozen=True)
class LanguagePack:
    code: str
    labels: Mapping[str, str]
    concepts: Mapping[str, str]
    agents: Mapping[str, str]


@dataclass(frozen=True)
class Terminology:
    reference: str
    shipped: tuple[str, ...]
    packs: Mapping[str, LanguagePack]
    concept_kinds: Mapping[str, str]  # concept key -> kind (reaction, substance, site, ...)
    agents: Mapping[str, AgentInfo]  # INN -> agent

    def has(self, language: str) -> bool:
        return language in self.packs

    def label(self, language: str, key: str) -> str:
        """The label in *language*; the reference language's if a pack lacks it (a test makes
        sure shipped packs never do), else the key itself so that nothing prints blank."""
        pack = self.packs.get(language)
        if pack is not None and key in pack.labels:
            return pack.labels[key]
        reference = self.packs[self.reference].labels
        return reference.get(key, key)

    def concept(self, language: str, system: str | None, code: str | None) -> str | None:
        pack = self.packs.get(language)
        return pack.concepts.get(concept_key(system, code)) if pack is not None else None

    def agent_name(self, language: str, inn: str | None) -> str | None:
        if not inn:
            return None
        pack = self.packs.get(language)
        return pack.agents.get(inn) if pack is not None else None

    def agent(self, inn: str | None = None, atc: str | None = None) -> AgentInfo | None:
        if inn and inn in self.agents:
            return self.agents[inn]
        if atc:
            return next((a for a in self.agents.values() if a.atc == atc), None)
        return None


def _read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path.name}: unsupported terminology format {data.get('format')!r}")
    return data


def _strings(value: object) -> Mapping[str, str]:
    if not isinstance(value, dict):
        return MappingProxyType({})
    return MappingProxyType({str(k): str(v) for k, v in value.items() if isinstance(v, str)})


def read_terminology(folder: Path) -> Terminology:
    languages = _read(folder / "languages.json")
    catalogue = _read(folder / "concepts.json")
    shipped = tuple(str(code) for code in languages["shipped"])
    packs = {}
    for code in shipped:
        data = _read(folder / f"{code}.json")
        packs[code] = LanguagePack(
            code,
            _strings(data.get("labels")),
            _strings(data.get("concepts")),
            _strings(data.get("agents")),
        )
    agents = {
        inn: AgentInfo(inn, info.get("atc"), tuple(info.get("classes", ())))
        for inn, info in catalogue["agents"].items()
    }
    kinds = {key: str(info["kind"]) for key, info in catalogue["concepts"].items()}
    return Terminology(
        reference=str(languages["reference"]),
        shipped=shipped,
        packs=MappingProxyType(packs),
        concept_kinds=MappingProxyType(kinds),
        agents=MappingProxyType(agents),
    )


@lru_cache(maxsize=1)
def load_terminology() -> Terminology:
    """The shipped terminology (read once: it is immutable data that ships with the app)."""
    return read_terminology(resource_path("terminology"))
