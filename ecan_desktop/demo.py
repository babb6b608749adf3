"""The demo profile: a synthetic breast-cancer history from two fictional centres
(``resources/demo/``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ecan_desktop.importers.file import read_fhir_bytes
from ecan_desktop.importers.report import store_batch
from ecan_desktop.paths import resource_path
from ecan_desktop.record.patient import patient_summary
from ecan_desktop.vault.profiles import CreatedProfile, ProfileStore

DEMO_LABEL = "Demo"
# Printed to the user on purpose: the demo holds no real data.
DEMO_PASSPHRASE = "demo"


def demo_manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("demo", "manifest.json").read_text("utf-8"))
    return data


def create_demo_profile(
    store: ProfileStore,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> CreatedProfile:
    """Create the "Demo" profile (passphrase "demo") and import the demo centres' summaries."""
    manifest = demo_manifest()
    label = str(manifest.get("profile_label", DEMO_LABEL))
    created = store.create(label, DEMO_PASSPHRASE, allow_short_passphrase=True)
    try:
        with store.unlock(created.info.id, DEMO_PASSPHRASE) as opened:
            sources = manifest["sources"]
            for index, source in enumerate(sources):
                path = resource_path("demo", source["file"])
                batch = read_fhir_bytes(
                    path.name,
                    path.read_bytes(),
                    centre_name=source.get("centre_name"),
                    centre_country=source.get("centre_country"),
                    imported_at=source.get("imported_at"),
                )
                store_batch(opened.vault, path.name, batch)
                if progress is not None:
                    progress(index + 1, len(sources))
            patient = patient_summary(opened.vault)
            opened.vault.set_meta(
                {"patient_name": patient.name, "patient_birth_date": patient.birth_date}
            )
    except BaseException:
        store.delete(created.info.id)
        raise
    return created
