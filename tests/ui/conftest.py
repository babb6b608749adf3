"""Fixtures for the UI tests: the app as ``run_app`` builds it, minus the event loop."""

from __future__ import annotations

import gc
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ecan_desktop.i18n import qt_translator
from ecan_desktop.i18n.qt_translator import install_translator
from ecan_desktop.paths import AppPaths
from ecan_desktop.settings import Settings
from ecan_desktop.ui.app import build_main_window, create_app
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.appearance import apply_appearance
from ecan_desktop.ui.context import AppContext
from ecan_desktop.vault.errors import ProfileInUse, WrongPassphrase
from ecan_desktop.vault.profiles import ProfileInfo, ProfileStore
from ecan_desktop.vault.records import NewSource

PASSPHRASE = "correct horse battery"
D = TypeVar("D", bound=QDialog)


@pytest.fixture(autouse=True)
def ecan_app(qapp: QApplication) -> Iterator[QApplication]:
    """Fusion, our palette and the readable base font; English, the system theme and 100 % text
    again after every test."""
    app = create_app()
    install_translator(app, "en")  # English plural forms, as run_app installs them
    yield app
    QLocale.setDefault(QLocale.system())
    install_translator(app, "en")
    apply_appearance(app, Settings())


@pytest.fixture
def context(app_paths: AppPaths, store: ProfileStore) -> Iterator[AppContext]:
    """The real thing: a thread pool and the vault's own worker thread."""
    ctx = AppContext.create(app_paths, store)
    yield ctx
    ctx.shutdown()


@pytest.fixture(autouse=True)
def _window_goes_with_its_test() -> Iterator[None]:
    """pytest-qt closes each test's window and asks Qt to delete it later, which does not happen
    before the next test; left to the garbage collector, it would be destroyed at a random moment
    of the next test, while that test's window watches every event. Delete it now."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> AppWindow:
    win = build_main_window(context)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


AddProfile = Callable[..., ProfileInfo]


@pytest.fixture
def add_profile(store: ProfileStore) -> AddProfile:
    """Create a profile; with *resources*, store them as one import from *centre*."""

    def add(
        label: str,
        *,
        passphrase: str = PASSPHRASE,
        resources: list[Mapping[str, Any]] | None = None,
        centre: str = "Spitalul Județean Test",
        country: str = "RO",
        file_name: str | None = "summary.json",
    ) -> ProfileInfo:
        created = store.create(label, passphrase)
        if resources:
            with store.unlock(created.info.id, passphrase) as opened:
                opened.vault.put_batch(
                    NewSource(
                        kind="file",
                        origin=f"centre:{centre}",
                        centre_name=centre,
                        centre_country=country,
                        file_name=file_name,
                        imported_at="2025-03-14T09:30:00Z",
                    ),
                    resources,
                )
        return store.find(created.info.id)

    return add


def patient_resources() -> list[dict[str, Any]]:
    """A small record: the patient, two diagnoses, three results, one medicine, one organisation."""
    return [
        {
            "resourceType": "Patient",
            "id": "p1",
            "name": [{"use": "official", "family": "Popescu", "given": ["Maria"]}],
            "birthDate": "1968-04-02",
        },
        {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"}},
        {"resourceType": "Condition", "id": "c2", "subject": {"reference": "Patient/p1"}},
        *({"resourceType": "Observation", "id": f"o{i}", "status": "final"} for i in range(1, 4)),
        {"resourceType": "MedicationAdministration", "id": "m1", "status": "completed"},
        {"resourceType": "Organization", "id": "org1", "name": "Spitalul Județean Test"},
    ]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt's offscreen platform (tests only) cannot resize a window to new size hints and says so
    each time a dialog's content changes; real platforms do it. Only that sentence is ignored."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(
                pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
            )


# -- a small Romanian translation, compiled as make does -----------------------------------
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

ROMANIAN = {
    "ProfilesPage": {
        "Profiles": "Profiluri",
        "Last opened {date}": "Deschis ultima dată pe {date}",
    },
    "UnlockPage": {"Unlock": "Deblocare"},
    "OverviewView": {
        "What is in your record": "Ce conține dosarul dumneavoastră",
        "Test results": "Rezultate de analize",
    },
    "RecordFrame": {"Overview": "Pe scurt", "Settings": "Setări"},
    "SettingsPage": {"Language": "Limba", "Text size": "Mărimea textului"},
    "VaultErrors": {WrongPassphrase.source: "Parola nu este corectă."},
}
ROMANIAN_PLURAL = (
    "OverviewView",
    "%n item(s) in total",
    ["%n element în total", "%n elemente în total", "%n de elemente în total"],
)


def compile_translation(directory: Path) -> Path:
    """A tiny ecan_ro.ts, compiled by the same lrelease that ``make`` uses."""
    root = ET.Element("TS", version="2.1", language="ro")
    for context_name, entries in ROMANIAN.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source, text in entries.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    context_name, source, forms = ROMANIAN_PLURAL
    context = next(c for c in root if c.findtext("name") == context_name)
    message = ET.SubElement(context, "message", numerus="yes")
    ET.SubElement(message, "source").text = source
    translation = ET.SubElement(message, "translation")
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    ts = directory / "ecan_ro.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = directory / "ecan_ro.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def romanian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    qm = compile_translation(tmp_path)
    monkeypatch.setattr(
        qt_translator,
        "app_translation_file",
        lambda code: qm if code == "ro" else tmp_path / f"missing_{code}.qm",
    )
    return qm


# -- the shipped translations, compiled as make does ----------------------------------------
SHIPPED = ["de", "fr", "ro", "el", "bg", "pl"]


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    out = tmp_path_factory.mktemp("qm")
    for code in SHIPPED:
        ts = Path(__file__).resolve().parents[2] / "translations" / f"ecan_{code}.ts"
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(out / f"ecan_{code}.qm")], check=True
        )
    return out


@pytest.fixture
def shipped(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(
        qt_translator, "app_translation_file", lambda code: compiled / f"ecan_{code}.qm"
    )
    return compiled


# -- driving the window ---------------------------------------------------------------------------
def show_window(
    qtbot: QtBot, context: AppContext, size: tuple[int, int] = (1280, 800)
) -> AppWindow:
    win = build_main_window(context)
    qtbot.addWidget(win)
    win.resize(*size)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    win.profiles_page.focus_first()
    return win


def labels_in_list(window: AppWindow) -> list[str]:
    view = window.profiles_page.profile_list
    return [view.item(row).text() for row in range(view.count())]


def open_profile(qtbot: QtBot, window: AppWindow, label: str) -> None:
    """Choose *label* on the start screen with the keyboard (Enter)."""
    page = window.profiles_page
    assert page.profile_list.select_key(next(p.id for p in page.profiles if p.label == label))
    page.profile_list.setFocus()
    qtbot.keyClick(page.profile_list, Qt.Key.Key_Return)
    assert window.current_page() is window.unlock_page


def type_passphrase(qtbot: QtBot, window: AppWindow, passphrase: str) -> None:
    field = window.unlock_page.passphrase
    field.clear()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def record_shown(window: AppWindow) -> Callable[[], bool]:
    return lambda: window.current_page() is window.record_frame and bool(window.record_frame.data)


def unlock(qtbot: QtBot, window: AppWindow, label: str, passphrase: str = PASSPHRASE) -> None:
    open_profile(qtbot, window, label)
    type_passphrase(qtbot, window, passphrase)
    qtbot.waitUntil(record_shown(window), timeout=10_000)


def vault_is_free(store: ProfileStore, info: ProfileInfo, passphrase: str = PASSPHRASE) -> bool:
    """True when nobody holds the profile open (the lock is per open file, even in one process)."""
    try:
        store.unlock(info.id, passphrase).close()
    except ProfileInUse:
        return False
    return True


def visible_dialog(qtbot: QtBot, window: QWidget, kind: type[D], timeout: int = 5_000) -> D:
    """The visible dialog of *kind* opened over *window* (they open window-modal, not exec)."""
    found: list[D] = []

    def check() -> bool:
        found[:] = [d for d in window.findChildren(kind) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(check, timeout=timeout)
    return found[-1]
