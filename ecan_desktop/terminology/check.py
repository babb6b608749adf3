"""Is every shipped language complete? The same labels, concepts and agents as the reference
language, no empty text, and the same ``{placeholders}`` in each label (a translation that drops
or renames one would print a raw field or fall back to English)."""

from __future__ import annotations

import re

from ecan_desktop.terminology.catalogue import Terminology

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems(terminology: Terminology) -> list[str]:
    """What a shipped language lacks or gets wrong (empty when all are complete)."""
    found: list[str] = []
    reference = terminology.packs[terminology.reference]
    for code in terminology.shipped:
        pack = terminology.packs.get(code)
        if pack is None:
            found.append(f"{code}: listed as shipped, but has no file")
            continue
        for kind, mine, theirs in (
            ("label", pack.labels, reference.labels),
            ("concept", pack.concepts, reference.concepts),
            ("agent", pack.agents, reference.agents),
        ):
            found.extend(f"{code}: {kind} {key} is missing" for key in theirs if key not in mine)
            found.extend(
                f"{code}: {kind} {key} is not in {terminology.reference}"
                for key in mine
                if key not in theirs
            )
            found.extend(
                f"{code}: {kind} {key} is empty" for key, text in mine.items() if not text.strip()
            )
        for key, text in pack.labels.items():
            wanted = placeholders(reference.labels.get(key, ""))
            if key in reference.labels and placeholders(text) != wanted:
                found.append(
                    f"{code}: label {key} has {sorted(placeholders(text))}, not {sorted(wanted)}"
                )
    for key in reference.concepts:
        if key not in terminology.concept_kinds:
            found.append(f"concept {key} is not in concepts.json")
    for inn in reference.agents:
        if inn not in terminology.agents:
            found.append(f"agent {inn} is not in concepts.json")
    return found
