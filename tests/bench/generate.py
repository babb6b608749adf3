"""Synthetic FHIR histories of any size for benchmarks (no real person's data)."""

from __future__ import annotations

import random
from typing import Any

LOINC = [
    ("751-8", "10*9/L", 1.5, 7.5),
    ("718-7", "g/dL", 12.0, 16.0),
    ("777-3", "10*9/L", 150, 400),
    ("6875-9", "U/mL", 0, 30),
]


def observations(count: int, *, seed: int = 7, marker: str = "") -> list[dict[str, Any]]:
    rng = random.Random(seed)
    resources = []
    for i in range(count):
        code, unit, low, high = LOINC[i % len(LOINC)]
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2015 + (i // 336) % 12
        resources.append(
            {
                "resourceType": "Observation",
                "id": f"obs-{i}",
                "status": "final",
                "category": [
                    {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                "code": "laboratory",
                            }
                        ]
                    }
                ],
                "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
                "subject": {"reference": "Patient/p1"},
                "effectiveDateTime": f"{year}-{month:02d}-{day:02d}T08:30:00+02:00",
                "valueQuantity": {
                    "value": round(rng.uniform(low * 0.5, high * 1.2), 2),
                    "unit": unit,
                    "system": "http://unitsofmeasure.org",
                    "code": unit,
                },
                "referenceRange": [
                    {"low": {"value": low, "unit": unit}, "high": {"value": high, "unit": unit}}
                ],
                "note": [{"text": f"synthetic benchmark value {i} {marker}".strip()}],
            }
        )
    return resources
