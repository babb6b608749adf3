"""The names of the record window's views, in sidebar order, without Qt (STYLE.md rule 1 allows
``ui/`` modules that do not import it): the ``screenshots`` command checks its ``--view`` names
here before it loads Qt."""

from __future__ import annotations

VIEW_KEYS = (
    "overview",
    "cancer-journey",
    "treatments",
    "results",
    "medications",
    "allergies",
    "conditions",
    "immunisations",
    "documents",
    "other-records",
    "my-entries",
    "sources",
    "settings",
)
