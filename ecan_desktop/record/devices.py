"""Devices the patient has or had (an implanted port above all): the Device and the statement
of its use are one item."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecan_desktop.record.codes import SNOMED, Concept, concept
from ecan_desktop.record.context import BuildContext, guarded
from ecan_desktop.record.dates import Period, when
from ecan_desktop.record.fhir_json import notes, objs, reference_of, text
from ecan_desktop.record.index import Fact
from ecan_desktop.record.sources import SourceRef

PORT_CODES = frozenset({"398013009"})  # Implantable venous access port
_PORT_WORDS = (
    "port-a-cath", "portacath", "port a cath", "venous access port", "implantable port",
    "chemoport", "cameră port", "camera port", "portkatheter", "port system",
)  # fmt: skip


@dataclass(frozen=True)
class DeviceItem:
    id: str
    row_ids: tuple[int, ...]
    sources: tuple[SourceRef, ...]
    name: str | None
    type: Concept | None
    is_port: bool  # an implanted venous access port (emergency-relevant)
    status: str | None
    period: Period | None
    body_site: Concept | None
    notes: tuple[str, ...]


def _device_name(device: dict[str, Any]) -> str | None:
    for name in objs(device.get("deviceName")):
        found = text(name.get("name"))
        if found:
            return found
    return text(device.get("modelNumber"))


def _is_port(device_type: Concept | None, name: str | None) -> bool:
    if device_type is not None and device_type.has(SNOMED, *PORT_CODES):
        return True
    words = ((device_type.words() if device_type else "") + " " + (name or "")).casefold()
    return any(w in words for w in _PORT_WORDS)


def _item(use: Fact | None, device: Fact | None, ctx: BuildContext) -> DeviceItem:
    facts = [f for f in (use, device) if f is not None]
    device_json = device.primary.resource if device is not None else {}
    use_json = use.primary.resource if use is not None else {}
    device_type = concept(device_json.get("type"))
    name = _device_name(device_json) or (device_type.label if device_type else None)
    rows = tuple(sorted({r for f in facts for r in f.row_ids}))
    identity = f"device:{min(f.primary.row_id for f in facts)}"
    ctx.claim(rows, identity)
    return DeviceItem(
        id=identity,
        row_ids=rows,
        sources=ctx.sources(m for f in facts for m in f.members),
        name=name,
        type=device_type,
        is_port=_is_port(device_type, name),
        status=text(use_json.get("status")) or text(device_json.get("status")),
        period=when(use_json, "timingPeriod", "timingDateTime", "recordedOn"),
        body_site=concept(use_json.get("bodySite")),
        notes=notes(use_json) + notes(device_json),
    )


def build_devices(
    ctx: BuildContext, uses: list[Fact], devices: list[Fact]
) -> tuple[DeviceItem, ...]:
    items: list[DeviceItem] = []
    for use in uses:
        target = ctx.index.resolve(reference_of(use.primary.resource.get("device")), use.primary)
        device = ctx.index.fact_of(target.row_id) if target is not None else None
        if device is not None and (
            device.resource_type != "Device" or ctx.is_claimed(device.primary.row_id)
        ):
            device = None
        found = guarded(_item, use, device, ctx)
        if found is not None:
            items.append(found)
    for device in devices:
        if not ctx.is_claimed(device.primary.row_id):
            found = guarded(_item, None, device, ctx)
            if found is not None:
                items.append(found)
    return tuple(items)
