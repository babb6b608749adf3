"""The app's icons: Phosphor SVGs from ``resources/icons/``, drawn in a theme colour.

The files paint with ``currentColor``, which Qt's SVG renderer does not know; the colour is put in
before rendering, so one file serves light, dark and high contrast. Rendered icons are cached per
name, colour and size.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ecan_desktop.paths import resource_path


@cache
def _svg(name: str) -> bytes:
    return resource_path("icons", f"{name}.svg").read_bytes()


def available(name: str) -> bool:
    return resource_path("icons", f"{name}.svg").is_file()


def _text_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


@cache
def _pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    svg = _svg(name).replace(b"currentColor", colour.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pixmap(name: str, size: int, colour: QColor | str | None = None) -> QPixmap:
    """*name* (a file name without ``.svg``) at *size* logical px, in *colour* (default: text)."""
    value = QColor(colour) if colour is not None else _text_colour()
    app = QGuiApplication.instance()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if app is not None else 1.0
    return _pixmap(name, value.name(), size, max(1.0, ratio))


def icon(name: str, size: int = 24, colour: QColor | str | None = None) -> QIcon:
    result = QIcon()
    result.addPixmap(pixmap(name, size, colour))
    return result
