"""My entries: what the patient writes down themselves, the medicines they take, symptoms and
side effects with a grade, and notes for their next visit.

Entries are FHIR resources in the patient's own source (``ecan_desktop.entries``), marked as
reported by the patient, so the rest of the app shows them with the "Reported by you" chip: a
medicine among the medicines, for instance. Every write runs on the vault worker; afterwards the
view emits :attr:`MyEntriesView.record_changed` and the record window reloads the record, which
then comes back to this view through ``show_record``. A deleted entry can be put back with Undo
until the next change.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.entries.resources import EntryInput, InvalidEntry
from ecan_desktop.entries.save import delete_entry, restore_entry, save_entry
from ecan_desktop.record.patient_entries import PatientEntry
from ecan_desktop.ui import icons
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.tasks import CancelToken, Progress
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.base import RecordView
from ecan_desktop.ui.views.entry_dialogs import EntryDialog, dialog_for
from ecan_desktop.ui.views.entry_rows import EntryGroup, entry_date, entry_title
from ecan_desktop.vault.profiles import OpenProfile

KINDS = ("medication", "symptom", "note")


class MyEntriesView(RecordView):
    record_changed = Signal()  # an entry was saved, changed or deleted: reload the record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._undo: dict[str, Any] | None = None  # the resource deleted last
        self._undo_title = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page = PageColumn(self, max_ems=96)
        layout.addWidget(self.page)
        column = self.page.column
        self.title, self.hint = self.page.add_heading()

        actions = QHBoxLayout()
        actions.setSpacing(grid(1))
        self.add_buttons: dict[str, QPushButton] = {}
        for kind, icon in zip(KINDS, ("pill", "heartbeat", "note-pencil"), strict=True):
            button = QPushButton(self.page.body)
            button.setObjectName(f"add_{kind}")
            if icons.available(icon):
                button.setIcon(icons.icon(icon, grid(2.5)))
            button.clicked.connect(lambda _checked=False, k=kind: self.add_entry(k))
            actions.addWidget(button)
            self.add_buttons[kind] = button
        actions.addStretch(1)
        column.addLayout(actions)

        self.notice = MessageBanner(Severity.SUCCESS, self.page.body)
        self.notice.setObjectName("entriesNotice")
        self.undo_button = QPushButton(self.notice)
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.setProperty("link", True)
        self.undo_button.clicked.connect(self.undo_delete)
        notice_layout = self.notice.layout()
        if notice_layout is not None:
            notice_layout.addWidget(self.undo_button)
        column.addWidget(self.notice)

        self.empty = QWidget(self.page.body)
        self.empty.setObjectName("entriesEmpty")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, grid(4), 0, 0)
        empty_layout.setSpacing(grid(1))
        picture = QLabel(self.empty)
        if icons.available("note-pencil"):
            picture.setPixmap(icons.pixmap("note-pencil", grid(6)))
        empty_layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.empty_title = Label(TextRole.SECTION, self.empty)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.empty_title)
        self.empty_text = Label(TextRole.BODY, self.empty, secondary=True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.empty_text)
        column.addWidget(self.empty)

        self.groups: dict[str, EntryGroup] = {}
        for kind in KINDS:
            group = EntryGroup(kind, self.page.body)
            group.edit_requested.connect(self.edit_entry)
            group.delete_requested.connect(self.ask_delete)
            group.hide()
            column.addWidget(group)
            self.groups[kind] = group
        column.addStretch(1)
        self.retranslate_ui()

    # -- showing ----------------------------------------------------------------------------------
    def populate(self, data: RecordViewData) -> None:
        entries = data.record.patient_entries
        for kind, group in self.groups.items():
            group.set_entries([e for e in entries if e.kind == kind])
        self.empty.setVisible(not entries)

    def clear_view(self) -> None:
        for group in self.groups.values():
            group.set_entries(())
        self.empty.setVisible(True)
        self._forget_undo()

    def entries_shown(self, kind: str) -> list[PatientEntry]:
        return [row.entry for row in self.groups[kind].rows]

    # -- adding and changing ----------------------------------------------------------------------
    def add_entry(self, kind: str) -> EntryDialog:
        return self._open_dialog(kind, None)

    def edit_entry(self, entry: PatientEntry) -> EntryDialog:
        return self._open_dialog(entry.kind, entry)

    def _open_dialog(self, kind: str, entry: PatientEntry | None) -> EntryDialog:
        dialog = dialog_for(kind, self, entry)
        dialog.submitted.connect(lambda value, d=dialog: self._save(d, value))
        dialog.open()
        return dialog

    def _save(self, dialog: EntryDialog, entry: EntryInput) -> None:
        fhir_id = dialog.editing.fhir_id if dialog.editing is not None else None
        language = self.context.language

        def job(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> object:
            del progress, cancel
            return save_entry(opened.vault, entry, fhir_id=fhir_id, language=language)

        def saved(_result: object) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
            self._forget_undo()
            self._changed()

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(dialog):
                return
            if isinstance(error, InvalidEntry):  # the day changed since the dialog checked
                dialog.set_busy(False)
                dialog.save()
            else:
                dialog.show_failure(error_text(error))

        self.context.vault.call(job, on_result=saved, on_error=failed)

    # -- deleting ---------------------------------------------------------------------------------
    def ask_delete(self, entry: PatientEntry) -> MessageDialog:
        title = entry_title(entry)
        dialog = MessageDialog(
            self,
            title=self.tr("Delete this entry?"),
            text=self.tr(
                "“{entry}” ({date}) is deleted from your record. What your centres sent stays "
                "as it is. You can undo this straight away."
            ).format(entry=title, date=entry_date(entry)),
            accept_text=self.tr("Delete entry"),
            reject_text=self.tr("Keep it"),
            destructive=True,
        )
        dialog.accepted.connect(lambda: self._delete(entry, title))
        dialog.open()
        return dialog

    def _delete(self, entry: PatientEntry, title: str) -> None:
        def job(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> object:
            del progress, cancel
            return delete_entry(opened.vault, entry.resource_type, entry.fhir_id)

        def deleted(resource: object) -> None:
            if isinstance(resource, dict):
                self._undo, self._undo_title = resource, title
                self._show_notice()
            self._changed()

        self.context.vault.call(job, on_result=deleted, on_error=self._failed)

    def undo_delete(self) -> None:
        resource = self._undo
        if resource is None:
            return
        self._forget_undo()

        def job(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> object:
            del progress, cancel
            return restore_entry(opened.vault, resource)

        self.context.vault.call(job, on_result=lambda _r: self._changed(), on_error=self._failed)

    def _changed(self) -> None:
        if self.view_data is not None:  # not after a lock: there is no record to reload then
            self.record_changed.emit()

    def _forget_undo(self) -> None:
        self._undo = None
        self._undo_title = ""
        self.notice.clear()

    def _show_notice(self) -> None:
        if self._undo is not None:
            self.notice.show_message(
                self.tr("“{entry}” was deleted.").format(entry=self._undo_title)
            )

    def _failed(self, error: BaseException) -> None:
        MessageDialog(
            self,
            title=self.tr("Your entries could not be changed"),
            text=error_text(error),
            accept_text=self.tr("Close"),
        ).open()

    # -- words ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("My entries"))
        self.hint.setText(
            self.tr(
                "What you write down yourself: medicines you take, side effects and notes for "
                "your next visit. They are marked as reported by you wherever they appear, also "
                "in the summaries you export."
            )
        )
        self.add_buttons["medication"].setText(self.tr("Add medication"))
        self.add_buttons["symptom"].setText(self.tr("Add symptom or side effect"))
        self.add_buttons["note"].setText(self.tr("Add note"))
        self.empty_title.setText(self.tr("Nothing written down yet"))
        self.empty_text.setText(
            self.tr(
                "Write down medicines you take, side effects and notes for your next visit. "
                "They stay on this computer, marked as reported by you."
            )
        )
        self.empty.setAccessibleName(self.empty_title.text())
        self.empty.setAccessibleDescription(self.empty_text.text())
        self.groups["medication"].retranslate_ui(self.tr("Medications I take"))
        self.groups["symptom"].retranslate_ui(self.tr("Symptoms and side effects"))
        self.groups["note"].retranslate_ui(self.tr("Notes"))
        self.undo_button.setText(self.tr("Undo"))
        self._show_notice()
