"""Immunisations (being built this session: the frame already lists it)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.typography import Label, TextRole
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.base import RecordView


class ImmunisationsView(RecordView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.title = Label(TextRole.TITLE, self)
        layout.addWidget(self.title)
        layout.addStretch(1)
        self.retranslate_ui()

    def populate(self, data: RecordViewData) -> None:
        del data

    def clear_view(self) -> None:
        pass

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Immunisations"))
