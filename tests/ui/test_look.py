"""The look: contrast in every theme (AAA in high contrast), sizes from the base font, dates in
the locale."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ecan_desktop.record.overview import Kind, count_by_kind
from ecan_desktop.settings import Theme
from ecan_desktop.ui.locale_format import format_fhir_date, long_date_format
from ecan_desktop.ui.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    Colors,
    apply_theme,
    colors_for,
    contrast_ratio,
)
from ecan_desktop.ui.typography import TextRole, grid_unit, role_font

TEXT_ON = {
    "text": ("window", "base", "alternate", "button", "button_hover"),
    "secondary_text": ("window", "base", "alternate"),
    "link": ("window", "base"),
    "highlighted_text": ("highlight", "highlight_hover"),
    "error_text": ("error_background", "base"),
    "success_text": ("success_background",),
    "base": ("error_text",),  # the label of a destructive button ("Delete for good")
}
THEMES = [LIGHT, DARK, HIGH_CONTRAST]
THEME_IDS = ["light", "dark", "high-contrast"]


def text_pairs(colors: Colors) -> list[tuple[str, str, float]]:
    return [
        (
            foreground,
            background,
            contrast_ratio(getattr(colors, foreground), getattr(colors, background)),
        )
        for foreground, backgrounds in TEXT_ON.items()
        for background in backgrounds
    ]


@pytest.mark.parametrize("colors", THEMES, ids=THEME_IDS)
def test_text_meets_wcag_aa_in_every_theme(colors: Colors) -> None:
    for foreground, background, ratio in text_pairs(colors):
        assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}"


def test_high_contrast_text_meets_wcag_aaa() -> None:
    for foreground, background, ratio in text_pairs(HIGH_CONTRAST):
        assert ratio >= 7, f"{foreground} on {background}: {ratio:.2f}"
    # The focus ring and the outlines of controls stand out as much as text does.
    for outline in ("field_border", "focus_ring", "card_border"):
        assert contrast_ratio(getattr(HIGH_CONTRAST, outline), HIGH_CONTRAST.window) >= 7


@pytest.mark.parametrize("colors", THEMES, ids=THEME_IDS)
def test_control_outlines_and_focus_are_visible(colors: Colors) -> None:
    for background in ("window", "base"):
        assert contrast_ratio(colors.field_border, getattr(colors, background)) >= 3
        assert contrast_ratio(colors.focus_ring, getattr(colors, background)) >= 3


def test_every_colour_is_a_colour() -> None:
    for colors in THEMES:
        for field in fields(colors):
            value = getattr(colors, field.name)
            assert isinstance(value, bool) or (value.startswith("#") and len(value) == 7)


def test_each_theme_sets_its_palette_and_system_follows_the_colour_scheme(
    qapp: QApplication,
) -> None:
    qapp.setStyleSheet("")
    apply_theme(qapp, Theme.DARK)
    qapp.setStyleSheet("")  # drop the stylesheet proxy to see the style beneath
    assert qapp.style().name() == "fusion"
    for theme, colors in (
        (Theme.DARK, DARK),
        (Theme.LIGHT, LIGHT),
        (Theme.HIGH_CONTRAST, HIGH_CONTRAST),
    ):
        apply_theme(qapp, theme)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == colors.window
        assert qapp.palette().color(QPalette.ColorRole.Text).name() == colors.text
    assert colors_for(Theme.SYSTEM, Qt.ColorScheme.Dark) is DARK
    assert colors_for(Theme.SYSTEM, Qt.ColorScheme.Light) is LIGHT
    assert colors_for(Theme.SYSTEM, Qt.ColorScheme.Unknown) is LIGHT
    assert colors_for(Theme.LIGHT, Qt.ColorScheme.Dark) is LIGHT  # a chosen theme stays
    assert "px" not in "".join(
        line for line in qapp.styleSheet().splitlines() if "font-size" in line
    )


def test_type_scale_and_grid_grow_with_the_base_font(qapp: QApplication) -> None:
    base = qapp.font()
    title = role_font(TextRole.TITLE, base)
    caption = role_font(TextRole.CAPTION, base)
    assert title.pointSizeF() == pytest.approx(base.pointSizeF() * 1.6)
    assert caption.pointSizeF() == pytest.approx(base.pointSizeF() * 0.85)
    assert grid_unit(base) % 8 == 0
    large = base
    large.setPointSizeF(base.pointSizeF() * 2)
    assert grid_unit(large) >= 2 * 8


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_GB", "d MMMM yyyy"),
        ("de_DE", "d. MMMM yyyy"),
        ("hu_HU", "yyyy. MMMM d."),
        ("ro_RO", "d MMMM yyyy"),
    ],
)
def test_long_dates_drop_the_weekday(locale: str, expected: str) -> None:
    assert long_date_format(QLocale(locale)) == expected


def test_fhir_dates_keep_their_precision() -> None:
    romanian = QLocale("ro_RO")
    assert format_fhir_date("1968", romanian) == "1968"
    assert format_fhir_date("1968-04", romanian) == romanian.toString(
        QDate(1968, 4, 1), "MMMM yyyy"
    )
    assert format_fhir_date("1968-04-02", romanian) == "2 aprilie 1968"
    assert format_fhir_date(None) is None


def test_resource_types_are_counted_in_plain_kinds() -> None:
    counts = {
        "Patient": 1,
        "Condition": 2,
        "MedicationAdministration": 4,
        "Observation": 9,
        "Procedure": 1,
        "AllergyIntolerance": 1,
        "DocumentReference": 2,
        "Organization": 1,
        "Encounter": 3,
    }
    assert count_by_kind(counts) == (
        (Kind.CONDITIONS, 2),
        (Kind.MEDICINES_GIVEN, 4),
        (Kind.TEST_RESULTS, 9),
        (Kind.PROCEDURES, 1),
        (Kind.ALLERGIES, 1),
        (Kind.DOCUMENTS, 2),
        (Kind.OTHER, 4),
    )
