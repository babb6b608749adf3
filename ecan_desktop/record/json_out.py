"""The record as JSON: every item's dataclass fields under their own names (documented in
JSON.md), sources as source ids (listed once, at the top), codes as {system, code, display}."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from typing import Any

from ecan_desktop.i18n.message import Message
from ecan_desktop.record.codes import Code, Concept
from ecan_desktop.record.sources import SourceRef


def _scalar(value: object) -> tuple[bool, Any]:
    if value is None or isinstance(value, (bool, int, str)):
        return True, value
    if isinstance(value, float):
        return True, value if math.isfinite(value) else None
    if isinstance(value, SourceRef):
        return True, value.source_id
    if isinstance(value, Message):
        return True, value.render()
    return False, None


def jsonable(value: object) -> Any:
    done, found = _scalar(value)
    if done:
        return found
    if isinstance(value, Code):
        return {"system": value.system, "code": value.code, "display": value.display}
    if isinstance(value, Concept):
        return {"text": value.text, "codes": [jsonable(c) for c in value.codes]}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in getattr(value, "JSON_EXTRA", ()):
            fields[name] = jsonable(getattr(value, name))
        return fields
    return str(value)
