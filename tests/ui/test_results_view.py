"""The Results view on the demo: the tests in a searchable list, the chart's points, normal range
and treatment bands, the table beside it (the same values), limits ("< 5") and results in words."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QLocale, QPointF, Qt, QTimeZone
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.record.results import ResultSeries
from ecan_desktop.settings import Theme
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.boxed_list import SUBTITLE_ROLE
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.record_frame import RESULTS
from ecan_desktop.ui.theme import DARK, LIGHT, apply_theme
from ecan_desktop.ui.views.result_values import date_text, epoch_ms, format_number
from ecan_desktop.ui.views.results import EMPTY, ResultsView
from ecan_desktop.ui.views.results_chart import Band
from ecan_desktop.ui.views.results_chart_colours import contrast, mark_colour
from ecan_desktop.ui.views.results_models import DATE, FLAG, NOTE, RESULT, UNIT
from ecan_desktop.vault.profiles import ProfileStore
from ecan_desktop.vault.records import NewSource
from tests.ui.conftest import AddProfile, patient_resources, show_window, unlock

LOINC = "http://loinc.org"
CA153 = "CA 15-3"
NEUTROPHILS = "Neutrofile (număr absolut)"
HAEMOGLOBIN = "Hemoglobină"


def ca153(resource_id: str, day: str, **value: Any) -> dict[str, Any]:
    """A CA 15-3 result from another laboratory (the demo's own have plain numbers)."""
    return {
        "resourceType": "Observation",
        "id": resource_id,
        "status": "final",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "laboratory",
                    }
                ]
            }
        ],
        "code": {"coding": [{"system": LOINC, "code": "6875-9", "display": "CA 15-3"}]},
        "effectiveDateTime": day,
        **value,
    }


LIMIT = ca153(
    "lab-limit",
    "2025-05-20",
    valueQuantity={
        "value": 5,
        "comparator": "<",
        "unit": "U/mL",
        "system": "http://unitsofmeasure.org",
        "code": "U/mL",
    },
)
IN_WORDS = ca153("lab-words", "2025-06-20", valueString="Haemolysed sample, not measured")
OTHER_UNIT = ca153(
    "lab-unit",
    "2025-07-20",
    valueQuantity={
        "value": 20,
        "unit": "kU/L",
        "system": "http://unitsofmeasure.org",
        "code": "kU/L",
    },
)


def results_view(qtbot: QtBot, window: AppWindow) -> ResultsView:
    frame = window.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=15_000)
    frame.show_view(RESULTS)
    view = frame.results_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


@pytest.fixture(autouse=True)
def us_english() -> None:
    """Dates as an American English desktop writes them (the test machine's may differ)."""
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def demo(qtbot: QtBot, context: AppContext, store: ProfileStore) -> ResultsView:
    created = create_demo_profile(store)
    with store.unlock(created.info.id, DEMO_PASSPHRASE) as opened:
        opened.vault.put_batch(
            NewSource(
                kind="file",
                origin="centre:Laborator Test",
                centre_name="Laborator Test",
                centre_country="RO",
                file_name="lab.json",
                imported_at="2025-07-01T09:00:00Z",
            ),
            [LIMIT, IN_WORDS, OTHER_UNIT],
        )
    window = show_window(qtbot, context)
    unlock(qtbot, window, created.info.label, DEMO_PASSPHRASE)
    return results_view(qtbot, window)


def names(view: ResultsView) -> list[str]:
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def series(view: ResultsView, name: str) -> ResultSeries:
    found = next(s for s in view._series if s.name == name)
    view.select_series(found)
    return found


def day_of(ms: float) -> str:
    return (
        QDateTime.fromMSecsSinceEpoch(round(ms), QTimeZone.utc())
        .date()
        .toString(Qt.DateFormat.ISODate)
    )


def test_the_tests_are_listed_with_their_latest_result_and_can_be_searched(
    qtbot: QtBot, demo: ResultsView
) -> None:
    view = demo
    assert names(view) == [
        CA153,
        "Greutate",
        HAEMOGLOBIN,
        "Leucocite",
        NEUTROPHILS,
        "Suprafață corporală",
        "Trombocite",
        "Înălțime",
    ]
    ca = view.proxy.index(0, 0).data(SUBTITLE_ROLE)
    assert ca.startswith("16.1 U/mL · Nov 16, 2026 · 15 results")
    # The view opens on a chart: the blood test with the most results.
    assert view.name.text() == HAEMOGLOBIN
    assert view.list.currentIndex().data() == HAEMOGLOBIN
    assert len(view.chart.value_series[0].points()) == 18

    view.search.setText("trom")
    assert names(view) == ["Trombocite"]
    assert not view.no_match.isVisible()
    view.search.setText("6875-9")  # the LOINC code finds it too
    assert names(view) == [CA153]
    view.search.setText("xyz")
    assert names(view) == []
    assert view.no_match.isVisible()
    assert view.no_match.text() == "No test matches “xyz”."


def test_the_chart_draws_every_result_on_its_date_with_the_normal_range(
    demo: ResultsView,
) -> None:
    view = demo
    found = series(view, NEUTROPHILS)
    assert view.name.text() == NEUTROPHILS
    assert view.summary.text() == (
        "18 results from February 14, 2024 to November 16, 2026 · normal range 2 to 7 10⁹/L"
    )
    (line,) = view.chart.value_series
    drawn = [(day_of(p.x()), p.y()) for p in line.points()]
    assert drawn == [(p.date[:10], p.value.number) for p in found.points]
    assert len(view.chart.marker_series[0].points()) == 18
    # The normal range is a band from 2 to 7 across the whole chart.
    assert view.chart.range_values == Band(2.0, 7.0)
    band = view.chart.range_band
    assert band is not None
    assert {p.y() for p in band.upperSeries().points()} == {7.0}
    assert {p.y() for p in band.lowerSeries().points()} == {2.0}
    assert "Normal range (2 to 7 10⁹/L)" in view.legend.text()
    assert view.chart.y_axis.titleText() == "10⁹/L"
    # Hovering a point says what, when and who.
    tip = view.chart.tooltip_text(view.chart.traces[0], 0)
    assert tip.splitlines() == [
        "4.4 10⁹/L",
        "February 14, 2024",
        "Reported by Institutul Oncologic So… · RO",
    ]


def test_the_chemotherapy_is_shaded_so_the_nadir_shows(demo: ResultsView) -> None:
    view = demo
    found = series(view, NEUTROPHILS)
    bands = view.chart.treatment_bands
    spans = [
        (day_of(b.upperSeries().points()[0].x()), day_of(b.upperSeries().points()[-1].x()))
        for b in bands
    ]
    assert spans[0] == ("2024-04-02", "2024-09-10")  # AC then paclitaxel: line 1
    assert spans[2] == ("2024-09-23", "2024-11-04")  # radiotherapy in Vienna
    assert spans[1][0] == "2024-11-18"  # tamoxifen, still taken: to the end of the chart
    legend = view.legend.text()
    assert "Cancer medicines, line 1: doxorubicin, cyclophosphamide, paclitaxel" in legend
    assert "Cancer medicines, line 2: tamoxifen" in legend
    assert "Radiotherapy" in legend
    # The lowest count falls inside the chemotherapy band.
    nadir = min(found.points, key=lambda p: p.value.number or 0.0)
    assert spans[0][0] <= nadir.date[:10] <= spans[0][1]


def test_the_table_holds_the_same_values_as_the_chart_newest_first(demo: ResultsView) -> None:
    view = demo
    series(view, HAEMOGLOBIN)
    (line,) = view.chart.value_series
    points = line.points()
    table = view.table_model
    assert table.rowCount() == len(points) == 18
    assert view.table.isColumnHidden(NOTE)  # every result is in the chart
    for row in range(table.rowCount()):
        point = points[len(points) - 1 - row]
        result = table.index(row, RESULT).data()
        assert float(result) == point.y()
        assert table.index(row, UNIT).data() == "g/dL"
    assert table.index(0, DATE).data() == "November 16, 2026"
    flags = [table.index(r, FLAG).data() for r in range(table.rowCount())]
    assert "↓ Low" in flags  # during chemotherapy


def test_limits_words_and_other_units_are_in_the_table(demo: ResultsView) -> None:
    view = demo
    found = series(view, CA153)
    assert len(found.points) == 15
    table = view.table_model
    rows = {table.index(r, DATE).data(): r for r in range(table.rowCount())}
    limit = rows["May 20, 2025"]
    assert table.index(limit, RESULT).data() == "< 5"
    assert table.index(limit, UNIT).data() == "U/mL"
    assert table.index(limit, NOTE).data() == ""
    words = rows["June 20, 2025"]
    assert table.index(words, RESULT).data() == "Haemolysed sample, not measured"
    assert table.index(words, NOTE).data() == "Not in the chart: not a number"
    assert not view.table.isColumnHidden(NOTE)
    other = rows["July 20, 2025"]
    assert (table.index(other, RESULT).data(), table.index(other, UNIT).data()) == ("20", "kU/L")
    assert table.index(other, NOTE).data() == "Not in the chart: another unit"
    # The chart: 13 numbers in U/mL, the limit with its own marker; sentences say what is not.
    assert len(view.chart.value_series[0].points()) == 13
    assert view.chart.limit_series is not None
    assert [p.y() for p in view.chart.limit_series.points()] == [5.0]
    assert "Given as a limit" in view.legend.text()
    assert view.notes.isVisible()
    assert view.notes.text().splitlines() == [
        "1 result in words, not numbers: in the table only.",
        "1 result in another unit (kU/L): in the table only. The chart shows U/mL.",
    ]


def test_no_results_shows_how_to_get_them(
    qtbot: QtBot,
    context: AppContext,
    add_profile: AddProfile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(file_dialogs, "choose_files_to_import", lambda parent: [])
    add_profile("Mum", resources=patient_resources())
    window = show_window(qtbot, context)
    unlock(qtbot, window, "Mum")
    frame = window.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=15_000)
    frame.show_view(RESULTS)
    view = frame.results_view
    assert view.stack.currentIndex() == EMPTY
    assert view.empty.title.text() == "No test results yet"
    assert view.empty.button.text() == "Import summary"
    with qtbot.waitSignal(view.import_requested):
        qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)


def test_the_chart_follows_the_theme(qtbot: QtBot, demo: ResultsView, qapp: QApplication) -> None:
    view = demo
    light = view.chart.chart().backgroundBrush().color().name()
    assert light == LIGHT.base
    apply_theme(qapp, Theme.DARK)
    assert view.chart.chart().backgroundBrush().color().name() == DARK.base
    assert view.chart.x_axis.labelsBrush().color().name() == DARK.text
    # The lines and the legend's symbols are drawn again once the theme reached every widget.
    qtbot.waitUntil(lambda: view.chart.value_series[0].pen().color().name() == DARK.link)
    assert DARK.link in view.legend.text()
    assert len(view.chart.value_series[0].points()) == 18


def test_locking_leaves_nothing_of_the_results_on_screen(demo: ResultsView) -> None:
    view = demo
    window = view.window()
    assert isinstance(window, AppWindow)
    window.record_frame.lock()
    assert view.model.rowCount() == 0
    assert view.table_model.rowCount() == 0
    assert view.chart.value_series == [] and view.chart.treatment_bands == []
    assert (view.name.text(), view.summary.text(), view.legend.text()) == ("", "", "")
    assert view.stack.currentIndex() == EMPTY


def circled(view: ResultsView) -> list[tuple[float, float]]:
    assert view.chart.mark_series is not None
    return view.chart.points_of(view.chart.mark_series)


def table_rows(view: ResultsView) -> dict[str, int]:
    table = view.table_model
    return {table.index(r, DATE).data(): r for r in range(table.rowCount())}


def test_choosing_a_row_circles_its_point_in_the_chart(qtbot: QtBot, demo: ResultsView) -> None:
    view = demo
    found = series(view, NEUTROPHILS)
    assert circled(view) == []
    assert view.marked.text().startswith("Choose a result in the table")
    # The lowest count (the nadir during chemotherapy), chosen with the mouse.
    nadir = min(found.points, key=lambda p: p.value.number or 0.0)
    row = view.table_model.table_row(found.points.index(nadir))
    view.table.scrollTo(view.table_model.index(row, RESULT))
    rect = view.table.visualRect(view.table_model.index(row, RESULT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert circled(view) == [(epoch_ms(nadir.date), nadir.value.number)]
    words = view.table_model.row_text(row)
    assert words.startswith(view.table_model.index(row, DATE).data())
    assert "↓ Low" in words
    assert view.marked.text() == f"Circled in the chart: {words}"
    assert view.chart.accessibleDescription() == view.marked.text()
    # With the keyboard: the next row down is the result before it.
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    before = found.points[found.points.index(nadir) - 1]
    assert circled(view) == [(epoch_ms(before.date), before.value.number)]


def test_the_ring_is_on_the_known_demo_value(demo: ResultsView) -> None:
    view = demo
    found = series(view, HAEMOGLOBIN)
    newest = found.points[-1]
    assert newest.date[:10] == "2026-11-16"
    assert view.table_model.row_text(0) == (
        "November 16, 2026, 13.4 g/dL, Institutul Oncologic Someș, Cluj-Napoca · RO"
    )
    view.table.selectRow(0)  # the newest result is the table's first row
    assert circled(view) == [(epoch_ms(newest.date), 13.4)]
    assert circled(view)[0] == view.chart.points_of(view.chart.value_series[0])[-1]
    assert view.chart.marked_row == len(found.points) - 1


def test_clicking_a_point_chooses_its_row(demo: ResultsView) -> None:
    view = demo
    found = series(view, NEUTROPHILS)
    trace = view.chart.traces[0]
    (dots,) = view.chart.marker_series
    point = dots.points()[3]  # the fourth result, as the scatter series gives it on a click
    view.chart.choose_point(trace, QPointF(point))
    row = view.table_model.table_row(3)
    assert view.table.selectionModel().selectedRows()[0].row() == row
    assert view.table.currentIndex().row() == row
    assert view.table.hasFocus()  # the arrows go on from the result clicked
    assert view.table_model.index(row, DATE).data() == date_text(found.points[3].date)
    assert view.table_model.index(row, RESULT).data() == format_number(point.y())
    assert circled(view) == [(point.x(), point.y())]
    # A click on the line between two results chooses the nearer one.
    later = dots.points()[4]
    view.chart.choose_point(trace, QPointF(point.x() + (later.x() - point.x()) * 0.8, 0))
    assert view.table.currentIndex().row() == view.table_model.table_row(4)
    assert circled(view) == [(later.x(), later.y())]


def test_a_result_in_words_circles_nothing(demo: ResultsView) -> None:
    view = demo
    series(view, CA153)
    rows = table_rows(view)
    view.table.selectRow(rows["May 20, 2025"])  # "< 5": drawn, with its own marker
    assert circled(view) == [(epoch_ms("2025-05-20"), 5.0)]
    view.table.selectRow(rows["June 20, 2025"])
    assert circled(view) == []
    assert view.marked.text() == (
        "Not in the chart: June 20, 2025, Haemolysed sample, not measured, Laborator Test · RO"
    )
    assert view.chart.accessibleDescription() == view.marked.text()
    view.table.selectRow(rows["July 20, 2025"])  # another unit
    assert circled(view) == []


def test_the_ring_follows_the_theme_and_another_test_clears_it(
    qtbot: QtBot, demo: ResultsView, qapp: QApplication
) -> None:
    view = demo
    view.table.selectRow(0)
    ring = view.chart.mark_series
    assert ring is not None
    assert ring.pen().color().name() == LIGHT.highlight
    apply_theme(qapp, Theme.DARK)
    qtbot.waitUntil(lambda: view.chart.mark_series is not ring)
    assert view.chart.mark_series is not None
    ring_colour = view.chart.mark_series.pen().color()
    assert ring_colour == mark_colour(DARK)  # the highlight, lighter: 3 : 1 on the dark chart
    assert contrast(ring_colour, QColor(DARK.base)) >= 3.0
    assert len(circled(view)) == 1  # still on the chosen result
    view.table.selectRow(view.table_model.rowCount() - 1)  # the oldest, at the bottom
    series(view, NEUTROPHILS)
    assert circled(view) == []
    assert view.table.selectionModel().selectedRows() == []
    assert view.table.rowAt(0) == 0  # the new test's table starts at its newest result
