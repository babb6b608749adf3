"""The demo's summary PDF as a doctor and a program read it: page 1 the emergency page, text that
can be extracted in both languages, the codes, every page's header and footer, the metadata, the
paper sizes, the IPS attached and the QR code that scans back to the emergency data set."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from ecan_desktop.summary.data import SummaryData
from ecan_desktop.summary.emergency import emergency_json
from ecan_desktop.summary.errors import Cancelled
from ecan_desktop.summary.ips import FILE_NAME, build_ips, ips_bytes
from ecan_desktop.summary.render import PdfOptions, RenderedPdf, render_pdf
from ecan_desktop.summary.select import default_selection, select
from tests.unit.summary.conftest import decode_qr

NAME = "Ioana Teodora Bălănescu"
BORN = "1974-06-17"


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def de_ro(demo_pdf: Callable[..., RenderedPdf]) -> RenderedPdf:
    return demo_pdf("de", "ro")


@pytest.fixture(scope="module")
def el_bg(demo_pdf: Callable[..., RenderedPdf]) -> RenderedPdf:
    return demo_pdf("el", "bg")


def test_page_one_is_the_emergency_page_in_german_and_romanian(de_ro: RenderedPdf) -> None:
    first = pages_text(de_ro.pdf)[0]
    for words in (
        "Notfallinformationen",
        "Informații pentru urgențe",
        "Warnhinweise aus der Akte",
        "Avertizări din dosar",
        "Allergien und Unverträglichkeiten",
        "Alergii și intoleranțe",
        "Penicillin",
        "Penicilină",
        "Anaphylaxie",
        "hoch",
        "Aktuelle Medikation",
        "Medicație curentă",
        "Tamoxifen",
        "ATC L02BA01",
        "Aktive Krebserkrankung",
        "Cancer activ",
        "ICD-10 C50.4",
        "ICD-O-3 8500/3",
        "Stadium IIB (pathologisch, AJCC, 8. Auflage) pT2 pN1a cM0",
        "Medizinprodukte",
        "Implantiertes Portsystem (venöser Zugang)",
        "Anthrazykline (240 mg/m² Doxorubicin-Äquivalent) und Strahlentherapie in Herznähe",
        "Implantiertes Portsystem",
        "Institutul Oncologic Someș, Cluj-Napoca",
        "Dr. Andrei Mocanu",
        "IOS-24-004817",
    ):
        assert words in first, words
    assert "[ro]" in first  # the source's words are marked with their language


def test_page_one_in_greek_and_bulgarian(el_bg: RenderedPdf) -> None:
    first = pages_text(el_bg.pdf)[0]
    for words in (
        "Πληροφορίες έκτακτης ανάγκης",
        "Информация за спешни случаи",
        "Αλλεργίες και δυσανεξίες",
        "Алергии и непоносимости",
        "Πενικιλλίνη",
        "Пеницилин",
        "αναφυλαξία",
        "анафилаксия",
        "Ταμοξιφαίνη",
        "Тамоксифен",
        "Ενεργός καρκίνος",
        "Активно онкологично заболяване",
        "Στάδιο IIB",
        "Стадий IIB",
        "ICD-10 C50.4",
        "ICD-O-3 8500/3",
        "Ιατροτεχνολογικά προϊόντα",
        "Медицински изделия",
        "Εμφυτευμένο σύστημα φλεβικής πρόσβασης (port)",
        "Ανθρακυκλίνες (240 mg/m² ισοδύναμο δοξορουβικίνης)",
        "Антрациклини (240 mg/m² доксорубицинов еквивалент)",
    ):
        assert words in first, words


def test_the_whole_document_has_the_history_and_its_codes(de_ro: RenderedPdf) -> None:
    text = " ".join(pages_text(de_ro.pdf))
    for words in (
        "Onkologische Vorgeschichte",
        "Istoric oncologic",
        "Carcinom invaziv NST (ductal), sân stâng, cadran supero-extern",
        "ATC L01DB01",
        "Doxorubicin",
        "doxorubicină",
        "240 mg/m2",
        "408 mg",
        "Anthrazykline, Doxorubicin-Äquivalent gesamt: 240 mg/m2",
        "Feijen EAM",
        "Strahlentherapie",
        "50 Gy in 25 Fraktionen",
        "60 Gy",
        "Aktuelle Befunde",
        "CA 15-3",
        "LOINC 6875-9",
        "Behandlungsplan und Nachsorge",
        "Quellen",
        "Onkologiezentrum Wienerwald, Wien",
        "Armenian SH",
        FILE_NAME,
    ):
        assert words in text, words


@pytest.mark.parametrize(
    ("languages", "page_word"),
    [(("de", "ro"), "Seite {} von {}"), (("el", "bg"), "Σελίδα {} από {}")],
)
def test_every_page_has_the_patient_the_page_count_and_the_date(
    demo_pdf: Callable[..., RenderedPdf], languages: tuple[str, str], page_word: str
) -> None:
    rendered = demo_pdf(*languages)
    texts = pages_text(rendered.pdf)
    assert len(texts) == rendered.pages >= 4
    for number, text in enumerate(texts, start=1):
        assert NAME in text and BORN in text
        assert page_word.format(number, len(texts)) in text
        assert "2026-11-29 10:00 UTC+01:00" in text


def test_metadata_language_and_creation_date(de_ro: RenderedPdf) -> None:
    reader = PdfReader(io.BytesIO(de_ro.pdf))
    info = reader.metadata
    assert info is not None
    assert info.title == f"Grenzüberschreitende Patientenkurzakte — {NAME}"
    assert info.author is not None and info.author.startswith("ecan-desktop ")
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert info["/CreationDate"] == "D:20261129100000+01'00'"


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612.0, 792.0))])
def test_a4_and_letter_with_the_emergency_page_on_one_page(
    demo_pdf: Callable[..., RenderedPdf], paper: str, size: tuple[float, float]
) -> None:
    rendered = demo_pdf("de", "ro", paper=paper)
    reader = PdfReader(io.BytesIO(rendered.pdf))
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == size
    first, second = pages_text(rendered.pdf)[:2]
    assert "Medizinprodukte" in first and "[ro] nach Wörtern" in first
    assert "Onkologische Vorgeschichte" in second


def test_fonts_are_embedded_subsets(de_ro: RenderedPdf) -> None:
    reader = PdfReader(io.BytesIO(de_ro.pdf))
    names = set()
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            names.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            if descriptor is not None:
                descriptor = descriptor.get_object()
                assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert names == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}


def test_the_ips_bundle_is_attached(de_ro: RenderedPdf, demo_data: SummaryData) -> None:
    reader = PdfReader(io.BytesIO(de_ro.pdf))
    (attached,) = reader.attachments[FILE_NAME]
    assert json.loads(attached) == de_ro.ips
    assert attached == ips_bytes(build_ips(demo_data, language="de"))


def test_the_qr_code_scans_to_the_emergency_data_set(
    de_ro: RenderedPdf, demo_data: SummaryData, tmp_path: Path
) -> None:
    expected = emergency_json(select(demo_data, default_selection(demo_data)))
    assert de_ro.emergency_json == expected
    assert decode_qr(de_ro.pdf, tmp_path) == [expected]
    data = json.loads(expected)
    assert data["allergies"][0]["substance"] == "penicillin"
    assert data["cancer"][0]["icd10"] == "C50.4" and data["cancer"][0]["stage"] == "IIB"
    assert data["devices"][0]["port"] is True
    assert data["medications"][0]["name"] == "tamoxifen"
    assert data["warnings"] == ["anthracycline_chest_rt", "venous_port"]


def test_without_qr(demo_pdf: Callable[..., RenderedPdf], tmp_path: Path) -> None:
    rendered = demo_pdf("de", qr=False)
    assert rendered.emergency_json is None
    assert decode_qr(rendered.pdf, tmp_path) == []


def test_english_alone_has_no_second_language(demo_pdf: Callable[..., RenderedPdf]) -> None:
    first = pages_text(demo_pdf("en").pdf)[0]
    assert "Emergency information" in first and "Allergies and intolerances" in first
    assert "Notfallinformationen" not in first and "Page 1 of" in first


def test_a_section_left_out_is_not_printed_nor_in_the_qr(demo_data: SummaryData) -> None:
    selection = default_selection(demo_data).with_section("allergies", False)
    rendered = render_pdf(demo_data, PdfOptions(("en",), selection=selection))
    assert "Allergies and intolerances" not in pages_text(rendered.pdf)[0]
    assert rendered.emergency_json is not None
    assert "allergies" not in json.loads(rendered.emergency_json)


def test_progress_is_reported_and_cancel_stops(demo_data: SummaryData) -> None:
    seen: list[tuple[int, int]] = []
    render_pdf(demo_data, PdfOptions(("en",)), progress=lambda d, t: seen.append((d, t)))
    assert len(seen) >= 6
    assert all(done <= total for done, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        render_pdf(demo_data, PdfOptions(("en",)), cancel=cancel)
