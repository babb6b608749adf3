"""The record window: a header with whose record it is, a sidebar, the views, a status bar.

The sidebar lists the record views (``ui/views/``), then Sources (imports, with Undo) and
Settings. The window opens with the quick :class:`RecordData` (header, sources, settings); the
whole oncology record is then built on the vault worker and handed to every view, which fills
itself when it is shown. The toolbar holds Import, Export summary and Lock now; files dropped
anywhere on the window are imported the same way (preview first). Locking hides the
record at once (every view forgets what it showed and open dialogs close), then the vault closes on
its worker; the frame remembers which view was open, so unlocking returns to it.

The frame owns the record's state (what is shown, locking); its parts live beside it:
``record_toolbar`` (the actions), ``record_sidebar`` (the parts of the record),
``record_imports`` (import, drops, undo) and ``record_profile_actions`` (passphrase, delete).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.export_dialog import ExportDialog
from ecan_desktop.ui.import_dialog import ImportDialog
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.patient_header import PatientHeader
from ecan_desktop.ui.record_imports import RecordImports
from ecan_desktop.ui.record_profile_actions import ProfileActions
from ecan_desktop.ui.record_sidebar import RecordSidebar
from ecan_desktop.ui.record_toolbar import RecordToolbar
from ecan_desktop.ui.settings_page import SettingsPage
from ecan_desktop.ui.sources_page import SourcesPage
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.vault_worker import RecordData, RecordViewData
from ecan_desktop.ui.view_keys import VIEW_KEYS
from ecan_desktop.ui.views.allergies import AllergiesView
from ecan_desktop.ui.views.base import RecordView
from ecan_desktop.ui.views.conditions import ConditionsView
from ecan_desktop.ui.views.documents import DocumentsView
from ecan_desktop.ui.views.immunisations import ImmunisationsView
from ecan_desktop.ui.views.journey import JourneyView
from ecan_desktop.ui.views.medications import MedicationsView
from ecan_desktop.ui.views.my_entries import MyEntriesView
from ecan_desktop.ui.views.other_records import OtherRecordsView
from ecan_desktop.ui.views.overview import OverviewView
from ecan_desktop.ui.views.results import ResultsView
from ecan_desktop.ui.views.treatments import TreatmentsView

(
    OVERVIEW,
    JOURNEY,
    TREATMENTS,
    RESULTS,
    MEDICATIONS,
    ALLERGIES,
    CONDITIONS,
    IMMUNISATIONS,
    DOCUMENTS,
    OTHER_RECORDS,
    MY_ENTRIES,
    SOURCES,
    SETTINGS,
) = range(13)
VIEW_COUNT = len(VIEW_KEYS)
Notice = Callable[[], str]


class RecordFrame(QWidget):
    locked = Signal(object)  # ProfileInfo: show its unlock page
    deleted = Signal(str)  # the label of the profile that was deleted
    restore_requested = Signal()
    language_chosen = Signal(str)
    auto_lock_changed = Signal(int)
    full_record_shown = Signal()  # every record view has the newly built record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordFrame")
        self._context = context
        self._data: RecordData | None = None
        self._notice: Notice | None = None
        self._error: BaseException | None = None
        self._last_profile_id: str | None = None
        self._record_request = 0  # newer requests win; results of older ones are dropped
        self._view_data: RecordViewData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.toolbar = RecordToolbar(self)
        self.import_action = self.toolbar.import_action
        self.import_action.triggered.connect(self.start_import)
        self.export_action = self.toolbar.export_action
        self.export_action.triggered.connect(self.start_export)
        self.lock_action = self.toolbar.lock_action
        self.lock_action.triggered.connect(self.lock)
        self.header = PatientHeader(self.toolbar, self)
        layout.addWidget(self.header)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.side = RecordSidebar(self)
        self.sidebar = self.side.view_list
        self.sidebar.currentRowChanged.connect(self._on_view_chosen)
        body.addWidget(self.side)

        self.views = QStackedWidget(self)
        self.overview_view = OverviewView(context, self.views)
        self.journey_view = JourneyView(context, self.views)
        self.treatments_view = TreatmentsView(context, self.views)
        self.results_view = ResultsView(context, self.views)
        self.medications_view = MedicationsView(context, self.views)
        self.allergies_view = AllergiesView(context, self.views)
        self.conditions_view = ConditionsView(context, self.views)
        self.immunisations_view = ImmunisationsView(context, self.views)
        self.documents_view = DocumentsView(context, self.views)
        self.other_records_view = OtherRecordsView(context, self.views)
        self.my_entries_view = MyEntriesView(context, self.views)
        self.record_views: tuple[RecordView, ...] = (
            self.overview_view,
            self.journey_view,
            self.treatments_view,
            self.results_view,
            self.medications_view,
            self.allergies_view,
            self.conditions_view,
            self.immunisations_view,
            self.documents_view,
            self.other_records_view,
            self.my_entries_view,
        )
        self.sources_page = SourcesPage(self.views)
        self.settings_page = SettingsPage(context, self.views)
        for page in (*self.record_views, self.sources_page, self.settings_page):
            self.views.addWidget(page)
        body.addWidget(self.views, 1)
        layout.addLayout(body, 1)

        self._build_status_bar()
        layout.addWidget(self.status)

        self._connect()
        self.sidebar.setCurrentRow(OVERVIEW)
        self.retranslate_ui()

    def _build_status_bar(self) -> None:
        self.status = QStatusBar(self)
        self.status.setObjectName("statusBar")
        self.status.setSizeGripEnabled(False)
        self.status_text = Label(TextRole.CAPTION, self.status)
        self.status_text.setObjectName("statusText")
        self.status_text.setWordWrap(False)
        self.status_text.setContentsMargins(grid(1), 0, grid(1), 0)
        self.status.addWidget(self.status_text, 1)
        self.lock_hint = Label(TextRole.CAPTION, self.status, secondary=True)
        self.lock_hint.setWordWrap(False)
        self.lock_hint.setContentsMargins(grid(1), 0, grid(2), 0)
        self.status.addPermanentWidget(self.lock_hint)

    def _connect(self) -> None:
        self._imports = RecordImports(self, self._context)
        self._profile = ProfileActions(self, self._context, deleted=self._on_deleted)
        for view in self.record_views:
            view.import_requested.connect(self.start_import)
            view.view_requested.connect(self.show_named_view)
        self.my_entries_view.record_changed.connect(self.reload)
        self.sources_page.undo_requested.connect(self._imports.ask_undo)
        self.sources_page.import_requested.connect(self.start_import)
        self.settings_page.notice.connect(self.show_notice)
        self.settings_page.record_changed.connect(self._on_record_changed)
        self.settings_page.language_chosen.connect(self.language_chosen)
        self.settings_page.auto_lock_changed.connect(self._on_auto_lock_changed)
        self.settings_page.change_passphrase_requested.connect(self._profile.change_passphrase)
        self.settings_page.restore_requested.connect(self.restore_requested)
        self.settings_page.delete_requested.connect(self._profile.ask_delete)
        self._view_shortcuts = self.side.add_shortcuts(self)
        self.drops = self._imports.drops

    # -- showing ----------------------------------------------------------------------------------
    @property
    def data(self) -> RecordData | None:
        return self._data

    @property
    def busy(self) -> bool:
        """Work on the vault is under way (import, undo, backup): not the moment to auto-lock."""
        return (
            self._imports.working
            or self._profile.working
            or self.settings_page.busy
            or any(bool(getattr(d, "busy", False)) for d in self.findChildren(QDialog))
        )

    @property
    def view_data(self) -> RecordViewData | None:
        """The whole record the views show, once the worker has built it."""
        return self._view_data

    def current_view(self) -> int:
        return self.views.currentIndex()

    def show_view(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def show_named_view(self, key: str) -> None:
        if key in VIEW_KEYS:
            self.show_view(VIEW_KEYS.index(key))

    def _on_view_chosen(self, index: int) -> None:
        if index >= 0:
            self.views.setCurrentIndex(index)

    def show_record(self, data: RecordData) -> None:
        """Show *data*; after a lock of the same profile, the view that was open stays open."""
        if self._last_profile_id != data.info.id:
            self.show_view(OVERVIEW)
        self._last_profile_id = data.info.id
        self._data = data
        self.header.show_overview(data.overview)
        self.sources_page.show_sources(data.sources)
        self.settings_page.show_record(data)
        self.toolbar.set_actions_enabled(True)
        self.retranslate_ui()
        self._load_full_record()

    def _load_full_record(self) -> None:
        self._record_request += 1
        request = self._record_request

        def done(view_data: RecordViewData) -> None:
            if request != self._record_request or self._data is None:
                return  # locked meanwhile, or a newer record is on its way
            if view_data.info.id != self._data.info.id:
                return
            self._view_data = view_data
            for view in self.record_views:
                view.show_record(view_data)
            self.full_record_shown.emit()

        def failed(error: BaseException) -> None:
            if request == self._record_request and self._data is not None:
                self.show_error(error)

        self._context.vault.load_full_record(on_result=done, on_error=failed)

    def _on_record_changed(self, data: RecordData) -> None:
        self.show_record(data)

    def reload(self) -> None:
        self._context.vault.reload(on_result=self.show_record, on_error=self.show_error)

    def show_notice(self, notice: Notice) -> None:
        self._notice = notice
        self._error = None
        self.status_text.setText(notice())

    def notify_recovered(self) -> None:
        self.show_notice(lambda: self.tr("Your new passphrase is saved. Use it from now on."))

    def notify_restored(self, label: str) -> None:
        self.show_notice(
            lambda: self.tr(
                "The backup was restored as profile “{label}”. Lock this one to open it."
            ).format(label=label)
        )

    def show_error(self, error: BaseException) -> None:
        self._error = error
        self._notice = None
        dialog = MessageDialog(
            self,
            title=self.tr("Something went wrong"),
            text=error_text(error),
            accept_text=self.tr("Close"),
        )
        dialog.open()

    # -- locking ----------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide the record now; the vault closes on its worker and the key leaves memory."""
        if self._data is None:
            return
        info = self._data.info
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)  # they may show patient data
        self._data = None
        self._view_data = None
        self._record_request += 1
        self._notice = None
        self._error = None
        self.header.clear()
        self.drops.hint.hide()
        for view in self.record_views:
            view.clear()
        self.sources_page.clear()
        self.settings_page.clear()
        self.status_text.clear()
        self.toolbar.set_actions_enabled(False)
        self._context.vault.lock()
        self.locked.emit(info)

    # -- export -----------------------------------------------------------------------------------
    def start_export(self) -> None:
        if self._data is None or self.busy:
            return
        dialog = ExportDialog(self._context, self._data.info.label, self)
        dialog.open()
        dialog.start()

    # -- import (record_imports) ------------------------------------------------------------------
    def start_import(self) -> None:
        self._imports.start()

    def import_files(self, paths: Sequence[Path]) -> ImportDialog | None:
        """Preview, then import *paths* (chosen, or dropped on the window)."""
        return self._imports.import_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.drops.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.drops.enter(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drops.leave()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._imports.drop(event)

    # -- settings ---------------------------------------------------------------------------------
    def _on_deleted(self, label: str) -> None:
        self._data = None
        self._view_data = None
        self._record_request += 1
        self.header.clear()
        for view in self.record_views:
            view.clear()
        self.sources_page.clear()
        self.settings_page.clear()
        self.deleted.emit(label)

    def _on_auto_lock_changed(self, minutes: int) -> None:
        self.auto_lock_changed.emit(minutes)
        self.retranslate_ui()

    # -- language ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.toolbar.retranslate_ui()
        self.side.retranslate_ui()
        self.lock_hint.setText(
            self.tr(
                "Locks after %n minute(s) without use", "", self._context.settings.auto_lock_minutes
            )
        )
        if self._notice is not None:
            self.status_text.setText(self._notice())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.retranslate_ui()  # the sidebar's width follows the text
        return super().event(event)
