"""The fields of the entry dialogs (NHS "question pages"): a label above each field, an optional
hint, and the error message under the label when the field needs fixing; a date field in the
locale's words; the grade as five radio buttons, each with its word and what it means.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.entries.catalogue import GRADE_MEANINGS, GRADE_WORDS
from ecan_desktop.ui.locale_format import long_date_format
from ecan_desktop.ui.typography import Label, TextRole, grid, grid_unit


def entries_tr(text: str) -> str:
    """A word of :mod:`ecan_desktop.entries.catalogue` in the user's language."""
    return QCoreApplication.translate("Entries", text)


def grade_text(grade: int) -> str:
    """ "Grade 2: Moderate": the grade's number and word."""
    return QCoreApplication.translate("EntryFields", "Grade {grade}: {word}").format(
        grade=QLocale().toString(grade), word=entries_tr(GRADE_WORDS[grade])
    )


class Field(QWidget):
    """A labelled field: the label, an optional hint, the error (hidden until there is one) and
    the input widget, one under the other."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(0.5))
        self.label = Label(TextRole.STRONG, self)
        layout.addWidget(self.label)
        self.hint = Label(TextRole.CAPTION, self, secondary=True)
        self.hint.hide()
        layout.addWidget(self.hint)
        self.error = Label(TextRole.STRONG, self)
        self.error.setObjectName("fieldError")
        self.error.setForegroundRole(QPalette.ColorRole.BrightText)  # the theme's error colour
        self.error.hide()
        layout.addWidget(self.error)
        widget.setParent(self)
        layout.addWidget(widget)
        self.label.setBuddy(widget)

    def set_texts(self, label: str, hint: str | None = None) -> None:
        self.label.setText(label)
        self.hint.setText(hint or "")
        self.hint.setVisible(bool(hint))
        self.widget.setAccessibleName(label)
        self.widget.setAccessibleDescription(hint or "")

    def set_error(self, message: str | None) -> None:
        # The symbol and the words tell it, not the colour alone (UI.md principle 3).
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.widget.setAccessibleDescription(message or self.hint.text())

    def has_error(self) -> bool:
        return not self.error.isHidden()


class DateField(QDateEdit):
    """A day, shown in the locale's long format ("14 March 2026"), never after today; it opens a
    calendar. Drawn like the app's text fields (the theme's stylesheet styles those, not dates)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMaximumDate(QDate.currentDate())
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setDate(QDate.currentDate())
        self._apply_style()
        self.apply_locale()

    def _apply_style(self) -> None:
        unit = grid_unit()
        half = unit // 2
        # palette(): the theme's colours (Dark is its field border), so light, dark and high
        # contrast all apply.
        self.setStyleSheet(
            f"QDateEdit {{ background: palette(base); color: palette(text);"
            f" border: 1px solid palette(dark); border-radius: {half}px;"
            f" padding: {unit - 1}px {3 * unit}px {unit - 1}px {unit + half - 1}px; }}"
            f" QDateEdit:focus {{ border: 2px solid palette(highlight);"
            f" padding: {unit - 2}px {3 * unit - 1}px {unit - 2}px {unit + half - 2}px; }}"
            f" QDateEdit::drop-down {{ border: none; width: {3 * unit}px; }}"
            " QDateEdit::down-arrow { image: none; width: 0px; height: 0px; border: none; }"
        )

    def apply_locale(self) -> None:
        locale = QLocale()
        self.setLocale(locale)
        self.setDisplayFormat(long_date_format(locale))
        calendar = self.calendarWidget()
        if calendar is not None:
            calendar.setLocale(locale)

    def value(self) -> date:
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The chevron that opens the calendar, as our combo boxes draw theirs.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.ButtonText))
        size = max(4.0, self.fontMetrics().height() / 4)
        pen.setWidthF(max(1.5, size / 3))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        x = self.width() - self.fontMetrics().height() * 0.9
        y = self.height() / 2
        painter.drawPolyline(
            [
                QPointF(x - size, y - size / 2),
                QPointF(x, y + size / 2),
                QPointF(x + size, y - size / 2),
            ]
        )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_style()
        return super().event(event)


class GradeChoice(QFrame):
    """Grades 0 to 4 as radio buttons ("Grade 2: Moderate"), each with what it means beneath."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(0.5))
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        self.meanings: list[Label] = []
        for grade in range(len(GRADE_WORDS)):
            button = QRadioButton(self)
            button.setObjectName(f"grade{grade}")
            self.group.addButton(button, grade)
            layout.addWidget(button)
            meaning = Label(TextRole.CAPTION, self, secondary=True)
            meaning.setContentsMargins(grid(3.5), 0, 0, grid(0.5))
            layout.addWidget(meaning)
            self.buttons.append(button)
            self.meanings.append(meaning)
        self.group.idToggled.connect(lambda _id, on: on and self.changed.emit())
        self.retranslate_ui()

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen >= 0 else None

    def set_value(self, grade: int | None) -> None:
        if grade is None or not 0 <= grade < len(self.buttons):
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[grade].setChecked(True)

    def retranslate_ui(self) -> None:
        for grade, (button, meaning) in enumerate(zip(self.buttons, self.meanings, strict=True)):
            button.setText(grade_text(grade))
            meaning.setText(entries_tr(GRADE_MEANINGS[grade]))
            button.setAccessibleDescription(meaning.text())
