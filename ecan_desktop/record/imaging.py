"""Imaging: scans and X-rays among the procedures and reports, so that the timeline shows them as
imaging (a kind of their own) rather than as any other procedure or test.

A biopsy or an endoscopy guided by imaging is not imaging: it stays a procedure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ecan_desktop.record.codes import LOINC, SNOMED, Concept

IMAGING_SNOMED = frozenset(
    {
        "363679005",  # Imaging (procedure)
        "71651007",  # Mammography
        "77477000",  # Computerized axial tomography
        "113091000",  # Magnetic resonance imaging
        "16310003",  # Diagnostic ultrasonography
        "168537006",  # Plain radiography
        "399208008",  # Plain chest X-ray
        "82918005",  # Positron emission tomography
        "241615005",  # Magnetic resonance imaging of breast
        "418891003",  # Computed tomography of chest and abdomen
    }
)
# DiagnosticReport categories for imaging: HL7 v2 table 0074 and the LOINC radiology part.
IMAGING_CATEGORIES = frozenset({"RAD", "CT", "MR", "NMR", "RUS", "US", "XRAY"})
RADIOLOGY_PART = "LP29684-5"  # LOINC part "Radiology"
_WORDS = re.compile(
    r"mammogra|mamografi|mamogra|tomogra|x-ray|röntgen|radiogra|magnetic resonance|"
    r"\bmri\b|\brmn\b|\birm\b|\bct\b|\bpet\b|ultrason|ultrasound|sonogra|ecograf|echogra|"
    r"scintigra|\bscan\b|imaging|imagistic|bildgeb|imagerie"
)
_NOT_IMAGING = ("biops", "biopt", "endoscop", "colonoscop", "bronchoscop", "guided", "ghidat")


def is_imaging(code: Concept | None, categories: Iterable[Concept | None] = ()) -> bool:
    """Whether a procedure or report with this *code* and these *categories* is imaging."""
    words = code.words() if code is not None else ""
    if any(w in words for w in _NOT_IMAGING):
        return False
    if code is not None and code.has(SNOMED, *IMAGING_SNOMED):
        return True
    for category in categories:
        if category is None:
            continue
        if any(c.code in IMAGING_CATEGORIES for c in category.codes if c.system != LOINC):
            return True
        if category.has(LOINC, RADIOLOGY_PART) or "imaging" in category.words():
            return True
    return bool(_WORDS.search(words))
