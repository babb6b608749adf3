"""Our clinical vocabulary, as data (``resources/terminology/``): the printed summary's labels
and translated displays of the concepts we print most, read without Qt so that the summary can be
rendered in any two languages at once, headless (DESIGN.md "Languages")."""

from ecan_desktop.terminology.catalogue import (
    AgentInfo,
    LanguagePack,
    Terminology,
    concept_key,
    load_terminology,
)

__all__ = ["AgentInfo", "LanguagePack", "Terminology", "concept_key", "load_terminology"]
