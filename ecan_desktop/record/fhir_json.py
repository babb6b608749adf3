"""Reading FHIR JSON leniently: every accessor returns None or an empty list for a value of the
wrong shape, so that a malformed element yields less instead of raising."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any


def obj(value: object) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def objs(value: object) -> list[dict[str, Any]]:
    """The objects of a repeating element; a lone object (a common defect) counts as a list."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return []


def text(value: object) -> str | None:
    if isinstance(value, str):
        stripped = value.strip()
        return stripped or None
    return None


def texts(value: object) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [t for t in (text(v) for v in value) if t]


def number(value: object) -> float | None:
    """A finite JSON number (booleans are not numbers); a numeric string is accepted too."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return result if math.isfinite(result) else None


def integer(value: object) -> int | None:
    found = number(value)
    if found is None or found != int(found) or abs(found) > 1e12:
        return None
    return int(found)


def url_matches(url: object, *suffixes: str) -> bool:
    """Extension URLs are matched by their last path segment: the same mCODE extension is
    published under several bases (hl7.org/fhir/us/mcode, hl7.eu/fhir/ig/pcsp, ...)."""
    if not isinstance(url, str):
        return False
    name = url.rstrip("/").rsplit("/", 1)[-1]
    return name in suffixes


def extensions(element: object, *suffixes: str) -> list[dict[str, Any]]:
    found = obj(element)
    if found is None:
        return []
    return [e for e in objs(found.get("extension")) if url_matches(e.get("url"), *suffixes)]


def extension(element: object, *suffixes: str) -> dict[str, Any] | None:
    found = extensions(element, *suffixes)
    return found[0] if found else None


def sub_extension(element: object, name: str) -> dict[str, Any] | None:
    """A sub-extension of a complex extension, named by a plain ``url`` like ``volume``."""
    found = obj(element)
    if found is None:
        return None
    for ext in objs(found.get("extension")):
        if ext.get("url") == name or url_matches(ext.get("url"), name):
            return ext
    return None


def profiles(resource: dict[str, Any]) -> list[str]:
    meta = obj(resource.get("meta"))
    return texts(meta.get("profile")) if meta else []


def has_profile(resource: dict[str, Any], *suffixes: str) -> bool:
    if not resource.get("meta"):  # most resources name no profile: answered at once
        return False
    return any(url_matches(p.split("|", 1)[0], *suffixes) for p in profiles(resource))


def references(value: object, limit: int = 5000) -> Iterator[str]:
    """Every ``reference`` string anywhere inside *value* (iteratively, never recursing)."""
    stack: list[object] = [value]
    seen = 0
    while stack and seen < limit:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            ref = item.get("reference")
            if isinstance(ref, str) and ref:
                yield ref
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))


def reference_of(value: object) -> str | None:
    found = obj(value)
    return text(found.get("reference")) if found else None


def notes(resource: dict[str, Any]) -> tuple[str, ...]:
    return tuple(t for t in (text(n.get("text")) for n in objs(resource.get("note"))) if t)
