"""Record windows for the Cancer journey and Treatments tests: the demo profile, or real public
files (../shared/data, skipped where that folder is not available) imported into a new profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_PASSPHRASE, create_demo_profile
from ecan_desktop.importers.file import read_file
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.vault.profiles import ProfileStore
from tests.conftest import SHARED_DATA
from tests.ui.conftest import PASSPHRASE, show_window, unlock


def shared_file(folder: str, prefix: str) -> Path:
    found = sorted((SHARED_DATA / folder).glob(f"{prefix}*.json"))
    if not found:
        pytest.skip(f"no {folder}/{prefix}*.json here")
    return found[0]


def record_window(
    qtbot: QtBot, context: AppContext, label: str, passphrase: str, view: int
) -> AppWindow:
    """Unlock *label*, wait for the whole record, show view number *view* of the sidebar."""
    win = show_window(qtbot, context)
    unlock(qtbot, win, label, passphrase)
    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.view_data is not None, timeout=30_000)
    frame.show_view(view)
    return win


def demo_window(qtbot: QtBot, context: AppContext, store: ProfileStore, view: int) -> AppWindow:
    label = create_demo_profile(store).info.label
    return record_window(qtbot, context, label, DEMO_PASSPHRASE, view)


def file_window(
    qtbot: QtBot, context: AppContext, store: ProfileStore, path: Path, view: int
) -> AppWindow:
    created = store.create("Files", PASSPHRASE)
    with store.unlock(created.info.id, PASSPHRASE) as opened:
        batch = read_file(path)
        opened.vault.put_batch(batch.source, batch.resources, full_urls=batch.full_urls)
    return record_window(qtbot, context, "Files", PASSPHRASE, view)
