"""Keeping the emergency page on one page: it is laid out at the largest type size that fits
(the smallest when none does, and it then runs on), and what was laid out to measure it is kept,
so that it is not laid out a second time."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ecan_desktop.summary.contacts import Contacts
from ecan_desktop.summary.labels import Labels
from ecan_desktop.summary.pdf_emergency import emergency_page
from ecan_desktop.summary.pdf_style import make_styles
from ecan_desktop.summary.select import SummaryContent

# Body sizes tried, largest first, until the emergency page fits on one page.
PAGE_ONE_SIZES = (8.6, 8.2, 7.8, 7.4)


class _Measured(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A flowable already wrapped at the frame's width: the page-1 fitting has laid it out, and
    laying it out again would cost as much a second time."""

    def __init__(self, inner: Flowable, size: tuple[float, float]) -> None:
        super().__init__()
        self.inner = inner
        self.width, self.height = size
        self.keepWithNext = getattr(inner, "keepWithNext", 0)

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.inner.getSpaceAfter())

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)


def _measured(
    flowables: list[Flowable], width: float, height: float
) -> tuple[float, list[Flowable]]:
    total = 0.0
    found: list[Flowable] = []
    for flowable in flowables:
        size = flowable.wrap(width, height)
        total += size[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        found.append(_Measured(flowable, size))
    return total, found


def fitted_emergency_page(
    labels: Labels,
    content: SummaryContent,
    contacts: Contacts,
    width: float,
    height: float,
    qr_matrix: list[list[bool]] | None,
) -> list[Flowable]:
    """The emergency page at the largest type size that keeps it on one page (the smallest
    size when even that does not fit: it then runs on, laid out afresh so that it can split)."""
    found: list[Flowable] = []
    for size in PAGE_ONE_SIZES:
        found = emergency_page(labels, content, contacts, make_styles(size), width, qr_matrix)
        used, measured = _measured(found, width, height)
        if used <= height:
            return measured
    return found
