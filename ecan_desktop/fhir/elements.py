"""The FHIR R4 element table: whether each element repeats, and its type.

FHIR XML does not say which elements are arrays in JSON; the definitions do. The table is generated
from them once (``resources/fhir/make_elements.py``, see ``resources/fhir/README.md``), shipped as
``resources/fhir/r4-elements.json``, read on first use and kept for the life of the process.
Types are named as FHIR names them: primitives in lower camel case (``boolean``, ``dateTime``,
``xhtml``), complex datatypes and resources in upper camel case (``CodeableConcept``,
``Observation``), backbone elements by their defining path (``Bundle.entry``), and ``Resource`` for
an element that holds a whole resource (``contained``, ``Bundle.entry.resource``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from ecan_desktop.paths import resource_path

RESOURCE = "Resource"
XHTML = "xhtml"


class ElementInfo(NamedTuple):
    repeats: bool
    type: str

    @property
    def is_primitive(self) -> bool:
        """``string``, ``boolean``... (lower case, by FHIR's naming), including ``xhtml``."""
        return self.type[:1].islower()


@dataclass(frozen=True)
class ElementTable:
    fhir_version: str
    resources: frozenset[str]
    types: dict[str, dict[str, list[Any]]]

    def element(self, owner: str, name: str) -> ElementInfo | None:
        """The element *name* of the resource, datatype or backbone *owner*, if FHIR defines it."""
        entry = self.types.get(owner)
        info = entry.get(name) if entry is not None else None
        if info is None:
            return None
        return ElementInfo(bool(info[0]), str(info[1]))

    def is_resource(self, name: str) -> bool:
        return name in self.resources


@cache
def element_table() -> ElementTable:
    """The shipped table, loaded once."""
    raw = json.loads(resource_path("fhir", "r4-elements.json").read_text(encoding="utf-8"))
    return ElementTable(
        fhir_version=raw["fhirVersion"],
        resources=frozenset(raw["resources"]),
        types=raw["types"],
    )
