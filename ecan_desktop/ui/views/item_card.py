"""How one row of an item list is painted: a card with an icon, the title, a badge, two lines of
details and the source chips; or a group header.

Colours come from the palette and the theme (light, dark, high contrast), sizes from the spacing
grid and the type scale, so the cards follow the text size. A row's height depends only on whether
it is a header, never on its text, which keeps layout of long lists cheap.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ecan_desktop.ui import icons
from ecan_desktop.ui.theme import Colors, colors_for, current_theme
from ecan_desktop.ui.typography import TextRole, grid_unit, role_font
from ecan_desktop.ui.views.painted_chips import paint_chip

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Entry (items) or Header (headers)
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "header" | "item": all a row's height depends on
ICON_SIZE = 24  # logical px at the 8 px grid; scaled with the grid


def theme_colors() -> Colors:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return colors_for(current_theme(app), app.styleHints().colorScheme())


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """*a* moved *amount* of the way towards *b*."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def tone_color(tone: str, colors: Colors, palette: QPalette) -> QColor:
    if tone == "danger":
        return QColor(colors.error_text)
    if tone == "good":
        return QColor(colors.success_text)
    return palette.color(QPalette.ColorRole.Text)


class _Fonts:
    def __init__(self) -> None:
        self.unit = grid_unit()
        self.title = role_font(TextRole.STRONG)
        self.body = role_font(TextRole.BODY)
        self.caption = role_font(TextRole.CAPTION)
        self.section = role_font(TextRole.SECTION)
        self.title_h = QFontMetrics(self.title).height()
        self.body_h = QFontMetrics(self.body).height()
        self.caption_h = QFontMetrics(self.caption).height()
        self.section_h = QFontMetrics(self.section).height()

    @property
    def item_height(self) -> int:
        u = self.unit
        inner = self.title_h + u // 2 + 2 * self.body_h + u // 4
        return inner + 3 * u + u  # padding inside the card, and the gap between cards

    def header_height(self, first: bool) -> int:
        return (self.unit if first else 3 * self.unit) + self.section_h + self.unit


class ItemDelegate(QStyledItemDelegate):
    _fonts: _Fonts | None = None

    def fonts(self) -> _Fonts:
        """The fonts and sizes, measured once (the view calls :meth:`forget_sizes` when the
        application font changes): a long list asks for thousands of sizes."""
        if self._fonts is None:
            self._fonts = _Fonts()
        return self._fonts

    def forget_sizes(self) -> None:
        self._fonts = None

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fonts = self.fonts()
        if index.data(KIND_ROLE) == "header":
            return QSize(option.rect.width(), fonts.header_height(index.row() == 0))
        return QSize(option.rect.width(), fonts.item_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fonts = self.fonts()
        found = index.data(ENTRY_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if index.data(KIND_ROLE) == "header":
                self._paint_header(painter, option, found, fonts)
            elif found is not None:
                self._paint_item(painter, option, found, fonts)
        finally:
            painter.restore()

    # -- headers ----------------------------------------------------------------------------------
    @staticmethod
    def _paint_header(
        painter: QPainter, option: QStyleOptionViewItem, header: object, fonts: _Fonts
    ) -> None:
        palette = QApplication.palette()  # the view's own is transparent (stylesheet)
        rect: QRect = option.rect
        u = fonts.unit
        box = QRect(rect.left() + u // 2, rect.bottom() - u - fonts.section_h, 0, fonts.section_h)
        box.setRight(rect.right() - u // 2)
        title = str(getattr(getattr(header, "group", None), "title", ""))
        note = getattr(getattr(header, "group", None), "note", None)
        count = str(getattr(header, "count_text", ""))
        words = f"{note} · {count}" if note else count
        # The title first; the count keeps at least its own width, the note is cut first.
        room = box.width() - QFontMetrics(fonts.body).horizontalAdvance(count) - 2 * u
        painter.setFont(fonts.section)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(fonts.section)
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(room, box.width() // 2))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        rest = box.adjusted(metrics.horizontalAdvance(shown) + 2 * u, 0, 0, 0)
        painter.setFont(fonts.body)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            rest,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(fonts.body).elidedText(words, Qt.TextElideMode.ElideRight, rest.width()),
        )

    # -- items ------------------------------------------------------------------------------------
    def _paint_item(
        self, painter: QPainter, option: QStyleOptionViewItem, entry: object, fonts: _Fonts
    ) -> None:
        palette = QApplication.palette()  # the view's own is transparent (stylesheet)
        colors = theme_colors()
        u = fonts.unit
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = QColor(colors.focus_ring)

        card = QRectF(option.rect.adjusted(u // 2, u // 2, -u // 2, -u // 2)).adjusted(
            0.5, 0.5, -0.5, -0.5
        )
        path = QPainterPath()
        path.addRoundedRect(card, u, u)
        fill = mix(base, highlight, 0.10 if selected else 0.05) if selected or hovered else base
        painter.fillPath(path, fill)
        border = highlight if selected else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected and focused else 1))
        painter.drawPath(path)
        if selected:  # a bar as well as a colour: the selection is a shape too
            bar = QRectF(card.left() + 2, card.top() + u, u // 2, card.height() - 2 * u)
            bar_path = QPainterPath()
            bar_path.addRoundedRect(bar, u // 4, u // 4)
            painter.fillPath(bar_path, highlight)

        inner = card.toRect().adjusted(2 * u, u + u // 2, -2 * u, -(u + u // 2))
        text_left = inner.left()
        icon_name = getattr(entry, "icon", None)
        if icon_name and icons.available(icon_name):
            size = ICON_SIZE * u // 8
            colour = tone_color(getattr(entry, "icon_tone", "neutral"), colors, palette)
            top = inner.top() + (fonts.title_h - size) // 2
            painter.drawPixmap(inner.left(), top, icons.pixmap(icon_name, size, colour))
            text_left = inner.left() + size + 2 * u
        right = inner.right()

        badge = getattr(entry, "badge", None)
        if badge is not None:
            right = self._paint_badge(painter, badge, inner, fonts, colors, palette) - u
        title = str(getattr(entry, "title", ""))
        painter.setFont(fonts.title)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_rect = QRect(text_left, inner.top(), right - text_left, fonts.title_h)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(fonts.title).elidedText(
                title, Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )

        lines: tuple[str, ...] = getattr(entry, "lines", ())
        top = inner.top() + fonts.title_h + u // 2
        metrics = QFontMetrics(fonts.body)
        # Line 2 keeps its own width, or two thirds of the room when long; chips get the rest.
        second = metrics.horizontalAdvance(lines[1]) if len(lines) > 1 else 0
        room = inner.right() - text_left
        budget = room - min(second, room * 2 // 3) - u
        chips_left = self._paint_chips(
            painter,
            getattr(entry, "chips", ()),
            inner,
            top + fonts.body_h + u // 4,
            fonts,
            palette,
            budget,
        )
        painter.setFont(fonts.body)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for number, line in enumerate(lines[:2]):
            limit = (chips_left - u) if number == 1 else inner.right()
            box = QRect(text_left, top, max(0, limit - text_left), fonts.body_h)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, box.width()),
            )
            top += fonts.body_h + u // 4

    @staticmethod
    def _paint_badge(
        painter: QPainter,
        badge: object,
        inner: QRect,
        fonts: _Fonts,
        colors: Colors,
        palette: QPalette,
    ) -> int:
        """Paint the badge at the top right; returns its left edge."""
        u = fonts.unit
        font = QFont(fonts.caption)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        text = str(getattr(badge, "text", ""))
        icon_size = 2 * u
        width = metrics.horizontalAdvance(text) + icon_size + 2 * u + u // 2
        height = max(metrics.height(), icon_size) + u // 2
        top = inner.top() + (fonts.title_h - height) // 2
        box = QRect(inner.right() - width, top, width, height)
        colour = tone_color(str(getattr(badge, "tone", "neutral")), colors, palette)
        path = QPainterPath()
        path.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
        painter.fillPath(path, mix(palette.color(QPalette.ColorRole.Base), colour, 0.10))
        painter.setPen(QPen(colour, 1))
        painter.drawPath(path)
        icon_name = str(getattr(badge, "icon", ""))
        if icons.available(icon_name):
            painter.drawPixmap(
                box.left() + u,
                box.top() + (height - icon_size) // 2,
                icons.pixmap(icon_name, icon_size, colour),
            )
        painter.setFont(font)
        painter.drawText(
            box.adjusted(u + icon_size + u // 2, 0, -u, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        return box.left()

    @staticmethod
    def _paint_chips(
        painter: QPainter,
        chips: tuple[object, ...],
        inner: QRect,
        top: int,
        fonts: _Fonts,
        palette: QPalette,
        budget: int,
    ) -> int:
        """Paint the chips right-aligned on the second detail line, in *budget* px at most (long
        centre names are cut shorter then; the tooltip and the details have them in full);
        returns their left edge."""
        u = fonts.unit
        metrics = QFontMetrics(fonts.caption)
        height = fonts.caption_h + u // 2
        top += (fonts.body_h - height) // 2
        texts = [str(getattr(chip, "text", "")) for chip in chips]
        widths = [metrics.horizontalAdvance(t) + 2 * u for t in texts]
        budget -= (u // 2) * max(0, len(chips) - 1)
        if texts and sum(widths) > budget:
            share = max(4 * u, budget // len(texts))
            widths = [min(w, share) for w in widths]
        right = inner.right()
        painter.setFont(fonts.caption)
        for chip, text, width in zip(
            reversed(chips), reversed(texts), reversed(widths), strict=True
        ):
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * u)
            you = bool(getattr(chip, "you", False))
            paint_chip(painter, QRectF(right - width, top, width, height), shown, you, palette)
            right -= width + u // 2
        return right
