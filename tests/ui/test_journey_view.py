"""The Cancer journey view: year headers, events with their key numbers and source chips, the
filters by kind and by source, details on a click or Enter, the symptoms and notes the patient
entered, and the empty state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ecan_desktop.entries.resources import EntryInput, NoteInput, SymptomInput
from ecan_desktop.entries.save import save_entry
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.language import apply_language
from ecan_desktop.ui.record_frame import JOURNEY
from ecan_desktop.ui.tasks import CancelToken, Progress
from ecan_desktop.ui.views import journey as journey_module
from ecan_desktop.ui.views.item_details import ItemDetailsDialog
from ecan_desktop.ui.views.journey import EMPTY, LIST, NO_MATCH, JourneyView
from ecan_desktop.ui.views.journey_model import (
    DATE_ROLE,
    HEADER_ROLE,
    ICON_ROLE,
    ITEM_ID_ROLE,
    SOURCES_ROLE,
    SUBTITLE_ROLE,
    UNTIL_ROLE,
)
from ecan_desktop.ui.views.painted_chips import chip_labels
from ecan_desktop.vault.profiles import OpenProfile, ProfileStore
from tests.ui.conftest import AddProfile, show_window, unlock, visible_dialog
from tests.ui.treatment_record_windows import demo_window, file_window, shared_file

RO = "Institutul Oncologic So… · RO"
AT = "Onkologiezentrum Wiener… · AT"


@pytest.fixture(autouse=True)
def us_english() -> Iterator[None]:
    """Dates and numbers as in the app in English (the fixtures put the system's back after)."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield


def journey(qtbot: QtBot, context: AppContext, store: ProfileStore) -> JourneyView:
    win = demo_window(qtbot, context, store, JOURNEY)
    view = win.record_frame.journey_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


def rows(view: JourneyView) -> list[tuple[Any, ...]]:
    """Each row as the user reads it: ("2024",) for a year, else (date, until, title, subtitle)."""
    model = view.model
    found: list[tuple[Any, ...]] = []
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(HEADER_ROLE):
            found.append((index.data(),))
        else:
            found.append(
                (
                    index.data(DATE_ROLE),
                    index.data(UNTIL_ROLE),
                    index.data(),
                    index.data(SUBTITLE_ROLE),
                )
            )
    return found


def row_of(view: JourneyView, title: str) -> int:
    model = view.model
    return next(r for r in range(model.rowCount()) if model.index(r).data() == title)


def test_the_demo_journey_has_year_headers_and_each_event_with_its_key_numbers(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = journey(qtbot, context, store)
    assert view.stack.currentIndex() == LIST
    shown = rows(view)
    assert [r[0] for r in shown if len(r) == 1] == ["1998", "2024", "2025", "2026", "2027"]
    assert view.count.text() == "33 events"
    assert (
        "Sep 23",
        "to Nov 4",
        "Adjuvante Strahlentherapie Brust links mit Boost",
        "Radiotherapy · Brust links · 50 Gy in 25 fractions + boost 10 Gy in 5 fractions, "
        "60 Gy in total",
    ) in shown
    line = row_of(view, "Doxorubicin, cyclophosphamide, paclitaxel")
    assert shown[line][:2] == ("Apr 2", "to Sep 10")
    assert shown[line][3] == "Line 1 of cancer medicines"
    assert shown[line + 1][2:] == (
        "Doxorubicin",
        "Cancer medicine · line 1 · 4 of 4 cycles, every 21 days · 240 mg/m² in total",
    )
    assert shown[line + 2][3].endswith("· 2,400 mg/m² in total")
    assert ("Mar 19", "", "Stage IIB", "Stage · pathological · AJCC, edition 8 · pT2 pN1a cM0") in (
        shown
    )
    tamoxifen = [r for r in shown if len(r) > 1 and r[2] == "Tamoxifen"]
    assert tamoxifen == [("Nov 18", "ongoing", "Tamoxifen", "Cancer medicine · line 2")]
    mammograms = [r for r in shown if len(r) > 1 and r[2].startswith("Mamografie bilateral")]
    assert [r[3].split(" · ")[0] for r in mammograms] == [
        "Imaging",
        "Imaging",
        "Imaging",
        "Follow-up",
        "Follow-up",
    ]
    model = view.model
    assert model.index(line).data(ICON_ROLE) == "pill"
    assert model.index(row_of(view, "Stage IIB")).flags() & Qt.ItemFlag.ItemIsSelectable
    assert not model.index(0).flags() & Qt.ItemFlag.ItemIsSelectable  # the 1998 header
    assert not view.list.grab().isNull()  # every visible row paints


def test_every_event_carries_the_chips_of_its_sources(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = journey(qtbot, context, store)
    diagnosis = view.model.index(
        row_of(view, "Carcinom invaziv NST (ductal), sân stâng, cadran supero-extern")
    )
    assert [text for text, _ in chip_labels(diagnosis.data(SOURCES_ROLE))] == [RO, AT]
    spoken = diagnosis.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("February 14, 2024, Diagnosis, Carcinom invaziv NST")
    assert spoken.endswith(f"Reported by {RO} and {AT}")
    radiotherapy = view.model.index(
        row_of(view, "Adjuvante Strahlentherapie Brust links mit Boost")
    )
    assert [text for text, _ in chip_labels(radiotherapy.data(SOURCES_ROLE))] == [AT]
    assert "until November 4, 2024" in radiotherapy.data(Qt.ItemDataRole.ToolTipRole)


def test_the_filters_by_kind_and_by_source_change_the_rows(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = journey(qtbot, context, store)
    kinds = [view.kind_filter.itemText(i) for i in range(view.kind_filter.count())]
    assert kinds == [
        "All events",
        "All cancer treatments",
        "Diagnosis and stage",
        "Surgery",
        "Cancer medicines",
        "Radiotherapy",
        "Tests and scans",
        "Disease status",
        "Check-ups and plans",
        "Other events",
    ]
    sources = [view.source_filter.itemText(i) for i in range(view.source_filter.count())]
    assert sources == ["All sources", RO, AT]

    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Radiotherapy"))
    assert [r[2] if len(r) > 1 else r[0] for r in rows(view)] == [
        "2024",
        "Adjuvante Strahlentherapie Brust links mit Boost",
    ]
    assert view.count.text() == "1 of 33 events shown"

    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Cancer medicines"))
    assert [r[2] for r in rows(view) if len(r) > 1] == [
        "Doxorubicin, cyclophosphamide, paclitaxel",
        "Doxorubicin",
        "Cyclophosphamide",
        "Paclitaxel",
        "Tamoxifen",
    ]
    view.source_filter.setCurrentIndex(view.source_filter.findText(AT))
    assert view.stack.currentIndex() == NO_MATCH  # the Vienna centre gave no medicines
    assert view.no_match_text.text() == "No events match these choices."

    view.kind_filter.setCurrentIndex(view.kind_filter.findText("All events"))
    from_vienna = [r for r in rows(view) if len(r) > 1]
    assert len(from_vienna) == 6 and view.count.text() == "6 of 33 events shown"
    assert from_vienna[0][2] == "Penicilină"  # reported by both centres
    assert all(
        any(s.centre_country == "AT" for s in view.model.index(r).data(SOURCES_ROLE))
        for r in range(view.model.rowCount())
        if not view.model.index(r).data(HEADER_ROLE)
    )

    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Check-ups and plans"))
    qtbot.mouseClick(view.show_all, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == LIST
    assert (view.kind_filter.currentText(), view.source_filter.currentText()) == (
        "All events",
        "All sources",
    )
    assert view.count.text() == "33 events"


def test_a_click_or_enter_opens_the_details_of_the_event(
    qtbot: QtBot, context: AppContext, store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = journey(qtbot, context, store)
    opened: list[str] = []
    monkeypatch.setattr(
        journey_module,
        "show_item_details",
        lambda parent, ctx, data, item_id: opened.append(item_id),
    )
    index = view.model.index(row_of(view, "Doxorubicin"))
    view.list.scrollTo(index)
    qtbot.mouseClick(
        view.list.viewport(), Qt.MouseButton.LeftButton, pos=view.list.visualRect(index).center()
    )
    assert opened == [index.data(ITEM_ID_ROLE)] and opened[0].startswith("agent:")

    line = view.model.index(row_of(view, "Doxorubicin, cyclophosphamide, paclitaxel"))
    view.list.setCurrentIndex(line)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert opened[-1] == "line:1"

    # The arrow keys skip the year headers: from the last event of 1998 to the first of 2024.
    view.list.setCurrentIndex(view.model.index(1))
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert view.list.currentIndex().data() == "Mamografie bilaterală"


def test_the_details_dialog_opens_over_the_view(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = journey(qtbot, context, store)
    index = view.model.index(row_of(view, "Adjuvante Strahlentherapie Brust links mit Boost"))
    view.list.setCurrentIndex(index)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, view, QDialog)
    assert dialog.isVisible()
    dialog.reject()


def test_synthea_scans_lines_and_sessions(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    path = shared_file("synthea", "Sherman_McGlynn")
    view = file_window(qtbot, context, store, path, JOURNEY).record_frame.journey_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    assert [view.source_filter.itemText(i) for i in range(view.source_filter.count())] == [
        "All sources",
        "Sherman_McGlynn_8ef2ef9…",
    ]
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Tests and scans"))
    scans = [r for r in rows(view) if len(r) > 1 and r[3] == "Imaging"]
    assert [r[2] for r in scans] == [
        "Plain chest X-ray (procedure)",
        "Computed tomography of chest and abdomen",
        "Magnetic resonance imaging for measurement of brain volume (procedure)",
    ]
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("All cancer treatments"))
    shown = rows(view)
    assert (
        "Aug 1",
        "to Jul 15, 2012",
        "Combined chemotherapy and radiation therapy (procedure)",
        "Radiotherapy · 45 sessions",
    ) in shown
    assert ("Aug 1", "to Jul 15, 2012", "Cisplatin", "Cancer medicine · line 1") in shown
    assert ("Jan 7", "", "Prostatectomy", "Surgery") in shown


def test_an_empty_record_offers_to_import_a_summary(
    qtbot: QtBot,
    context: AppContext,
    add_profile: AddProfile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(file_dialogs, "choose_files_to_import", lambda parent: [])
    add_profile("Mum")
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None)
    frame.show_view(JOURNEY)
    view = frame.journey_view
    assert view.stack.currentIndex() == EMPTY and not view.filters.isVisible()
    assert view.empty.title.text() == "No cancer journey yet"
    with qtbot.waitSignal(view.import_requested):
        qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert view.empty.button.text() == "Import summary"


def test_the_journey_speaks_the_language_chosen_at_run_time(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = journey(qtbot, context, store)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, "de")
    qtbot.waitUntil(lambda: rows(view)[1][0] == "Juli")
    shown = rows(view)
    assert shown[1][0] == "Juli"  # July 1998, in German
    diagnosis = next(r for r in shown if len(r) > 1 and r[2].startswith("Carcinom invaziv"))
    assert diagnosis[0] == "14. Feb." and diagnosis[3].startswith("Diagnose · ")
    tamoxifen = next(r for r in shown if len(r) > 1 and r[2] == "Tamoxifen")
    assert tamoxifen[0] == "18. Nov."
    apply_language(app, "en")
    qtbot.waitUntil(lambda: rows(view)[1][0] == "July")


def add_entries(context: AppContext, *entries: EntryInput) -> None:
    """Save entries as My entries does: on the vault's worker (inline in tests)."""

    def job(opened: OpenProfile, progress: Progress, cancel: CancelToken) -> None:
        del progress, cancel
        for entry in entries:
            save_entry(opened.vault, entry, language="en")

    context.vault.call(job)


def test_a_side_effect_you_noted_is_on_the_journey_with_its_grade_and_chip(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = journey(qtbot, context, store)
    add_entries(
        context,
        SymptomInput("nausea", "Feeling sick (nausea)", 2, date(2025, 6, 10)),
        NoteInput(
            "Ask whether the port can come out.\nAnd about the next scan.", date(2025, 6, 12)
        ),
    )
    window = view.window()
    assert isinstance(window, AppWindow)
    window.record_frame.reload()
    qtbot.waitUntil(lambda: view.model.total_events() == 35)
    assert view.count.text() == "35 events"
    shown = rows(view)
    nausea = row_of(view, "Feeling sick (nausea)")
    assert shown[nausea] == (
        "Jun 10",
        "",
        "Feeling sick (nausea)",
        "Symptom or side effect · Grade 2: Moderate",
    )
    assert shown[nausea + 1] == ("Jun 12", "", "Ask whether the port can come out.", "Your note")
    index = view.model.index(nausea)
    assert chip_labels(index.data(SOURCES_ROLE)) == [("Reported by you", True)]
    assert index.data(ICON_ROLE) == "heartbeat"
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == (
        "June 10, 2025, Symptom or side effect, Feeling sick (nausea), Grade 2: Moderate, "
        "Reported by you"
    )

    kinds = [view.kind_filter.itemText(i) for i in range(view.kind_filter.count())]
    assert kinds[-3:] == ["Side effects you noted", "Your notes", "Other events"]
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Side effects you noted"))
    assert [r[2] if len(r) > 1 else r[0] for r in rows(view)] == ["2025", "Feeling sick (nausea)"]
    assert view.count.text() == "1 of 35 events shown"

    sources = [view.source_filter.itemText(i) for i in range(view.source_filter.count())]
    assert sources == ["All sources", RO, AT, "You (My entries)"]
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("All events"))
    view.source_filter.setCurrentIndex(view.source_filter.findText("You (My entries)"))
    assert [r[2] for r in rows(view) if len(r) > 1] == [
        "Feeling sick (nausea)",
        "Ask whether the port can come out.",
    ]

    # Its details: what it is, how bad, who reported it and where to change it.
    index = view.model.index(row_of(view, "Feeling sick (nausea)"))
    view.list.setCurrentIndex(index)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, view, ItemDetailsDialog)
    assert dialog.title.text() == "Feeling sick (nausea)"
    assert dialog.kind.text() == "Symptom or side effect you noted"
    assert dialog.sources.text() == "Reported by you."
    facts = dict(dialog.fact_rows())
    assert facts["Date"] == "June 10, 2025"
    assert facts["How bad it was"] == (
        "Grade 2: Moderate\nIt got in the way of everyday things like cooking, shopping or work."
    )
    assert facts["Where it is kept"] == "In My entries, where you can change or delete it."
    assert facts["Code"] == "SNOMED CT 422587007 (Nausea)"
    dialog.reject()
