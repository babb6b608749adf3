"""A new profile: its name, whose record it is, the passphrase, and "remember on this computer".

Creating it derives the keys and opens the new vault on the vault worker (a few seconds, with a
busy bar). The page then hands the recovery code to the recovery code page, once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.errors import EcanError
from ecan_desktop.ui.birth_date_input import BirthDateInput
from ecan_desktop.ui.busy_row import BusyRow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.passphrase_fields import NewPassphrase
from ecan_desktop.ui.toggles import CheckBox
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.vault_worker import CreatedRecord
from ecan_desktop.vault.profiles import clean_label


class NewProfilePage(PageColumn):
    created = Signal(object)  # CreatedRecord
    cancelled = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_ems=72, centred=True)
        self._context = context
        self._busy = False
        self._error: BaseException | None = None
        self._problem: str | None = None
        column = self.column

        heading = QVBoxLayout()
        heading.setSpacing(grid(0.5))
        self.title = Label(TextRole.TITLE, self.body)
        heading.addWidget(self.title)
        self.hint = Label(TextRole.BODY, self.body, secondary=True)
        heading.addWidget(self.hint)
        column.addLayout(heading)

        self.label_field = self._field("profileLabel")
        self.label_label, self.label_hint = self._labelled(self.label_field)
        self.name_field = self._field("patientName")
        self.name_label, self.name_hint = self._labelled(self.name_field)
        self.birth_title = Label(TextRole.STRONG, self.body)
        column.addWidget(self.birth_title)
        self.birth_date = BirthDateInput(self.body)
        column.addWidget(self.birth_date)
        column.addSpacing(grid(1))
        self.passphrase = NewPassphrase(self.body)
        self.passphrase.submitted.connect(self.create)
        column.addWidget(self.passphrase)
        self.remember = CheckBox(self.body)
        self.remember.setObjectName("rememberCheck")
        column.addWidget(self.remember)
        self.remember_hint = Label(TextRole.CAPTION, self.body, secondary=True)
        column.addWidget(self.remember_hint)

        self.error = MessageBanner(Severity.ERROR, self.body)
        self.error.setObjectName("newProfileError")
        column.addWidget(self.error)
        self.busy_row = BusyRow(self.body)
        column.addWidget(self.busy_row)

        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.body)
        self.cancel_button.setObjectName("cancelNewProfile")
        self.cancel_button.clicked.connect(self._cancel)
        buttons.addWidget(self.cancel_button)
        self.create_button = QPushButton(self.body)
        self.create_button.setObjectName("createProfileButton")
        self.create_button.setProperty("primary", True)
        self.create_button.clicked.connect(self.create)
        buttons.addWidget(self.create_button)
        column.addSpacing(grid(1))
        column.addLayout(buttons)

        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self._cancel)
        QWidget.setTabOrder(self.label_field, self.name_field)
        QWidget.setTabOrder(self.name_field, self.birth_date.day)
        QWidget.setTabOrder(self.birth_date.year, self.passphrase.first.field)
        QWidget.setTabOrder(self.passphrase.show_toggle, self.remember)
        QWidget.setTabOrder(self.remember, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.create_button)
        self.retranslate_ui()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self.body)
        field.setObjectName(name)
        field.returnPressed.connect(self.focusNextChild)
        return field

    def _labelled(self, field: QLineEdit) -> tuple[Label, Label]:
        box = QVBoxLayout()
        box.setSpacing(grid(0.5))
        label = Label(TextRole.STRONG, self.body)
        label.setBuddy(field)
        box.addWidget(label)
        hint = Label(TextRole.CAPTION, self.body, secondary=True)
        box.addWidget(hint)
        box.addWidget(field)
        self.column.addLayout(box)
        return label, hint

    # -- state ------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        """An empty form; "remember" only where this computer has a usable keyring."""
        self._error = None
        self._problem = None
        for field in (self.label_field, self.name_field):
            field.clear()
        self.birth_date.clear()
        self.passphrase.clear()
        self.remember.setChecked(False)
        offered = self._context.remember_offered
        self.remember.setVisible(offered)
        self.remember_hint.setVisible(offered)
        self.error.clear()
        self._set_busy(False)
        self.retranslate_ui()
        self.label_field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.busy_row.start(
                self.tr("Creating the profile and its keys… This takes a few seconds."),
                self.tr("Creating the profile"),
            )
        else:
            self.busy_row.stop()
        for widget in (self.create_button, self.cancel_button, self.remember):
            widget.setEnabled(not busy)
        for field in (self.label_field, self.name_field):
            field.setReadOnly(busy)

    # -- actions ----------------------------------------------------------------------------------
    def _check(self) -> str | None:
        try:
            clean_label(self.label_field.text())
        except EcanError as error:
            self.label_field.setFocus()
            return error_text(error)
        problem = self.birth_date.problem()
        if problem is not None:
            self.birth_date.setFocus()
            return problem
        problem = self.passphrase.problem()
        if problem is not None:
            self.passphrase.setFocus()
        return problem

    def create(self) -> None:
        if self._busy:
            return
        self._error = None
        self._problem = self._check()
        if self._problem is not None:
            self.error.show_message(self._problem)
            return
        self.error.clear()
        birth = self.birth_date.value()
        self._set_busy(True)
        self._context.vault.create(
            self.label_field.text(),
            self.passphrase.value(),
            patient_name=" ".join(self.name_field.text().split()) or None,
            birth_date=birth.isoformat() if birth else None,
            remember=self.remember.isVisible() and self.remember.isChecked(),
            on_result=self._on_created,
            on_error=self._on_failed,
        )

    def _on_created(self, created: CreatedRecord) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.created.emit(created)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._error = error
        self.error.show_message(error_text(error))
        self.label_field.setFocus()

    def _cancel(self) -> None:
        if not self._busy:
            self.passphrase.clear()
            self.cancelled.emit()

    # -- language ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("New profile"))
        self.hint.setText(
            self.tr(
                "A profile keeps one person's cancer history on this computer, locked with a "
                "passphrase that only you know."
            )
        )
        self.label_label.setText(self.tr("&Name of the profile"))
        self.label_hint.setText(
            self.tr("Shown on the start screen, e.g. your first name or “Mum”.")
        )
        self.label_field.setAccessibleName(self.tr("Name of the profile"))
        self.name_label.setText(self.tr("Patient's &full name"))
        self.name_hint.setText(
            self.tr("As it is written on hospital papers. Used to check imported files.")
        )
        self.name_field.setAccessibleName(self.tr("Patient's full name"))
        self.birth_title.setText(self.tr("Patient's date of birth"))
        self.remember.setText(self.tr("Remember the passphrase on this computer"))
        self.remember_hint.setText(
            self.tr(
                "The profile then opens without the passphrase for anyone who uses your account "
                "on this computer. Leave it off on a shared computer."
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.create_button.setText(self.tr("Create profile"))
        if self._busy:
            self._set_busy(True)
        if self._error is not None:
            self.error.show_message(error_text(self._error))
        elif self._problem is not None:
            self._problem = self._check()
            if self._problem is not None:
                self.error.show_message(self._problem)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
