"""The overview's building blocks: a fact row (Apple Health's record card, as a row), a severity
badge (icon, word and colour: never the colour alone) and a section (heading, rows, "See all").

A row that stands for an item of the record opens its details: a click, or Enter or Space when it
has the keyboard focus. Everything is sized from the type scale and the grid, so it reflows with
the text size; icons are drawn again in the theme's colours when the palette changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecan_desktop.ui import icons
from ecan_desktop.ui.theme import colors_for, current_theme
from ecan_desktop.ui.typography import Label, TextRole, grid, role_font
from ecan_desktop.ui.views.flow_layout import FlowLayout
from ecan_desktop.ui.views.overview_format import DANGER, SUCCESS, Badge, RowContent
from ecan_desktop.ui.views.source_chips import COLLAPSE_AFTER, SourceChips, sources_sentence

ICON_UNITS = 2.5  # grid steps: 20 px at normal text sizes
_REDRAW = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.ApplicationFontChange,
    QEvent.Type.StyleChange,
)


def tone_colour(tone: str) -> QColor:
    """The theme's colour for a tone (the same the stylesheet gives the badge's word)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        colours = colors_for(current_theme(app), app.styleHints().colorScheme())
        if tone == DANGER:
            return QColor(colours.error_text)
        if tone == SUCCESS:
            return QColor(colours.success_text)
        return QColor(colours.secondary_text)
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


class IconLabel(QLabel):
    """An icon from ``resources/icons`` in a tone's colour, sized from the grid."""

    def __init__(
        self,
        name: str,
        tone: str | None = None,
        parent: QWidget | None = None,
        *,
        units: float = ICON_UNITS,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._tone = tone
        self._units = units
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._draw()

    def set_icon(self, name: str, tone: str | None = None) -> None:
        self._name, self._tone = name, tone
        self._draw()

    def _draw(self) -> None:
        size = grid(self._units)
        colour = tone_colour(self._tone) if self._tone else None
        self.setPixmap(icons.pixmap(self._name, size, colour))
        self.setFixedSize(size, size)

    def event(self, event: QEvent) -> bool:
        if event.type() in _REDRAW:
            self._draw()
        return super().event(event)


class SeverityBadge(QWidget):
    """An icon and a word in the tone's colour (the word says it; the colour only helps)."""

    def __init__(self, badge: Badge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(0.5))
        self.icon = IconLabel(badge.icon, badge.tone, self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.word = Label(TextRole.STRONG, self)
        self.word.setWordWrap(False)
        self.word.setProperty("tone", badge.tone)
        self.word.setText(badge.word)
        layout.addWidget(self.word, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if badge.tooltip:
            self.setToolTip(badge.tooltip)

    def text(self) -> str:
        return self.word.text()


class FactRow(QFrame):
    """One fact: title (and a value beside it), a badge, lines, the date and the source chips."""

    activated = Signal(str)  # the item's id

    def __init__(self, content: RowContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.setProperty("factRow", True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(grid(1), grid(0.25), grid(1), grid(0.25))
        outer.setSpacing(grid(0.25))

        top = QHBoxLayout()
        top.setSpacing(grid(1))
        self.title = Label(TextRole.STRONG, self)
        self.title.setText(content.title)
        top.addWidget(self.title, 1)
        self.value: Label | None = None
        if content.value:
            self.value = Label(TextRole.STRONG, self)
            self.value.setWordWrap(False)
            self.value.setText(content.value)
            self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            top.addWidget(self.value, 0, Qt.AlignmentFlag.AlignTop)
        self.badge: SeverityBadge | None = None
        if content.badge is not None:
            self.badge = SeverityBadge(content.badge, self)
            top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.lines: list[Label] = []
        for text in content.lines:
            line = Label(TextRole.BODY, self, secondary=True)
            line.setText(text)
            outer.addWidget(line)
            self.lines.append(line)

        # The date and the chips share a line while they fit, and wrap in a narrow column.
        bottom = QWidget(self)
        flow = FlowLayout(bottom, spacing=grid(1), line_spacing=grid(0.25))
        self.meta = Label(TextRole.CAPTION, bottom, secondary=True)
        self.meta.setWordWrap(False)
        self.meta.setText(content.meta or "")
        self.meta.setVisible(bool(content.meta))
        flow.addWidget(self.meta)
        # One chip widget per source, so that chips wrap too (a large text size); more than
        # COLLAPSE_AFTER sources stay one widget that collapses into "N more".
        groups = (
            [[s] for s in content.sources]
            if len(content.sources) <= COLLAPSE_AFTER
            else [list(content.sources)]
        )
        self.chips: list[SourceChips] = []
        for group in groups:
            chips = SourceChips(bottom)
            chips.set_sources(group)
            flow.addWidget(chips)
            self.chips.append(chips)
        outer.addWidget(bottom)

        self.setAccessibleName(content.title)
        self.setAccessibleDescription(self.description())
        if content.item_id:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setProperty("clickable", True)
            self.setToolTip(self.tr("Show the details and where this came from"))

    def description(self) -> str:
        """Everything the row says after its title, for screen readers."""
        parts = [self.content.value or ""]
        if self.content.badge is not None:
            parts.append(self.content.badge.word)
        parts.extend(self.content.lines)
        parts.append(self.content.meta or "")
        if self.content.sources:
            parts.append(sources_sentence(self.content.sources))
        return ". ".join(p for p in parts if p)

    @property
    def chip_texts(self) -> list[str]:
        """What the source chips say (tests)."""
        return [text for chips in self.chips for text in chips.texts]

    def texts(self) -> list[str]:
        """What the row shows, in reading order (tests)."""
        found = [self.title.text()]
        if self.value is not None:
            found.append(self.value.text())
        if self.badge is not None:
            found.append(self.badge.text())
        found.extend(line.text() for line in self.lines)
        if self.content.meta:
            found.append(self.meta.text())
        return found

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
            return
        super().keyPressEvent(event)

    def _activate(self) -> None:
        if self.content.item_id:
            self.activated.emit(self.content.item_id)


class FactSection(QWidget):
    """A heading with an icon and a "See all" link, the rows under it, or a plain empty text."""

    see_all = Signal(str)  # the view key
    item_chosen = Signal(str)  # the item id of a row

    def __init__(
        self,
        icon: str,
        view_key: str | None,
        parent: QWidget | None = None,
        *,
        heading: TextRole = TextRole.STRONG,
    ) -> None:
        super().__init__(parent)
        self.view_key = view_key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(grid(0.5))
        top = QHBoxLayout()
        top.setSpacing(grid(1))
        self.icon = IconLabel(icon, None, self)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title = Label(heading, self)
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        self.see_all_button: QPushButton | None = None
        if view_key is not None:
            button = QPushButton(self)
            button.setProperty("link", True)
            button.setFont(role_font(TextRole.CAPTION))
            button.setObjectName(f"seeAll-{view_key}")
            button.clicked.connect(lambda: self.see_all.emit(view_key))
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.see_all_button = button
        layout.addLayout(top)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)
        layout.addLayout(self._rows_layout)
        self.empty = Label(TextRole.BODY, self, secondary=True)
        self.empty.setContentsMargins(grid(1), 0, grid(1), 0)
        layout.addWidget(self.empty)
        self.more = Label(TextRole.CAPTION, self, secondary=True)
        self.more.setContentsMargins(grid(1), 0, grid(1), 0)
        self.more.hide()
        layout.addWidget(self.more)
        self.rows: list[FactRow] = []

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange and self.see_all_button is not None:
            self.see_all_button.setFont(role_font(TextRole.CAPTION))
        return super().event(event)

    def set_texts(self, title: str, see_all: str, see_all_name: str) -> None:
        self.title.setText(title)
        self.setAccessibleName(title)
        if self.see_all_button is not None:
            self.see_all_button.setText(see_all)
            self.see_all_button.setAccessibleName(see_all_name)

    def set_see_all_text(self, text: str) -> None:
        if self.see_all_button is not None:
            self.see_all_button.setText(text)

    def set_rows(self, contents: Sequence[RowContent], empty: str, more: str = "") -> None:
        """Show *contents* (or *empty* when there are none), and *more*, a note under them."""
        self.clear_rows()
        for content in contents:
            row = FactRow(content, self)
            row.activated.connect(self.item_chosen)
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self.empty.setText(empty)
        self.empty.setVisible(not self.rows)
        self.more.setText(more)
        self.more.setVisible(bool(more))

    def add_rows(self, contents: Sequence[RowContent]) -> None:
        for content in contents:
            row = FactRow(content, self)
            row.activated.connect(self.item_chosen)
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self.empty.setVisible(not self.rows)

    def clear_rows(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        self.empty.clear()
        self.more.clear()
        self.more.hide()
