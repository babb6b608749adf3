"""The export dialog: opened from the record window, a live preview rendered off the GUI thread,
Save PDF…, Export IPS (.json)…, Print…, and nothing patient-related on disk but the chosen files."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.summary.labels import Labels
from ecan_desktop.ui import file_dialogs, recovery_code_page
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.export_dialog import ExportDialog
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
