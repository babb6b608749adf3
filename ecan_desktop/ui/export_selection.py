"""The export dialog's "What to include": a tree of the summary's sections (in print order,
emergency content first) with a check box each, and the items of each section beneath.

The tree edits a :class:`~ecan_desktop.summary.select.Selection` (immutable: each change makes a
new one, so a render running on another thread never sees it change). How check boxes map to it:

- An item's box is the item itself: the same item listed in two sections (the active cancer is
  also in the cancer history) is one item, checked or unchecked in both places.
- Unchecking a section leaves the section out and greys its items, keeping their boxes, so that
  checking it again brings back what was chosen; checking a partly checked section checks all
  its items. Unchecking the last item of a section leaves the section out.
- Sections with nothing recorded show "Nothing recorded"; those the summary prints anyway (the
  emergency headings say "no information"; the sources) keep a box.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.summary.select import EMERGENCY_SECTIONS, Selection
from ecan_desktop.ui.check_delegate import CheckDelegate
from ecan_desktop.ui.export_items import item_title, item_when, section_title
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the section key, on section rows
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the item id, on item rows
PRINTED_WHEN_EMPTY = frozenset({"allergies", "current_medications", "active_cancer", "devices"})
CHECKABLE = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
)


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


class SelectionTree(QWidget):
    """The tree, the count ("12 of 15 items included") and "Reset to default"."""

    changed = Signal(object)  # the new Selection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sections: Mapping[str, tuple[Any, ...]] = {}
        self._sources = 0
        self._default = Selection()
        self.selection = Selection()
        self._syncing = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))
        self.heading = Label(TextRole.BODY, self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        top.setSpacing(grid(2))
        self.count = Label(TextRole.CAPTION, self, secondary=True)
        self.count.setObjectName("includeCount")
        top.addWidget(self.count, 1)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetSelection")
        self.reset_button.clicked.connect(self.reset)
        top.addWidget(self.reset_button, 0)
        layout.addLayout(top)
        self.model = QStandardItemModel(0, 2, self)
        self.model.itemChanged.connect(self._item_changed)
        self.view = QTreeView(self)
        self.view.setObjectName("includeTree")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CheckDelegate(self.view))
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(grid(22))
        self.view.setMinimumWidth(text_width(30))
        header = self.view.header()
        header.hide()  # dates and counts speak for themselves
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.hint = Label(TextRole.CAPTION, self, secondary=True)
        layout.addWidget(self.hint)
        self.setEnabled(False)
        self.retranslate_ui()

    # -- content ----------------------------------------------------------------------------------
    def set_content(
        self, sections: Mapping[str, tuple[Any, ...]], default: Selection, sources: int
    ) -> None:
        """The summary's candidates (``select.candidates``), in print order, and the default."""
        self._sections, self._default, self._sources = sections, default, sources
        self.selection = default
        self.model.removeRows(0, self.model.rowCount())
        self._syncing = True
        try:
            for key, items in sections.items():
                section = QStandardItem()
                section.setData(key, SECTION_ROLE)
                when = QStandardItem()
                when.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                for item in items:
                    child = QStandardItem()
                    child.setData(item.id, ITEM_ROLE)
                    date = QStandardItem()
                    date.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    section.appendRow([child, date])
                self.model.appendRow([section, when])
        finally:
            self._syncing = False
        self.setEnabled(bool(sections))
        self.retranslate_ui()
        for row in range(self.model.rowCount()):  # the emergency page open, the rest closed
            key = self.model.item(row).data(SECTION_ROLE)
            self.view.setExpanded(self.model.index(row, 0), key in EMERGENCY_SECTIONS)

    def clear(self) -> None:
        self._sections, self.selection, self._default = {}, Selection(), Selection()
        self.model.removeRows(0, self.model.rowCount())
        self.setEnabled(False)
        self.retranslate_ui()

    def reset(self) -> None:
        self.set_selection(self._default)

    def set_selection(self, selection: Selection) -> None:
        if selection == self.selection:
            return
        self.selection = selection
        self._sync()
        self.changed.emit(selection)

    # -- rows -------------------------------------------------------------------------------------
    def _rows(self) -> Iterator[tuple[QStandardItem, str, tuple[Any, ...]]]:
        for row in range(self.model.rowCount()):
            section = self.model.item(row)
            key = str(section.data(SECTION_ROLE))
            yield section, key, self._sections.get(key, ())

    def section_item(self, key: str) -> QStandardItem | None:
        return next((s for s, k, _ in self._rows() if k == key), None)

    def item_rows(self, item_id: str) -> list[QStandardItem]:
        """Every row showing the item (one per section that lists it)."""
        return [
            section.child(row)
            for section, _, items in self._rows()
            for row in range(section.rowCount())
            if items[row].id == item_id
        ]

    def included_ids(self) -> set[str]:
        """The items the summary will show (their section is on and they are checked)."""
        chosen = self.selection
        return {
            item.id
            for key, items in self._sections.items()
            if chosen.includes_section(key)
            for item in items
            if chosen.includes(item.id)
        }

    def _printed(self, key: str, items: tuple[Any, ...]) -> bool:
        return bool(items) or key in PRINTED_WHEN_EMPTY or (key == "sources" and self._sources > 0)

    # -- check boxes ------------------------------------------------------------------------------
    def _item_changed(self, changed: QStandardItem) -> None:
        if self._syncing or changed.column() != 0:
            return
        chosen = self.selection
        on = changed.checkState() != Qt.CheckState.Unchecked
        key = changed.data(SECTION_ROLE)
        if key is not None:
            items = self._sections.get(str(key), ())
            if not on:
                chosen = chosen.with_section(str(key), False)
            elif not chosen.includes_section(str(key)):
                chosen = chosen.with_section(str(key), True)
                if items and not any(chosen.includes(i.id) for i in items):
                    chosen = self._all_items(chosen, items)
            else:
                chosen = self._all_items(chosen, items)
        else:
            item_id = str(changed.data(ITEM_ROLE))
            chosen = chosen.with_item(item_id, on)
            section = changed.parent()
            section_key = str(section.data(SECTION_ROLE)) if section is not None else ""
            items = self._sections.get(section_key, ())
            if on:
                chosen = chosen.with_section(section_key, True)
            elif not any(chosen.includes(i.id) for i in items):
                chosen = chosen.with_section(section_key, False)
        self.selection = chosen
        self._sync()
        self.changed.emit(chosen)

    @staticmethod
    def _all_items(chosen: Selection, items: tuple[Any, ...]) -> Selection:
        for item in items:
            chosen = chosen.with_item(item.id, True)
        return chosen

    def _sync(self) -> None:
        """Check boxes, greyed rows and counts from :attr:`selection`."""
        chosen = self.selection
        self._syncing = True
        try:
            for section, key, items in self._rows():
                section_on = chosen.includes_section(key)
                printed = self._printed(key, items)
                flags = CHECKABLE if printed else Qt.ItemFlag.ItemIsSelectable
                section.setFlags(flags)
                included = sum(1 for i in items if chosen.includes(i.id))
                if not printed:
                    pass  # no box: nothing to print either way
                elif not section_on:
                    section.setCheckState(Qt.CheckState.Unchecked)
                elif items and included < len(items):
                    section.setCheckState(Qt.CheckState.PartiallyChecked)
                else:
                    section.setCheckState(Qt.CheckState.Checked)
                for row, item in enumerate(items):
                    child = section.child(row)
                    child.setFlags(CHECKABLE if section_on else Qt.ItemFlag.ItemIsSelectable)
                    child.setCheckState(_checked(chosen.includes(item.id)))
                    section.child(row, 1).setEnabled(section_on)
                count = self.model.item(section.row(), 1)
                count.setText(self._section_count(key, items, included, section_on, printed))
                count.setEnabled(printed)
                section.setData(count.text(), Qt.ItemDataRole.AccessibleDescriptionRole)
        finally:
            self._syncing = False
        self._update_count()

    def _section_count(
        self, key: str, items: tuple[Any, ...], included: int, on: bool, printed: bool
    ) -> str:
        if not printed:
            return self.tr("Nothing recorded")
        if not on:
            return self.tr("Left out")
        if key == "sources":
            return self.tr("%n source(s)", "", self._sources)
        if not items:
            return self.tr("Nothing recorded")
        return self.tr("{included} of {total}").format(included=included, total=len(items))

    def _update_count(self) -> None:
        total = len({i.id for items in self._sections.values() for i in items})
        if not total:
            self.count.setText("")
            return
        self.count.setText(
            self.tr("{included} of %n item(s) included", "", total).format(
                included=len(self.included_ids())
            )
        )
        self.reset_button.setEnabled(self.selection != self._default)

    # -- language ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("What to include"))
        self.view.setAccessibleName(self.tr("What to include"))
        self.view.setAccessibleDescription(
            self.tr(
                "Sections of the summary, emergency information first, with their items. "
                "Space turns the selected one on or off."
            )
        )
        self.model.setHorizontalHeaderLabels([self.tr("Section or item"), self.tr("Date or count")])
        self.hint.setText(
            self.tr(
                "What you leave out is also left out of the emergency card and of the IPS file, "
                "inside the PDF and exported. The IPS file then says that information was "
                "withheld."
            )
        )
        self.reset_button.setText(self.tr("&Reset to default"))
        self.reset_button.setToolTip(
            self.tr("Include everything again, except what the sources marked as an error")
        )
        self._syncing = True
        try:
            for section, key, items in self._rows():
                section.setText(section_title(key))
                for row, item in enumerate(items):
                    title = item_title(item)
                    child = section.child(row)
                    child.setText(title)
                    child.setToolTip(title)
                    section.child(row, 1).setText(item_when(item))
        finally:
            self._syncing = False
        self._sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
