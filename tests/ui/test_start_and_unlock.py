"""The first window end to end: what the user sees on the start screen, unlocking, and after."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from ecan_desktop.demo import DEMO_LABEL
from ecan_desktop.paths import resource_path
from ecan_desktop.ui.app import build_main_window
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.locale_format import format_fhir_date, format_timestamp_date
from ecan_desktop.ui.record_frame import OVERVIEW, SOURCES
from ecan_desktop.vault.errors import WrongPassphrase
from ecan_desktop.vault.profiles import ProfileStore
from tests.ui.conftest import (
    PASSPHRASE,
    AddProfile,
    labels_in_list,
    open_profile,
    patient_resources,
    record_shown,
    show_window,
    type_passphrase,
    vault_is_free,
)

DEMO_DATA = resource_path("demo", "manifest.json")


# -- start screen ---------------------------------------------------------------------------------
def test_no_profiles_shows_the_empty_state_with_create_as_the_one_primary_action(
    window: AppWindow,
) -> None:
    page = window.profiles_page
    assert page.empty_state.isVisible()
    assert page.empty_title.text() == "No profiles yet"
    assert "on this computer only" in page.empty_text.text()
    assert not page.profile_list.isVisible()
    assert not page.open_button.isVisible()
    assert page.create_button.isVisible() and page.create_button.property("primary") is True
    assert page.empty_restore_button.text() == "Restore from backup…"
    assert page.demo.demo_button.isVisible() == DEMO_DATA.is_file()
    assert page.language_picker.isVisible()
    primaries = [
        b for b in page.findChildren(QPushButton) if b.isVisible() and b.property("primary")
    ]
    assert primaries == [page.create_button]


def test_profiles_are_listed_with_their_label_and_when_they_were_last_opened(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile
) -> None:
    never = add_profile("Mum")
    opened = add_profile("Andrei")
    store.unlock(opened.id, PASSPHRASE).close()
    opened = store.find(opened.id)
    win = build_main_window(context)
    qtbot.addWidget(win)
    win.show()
    page = win.profiles_page
    assert sorted(labels_in_list(win)) == ["Andrei", "Mum"]
    assert not page.empty_state.isVisible()
    subtitles = {
        p.label: page.profile_list.item(i).data(Qt.ItemDataRole.UserRole + 1)
        for i, p in enumerate(page.profiles)
    }
    assert subtitles["Mum"] == "Never opened"
    assert subtitles["Andrei"] == f"Last opened {format_timestamp_date(opened.last_opened)}"
    assert never.last_opened is None
    # Something is selected, so Open is never a dead button.
    assert page.selected_profile() is not None
    assert page.open_button.isEnabled()
    assert page.new_button.isVisible() and page.restore_button.isVisible()


@pytest.mark.skipif(not DEMO_DATA.is_file(), reason="resources/demo/manifest.json is not there yet")
def test_try_the_demo_creates_the_demo_profile_and_says_its_passphrase(
    qtbot: QtBot, window: AppWindow, store: ProfileStore
) -> None:
    page = window.profiles_page
    qtbot.mouseClick(page.demo.demo_button, Qt.MouseButton.LeftButton)
    assert page.demo.busy
    assert page.demo.progress.isVisible()
    assert page.demo.cancel_button.isVisible()
    assert not page.open_button.isEnabled() or not page.open_button.isVisible()

    qtbot.waitUntil(lambda: not page.demo.busy, timeout=30_000)
    assert labels_in_list(window) == [DEMO_LABEL]
    assert page.selected_profile() is not None
    assert page.selected_profile().label == DEMO_LABEL  # type: ignore[union-attr]
    assert "“demo”" in page.status.message()
    assert not page.error.isVisible()
    assert not page.demo.isVisible()  # one demo is enough
    assert [p.label for p in store.list()] == [DEMO_LABEL]


def test_cancelling_the_demo_leaves_no_profile_behind(
    qtbot: QtBot, window: AppWindow, store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()

    def slow_demo(store_: ProfileStore, *, progress: Callable[[int, int], None]) -> object:
        gate.wait(10)
        progress(1, 2)  # the task's progress callback raises here once cancelled
        raise AssertionError("the cancelled demo went on")

    monkeypatch.setattr("ecan_desktop.demo.create_demo_profile", slow_demo)
    monkeypatch.setattr(AppContext, "demo_available", property(lambda self: True))
    window.profiles_page.refresh()
    demo = window.profiles_page.demo
    qtbot.mouseClick(demo.demo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(demo.cancel_button, Qt.MouseButton.LeftButton)
    assert demo.working_text.text().startswith("Stopping")
    gate.set()
    qtbot.waitUntil(lambda: not demo.busy)
    assert demo.demo_button.isVisible()
    assert not window.profiles_page.error.isVisible()
    assert store.list() == []


# -- unlocking ------------------------------------------------------------------------------------
def test_a_wrong_passphrase_shows_the_error_and_stays_locked(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile
) -> None:
    info = add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    page = win.unlock_page
    assert page.title.text() == "Unlock “Mum”"
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert page.passphrase.hasFocus()

    type_passphrase(qtbot, win, "not the passphrase")
    qtbot.waitUntil(lambda: page.error.isVisible() and not page.busy)
    assert page.error.message() == WrongPassphrase().render()
    assert win.current_page() is page
    assert page.passphrase.selectedText() == "not the passphrase"
    assert vault_is_free(store, info)


def test_the_right_passphrase_shows_who_and_what_is_in_the_record(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)

    header = win.record_frame.header
    assert header.name.text() == "Maria Popescu"
    assert f"born {format_fhir_date('1968-04-02')}" in header.details.text()
    assert "years old" in header.details.text()
    assert "profile “Mum”" in header.details.text()
    view = win.record_frame.overview_view
    assert win.record_frame.current_view() == OVERVIEW
    qtbot.waitUntil(lambda: view.state == "record", timeout=10_000)
    assert view.count_lines() == [
        ("Conditions (diagnoses)", 2),
        ("Medicines given", 1),
        ("Test results", 3),
        ("Other records", 1),
    ]
    assert view.contents_total.text() == "7 items in total"
    assert view.sources_line.text() == "Imported from: Spitalul Județean Test · RO"
    assert win.record_frame.sidebar.hasFocus()
    assert view.content.isVisible()
    assert not view.empty_card.isVisible()


def test_an_empty_record_says_so(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("New")
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "New")
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    view = win.record_frame.overview_view
    qtbot.waitUntil(lambda: view.state == "empty", timeout=10_000)
    assert view.empty_card.isVisible()
    assert view.empty_title.text() == "Your record is empty"
    assert view.import_button.text() == "Import summary"
    assert not view.content.isVisible()
    assert win.record_frame.header.name.text() == "Name not recorded"


@pytest.mark.parametrize("how", ["button", "shortcut"])
def test_lock_hides_the_record_closes_the_vault_and_asks_for_the_passphrase(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile, how: str
) -> None:
    info = add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert not vault_is_free(store, info)  # the vault worker holds it open
    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.overview_view.state == "record", timeout=10_000)
    assert frame.overview_view.count_lines()  # the record was on screen
    frame.show_view(SOURCES)

    if how == "button":
        button = frame.toolbar.widgetForAction(frame.lock_action)
        assert button.text() == "Lock now"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(frame.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page() is win.unlock_page
    assert win.unlock_page.title.text() == "“Mum” is locked"
    # Nothing of the record is left on screen or in the views.
    assert frame.header.name.text() == ""
    overview = frame.overview_view
    assert overview.state == "loading"
    assert overview.count_lines() == []
    assert all(not section.rows for section in overview.sections.values())
    assert overview.contents_total.text() == ""
    assert frame.sources_page.rows == []
    qtbot.waitUntil(lambda: vault_is_free(store, info))

    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert frame.current_view() == SOURCES  # back where the user was
    assert frame.header.name.text() == "Maria Popescu"


def test_going_back_from_a_locked_record_lists_the_profiles(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    win.record_frame.lock()
    qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Escape)
    assert win.current_page() is win.profiles_page
    assert labels_in_list(win) == ["Mum"]
    subtitle = win.profiles_page.profile_list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert subtitle.startswith("Last opened ")


def test_closing_the_window_closes_the_vault(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile
) -> None:
    info = add_profile("Mum")
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    win.close()
    assert vault_is_free(store, info)


def test_a_profile_open_elsewhere_is_explained(
    qtbot: QtBot, context: AppContext, store: ProfileStore, add_profile: AddProfile
) -> None:
    info = add_profile("Mum")
    win = show_window(qtbot, context)
    with store.unlock(info.id, PASSPHRASE):
        open_profile(qtbot, win, "Mum")
        type_passphrase(qtbot, win, PASSPHRASE)
        qtbot.waitUntil(win.unlock_page.error.isVisible)
    assert "already open in another ecan-desktop window" in win.unlock_page.error.message()
    assert win.current_page() is win.unlock_page


def test_an_empty_passphrase_asks_for_one_without_unlocking(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    qtbot.mouseClick(win.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert win.unlock_page.error.message() == "Type the passphrase of this profile first."
    assert not win.unlock_page.busy


def test_double_click_opens_and_escape_goes_back(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    view = win.profiles_page.profile_list
    rect = view.visualItemRect(view.item(0))
    # A real double-click is a press, a release, then the double-click event.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_page() is win.unlock_page
    qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Escape)
    assert win.current_page() is win.profiles_page
    assert view.hasFocus()


def test_keyboard_order_and_accessible_names(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    page = win.profiles_page
    assert page.profile_list.hasFocus()
    assert page.profile_list.nextInFocusChain() is not None
    qtbot.keyClick(page.profile_list, Qt.Key.Key_Tab)
    assert page.open_button.hasFocus()
    assert page.profile_list.accessibleName() == "Profiles on this computer"
    assert page.language_picker.combo.accessibleName() == "Language of the app"
    item_text = page.profile_list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert item_text == "Mum, Never opened"
    open_profile(qtbot, win, "Mum")
    assert win.unlock_page.passphrase.accessibleName() == "Passphrase"
    assert win.unlock_page.field_label.buddy() is win.unlock_page.passphrase
    assert win.unlock_page.recovery_button.text() == "Forgot it? Use your recovery code"


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_nothing_overlaps_at_common_window_sizes(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile, size: tuple[int, int]
) -> None:
    for label in ("Mum", "Andrei", "Ioana"):
        add_profile(label)
    win = show_window(qtbot, context)
    win.resize(*size)
    qtbot.waitUntil(lambda: win.profiles_page.profile_list.geometry().height() > 0)
    page = win.profiles_page
    qtbot.wait(0)  # let the posted layout requests run
    widgets = [page.title, page.purpose, page.section_title, page.profile_list, page.open_button]
    assert page.new_button.geometry().right() < page.open_button.geometry().left()
    tops = [w.mapTo(page.body, w.rect().topLeft()).y() for w in widgets]
    bottoms = [w.mapTo(page.body, w.rect().bottomLeft()).y() for w in widgets]
    for above, below in zip(range(len(widgets) - 1), range(1, len(widgets)), strict=True):
        if widgets[above] is page.title:
            continue  # the title shares its row with the language menu
        assert bottoms[above] < tops[below], (widgets[above], widgets[below])
    assert page.body.width() <= size[0]
