"""Applying the look settings (theme and text size) to the running application."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ecan_desktop.settings import Settings
from ecan_desktop.ui.theme import Colors, apply_theme
from ecan_desktop.ui.typography import apply_text_scale


def apply_appearance(app: QApplication, settings: Settings) -> Colors:
    """The text size first, then the theme: the stylesheet's paddings follow the new font."""
    apply_text_scale(settings.text_scale)
    return apply_theme(app, settings.theme)
