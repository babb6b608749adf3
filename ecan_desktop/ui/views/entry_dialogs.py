"""The dialogs that add or change an entry: a medicine, a symptom or side effect, a note.

Each dialog reads its fields into an entry (``ecan_desktop.entries.resources``), checks it with
the core's validation and shows each problem at its field; a valid entry is handed to the view
(:attr:`EntryDialog.submitted`), which saves it on the vault worker and closes the dialog, or shows
what went wrong. The dialogs are window-modal and opened with ``open()`` (MessageDialog's reasons).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.entries.catalogue import (
    OTHER,
    SOMETHING_ELSE,
    SYMPTOM_BY_CODE,
    SYMPTOM_BY_KEY,
    SYMPTOMS,
    recognise_medicine,
)
from ecan_desktop.entries.resources import (
    EntryInput,
    MedicationInput,
    NoteInput,
    SymptomInput,
    validate,
)
from ecan_desktop.record.codes import SNOMED
from ecan_desktop.record.dates import to_date
from ecan_desktop.record.patient_entries import PatientEntry
from ecan_desktop.ui.combo_box import ComboBox
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.views.entry_fields import DateField, Field, GradeChoice, entries_tr
from ecan_desktop.ui.views.record_text import agent_name


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class EntryDialog(QDialog):
    """The frame of the three dialogs: a title, the fields (scrolling when the text is large), an
    error banner, Cancel and Save."""

    submitted = Signal(object)  # the EntryInput to save

    def __init__(self, parent: QWidget | None, entry: PatientEntry | None) -> None:
        super().__init__(parent)
        self.editing = entry
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(text_width(72))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(grid(3), grid(3), grid(3), grid(3))
        outer.setSpacing(grid(2))
        self.title = Label(TextRole.SECTION, self)
        outer.addWidget(self.title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        self.form = QVBoxLayout(body)
        self.form.setContentsMargins(0, 0, grid(1), 0)
        self.form.setSpacing(grid(2.5))
        scroll.setWidget(body)
        self.body = body
        self.scroll = scroll
        outer.addWidget(scroll, 1)
        self.failure = MessageBanner(Severity.ERROR, self)
        outer.addWidget(self.failure)
        buttons = QHBoxLayout()
        buttons.setSpacing(grid(1))
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.fields: dict[str, Field] = {}
        self._busy = False

    def add_field(self, name: str, widget: QWidget) -> Field:
        field = Field(widget, self.body)
        field.setObjectName(f"{name}Field")
        self.form.addWidget(field)
        self.fields[name] = field
        return field

    def finish_form(self) -> None:
        self.form.addStretch(1)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.widget.setFocus()
        self.retranslate_ui()
        # Tall enough for every field when the screen allows; it scrolls on small screens and
        # with large text.
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() if screen is not None else 800
        hidden = [f for f in self.fields.values() if f.isHidden()]
        for field in hidden:  # measured as when every field shows ("I still take it" unticked)
            field.show()
        wanted = self.body.sizeHint().height() + grid(2)
        for field in hidden:
            field.hide()
        self.scroll.setMinimumHeight(min(wanted, int(room * 0.6)))

    # -- saving -----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def entry(self) -> EntryInput:
        raise NotImplementedError

    def save(self) -> None:
        """Check the fields; a valid entry goes to the view to be saved."""
        if self._busy:
            return
        self.failure.clear()
        entry = self.entry()
        problems = validate(entry, date.today())
        for field in self.fields.values():
            field.set_error(None)
        for problem in problems:
            field = self.fields.get(problem.field)
            if field is not None and not field.has_error():
                field.set_error(problem.message.render(_translate))
        if problems:
            wrong = next(f for f in self.fields.values() if f.has_error())
            wrong.widget.setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(entry)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def show_failure(self, text: str) -> None:
        self.set_busy(False)
        self.failure.show_message(text)

    # -- words ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        # Translated in this class's context: self.tr would use the subclass's name.
        self.cancel_button.setText(QCoreApplication.translate("EntryDialog", "Cancel"))
        self.save_button.setText(QCoreApplication.translate("EntryDialog", "Save"))
        self.setWindowTitle(self.title.text())
        self.setAccessibleName(self.title.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class MedicationDialog(EntryDialog):
    def __init__(self, parent: QWidget | None, entry: PatientEntry | None = None) -> None:
        super().__init__(parent, entry)
        self.setObjectName("medicationDialog")
        self.name = QLineEdit()
        self.name.setObjectName("medicineName")
        self.name.textChanged.connect(self._show_recognised)
        self.add_field("name", self.name)
        self.dosage = QLineEdit()
        self.dosage.setObjectName("medicineDosage")
        self.add_field("dosage", self.dosage)
        self.reason = QLineEdit()
        self.reason.setObjectName("medicineReason")
        self.add_field("reason", self.reason)
        self.started = DateField()
        self.started.setObjectName("medicineStarted")
        self.add_field("started", self.started)
        self.still_taking = QCheckBox(self.body)
        self.still_taking.setObjectName("stillTaking")
        self.still_taking.setChecked(True)
        self.still_taking.toggled.connect(self._show_stopped)
        self.form.addWidget(self.still_taking)
        self.stopped = DateField()
        self.stopped.setObjectName("medicineStopped")
        self.add_field("stopped", self.stopped)
        self.note = QLineEdit()
        self.note.setObjectName("medicineNote")
        self.add_field("note", self.note)
        if entry is not None:
            self.name.setText(entry.title or "")
            self.dosage.setText(entry.dosage or "")
            self.reason.setText(entry.reason or "")
            self.started.set_value(to_date(entry.date))
            self.still_taking.setChecked(entry.status in (None, "active", "intended", "on-hold"))
            self.stopped.set_value(to_date(entry.end))
            self.note.setText(entry.text or "")
        self._show_stopped()
        self.finish_form()

    def _show_stopped(self) -> None:
        self.fields["stopped"].setVisible(not self.still_taking.isChecked())

    def _show_recognised(self) -> None:
        known = recognise_medicine(self.name.text())
        if known is not None and known.atc:
            hint = self.tr("Recognised as {medicine} (ATC code {code}).").format(
                medicine=agent_name(known.inn) or known.inn, code=known.atc
            )
        else:
            hint = self.tr("As it is written on the box, for example: Paracetamol 500 mg.")
        self.fields["name"].set_texts(self.tr("Name of the medicine"), hint)

    def entry(self) -> MedicationInput:
        still = self.still_taking.isChecked()
        return MedicationInput(
            name=self.name.text(),
            started=self.started.value(),
            still_taking=still,
            stopped=None if still else self.stopped.value(),
            dosage=self.dosage.text(),
            reason=self.reason.text(),
            note=self.note.text(),
        )

    def retranslate_ui(self) -> None:
        self.title.setText(
            self.tr("Change a medicine") if self.editing else self.tr("Add a medicine you take")
        )
        self._show_recognised()
        self.fields["dosage"].set_texts(
            self.tr("How much and how often (optional)"),
            self.tr("For example: 1 tablet twice a day."),
        )
        self.fields["reason"].set_texts(self.tr("What you take it for (optional)"))
        self.fields["started"].set_texts(self.tr("When you started"))
        self.still_taking.setText(self.tr("I still take it"))
        self.fields["stopped"].set_texts(self.tr("When you stopped"))
        self.fields["note"].set_texts(self.tr("Anything else (optional)"))
        for date_field in (self.started, self.stopped):
            date_field.apply_locale()
        super().retranslate_ui()


class SymptomDialog(EntryDialog):
    def __init__(self, parent: QWidget | None, entry: PatientEntry | None = None) -> None:
        super().__init__(parent, entry)
        self.setObjectName("symptomDialog")
        self.symptom = ComboBox()
        self.symptom.setObjectName("symptomChoice")
        self.symptom.currentIndexChanged.connect(self._show_words)
        self.add_field("symptom", self.symptom)
        self.words = QLineEdit()
        self.words.setObjectName("symptomWords")
        self.add_field("words", self.words)
        self.grade = GradeChoice()
        self.grade.setObjectName("gradeChoice")
        self.add_field("grade", self.grade)
        self.day = DateField()
        self.day.setObjectName("symptomDay")
        self.add_field("day", self.day)
        self.note = QLineEdit()
        self.note.setObjectName("symptomNote")
        self.add_field("note", self.note)
        self._fill_choices()
        if entry is not None:
            code = entry.code.code(SNOMED) if entry.code is not None else None
            known = SYMPTOM_BY_CODE.get(code.code or "") if code is not None else None
            self.symptom.setCurrentIndex(self.symptom.findData(known.key if known else OTHER))
            if known is None:
                self.words.setText(entry.title or "")
            self.grade.set_value(entry.grade)
            self.day.set_value(to_date(entry.date))
            self.note.setText(entry.text or "")
        self._show_words()
        self.finish_form()

    def _fill_choices(self) -> None:
        current = self.symptom.currentData()
        self.symptom.blockSignals(True)
        self.symptom.clear()
        self.symptom.addItem(self.tr("Choose…"), None)
        for symptom in SYMPTOMS:
            self.symptom.addItem(entries_tr(symptom.label), symptom.key)
        self.symptom.addItem(entries_tr(SOMETHING_ELSE), OTHER)
        self.symptom.setCurrentIndex(max(0, self.symptom.findData(current)))
        self.symptom.blockSignals(False)

    def _show_words(self) -> None:
        self.fields["words"].setVisible(self.symptom.currentData() == OTHER)

    def entry(self) -> SymptomInput:
        key = self.symptom.currentData()
        known = SYMPTOM_BY_KEY.get(key) if isinstance(key, str) else None
        words = entries_tr(known.label) if known is not None else self.words.text()
        return SymptomInput(
            symptom=key if isinstance(key, str) else None,
            words=words,
            grade=self.grade.value(),
            day=self.day.value(),
            note=self.note.text(),
        )

    def retranslate_ui(self) -> None:
        self.title.setText(
            self.tr("Change a symptom or side effect")
            if self.editing
            else self.tr("Add a symptom or side effect")
        )
        self._fill_choices()
        self.fields["symptom"].set_texts(self.tr("What did you have?"))
        self.fields["words"].set_texts(
            self.tr("Describe it"), self.tr("A few words, for example: cramps in my legs.")
        )
        self.fields["grade"].set_texts(
            self.tr("How bad was it?"),
            self.tr("The grades are those doctors use for side effects of cancer treatment."),
        )
        self.grade.retranslate_ui()
        self.fields["day"].set_texts(self.tr("When did you have it?"))
        self.fields["note"].set_texts(
            self.tr("Anything else (optional)"),
            self.tr("For example: how long it lasted, or what helped."),
        )
        self.day.apply_locale()
        super().retranslate_ui()


class NoteDialog(EntryDialog):
    def __init__(self, parent: QWidget | None, entry: PatientEntry | None = None) -> None:
        super().__init__(parent, entry)
        self.setObjectName("noteDialog")
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(grid(20))
        self.add_field("text", self.text)
        self.day = DateField()
        self.day.setObjectName("noteDay")
        self.add_field("day", self.day)
        if entry is not None:
            self.text.setPlainText(entry.text or "")
            self.day.set_value(to_date(entry.date))
        self.finish_form()

    def entry(self) -> NoteInput:
        return NoteInput(text=self.text.toPlainText(), day=self.day.value())

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Change a note") if self.editing else self.tr("Add a note"))
        self.fields["text"].set_texts(
            self.tr("Your note"),
            self.tr("For example: questions for your next visit, or how you have been."),
        )
        self.fields["day"].set_texts(self.tr("Date"))
        self.day.apply_locale()
        super().retranslate_ui()


def dialog_for(kind: str, parent: QWidget | None, entry: PatientEntry | None) -> EntryDialog:
    """The dialog that adds (*entry* None) or changes an entry of *kind*."""
    if kind == "medication":
        return MedicationDialog(parent, entry)
    if kind == "symptom":
        return SymptomDialog(parent, entry)
    return NoteDialog(parent, entry)
