"""Cancer journey: every dated event of the record on one timeline, grouped by year (UI.md
"Timeline"): diagnosis and stage, surgery, lines of cancer medicines with each agent's cycles and
cumulative dose, radiotherapy with Gy and fractions, transplants, tests and scans, disease status
and check-ups, each with the chips of the sources that reported it; and what the patient noted in
My entries (symptoms and side effects with their grade, notes) with the "Reported by you" chip.

Two filters narrow it: the kind of event and the source. Choosing an event (a click, or Enter)
opens its details with the original resource's key fields.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.ui.combo_box import ComboBox
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.base import RecordView
from ecan_desktop.ui.views.empty_page import EmptyPage
from ecan_desktop.ui.views.item_details import show_item_details
from ecan_desktop.ui.views.journey_delegate import JourneyDelegate
from ecan_desktop.ui.views.journey_model import ALL, ITEM_ID_ROLE, TREATMENTS, JourneyModel
from ecan_desktop.ui.views.journey_text import group_label
from ecan_desktop.ui.views.source_chips import chip_text, is_patient_reported

MAX_EMS = 110  # the timeline's width in average characters: dates, rail and a readable line
LIST, NO_MATCH, EMPTY = range(3)


class TimelineList(QListView):
    """The events; a click or Enter (or Space) on an event asks for its details."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyList")
        self.setProperty("boxed", True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)  # hover tint
        self.setUniformItemSizes(False)
        self.clicked.connect(self.open_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class JourneyView(RecordView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("journeyView")
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(grid(2))
        self.title, self.hint = self.add_heading(self._layout)

        self._build_filters()

        self.stack = QStackedWidget(self)
        self.model = JourneyModel(self)
        self.list = TimelineList(self.stack)
        self.list.setModel(self.model)
        self.delegate = JourneyDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.open_requested.connect(self._open)
        self.stack.addWidget(self.list)
        self.no_match = QWidget(self.stack)
        no_match_layout = QVBoxLayout(self.no_match)
        no_match_layout.setContentsMargins(0, grid(3), 0, 0)
        self.no_match_text = Label(TextRole.BODY, self.no_match, secondary=True)
        no_match_layout.addWidget(self.no_match_text)
        self.show_all = QPushButton(self.no_match)
        self.show_all.setObjectName("showAllEvents")
        self.show_all.setProperty("link", True)
        self.show_all.clicked.connect(self._show_all)
        no_match_layout.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
        no_match_layout.addStretch(1)
        self.stack.addWidget(self.no_match)
        self.empty = EmptyPage("calendar", self.stack)
        self.empty.button.clicked.connect(self.import_requested)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentIndex(EMPTY)
        self._layout.addWidget(self.stack, 1)

        self.kind_filter.currentIndexChanged.connect(self._filter_changed)
        self.source_filter.currentIndexChanged.connect(self._filter_changed)
        self._update_margins()
        self.retranslate_ui()

    def _build_filters(self) -> None:
        self.filters = QWidget(self)
        row = QHBoxLayout(self.filters)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(grid(1))
        self.kind_label = Label(TextRole.BODY, self.filters)
        self.kind_label.setWordWrap(False)
        self.kind_filter = ComboBox(self.filters)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_label.setBuddy(self.kind_filter)
        self.source_label = Label(TextRole.BODY, self.filters)
        self.source_label.setWordWrap(False)
        self.source_filter = ComboBox(self.filters)
        self.source_filter.setObjectName("sourceFilter")
        self.source_label.setBuddy(self.source_filter)
        self.count = Label(TextRole.BODY, self.filters, secondary=True)
        self.count.setObjectName("eventCount")
        self.count.setWordWrap(False)
        row.addWidget(self.kind_label)
        row.addWidget(self.kind_filter)
        row.addSpacing(grid(2))
        row.addWidget(self.source_label)
        row.addWidget(self.source_filter)
        row.addStretch(1)
        row.addWidget(self.count)
        self._layout.addWidget(self.filters)

    # -- filling ---------------------------------------------------------------------------------
    def populate(self, data: RecordViewData) -> None:
        self.model.set_record(data.record)
        if self.model.group not in (ALL, TREATMENTS, *self.model.groups_present()):
            self.model.set_filter(ALL, self.model.source_id)
        present = {s.source_id for s in self.model.sources_present()}
        if self.model.source_id is not None and self.model.source_id not in present:
            self.model.set_filter(self.model.group, None)
        self._fill_filters()
        self._show_state()

    def clear_view(self) -> None:
        self.model.set_record(None)
        self.model.set_filter(ALL, None)
        self._fill_filters()
        self._show_state()

    def _fill_filters(self) -> None:
        """The kinds and sources this record has, the current choice kept."""
        for combo in (self.kind_filter, self.source_filter):
            combo.blockSignals(True)
            combo.clear()
        self.kind_filter.addItem(self.tr("All events"), ALL)
        groups = self.model.groups_present()
        if len([g for g in groups if g in ("surgery", "medicines", "radiation", "transplant")]) > 1:
            self.kind_filter.addItem(self.tr("All cancer treatments"), TREATMENTS)
        for group in groups:
            self.kind_filter.addItem(group_label(group), group)
        self.source_filter.addItem(self.tr("All sources"), None)
        for source in self.model.sources_present():
            name = self.tr("You (My entries)") if is_patient_reported(source) else chip_text(source)
            self.source_filter.addItem(name, source.source_id)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(self.model.group)))
        source_index = 0
        if self.model.source_id is not None:
            source_index = max(0, self.source_filter.findData(self.model.source_id))
        self.source_filter.setCurrentIndex(source_index)
        for combo in (self.kind_filter, self.source_filter):
            combo.blockSignals(False)

    def _filter_changed(self) -> None:
        group = self.kind_filter.currentData()
        source = self.source_filter.currentData()
        self.model.set_filter(group if isinstance(group, str) else ALL, source)
        self._show_state()

    def _show_all(self) -> None:
        self.model.set_filter(ALL, None)
        self._fill_filters()
        self._show_state()
        self.list.setFocus()

    def _show_state(self) -> None:
        total, shown = self.model.total_events(), self.model.shown_events()
        self.filters.setVisible(total > 0)
        if total == 0:
            self.stack.setCurrentIndex(EMPTY)
        elif shown == 0:
            self.stack.setCurrentIndex(NO_MATCH)
        else:
            self.stack.setCurrentIndex(LIST)
        if shown == total:
            self.count.setText(self.tr("%n event(s)", "", total))
        else:
            self.count.setText(self.tr("%n of {total} events shown", "", shown).format(total=total))

    # -- details ---------------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        item_id = index.data(ITEM_ID_ROLE)
        data = self.view_data
        if data is None or not item_id:
            return
        show_item_details(self, self.context, data, str(item_id))

    # -- look and words ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Cancer journey"))
        self.hint.setText(
            self.tr(
                "Everything in your record that has a date, oldest first. Choose an event to see "
                "its details and where it came from."
            )
        )
        self.kind_label.setText(self.tr("Show"))
        self.source_label.setText(self.tr("From"))
        self.kind_filter.setAccessibleName(self.tr("Kind of event to show"))
        self.source_filter.setAccessibleName(self.tr("Source to show"))
        self.list.setAccessibleName(self.tr("Events in your cancer journey"))
        self.no_match_text.setText(self.tr("No events match these choices."))
        self.show_all.setText(self.tr("Show all events"))
        self.empty.set_texts(
            self.tr("No cancer journey yet"),
            self.tr(
                "Import a summary from your cancer centre. Your diagnosis, treatments, tests and "
                "check-ups then appear here in date order, each with where it came from."
            ),
            self.tr("Import summary"),
        )
        self.model.forget_words()
        self._fill_filters()
        self._show_state()

    def _update_margins(self) -> None:
        side = max(grid(4), (self.width() - text_width(MAX_EMS)) // 2)
        self._layout.setContentsMargins(side, grid(5), side, grid(3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._update_margins()
            self.list.doItemsLayout()  # row heights follow the text size
        return super().event(event)
