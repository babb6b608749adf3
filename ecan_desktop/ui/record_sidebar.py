"""The record window's sidebar: the parts of the record, one row per view in ``VIEW_KEYS`` order;
Ctrl+1 … Ctrl+9 choose the first nine from anywhere in the window.

Its texts keep the ``RecordFrame`` translation context they were translated in
(``QCoreApplication.translate``, not ``self.tr``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QListWidget, QVBoxLayout, QWidget

from ecan_desktop.ui.typography import grid, text_width
from ecan_desktop.ui.view_keys import VIEW_KEYS

SHORTCUT_VIEWS = 9  # Ctrl+1 ... Ctrl+9

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class RecordSidebar(QFrame):
    """The panel; :attr:`view_list` holds the rows (its current row is the view shown)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("sidebarPanel", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 16, 8, 16)
        self.view_list = QListWidget(self)
        self.view_list.setObjectName("sidebar")
        self.view_list.setProperty("sidebar", True)
        self.view_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _ in VIEW_KEYS:
            self.view_list.addItem("")
        layout.addWidget(self.view_list, 1)  # grows up to its rows (see retranslate_ui)
        layout.addStretch(0)  # takes only what the list leaves

    def add_shortcuts(self, window: QWidget) -> list[QShortcut]:
        """Ctrl+1 … Ctrl+9 on *window*, wherever the focus is inside it."""
        shortcuts = []
        for row in range(SHORTCUT_VIEWS):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), window)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda row=row: self.view_list.setCurrentRow(row))
            shortcuts.append(shortcut)
        return shortcuts

    def retranslate_ui(self) -> None:
        names = [
            translate("RecordFrame", "Overview"),
            translate("RecordFrame", "Cancer journey"),
            translate("RecordFrame", "Treatments"),
            translate("RecordFrame", "Results"),
            translate("RecordFrame", "Medications"),
            translate("RecordFrame", "Allergies and alerts"),
            translate("RecordFrame", "Conditions"),
            translate("RecordFrame", "Immunisations"),
            translate("RecordFrame", "Documents"),
            translate("RecordFrame", "Other records"),
            translate("RecordFrame", "My entries"),
            translate("RecordFrame", "Sources"),
            translate("RecordFrame", "Settings"),
        ]
        sidebar = self.view_list
        for row, name in enumerate(names):
            item = sidebar.item(row)
            item.setText(name)
            item.setToolTip(f"{name} (Ctrl+{row + 1})" if row < SHORTCUT_VIEWS else name)
        sidebar.setAccessibleName(translate("RecordFrame", "Parts of the record"))
        width = max(sidebar.sizeHintForColumn(0), text_width(14)) + 48
        self.setFixedWidth(width)
        rows = sum(sidebar.sizeHintForRow(r) for r in range(sidebar.count()))
        # As tall as its rows, but it may shrink and scroll (13 rows at 200 % text do not fit).
        sidebar.setMaximumHeight(rows + 2 * sidebar.frameWidth() + grid(1) + 4)
