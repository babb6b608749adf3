"""Languages and translatable text.

Only ``i18n/qt_*.py`` may import Qt, and only ``ui/`` imports those.
"""
