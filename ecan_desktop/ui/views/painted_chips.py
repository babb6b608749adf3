"""Source chips painted by item delegates (the timeline's rows, the tables' source column).

The same words and look as :class:`~ecan_desktop.ui.views.source_chips.SourceChips` ("IOCN · RO",
"Reported by you" with a dashed outline, "1 more source"), drawn instead of made of widgets, so that
a list of thousands of rows costs nothing until a row is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen

from ecan_desktop.record.sources import SourceRef
from ecan_desktop.ui.typography import TextRole, grid_unit, role_font
from ecan_desktop.ui.views.source_chips import (
    COLLAPSE_AFTER,
    chip_text,
    is_patient_reported,
    unique_sources,
)


def chip_labels(sources: Sequence[SourceRef]) -> list[tuple[str, bool]]:
    """(text, reported by the patient) for each chip; more than two collapse into "N more"."""
    unique = unique_sources(sources)
    if len(unique) > COLLAPSE_AFTER:
        hidden = len(unique) - 1
        more = QCoreApplication.translate("SourceChips", "%n more source(s)", "", hidden)
        return [(chip_text(unique[0]), is_patient_reported(unique[0])), (more, False)]
    return [(chip_text(s), is_patient_reported(s)) for s in unique]


def chip_font() -> QFont:
    return role_font(TextRole.CAPTION)


def chip_height() -> int:
    return QFontMetrics(chip_font()).height() + 4


def paint_chips(
    painter: QPainter, rect: QRect, sources: Sequence[SourceRef], palette: QPalette
) -> None:
    """Chips left to right from *rect*'s top left; the last one that does not fit is elided."""
    labels = chip_labels(sources)
    if not labels:
        return
    font = chip_font()
    metrics = QFontMetrics(font)
    unit = grid_unit()
    height = chip_height()
    x = rect.left()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    for text, you in labels:
        room = rect.right() - x
        if room < 3 * unit:
            break
        label = text
        width = metrics.horizontalAdvance(label) + 2 * unit
        if width > room:
            label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room - 2 * unit)
            width = room
        paint_chip(painter, QRectF(x, rect.top(), width, height), label, you, palette)
        x += width + unit // 2
    painter.restore()


def paint_chip(painter: QPainter, rect: QRectF, text: str, you: bool, palette: QPalette) -> None:
    """One chip filling *rect*: rounded, a dashed outline for what the patient reported, *text*
    centred (the caller elides it to fit). The painter's font is the caller's."""
    box = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    path = QPainterPath()
    path.addRoundedRect(box, box.height() / 2, box.height() / 2)
    background = QPalette.ColorRole.Base if you else QPalette.ColorRole.AlternateBase
    painter.fillPath(path, palette.color(background))
    pen = QPen(palette.color(QPalette.ColorRole.Dark if you else QPalette.ColorRole.Mid))
    if you:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawPath(path)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
