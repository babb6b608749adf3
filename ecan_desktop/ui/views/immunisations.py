"""Immunisations: every vaccination, newest first, under a header per year."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ecan_desktop.record.immunisations import Immunisation
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.item_list import Badge, Entry, Group, entry, newest_first
from ecan_desktop.ui.views.list_record_view import ListRecordView

NOT_GIVEN = frozenset({"not-done", "entered-in-error"})


class ImmunisationsView(ListRecordView):
    EMPTY_ICON = "syringe"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.retranslate_ui()

    def build_groups(self, data: RecordViewData) -> Sequence[Group]:
        by_year: dict[str, list[Immunisation]] = {}
        for item in newest_first(data.record.immunisations, lambda i: i.date):
            year = (item.date or "")[:4]
            by_year.setdefault(year if year.isdigit() else "", []).append(item)
        return [
            Group(year or "undated", year or self.tr("Date not stated"), items)
            for year, items in by_year.items()
        ]

    def keywords(self, item: Any) -> str:
        vaccine = item.vaccine
        codes = (
            " ".join(f"{c.code or ''} {c.display or ''}" for c in vaccine.codes) if vaccine else ""
        )
        text = vaccine.text if vaccine is not None else None
        return f"{text or ''} {codes} {item.lot or ''} {item.date or ''}"

    def describe(self, item: Any) -> Entry:
        assert isinstance(item, Immunisation)
        name = words.concept_words(item.vaccine)
        title = words.sentence_case(name) if name else self.tr("Vaccination")
        first = words.join(
            (
                words.date_text(item.date),
                words.status_text(item.status, words.IMMUNISATION_STATUSES),
                self.tr("dose {number}").format(number=item.dose_number)
                if item.dose_number
                else None,
            )
        )
        second = words.join(
            (
                self.tr("batch {lot}").format(lot=item.lot) if item.lot else None,
                item.notes[0] if item.notes else None,
                words.codes_text(item.vaccine, limit=1),
            )
        )
        badge = None
        if item.status in NOT_GIVEN:
            badge = Badge(
                "x-circle", words.status_text(item.status, words.IMMUNISATION_STATUSES) or ""
            )
        return entry(item, title, (first, second), icon="syringe", badge=badge)

    def retranslate_ui(self) -> None:
        self.set_texts(
            title=self.tr("Immunisations"),
            intro=self.tr(
                "Your vaccinations. After cancer treatment some may need to be given again: "
                "ask your centre."
            ),
            search=self.tr("Search vaccines"),
            empty_title=self.tr("No immunisations recorded yet."),
            empty_text=self.tr("Import a summary from your centre."),
        )
