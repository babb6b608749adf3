"""Summaries of real records: the demo profile and the ../shared/data files, each read once per
test session (the data is frozen, so tests may share it), rendered once per option set."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from ecan_desktop.demo import create_demo_profile
from ecan_desktop.importers.report import import_one
from ecan_desktop.summary.data import SummaryData, read_summary_data
from ecan_desktop.summary.render import PdfOptions, RenderedPdf, render_pdf
from ecan_desktop.vault.profiles import ProfileStore
from tests.conftest import FAST_KDF, SHARED_DATA

PASS = "correct horse battery"
# A fixed moment of generation (the demo's story is told as of November 2026).
GENERATED_AT = datetime(2026, 11, 29, 10, 0, tzinfo=timezone(timedelta(hours=1)))
IMPORTABLE = (
    "hl7-eu-eps/Bundle-Instance-Bundle-2df32f90-6f95-434e-9c29-4b9b0968f9e8.json",
    "hl7-ips/Bundle-bundle-ips-all-sections.json",
    "hl7-ips/IPS-bundle-01.xml",
    "hl7-ips/bundle-minimal.json",
    "hl7-ips/bundle-no-info-required-sections.json",
    "mcode/Condition-primary-cancer-condition-brian-l.json",
    "mcode/MedicationAdministration-cancer-related-medication-admin-doxorubicin-jenny-m.json",
    "mcode/Observation-tnm-pathologic-stage-group-jenny-m.json",
    "mcode/Observation-tumor-marker-test-her2-jenny-m.json",
    "mcode/Procedure-radiotherapy-treatment-summary-chest-wall-jenny-m.json",
    "smart-health-links/IPS_IG-bundle-01.json",
    "smart-health-links/example-00-a-fhirBundle.json",
    "survivorship-passport/07_06_2022_transaction_test.json",
    "survivorship-passport/esempio_be.json",
    "survivorship-passport/esempio_it.json",
    "synthea/Austin_Franecki_f23eef30-acb2-49da-8091-159b61dc1ed5.json",
    "synthea/Darin_Skiles_31c343e9-5d7f-444e-9be4-56b1a6ec6146.json",
    "synthea/Sherman_McGlynn_8ef2ef98-48c5-427e-80d4-5e8f30ac8bf5.json",
    "synthea/Whitney_Ortiz_b9bbc884-486e-4159-9bf3-c666ecb90df7.json",
)
"""Every ../shared/data file that imports (the others are SMART Health Link parts, a signed
card and a file without resourceType, rejected by design: tests/unit/importers)."""


@cache
def _store_root() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="ecan-summary-tests-"))


@pytest.fixture(scope="session")
def summary_store() -> Any:
    root = _store_root()
    yield ProfileStore(root / "profiles", kdf=FAST_KDF)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_data(summary_store: ProfileStore) -> SummaryData:
    created = create_demo_profile(summary_store)
    with summary_store.unlock(created.info.id, "demo") as opened:
        return read_summary_data(opened.vault, generated_at=GENERATED_AT)


def shared_file(name: str) -> Path:
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"{path} is not available here")
    return path


@pytest.fixture(scope="session")
def shared_data(summary_store: ProfileStore) -> Callable[[str], SummaryData]:
    """``shared_data(name)``: the summary data of a profile holding that one file."""
    made: dict[str, SummaryData] = {}

    def load(name: str) -> SummaryData:
        if name not in made:
            path = shared_file(name)
            label = f"shared {len(made)}"
            summary_store.create(label, PASS)
            with summary_store.unlock(label, PASS) as opened:
                report = import_one(opened.vault, path, accept_patient_mismatch=True)
                assert report.status == "imported", report.to_json()
                made[name] = read_summary_data(opened.vault, generated_at=GENERATED_AT)
        return made[name]

    return load


@pytest.fixture(scope="session")
def demo_pdf(demo_data: SummaryData) -> Callable[..., RenderedPdf]:
    """``demo_pdf("de", "ro", paper="a4")``: the demo's summary, rendered once per options."""
    made: dict[tuple[tuple[str, ...], str, bool], RenderedPdf] = {}

    def render(*languages: str, paper: str = "a4", qr: bool = True) -> RenderedPdf:
        key = (languages, paper, qr)
        if key not in made:
            made[key] = render_pdf(demo_data, PdfOptions(languages, paper, qr))
        return made[key]

    return render


def needs(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (make test installs them)")


def decode_qr(pdf: bytes, tmp_path: Path, *, page: int = 1, dpi: int = 150) -> list[str]:
    """The QR codes zbar finds on a page rendered by poppler, as text."""
    needs("pdftoppm", "zbarimg")
    source = tmp_path / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            str(source),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    image = next(tmp_path.glob("page*.png"))
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        check=False,
    )
    return [line for line in result.stdout.decode("utf-8").split("\n") if line]


def as_json(text: str) -> Any:
    return json.loads(text)
