"""The Results chart's colours, from the app's theme (light, dark, high contrast): the translucent
bands, the lines of a result made of parts, and the ring that marks the result chosen in the table.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ecan_desktop.ui.theme import LIGHT, Colors, colors_for, current_theme
from ecan_desktop.ui.views.result_periods import MEDICINES

BAND_COLOURS = {  # (light, dark, high contrast) fills; the alpha keeps the data readable
    "range": ("#1e6b34", "#8fdca6", "#aef5bf"),
    MEDICINES: ("#c26a00", "#f0b45a", "#ffd500"),
    "radiotherapy": ("#7b3fbf", "#c5a3ff", "#ff8ae0"),
}
PART_COLOURS = ("#b3261e", "#1e6b34", "#7b3fbf")  # second, third... parts of a result (light)
PART_COLOURS_DARK = ("#ffb4ab", "#8fdca6", "#c5a3ff")


def solid(colour: QColor, on: str) -> QColor:
    """*colour* (translucent) as it looks over *on*, a bit stronger, for the legend's symbol."""
    alpha = min(1.0, colour.alphaF() * 6)
    base = QColor(on)
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * alpha,
        base.greenF() + (colour.greenF() - base.greenF()) * alpha,
        base.blueF() + (colour.blueF() - base.blueF()) * alpha,
    )


def theme_colours() -> Colors:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return LIGHT
    return colors_for(current_theme(app), app.styleHints().colorScheme())


def band_colour(kind: str, colours: Colors) -> QColor:
    light, dark, contrast = BAND_COLOURS.get(kind, BAND_COLOURS["radiotherapy"])
    choice = contrast if colours.high_contrast else dark if colours.dark else light
    colour = QColor(choice)
    colour.setAlphaF(0.28 if colours.high_contrast else 0.16 if colours.dark else 0.11)
    return colour


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mark_colour(colours: Colors) -> QColor:
    """The ring around the chosen result: the theme's colour for what is chosen, made lighter
    (dark themes) or darker until it stands out 3 : 1 from the chart (WCAG 1.4.11)."""
    colour, base = QColor(colours.highlight), QColor(colours.base)
    for _ in range(10):
        if contrast(colour, base) >= 3.0:
            break
        colour = colour.lighter(115) if colours.dark else colour.darker(115)
    return colour
