"""The type scale and the spacing grid, both derived from the application's base font.

UI.md: title 1.6x, section 1.25x, body 1x, caption 0.85x; an 8 px grid. Nothing here uses a fixed
pixel font size, so the 100 to 200 % text setting of the desktop scales the whole window: the grid
unit is 8 px at normal text sizes and grows in steps of 8 px with larger text.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

# Below this the app is hard to read for tired eyes; the user's larger settings are kept.
MIN_BASE_POINT_SIZE = 10.0
_REFERENCE_LINE_HEIGHT = 16  # px of one body line at the size the 8 px grid is designed for
_BASE_SIZE_PROPERTY = "ecanUnscaledPointSize"


class TextRole(enum.Enum):
    TITLE = (1.6, QFont.Weight.DemiBold)
    SECTION = (1.25, QFont.Weight.DemiBold)
    BODY = (1.0, QFont.Weight.Normal)
    STRONG = (1.0, QFont.Weight.DemiBold)
    CAPTION = (0.85, QFont.Weight.Normal)

    @property
    def factor(self) -> float:
        return float(self.value[0])

    @property
    def weight(self) -> QFont.Weight:
        return self.value[1]  # type: ignore[no-any-return]


def base_font() -> QFont:
    return QGuiApplication.font()


def ensure_readable_base_font() -> None:
    """Raise a very small default font (Qt's own fallback is 9 pt) to a readable minimum.

    The result is remembered as the 100 % size that the text size setting multiplies.
    """
    app = QGuiApplication.instance()
    if app is not None and app.property(_BASE_SIZE_PROPERTY):
        return
    font = QGuiApplication.font()
    if 0 < font.pointSizeF() < MIN_BASE_POINT_SIZE:
        font.setPointSizeF(MIN_BASE_POINT_SIZE)
        QGuiApplication.setFont(font)
    if app is not None:
        app.setProperty(_BASE_SIZE_PROPERTY, float(font.pointSizeF()))


def unscaled_point_size() -> float:
    """The base font's size at 100 %, before the text size setting."""
    app = QGuiApplication.instance()
    size = app.property(_BASE_SIZE_PROPERTY) if app is not None else None
    return float(size) if size else float(QGuiApplication.font().pointSizeF())


def apply_text_scale(percent: int) -> bool:
    """Set the application font to *percent* of the unscaled base; True when it changed.

    Qt sends ``ApplicationFontChange`` to every widget (to ``event()``, not ``changeEvent()``):
    :class:`Label` re-applies its role, the page columns their margins, the boxed lists their
    row heights, and the theme re-sizes its stylesheet (see ``appearance``).
    """
    ensure_readable_base_font()
    target = round(unscaled_point_size() * percent / 100, 2)
    font = QFont(QGuiApplication.font())
    if font.pointSizeF() > 0 and abs(font.pointSizeF() - target) < 0.01:
        return False
    font.setPointSizeF(target)
    QGuiApplication.setFont(font)
    return True


def current_text_scale() -> int:
    return round(QGuiApplication.font().pointSizeF() / unscaled_point_size() * 100)


def role_font(role: TextRole, base: QFont | None = None) -> QFont:
    font = QFont(base if base is not None else base_font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * role.factor)
    else:  # a pixel-sized base font: scale it in the same unit
        font.setPixelSize(max(1, round(font.pixelSize() * role.factor)))
    font.setWeight(role.weight)
    return font


def grid_unit(base: QFont | None = None) -> int:
    """One step of the spacing grid: 8 px, or a multiple of 8 with large text."""
    height = QFontMetrics(base if base is not None else base_font()).height()
    return 8 * max(1, round(height / _REFERENCE_LINE_HEIGHT))


def grid(n: float) -> int:
    """*n* steps of the spacing grid, in pixels."""
    return round(n * grid_unit())


def text_width(ems: float) -> int:
    """The width of about *ems* average characters of body text (for readable line lengths)."""
    return round(QFontMetrics(base_font()).averageCharWidth() * ems)


class Label(QLabel):
    """A label with a role in the type scale; wraps words and follows the application font."""

    def __init__(
        self,
        role: TextRole = TextRole.BODY,
        parent: QWidget | None = None,
        *,
        secondary: bool = False,
        selectable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._role = role
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if secondary:
            self.setProperty("secondary", True)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._apply_role()

    def set_role(self, role: TextRole) -> None:
        self._role = role
        self._apply_role()

    def _apply_role(self) -> None:
        self.setFont(role_font(self._role))

    def event(self, event: QEvent) -> bool:
        # ApplicationFontChange reaches event(), not changeEvent().
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_role()
        return super().event(event)
