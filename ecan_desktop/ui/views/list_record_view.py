"""A record view that is one searchable list of items: Medications, Allergies and alerts,
Conditions, Immunisations, Other records.

The page: a title, a line saying what the list holds, a search field, then the list with its group
headers, or, when there is nothing, a plain empty state with the Import button. Enter or a double
click on an item opens its details. Subclasses say what the groups are and how an item reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.ui import icons
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.base import RecordView
from ecan_desktop.ui.views.item_details import show_item_details
from ecan_desktop.ui.views.item_list import Entry, Group, ItemListView
from ecan_desktop.ui.views.record_text import counts

MAX_EMS = 140  # the column's widest: rows stay readable on a 1920 px screen
INSTANT_FILTER = 5000  # items up to which the list filters at each key press


class SearchField(QLineEdit):
    """Down moves into the list; Escape clears the search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_view: ItemListView | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.list_view is not None:
            self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class MessageState(QWidget):
    """An empty state: an icon, a sentence, what to do, and a button for it."""

    def __init__(self, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(2), grid(6), grid(2), grid(2))
        layout.setSpacing(grid(1.5))
        self.picture = QLabel(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = Label(TextRole.SECTION, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        self.text = Label(TextRole.BODY, self, secondary=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(self)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addSpacing(grid(1))
        layout.addLayout(row)
        layout.addStretch(1)
        self._paint_icon()

    def _paint_icon(self) -> None:
        if icons.available(self._icon):
            self.picture.setPixmap(icons.pixmap(self._icon, grid(6)))

    def set_texts(self, title: str, text: str, button: str | None) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.button.setVisible(button is not None)
        self.button.setText(button or "")
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationFontChange):
            self._paint_icon()  # drawn in the text colour of the theme
        return super().event(event)


class ListRecordView(RecordView):
    """Subclasses implement :meth:`build_groups`, :meth:`describe`, :meth:`keywords` and
    :meth:`retranslate_ui` (which calls :meth:`set_texts`).

    This class's own words are translated in the "ListRecordView" context: ``self.tr`` would
    look them up under the subclass's name."""

    EMPTY_ICON = "folder-open"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(grid(4), grid(4), grid(4), 0)
        self.column = QWidget(self)
        outer.addWidget(self.column, 1, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(1))
        self.title = Label(TextRole.TITLE, self.column)
        layout.addWidget(self.title)
        self.intro = Label(TextRole.BODY, self.column, secondary=True)
        layout.addWidget(self.intro)
        layout.addSpacing(grid(1))
        self.search = SearchField(self.column)
        self.search.setObjectName("listSearch")
        self.search.setClearButtonEnabled(True)
        if icons.available("magnifying-glass"):
            self.search.addAction(
                icons.icon("magnifying-glass", grid(2)), QLineEdit.ActionPosition.LeadingPosition
            )
        layout.addWidget(self.search)

        self.stack = QStackedWidget(self.column)
        self.list_view = ItemListView(self.stack)
        self.model = self.list_view.list_model
        self.search.list_view = self.list_view
        self.empty_state = MessageState(self.EMPTY_ICON, self.stack)
        self.empty_state.setObjectName("emptyState")
        self.empty_state.button.setObjectName("importButton")
        self.empty_state.button.setProperty("primary", True)
        self.empty_state.button.clicked.connect(self.import_requested)
        self.no_match = MessageState("magnifying-glass", self.stack)
        self.no_match.setObjectName("noMatch")
        self.no_match.button.clicked.connect(self.search.clear)
        self.loading = MessageState("clock", self.stack)
        for page in (self.list_view, self.empty_state, self.no_match, self.loading):
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.loading)
        layout.addWidget(self.stack, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._on_search_changed)
        self.list_view.item_activated.connect(self.open_details)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        self._texts: dict[str, str] = {}
        self._fit_column()

    # -- to implement -----------------------------------------------------------------------------
    def build_groups(self, data: RecordViewData) -> Sequence[Group]:
        raise NotImplementedError

    def describe(self, item: Any) -> Entry:
        raise NotImplementedError

    def keywords(self, item: Any) -> str:
        """Words the search looks in (cheap: no dates formatted); default: the description."""
        found = self.describe(item)
        return " ".join((found.title, *found.lines))

    # -- texts ------------------------------------------------------------------------------------
    def set_texts(
        self,
        *,
        title: str,
        intro: str,
        search: str,
        empty_title: str,
        empty_text: str,
    ) -> None:
        self.title.setText(title)
        self.intro.setText(intro)
        self.search.setPlaceholderText(search)
        self.search.setAccessibleName(search)
        self.list_view.setAccessibleName(title)
        self.empty_state.set_texts(
            empty_title, empty_text, QCoreApplication.translate("ListRecordView", "Import summary")
        )
        self.loading.set_texts(
            QCoreApplication.translate("ListRecordView", "Reading your record…"), "", None
        )
        self._texts = {"title": title}
        self._update_state()

    # -- showing ----------------------------------------------------------------------------------
    def populate(self, data: RecordViewData) -> None:
        self.model.set_groups(self.build_groups(data), self.describe, self.keywords)
        self._update_state()

    def clear_view(self) -> None:
        self._filter_timer.stop()
        self.model.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._update_state()

    def open_details(self, item_id: str) -> None:
        data = self.view_data
        if data is not None:
            show_item_details(self, self.context, data, item_id)

    def _on_search_changed(self, text: str) -> None:
        if self.model.total_items() <= INSTANT_FILTER or not text:
            self._filter_timer.stop()
            self._apply_filter()
        else:
            self._filter_timer.start()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text())
        self._update_state()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_state(self) -> None:
        total = self.model.total_items()
        if self.view_data is None:
            page: QWidget = self.loading
        elif total == 0:
            page = self.empty_state
        elif self.model.shown_items() == 0:
            self.no_match.set_texts(
                QCoreApplication.translate("ListRecordView", "Nothing matches “{text}”.").format(
                    text=self.search.text().strip()
                ),
                QCoreApplication.translate("ListRecordView", "Try fewer or other words."),
                QCoreApplication.translate("ListRecordView", "Clear the search"),
            )
            page = self.no_match
        else:
            page = self.list_view
        self.search.setVisible(total > 0)  # nothing to search in an empty list
        self.stack.setCurrentWidget(page)
        shown = self.model.shown_items()
        self.list_view.setAccessibleDescription(counts().items(shown))

    def _fit_column(self) -> None:
        available = self.width() - 2 * grid(4)
        self.column.setFixedWidth(max(grid(30), min(available, text_width(MAX_EMS))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._fit_column()
        return super().event(event)
