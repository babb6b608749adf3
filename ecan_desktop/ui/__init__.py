"""The Qt user interface: the only package (with i18n/qt_*.py) that imports PySide6."""
