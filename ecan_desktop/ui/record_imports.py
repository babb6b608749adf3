"""Importing into the open record, and undoing an import, for the record window.

Files come from Import… (a file chooser) or are dropped anywhere on the window; either way the
import dialog previews them before anything is added, and only one import runs at a time. A backup
dropped on the window is never imported into this record: a dialog says where backups are
restored. Undo removes what one import brought and puts back what it changed, on the vault worker.

The texts keep the ``RecordFrame`` translation context they were translated in
(``QCoreApplication.translate``, not ``self.tr``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDropEvent

from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.import_dialog import ImportDialog
from ecan_desktop.ui.import_drop import FileDrops, explain_backup, is_backup
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.sources_page import source_title
from ecan_desktop.ui.tasks import CancelToken, Progress
from ecan_desktop.ui.vault_worker import RecordData, load_record
from ecan_desktop.vault.profiles import OpenProfile
from ecan_desktop.vault.records import SourceRecord

if TYPE_CHECKING:
    from ecan_desktop.ui.record_frame import RecordFrame

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class RecordImports:
    """The frame's import and undo work; :attr:`working` while an undo runs on the vault."""

    def __init__(self, frame: RecordFrame, context: AppContext) -> None:
        self._frame = frame
        self._context = context
        self.working = False
        self.drops = FileDrops(frame, accepts=lambda: frame.data is not None and not frame.busy)

    def _can_start(self) -> bool:
        return self._frame.data is not None and not self._frame.busy

    def start(self) -> None:
        """Import…: choose the files, then preview them."""
        if not self._can_start():
            return
        paths = file_dialogs.choose_files_to_import(self._frame)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: Sequence[Path]) -> ImportDialog | None:
        """Preview, then import *paths* (chosen, or dropped on the window)."""
        if not self._can_start() or not paths:
            return None
        if any(d.isVisible() for d in self._frame.findChildren(ImportDialog)):
            return None  # one import at a time
        dialog = ImportDialog(self._context, paths, self._frame)
        dialog.changed.connect(self._frame.reload)
        dialog.open()
        dialog.start()
        return dialog

    def drop(self, event: QDropEvent) -> None:
        paths = self.drops.drop(event)
        backups = [path for path in paths if is_backup(path)]
        if backups:  # restored as a profile of its own, never imported into this one
            dialog = explain_backup(self._frame, backups[0])
            dialog.accepted.connect(lambda: self._frame.show_named_view("settings"))
            dialog.open()
        elif paths:
            self.import_files(paths)

    # -- undo an import ---------------------------------------------------------------------------
    def ask_undo(self, source: SourceRecord) -> None:
        if self._frame.busy:
            return
        dialog = MessageDialog(
            self._frame,
            title=translate("RecordFrame", "Undo this import?"),
            text=translate(
                "RecordFrame",
                "Everything that came from {source} in this import is removed from your record, "
                "and what it changed goes back to how it was before. The file itself is not "
                "touched; you can import it again later.",
            ).format(source=source_title(source)),
            accept_text=translate("RecordFrame", "Undo import"),
            reject_text=translate("RecordFrame", "Keep it"),
            destructive=True,
        )
        dialog.setObjectName("undoQuestion")
        dialog.accepted.connect(lambda: self._undo(source))
        dialog.open()

    def _undo(self, source: SourceRecord) -> None:
        frame = self._frame

        def work(
            opened: OpenProfile, progress: Progress, cancel: CancelToken
        ) -> tuple[dict[str, int], RecordData]:
            del progress, cancel
            counts = opened.vault.remove_source(source.id)
            return counts, load_record(opened)

        def done(result: tuple[dict[str, int], RecordData]) -> None:
            self.working = False
            counts, data = result
            frame.show_record(data)
            removed, restored = counts.get("removed", 0), counts.get("restored", 0)
            if restored:
                frame.show_notice(
                    lambda: translate(
                        "RecordFrame",
                        "Import undone: {removed} removed, {restored} put back as before.",
                    ).format(removed=removed, restored=restored)
                )
            else:
                frame.show_notice(
                    lambda: translate(
                        "RecordFrame", "Import undone: %n item(s) removed.", "", removed
                    )
                )

        def failed(error: BaseException) -> None:
            self.working = False
            frame.show_error(error)

        self.working = True
        self._context.vault.call(work, on_result=done, on_error=failed)
