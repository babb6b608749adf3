"""The export dialog's options: which document (the full summary or the emergency card), the
doctor's language and optionally a second one, the paper, and the QR code on page 1.

The dialog labels these widgets in its own retranslate_ui (one translation context for the
whole dialog, as before the options had a module of their own)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from ecan_desktop.i18n.languages import language
from ecan_desktop.ui.combo_box import ComboBox
from ecan_desktop.ui.toggles import CheckBox
from ecan_desktop.ui.typography import Label, TextRole, grid

PAPERS = ("a4", "letter")
SUMMARY = "summary"
CARD = "card"
DOCUMENTS = (SUMMARY, CARD)


def pdf_languages() -> tuple[str, ...]:
    """The languages our terminology can print, in the order of the app's language list."""
    from ecan_desktop.i18n.languages import LANGUAGES
    from ecan_desktop.terminology import load_terminology

    terminology = load_terminology()
    return tuple(lang.code for lang in LANGUAGES if terminology.has(lang.code))


class ExportOptions(QWidget):
    changed = Signal()

    def __init__(self, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes = pdf_languages()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(grid(1.5))
        self.document = ComboBox(self)
        self.document.setObjectName("document")
        self.first_language = ComboBox(self)
        self.first_language.setObjectName("firstLanguage")
        self.second_language = ComboBox(self)
        self.second_language.setObjectName("secondLanguage")
        self.paper = ComboBox(self)
        self.paper.setObjectName("paper")
        self.qr = CheckBox(self)
        self.qr.setObjectName("qr")
        self.qr.setChecked(True)
        self.document_label = Label(TextRole.BODY, self)
        self.first_label = Label(TextRole.BODY, self)
        self.second_label = Label(TextRole.BODY, self)
        self.paper_label = Label(TextRole.BODY, self)
        for field_label, field in (
            (self.document_label, self.document),
            (self.first_label, self.first_language),
            (self.second_label, self.second_language),
            (self.paper_label, self.paper),
        ):
            form.addRow(field_label, field)
            field_label.setBuddy(field)
        form.addRow(self.qr)
        self._fill_choices(ui_language)
        for combo in (self.document, self.first_language, self.second_language, self.paper):
            combo.currentIndexChanged.connect(self._changed)
        self.qr.toggled.connect(self._changed)

    def _fill_choices(self, ui: str) -> None:
        # The doctor abroad reads English first (changeable); the patient's own language, the
        # UI's, goes beneath when it differs.
        for document in DOCUMENTS:
            self.document.addItem("", document)
        first = "en" if "en" in self._codes else self._codes[0]
        for code in self._codes:
            self.first_language.addItem(language(code).native_name, code)
        self.first_language.setCurrentIndex(self._codes.index(first))
        self.second_language.addItem("", None)  # "none", named in retranslate_ui
        for code in self._codes:
            self.second_language.addItem(language(code).native_name, code)
        second = ui if ui in self._codes and ui != first else None
        self.second_language.setCurrentIndex(self.second_language.findData(second))
        for paper in PAPERS:
            self.paper.addItem("", paper)

    def _changed(self) -> None:
        self.qr.setEnabled(self.kind == SUMMARY)  # the card always carries its QR code
        self.changed.emit()

    @property
    def kind(self) -> str:
        """Which document: :data:`SUMMARY` or :data:`CARD`."""
        return str(self.document.currentData() or SUMMARY)

    @property
    def languages(self) -> tuple[str, ...]:
        first = str(self.first_language.currentData())
        second = self.second_language.currentData()
        return (first,) if second is None or second == first else (first, str(second))

    @property
    def paper_code(self) -> str:
        return str(self.paper.currentData() or "a4")
