"""The Cancer journey's list: a year header row before each year's events, filtered by group of
event and by source.

Lazy: filling the model sorts nothing and words nothing; it only decides which events are rows
(one pass over the timeline). The words of a row (:func:`journey_text.event_text`) are made the
first time the view asks for them, for the rows on screen, and kept until the record or the
language changes. A record with thousands of events fills in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ecan_desktop.record.context import Item
from ecan_desktop.record.model import PatientRecord
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.record.timeline import TimelineEvent
from ecan_desktop.ui.views.journey_text import (
    GROUPS,
    ICONS,
    TREATMENT_GROUPS,
    EventText,
    event_text,
    group_of,
    shown_on_its_own,
    year_of,
)
from ecan_desktop.ui.views.source_chips import sources_sentence

Index = QModelIndex | QPersistentModelIndex

HEADER_ROLE = Qt.ItemDataRole.UserRole + 1  # True for a year header row
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
DATE_ROLE = Qt.ItemDataRole.UserRole + 3
ICON_ROLE = Qt.ItemDataRole.UserRole + 4
SOURCES_ROLE = Qt.ItemDataRole.UserRole + 5
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 6
GROUP_ROLE = Qt.ItemDataRole.UserRole + 7
FIRST_ROLE = Qt.ItemDataRole.UserRole + 8  # the first event of its year (the rail starts there)
LAST_ROLE = Qt.ItemDataRole.UserRole + 9  # the last event of its year
UNTIL_ROLE = Qt.ItemDataRole.UserRole + 10  # under the date: "to Jun 4", "ongoing"

ALL = "all"
TREATMENTS = "treatments"  # surgery, cancer medicines, radiotherapy and transplants together


class JourneyModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[TimelineEvent, ...] = ()
        self._groups: list[str] = []
        self._items: dict[str, Item] = {}
        self._rows: list[int] = []  # >= 0: an event's index; < 0: a year header, -(year) - 1
        self._texts: dict[int, EventText] = {}
        self._group = ALL
        self._source: int | None = None

    # -- filling -----------------------------------------------------------------------------------
    def set_record(self, record: PatientRecord | None) -> None:
        self.beginResetModel()
        if record is None:
            self._events, self._groups, self._items = (), [], {}
        else:
            self._items = {i.id: i for i in record.items()}
            self._items.update({line.id: line for line in record.systemic.lines})
            self._events = tuple(
                e for e in record.timeline if shown_on_its_own(e, self._items.get(e.item_id))
            )
            self._groups = [group_of(e) for e in self._events]
        self._texts.clear()
        self._rows = self._filtered_rows()
        self.endResetModel()

    def set_filter(self, group: str = ALL, source_id: int | None = None) -> None:
        if (group, source_id) == (self._group, self._source):
            return
        self.beginResetModel()
        self._group, self._source = group, source_id
        self._rows = self._filtered_rows()
        self.endResetModel()

    def forget_words(self) -> None:
        """The language changed: word the rows again when they are next painted."""
        self._texts.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _matches(self, index: int) -> bool:
        group = self._groups[index]
        if self._group == TREATMENTS and group not in TREATMENT_GROUPS:
            return False
        if self._group not in (ALL, TREATMENTS) and group != self._group:
            return False
        if self._source is None:
            return True
        return any(s.source_id == self._source for s in self._events[index].sources)

    def _filtered_rows(self) -> list[int]:
        rows: list[int] = []
        year = None
        for index, event in enumerate(self._events):
            if not self._matches(index):
                continue
            this_year = year_of(event)
            if this_year != year:
                year = this_year
                rows.append(-int(this_year) - 1 if this_year.isdigit() else -1)
            rows.append(index)
        return rows

    # -- what the view shows -----------------------------------------------------------------------
    @property
    def group(self) -> str:
        return self._group

    @property
    def source_id(self) -> int | None:
        return self._source

    def groups_present(self) -> list[str]:
        """The groups of events this record has, in the order of ``journey_text.GROUPS``."""
        present = set(self._groups)
        return [g for g in GROUPS if g in present]

    def sources_present(self) -> list[SourceRef]:
        found: dict[int, SourceRef] = {}
        for event in self._events:
            for source in event.sources:
                found.setdefault(source.source_id, source)
        return [found[k] for k in sorted(found)]

    def total_events(self) -> int:
        return len(self._events)

    def shown_events(self) -> int:
        return sum(1 for r in self._rows if r >= 0)

    def event_at(self, row: int) -> TimelineEvent | None:
        if 0 <= row < len(self._rows) and self._rows[row] >= 0:
            return self._events[self._rows[row]]
        return None

    def row_of_item(self, item_id: str) -> int:
        return next(
            (r for r, i in enumerate(self._rows) if i >= 0 and self._events[i].item_id == item_id),
            -1,
        )

    def text_at(self, row: int) -> EventText | None:
        if not 0 <= row < len(self._rows) or self._rows[row] < 0:
            return None
        index = self._rows[row]
        found = self._texts.get(index)
        if found is None:
            event = self._events[index]
            found = event_text(event, self._items.get(event.item_id))
            self._texts[index] = found
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()] < 0:
            return Qt.ItemFlag.NoItemFlags  # a year header: not selectable, skipped by the keys
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        value = self._rows[row]
        if value < 0:
            return self._header_data(value, role)
        event = self._events[value]
        if role == HEADER_ROLE:
            return False
        if role in (FIRST_ROLE, LAST_ROLE):
            step = -1 if role == FIRST_ROLE else 1
            neighbour = row + step
            return not 0 <= neighbour < len(self._rows) or self._rows[neighbour] < 0
        found = {
            ITEM_ID_ROLE: event.item_id,
            SOURCES_ROLE: event.sources,
            ICON_ROLE: ICONS.get(event.kind, "info"),
            GROUP_ROLE: self._groups[value],
        }
        if role in found:
            return found[role]
        return self._text_data(row, event, role)

    def _header_data(self, value: int, role: int) -> Any:
        year = str(-value - 1) if value < -1 else ""
        if role == HEADER_ROLE:
            return True
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return year or QCoreApplication.translate("JourneyView", "Date unknown")
        return None

    def _text_data(self, row: int, event: TimelineEvent, role: int) -> Any:
        words = self.text_at(row)
        if words is None:
            return None
        simple = {
            Qt.ItemDataRole.DisplayRole: words.title,
            SUBTITLE_ROLE: words.subtitle,
            DATE_ROLE: words.date,
            UNTIL_ROLE: words.until,
        }
        if role in simple:
            return simple[role]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(words, event.sources)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                p
                for p in (
                    words.full_date,
                    words.title,
                    words.subtitle,
                    sources_sentence(event.sources),
                )
                if p
            )
        return None


def accessible_text(words: EventText, sources: Sequence[SourceRef]) -> str:
    """What a screen reader says for a row: date, kind, title, key numbers, sources."""
    parts = (words.full_date, words.kind, words.title, words.details, sources_sentence(sources))
    return ", ".join(p for p in parts if p)
