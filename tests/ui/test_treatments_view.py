"""The Treatments view: surgery, cancer medicines with cumulative doses and how they were obtained,
the doxorubicin-equivalent with its conversion table named and the heart-risk note, radiotherapy
by site with Gy and fractions, transplants; each row with its sources and details on activation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.record_frame import TREATMENTS
from ecan_desktop.ui.views import treatments as treatments_module
from ecan_desktop.ui.views.painted_chips import chip_labels
from ecan_desktop.ui.views.record_table import ITEM_ID_ROLE, SOURCES_ROLE, RecordTable
from ecan_desktop.ui.views.treatments import TreatmentsView
from ecan_desktop.vault.profiles import ProfileStore
from tests.ui.conftest import AddProfile, show_window, unlock
from tests.ui.treatment_record_windows import demo_window, file_window, shared_file


@pytest.fixture(autouse=True)
def us_english() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield


def treatments(qtbot: QtBot, context: AppContext, store: ProfileStore) -> TreatmentsView:
    view = demo_window(qtbot, context, store, TREATMENTS).record_frame.treatments_view
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.page)
    return view


def table_rows(table: RecordTable) -> list[list[str]]:
    return [table.row_texts(r) for r in range(table.table_model.rowCount())]


def chips(table: RecordTable, row: int) -> list[str]:
    model = table.table_model
    sources = model.index(row, model.columnCount() - 1).data(SOURCES_ROLE)
    return [text for text, _ in chip_labels(sources)]


def test_cancer_medicines_with_dates_cycles_and_cumulative_doses(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = treatments(qtbot, context, store)
    table = view.systemic.table
    rows = table_rows(table)
    assert [r[0].split("\n")[0] for r in rows] == [
        "Doxorubicin",
        "Doxorubicin",
        "Cyclophosphamide",
        "Cyclophosphamide",
        "Paclitaxel",
        "Paclitaxel",
        "Tamoxifen",
    ]
    assert rows[0][1:] == [
        "Apr 2, 2024\nto Jun 4, 2024",
        "4 of 4 cycles\nevery 21 days",
        "240 mg/m²",
        "added up from 4 doses, per m²",
        "Finished",
    ]
    assert rows[1][3:5] == ["408 mg", "added up from 4 doses"]  # the same medicine, in mg
    assert table.rowSpan(0, 0) == 2 and table.rowSpan(0, 3) == 1
    assert rows[3][3] == "4,080 mg"
    assert rows[4][2:4] == ["12 of 12 cycles\nevery 7 days", "960 mg/m²"]
    assert rows[6][1:] == ["since Nov 18, 2024", "—", "—", "not recorded", "Current"]
    header = [
        table.table_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(table.table_model.columnCount())
    ]
    assert header == [
        "Medicine",
        "Dates",
        "Cycles",
        "Cumulative dose",
        "How obtained",
        "Now",
        "Reported by",
    ]
    dose = table.table_model.index(0, 3)
    assert dose.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "per m² of body surface area" in table.table_model.index(0, 4).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert chips(table, 0) == ["Institutul Oncologic So… · RO"]
    assert not view.grab().isNull()


def test_the_doxorubicin_equivalent_names_its_conversion_and_the_heart_risk(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    card = treatments(qtbot, context, store).anthracycline_card
    assert card.isVisible()
    assert card.total.text() == "240 mg/m² doxorubicin-equivalent"
    assert card.in_mg.text() == "408 mg in total (not divided by body surface area)"
    assert table_rows(card.table) == [["Doxorubicin", "240 mg/m²", "1", "240 mg/m²"]]
    assert card.conversion.text() == (
        "Converted with the table “Cardiomyopathy equivalence ratios to doxorubicin (Feijen et "
        "al.)”, JAMA Oncology 2019;5(6):864-871, Table 3, mean ratios."
    )
    assert "doi:10.1001/jamaoncol.2018.6634" in card.citation.text()
    # The same rule as the printed summary's warning: below 250 mg/m², but a left-breast field.
    assert card.risk_title.text() == "Below 250 mg/m², with radiotherapy near the heart"
    assert "(left breast)" in card.risk_text.text()
    assert "ASCO Clinical Practice Guideline" in card.risk_source.text()
    assert not card.not_converted.isVisible()


def test_radiotherapy_by_site_with_gy_and_fractions_surgery_and_no_transplant(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    view = treatments(qtbot, context, store)
    rt = table_rows(view.radiotherapy.table)
    assert [r[:5] for r in rt] == [
        [
            "Brust links (gesamte Brust), PTV 50 Gy",
            "50 Gy",
            "25",
            "60 Gy",
            "Sep 23, 2024\nto Nov 4, 2024",
        ],
        [
            "Tumorbett links (Boost), PTV 10 Gy",
            "10 Gy",
            "5",
            "60 Gy",
            "Sep 23, 2024\nto Nov 4, 2024",
        ],
    ]
    assert view.radiotherapy.table.rowSpan(0, 3) == 2  # the course total, once for the course
    assert chips(view.radiotherapy.table, 0) == ["Onkologiezentrum Wiener… · AT"]
    assert table_rows(view.surgery.table) == [
        ["Mar 12, 2024", "Lumpectomie (chirurgie conservatoare) sân stâng", "Sânul stâng"],
        ["Mar 12, 2024", "Biopsie de ganglion santinelă axilar stâng", "Axila stângă"],
    ]
    assert not view.transplants.table.isVisible()
    assert view.transplants.note.text() == "No stem-cell transplant in your record."


def test_choosing_a_row_opens_the_details_of_its_item(
    qtbot: QtBot, context: AppContext, store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = treatments(qtbot, context, store)
    opened: list[str] = []
    monkeypatch.setattr(
        treatments_module,
        "show_item_details",
        lambda parent, ctx, data, item_id: opened.append(item_id),
    )
    table = view.systemic.table
    view.page.ensureWidgetVisible(table)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.table_model.index(4, 0)).center(),
    )
    assert len(opened) == 1 and opened[0].startswith("agent:")
    rt = view.radiotherapy.table
    rt.setCurrentIndex(rt.table_model.index(1, 0))
    rt.setFocus()
    qtbot.keyClick(rt, Qt.Key.Key_Return)
    assert opened[-1].startswith("radiotherapy:")
    card_table = view.anthracycline_card.table
    card_table.setCurrentIndex(card_table.table_model.index(0, 1))
    card_table.setFocus()
    qtbot.keyClick(card_table, Qt.Key.Key_Space)
    doxorubicin = table.table_model.index(0, 0).data(ITEM_ID_ROLE)
    assert opened[-1] == doxorubicin != opened[0]


def test_a_survivorship_passport_states_its_doses_and_crosses_the_threshold(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    path = shared_file("survivorship-passport", "esempio_be")
    view = file_window(qtbot, context, store, path, TREATMENTS).record_frame.treatments_view
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.page)
    rows = {r[0].split("\n")[0]: r for r in table_rows(view.systemic.table)}
    assert rows["Doxorubicin"][3:5] == ["270 mg/m²", "stated by the centre"]
    assert rows["Ifosfamide"][3] == "54,000 mg/m²"
    assert rows["Vincristine"][3:5] == ["—", "not recorded"]
    assert view.protocols.text() == "Treatment protocols: First line treatment, ended Jul 16, 2020"
    card = view.anthracycline_card
    assert card.total.text() == "270 mg/m² doxorubicin-equivalent"
    assert card.risk_title.text() == "At or above the high-dose threshold of 250 mg/m²"
    assert [r[1:4] for r in table_rows(view.radiotherapy.table)] == [["41.4 Gy", "23", "41.4 Gy"]]
    assert [r[1] for r in table_rows(view.surgery.table)] == [
        "Surgical procedure",
        "Surgical procedure",
    ]


def test_synthea_radiotherapy_sessions_and_no_anthracyclines(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    path = shared_file("synthea", "Sherman_McGlynn")
    view = file_window(qtbot, context, store, path, TREATMENTS).record_frame.treatments_view
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.page)
    assert [r[:4] for r in table_rows(view.radiotherapy.table)] == [
        ["Combined chemotherapy and radiation therapy (procedure)", "—", "45 sessions", "—"]
    ]
    assert not view.anthracycline_card.isVisible()
    assert view.anthracycline_note.text() == "No anthracyclines in your record."
    medicines = [r[0].split("\n")[0] for r in table_rows(view.systemic.table)]
    assert medicines == ["Docetaxel", "Leuprorelin", "Cisplatin", "Etoposide"]


def test_no_treatments_offers_to_import_a_summary(
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
    frame.show_view(TREATMENTS)
    view = frame.treatments_view
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "No treatments yet"
    with qtbot.waitSignal(view.import_requested):
        qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
