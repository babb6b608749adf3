"""Other records: everything the summaries hold that the record does not interpret, grouped by
kind in plain words ("Insurance claims", with the FHIR type beside it), so that nothing is
hidden; then who and where (organisations, health professionals, medicines as products...),
each with how many items refer to it. Any of them opens with its original data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from ecan_desktop.record.other import OtherRecord, SupportingResource
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views import record_text as words
from ecan_desktop.ui.views.item_list import Entry, Group, entry, newest_first
from ecan_desktop.ui.views.list_record_view import ListRecordView

SUPPORTING_ICONS = {
    "Organization": "hospital",
    "Location": "hospital",
    "Practitioner": "user-circle",
    "PractitionerRole": "user-circle",
    "RelatedPerson": "person",
    "CareTeam": "person",
    "Medication": "pill",
    "Substance": "flask",
    "Specimen": "test-tube",
}


class OtherRecordsView(ListRecordView):
    EMPTY_ICON = "list-bullets"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.retranslate_ui()

    def build_groups(self, data: RecordViewData) -> Sequence[Group]:
        record = data.record
        others = self._by_type(newest_first(record.other_records, lambda o: o.date))
        supporting = self._by_type(sorted(record.supporting, key=lambda s: s.name or ""))
        return [*others, *supporting]

    @staticmethod
    def _by_type(items: Iterable[Any]) -> list[Group]:
        found: dict[str, list[Any]] = {}
        for item in items:
            found.setdefault(item.resource_type, []).append(item)
        groups = []
        for kind, members in found.items():
            plain = words.resource_type_text(kind)
            note = kind if plain.replace(" ", "") != kind else None
            groups.append(Group(kind, plain, members, note))
        return sorted(groups, key=lambda g: g.title.casefold())

    def keywords(self, item: Any) -> str:
        title = item.title if isinstance(item, OtherRecord) else item.name
        return f"{title or ''} {item.resource_type} {words.resource_type_text(item.resource_type)}"

    def describe(self, item: Any) -> Entry:
        if isinstance(item, SupportingResource):
            return self._describe_supporting(item)
        assert isinstance(item, OtherRecord)
        title = item.title or self.tr("No title")
        first = words.join(
            (
                words.date_text(item.date) or self.tr("No date"),
                self.tr("{type} in the file").format(type=item.resource_type),
            )
        )
        second = self.tr("Identifier: {id}").format(id=item.fhir_id) if item.fhir_id else None
        return entry(item, title, (first, second), icon="file-text")

    def _describe_supporting(self, item: SupportingResource) -> Entry:
        title = item.name or self.tr("No name")
        first = words.join(
            (
                self.tr("{type} in the file").format(type=item.resource_type),
                self.tr("mentioned by %n item(s) of your record", "", len(item.used_by))
                if item.used_by
                else self.tr("not mentioned by any item of your record"),
            )
        )
        icon = SUPPORTING_ICONS.get(item.resource_type, "list-bullets")
        return entry(item, title, (first,), icon=icon)

    def retranslate_ui(self) -> None:
        self.set_texts(
            title=self.tr("Other records"),
            intro=self.tr(
                "Everything else your summaries contain. The app does not interpret these "
                "records, but nothing is hidden: open one to see what it says."
            ),
            search=self.tr("Search other records"),
            empty_title=self.tr("No other records."),
            empty_text=self.tr(
                "Everything your summaries contain is shown in the other parts of your record. "
                "Import a summary from your centre to add more."
            ),
        )
