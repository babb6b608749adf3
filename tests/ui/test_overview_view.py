"""The Overview: the demo's emergency facts (the allergy with its criticality, the medicine taken
now, the active cancer with its stage, the treatment under way, the port, the warnings in the
printed summary's words), the next follow-ups, the latest results with their flags, the source
chips; the details on a click or Enter; "See all"; the empty record with its Import button; the
calm state before the record arrives; alerts the centres set; two columns or one; 200 % text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.importers.file import read_file
from ecan_desktop.record.codes import Code, Concept
from ecan_desktop.record.quantities import Quantity, ReferenceRange, Value
from ecan_desktop.record.results import ResultPoint, ResultSeries
from ecan_desktop.settings import Settings
from ecan_desktop.summary.data import read_summary_data
from ecan_desktop.summary.labels import Labels
from ecan_desktop.summary.pdf_words import warning_text
from ecan_desktop.summary.warnings import derive_warnings
from ecan_desktop.terminology import load_terminology
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.appearance import apply_appearance
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.locale_format import format_fhir_date
from ecan_desktop.ui.record_frame import (
    ALLERGIES,
    JOURNEY,
    MEDICATIONS,
    OVERVIEW,
    RESULTS,
    SOURCES,
    TREATMENTS,
)
from ecan_desktop.ui.views import overview as overview_module
from ecan_desktop.ui.views.overview import OverviewView
from ecan_desktop.ui.views.overview_format import labels_for
from ecan_desktop.ui.views.overview_next import NextWords
from ecan_desktop.ui.views.overview_picks import LatestResult, result_flag
from ecan_desktop.ui.views.overview_rows import FactRow
from ecan_desktop.vault.profiles import ProfileStore
from tests.conftest import SHARED_DATA
from tests.ui.conftest import PASSPHRASE, AddProfile, patient_resources, show_window, unlock
from tests.ui.test_settings import clipped

RO = "Institutul Oncologic So… · RO"
AT = "Onkologiezentrum Wiener… · AT"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
TODAY = date(2026, 12, 1)  # the demo's story ends in November 2026


@pytest.fixture(autouse=True)
def us_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dates as in the app in US English, and a fixed "today" for "upcoming"."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    monkeypatch.setattr(OverviewView, "clock", staticmethod(lambda: TODAY))
    yield


def open_overview(qtbot: QtBot, context: AppContext, label: str, passphrase: str) -> AppWindow:
    win = show_window(qtbot, context)
    unlock(qtbot, win, label, passphrase)
    view = win.record_frame.overview_view
    qtbot.waitUntil(lambda: view.state in ("record", "empty"), timeout=30_000)
    return win


def demo(qtbot: QtBot, context: AppContext, store: ProfileStore) -> OverviewView:
    label = create_demo_profile(store).info.label
    return open_overview(qtbot, context, label, DEMO_PASSPHRASE).record_frame.overview_view


def rows(view: OverviewView, section: str) -> list[FactRow]:
    return view.sections[section].rows


def texts(view: OverviewView, section: str) -> list[list[str]]:
    return [row.texts() for row in rows(view, section)]


def test_the_emergency_facts_come_first_with_dates_and_sources(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = demo(qtbot, context, store)
    assert view.state == "record"
    assert view.title.text() == "Overview"
    assert view.emergency_title.text() == "For any doctor"

    allergy = rows(view, "allergies")
    assert [r.title.text() for r in allergy] == ["Penicillin"]
    assert allergy[0].badge is not None and allergy[0].badge.text() == "High risk"
    # Not colour alone: an icon and a word, and the word in the danger colour.
    assert not allergy[0].badge.icon.pixmap().isNull()
    assert allergy[0].badge.word.property("tone") == "danger"
    assert [line.text() for line in allergy[0].lines] == ["Reaction: Anaphylaxis (severe)"]
    assert allergy[0].meta.text() == "Since July 1998"
    assert allergy[0].chip_texts == [RO, AT]

    assert texts(view, "medications") == [
        ["Tamoxifen", "20 mg oral, o dată pe zi", f"Since {format_fhir_date('2024-11-18')}"]
    ]
    assert rows(view, "medications")[0].chip_texts == [RO]

    assert texts(view, "cancer") == [
        [
            "Carcinom invaziv NST (ductal), sân stâng, cadran supero-extern",
            "Stage IIB (pathological, AJCC, edition 8) pT2 pN1a cM0",
            f"Diagnosed {format_fhir_date('2024-02-14')} · ICD-10 C50.4 · ICD-O-3 8500/3",
        ]
    ]
    assert rows(view, "cancer")[0].chip_texts == [RO, AT]

    assert texts(view, "treatment") == [["Line 2: Tamoxifen", "Since November 18, 2024"]]
    assert texts(view, "devices") == [
        [
            "Implanted venous access port",
            "Cameră port implantabilă (port-a-cath), cateter 8 Fr",
            "Where: Regiunea subclaviculară dreaptă",
            "Since April 1, 2024",
        ]
    ]
    # Every emergency section says where to see all of it.
    links = {
        key: view.sections[key].see_all_button
        for key in ("allergies", "medications", "cancer", "treatment")
    }
    assert all(b is not None and b.text() == "See all" for b in links.values())


def test_the_warnings_say_what_the_printed_summary_says(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    created = create_demo_profile(store)
    with store.unlock(created.info.id, DEMO_PASSPHRASE) as opened:
        data = read_summary_data(opened.vault)
    printed = {
        w.rule: warning_text(Labels(["en"]), data, w).first
        for w in derive_warnings(data.record, TODAY, load_terminology())
    }
    view = open_overview(
        qtbot, context, created.info.label, DEMO_PASSPHRASE
    ).record_frame.overview_view

    alerts = rows(view, "alerts")
    assert [r.title.text() for r in alerts] == [
        "Heart: anthracyclines and radiotherapy near it",
        "Implanted port",
    ]
    assert all(r.badge is not None and r.badge.text() == "Important" for r in alerts)
    heart, port = (r.lines[0].text() for r in alerts)
    assert heart == printed["anthracycline_chest_rt"]
    assert heart.startswith("Anthracyclines (240 mg/m² doxorubicin-equivalent) and radiotherapy")
    # The same sentence; the date in the app's format, the source's words without a language tag.
    assert printed["venous_port"].startswith(
        "Implanted venous access port (Regiunea subclaviculară dreaptă [ro]; since 2024-04-01)"
    )
    assert port.startswith(
        "Implanted venous access port (Regiunea subclaviculară dreaptă; since April 1, 2024)"
    )
    assert alerts[0].chip_texts == [RO, AT]


def test_next_follow_ups_and_the_latest_results(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = demo(qtbot, context, store)
    follow = rows(view, "follow-ups")
    assert follow[0].texts() == [
        "Mamografie bilaterală de control (anuală)",
        "In 5 months",
        "Appointment booked",
        "May 10, 2027, 8:30\u202fAM",  # a narrow no-break space, as Qt writes it
    ]
    assert follow[0].chip_texts == [RO]
    plan = follow[1]
    assert plan.title.text() == "Plan de urmărire — cancer mamar stâng"
    lines = [line.text() for line in plan.lines]
    assert "Consult oncologic cu examen clinic la 6 luni: every 6 months" in lines
    assert "Mamografie bilaterală anuală: every year" in lines
    assert plan.meta.text() == "Until November 18, 2029"
    assert not view.sections["follow-ups"].more.isVisibleTo(view)  # one is upcoming

    results = {r.title.text(): r for r in rows(view, "results")}
    assert len(results) == 6
    ca153 = results["CA 15-3"]
    assert ca153.texts() == [
        "CA 15-3",
        "16.1 U/mL",
        "Normal",
        "Normal range: < 30 U/mL",
        "November 16, 2026",
    ]
    assert ca153.badge is not None and ca153.badge.word.property("tone") == "success"
    assert results["Hemoglobină"].value is not None
    assert results["Hemoglobină"].value.text() == "13.4 g/dL"
    assert results["Trombocite"].value is not None
    assert results["Trombocite"].value.text() == "255 10^9/L"
    assert ca153.chip_texts == [RO]
    # Blood tests first (the latest day), then the rest; the link counts them all.
    assert list(results)[-1] == "Suprafață corporală"
    button = view.sections["results"].see_all_button
    assert button is not None and button.text() == "See all 8"


def test_what_is_in_the_record_and_where_it_came_from(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = demo(qtbot, context, store)
    counts = view.count_lines()
    assert ("Allergies", 2) in counts and ("Medicines given", 20) in counts
    total = sum(n for _, n in counts)
    assert view.contents_total.text() == f"{total} items in total"
    assert view.counts_line.text().startswith("Conditions (diagnoses): 2 · Medicines given: 20")
    assert view.sources_line.text() == (
        "Imported from: Institutul Oncologic Someș, Cluj-Napoca · RO, "
        "Onkologiezentrum Wienerwald, Wien · AT"
    )


def test_a_fact_opens_its_details_with_a_click_or_enter(
    qtbot: QtBot, context: AppContext, store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def show_item_details(parent: Any, ctx: Any, data: Any, item_id: str) -> None:
        opened.append(item_id)

    monkeypatch.setattr(overview_module, "show_item_details", show_item_details)
    view = demo(qtbot, context, store)
    allergy = rows(view, "allergies")[0]
    qtbot.mouseClick(allergy, Qt.MouseButton.LeftButton)
    assert opened == [allergy.content.item_id]
    assert opened[0].startswith("allergy:")
    device = rows(view, "devices")[0]
    device.setFocus()
    qtbot.keyClick(device, Qt.Key.Key_Return)
    assert opened[-1].startswith("device:")
    assert device.accessibleName() == "Implanted venous access port"
    assert "Reported by Institutul Oncologic So… · RO" in device.accessibleDescription()
    # A warning is no item of the record: it opens nothing and takes no focus.
    warning = rows(view, "alerts")[0]
    assert warning.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(warning, Qt.MouseButton.LeftButton)
    assert len(opened) == 2


@pytest.mark.parametrize(
    ("section", "view_index"),
    [
        ("allergies", ALLERGIES),
        ("medications", MEDICATIONS),
        ("cancer", JOURNEY),
        ("treatment", TREATMENTS),
        ("alerts", ALLERGIES),
        ("follow-ups", JOURNEY),
        ("results", RESULTS),
        ("contents", SOURCES),
    ],
)
def test_see_all_opens_the_view_with_everything(
    qtbot: QtBot, context: AppContext, store: ProfileStore, section: str, view_index: int
) -> None:
    view = demo(qtbot, context, store)
    frame = view.window().record_frame  # type: ignore[attr-defined]
    button = view.sections[section].see_all_button
    assert button is not None and button.accessibleName().startswith("See ")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert frame.current_view() == view_index
    frame.show_view(OVERVIEW)
    assert frame.current_view() == OVERVIEW


def test_an_empty_record_says_so_and_offers_import(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []
    monkeypatch.setattr(file_dialogs, "choose_files_to_import", lambda parent: asked.append(1))
    add_profile("New")
    view = open_overview(qtbot, context, "New", PASSPHRASE).record_frame.overview_view
    assert view.state == "empty"
    assert view.empty_card.isVisible() and not view.content.isVisible()
    assert view.empty_title.text() == "Your record is empty"
    assert view.empty_text.text().startswith("Nothing has been imported into this profile yet.")
    assert view.import_button.text() == "Import summary"
    assert view.import_button.property("primary") is True
    with qtbot.waitSignal(view.import_requested):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert asked == [1]  # the record window asked which files to import


def test_empty_sections_say_so_plainly(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum", resources=patient_resources())
    view = open_overview(qtbot, context, "Mum", PASSPHRASE).record_frame.overview_view
    assert view.state == "record"
    empty = {key: s.empty.text() for key, s in view.sections.items() if s.empty.isVisibleTo(view)}
    assert empty["allergies"] == "No allergies recorded. Tell every doctor about any you have."
    assert empty["medications"] == "No current medicines recorded. Tell every doctor what you take."
    assert empty["cancer"] == "No active cancer recorded."
    assert empty["devices"] == "No devices recorded, such as a port."
    assert empty["alerts"] == "No alerts follow from what your record holds."
    assert empty["follow-ups"].startswith("No upcoming appointments are recorded.")
    assert view.count_lines() == [
        ("Conditions (diagnoses)", 2),
        ("Medicines given", 1),
        ("Test results", 3),
        ("Other records", 1),
    ]


def test_before_the_record_arrives_it_is_being_read(qtbot: QtBot, context: AppContext) -> None:
    view = OverviewView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.state == "loading"
    assert view.loading_text.text() == "Reading your record…"
    assert view.loading.isVisible() and not view.content.isVisible()
    assert not view.empty_card.isVisible()


def test_alerts_the_centre_set_show_while_active(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    def flag(fhir_id: str, status: str, words: str) -> dict[str, Any]:
        return {
            "resourceType": "Flag",
            "id": fhir_id,
            "status": status,
            "code": {"text": words},
            "period": {"start": "2025-01-10"},
            "subject": {"reference": "Patient/p1"},
        }

    resources = [
        *patient_resources(),
        flag("f1", "active", "Difficult venous access"),
        flag("f2", "inactive", "Isolation needed"),
    ]
    add_profile("Mum", resources=resources)
    view = open_overview(qtbot, context, "Mum", PASSPHRASE).record_frame.overview_view
    qtbot.waitUntil(lambda: bool(rows(view, "alerts")))
    assert texts(view, "alerts") == [["Difficult venous access", "Alert", "January 10, 2025"]]
    assert rows(view, "alerts")[0].chip_texts == ["Spitalul Județean Test · RO"]


def test_two_columns_in_a_wide_window_and_one_in_a_narrow_one(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = demo(qtbot, context, store)
    window = view.window()
    assert view.two_columns
    emergency = view.emergency_card
    assert emergency.geometry().right() < view.side.geometry().left()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: not view.two_columns)
    qtbot.waitUntil(lambda: emergency.geometry().bottom() < view.side.geometry().top())
    # The emergency facts are on screen without scrolling in the usual window.
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: view.two_columns)
    qtbot.wait(50)
    devices = view.sections["devices"].rows[0]
    bottom = devices.mapTo(view.page.viewport(), devices.rect().bottomLeft()).y()
    assert bottom <= view.page.viewport().height()


def test_nothing_is_cut_off_with_twice_the_text_size(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = demo(qtbot, context, store)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, Settings(text_scale=200))
    qtbot.wait(50)
    assert not view.two_columns  # the facts take the whole width
    assert clipped(view) == []
    # Nothing runs off the right edge (the chips wrap instead).
    viewport = view.page.viewport()
    for row in view.findChildren(FactRow):
        if row.isVisibleTo(view):
            right = row.mapTo(viewport, row.rect().topRight()).x()
            assert right <= viewport.width(), row.title.text()


def test_the_warnings_follow_the_apps_language(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = demo(qtbot, context, store)
    window = view.window()
    assert isinstance(window, AppWindow)
    window.set_language("ro")
    romanian = Labels(["ro"]).one("ro", "warning.venous_port", site="x", date="y")
    start = romanian.split("(", 1)[0]
    qtbot.waitUntil(lambda: rows(view, "alerts")[1].lines[0].text().startswith(start))
    assert rows(view, "allergies")[0].title.text() == "Penicilină"
    window.set_language("en")
    qtbot.waitUntil(lambda: rows(view, "allergies")[0].title.text() == "Penicillin")


def test_a_large_real_record_keeps_its_emergency_facts_on_screen(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    """Synthea's Sherman McGlynn: four cancers, seven medicines, chemotherapy recorded as
    ongoing (the summary's neutropenic sepsis rule applies)."""
    found = sorted((SHARED_DATA / "synthea").glob("Sherman_McGlynn*.json"))
    if not found:
        pytest.skip("../shared/data/synthea is not here")
    created = store.create("Files", PASSPHRASE)
    with store.unlock(created.info.id, PASSPHRASE) as opened:
        batch = read_file(found[0])
        opened.vault.put_batch(batch.source, batch.resources, full_urls=batch.full_urls)
    view = open_overview(qtbot, context, "Files", PASSPHRASE).record_frame.overview_view
    assert [b.text() for b in (view.sections["cancer"].see_all_button,) if b] == ["See all 4"]
    assert len(rows(view, "cancer")) == 3
    assert rows(view, "cancer")[0].meta.text().endswith("· Stage not recorded")
    medicines = view.sections["medications"].see_all_button
    assert medicines is not None and medicines.text() == "See all 7"
    assert [r.title.text() for r in rows(view, "medications")][:2] == ["Docetaxel", "Leuprorelin"]
    assert texts(view, "treatment")[0][0] == "Line 1: Docetaxel, Leuprorelin"
    alert = rows(view, "alerts")[0]
    assert alert.title.text() == "Risk of a serious infection after chemotherapy"
    assert alert.badge is not None and alert.badge.text() == "Urgent"
    assert view.sections["allergies"].empty.isVisibleTo(view)
    # Every emergency section starts on screen in the usual window.
    qtbot.wait(50)
    viewport = view.page.viewport()
    devices = view.sections["devices"]
    assert devices.mapTo(viewport, devices.rect().topLeft()).y() < viewport.height()


def _series(value: float | None, *, comparator: str | None = None, flag: str = "") -> Any:
    unit = "10*9/L"
    point = ResultPoint(
        row_ids=(1,),
        sources=(),
        date="2024-05-07",
        value=Value("quantity", quantity=Quantity(value, "10^9/L", unit, comparator)),
        components=(),
        interpretation=(Concept((Code(INTERPRETATION, flag),)),) if flag else (),
        reference_ranges=(
            ReferenceRange(Quantity(2.0, "10^9/L", unit), Quantity(7.0, "10^9/L", unit)),
        ),
        status="final",
        notes=(),
    )
    return ResultSeries(
        id="results:1",
        row_ids=(1,),
        sources=(),
        key="neutrophils",
        name="Neutrophils",
        code=None,
        category="laboratory",
        unit=unit,
        reference_range=None,
        tumour_marker=False,
        points=(point,),
    )


@pytest.mark.parametrize(
    ("value", "comparator", "flag", "word"),
    [
        (0.6, None, "", "Low"),  # the nadir after chemotherapy
        (9.5, None, "", "High"),
        (3.5, None, "", "Normal"),
        (1.0, "<", "", None),  # "< 1": the range cannot say; nobody else does either
        (1.0, "<", "L", "Low"),  # the source's interpretation then
    ],
)
def test_a_result_is_flagged_against_its_range_in_words(
    qtbot: QtBot, value: float, comparator: str | None, flag: str, word: str | None
) -> None:
    series = _series(value, comparator=comparator, flag=flag)
    latest = LatestResult(series, series.points[0], result_flag(series, series.points[0]))
    row = NextWords(labels_for("en")).result(latest)
    assert (row.badge.word if row.badge else None) == word
    if word in ("Low", "High"):
        assert row.badge is not None and row.badge.tone == "danger"
        assert row.badge.icon == "warning-circle"
    assert row.value == f"{'<' if comparator else ''}{value:g} 10^9/L"
    assert row.lines == ("Normal range: 2\u20137 10^9/L",)
