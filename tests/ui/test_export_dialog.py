"""The export dialog: opened from the record window, a live preview rendered off the GUI thread,
Save PDF…, Export IPS (.json)…, Print…, and nothing patient-related on disk but the chosen files."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.summary.ips import FILE_NAME
from ecan_desktop.summary.ips_checks import check_ips
from ecan_desktop.summary.labels import Labels
from ecan_desktop.summary.select import (
    EMERGENCY_SECTIONS,
    SECTIONS,
    candidates,
    default_selection,
)
from ecan_desktop.ui import file_dialogs, recovery_code_page
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.export_dialog import ExportDialog
from ecan_desktop.ui.export_options import CARD
from ecan_desktop.ui.export_selection import ITEM_ROLE, SECTION_ROLE
from ecan_desktop.vault.profiles import ProfileStore
from tests.ui.conftest import show_window, unlock, visible_dialog

NAME = "Ioana Teodora Bălănescu"  # the demo patient


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty system temp dir for Python and Qt, to see whether anything lands there."""
    path = tmp_path / "system-temp"
    path.mkdir()
    monkeypatch.setenv("TMPDIR", str(path))
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path


@pytest.fixture
def demo_window(
    qtbot: QtBot, context: AppContext, store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> AppWindow:
    monkeypatch.setattr(recovery_code_page, "printers_available", lambda: True)
    label = create_demo_profile(store).info.label
    win = show_window(qtbot, context)
    unlock(qtbot, win, label, DEMO_PASSPHRASE)
    return win


def listing(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


def open_export(qtbot: QtBot, window: AppWindow) -> ExportDialog:
    frame = window.record_frame
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    frame.sidebar.setFocus()
    qtbot.keyClick(frame.sidebar, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(qtbot, frame, ExportDialog)
    qtbot.waitUntil(lambda: dialog.renders > 0 and not dialog.busy, timeout=60_000)
    return dialog


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages
    )


def test_export_previews_saves_prints_and_writes_nothing_else(
    qtbot: QtBot,
    demo_window: AppWindow,
    context: AppContext,
    system_temp: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = listing(system_temp)
    dialog = open_export(qtbot, demo_window)
    assert dialog.windowTitle() == "Export summary"
    assert dialog.pdf.document.pageCount() > 0
    assert dialog.print_button.isVisible()
    assert dialog.languages == ("en",)  # English UI: no second language by default

    # Changing an option renders again.
    renders = dialog.renders
    dialog.first_language.setCurrentIndex(dialog.first_language.findData("de"))
    dialog.second_language.setCurrentIndex(dialog.second_language.findData("ro"))
    qtbot.waitUntil(lambda: dialog.renders > renders and not dialog.busy, timeout=60_000)
    assert dialog.languages == ("de", "ro")
    assert dialog.rendered is not None and dialog.rendered.languages == ("de", "ro")
    assert dialog.pdf.document.pageCount() == dialog.rendered.pages

    # Save PDF…: the chosen languages' labels and the patient's name.
    saved = tmp_path / "out" / "summary.pdf"
    saved.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_pdf_destination", lambda parent, suggested: saved)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = pdf_text(saved.read_bytes())
    labels = Labels(("de", "ro"))
    for code in ("de", "ro"):
        assert labels.one(code, "doc.emergency") in text
    assert NAME in text
    assert dialog.status.text() == f"Saved to {saved}."

    # Export IPS (.json)…
    ips = tmp_path / "out" / "summary.json"
    monkeypatch.setattr(file_dialogs, "choose_ips_destination", lambda parent, suggested: ips)
    qtbot.mouseClick(dialog.ips_button, Qt.MouseButton.LeftButton)
    # The file is written on a worker; the audit is queued when the result reaches the GUI.
    qtbot.waitUntil(lambda: dialog.status.text() == f"Saved to {ips}.", timeout=30_000)
    bundle = json.loads(ips.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "document"

    # Print… (to a PDF file here): one printed page per page of the preview.
    printed = tmp_path / "out" / "printed.pdf"

    def pdf_printer(parent: object) -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(recovery_code_page, "ask_printer", pdf_printer)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(printed).pages) == dialog.rendered.pages
    assert dialog.status.text() == "Sent to the printer."

    # The audit log says what was exported (kinds and counts), read on the vault worker.
    events: list[dict[str, int]] = []
    context.vault.read(
        lambda opened: [
            dict(e.counts) for e in opened.vault.audit_log() if e.event.value == "exported"
        ],
        on_result=events.extend,
        on_error=pytest.fail,
    )
    qtbot.waitUntil(lambda: len(events) == 3, timeout=10_000)
    assert [sorted(e) for e in events] == [
        ["languages", "pages", "pdf"],
        ["entries", "ips"],
        ["languages", "pages", "print"],
    ]

    # Nothing in the temp dir; only the chosen files in the output folder.
    assert listing(system_temp) == before
    assert listing(saved.parent) == {"summary.pdf", "summary.json", "printed.pdf"}
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_no_printer_hides_print(
    qtbot: QtBot, demo_window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recovery_code_page, "printers_available", lambda: False)
    dialog = open_export(qtbot, demo_window)
    assert not dialog.print_button.isVisible()
    assert dialog.save_button.isEnabled() and dialog.ips_button.isEnabled()
    assert os.fspath(dialog._suggested(".pdf")).endswith(".pdf")


def test_the_second_language_defaults_to_the_ui_language(
    qtbot: QtBot, demo_window: AppWindow, context: AppContext
) -> None:
    context.language = "ro"
    dialog = open_export(qtbot, demo_window)
    assert dialog.languages == ("en", "ro")  # the patient's language beneath
    assert dialog.rendered is not None and dialog.rendered.languages == ("en", "ro")
    dialog.second_language.setCurrentIndex(dialog.second_language.findData(None))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.rendered.languages == ("en",)


# -- what to include ---------------------------------------------------------------------------
def rerendered(qtbot: QtBot, dialog: ExportDialog, before: int) -> None:
    """Wait for the render that follows a change (after the dialog's short pause)."""
    qtbot.waitUntil(lambda: dialog.renders > before and not dialog.busy, timeout=60_000)


def press_space_on(qtbot: QtBot, dialog: ExportDialog, item: QStandardItem) -> None:
    """What a keyboard user does: move to the row, press Space."""
    view = dialog.include.view
    view.setFocus()
    view.setCurrentIndex(item.index())
    qtbot.keyClick(view, Qt.Key.Key_Space)


def section(dialog: ExportDialog, key: str) -> QStandardItem:
    found = dialog.include.section_item(key)
    assert found is not None, key
    return found


def rendered_text(dialog: ExportDialog) -> str:
    assert dialog.rendered is not None
    return pdf_text(dialog.rendered.pdf)


def attached_ips(pdf: bytes) -> dict[str, Any]:
    reader = PdfReader(io.BytesIO(pdf))
    (data,) = reader.attachments[FILE_NAME]
    bundle: dict[str, Any] = json.loads(data)
    return bundle


def ips_section(bundle: dict[str, Any], loinc: str) -> dict[str, Any]:
    composition = bundle["entry"][0]["resource"]
    return next(
        s
        for s in composition["section"]
        if any(c.get("code") == loinc for c in s["code"].get("coding", []))
    )


def test_the_tree_lists_every_section_and_item_with_the_default_selection(
    qtbot: QtBot, demo_window: AppWindow
) -> None:
    dialog = open_export(qtbot, demo_window)
    data = dialog.data
    assert data is not None
    tree, model = dialog.include, dialog.include.model
    # emergency content first, in the order the PDF prints it
    keys = [model.item(row).data(SECTION_ROLE) for row in range(model.rowCount())]
    assert keys == list(SECTIONS)
    assert keys[:5] == list(EMERGENCY_SECTIONS)
    assert [model.item(row).text() for row in range(5)] == [
        "Warnings and alerts",
        "Allergies",
        "Current medicines",
        "Active cancer",
        "Medical devices",
    ]
    # the default is the core's default, and everything the record has is checked
    assert dialog.selection == default_selection(data)
    found = candidates(data)
    for key, items in found.items():
        row = section(dialog, key)
        assert row.rowCount() == len(items), key
        if items:
            assert row.checkState() == Qt.CheckState.Checked, key
            assert model.item(row.row(), 1).text() == f"{len(items)} of {len(items)}"
    allergy = section(dialog, "allergies").child(0)
    assert allergy.text() == "Penicilină"  # the source's words
    assert allergy.checkState() == Qt.CheckState.Checked
    assert model.itemFromIndex(allergy.index().siblingAtColumn(1)).text() == "Jul 1998"
    unique = len({i.id for items in found.values() for i in items})
    assert tree.count.text() == f"{unique} of {unique} items included"
    assert not tree.reset_button.isEnabled()
    # nothing recorded: greyed, without a box, and says so
    empty = section(dialog, "immunisations")
    assert not empty.isEnabled() and not empty.isCheckable()
    assert model.item(empty.row(), 1).text() == "Nothing recorded"
    assert tree.view.accessibleName() == "What to include"


def test_unchecking_a_section_leaves_it_out_of_the_pdf_and_the_ips_until_reset(
    qtbot: QtBot, demo_window: AppWindow
) -> None:
    dialog = open_export(qtbot, demo_window)
    heading = Labels(("en",)).one("en", "section.allergies")
    assert heading in rendered_text(dialog) and "Penicillin" in rendered_text(dialog)
    renders = dialog.renders
    press_space_on(qtbot, dialog, section(dialog, "allergies"))
    assert section(dialog, "allergies").checkState() == Qt.CheckState.Unchecked
    assert not dialog.save_button.isEnabled()  # the preview is out of date until it renders
    rerendered(qtbot, dialog, renders)
    text = rendered_text(dialog)
    assert heading not in text and "Penicillin" not in text
    assert "Tamoxifen" in text  # the rest stays
    # the greyed items keep their boxes, for when the section comes back
    allergy = section(dialog, "allergies").child(0)
    assert not allergy.isEnabled() and allergy.checkState() == Qt.CheckState.Checked
    assert dialog.include.model.item(section(dialog, "allergies").row(), 1).text() == "Left out"
    # the IPS inside the PDF leaves it out too, and says so
    assert dialog.rendered is not None
    bundle = attached_ips(dialog.rendered.pdf)
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert "AllergyIntolerance" not in kinds
    allergies = ips_section(bundle, "48765-2")
    assert allergies["emptyReason"]["coding"][0]["code"] == "withheld"

    renders = dialog.renders
    qtbot.mouseClick(dialog.include.reset_button, Qt.MouseButton.LeftButton)
    rerendered(qtbot, dialog, renders)
    assert dialog.selection == default_selection(dialog.data)  # type: ignore[arg-type]
    text = rendered_text(dialog)
    assert heading in text and "Penicillin" in text
    assert section(dialog, "allergies").checkState() == Qt.CheckState.Checked
    assert dialog.rendered is not None
    assert "AllergyIntolerance" in {
        e["resource"]["resourceType"] for e in attached_ips(dialog.rendered.pdf)["entry"]
    }


def test_unchecking_one_item_leaves_out_only_that_item(
    qtbot: QtBot, demo_window: AppWindow
) -> None:
    dialog = open_export(qtbot, demo_window)
    procedures = section(dialog, "procedures")
    dialog.include.view.expand(procedures.index())
    titles = [procedures.child(row).text() for row in range(procedures.rowCount())]
    biopsy = titles.index("Biopsie ecoghidată (core) sân stâng")
    assert "Biopsie ecoghidată (core) sân stâng" in rendered_text(dialog)
    renders = dialog.renders
    press_space_on(qtbot, dialog, procedures.child(biopsy))
    rerendered(qtbot, dialog, renders)
    text = rendered_text(dialog)
    assert "Biopsie ecoghidată (core) sân stâng" not in text
    assert "Mamografie bilaterală" in text  # the other procedures stay
    assert procedures.checkState() == Qt.CheckState.PartiallyChecked
    count = dialog.include.model.item(procedures.row(), 1).text()
    assert count == f"{len(titles) - 1} of {len(titles)}"
    assert dialog.include.reset_button.isEnabled()
    # Space again brings it back
    renders = dialog.renders
    press_space_on(qtbot, dialog, procedures.child(biopsy))
    rerendered(qtbot, dialog, renders)
    assert "Biopsie ecoghidată (core) sân stâng" in rendered_text(dialog)
    assert procedures.checkState() == Qt.CheckState.Checked


def test_an_item_listed_twice_is_one_item(qtbot: QtBot, demo_window: AppWindow) -> None:
    """The active cancer is also in the cancer history: one box state for both rows."""
    dialog = open_export(qtbot, demo_window)
    cancer = section(dialog, "active_cancer").child(0)
    item_id = cancer.data(ITEM_ROLE)
    rows = dialog.include.item_rows(item_id)
    assert len(rows) == 2
    renders = dialog.renders
    press_space_on(qtbot, dialog, cancer)
    assert all(r.checkState() == Qt.CheckState.Unchecked for r in rows)
    # its section has nothing left: it is left out, the history section stays (partly)
    assert section(dialog, "active_cancer").checkState() == Qt.CheckState.Unchecked
    history = section(dialog, "oncology_history")
    assert history.checkState() == Qt.CheckState.PartiallyChecked
    rerendered(qtbot, dialog, renders)
    assert "Carcinom invaziv NST (ductal)" not in rendered_text(dialog)
    assert not dialog.selection.includes(item_id)


def test_save_print_and_ips_use_the_selection(
    qtbot: QtBot,
    demo_window: AppWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_export(qtbot, demo_window)
    assert dialog.rendered is not None
    full_pages = dialog.rendered.pages
    renders = dialog.renders
    for key in ("oncology_history", "results", "allergies"):
        press_space_on(qtbot, dialog, section(dialog, key))
    rerendered(qtbot, dialog, renders)
    assert dialog.renders == renders + 1  # three changes, one render
    assert dialog.rendered.pages < full_pages

    saved = tmp_path / "summary.pdf"
    monkeypatch.setattr(file_dialogs, "choose_pdf_destination", lambda parent, suggested: saved)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.read_bytes() == dialog.rendered.pdf
    assert "Penicillin" not in pdf_text(saved.read_bytes())

    printed = tmp_path / "printed.pdf"

    def pdf_printer(parent: object) -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(recovery_code_page, "ask_printer", pdf_printer)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(printed).pages) == dialog.rendered.pages < full_pages

    ips = tmp_path / "summary.json"
    monkeypatch.setattr(file_dialogs, "choose_ips_destination", lambda parent, suggested: ips)
    qtbot.mouseClick(dialog.ips_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == f"Saved to {ips}.", timeout=30_000)
    bundle = json.loads(ips.read_text(encoding="utf-8"))
    assert check_ips(bundle) == []
    assert ips_section(bundle, "48765-2")["emptyReason"]["coding"][0]["code"] == "withheld"
    assert "AllergyIntolerance" not in {e["resource"]["resourceType"] for e in bundle["entry"]}


def test_the_emergency_card_is_previewed_saved_and_printed(
    qtbot: QtBot,
    demo_window: AppWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_export(qtbot, demo_window)
    renders = dialog.renders
    dialog.document.setCurrentIndex(dialog.document.findData(CARD))
    dialog.second_language.setCurrentIndex(dialog.second_language.findData("ro"))
    rerendered(qtbot, dialog, renders)
    assert dialog.rendered_kind == CARD and dialog.rendered is not None
    assert dialog.pdf.document.pageCount() == 1 == dialog.rendered.pages
    assert not dialog.qr.isEnabled()  # the card always has its QR code
    assert dialog.save_button.text() == "Save card…"
    assert dialog.status.text() == "1 page."

    saved = tmp_path / "card.pdf"
    suggested: list[Path] = []

    def choose(parent: object, name: Path) -> Path:
        suggested.append(name)
        return saved

    monkeypatch.setattr(file_dialogs, "choose_pdf_destination", choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert suggested[0].name.endswith("emergency card.pdf")
    reader = PdfReader(saved)
    assert len(reader.pages) == 1
    text = pdf_text(saved.read_bytes())
    assert NAME in text
    assert "penicillin" in text.lower()  # the allergy
    assert Labels(("en", "ro")).one("ro", "card.title") in text  # both languages

    # Leaving the allergies out leaves them off the card too.
    renders = dialog.renders
    press_space_on(qtbot, dialog, section(dialog, "allergies"))
    rerendered(qtbot, dialog, renders)
    assert "penicillin" not in pdf_text(dialog.rendered.pdf).lower()

    printed = tmp_path / "printed-card.pdf"

    def pdf_printer(parent: object) -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(recovery_code_page, "ask_printer", pdf_printer)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(printed).pages) == 1

    events: list[dict[str, int]] = []
    context.vault.read(
        lambda opened: [
            dict(e.counts) for e in opened.vault.audit_log() if e.event.value == "exported"
        ],
        on_result=events.extend,
        on_error=pytest.fail,
    )
    qtbot.waitUntil(lambda: len(events) == 2, timeout=10_000)
    assert events == [
        {"card": 1, "languages": 2},
        {"card": 1, "print": 1, "pages": 1, "languages": 2},
    ]


def test_the_dialog_fits_the_window(qtbot: QtBot, demo_window: AppWindow) -> None:
    dialog = open_export(qtbot, demo_window)
    assert dialog.width() <= 1280 and dialog.height() <= 800
    side = dialog.findChild(QScrollArea, "exportSide")
    assert side is not None
    # everything in the side column is within reach (it scrolls when the text is large)
    assert dialog.include.view.height() >= dialog.include.view.minimumHeight()
    assert dialog.preview.width() > side.width()
