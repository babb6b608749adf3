"""Procedures other than radiotherapy: surgery, stem-cell transplants, treatment protocols
(Survivorship Passport "first line treatment" entries) and every other procedure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.codes import SNOMED, Concept, concept, concepts, is_absent
from ecan_desktop.record.context import BuildContext, build_fact
from ecan_desktop.record.dates import Period, when
from ecan_desktop.record.fhir_json import (
    extension,
    extensions,
    has_profile,
    notes,
    objs,
    reference_of,
    text,
    texts,
)
from ecan_desktop.record.index import Fact
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.vault.records import StoredResource

SURGICAL_PROCEDURE = "387713003"  # SNOMED CT category "Surgical procedure"
TREATMENT_LINE = "708255002"  # SNOMED CT category the Survivorship Passport uses for a protocol
TRANSPLANT_CODES = frozenset({"234336002"})  # Hemopoietic stem cell transplant
_TRANSPLANT_WORDS = ("stem cell transplant", "stem-cell transplant", "bone marrow transplant",
                     "hematopoietic", "haematopoietic", "hemopoietic", "hsct", "stammzell",
                     "trapianto di cellule staminali", "trasplante de progenitores")  # fmt: skip
_SURGERY_WORDS = ("ectomy", "resection", "excision", "lumpectomy", "amputation", "bypass graft",
                  "surgical", "surgery", "operation", "reconstruction", "ectomia", "ektomie",
                  "resektion", "exérèse", "chirurg")  # fmt: skip
_NOT_SURGERY_WORDS = (
    "biopsy", "biopsie", "endoscop", "colonoscop", "bronchoscop", "imaging", "x-ray",
    "tomography", "documentation", "education", "assessment",
)  # fmt: skip


def _words(resource: dict[str, Any]) -> str:
    code = concept(resource.get("code"))
    return code.words() if code is not None else ""


def procedure_kind(resource: dict[str, Any]) -> str:
    """transplant | protocol | surgery | procedure."""
    code = concept(resource.get("code"))
    category = concept(resource.get("category"))
    words = _words(resource)
    if (code is not None and code.has(SNOMED, *TRANSPLANT_CODES)) or any(
        w in words for w in _TRANSPLANT_WORDS
    ):
        return "transplant"
    if category is not None and category.has(SNOMED, TREATMENT_LINE) and code is None:
        return "protocol"
    if has_profile(resource, "mcode-cancer-related-surgical-procedure"):
        return "surgery"
    if category is not None and category.has(SNOMED, SURGICAL_PROCEDURE):
        return "surgery"
    if any(w in words for w in _SURGERY_WORDS) and not any(w in words for w in _NOT_SURGERY_WORDS):
        return "surgery"
    return "procedure"


@dataclass(frozen=True)
class ProcedureRecord:
    """A surgery, a transplant or another procedure (``kind`` says which)."""

    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    kind: str  # surgery | transplant | procedure
    title: str | None
    code: Concept | None
    category: Concept | None
    period: Period | None
    status: str | None
    body_sites: tuple[Concept, ...]
    laterality: Concept | None
    intent: Concept | None
    outcome: Concept | None
    transplant_type: str | None  # autologous | allogeneic (transplants)
    reasons: tuple[Concept, ...]
    diagnosis_ids: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class TreatmentProtocol:
    """A treatment line as the Survivorship Passport states it: a protocol and when it ended."""

    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    category: Concept | None
    protocols: tuple[str, ...]  # canonical URLs of the PlanDefinitions followed
    period: Period | None
    outcome: Concept | None
    diagnosis_ids: tuple[str, ...]


def _valued(element: dict[str, Any] | None) -> Concept | None:
    return concept(element.get("valueCodeableConcept")) if element else None


def _laterality(resource: dict[str, Any]) -> Concept | None:
    for site in objs(resource.get("bodySite")):
        for ext in extensions(site, "mcode-laterality-qualifier"):
            found = _valued(ext)
            if found is not None and not is_absent(found):
                return found
    return None


def _transplant_type(words: str) -> str | None:
    if "autolog" in words:
        return "autologous"
    if "allogen" in words:
        return "allogeneic"
    return None


def _parse(stored: StoredResource, ctx: BuildContext) -> ProcedureRecord | None:
    resource = stored.resource
    kind = procedure_kind(resource)
    if kind == "protocol":
        return None
    code = concept(resource.get("code"))
    category = concept(resource.get("category"))
    references = [reference_of(r) for r in objs(resource.get("reasonReference"))]
    return ProcedureRecord(
        id="",
        row_ids=(),
        sources=(),
        kind=kind,
        title=(code.label if code else None) or (category.label if category else None),
        code=code,
        category=category,
        period=when(resource, "performedDateTime", "performedPeriod", "performedString"),
        status=text(resource.get("status")),
        body_sites=concepts(resource.get("bodySite")),
        laterality=_laterality(resource),
        intent=_valued(extension(resource, "mcode-procedure-intent")),
        outcome=concept(resource.get("outcome")),
        transplant_type=_transplant_type(_words(resource)) if kind == "transplant" else None,
        reasons=concepts(resource.get("reasonCode")),
        diagnosis_ids=ctx.diagnosis_ids(references, stored),
        notes=notes(resource),
    )


def _parse_protocol(stored: StoredResource, ctx: BuildContext) -> TreatmentProtocol | None:
    resource = stored.resource
    if procedure_kind(resource) != "protocol":
        return None
    references = [reference_of(r) for r in objs(resource.get("reasonReference"))]
    return TreatmentProtocol(
        id="",
        row_ids=(),
        sources=(),
        category=concept(resource.get("category")),
        protocols=tuple(
            texts(resource.get("instantiatesCanonical")) + texts(resource.get("instantiatesUri"))
        ),
        period=when(resource, "performedPeriod", "performedDateTime"),
        outcome=concept(resource.get("outcome")),
        diagnosis_ids=ctx.diagnosis_ids(references, stored),
    )


def build_procedures(
    ctx: BuildContext, facts: list[Fact]
) -> tuple[tuple[ProcedureRecord, ...], tuple[TreatmentProtocol, ...]]:
    procedures: list[ProcedureRecord] = []
    protocols: list[TreatmentProtocol] = []
    for fact in facts:
        if ctx.is_claimed(fact.primary.row_id):
            continue
        protocol = build_fact(ctx, fact, "protocol", _parse_protocol)
        if protocol is not None:
            protocols.append(protocol)
            continue
        found = build_fact(ctx, fact, _prefix(fact), _parse)
        if found is not None:
            procedures.append(found)
    return tuple(procedures), tuple(protocols)


def _prefix(fact: Fact) -> str:
    try:
        return procedure_kind(fact.primary.resource)
    except Exception:  # the parser will fail on it too; the fact ends among the other records
        return "procedure"
