"""What Settings asks of the record window about the open profile itself: a new passphrase, and
deleting the profile (asked first, then done on the vault worker).

The texts keep the ``RecordFrame`` translation context they were translated in
(``QCoreApplication.translate``, not ``self.tr``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ecan_desktop.ui.change_passphrase_dialog import ChangePassphraseDialog
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.delete_profile_dialog import DeleteProfileDialog

if TYPE_CHECKING:
    from ecan_desktop.ui.record_frame import RecordFrame

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class ProfileActions:
    """:attr:`working` while the profile is being deleted; *deleted* gets its label once it is."""

    def __init__(
        self, frame: RecordFrame, context: AppContext, *, deleted: Callable[[str], None]
    ) -> None:
        self._frame = frame
        self._context = context
        self._deleted = deleted
        self.working = False

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self._context, self._frame)
        dialog.accepted.connect(
            lambda: self._frame.show_notice(
                lambda: translate("RecordFrame", "The passphrase is changed.")
            )
        )
        dialog.open()

    def ask_delete(self) -> None:
        data = self._frame.data
        if data is None or self._frame.busy:
            return
        dialog = DeleteProfileDialog(data.info.label, self._frame)
        dialog.accepted.connect(self._delete)
        dialog.open()

    def _delete(self) -> None:
        self.working = True

        def done(label: str) -> None:
            self.working = False
            self._deleted(label)

        def failed(error: BaseException) -> None:
            self.working = False
            self._frame.show_error(error)

        self._context.vault.delete_open_profile(on_done=done, on_error=failed)
