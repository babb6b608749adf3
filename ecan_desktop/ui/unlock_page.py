"""Unlocking one profile: the passphrase, then the record's overview.

The key derivation (about 0.4 s) and the opening of the vault run on the vault worker's thread;
meanwhile the page shows a busy bar and ignores further presses. A wrong passphrase keeps the page
open with the error's own sentence and the passphrase selected, ready to be typed again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.demo import DEMO_PASSPHRASE
from ecan_desktop.record.overview import RecordOverview
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.profiles_page import is_demo
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.vault.profiles import ProfileInfo


class UnlockPage(PageColumn):
    unlocked = Signal(object)  # RecordOverview
    back_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_ems=64, centred=True)
        self._context = context
        self._profile: ProfileInfo | None = None
        self._error: BaseException | None = None
        self._empty_passphrase = False
        self._busy = False
        column = self.column

        back_row = QHBoxLayout()
        self.back_button = QPushButton(self.body)
        self.back_button.setObjectName("backButton")
        self.back_button.setProperty("link", True)
        self.back_button.clicked.connect(self._go_back)
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        column.addLayout(back_row)

        heading = QVBoxLayout()
        heading.setSpacing(grid(0.5))
        self.title = Label(TextRole.TITLE, self.body)
        heading.addWidget(self.title)
        self.hint = Label(TextRole.BODY, self.body, secondary=True)
        heading.addWidget(self.hint)
        column.addLayout(heading)
        column.addSpacing(grid(1))

        column.addWidget(self._build_form())

        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self._go_back)

        QWidget.setTabOrder(self.passphrase, self.show_passphrase)
        QWidget.setTabOrder(self.show_passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.back_button)
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
        self.show_passphrase = QCheckBox(form)
        self.show_passphrase.setObjectName("showPassphrase")
        self.show_passphrase.toggled.connect(self._on_show_toggled)
        form_layout.addWidget(self.show_passphrase)
        self.demo_hint = Label(TextRole.CAPTION, form, secondary=True)
        form_layout.addWidget(self.demo_hint)

        self.error = MessageBanner(Severity.ERROR, form)
        self.error.setObjectName("unlockError")
        form_layout.addWidget(self.error)

        self.busy_row = QWidget(form)
        busy_layout = QVBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.setSpacing(grid(1))
        self.busy_text = Label(TextRole.BODY, self.busy_row, secondary=True)
        busy_layout.addWidget(self.busy_text)
        self.busy_bar = QProgressBar(self.busy_row)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        busy_layout.addWidget(self.busy_bar)
        form_layout.addWidget(self.busy_row)
        self.busy_row.hide()

        buttons = QHBoxLayout()
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

    def show_profile(self, info: ProfileInfo) -> None:
        """Start over for *info*: empty field, no error, focus in the field."""
        self._profile = info
        self._error = None
        self._empty_passphrase = False
        self.passphrase.clear()
        self.show_passphrase.setChecked(False)
        self.error.clear()
        self._set_busy(False)
        self.demo_hint.setVisible(is_demo(info))
        self.retranslate_ui()
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_row.setVisible(busy)
        self.passphrase.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.show_passphrase.setEnabled(not busy)

    def _on_show_toggled(self, shown: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    # -- actions ----------------------------------------------------------------------------------
    def unlock(self) -> None:
        if self._busy or self._profile is None:
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

    def _on_unlocked(self, overview: RecordOverview) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(overview)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._error = error
        self._retranslate_error()
        self.passphrase.setFocus()
        self.passphrase.selectAll()

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
        self.busy_text.setText(self.tr("Unlocking… This takes a moment."))
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))
        self.unlock_button.setText(self.tr("Unlock"))
        self._retranslate_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
