"""Unlocking: the wait after wrong tries, the recovery code, and "remember on this computer"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.record_frame import SETTINGS
from ecan_desktop.ui.unlock_throttle import UnlockThrottle
from ecan_desktop.vault.errors import KeyringLocked, WrongPassphrase, WrongRecoveryCode
from ecan_desktop.vault.profiles import ProfileStore
from tests.conftest import MemoryKeyring
from tests.ui.conftest import (
    PASSPHRASE,
    AddProfile,
    open_profile,
    record_shown,
    show_window,
    type_passphrase,
    unlock,
    vault_is_free,
)


def wrong_try(qtbot: QtBot, window: AppWindow) -> None:
    page = window.unlock_page
    type_passphrase(qtbot, window, "not the passphrase")
    qtbot.waitUntil(lambda: not page.busy and page.error.isVisible())


def test_after_five_wrong_tries_the_page_counts_down_and_lets_the_user_try_again(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    win.throttle.first_wait = 2  # seconds; the app waits 30, then 60, 120…
    open_profile(qtbot, win, "Mum")
    page = win.unlock_page
    for _ in range(4):
        wrong_try(qtbot, win)
        assert page.unlock_button.isEnabled()
        assert not page.wait.isVisible()
    wrong_try(qtbot, win)
    assert page.error.message() == WrongPassphrase().render()
    assert page.wait.message() in (
        "Too many wrong tries. You can try again in 2 seconds.",
        "Too many wrong tries. You can try again in 1 second.",
    )
    assert not page.unlock_button.isEnabled()
    assert page.passphrase.isReadOnly()
    # Going back to the list does not reset the count.
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Escape)
    open_profile(qtbot, win, "Mum")
    assert page.wait.isVisible() and not page.unlock_button.isEnabled()

    qtbot.waitUntil(lambda: not page.wait.isVisible(), timeout=5_000)
    assert page.unlock_button.isEnabled()
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert win.throttle.failures(win.record_frame.data.info.id) == 0  # type: ignore[union-attr]


def test_the_wait_doubles_and_has_a_ceiling() -> None:
    now = [100.0]
    throttle = UnlockThrottle(clock=lambda: now[0])
    for _ in range(4):
        throttle.failed("p")
    assert throttle.seconds_left("p") == 0
    throttle.failed("p")
    assert throttle.seconds_left("p") == 30
    throttle.failed("p")
    assert throttle.seconds_left("p") == 60
    for _ in range(20):
        throttle.failed("p")
    assert throttle.seconds_left("p") == 15 * 60
    now[0] += 15 * 60
    assert throttle.seconds_left("p") == 0
    assert throttle.seconds_left("other") == 0


def test_forgotten_passphrase_reset_with_the_recovery_code(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    created = store.create("Mum", PASSPHRASE)
    code = created.recovery_code
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    qtbot.mouseClick(win.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    page = win.recovery_unlock_page
    assert win.current_page() is page
    assert page.title.text() == "Unlock “Mum” with the recovery code"
    assert page.code.hasFocus()

    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.error.message() == "Type your recovery code first."
    wrong = "0" * 5 + code[5:] if not code.startswith("00000") else "1" * 5 + code[5:]
    qtbot.keyClicks(page.code, wrong)
    qtbot.keyClicks(page.new_passphrase.first.field, "a brand new passphrase")
    qtbot.keyClicks(page.new_passphrase.second.field, "a brand new passphrase")
    qtbot.keyClick(page.new_passphrase.second.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy and page.error.isVisible())
    assert page.error.message() == WrongRecoveryCode().render()
    assert win.throttle.failures(created.info.id) == 1

    page.code.clear()
    qtbot.keyClicks(page.code, code.lower().replace("-", " "))
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert win.record_frame.status_text.text() == (
        "Your new passphrase is saved. Use it from now on."
    )
    assert win.throttle.failures(created.info.id) == 0
    win.record_frame.lock()
    qtbot.waitUntil(lambda: vault_is_free(store, created.info, "a brand new passphrase"))
    assert not _opens(store, created.info.id, PASSPHRASE)


def _opens(store: ProfileStore, profile_id: str, passphrase: str) -> bool:
    try:
        store.unlock(profile_id, passphrase).close()
    except WrongPassphrase:
        return False
    return True


def test_back_from_the_recovery_code_page_returns_to_the_passphrase(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    qtbot.mouseClick(win.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(win.recovery_unlock_page.code, Qt.Key.Key_Escape)
    assert win.current_page() is win.unlock_page
    assert win.unlock_page.title.text() == "Unlock “Mum”"


def test_remember_on_then_off_in_settings(
    qtbot: QtBot,
    context: AppContext,
    store: ProfileStore,
    add_profile: AddProfile,
    memory_keyring: MemoryKeyring,
) -> None:
    info = add_profile("Mum")
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    settings = win.record_frame.settings_page
    win.record_frame.show_view(SETTINGS)
    assert settings.remember.isVisible() and not settings.remember.isChecked()
    assert settings.remember_row.title.text() == "Remember on this computer"

    qtbot.mouseClick(settings.remember, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not settings.busy)
    assert settings.remember.isChecked()
    assert win.record_frame.status_text.text() == "This computer now remembers this profile."
    assert len(memory_keyring.secrets) == 1

    # After a lock it asks (the user locked on purpose); from the profile list it opens by itself.
    win.record_frame.lock()
    assert win.current_page() is win.unlock_page and not win.unlock_page.busy
    qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Escape)
    open_profile_by_keyboard(qtbot, win)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert win.record_frame.current_view() == SETTINGS

    qtbot.mouseClick(settings.remember, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not settings.busy)
    assert not settings.remember.isChecked()
    assert memory_keyring.secrets == {}
    win.record_frame.lock()
    qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Escape)
    open_profile_by_keyboard(qtbot, win)
    assert win.current_page() is win.unlock_page and not win.unlock_page.busy
    assert not store.is_remembered(info.id)


def open_profile_by_keyboard(qtbot: QtBot, window: AppWindow) -> None:
    window.profiles_page.profile_list.setFocus()
    qtbot.keyClick(window.profiles_page.profile_list, Qt.Key.Key_Return)


def test_a_locked_keyring_is_explained_and_the_passphrase_still_works(
    qtbot: QtBot, context: AppContext, store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    info = store.create("Mum", PASSPHRASE).info
    with store.unlock(info.id, PASSPHRASE) as opened:
        opened.set_remembered(True)
    memory_keyring.locked = True
    win = show_window(qtbot, context)
    open_profile(qtbot, win, "Mum")
    page = win.unlock_page
    qtbot.waitUntil(lambda: not page.busy and page.error.isVisible())
    assert page.error.message() == KeyringLocked().render()
    assert page.passphrase.hasFocus()
    type_passphrase(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert win.throttle.failures(info.id) == 0


def test_without_a_keyring_settings_say_why_there_is_no_remember(
    qtbot: QtBot, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    settings = win.record_frame.settings_page
    win.record_frame.show_view(SETTINGS)
    assert not settings.remember.isVisible()
    assert settings.remember_row.caption.text().startswith(
        "This computer has no password store that ecan-desktop can use"
    )
