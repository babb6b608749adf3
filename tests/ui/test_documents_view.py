"""The Documents view on the demo, plus a PDF, an image, a file it cannot show and a link: the list,
each file shown inside the app (read from memory: nothing lands in the temp folder), the
sentences for what cannot be shown, and "Save a copy…". Lab and pathology reports that carry
their file (DiagnosticReport.presentedForm) are listed and shown the same way."""

from __future__ import annotations

import base64
import io
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.ui import file_dialogs
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.boxed_list import SUBTITLE_ROLE
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.record_frame import DOCUMENTS, JOURNEY
from ecan_desktop.ui.views.document_viewer import IMAGE_PAGE, MESSAGE, PDF_PAGE, TEXT_PAGE
from ecan_desktop.ui.views.documents import EMPTY, DocumentsView
from ecan_desktop.ui.views.journey_model import SUBTITLE_ROLE as JOURNEY_SUBTITLE_ROLE
from ecan_desktop.vault.profiles import ProfileStore
from ecan_desktop.vault.records import NewSource
from tests.ui.conftest import AddProfile, patient_resources, show_window, unlock

ZIP = b"PK\x03\x04" + b"\x00" * 26


def tiny_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in (1, 2):
        pdf.drawString(72, 760, f"Synthetic discharge letter, page {page}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def tiny_png() -> bytes:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a5fb4"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def document(resource_id: str, name: str, day: str, **attachment: Any) -> dict[str, Any]:
    return {
        "resourceType": "DocumentReference",
        "id": resource_id,
        "status": "current",
        "description": name,
        "date": day,
        "content": [{"attachment": attachment}],
    }


def attached(content_type: str, data: bytes, title: str) -> dict[str, Any]:
    return {
        "contentType": content_type,
        "data": base64.b64encode(data).decode("ascii"),
        "title": title,
    }


def added_documents() -> list[dict[str, Any]]:
    pdf, png = tiny_pdf(), tiny_png()
    return [
        document(
            "pdf",
            "Discharge letter (PDF)",
            "2027-01-10",
            **attached("application/pdf", pdf, "l.pdf"),
        ),
        document("png", "Scan of the scar", "2027-01-09", **attached("image/png", png, "scar.png")),
        document(
            "zip", "Imaging archive", "2027-01-08", **attached("application/zip", ZIP, "cd.zip")
        ),
        document(
            "url",
            "CT report",
            "2027-01-07",
            contentType="application/pdf",
            url="https://x.test/ct.pdf",
        ),
    ]


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "system-temp"
    path.mkdir()
    monkeypatch.setenv("TMPDIR", str(path))
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path


@pytest.fixture
def view(
    qtbot: QtBot, context: AppContext, store: ProfileStore, system_temp: Path
) -> DocumentsView:
    QLocale.setDefault(QLocale("en_US"))  # the conftest puts the system's back afterwards
    created = create_demo_profile(store)
    with store.unlock(created.info.id, DEMO_PASSPHRASE) as opened:
        opened.vault.put_batch(
            NewSource(
                kind="file",
                origin="centre:Clinica Test",
                centre_name="Clinica Test",
                centre_country="RO",
                file_name="letters.json",
                imported_at="2027-01-11T09:00:00Z",
            ),
            added_documents(),
        )
    window = show_window(qtbot, context)
    unlock(qtbot, window, created.info.label, DEMO_PASSPHRASE)
    frame = window.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=15_000)
    frame.show_view(DOCUMENTS)
    found = frame.documents_view
    qtbot.waitUntil(lambda: found.model.rowCount() > 0)
    return found


def rows(view: DocumentsView) -> list[tuple[str, str]]:
    model = view.model
    return [
        (model.index(r).data(), model.index(r).data(SUBTITLE_ROLE)) for r in range(model.rowCount())
    ]


def choose(qtbot: QtBot, view: DocumentsView, title: str) -> None:
    row = next(r for r, (t, _) in enumerate(rows(view)) if t == title)
    view.list.setCurrentIndex(view.model.index(row))
    qtbot.waitUntil(lambda: view.viewer.item is not None and view.viewer.item.title == title)


def test_the_list_shows_each_document_newest_first_in_plain_words(view: DocumentsView) -> None:
    listed = rows(view)
    assert listed[:4] == [
        ("Discharge letter (PDF)", "PDF document · Jan 10, 2027 · Clinica Test · RO"),
        ("Scan of the scar", "Image · Jan 9, 2027 · Clinica Test · RO"),
        ("Imaging archive", "File · Jan 8, 2027 · Clinica Test · RO"),
        ("CT report", "Link to a document · Jan 7, 2027 · Clinica Test · RO"),
    ]
    titles = [title for title, _ in listed]
    assert "Scrisoare medicală — control oncologic 2026-11-17" in titles
    assert "Strahlentherapie — Abschlussbericht" in titles
    assert len(listed) == 11
    assert dict(listed)["Rezumat oncologic al pacientului"].startswith("Summary document ·")


def test_a_pdf_is_shown_inside_the_app_from_memory(
    qtbot: QtBot, view: DocumentsView, system_temp: Path
) -> None:
    viewer = view.viewer
    # The newest document with a file opens first.
    qtbot.waitUntil(lambda: viewer.current_page() == PDF_PAGE)
    assert viewer.title.text() == "Discharge letter (PDF)"
    qtbot.waitUntil(lambda: viewer.pdf_document.pageCount() == 2)
    pdf = viewer.pdf_page
    assert pdf.page_label.text() == "Page 1 of 2"
    assert not pdf.previous_button.isEnabled()
    qtbot.mouseClick(pdf.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pdf.page_label.text() == "Page 2 of 2")
    assert viewer.details.text().startswith("PDF document · ")
    assert list(system_temp.iterdir()) == []  # nothing of the record was written out
    # Locking forgets the file at once.
    window = view.window()
    assert isinstance(window, AppWindow)
    window.record_frame.lock()
    assert viewer.pdf_document.pageCount() == 0
    assert viewer.item is None and view.model.rowCount() == 0
    assert not viewer.save_button.isEnabled()


def test_an_image_and_a_text_letter_are_shown(qtbot: QtBot, view: DocumentsView) -> None:
    viewer = view.viewer
    choose(qtbot, view, "Scan of the scar")
    qtbot.waitUntil(lambda: viewer.current_page() == IMAGE_PAGE)
    assert (viewer.image_page.image.width(), viewer.image_page.image.height()) == (40, 20)
    assert viewer.image_page.label.pixmap() is not None
    choose(qtbot, view, "Scrisoare medicală — control oncologic 2026-11-17")
    qtbot.waitUntil(lambda: viewer.current_page() == TEXT_PAGE)
    assert "SCRISOARE MEDICALĂ — CONTROL ONCOLOGIC" in viewer.text_page.toPlainText()
    assert viewer.text_page.isReadOnly()


def test_what_cannot_be_shown_says_so_and_can_be_saved(
    qtbot: QtBot, view: DocumentsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    viewer = view.viewer
    choose(qtbot, view, "Imaging archive")
    qtbot.waitUntil(lambda: viewer.current_page() == MESSAGE and viewer.save_button.isEnabled())
    assert viewer.message_text() == (
        "This kind of file (application/zip) cannot be shown here. Save a copy to open it with "
        "another program."
    )
    target = tmp_path / "saved" / "copy.zip"
    target.parent.mkdir()
    suggested: list[Path] = []

    def destination(parent: object, suggestion: Path) -> Path:
        suggested.append(suggestion)
        return target

    monkeypatch.setattr(file_dialogs, "choose_copy_destination", destination)
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    assert suggested[0].name == "cd.zip"
    assert target.read_bytes() == ZIP
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert viewer.status.text() == f"Saved a copy to {target}."

    choose(qtbot, view, "CT report")
    qtbot.waitUntil(lambda: "https://x.test/ct.pdf" in viewer.message_text())
    assert viewer.message_text().startswith("The file is not in the summary")
    assert not viewer.save_button.isEnabled()

    choose(qtbot, view, "Rezumat oncologic al pacientului")
    assert viewer.message_text().startswith("This is the summary document your centre sent.")


def test_no_documents_shows_how_to_get_them(
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
    frame.show_view(DOCUMENTS)
    view = frame.documents_view
    assert view.stack.currentIndex() == EMPTY
    assert view.empty.title.text() == "No documents yet"
    with qtbot.waitSignal(view.import_requested):
        qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)


def report_with_file(
    rid: str, category: str, code: str, display: str, day: str, form: dict[str, Any]
) -> dict[str, Any]:
    return {
        "resourceType": "DiagnosticReport",
        "id": rid,
        "status": "final",
        "category": [
            {
                "coding": [
                    {"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": category}
                ]
            }
        ],
        "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": display}]},
        "subject": {"reference": "Patient/p1"},
        "effectiveDateTime": day,
        "presentedForm": [form],
    }


def lab_report_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.drawString(72, 760, "Synthetic lab report: complete blood count")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_reports_with_their_file_are_listed_and_shown_as_the_report_itself(
    qtbot: QtBot,
    context: AppContext,
    add_profile: AddProfile,
    system_temp: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    QLocale.setDefault(QLocale("en_US"))
    pdf = lab_report_pdf()
    words = b"Invasive carcinoma NST, grade 2. Margins clear."
    add_profile(
        "Lab",
        resources=[
            *patient_resources(),
            report_with_file(
                "cbc",
                "HM",
                "58410-2",
                "Complete blood count",
                "2027-02-03",
                attached("application/pdf", pdf, "hemoleucograma.pdf"),
            ),
            report_with_file(
                "histo",
                "SP",
                "11529-5",
                "Surgical pathology study",
                "2027-01-20",
                attached("text/plain", words, "histo.txt"),
            ),
        ],
    )
    window = show_window(qtbot, context)
    unlock(qtbot, window, "Lab")
    frame = window.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=15_000)
    frame.show_view(DOCUMENTS)
    view = frame.documents_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    chip = "Spitalul Județean Test · RO"
    assert rows(view) == [
        ("Complete blood count", f"Lab report (PDF) · Feb 3, 2027 · {chip}"),
        ("Surgical pathology study", f"Pathology report · Jan 20, 2027 · {chip}"),
    ]
    # The same item as the report among the results: no second item in the record.
    data = frame.view_data
    assert data is not None
    report = next(r for r in data.record.reports if r.title == "Complete blood count")
    assert view.model.item_at(0) is not None and view.model.item_at(0).id == report.id
    assert data.record.documents == ()

    viewer = view.viewer
    qtbot.waitUntil(lambda: viewer.current_page() == PDF_PAGE)
    qtbot.waitUntil(lambda: viewer.pdf_document.pageCount() == 1)
    assert viewer.title.text() == "Complete blood count"
    assert viewer.details.text().startswith("Lab report (PDF) · ")
    assert list(system_temp.iterdir()) == []  # shown from memory

    target = tmp_path / "copy.pdf"
    suggested: list[Path] = []

    def destination(parent: object, suggestion: Path) -> Path:
        suggested.append(suggestion)
        return target

    monkeypatch.setattr(file_dialogs, "choose_copy_destination", destination)
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    assert suggested[0].name == "hemoleucograma.pdf"
    assert target.read_bytes() == pdf

    choose(qtbot, view, "Surgical pathology study")
    qtbot.waitUntil(lambda: viewer.current_page() == TEXT_PAGE)
    assert viewer.text_page.toPlainText() == words.decode()
    assert viewer.details.text().startswith("Pathology report · ")

    # On the Cancer journey each report is still one event, named as the report it is.
    frame.show_view(JOURNEY)
    journey = frame.journey_view
    qtbot.waitUntil(lambda: journey.model.rowCount() > 0)
    model = journey.model
    events = {
        model.index(r).data(): model.index(r).data(JOURNEY_SUBTITLE_ROLE)
        for r in range(model.rowCount())
        if model.event_at(r) is not None
    }
    assert events == {
        "Surgical pathology study": "Pathology report",
        "Complete blood count": "Lab report",
    }
