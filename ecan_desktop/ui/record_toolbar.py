"""The record window's actions: Import, Export summary and Lock now, in the toolbar of its header.

The actions belong to the window, not to the toolbar: their shortcuts (Ctrl+I, Ctrl+E, Ctrl+L) work
wherever the focus is inside the window. Their texts keep the ``RecordFrame`` translation context
they were translated in (``QCoreApplication.translate``, not ``self.tr``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class RecordToolbar(QToolBar):
    def __init__(self, window: QWidget) -> None:
        super().__init__()  # the header it sits in becomes its parent
        self.setObjectName("recordToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMovable(False)
        self.setFloatable(False)
        self.import_action = self._add_action(window, "importAction", "Ctrl+I")
        self.export_action = self._add_action(window, "exportAction", "Ctrl+E")
        self.lock_action = self._add_action(window, "lockAction", "Ctrl+L")
        for action in self._own_actions():
            button = self.widgetForAction(action)
            if button is not None:  # toolbars leave their buttons out of the Tab order
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _add_action(self, window: QWidget, name: str, shortcut: str) -> QAction:
        action = QAction(window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        window.addAction(action)
        return action

    def _own_actions(self) -> tuple[QAction, ...]:
        return (self.import_action, self.export_action, self.lock_action)

    def set_actions_enabled(self, enabled: bool) -> None:
        for action in self._own_actions():
            action.setEnabled(enabled)

    def retranslate_ui(self) -> None:
        self.import_action.setText(translate("RecordFrame", "Import…"))
        self.import_action.setToolTip(
            translate("RecordFrame", "Import summaries from your centres (Ctrl+I)")
        )
        self.export_action.setText(translate("RecordFrame", "Export summary…"))
        self.export_action.setToolTip(
            translate("RecordFrame", "Save or print the summary for a doctor abroad (Ctrl+E)")
        )
        self.lock_action.setText(translate("RecordFrame", "Lock now"))
        self.lock_action.setToolTip(
            translate("RecordFrame", "Hide the record and forget the key (Ctrl+L)")
        )
        for action in self._own_actions():
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.text().replace("…", ""))
        self.setAccessibleName(translate("RecordFrame", "Actions"))
