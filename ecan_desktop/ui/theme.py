"""Fusion with our own palettes: light, dark and high contrast, or the system's light or dark.

Every text colour meets WCAG 2.2 AA (4.5 : 1) on the backgrounds it is drawn on, and AAA (7 : 1)
in the high-contrast theme (UI.md principle 3); ``tests/ui/test_look.py`` computes the ratios.
One small stylesheet styles cards, banners, buttons, fields and the record's sidebar; its sizes
come from the spacing grid, never fixed font sizes, so it is rebuilt when the text size changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ecan_desktop.settings import Theme
from ecan_desktop.ui.typography import grid_unit

THEME_PROPERTY = "ecanTheme"


@dataclass(frozen=True)
class Colors:
    window: str
    base: str  # cards, lists and fields
    alternate: str
    text: str
    secondary_text: str
    card_border: str  # decorative
    field_border: str  # outlines of controls: 3 : 1 against the background (WCAG 1.4.11)
    button: str
    button_hover: str
    highlight: str
    highlight_hover: str
    highlighted_text: str
    focus_ring: str
    link: str
    error_text: str
    error_background: str
    success_text: str
    success_background: str
    dark: bool
    high_contrast: bool = False


LIGHT = Colors(
    window="#f4f5f7",
    base="#ffffff",
    alternate="#eef0f3",
    text="#1b1d21",
    secondary_text="#595d66",
    card_border="#d9dce1",
    field_border="#848993",
    button="#ffffff",
    button_hover="#eef0f3",
    highlight="#1a5fb4",
    highlight_hover="#164f96",
    highlighted_text="#ffffff",
    focus_ring="#1a5fb4",
    link="#1a5fb4",
    error_text="#b3261e",
    error_background="#fdecea",
    success_text="#1e6b34",
    success_background="#e6f4ea",
    dark=False,
)

DARK = Colors(
    window="#1c1d20",
    base="#26282c",
    alternate="#2d3035",
    text="#eceef1",
    secondary_text="#a9adb5",
    card_border="#3a3d43",
    field_border="#7b808a",
    button="#2d3035",
    button_hover="#383b42",
    highlight="#2a62b0",
    highlight_hover="#3470c4",
    highlighted_text="#ffffff",
    focus_ring="#8ab4f8",
    link="#8ab4f8",
    error_text="#ffb4ab",
    error_background="#3b2523",
    success_text="#8fdca6",
    success_background="#1f3326",
    dark=True,
)


# White on black with yellow for what is chosen and cyan for focus: every text pair reaches 7 : 1.
HIGH_CONTRAST = Colors(
    window="#000000",
    base="#000000",
    alternate="#1f1f1f",
    text="#ffffff",
    secondary_text="#e6e6e6",
    card_border="#ffffff",
    field_border="#ffffff",
    button="#000000",
    button_hover="#1f1f1f",
    highlight="#ffd500",
    highlight_hover="#ffe566",
    highlighted_text="#000000",
    focus_ring="#00e5ff",
    link="#8ae9ff",
    error_text="#ffb8b8",
    error_background="#1a0000",
    success_text="#aef5bf",
    success_background="#001a06",
    dark=True,
    high_contrast=True,
)


def colors_for(theme: Theme, scheme: Qt.ColorScheme = Qt.ColorScheme.Unknown) -> Colors:
    """The colours of *theme*; "system" follows the desktop's *scheme* (light when unknown)."""
    if theme is Theme.HIGH_CONTRAST:
        return HIGH_CONTRAST
    if theme is Theme.DARK or (theme is Theme.SYSTEM and scheme == Qt.ColorScheme.Dark):
        return DARK
    return LIGHT


def build_palette(colors: Colors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    entries = {
        role.Window: colors.window,
        role.WindowText: colors.text,
        role.Base: colors.base,
        role.AlternateBase: colors.alternate,
        role.Text: colors.text,
        role.PlaceholderText: colors.secondary_text,
        role.Button: colors.button,
        role.ButtonText: colors.text,
        role.BrightText: colors.error_text,
        role.Highlight: colors.highlight,
        role.HighlightedText: colors.highlighted_text,
        role.Link: colors.link,
        role.LinkVisited: colors.link,
        role.ToolTipBase: colors.base,
        role.ToolTipText: colors.text,
        role.Light: colors.base,
        role.Midlight: colors.alternate,
        role.Mid: colors.card_border,
        role.Dark: colors.field_border,
        role.Shadow: "#000000",
    }
    for color_role, value in entries.items():
        palette.setColor(color_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, color_role, QColor(colors.secondary_text))
    palette.setColor(disabled, role.Highlight, QColor(colors.field_border))
    return palette


def stylesheet(colors: Colors, unit: int) -> str:
    """The app's stylesheet; *unit* is one step of the spacing grid in px."""
    c = colors
    half = max(2, unit // 2)
    radius = unit
    return f"""
QLabel[secondary="true"] {{ color: {c.secondary_text}; }}
QFrame[card="true"] {{
    background: {c.base}; border: 1px solid {c.card_border}; border-radius: {radius}px;
}}
QFrame[separator="true"] {{ background: {c.card_border}; border: none; }}
QLabel[chip="source"], QPushButton[chip="more"] {{
    background: {c.alternate}; color: {c.text}; border: 1px solid {c.card_border};
    border-radius: {unit}px; padding: 0px {unit}px;
}}
QLabel[chip="you"] {{
    background: {c.base}; color: {c.text}; border: 1px dashed {c.field_border};
    border-radius: {unit}px; padding: 0px {unit}px;
}}
QPushButton[chip="more"]:focus {{ border: 2px solid {c.focus_ring}; padding: 0px {unit - 1}px; }}
QFrame[banner="error"] {{
    background: {c.error_background}; border: 1px solid {c.error_text};
    border-radius: {half}px;
}}
QFrame[banner="error"] QLabel {{ color: {c.error_text}; background: transparent; }}
QFrame[banner="success"] {{
    background: {c.success_background}; border: 1px solid {c.success_text};
    border-radius: {half}px;
}}
QFrame[banner="success"] QLabel {{ color: {c.success_text}; background: transparent; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QPushButton {{
    background: {c.button}; color: {c.text}; border: 1px solid {c.field_border};
    border-radius: {half}px; padding: {unit - 1}px {2 * unit - 1}px;
}}
QPushButton:hover {{ background: {c.button_hover}; }}
QPushButton:pressed {{ background: {c.alternate}; }}
QPushButton:focus {{
    border: 2px solid {c.focus_ring}; padding: {unit - 2}px {2 * unit - 2}px;
}}
QPushButton:disabled {{ color: {c.secondary_text}; border-color: {c.card_border}; }}
QPushButton[primary="true"] {{
    background: {c.highlight}; color: {c.highlighted_text}; border: 1px solid {c.highlight};
    font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {c.highlight_hover}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {c.text}; }}
QPushButton[primary="true"]:disabled {{
    background: {c.alternate}; color: {c.secondary_text}; border-color: {c.card_border};
}}
QPushButton[destructive="true"] {{
    background: {c.error_text}; color: {c.base}; border: 1px solid {c.error_text};
    font-weight: 600;
}}
QPushButton[destructive="true"]:focus {{ border: 2px solid {c.text}; }}
QPushButton[destructive="true"]:disabled {{
    background: {c.alternate}; color: {c.secondary_text}; border-color: {c.card_border};
}}
QPushButton[link="true"] {{
    background: transparent; color: {c.link}; border: 2px solid transparent;
    padding: {half}px {half}px; text-align: left;
}}
QPushButton[link="true"]:hover {{ text-decoration: underline; }}
QPushButton[link="true"]:focus {{ border: 2px solid {c.focus_ring}; }}
QLineEdit {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.field_border};
    border-radius: {half}px; padding: {unit - 1}px {unit + half - 1}px;
    selection-background-color: {c.highlight}; selection-color: {c.highlighted_text};
}}
QLineEdit:focus {{ border: 2px solid {c.focus_ring}; padding: {unit - 2}px {unit + half - 2}px; }}
QListView[boxed="true"] {{
    background: {c.base}; border: 1px solid {c.card_border}; border-radius: {radius}px;
    padding: 1px; outline: none;
}}
QListView[boxed="true"]:focus {{ border: 2px solid {c.focus_ring}; padding: 0px; }}
QProgressBar {{
    background: {c.alternate}; border: none; border-radius: {half // 2 + 1}px;
    max-height: {half}px; min-height: {half}px;
}}
QProgressBar::chunk {{ background: {c.highlight}; border-radius: {half // 2 + 1}px; }}
QToolTip {{ background: {c.base}; color: {c.text}; border: 1px solid {c.field_border}; }}
QComboBox {{
    background: {c.button}; color: {c.text}; border: 1px solid {c.field_border};
    border-radius: {half}px; padding: {unit - 1}px {unit + half - 1}px;
}}
QComboBox:focus {{ border: 2px solid {c.focus_ring}; padding: {unit - 2}px {unit + half - 2}px; }}
QComboBox {{ padding-right: {3 * unit}px; }}
QComboBox::drop-down {{ border: none; width: {3 * unit}px; }}
QComboBox::down-arrow {{ image: none; width: 0px; height: 0px; border: none; }}
QComboBox:disabled {{ color: {c.secondary_text}; border-color: {c.card_border}; }}
QComboBox QAbstractItemView {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.field_border};
    selection-background-color: {c.highlight}; selection-color: {c.highlighted_text};
}}
QCheckBox, QRadioButton {{ spacing: {unit}px; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {2 * unit}px; height: {2 * unit}px;
}}
QCheckBox:focus {{ color: {c.text}; }}
QFrame[pageHeader="true"] {{
    background: {c.base}; border: none; border-bottom: 1px solid {c.card_border};
}}
QFrame[sidebarPanel="true"] {{
    background: {c.alternate}; border: none; border-right: 1px solid {c.card_border};
}}
QListWidget[sidebar="true"] {{
    background: transparent; border: 2px solid transparent; outline: none;
    border-radius: {half}px; padding: {half}px;
}}
QListWidget[sidebar="true"]:focus {{ border: 2px solid {c.focus_ring}; }}
QListWidget[sidebar="true"]::item {{
    color: {c.text}; padding: {unit}px {unit + half}px; border-radius: {half}px;
    margin: 2px 0px;
}}
QListWidget[sidebar="true"]::item:hover {{ background: {c.button_hover}; }}
QListWidget[sidebar="true"]::item:selected {{
    background: {c.highlight}; color: {c.highlighted_text};
}}
QToolBar {{ background: transparent; border: none; spacing: {unit}px; }}
QToolButton {{
    background: {c.button}; color: {c.text}; border: 1px solid {c.field_border};
    border-radius: {half}px; padding: {unit - 1}px {2 * unit - 1}px;
}}
QToolButton:hover {{ background: {c.button_hover}; }}
QToolButton:pressed {{ background: {c.alternate}; }}
QToolButton:focus {{
    border: 2px solid {c.focus_ring}; padding: {unit - 2}px {2 * unit - 2}px;
}}
QToolButton:disabled {{ color: {c.secondary_text}; border-color: {c.card_border}; }}
QStatusBar {{
    background: {c.window}; color: {c.secondary_text}; border-top: 1px solid {c.card_border};
}}
QStatusBar QLabel {{ color: {c.secondary_text}; }}
QStatusBar::item {{ border: none; }}
QLabel[code="true"] {{
    background: {c.base}; color: {c.text}; border: 1px dashed {c.field_border};
    border-radius: {half}px; padding: {2 * unit}px;
}}
QFrame[dropTarget="true"] {{ border: 2px dashed {c.focus_ring}; border-radius: {radius}px; }}
QLabel[tone="danger"] {{ color: {c.error_text}; }}
QLabel[tone="success"] {{ color: {c.success_text}; }}
QLabel[tone="neutral"] {{ color: {c.secondary_text}; }}
QFrame[factRow="true"] {{
    background: transparent; border: 2px solid transparent; border-radius: {half}px;
}}
QFrame[factRow="true"][clickable="true"]:hover {{ background: {c.alternate}; }}
QFrame[factRow="true"]:focus {{ border: 2px solid {c.focus_ring}; }}
QTableView[recordTable="true"] {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.card_border};
    border-radius: {half}px; outline: none;
    selection-background-color: {c.alternate}; selection-color: {c.text};
}}
QTableView[recordTable="true"]:focus {{ border: 2px solid {c.focus_ring}; }}
QTableView[recordTable="true"]::item {{
    padding: {half}px {unit}px; border: none; border-bottom: 1px solid {c.card_border};
}}
QTableView[recordTable="true"]::item:selected {{ background: {c.alternate}; color: {c.text}; }}
QTableView[recordTable="true"][marksChart="true"]::item:selected {{
    background: {c.highlight}; color: {c.highlighted_text};
}}
QTableView[recordTable="true"] QHeaderView::section {{
    background: {c.base}; color: {c.secondary_text}; border: none;
    border-bottom: 1px solid {c.field_border}; padding: {half}px {unit}px; font-weight: 600;
}}
"""


def current_theme(app: QApplication) -> Theme:
    value = app.property(THEME_PROPERTY)
    return Theme(value) if isinstance(value, str) and value else Theme.SYSTEM


def apply_theme(app: QApplication, theme: Theme | None = None) -> Colors:
    """Fusion plus the palette of *theme* (default: the theme applied before, else "system").

    Call again after the text size changes: the stylesheet's paddings follow the spacing grid.
    """
    theme = current_theme(app) if theme is None else theme
    app.setProperty(THEME_PROPERTY, theme.value)
    colors = colors_for(theme, app.styleHints().colorScheme())
    # With a stylesheet, app.style() is Qt's stylesheet proxy; remember that Fusion is set.
    if not app.property("ecanFusion"):
        app.setStyle("Fusion")
        app.setProperty("ecanFusion", True)
    app.setPalette(build_palette(colors))
    app.setStyleSheet(stylesheet(colors, grid_unit()))
    # A new stylesheet re-polishes every widget and puts back the fonts they had when they were
    # first polished; let each one apply its role in the type scale to today's base font again.
    for widget in app.allWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationFontChange))
    return colors


def follow_system_scheme(app: QApplication) -> None:
    """Re-apply the "system" theme whenever the desktop switches between light and dark."""
    if app.property("ecanFollowsColorScheme"):
        return
    app.setProperty("ecanFollowsColorScheme", True)

    def changed(scheme: Qt.ColorScheme) -> None:
        del scheme
        if current_theme(app) is Theme.SYSTEM:
            apply_theme(app)

    app.styleHints().colorSchemeChanged.connect(changed)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio between two ``#rrggbb`` colours."""

    def luminance(hex_color: str) -> float:
        color = QColor(hex_color)

        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = color.redF(), color.greenF(), color.blueF()
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
