"""Fixtures for the UI tests: the app as ``run_app`` builds it, minus the event loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecan_desktop.i18n.qt_translator import install_translator
from ecan_desktop.paths import AppPaths
from ecan_desktop.ui.app import build_main_window, create_app
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.start_window import StartWindow
from ecan_desktop.vault.profiles import ProfileInfo, ProfileStore
from ecan_desktop.vault.records import NewSource

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def ecan_app(qapp: QApplication) -> Iterator[QApplication]:
    """Fusion, our palette and the readable base font; English again after every test."""
    app = create_app()
    yield app
    QLocale.setDefault(QLocale.system())
    install_translator(app, "en")


@pytest.fixture
def context(app_paths: AppPaths, store: ProfileStore) -> Iterator[AppContext]:
    """The real thing: a thread pool and the vault's own worker thread."""
    ctx = AppContext.create(app_paths, store)
    yield ctx
    ctx.shutdown()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> StartWindow:
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
