"""Source chips: where a fact came from, under every fact (UI.md "Building blocks").

One small rounded label per source: the centre's name (shortened when long, in full in the tooltip)
and its country code, "IOCN · RO"; "Reported by you" for what the patient entered. More than two
sources collapse into the first one and an "N more" button that expands the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ecan_desktop.record.sources import SourceRef
from ecan_desktop.ui.locale_format import format_timestamp_date
from ecan_desktop.ui.typography import TextRole, grid, role_font

PATIENT_SOURCE_KIND = "patient"  # the source of the patient's own entries ("My entries")
MAX_NAME = 24  # characters of a centre's name on a chip; the tooltip has it all
COLLAPSE_AFTER = 2


def is_patient_reported(source: SourceRef) -> bool:
    return source.kind == PATIENT_SOURCE_KIND


def chip_text(source: SourceRef) -> str:
    """ "Centre · RO", the file name when the centre is unknown, "Reported by you" for entries."""
    if is_patient_reported(source):
        return QCoreApplication.translate("SourceChips", "Reported by you")
    name = (
        source.centre_name
        or source.file_name
        or QCoreApplication.translate("SourceChips", "Unnamed source")
    )
    if len(name) > MAX_NAME:
        name = name[: MAX_NAME - 1].rstrip() + "…"
    return f"{name} · {source.centre_country}" if source.centre_country else name


def chip_tooltip(source: SourceRef) -> str:
    if is_patient_reported(source):
        return QCoreApplication.translate("SourceChips", "You entered this yourself (My entries).")
    lines = [source.centre_name or QCoreApplication.translate("SourceChips", "Unnamed source")]
    if source.centre_country:
        lines[0] += f" ({source.centre_country})"
    when = format_timestamp_date(source.imported_at) or source.imported_at
    if source.file_name:
        lines.append(
            QCoreApplication.translate("SourceChips", "Imported {date} from {file}").format(
                date=when, file=source.file_name
            )
        )
    elif when:
        lines.append(QCoreApplication.translate("SourceChips", "Imported {date}").format(date=when))
    return "\n".join(lines)


def _name_in_sentence(source: SourceRef) -> str:
    """A source as "Reported by ..." names it: "you" for the patient's own entries (their chip
    already says "Reported by you")."""
    if is_patient_reported(source):
        return QCoreApplication.translate("SourceChips", "you")
    return chip_text(source)


def sources_sentence(sources: Sequence[SourceRef]) -> str:
    """ "Reported by A and B" (or "... and you") for accessible descriptions and details."""
    names = [_name_in_sentence(s) for s in unique_sources(sources)]
    if not names:
        return QCoreApplication.translate("SourceChips", "Source unknown")
    if len(names) == 1:
        return QCoreApplication.translate("SourceChips", "Reported by {a}").format(a=names[0])
    return QCoreApplication.translate("SourceChips", "Reported by {list} and {last}").format(
        list=", ".join(names[:-1]), last=names[-1]
    )


def unique_sources(sources: Sequence[SourceRef]) -> list[SourceRef]:
    """Each source once, in order (linked rows often share one)."""
    seen: set[int] = set()
    unique = []
    for source in sources:
        if source.source_id not in seen:
            seen.add(source.source_id)
            unique.append(source)
    return unique


class SourceChips(QWidget):
    """A row of source chips; set the sources with :meth:`set_sources`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources: list[SourceRef] = []
        self._expanded = False
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(grid(0.5))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @property
    def texts(self) -> list[str]:
        """What the chips on screen say (tests, accessibility)."""
        return [
            w.text()
            for w in self.findChildren(QLabel)
            if w.property("chip") in ("source", "you") and not w.isHidden()
        ]

    def set_sources(self, sources: Sequence[SourceRef]) -> None:
        self._sources = unique_sources(sources)
        self._expanded = False
        self._rebuild()

    def _rebuild(self) -> None:
        while (child := self._layout.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                widget.deleteLater()
        font = role_font(TextRole.CAPTION)
        collapse = len(self._sources) > COLLAPSE_AFTER and not self._expanded
        shown = self._sources[:1] if collapse else self._sources
        for source in shown:
            chip = QLabel(chip_text(source), self)
            chip.setProperty("chip", "you" if is_patient_reported(source) else "source")
            chip.setFont(font)
            chip.setToolTip(chip_tooltip(source))
            self._layout.addWidget(chip)
        if collapse:
            hidden = len(self._sources) - 1
            more = QPushButton(
                QCoreApplication.translate("SourceChips", "%n more source(s)", "", hidden), self
            )
            more.setObjectName("moreSources")
            more.setProperty("chip", "more")
            more.setFont(font)
            more.setAccessibleName(sources_sentence(self._sources))
            more.clicked.connect(self._expand)
            self._layout.addWidget(more)
        self._layout.addStretch(1)
        self.setAccessibleName(sources_sentence(self._sources))

    def _expand(self) -> None:
        self._expanded = True
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._sources:
            expanded = self._expanded
            self._rebuild()
            self._expanded = expanded
        super().changeEvent(event)
