"""The language menu of the start screen: every language we list, named in its own language.

Languages whose translation is not finished say so ("partly in English"), so nobody is surprised.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from ecan_desktop.i18n.languages import LANGUAGES
from ecan_desktop.ui.combo_box import ComboBox
from ecan_desktop.ui.typography import Label, TextRole, grid


class LanguagePicker(QWidget):
    language_chosen = Signal(str)

    def __init__(
        self, current: str, parent: QWidget | None = None, *, with_label: bool = True
    ) -> None:
        super().__init__(parent)
        self._current = current
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))
        self.label = Label(TextRole.BODY, self, secondary=True)
        self.label.setWordWrap(False)
        layout.addWidget(self.label)
        self.combo = ComboBox(self)
        self.combo.setObjectName("languageCombo")
        # Long names ("português (partly in English)") show in the open list, not in the header.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(14)
        self.label.setBuddy(self.combo)
        self.label.setVisible(with_label)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(self._on_activated)
        self.retranslate_ui()

    @property
    def current(self) -> str:
        return self._current

    def set_current(self, code: str) -> None:
        """Show *code* as chosen (it was chosen elsewhere); emits nothing."""
        self._current = code
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(code)))
        self.combo.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        code = str(self.combo.itemData(index))
        if code != self._current:
            self._current = code
            self.language_chosen.emit(code)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Language"))
        self.combo.setAccessibleName(self.tr("Language of the app"))
        self.combo.blockSignals(True)
        self.combo.clear()
        for language in sorted(LANGUAGES, key=lambda lang: lang.native_name.casefold()):
            name = language.native_name
            if not language.complete:
                name = self.tr("{language} (partly in English)").format(language=name)
            self.combo.addItem(name, language.code)
        index = self.combo.findData(self._current)
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
