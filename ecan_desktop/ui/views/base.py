"""What every record view shares: it receives the whole record, fills itself only when shown.

The record window hands each view the :class:`RecordViewData` as soon as the worker has built it.
A view that is not on screen only remembers it and fills its widgets the next time it is shown,
so a new record (after an import, an undo, an entry) costs nothing for the views nobody looks at,
and opening a view costs one fill from memory, never a read from the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.vault_worker import RecordViewData


class RecordView(QWidget):
    """Subclasses build their widgets in ``__init__`` and implement :meth:`populate`,
    :meth:`clear_view` and :meth:`retranslate_ui` (called once at the end of their ``__init__``).

    The record window connects :attr:`import_requested` to its Import action and
    :attr:`view_requested` (a key of ``record_frame.VIEW_KEYS``, e.g. ``"results"``) to the sidebar.
    """

    import_requested = Signal()
    view_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._view_data: RecordViewData | None = None
        self._stale = False

    def add_heading(self, layout: QBoxLayout) -> tuple[Label, Label]:
        """The view's title and the line under it, added to *layout* (the caller words them)."""
        heading = QVBoxLayout()
        heading.setSpacing(grid(0.5))
        title = Label(TextRole.TITLE, self)
        heading.addWidget(title)
        hint = Label(TextRole.BODY, self, secondary=True)
        heading.addWidget(hint)
        layout.addLayout(heading)
        return title, hint

    @property
    def view_data(self) -> RecordViewData | None:
        return self._view_data

    def show_record(self, data: RecordViewData) -> None:
        self._view_data = data
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Fill the widgets from the record now (the view is on screen)."""
        if self._view_data is None:
            return
        self._stale = False
        self.populate(self._view_data)

    def clear(self) -> None:
        """Forget the record (on lock): nothing of the patient stays in the widgets."""
        self._view_data = None
        self._stale = False
        self.clear_view()

    def populate(self, data: RecordViewData) -> None:
        raise NotImplementedError

    def clear_view(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self._view_data is not None and self.isVisible():
                self.refresh()  # words built from the record (kinds, units) change language too
            elif self._view_data is not None:
                self._stale = True
        super().changeEvent(event)
