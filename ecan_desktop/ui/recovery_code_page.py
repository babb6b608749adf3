"""The recovery code, shown once after creating a profile: print it, save it, prove you kept it.

The code exists in this page's memory only while it is shown. It is written nowhere but where the
user asks (the printer, or the file they choose, 0600 and atomically): not in logs, settings or
temporary files. The check asks for two of its five groups, chosen at random, so that "I kept it"
is true before the record opens.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.atomicfile import atomic_write_text
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.locale_format import format_date
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.vault_worker import CreatedRecord
from ecan_desktop.vault.errors import RecoveryCodeMalformed
from ecan_desktop.vault.keys import RECOVERY_GROUP, RECOVERY_LENGTH, normalize_recovery_code

GROUPS = 5


def printers_available() -> bool:
    """A printer is set up (without one, Qt's print dialog has nothing to offer; tests replace
    this)."""
    return bool(QPrinterInfo.availablePrinterNames())


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The printer the user picks in the print dialog (tests replace this)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class RecoveryCodePage(PageColumn):
    finished = Signal(object)  # RecordData: the new profile, open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_ems=72, centred=True)
        self._created: CreatedRecord | None = None
        self._kept_note: str | None = None  # "saved to …" or "sent to the printer"
        self._groups: tuple[int, int] = (1, 3)
        self._check_failed = False
        self.steps = QStackedWidget(self.body)
        self.column.addWidget(self.steps)
        self.steps.addWidget(self._build_show())
        self.steps.addWidget(self._build_check())
        self.retranslate_ui()

    def _build_show(self) -> QWidget:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(2))
        self.show_title = Label(TextRole.TITLE, page)
        layout.addWidget(self.show_title)
        self.show_text = Label(TextRole.BODY, page)
        layout.addWidget(self.show_text)
        self.code_label = Label(TextRole.SECTION, page, selectable=True)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setProperty("code", True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        layout.addWidget(self.code_label)
        self.remember_text = Label(TextRole.BODY, page, secondary=True)
        layout.addWidget(self.remember_text)
        self.no_printer = Label(TextRole.CAPTION, page, secondary=True)
        self.no_printer.setObjectName("noPrinter")
        layout.addWidget(self.no_printer)
        self.kept = MessageBanner(Severity.SUCCESS, page)
        self.kept.setObjectName("keptBanner")
        layout.addWidget(self.kept)
        self.problem = MessageBanner(Severity.ERROR, page)
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        self.print_button = QPushButton(page)
        self.print_button.setObjectName("printCode")
        self.print_button.clicked.connect(self.print_code)
        buttons.addWidget(self.print_button)
        self.save_button = QPushButton(page)
        self.save_button.setObjectName("saveCode")
        self.save_button.clicked.connect(self.save_code)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.next_button = QPushButton(page)
        self.next_button.setObjectName("keptItButton")
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.go_to_check)
        buttons.addWidget(self.next_button)
        layout.addSpacing(grid(1))
        layout.addLayout(buttons)
        return page

    def _build_check(self) -> QWidget:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(2))
        self.check_title = Label(TextRole.TITLE, page)
        layout.addWidget(self.check_title)
        self.check_text = Label(TextRole.BODY, page)
        layout.addWidget(self.check_text)
        fields = QHBoxLayout()
        fields.setSpacing(grid(3))
        self.group_fields: list[QLineEdit] = []
        self.group_labels: list[Label] = []
        for index in range(2):
            box = QVBoxLayout()
            box.setSpacing(grid(0.5))
            label = Label(TextRole.STRONG, page)
            field = QLineEdit(page)
            field.setObjectName(f"group{index}")
            field.setMaxLength(RECOVERY_GROUP + 2)
            label.setBuddy(field)
            box.addWidget(label)
            box.addWidget(field)
            fields.addLayout(box, 1)
            self.group_labels.append(label)
            self.group_fields.append(field)
        self.group_fields[0].returnPressed.connect(self.group_fields[1].setFocus)
        self.group_fields[1].returnPressed.connect(self.check)
        layout.addLayout(fields)
        self.check_error = MessageBanner(Severity.ERROR, page)
        self.check_error.setObjectName("checkError")
        layout.addWidget(self.check_error)
        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        self.again_button = QPushButton(page)
        self.again_button.setObjectName("showCodeAgain")
        self.again_button.setProperty("link", True)
        self.again_button.clicked.connect(self.show_code_again)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        self.check_button = QPushButton(page)
        self.check_button.setObjectName("checkCodeButton")
        self.check_button.setProperty("primary", True)
        self.check_button.clicked.connect(self.check)
        buttons.addWidget(self.check_button)
        layout.addSpacing(grid(1))
        layout.addLayout(buttons)
        return page

    # -- state ------------------------------------------------------------------------------------
    @property
    def groups(self) -> tuple[int, int]:
        """The two groups asked for (0-based)."""
        return self._groups

    def show_code(self, created: CreatedRecord) -> None:
        self._created = created
        self._kept_note = None
        self._check_failed = False
        first, second = sorted(secrets.SystemRandom().sample(range(GROUPS), 2))
        self._groups = (first, second)
        self.kept.clear()
        self.problem.clear()
        can_print = printers_available()
        self.print_button.setVisible(can_print)
        self.no_printer.setVisible(not can_print)
        self.retranslate_ui()
        self._show_remember_error()
        self.steps.setCurrentIndex(0)
        (self.print_button if can_print else self.save_button).setFocus()

    def _show_remember_error(self) -> None:
        error = self._created.remember_error if self._created else None
        if error is not None:
            # The profile is made; only "remember on this computer" failed. Say why, here.
            self.problem.show_message(
                self.tr(
                    "The profile is created, but this computer could not remember its "
                    "passphrase. {reason}"
                ).format(reason=error_text(error))
            )

    def go_to_check(self) -> None:
        self._check_failed = False
        for field in self.group_fields:
            field.clear()
        self.check_error.clear()
        self.steps.setCurrentIndex(1)
        self.group_fields[0].setFocus()

    def show_code_again(self) -> None:
        self.steps.setCurrentIndex(0)
        self.next_button.setFocus()

    def _code(self) -> str:
        return self._created.recovery_code if self._created else ""

    # -- keeping the code -------------------------------------------------------------------------
    def _printable(self) -> QTextDocument:
        label = self._created.data.info.label if self._created else ""
        document = QTextDocument()
        document.setDefaultFont(QFont(self.font()))
        title = self.tr("Recovery code for profile “{label}”").format(label=label)
        made = self.tr("Made on {date} by ecan-desktop.").format(date=format_date(date.today()))
        why = self.tr(
            "If you forget the passphrase of this profile, this code is the only way to open it. "
            "Keep this paper somewhere safe, away from the computer."
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        document.setHtml(
            f"<h2>{_escape(title)}</h2><p>{_escape(made)}</p>"
            f"<p style='font-family:\"{mono}\"; font-size:20pt; font-weight:600'>"
            f"{_escape(self._code())}</p><p>{_escape(why)}</p>"
        )
        return document

    def print_code(self) -> None:
        printer = ask_printer(self)
        if printer is None:
            return
        self.print_to(printer)
        self._kept_note = "printed"
        self._show_kept()

    def print_to(self, printer: QPrinter) -> None:
        """Print on *printer* without asking (used by :meth:`print_code` and by tests)."""
        self._printable().print_(printer)

    def save_code(self) -> None:
        if self._created is None:
            return
        label = self._created.data.info.label
        suggested = Path.home() / file_dialogs.safe_file_name(
            self.tr("recovery code {label}.txt").format(label=label)
        )
        path = file_dialogs.choose_recovery_code_file(self, suggested)
        if path is None:
            return
        text = "\n".join(
            [
                self.tr("Recovery code for profile “{label}”").format(label=label),
                "",
                self._code(),
                "",
                self.tr(
                    "If you forget the passphrase of this profile, this code is the only way to "
                    "open it. Keep a copy somewhere safe, away from the computer."
                ),
                "",
            ]
        )
        try:
            atomic_write_text(path, text)
        except OSError as error:
            self.problem.show_message(
                self.tr("The file could not be saved ({detail}). Choose another place.").format(
                    detail=error.strerror or type(error).__name__
                )
            )
            return
        self.problem.clear()
        self._kept_note = str(path)
        self._show_kept()

    def _show_kept(self) -> None:
        if self._kept_note == "printed":
            self.kept.show_message(self.tr("The recovery code was sent to the printer."))
        elif self._kept_note:
            self.kept.show_message(
                self.tr("The recovery code was saved in {path}.").format(path=self._kept_note)
            )

    # -- the check --------------------------------------------------------------------------------
    def check(self) -> None:
        groups = self._code().split("-")
        typed = [field.text() for field in self.group_fields]
        right = all(
            _same_group(text, groups[index])
            for text, index in zip(typed, self._groups, strict=True)
        )
        if not right:
            self._check_failed = True
            self._show_check_error()
            self.group_fields[0].setFocus()
            self.group_fields[0].selectAll()
            return
        created, self._created = self._created, None
        for field in self.group_fields:
            field.clear()
        self.code_label.clear()  # the code leaves the screen for good
        self.check_error.clear()
        if created is not None:
            self.finished.emit(created.data)

    def _show_check_error(self) -> None:
        if self._check_failed:
            self.check_error.show_message(
                self.tr(
                    "That is not what your copy of the code says. Look at it again, "
                    "or go back to see the code."
                )
            )

    # -- language ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.show_title.setText(self.tr("Your recovery code"))
        self.show_text.setText(
            self.tr(
                "If you ever forget your passphrase, this code is the only way into the record: "
                "nobody else can open it for you. It is shown only now."
            )
        )
        self.code_label.setText(self._code())
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.remember_text.setText(
            self.tr("Print it or save it, and keep it somewhere safe, not only on this computer.")
        )
        self.no_printer.setText(
            self.tr(
                "No printer is set up on this computer: save the code to a file (on a USB stick, "
                "for example) and print it later, or copy it onto paper."
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save to a file…"))
        self.next_button.setText(self.tr("I have kept it"))
        self.check_title.setText(self.tr("Check your copy"))
        first, second = self._groups
        self.check_text.setText(
            self.tr(
                "To make sure you can use the code later, type group {first} and group {second} "
                "of it, from your copy."
            ).format(first=first + 1, second=second + 1)
        )
        for label, field, index in zip(
            self.group_labels, self.group_fields, self._groups, strict=True
        ):
            label.setText(self.tr("Group {number}").format(number=index + 1))
            field.setAccessibleName(self.tr("Group {number}").format(number=index + 1))
        self.again_button.setText(self.tr("‹ Show the code again"))  # noqa: RUF001
        self.check_button.setText(self.tr("Check and open the profile"))
        self._show_kept()
        self._show_check_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _same_group(typed: str, expected: str) -> bool:
    """Typed loosely (lower case, O for 0…), read as the code would be when unlocking."""
    cleaned = "".join(typed.split()).replace("-", "")
    if len(cleaned) != RECOVERY_GROUP:
        return False
    try:
        padded = normalize_recovery_code(cleaned + "0" * (RECOVERY_LENGTH - RECOVERY_GROUP))
    except RecoveryCodeMalformed:
        return False
    return padded[:RECOVERY_GROUP] == expected


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
