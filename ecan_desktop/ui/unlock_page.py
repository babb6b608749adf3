"""Unlocking one profile: the passphrase, or the secret this computer remembers.

The key derivation (about 0.4 s) and the opening of the vault run on the vault worker's thread;
meanwhile the page shows a busy bar and ignores further presses. A wrong passphrase keeps the page
open with the error's own sentence and the passphrase selected, ready to be typed again; after
five wrong tries the page makes the user wait, with a countdown. When this computer remembers
the profile, the page unlocks by itself and falls back to the passphrase with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.demo import DEMO_PASSPHRASE
from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.toggles import CheckBox
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.unlock_throttle import UnlockThrottle
from ecan_desktop.ui.vault_worker import RecordData
from ecan_desktop.vault.errors import WrongPassphrase, WrongRecoveryCode
from ecan_desktop.vault.profiles import ProfileInfo

GUESSES = (WrongPassphrase, WrongRecoveryCode)


class UnlockWait(QObject):
    """The countdown sentence, shared by both unlock pages (one translation context)."""

    def text(self, seconds: int) -> str:
        """ "Try again in …": whole minutes when it is long, seconds when it is short."""
        if seconds >= 120:
            minutes = (seconds + 59) // 60
            return self.tr("Too many wrong tries. You can try again in %n minute(s).", "", minutes)
        return self.tr("Too many wrong tries. You can try again in %n second(s).", "", seconds)


def wait_text(seconds: int) -> str:
    return UnlockWait().text(seconds)


class UnlockPage(PageColumn):
    unlocked = Signal(object)  # RecordData
    back_requested = Signal()
    recovery_requested = Signal(object)  # ProfileInfo

    def __init__(
        self, context: AppContext, throttle: UnlockThrottle, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, max_ems=64, centred=True)
        self._context = context
        self._throttle = throttle
        self._profile: ProfileInfo | None = None
        self._error: BaseException | None = None
        self._empty_passphrase = False
        self._locked_view = False
        self._busy = False
        self._automatic = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        column = self.column

        self.back_button = self.add_back_link(self._go_back)
        self.title, self.hint = self.add_heading()
        self.title.setObjectName("unlockTitle")
        column.addSpacing(grid(1))

        column.addWidget(self._build_form())

        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self._go_back)

        QWidget.setTabOrder(self.passphrase, self.show_passphrase)
        QWidget.setTabOrder(self.show_passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.recovery_button)
        QWidget.setTabOrder(self.recovery_button, self.back_button)
        self.retranslate_ui()

    def _build_form(self) -> QWidget:
        form = QWidget(self.body)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(grid(1))
        self.field_label = Label(TextRole.STRONG, form)
        form_layout.addWidget(self.field_label)
        self.passphrase = QLineEdit(form)
        self.passphrase.setObjectName("passphraseField")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.unlock)
        self.field_label.setBuddy(self.passphrase)
        form_layout.addWidget(self.passphrase)
        self.show_passphrase = CheckBox(form)
        self.show_passphrase.setObjectName("showPassphrase")
        self.show_passphrase.toggled.connect(self._on_show_toggled)
        form_layout.addWidget(self.show_passphrase)
        self.demo_hint = Label(TextRole.CAPTION, form, secondary=True)
        form_layout.addWidget(self.demo_hint)

        self.error = MessageBanner(Severity.ERROR, form)
        self.error.setObjectName("unlockError")
        form_layout.addWidget(self.error)
        self.wait = MessageBanner(Severity.ERROR, form)
        self.wait.setObjectName("waitBanner")
        form_layout.addWidget(self.wait)

        self.busy_row = BusyRow(form)
        form_layout.addWidget(self.busy_row)

        buttons = QHBoxLayout()
        buttons.setSpacing(grid(2))
        self.recovery_button = QPushButton(form)
        self.recovery_button.setObjectName("useRecoveryCode")
        self.recovery_button.setProperty("link", True)
        self.recovery_button.clicked.connect(self._use_recovery_code)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        self.unlock_button = QPushButton(form)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons.addWidget(self.unlock_button)
        form_layout.addSpacing(grid(1))
        form_layout.addLayout(buttons)
        return form

    # -- state ------------------------------------------------------------------------------------
    @property
    def profile(self) -> ProfileInfo | None:
        return self._profile

    @property
    def busy(self) -> bool:
        return self._busy

    def show_profile(self, info: ProfileInfo, *, locked: bool = False) -> None:
        """Start over for *info*: empty field, no error, focus in the field.

        *locked* says the record was just locked (by the user or after idle time). When this
        computer remembers the profile, it unlocks by itself, except right after a lock: the user
        locked it on purpose.
        """
        self._profile = info
        self._error = None
        self._empty_passphrase = False
        self._locked_view = locked
        self.passphrase.clear()
        self.show_passphrase.setChecked(False)
        self.error.clear()
        self._set_busy(False)
        self.demo_hint.setVisible(self._context.is_demo(info))
        self.retranslate_ui()
        self._update_wait()
        self.passphrase.setFocus()
        if (
            not locked
            and not self._context.kiosk
            and not self._waiting()
            and self._context.store.is_remembered(info.id)  # keys.json only, not the vault
        ):
            self._try_remembered()

    def _set_busy(self, busy: bool, *, automatic: bool = False) -> None:
        self._busy = busy
        self._automatic = busy and automatic
        if busy:
            text = (
                self.tr("Unlocking with the key this computer remembers…")
                if automatic
                else self.tr("Unlocking… This takes a moment.")
            )
            self.busy_row.start(text, self.tr("Unlocking"))
        else:
            self.busy_row.stop()
        self._update_enabled()

    def _update_enabled(self) -> None:
        free = not self._busy and not self._waiting()
        self.passphrase.setReadOnly(not free)
        self.unlock_button.setEnabled(free)
        self.recovery_button.setEnabled(not self._busy)
        self.back_button.setEnabled(not self._busy)
        self.show_passphrase.setEnabled(not self._busy)

    def _on_show_toggled(self, shown: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    # -- waiting after wrong tries ----------------------------------------------------------------
    def _waiting(self) -> bool:
        return self._profile is not None and self._throttle.seconds_left(self._profile.id) > 0

    def _update_wait(self) -> None:
        seconds = self._throttle.seconds_left(self._profile.id) if self._profile else 0
        if seconds > 0:
            self.wait.show_message(wait_text(seconds))
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self.wait.clear()
            self._countdown.stop()
        self._update_enabled()

    def _tick(self) -> None:
        was_waiting = self.wait.isVisible()
        self._update_wait()
        if was_waiting and not self._waiting():
            self.passphrase.setFocus()
            self.passphrase.selectAll()

    # -- actions ----------------------------------------------------------------------------------
    def _try_remembered(self) -> None:
        if self._profile is None:
            return
        self._set_busy(True, automatic=True)
        self._context.vault.unlock_remembered(
            self._profile.id, on_result=self._on_remembered, on_error=self._on_failed
        )

    def _on_remembered(self, data: RecordData | None) -> None:
        self._set_busy(False)
        if data is None:  # nothing remembered: the passphrase it is
            self.passphrase.setFocus()
            return
        self._on_unlocked(data)

    def unlock(self) -> None:
        if self._busy or self._profile is None or self._waiting():
            return
        passphrase = self.passphrase.text()
        self._error = None
        self.error.clear()
        if not passphrase:
            self._empty_passphrase = True
            self._retranslate_error()
            self.passphrase.setFocus()
            return
        self._empty_passphrase = False
        self._set_busy(True)
        self._context.vault.unlock(
            self._profile.id, passphrase, on_result=self._on_unlocked, on_error=self._on_failed
        )

    def _on_unlocked(self, data: RecordData) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self._throttle.succeeded(data.info.id)
        self.unlocked.emit(data)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._error = error
        if isinstance(error, GUESSES) and self._profile is not None:
            self._throttle.failed(self._profile.id)
        self._retranslate_error()
        self._update_wait()
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _use_recovery_code(self) -> None:
        if not self._busy and self._profile is not None:
            self.passphrase.clear()
            self.recovery_requested.emit(self._profile)

    def _go_back(self) -> None:
        if not self._busy:
            self.passphrase.clear()
            self.back_requested.emit()

    # -- language ---------------------------------------------------------------------------------
    def _retranslate_error(self) -> None:
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        elif self._empty_passphrase:
            self.error.show_message(self.tr("Type the passphrase of this profile first."))

    def retranslate_ui(self) -> None:
        label = self._profile.label if self._profile else ""
        # The angle reads as "back"; lupdate needs the character itself, not an escape.
        self.back_button.setText(self.tr("‹ Back to profiles"))  # noqa: RUF001
        self.back_button.setToolTip(self.tr("Back to the list of profiles (Esc)"))
        if self._locked_view:
            self.title.setText(self.tr("“{label}” is locked").format(label=label))
            self.hint.setText(self.tr("Type your passphrase to continue where you were."))
        else:
            self.title.setText(self.tr("Unlock “{label}”").format(label=label))
            self.hint.setText(self.tr("Type the passphrase you chose for this profile."))
        self.field_label.setText(self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.show_passphrase.setText(self.tr("Show passphrase"))
        self.demo_hint.setText(
            self.tr("This is the demo profile. Its passphrase is “{passphrase}”.").format(
                passphrase=DEMO_PASSPHRASE
            )
        )
        self.recovery_button.setText(self.tr("Forgot it? Use your recovery code"))
        self.recovery_button.setToolTip(
            self.tr("Unlock with the recovery code you kept, then choose a new passphrase")
        )
        if self._busy:
            self._set_busy(True, automatic=self._automatic)
        self.unlock_button.setText(self.tr("Unlock"))
        self._retranslate_error()
        if self._waiting():
            self._update_wait()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
