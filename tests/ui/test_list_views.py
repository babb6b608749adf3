"""The list views (Medications, Allergies and alerts, Conditions, Immunisations, Other records)
and the item details, on the demo profile: what the user reads in each row, the groups, the
search, the source chips, the empty states, the details with the original records, and a list of
20 000 items that stays lazy."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.record.dates import Period
from ecan_desktop.record.medications import Medication
from ecan_desktop.record.other import OtherRecord
from ecan_desktop.record.sources import SourceRef
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.locale_format import format_fhir_date
from ecan_desktop.ui.record_frame import (
    ALLERGIES,
    CONDITIONS,
    IMMUNISATIONS,
    MEDICATIONS,
    OTHER_RECORDS,
    RecordFrame,
)
from ecan_desktop.ui.vault_worker import RecordViewData
from ecan_desktop.ui.views.item_details import ItemDetailsDialog
from ecan_desktop.ui.views.item_facts_care import facts_for
from ecan_desktop.ui.views.item_list import Entry
from ecan_desktop.ui.views.list_record_view import ListRecordView
from ecan_desktop.vault.profiles import ProfileStore
from tests.ui.conftest import AddProfile, show_window, unlock, visible_dialog

IOCN = "Institutul Oncologic So… · RO"  # the chips shorten long names; the tooltip has them all
WIEN = "Onkologiezentrum Wiener… · AT"


@pytest.fixture
def demo(qtbot: QtBot, context: AppContext, store: ProfileStore) -> AppWindow:
    create_demo_profile(store)
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Demo", DEMO_PASSPHRASE)
    qtbot.waitUntil(lambda: win.record_frame.view_data is not None, timeout=20_000)
    return win


def open_view(qtbot: QtBot, frame: RecordFrame, index: int) -> ListRecordView:
    frame.show_view(index)
    view = frame.views.currentWidget()
    assert isinstance(view, ListRecordView)
    qtbot.waitUntil(lambda: view.model.total_items() > 0 or view.empty_state.isVisible())
    return view


def headers(view: ListRecordView) -> list[str]:
    model = view.model
    found = (model.header(r) for r in range(model.rowCount()))
    return [h.group.title for h in found if h is not None]


def entries(view: ListRecordView) -> list[Entry]:
    model = view.model
    return [e for e in (model.entry(r) for r in range(model.rowCount())) if e is not None]


def entry_titled(view: ListRecordView, start: str) -> Entry:
    return next(e for e in entries(view) if e.title.startswith(start))


def day(value: str) -> str:
    return format_fhir_date(value) or value


def test_medications_list_the_current_cancer_medicine_first_with_doses(
    qtbot: QtBot, demo: AppWindow
) -> None:
    view = open_view(qtbot, demo.record_frame, MEDICATIONS)
    assert headers(view) == ["Current medicines", "Past medicines"]
    titles = [e.title for e in entries(view)]
    assert titles[0] == "Tamoxifen — ATC L02BA01"
    assert set(titles[1:]) == {
        "Paclitaxel — ATC L01CD01",
        "Doxorubicin — ATC L01DB01",
        "Cyclophosphamide — ATC L01AA01",
    }
    tamoxifen = entries(view)[0]
    assert tamoxifen.lines == (
        f"Hormone therapy · treatment line 2 · active · since {day('2024-11-18')}",
        "20 mg oral, o dată pe zi",
    )
    doxorubicin = entry_titled(view, "Doxorubicin")
    assert doxorubicin.lines == (
        "Chemotherapy (anthracycline) · treatment line 1 · completed · "
        f"{day('2024-04-02')} to {day('2024-06-04')}",
        "Cumulative dose 240 mg/m² · 408 mg · 4 of 4 cycles",
    )
    assert [c.text for c in doxorubicin.chips] == [IOCN]
    assert doxorubicin.sources == f"Reported by {IOCN}"


def test_allergies_say_the_criticality_in_words_and_list_the_port(
    qtbot: QtBot, demo: AppWindow
) -> None:
    view = open_view(qtbot, demo.record_frame, ALLERGIES)
    assert headers(view) == ["Allergies and intolerances", "Implants and devices"]
    penicillin = entry_titled(view, "Penicillin")
    assert penicillin.badge is not None
    assert (penicillin.badge.text, penicillin.badge.tone) == ("High risk", "danger")
    assert penicillin.lines == (
        f"Allergy · medicine · active · since {day('1998-07')}",
        "Reaction: anaphylaxis (severe)",
    )
    assert [c.text for c in penicillin.chips] == [IOCN, WIEN]  # both centres reported it
    port = entry_titled(view, "Cameră port implantabilă (port-a-cath)")
    assert port.badge is not None and port.badge.text == "Implanted port"
    assert port.lines[0] == f"Implanted venous access port · in place · since {day('2024-04-01')}"
    # Screen readers hear the row with its badge, and where it came from as the description.
    row = view.model.row_of(penicillin.item_id)
    index = view.model.index(row, 0)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Penicillin. High risk. ")
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == f"Reported by {IOCN} and {WIEN}"
    header = view.model.index(0, 0)
    assert header.data(Qt.ItemDataRole.AccessibleTextRole) == "Allergies and intolerances, 1 item"


def test_conditions_show_codes_stage_and_side(qtbot: QtBot, demo: AppWindow) -> None:
    view = open_view(qtbot, demo.record_frame, CONDITIONS)
    assert headers(view) == ["Cancer diagnoses"]
    (cancer,) = entries(view)
    assert cancer.title == (
        "Carcinom invaziv NST (ductal), sân stâng, cadran supero-extern — ICD-10 C50.4"
    )
    assert cancer.badge is not None and cancer.badge.text == "Stage IIB"
    assert cancer.lines == (
        f"Primary cancer · side: left · diagnosed {day('2024-02-14')} · active",
        "Infiltrating duct carcinoma, NOS · ICD-O-3 C50.4 / 8500/3",
    )
    assert [c.text for c in cancer.chips] == [IOCN, WIEN]


def test_other_records_list_who_and_where_by_kind(qtbot: QtBot, demo: AppWindow) -> None:
    view = open_view(qtbot, demo.record_frame, OTHER_RECORDS)
    assert headers(view) == ["Health professionals", "Organisations"]
    mocanu = entry_titled(view, "Dr. Andrei Mocanu")
    assert mocanu.lines == ("Practitioner in the file · mentioned by 17 items of your record",)
    header = view.model.header(0)
    assert header is not None and header.group.note == "Practitioner"


def test_search_filters_the_list_and_says_when_nothing_matches(
    qtbot: QtBot, demo: AppWindow
) -> None:
    view = open_view(qtbot, demo.record_frame, MEDICATIONS)
    qtbot.keyClicks(view.search, "doxo")
    assert [e.title for e in entries(view)] == ["Doxorubicin — ATC L01DB01"]
    assert headers(view) == ["Past medicines"]
    view.search.clear()
    qtbot.keyClicks(view.search, "L01")  # an ATC code finds the chemotherapy
    assert len(entries(view)) == 3
    view.search.clear()
    qtbot.keyClicks(view.search, "aspirin")
    assert view.stack.currentWidget() is view.no_match
    assert view.no_match.title.text() == "Nothing matches “aspirin”."
    qtbot.mouseClick(view.no_match.button, Qt.MouseButton.LeftButton)
    assert view.search.text() == ""
    assert view.stack.currentWidget() is view.list_view
    assert len(entries(view)) == 4


def test_keyboard_moves_between_items_and_enter_opens_the_details(
    qtbot: QtBot, demo: AppWindow
) -> None:
    frame = demo.record_frame
    view = open_view(qtbot, frame, MEDICATIONS)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # from the search into the list
    qtbot.waitUntil(view.list_view.hasFocus)
    assert view.list_view.currentIndex().row() == 1  # the first item, not the header
    assert view.list_view.current_item_id() == "agent:56"  # tamoxifen
    qtbot.keyClick(view.list_view, Qt.Key.Key_Down)  # skips the "Past medicines" header
    assert view.list_view.currentIndex().row() == 3
    while view.list_view.current_item_id() != "agent:32":
        qtbot.keyClick(view.list_view, Qt.Key.Key_Down)
    qtbot.keyClick(view.list_view, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, frame, ItemDetailsDialog)
    assert dialog.title.text() == "Doxorubicin — ATC L01DB01"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in frame.findChildren(ItemDetailsDialog)))


def test_details_show_facts_sources_and_the_original_records(qtbot: QtBot, demo: AppWindow) -> None:
    frame = demo.record_frame
    view = open_view(qtbot, frame, MEDICATIONS)
    view.open_details("agent:32")
    dialog = visible_dialog(qtbot, frame, ItemDetailsDialog)
    facts = dict(dialog.fact_rows())
    assert facts["As the source names it"] == "Doxorubicină\nATC L01DB01, RxNorm 3639"
    assert facts["Treatment line"] == "1"
    assert facts["When"] == f"{day('2024-04-02')} to {day('2024-06-04')}"
    assert facts["Cumulative dose"] == (
        "240 mg/m² — summed from 4 administrations, per m² of body surface area\n"
        "408 mg — summed from 4 administrations"
    )
    assert facts["About"] == "Carcinom invaziv NST (ductal), sân stâng, cadran supero-extern"
    assert dialog.sources.text() == "Reported by Institutul Oncologic Someș, Cluj-Napoca (RO)."
    assert dialog.chips.texts == [IOCN]
    # The original resources arrive from the vault worker: "Reading…" until then.
    qtbot.waitUntil(lambda: len(dialog.original_cards) == 5, timeout=10_000)
    titles = [title for title, _ in dialog.original_cards]
    assert titles[0] == "Prescriptions (MedicationRequest)"
    assert titles[1:] == ["Medicines given (MedicationAdministration)"] * 4
    order = dict(dialog.original_cards[0][1].rows)
    assert order["Identifier in the file"] == "ios-medreq-doxorubicin"
    assert order["Status"] == "completed"
    assert order["From"] == "Institutul Oncologic Someș, Cluj-Napoca (RO)"
    given = dict(dialog.original_cards[1][1].rows)
    assert given["Dose"] == "102 mg"
    assert given["Date"] == day("2024-04-02")
    assert not dialog.json.isVisible()
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.json.isVisible()
    assert '"resourceType": "MedicationRequest"' in dialog.json.toPlainText()
    assert dialog.json.isReadOnly()


def test_details_of_an_allergy_and_of_any_other_item(qtbot: QtBot, demo: AppWindow) -> None:
    frame = demo.record_frame
    view = open_view(qtbot, frame, ALLERGIES)
    view.open_details("allergy:57")
    dialog = visible_dialog(qtbot, frame, ItemDetailsDialog)
    facts = dict(dialog.fact_rows())
    assert facts["Substance"] == (
        "penicillin, as written: Penicilină\nSNOMED CT 764146007, ATC J01C"
    )
    assert facts["Risk of a serious reaction"] == "High risk"
    assert facts["Reactions"].startswith(f"anaphylaxis (severe; {day('1998-07')}; Anafilaxie")
    assert dialog.note_labels[0].text().startswith("A nu se administra peniciline.")
    qtbot.waitUntil(lambda: len(dialog.original_cards) == 2, timeout=10_000)
    sources = [dict(rows.rows)["From"] for _, rows in dialog.original_cards]
    assert sources == [
        "Institutul Oncologic Someș, Cluj-Napoca (RO)",
        "Onkologiezentrum Wienerwald, Wien (AT)",
    ]
    dialog.close()
    # Items of the other views open the same dialog, described from their fields.
    data = frame.view_data
    assert data is not None
    stage = next(s for s in data.record.staging if s.stage == "IIB")
    view.open_details(stage.id)
    other = next(
        d for d in frame.findChildren(ItemDetailsDialog) if d.isVisible() and d is not dialog
    )
    assert other.kind.text() == "Stage"
    assert other.title.text() == "Stage IIB"
    assert ("Staging system", "AJCC, edition 8") in other.fact_rows()


def test_empty_profile_shows_plain_empty_states_with_import(
    qtbot: QtBot,
    context: AppContext,
    add_profile: AddProfile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_profile("Empty")
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Empty")
    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=10_000)
    expected = {
        MEDICATIONS: "No medicines recorded yet.",
        ALLERGIES: "No allergies, alerts or implants recorded yet.",
        CONDITIONS: "No conditions recorded yet.",
        IMMUNISATIONS: "No immunisations recorded yet.",
        OTHER_RECORDS: "No other records.",
    }
    for index, title in expected.items():
        view = open_view(qtbot, frame, index)
        assert view.stack.currentWidget() is view.empty_state
        assert view.empty_state.title.text() == title
        assert view.empty_state.button.text() == "Import summary"
        assert view.search.isHidden()
    view = open_view(qtbot, frame, IMMUNISATIONS)
    assert view.empty_state.text.text() == "Import a summary from your centre."
    asked: list[QWidget] = []
    monkeypatch.setattr(file_dialogs, "choose_files_to_import", asked.append)
    with qtbot.waitSignal(view.import_requested):
        qtbot.mouseClick(view.empty_state.button, Qt.MouseButton.LeftButton)
    assert asked == [frame]  # the record window's Import, as the toolbar does it


def test_locking_empties_the_lists(qtbot: QtBot, demo: AppWindow) -> None:
    frame = demo.record_frame
    view = open_view(qtbot, frame, MEDICATIONS)
    assert view.model.rowCount() == 6
    frame.lock()
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.loading


def test_twenty_thousand_items_stay_lazy(qtbot: QtBot, demo: AppWindow) -> None:
    frame = demo.record_frame
    view = open_view(qtbot, frame, OTHER_RECORDS)
    data = frame.view_data
    assert data is not None
    source = data.record.sources[:1]
    many = tuple(
        OtherRecord(
            f"other:{100_000 + i}",
            (100_000 + i,),
            source,
            "Claim" if i % 2 else "ExplanationOfBenefit",
            f"claim-{i}",
            f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}",
            f"Claim number {i}",
        )
        for i in range(20_000)
    )
    big = RecordViewData(data.info, replace(data.record, other_records=many), data.sources)
    widgets_before = len(view.findChildren(QWidget))
    view.show_record(big)
    model = view.model
    # 20 000 claims and 6 people and places, under 4 headers; no widget per row.
    assert model.rowCount() == 20_000 + 6 + 4
    assert headers(view) == [  # what the record does not interpret first, then who and where
        "Insurance claims",
        "Insurance statements",
        "Health professionals",
        "Organisations",
    ]
    assert len(view.findChildren(QWidget)) == widgets_before
    # The list lays itself out and paints its first screen when the event loop runs.
    qtbot.waitUntil(lambda: model.described_count() > 0)
    assert 0 < model.described_count() < 200  # only the rows on screen were described
    view.search.setText("number 11999")
    qtbot.waitUntil(lambda: model.shown_items() == 1)  # the search waits for typing to pause
    (found,) = entries(view)
    assert found.title == "Claim number 11999"


def test_your_own_medicines_and_alerts_from_a_centre(qtbot: QtBot, demo: AppWindow) -> None:
    frame = demo.record_frame
    data = frame.view_data
    assert data is not None
    record = data.record
    yours = SourceRef(99, None, None, "2026-11-21T08:00:00Z", None, "patient")
    ibuprofen = Medication(
        "medication:900", (900,), (yours,), "statement", "Ibuprofen 400 mg", None, None,
        "active", True, Period("2026-11-01"), "1 tablet when needed", (), (),
    )  # fmt: skip
    alert = OtherRecord(
        "other:901", (901,), record.sources[:1], "Flag", "flag-1", "2024-03-01",
        "Difficult venous access",
    )  # fmt: skip
    changed = replace(record, medications=(ibuprofen,), other_records=(alert,))
    data = RecordViewData(data.info, changed, data.sources)
    medications = open_view(qtbot, frame, MEDICATIONS)
    medications.show_record(data)
    mine = entry_titled(medications, "Ibuprofen 400 mg")
    assert [(c.text, c.you) for c in mine.chips] == [("Reported by you", True)]
    assert mine.lines == (
        f"Other medicine · reported as taken · active · since {day('2026-11-01')}",
        "1 tablet when needed",
    )
    assert headers(medications) == ["Current medicines", "Past medicines"]
    allergies = open_view(qtbot, frame, ALLERGIES)
    allergies.show_record(data)
    assert headers(allergies)[0] == "Alerts"  # a centre's alert comes first
    flag = entry_titled(allergies, "Difficult venous access")
    assert flag.lines[0] == f"Alert from your centre · {day('2024-03-01')}"
    others = open_view(qtbot, frame, OTHER_RECORDS)
    others.show_record(data)
    assert "Alerts" in headers(others)  # listed where nothing is hidden, too


def test_every_item_of_the_record_has_details(qtbot: QtBot, demo: AppWindow) -> None:
    frame = demo.record_frame
    data = frame.view_data
    assert data is not None
    record = data.record
    for item in [*record.items(), *record.systemic.lines]:
        described = facts_for(item, record)
        assert described.title and described.kind, item.id
        assert all(f.label and f.value for f in described.facts), item.id
    course = facts_for(record.radiotherapy[0], record)
    assert dict((f.label, f.value) for f in course.facts)["Highest total dose"].endswith(" Gy")
    view = open_view(qtbot, frame, MEDICATIONS)
    view.open_details("line:1")  # a line is made of the agents: it has no record of its own
    dialog = visible_dialog(qtbot, frame, ItemDetailsDialog)
    assert dialog.title.text() == "Treatment line 1"
    assert ("Medicines", "Doxorubicin, Cyclophosphamide, Paclitaxel") in dialog.fact_rows()
    assert dialog.reading.text().startswith("This item is built from other items")
