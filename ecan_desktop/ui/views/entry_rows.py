"""The rows of My entries: one card per group (medicines, symptoms, notes), one row per entry with
what it is, its date (and grade, dose...), its source chip ("Reported by you") and the Edit and
Delete buttons. A group shows its newest rows first and the rest on demand, so that years of
entries never cost thousands of widgets at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.entries.catalogue import SYMPTOM_BY_CODE
from ecan_desktop.record.codes import SNOMED
from ecan_desktop.record.patient_entries import PatientEntry
from ecan_desktop.ui.locale_format import format_fhir_date
from ecan_desktop.ui.typography import Label, TextRole, grid, grid_unit
from ecan_desktop.ui.views.entry_fields import entries_tr, grade_text
from ecan_desktop.ui.views.source_chips import SourceChips, sources_sentence

FIRST_ROWS = 25  # rows a group shows before "Show all"
TITLE_CHARS = 70  # a note's first line as its title
BODY_CHARS = 600  # of a note's text in the list (the dialog shows it all)


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def entry_title(entry: PatientEntry) -> str:
    """What the entry is about, in the user's language where our list has the words."""
    if entry.kind == "note":
        first = (entry.text or "").strip().splitlines()
        return (
            _shortened(first[0].strip(), TITLE_CHARS) if first else translate("EntryRows", "Note")
        )
    if entry.kind == "symptom" and entry.code is not None:
        coded = entry.code.code(SNOMED)
        known = SYMPTOM_BY_CODE.get(coded.code or "") if coded is not None else None
        if known is not None:
            return entries_tr(known.label)
    if entry.title:
        return entry.title
    return (
        translate("EntryRows", "Unnamed medicine")
        if entry.kind == "medication"
        else translate("EntryRows", "Unnamed symptom")
    )


def entry_date(entry: PatientEntry) -> str:
    return format_fhir_date(entry.date) or translate("EntryRows", "date not given")


def entry_details(entry: PatientEntry) -> str:
    """The line under the title: the date and the grade; for a medicine, since when (or from
    when to when), the dose and what it is for."""
    if entry.kind == "symptom":
        parts = [entry_date(entry)]
        if entry.grade is not None:
            parts.append(grade_text(entry.grade))
        return " · ".join(parts)
    if entry.kind == "note":
        return entry_date(entry)
    start = format_fhir_date(entry.date)
    end = format_fhir_date(entry.end)
    if entry.current or (start and not end and entry.status == "active"):
        when = (
            translate("EntryRows", "Since {date}").format(date=start)
            if start
            else translate("EntryRows", "Taking it now")
        )
    elif start and end:
        when = translate("EntryRows", "From {start} to {end}").format(start=start, end=end)
    elif end:
        when = translate("EntryRows", "Stopped {date}").format(date=end)
    else:
        when = (
            translate("EntryRows", "Started {date}, stopped").format(date=start)
            if start
            else translate("EntryRows", "Stopped")
        )
    parts = [when, entry.dosage or ""]
    if entry.reason:
        parts.append(translate("EntryRows", "For: {reason}").format(reason=entry.reason))
    return " · ".join(p for p in parts if p)


class EntryRow(QWidget):
    edit_requested = Signal(object)  # PatientEntry
    delete_requested = Signal(object)

    def __init__(self, entry: PatientEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setProperty("row", True)
        unit = grid_unit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(
            2 * unit + unit // 2, unit + unit // 2, 2 * unit, unit + unit // 2
        )
        layout.setSpacing(2 * unit)
        texts = QVBoxLayout()
        texts.setSpacing(unit // 2)
        self.title = Label(TextRole.STRONG, self, selectable=True)
        self.title.setObjectName("entryTitle")
        texts.addWidget(self.title)
        self.details = Label(TextRole.CAPTION, self, secondary=True, selectable=True)
        self.details.setObjectName("entryDetails")
        texts.addWidget(self.details)
        self.body = Label(TextRole.BODY, self, selectable=True)
        self.body.setObjectName("entryText")
        texts.addWidget(self.body)
        self.chips = SourceChips(self)
        texts.addWidget(self.chips)
        self.imported = Label(TextRole.CAPTION, self, secondary=True)
        texts.addWidget(self.imported)
        layout.addLayout(texts, 1)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editEntry")
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.entry))
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteEntry")
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.entry))
        for button in (self.edit_button, self.delete_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            button.setVisible(entry.editable)
        self.chips.set_sources(entry.sources)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        entry = self.entry
        title = entry_title(entry)
        self.title.setText(title)
        self.details.setText(entry_details(entry))
        words = entry.text or ""
        if entry.kind == "note":  # the first line is the title
            lines = words.strip().splitlines()
            words = "\n".join(lines[1:]).strip() if len(lines) > 1 else ""
        self.body.setText(_shortened(words, BODY_CHARS))
        self.body.setVisible(bool(words))
        self.imported.setText(
            translate(
                "EntryRows",
                "This came back with an imported file: remove that import in Sources to remove it.",
            )
        )
        self.imported.setVisible(not entry.editable)
        self.edit_button.setText(translate("EntryRows", "Edit"))
        self.delete_button.setText(translate("EntryRows", "Delete"))
        self.edit_button.setAccessibleName(
            translate("EntryRows", "Edit “{entry}”").format(entry=title)
        )
        self.delete_button.setAccessibleName(
            translate("EntryRows", "Delete “{entry}”").format(entry=title)
        )
        self.setAccessibleName(
            ", ".join(p for p in (title, self.details.text(), sources_sentence(entry.sources)) if p)
        )


class EntryGroup(QWidget):
    """A heading and a card of rows; the first :data:`FIRST_ROWS` rows, then "Show all"."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Group")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))
        self.heading = Label(TextRole.SECTION, self)
        layout.addWidget(self.heading)
        self.card = QFrame(self)
        self.card.setProperty("card", True)
        self._rows_layout = QVBoxLayout(self.card)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)
        layout.addWidget(self.card)
        self.more = QPushButton(self)
        self.more.setObjectName("showAllEntries")
        self.more.setProperty("link", True)
        self.more.clicked.connect(self.show_all)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[EntryRow] = []
        self._entries: tuple[PatientEntry, ...] = ()
        self._all = False

    def set_entries(self, entries: Sequence[PatientEntry]) -> None:
        self._entries = tuple(entries)
        self._all = False
        self._rebuild()

    def show_all(self) -> None:
        self._all = True
        self._rebuild()

    def _rebuild(self) -> None:
        while (child := self._rows_layout.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        shown = self._entries if self._all else self._entries[:FIRST_ROWS]
        for index, entry in enumerate(shown):
            if index:
                line = QFrame(self.card)
                line.setProperty("separator", True)
                line.setFixedHeight(1)
                self._rows_layout.addWidget(line)
            row = EntryRow(entry, self.card)
            row.edit_requested.connect(self.edit_requested)
            row.delete_requested.connect(self.delete_requested)
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self._entries))
        self._label_more()

    def _label_more(self) -> None:
        hidden = len(self._entries) - len(self.rows)
        self.more.setVisible(hidden > 0)
        # self.tr: pyside6-lupdate reads the plural of translate() with 4 arguments in a method
        # unreliably.
        self.more.setText(self.tr("Show all %n entries", "", len(self._entries)))

    def retranslate_ui(self, heading: str) -> None:
        self.heading.setText(heading)
        self.card.setAccessibleName(heading)
        for row in self.rows:
            row.retranslate_ui()
        self._label_more()
