"""The record window's header: whose record this is (name, age, birth date) and its actions.

The actions sit in a toolbar on the right: Import and Lock now. Export and Print arrive with the
summary; until then they are absent, never dead buttons.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolBar, QVBoxLayout, QWidget

from ecan_desktop.record.overview import RecordOverview
from ecan_desktop.ui.locale_format import format_fhir_date
from ecan_desktop.ui.typography import Label, TextRole, grid


def age_in_years(birth_date: str | None, today: date | None = None) -> int | None:
    """Whole years since *birth_date* (a FHIR date); None when unknown or only a year is known."""
    if not birth_date or len(birth_date) < 7:
        return None
    try:
        year, month = int(birth_date[0:4]), int(birth_date[5:7])
        day = int(birth_date[8:10]) if len(birth_date) >= 10 else 1
        born = date(year, month, day)
    except ValueError:
        return None
    today = today or date.today()
    if born > today:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class PatientHeader(QFrame):
    def __init__(self, toolbar: QToolBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientHeader")
        self.setProperty("pageHeader", True)
        self._overview: RecordOverview | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(2), grid(3), grid(2))
        layout.setSpacing(grid(3))
        who = QVBoxLayout()
        who.setSpacing(grid(0.5))
        self.name = Label(TextRole.TITLE, self, selectable=True)
        self.name.setObjectName("patientName")
        who.addWidget(self.name)
        self.details = Label(TextRole.BODY, self, secondary=True, selectable=True)
        self.details.setObjectName("patientDetails")
        who.addWidget(self.details)
        layout.addLayout(who, 1)
        self.toolbar = toolbar
        toolbar.setParent(self)
        layout.addWidget(toolbar, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_overview(self, overview: RecordOverview) -> None:
        self._overview = overview
        self.retranslate_ui()

    def clear(self) -> None:
        self._overview = None
        self.name.clear()
        self.details.clear()

    def details_text(self) -> str:
        overview = self._overview
        if overview is None:
            return ""
        parts = []
        age = age_in_years(overview.birth_date)
        if age is not None:
            parts.append(self.tr("%n year(s) old", "", age))
        birth = format_fhir_date(overview.birth_date)
        parts.append(
            self.tr("born {date}").format(date=birth)
            if birth
            else self.tr("birth date not recorded")
        )
        parts.append(self.tr("profile “{label}”").format(label=overview.profile_label))
        return " · ".join(parts)

    def retranslate_ui(self) -> None:
        if self._overview is None:
            return
        self.name.setText(self._overview.patient_name or self.tr("Name not recorded"))
        self.details.setText(self.details_text())
        self.setAccessibleName(f"{self.name.text()}, {self.details.text()}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
