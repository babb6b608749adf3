"""The details of one item of the record: its facts, its sources and the original resources' key
fields. Every view opens it the same way: ``show_item_details(parent, context, data, item_id)``.

The facts come from the record in memory, so they show at once; the original resources are read
from the vault on its worker ("Reading…" until they arrive), so the window never waits. Escape or
Close shuts the dialog; locking the record closes it with every other dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.record.sources import SourceRef
from ecan_desktop.ui import icons
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.item_facts import Fact
from ecan_desktop.ui.views.item_facts_care import facts_for
from ecan_desktop.ui.views.original_fields import (
    MAX_RESOURCES,
    heading,
    original_json,
    reader,
    resource_facts,
)
from ecan_desktop.ui.views.record_text import sentence_case
from ecan_desktop.ui.views.source_chips import SourceChips, chip_text, is_patient_reported
from ecan_desktop.vault.records import StoredResource


def source_name(source: SourceRef) -> str:
    """The centre's full name and country: "Onkologiezentrum Wienerwald, Wien (AT)"."""
    name = source.centre_name or source.file_name or chip_text(source)
    return f"{name} ({source.centre_country})" if source.centre_country else name


def reported_by(sources: Sequence[SourceRef]) -> str:
    """ "Reported by Institutul Oncologic Someș, Cluj-Napoca (RO) and you": full names."""
    names: list[str] = []
    for source in sources:
        name = (
            QCoreApplication.translate("ItemDetailsDialog", "you")
            if is_patient_reported(source)
            else source_name(source)
        )
        if name not in names:
            names.append(name)
    if not names:
        return QCoreApplication.translate("ItemDetailsDialog", "Where this came from is not known.")
    if len(names) == 1:
        return QCoreApplication.translate("ItemDetailsDialog", "Reported by {a}.").format(
            a=names[0]
        )
    return QCoreApplication.translate("ItemDetailsDialog", "Reported by {list} and {last}.").format(
        list=", ".join(names[:-1]), last=names[-1]
    )


class FactGrid(QWidget):
    """Labelled rows: the label on the left in secondary text, the value selectable beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(grid(2))
        self._grid.setVerticalSpacing(grid(1))
        self._grid.setColumnStretch(1, 1)
        self.rows: list[tuple[str, str]] = []

    def set_facts(self, facts: tuple[Fact, ...] | list[Fact]) -> None:
        for fact in facts:
            row = len(self.rows)
            name = Label(TextRole.BODY, self, secondary=True)
            name.setText(fact.label)
            name.setMinimumWidth(text_width(18))
            name.setMaximumWidth(text_width(24))
            value = Label(TextRole.BODY, self, selectable=True)
            value.setText(fact.value)
            value.setAccessibleName(f"{fact.label}: {fact.value}")
            name.setBuddy(value)
            self._grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.rows.append((fact.label, fact.value))


class ItemDetailsDialog(QDialog):
    def __init__(
        self, parent: QWidget, context: AppContext, data: RecordViewData, item: Any
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetails")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self._item = item
        self._resources: list[StoredResource] = []
        self._error: BaseException | None = None
        self._source_names = {s.source_id: source_name(s) for s in data.record.sources}
        described = facts_for(item, data.record)
        self.described = replace(described, title=sentence_case(described.title))
        self.setWindowTitle(self.described.title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(3), grid(3), grid(2))
        layout.setSpacing(grid(2))
        layout.addLayout(self._build_header())

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, grid(1), 0)
        self.body_layout.setSpacing(grid(2))
        self.facts = FactGrid(body)
        self.facts.set_facts(self.described.facts)
        self.body_layout.addWidget(self.facts)
        self._build_notes(body)
        self._build_originals(body)
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setProperty("primary", True)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(text_width(80))
        self.retranslate_ui()
        self._fit_height(parent)
        self.close_button.setFocus()

    # -- building ---------------------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        header.setSpacing(grid(1))
        top = QHBoxLayout()
        top.setSpacing(grid(1.5))
        self.icon = QLabel(self)
        if icons.available(self.described.icon):
            self.icon.setPixmap(icons.pixmap(self.described.icon, grid(4)))
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(grid(0.5))
        self.title = Label(TextRole.SECTION, self, selectable=True)
        self.title.setText(self.described.title)
        names.addWidget(self.title)
        self.kind = Label(TextRole.BODY, self, secondary=True)
        self.kind.setText(self.described.kind)
        names.addWidget(self.kind)
        top.addLayout(names, 1)
        header.addLayout(top)
        self.sources = Label(TextRole.BODY, self)
        self.sources.setText(reported_by(self._item.sources))
        header.addWidget(self.sources)
        self.chips = SourceChips(self)
        self.chips.set_sources(self._item.sources)
        header.addWidget(self.chips)
        return header

    def _build_notes(self, body: QWidget) -> None:
        self.notes_title = Label(TextRole.STRONG, body)
        self.body_layout.addWidget(self.notes_title)
        self.note_labels: list[Label] = []
        for note in self.described.notes:
            label = Label(TextRole.BODY, body, selectable=True)
            label.setText(note)
            self.body_layout.addWidget(label)
            self.note_labels.append(label)
        self.notes_title.setVisible(bool(self.described.notes))

    def _build_originals(self, body: QWidget) -> None:
        self.originals_title = Label(TextRole.STRONG, body)
        self.body_layout.addWidget(self.originals_title)
        self.originals_hint = Label(TextRole.CAPTION, body, secondary=True)
        self.body_layout.addWidget(self.originals_hint)
        self.reading = Label(TextRole.BODY, body, secondary=True)
        self.reading.setObjectName("reading")
        self.body_layout.addWidget(self.reading)
        self.originals = QVBoxLayout()
        self.originals.setSpacing(grid(1.5))
        self.body_layout.addLayout(self.originals)
        self.original_cards: list[tuple[str, FactGrid]] = []
        self.toggle = QPushButton(body)
        self.toggle.setObjectName("showOriginal")
        self.toggle.setProperty("link", True)
        self.toggle.setCheckable(True)
        self.toggle.setEnabled(False)
        self.toggle.toggled.connect(self._show_json)
        self.body_layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.json = QPlainTextEdit(body)
        self.json.setObjectName("originalJson")
        self.json.setReadOnly(True)
        self.json.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.json.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.json.setMinimumHeight(grid(30))
        self.json.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.json.hide()
        self.body_layout.addWidget(self.json)

    def _fit_height(self, parent: QWidget) -> None:
        window = parent.window()
        limit = int(window.height() * 0.85) if window is not None else grid(80)
        self.resize(text_width(100), max(grid(40), min(limit, self.sizeHint().height() + grid(20))))

    # -- reading the originals --------------------------------------------------------------------
    def start_reading(self) -> None:
        rows = tuple(self._item.row_ids)
        if not rows:
            self.toggle.hide()
            self.originals_hint.hide()
            self.retranslate_ui()
            return
        self._context.vault.read(reader(rows), on_result=self._on_read, on_error=self._on_error)

    def _on_read(self, resources: list[StoredResource]) -> None:
        if not shiboken6.isValid(self):
            return  # closed (or locked) before the vault answered
        self._resources = resources
        self.reading.hide()
        for stored in resources:
            card = QFrame(self)
            card.setProperty("card", True)
            inner = QVBoxLayout(card)
            inner.setContentsMargins(grid(2), grid(1.5), grid(2), grid(1.5))
            inner.setSpacing(grid(1))
            title = Label(TextRole.STRONG, card, selectable=True)
            title.setText(heading(stored))
            inner.addWidget(title)
            rows = FactGrid(card)
            rows.set_facts(resource_facts(stored, self._source_names))
            inner.addWidget(rows)
            self.originals.addWidget(card)
            self.original_cards.append((title.text(), rows))
        self.toggle.setEnabled(bool(resources))
        self.retranslate_ui()

    def _on_error(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self._error = error
            self.retranslate_ui()

    def _show_json(self, shown: bool) -> None:
        if shown and not self.json.toPlainText():
            self.json.setPlainText(original_json(self._resources))
        self.json.setVisible(shown)
        self.retranslate_ui()

    # -- words ------------------------------------------------------------------------------------
    def fact_rows(self) -> list[tuple[str, str]]:
        return list(self.facts.rows)

    def retranslate_ui(self) -> None:
        self.notes_title.setText(self.tr("Notes from the source"))
        self.originals_title.setText(self.tr("Original records"))
        total = len(self._item.row_ids)
        if total > MAX_RESOURCES:
            self.originals_hint.setText(
                self.tr("As stored in your record: the first {shown} of {total}.").format(
                    shown=MAX_RESOURCES, total=total
                )
            )
        else:
            self.originals_hint.setText(
                self.tr("As stored in your record: %n record(s) from your sources.", "", total)
            )
        if not self._item.row_ids:
            self.reading.setText(
                self.tr("This item is built from other items; it has no record of its own.")
            )
        elif self._error is not None:
            self.reading.setText(error_text(self._error))
        else:
            self.reading.setText(self.tr("Reading…"))
        self.toggle.setText(
            self.tr("Hide the original data")
            if self.toggle.isChecked()
            else self.tr("Show the original data")
        )
        caret = "caret-down" if self.toggle.isChecked() else "caret-right"
        if icons.available(caret):
            self.toggle.setIcon(icons.icon(caret, 16))
        self.json.setAccessibleName(self.tr("The original data (FHIR JSON)"))
        self.close_button.setText(self.tr("Close"))
        self.setAccessibleName(self.described.title)
        self.setAccessibleDescription(f"{self.described.kind}. {self.sources.text()}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def show_item_details(
    parent: QWidget, context: AppContext, data: RecordViewData, item_id: str
) -> QDialog:
    """Open the details of *item_id* over *parent* (window-modal, not blocking)."""
    item = data.record.item(item_id)
    if item is None:
        missing = MessageDialog(
            parent,
            title=QCoreApplication.translate("ItemDetailsDialog", "Details"),
            text=QCoreApplication.translate(
                "ItemDetailsDialog", "This item is no longer in your record."
            ),
            accept_text=QCoreApplication.translate("ItemDetailsDialog", "Close"),
        )
        missing.open()
        return missing
    dialog = ItemDetailsDialog(parent, context, data, item)
    dialog.open()
    dialog.start_reading()
    return dialog
