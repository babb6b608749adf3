"""The anthracycline total on the Treatments view: every anthracycline as doxorubicin-equivalent
in mg/m², with the conversion table named and cited, the medicines it could not convert, and what
the total means for the heart — the same rule, threshold and guideline as the warning on the
printed summary's first page (``summary/warnings.py``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ecan_desktop.record.anthracyclines import EquivalentTotal
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.summary.warnings import (
    ANTHRACYCLINE_HIGH_RISK_MG_M2,
    DerivedWarning,
    derive_warnings,
)
from ecan_desktop.terminology import load_terminology
from ecan_desktop.ui import icons
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.ui.views.record_table import Column, RecordTable, TableRow, cell
from ecan_desktop.ui.views.record_text import agent_name, number_text, unit_text
from ecan_desktop.ui.views.treatment_text import site_text

HIGHER_RISK = frozenset({"anthracycline_high", "anthracycline_chest_rt"})


def anthracycline_warning(record: PatientRecord, today: date) -> DerivedWarning | None:
    """The printed summary's anthracycline warning for this record, if any."""
    for warning in derive_warnings(record, today, load_terminology()):
        if warning.rule.startswith("anthracycline"):
            return warning
    return None


class AnthracyclineCard(QFrame):
    """Fill with :meth:`show_record`; :attr:`open_requested` carries an agent's item id."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anthracyclineCard")
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(3), grid(2), grid(3), grid(2))
        layout.setSpacing(grid(1))
        self.total = Label(TextRole.TITLE, self, selectable=True)
        self.total.setObjectName("doxorubicinEquivalent")
        layout.addWidget(self.total)
        self.in_mg = Label(TextRole.BODY, self, secondary=True, selectable=True)
        layout.addWidget(self.in_mg)
        self.table = RecordTable(self)
        self.table.setObjectName("anthracyclineTable")
        self.table.open_requested.connect(self.open_requested)
        layout.addWidget(self.table)
        self.not_converted = Label(TextRole.BODY, self, selectable=True)
        layout.addWidget(self.not_converted)
        self.conversion = Label(TextRole.BODY, self, selectable=True)
        self.conversion.setObjectName("conversionTable")
        layout.addWidget(self.conversion)
        self.citation = Label(TextRole.CAPTION, self, secondary=True, selectable=True)
        layout.addWidget(self.citation)

        self.risk = QWidget(self)
        risk_layout = QHBoxLayout(self.risk)
        risk_layout.setContentsMargins(0, grid(1), 0, 0)
        risk_layout.setSpacing(grid(1.5))
        self.risk_icon = QLabel(self.risk)
        self.risk_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        risk_layout.addWidget(self.risk_icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(grid(0.5))
        self.risk_title = Label(TextRole.STRONG, self.risk, selectable=True)
        self.risk_title.setObjectName("heartRisk")
        self.risk_text = Label(TextRole.BODY, self.risk, selectable=True)
        self.risk_source = Label(TextRole.CAPTION, self.risk, secondary=True, selectable=True)
        for label in (self.risk_title, self.risk_text, self.risk_source):
            words.addWidget(label)
        risk_layout.addLayout(words, 1)
        layout.addWidget(self.risk)
        self._icon = "heartbeat"
        self._paint_icon()

    def show_record(self, record: PatientRecord, today: date | None = None) -> bool:
        """Fill the card; False when there is no total to show (the caller hides the card)."""
        totals = {t.unit: t for t in record.systemic.anthracycline_equivalents}
        main = totals.get("mg/m2") or totals.get("mg")
        if main is None:
            return False
        unit = unit_text(main.unit)
        self.total.setText(
            self.tr("{dose} {unit} doxorubicin-equivalent").format(
                dose=number_text(main.total), unit=unit
            )
        )
        in_mg = totals.get("mg")
        self.in_mg.setVisible(in_mg is not None and in_mg is not main)
        if in_mg is not None and in_mg is not main:
            self.in_mg.setText(
                self.tr("{dose} mg in total (not divided by body surface area)").format(
                    dose=number_text(in_mg.total)
                )
            )
        self._fill_table(record, main)
        self._fill_conversion(main)
        self._fill_risk(anthracycline_warning(record, today or date.today()))
        return True

    def _fill_table(self, record: PatientRecord, total: EquivalentTotal) -> None:
        agents = {a.id: a for a in record.systemic.agents}
        unit = unit_text(total.unit)
        rows = []
        for part in total.contributions:
            agent = agents.get(part.agent_id)
            rows.append(
                TableRow(
                    (
                        cell(agent_name(part.agent)),
                        cell(f"{number_text(part.dose)} {unit}"),
                        cell(number_text(part.factor)),
                        cell(f"{number_text(part.equivalent)} {unit}"),
                    ),
                    part.agent_id,
                    agent.sources if agent is not None else (),
                )
            )
        columns = (
            Column(self.tr("Medicine"), stretch=True),
            Column(self.tr("Cumulative dose"), number=True),
            Column(self.tr("Factor"), number=True),
            Column(self.tr("Doxorubicin-equivalent"), number=True),
        )
        self.table.set_rows(columns, rows, self.tr("Reported by"))

    def _fill_conversion(self, total: EquivalentTotal) -> None:
        missing = [agent_name(a) or a for a in total.not_converted]
        self.not_converted.setVisible(bool(missing))
        self.not_converted.setText(
            self.tr(
                "Not counted in this total, because the conversion table gives no factor or "
                "the dose is not known in {unit}: {agents}."
            ).format(agents=", ".join(missing), unit=unit_text(total.unit))
        )
        self.conversion.setText(
            self.tr("Converted with the table “{table}”, {version}.").format(
                table=total.table_name, version=total.table_version
            )
        )
        self.citation.setText(total.citation)

    def _fill_risk(self, warning: DerivedWarning | None) -> None:
        self.risk.setVisible(warning is not None)
        if warning is None:
            return
        # An icon and words as well as the text: the risk is not told by colour alone.
        self._icon = "warning" if warning.rule in HIGHER_RISK else "heartbeat"
        self._paint_icon()
        threshold = number_text(ANTHRACYCLINE_HIGH_RISK_MG_M2)
        if warning.rule == "anthracycline_high":
            title = self.tr("At or above the high-dose threshold of {threshold} mg/m²")
            text = self.tr(
                "This means a high risk of heart problems later (cardiac dysfunction). Your heart "
                "should be checked (echocardiography) before any treatment that can strain it."
            )
        elif warning.rule == "anthracycline_chest_rt":
            title = self.tr("Below {threshold} mg/m², with radiotherapy near the heart")
            site = site_text([warning.site] if warning.site else []) or warning.site_words or "?"
            text = self.tr(
                "Radiotherapy near the heart ({site}) adds to the risk of heart problems later "
                "(cardiac dysfunction). Your heart should be checked (echocardiography) before "
                "any treatment that can strain it."
            ).format(site=site)
        elif warning.rule == "anthracycline_mg":
            title = self.tr("Cannot be compared with the threshold of {threshold} mg/m²")
            text = self.tr(
                "Your body surface area is not in the record, so the total in mg cannot be "
                "compared with the high-dose threshold. The risk to the heart lasts for life."
            )
        else:
            title = self.tr("Below the high-dose threshold of {threshold} mg/m²")
            text = self.tr(
                "The risk to the heart lasts for life. Tell any doctor who plans more "
                "anthracyclines or radiotherapy to the chest about this total."
            )
        self.risk_title.setText(title.format(threshold=threshold))
        self.risk_text.setText(text)
        self.risk_source.setText(
            self.tr("Threshold from: {source}").format(source=warning.citation or "")
        )
        self.risk.setAccessibleName(self.risk_title.text())

    def _paint_icon(self) -> None:
        self.risk_icon.setPixmap(icons.pixmap(self._icon, grid(3)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()
