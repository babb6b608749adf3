"""``export pdf``, ``export ips`` and ``export card`` as a user or a script runs them: files
written where asked and nothing else, one-line errors with exit code 2 for a bad language, and
the export recorded in the vault's audit log."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from ecan_desktop.summary.ips_checks import check_ips
from ecan_desktop.vault.profiles import ProfileStore
from ecan_desktop.vault.records import AuditEvent
from tests.integration.helpers import run_cli
from tests.integration.test_cli import one_error_line

DEMO = "demo"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export-data")
    result = run_cli("demo", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_export_pdf_writes_the_bilingual_summary(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    result = run_cli(
        "export",
        "pdf",
        "--profile",
        "Demo",
        "--lang",
        "de,ro",
        "-o",
        out,
        data_dir=data_dir,
        passphrase=DEMO,
    )
    assert result.returncode == 0, result.stderr
    assert "summary.pdf" in result.stdout
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) >= 4
    first = reader.pages[0].extract_text()
    assert "Notfallinformationen" in first and "Informații pentru urgențe" in first
    assert set(reader.attachments) == {"ips-bundle.json"}
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temporary file left
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_export_pdf_on_letter_without_qr(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = run_cli(
        "export",
        "pdf",
        "--profile",
        "Demo",
        "--lang",
        "el",
        "--paper",
        "letter",
        "--no-qr",
        "-o",
        out,
        data_dir=data_dir,
        passphrase=DEMO,
    )
    assert result.returncode == 0, result.stderr
    page = PdfReader(out).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)


def test_export_ips_writes_a_valid_ips_document(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "ips.json"
    result = run_cli(
        "export", "ips", "--profile", "Demo", "-o", out, data_dir=data_dir, passphrase=DEMO
    )
    assert result.returncode == 0, result.stderr
    bundle = json.loads(out.read_text("utf-8"))
    assert check_ips(bundle) == []
    assert bundle["entry"][0]["resource"]["title"] == (
        "International Patient Summary (patient-held copy)"
    )


def test_export_card(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = run_cli(
        "export",
        "card",
        "--profile",
        "Demo",
        "--lang",
        "de,ro",
        "-o",
        out,
        data_dir=data_dir,
        passphrase=DEMO,
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "NOTFALL" in reader.pages[0].extract_text()


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("xx", "“xx” is not a language the summary can be printed in"),
        ("cs", "cannot be printed in Czech yet"),
        ("de,ro,fr", "one language or two"),
    ],
)
def test_a_bad_language_is_a_usage_error_before_any_passphrase(
    data_dir: Path, tmp_path: Path, lang: str, says: str
) -> None:
    out = tmp_path / "x.pdf"
    result = run_cli(
        "export", "pdf", "--profile", "Demo", "--lang", lang, "-o", out, data_dir=data_dir
    )
    assert result.returncode == 2
    line = one_error_line(result.stderr)
    assert says in line
    assert not out.exists()


def test_an_unwritable_place_is_one_line_and_exit_1(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "summary.pdf"
    result = run_cli(
        "export",
        "card",
        "--profile",
        "Demo",
        "--lang",
        "en",
        "-o",
        out,
        data_dir=data_dir,
        passphrase=DEMO,
    )
    assert result.returncode == 1
    assert "could not be written" in one_error_line(result.stderr)


def test_exports_are_audited_without_content(data_dir: Path, tmp_path: Path) -> None:
    run_cli(
        "export",
        "ips",
        "--profile",
        "Demo",
        "-o",
        tmp_path / "a.json",
        data_dir=data_dir,
        passphrase=DEMO,
    )
    store = ProfileStore(data_dir / "profiles")
    with store.unlock("Demo", DEMO) as opened:
        exported = [e for e in opened.vault.audit_log() if e.event == AuditEvent.EXPORTED]
    assert exported
    assert all(
        set(e.counts) <= {"pdf", "ips", "card", "pages", "entries", "languages"} for e in exported
    )
    assert all(isinstance(v, int) for e in exported for v in e.counts.values())
