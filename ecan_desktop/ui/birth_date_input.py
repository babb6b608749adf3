"""A birth date as day, month and year (the NHS "date input" pattern).

Three small fields read the same way in every language: the month is chosen by name in the
user's language, so 03/04 can never be misread. All three empty means "not given".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from ecan_desktop.ui.combo_box import ComboBox
from ecan_desktop.ui.typography import Label, TextRole, grid

OLDEST_YEAR = 1900


class ShortField(QLineEdit):
    """A field as wide as *chars* digits, growing with the text size."""

    def __init__(self, chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chars = chars
        self.setMaxLength(chars)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance("0" * (self._chars + 1)) + 2 * grid(1.5) + 4
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class BirthDateInput(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(grid(2))
        self.day = ShortField(2, self)
        self.day.setObjectName("birthDay")
        self.day.setValidator(QIntValidator(1, 31, self.day))
        self.month = ComboBox(self)
        self.month.setObjectName("birthMonth")
        self.year = ShortField(4, self)
        self.year.setObjectName("birthYear")
        self.year.setValidator(QIntValidator(OLDEST_YEAR, 9999, self.year))
        self.day_label = self._labelled(row, self.day)
        self.month_label = self._labelled(row, self.month)
        self.year_label = self._labelled(row, self.year)
        row.addStretch(1)
        QWidget.setTabOrder(self.day, self.month)
        QWidget.setTabOrder(self.month, self.year)
        self.setFocusProxy(self.day)
        self.retranslate_ui()

    def _labelled(self, row: QHBoxLayout, field: QWidget) -> Label:
        column = QVBoxLayout()
        column.setSpacing(grid(0.5))
        label = Label(TextRole.CAPTION, self, secondary=True)
        label.setWordWrap(False)
        label.setBuddy(field)
        column.addWidget(label)
        column.addWidget(field)
        row.addLayout(column)
        return label

    def is_empty(self) -> bool:
        return not self.day.text() and self.month.currentIndex() <= 0 and not self.year.text()

    def value(self) -> date | None:
        """The date typed, or None when nothing was typed; ValueError when it is not a date."""
        if self.is_empty():
            return None
        if not (self.day.text() and self.year.text()) or self.month.currentIndex() <= 0:
            raise ValueError("incomplete")
        chosen = date(int(self.year.text()), self.month.currentIndex(), int(self.day.text()))
        if chosen > date.today() or chosen.year < OLDEST_YEAR:
            raise ValueError("out of range")
        return chosen

    def problem(self) -> str | None:
        try:
            self.value()
        except ValueError:
            return self.tr(
                "The birth date is not a real date. Type the day and the year in numbers and "
                "choose the month, or leave all three empty."
            )
        return None

    def set_value(self, value: date | None) -> None:
        self.day.setText(str(value.day) if value else "")
        self.month.setCurrentIndex(value.month if value else 0)
        self.year.setText(str(value.year) if value else "")

    def clear(self) -> None:
        self.set_value(None)

    def retranslate_ui(self) -> None:
        self.day_label.setText(self.tr("Day"))
        self.month_label.setText(self.tr("Month"))
        self.year_label.setText(self.tr("Year"))
        self.day.setAccessibleName(self.tr("Day of birth"))
        self.month.setAccessibleName(self.tr("Month of birth"))
        self.year.setAccessibleName(self.tr("Year of birth"))
        current = self.month.currentIndex()
        locale = QLocale()
        self.month.clear()
        self.month.addItem(self.tr("Choose…"))
        for month in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(month, QLocale.FormatType.LongFormat))
        self.month.setCurrentIndex(max(0, current))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
