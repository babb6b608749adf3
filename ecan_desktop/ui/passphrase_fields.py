"""Typing a new passphrase: twice, with a hint of how hard it is to guess.

The strength is a rough estimate (length, kinds of characters, words, obvious patterns), told as
a word and a bar, never by colour alone. The minimum length is the core's rule
(``check_passphrase``), so the message for a short passphrase is the core's own sentence.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QProgressBar, QVBoxLayout, QWidget

from ecan_desktop.errors import EcanError
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.toggles import CheckBox
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.vault.profiles import MIN_PASSPHRASE, check_passphrase

_COMMON = ("password", "passwort", "parola", "motdepasse", "haslo", "qwert", "azert", "12345")
STRENGTH_LEVELS = 4


def passphrase_strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 good, 4 strong."""
    if len(text) < MIN_PASSPHRASE:
        return 0
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 60
    distinct = len(set(text.casefold()))
    bits = min(len(text), distinct * 2) * math.log2(max(pool, 2))
    words = [w for w in text.split() if len(w) >= 3]
    if len(words) >= 3:
        bits += 12 * (len(words) - 2)
    if any(pattern in text.casefold().replace(" ", "") for pattern in _COMMON):
        bits /= 2
    if bits < 45:
        return 1
    if bits < 65:
        return 2
    if bits < 90:
        return 3
    return 4


class PassphraseInput(QWidget):
    """A passphrase field with its label and a "show" toggle (for the current passphrase)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "passphraseField") -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(0.5))
        self.label = Label(TextRole.STRONG, self)
        layout.addWidget(self.label)
        self.field = QLineEdit(self)
        self.field.setObjectName(name)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self.submitted)
        self.label.setBuddy(self.field)
        layout.addWidget(self.field)
        self.setFocusProxy(self.field)

    def text(self) -> str:
        return self.field.text()

    def clear(self) -> None:
        self.field.clear()

    def set_texts(self, label: str, accessible: str) -> None:
        self.label.setText(label)
        self.field.setAccessibleName(accessible)


class NewPassphrase(QWidget):
    """A new passphrase typed twice, with a strength hint and a "show" toggle."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))
        self.first = PassphraseInput(self, name="newPassphrase")
        layout.addWidget(self.first)
        self.strength_bar = QProgressBar(self)
        self.strength_bar.setObjectName("strengthBar")
        self.strength_bar.setRange(0, STRENGTH_LEVELS)
        self.strength_bar.setTextVisible(False)
        layout.addWidget(self.strength_bar)
        self.strength_text = Label(TextRole.CAPTION, self, secondary=True)
        self.strength_text.setObjectName("strengthText")
        layout.addWidget(self.strength_text)
        layout.addSpacing(grid(0.5))
        self.second = PassphraseInput(self, name="repeatPassphrase")
        layout.addWidget(self.second)
        self.show_toggle = CheckBox(self)
        self.show_toggle.setObjectName("showNewPassphrase")
        self.show_toggle.toggled.connect(self._on_show)
        layout.addWidget(self.show_toggle)
        self.first.field.textChanged.connect(self._on_changed)
        self.second.field.textChanged.connect(self._on_changed)
        self.first.submitted.connect(self.second.field.setFocus)
        self.second.submitted.connect(self.submitted)
        self.setFocusProxy(self.first)
        self.retranslate_ui()

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.field.setEchoMode(mode)
        self.second.field.setEchoMode(mode)

    def _on_changed(self) -> None:
        self._update_strength()
        self.changed.emit()

    def _update_strength(self) -> None:
        text = self.first.text()
        level = passphrase_strength(text)
        self.strength_bar.setValue(level)
        words = {
            0: self.tr("Too short: use at least {minimum} characters.").format(
                minimum=MIN_PASSPHRASE
            ),
            1: self.tr("Weak: easy to guess. Add a word or two."),
            2: self.tr("Fair: one or two more words make it much harder to guess."),
            3: self.tr("Good: hard to guess."),
            4: self.tr("Strong: very hard to guess."),
        }
        self.strength_text.setText(
            words[level] if text else self.tr("A few words you can remember work well.")
        )
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_bar.setAccessibleDescription(self.strength_text.text())

    def value(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """What is wrong with the passphrase, in the user's words; None when it can be used."""
        try:
            check_passphrase(self.first.text())
        except EcanError as error:
            return error_text(error)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same. Type the same one twice.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_toggle.setChecked(False)

    def retranslate_ui(self) -> None:
        self.first.set_texts(self.tr("New passphrase"), self.tr("New passphrase"))
        self.second.set_texts(self.tr("Type it again"), self.tr("New passphrase, again"))
        self.show_toggle.setText(self.tr("Show the passphrase"))
        self._update_strength()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
