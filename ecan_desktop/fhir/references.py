"""FHIR references: what a ``reference`` string points at.

Inside a Bundle, entries are named by ``fullUrl`` (``urn:uuid:…``, ``urn:oid:…`` or an absolute
URL) and may be referred to by it, or by a relative ``Type/id``. The vault keeps every entry's
``fullUrl`` as an alias of the stored resource, so references keep resolving after import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TYPE = r"[A-Z][A-Za-z]+"
_ID = r"[A-Za-z0-9\-.]{1,64}"
_RELATIVE = re.compile(rf"^(?:.*/)?(?P<type>{_TYPE})/(?P<id>{_ID})(?:/_history/[^/]+)?$")
_URN = re.compile(r"^urn:(?:uuid|oid):(?P<id>.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedReference:
    """``resource_type`` is None for a ``urn:`` reference (it names no type)."""

    resource_type: str | None
    fhir_id: str


def parse_reference(reference: str) -> ParsedReference | None:
    """``Patient/1``, ``https://x/fhir/Patient/1/_history/2``, ``urn:uuid:…``; None otherwise.

    A reference to a contained resource (``#id``) is resolved inside its container, not here.
    """
    reference = reference.strip()
    if not reference or reference.startswith("#"):
        return None
    urn = _URN.match(reference)
    if urn:
        return ParsedReference(None, urn.group("id"))
    relative = _RELATIVE.match(reference)
    if relative:
        return ParsedReference(relative.group("type"), relative.group("id"))
    return None
