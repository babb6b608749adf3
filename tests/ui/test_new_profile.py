"""Creating a profile end to end: the form, the recovery code (print, save, check), the record."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from ecan_desktop.ui import file_dialogs, recovery_code_page
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.locale_format import format_fhir_date
from ecan_desktop.ui.new_profile_page import NewProfilePage
from ecan_desktop.ui.passphrase_fields import passphrase_strength
from ecan_desktop.vault.profiles import ProfileStore
from tests.conftest import MemoryKeyring
from tests.ui.conftest import (
    PASSPHRASE,
    labels_in_list,
    record_shown,
    show_window,
    vault_is_free,
)


def fill_form(
    qtbot: QtBot,
    page: NewProfilePage,
    *,
    label: str = "Mum",
    name: str = "Maria Popescu",
    birth: tuple[str, int, str] | None = ("2", 4, "1968"),
    passphrase: str = PASSPHRASE,
    again: str | None = None,
) -> None:
    qtbot.keyClicks(page.label_field, label)
    qtbot.keyClicks(page.name_field, name)
    if birth is not None:
        day, month, year = birth
        qtbot.keyClicks(page.birth_date.day, day)
        page.birth_date.month.setCurrentIndex(month)
        qtbot.keyClicks(page.birth_date.year, year)
    qtbot.keyClicks(page.passphrase.first.field, passphrase)
    qtbot.keyClicks(page.passphrase.second.field, passphrase if again is None else again)


def start_new_profile(qtbot: QtBot, window: AppWindow) -> NewProfilePage:
    qtbot.mouseClick(window.profiles_page.create_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.new_profile_page
    assert window.new_profile_page.label_field.hasFocus()
    return window.new_profile_page


def created(window: AppWindow) -> bool:
    return window.current_page() is window.recovery_code_page


def test_create_a_profile_keep_the_code_and_open_the_record(
    qtbot: QtBot,
    context: AppContext,
    store: ProfileStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(recovery_code_page, "printers_available", lambda: False)
    win = show_window(qtbot, context)
    page = start_new_profile(qtbot, win)
    assert not page.remember.isVisible()  # no keyring here: never offered
    fill_form(qtbot, page)
    assert page.passphrase.strength_text.text() == "Strong: very hard to guess."
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: created(win), timeout=10_000)

    codes = win.recovery_code_page
    code = codes.code_label.text()
    # Without a printer the page says so instead of offering a dead Print button.
    assert not codes.print_button.isVisible()
    assert codes.no_printer.text().startswith("No printer is set up on this computer")
    assert codes.save_button.hasFocus()
    assert len(code) == 29 and code.count("-") == 4
    assert codes.show_title.text() == "Your recovery code"
    assert "shown only now" in codes.show_text.text()

    # Keep it: print (to a PDF here) and save (a private file).
    pdf = tmp_path / "code.pdf"

    def pdf_printer(parent: object) -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer

    saved = tmp_path / "my code.txt"
    monkeypatch.setattr(recovery_code_page, "ask_printer", pdf_printer)
    monkeypatch.setattr(recovery_code_page, "printers_available", lambda: True)
    codes.show_code(codes._created)  # type: ignore[arg-type]  # as shown with a printer set up
    assert codes.print_button.isVisible() and not codes.no_printer.isVisible()
    monkeypatch.setattr(file_dialogs, "choose_recovery_code_file", lambda parent, suggested: saved)
    qtbot.mouseClick(codes.print_button, Qt.MouseButton.LeftButton)
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    printed = "".join(PdfReader(pdf).pages[0].extract_text().split())
    assert code in printed and "“Mum”" in printed  # the code, and whose it is
    assert codes.kept.message() == "The recovery code was sent to the printer."
    qtbot.mouseClick(codes.save_button, Qt.MouseButton.LeftButton)
    assert code in saved.read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(saved).st_mode) == 0o600
    assert codes.kept.message() == f"The recovery code was saved in {saved}."

    # The check: two groups, asked by number.
    qtbot.mouseClick(codes.next_button, Qt.MouseButton.LeftButton)
    first, second = codes.groups
    assert codes.check_text.text() == (
        "To make sure you can use the code later, type group "
        f"{first + 1} and group {second + 1} of it, from your copy."
    )
    groups = code.split("-")
    qtbot.keyClicks(codes.group_fields[0], groups[first])
    qtbot.keyClicks(codes.group_fields[1], "ZZZZZ" if groups[second] != "ZZZZZ" else "YYYYY")
    qtbot.keyClick(codes.group_fields[1], Qt.Key.Key_Return)
    assert "not what your copy of the code says" in codes.check_error.message()
    assert win.current_page() is codes

    codes.group_fields[1].clear()
    qtbot.keyClicks(codes.group_fields[1], groups[second].lower())  # typed loosely is fine
    qtbot.keyClick(codes.group_fields[1], Qt.Key.Key_Return)
    qtbot.waitUntil(record_shown(win))
    assert codes.code_label.text() == ""  # the code has left the screen
    assert win.record_frame.header.name.text() == "Maria Popescu"
    assert f"born {format_fhir_date('1968-04-02')}" in win.record_frame.header.details.text()
    overview = win.record_frame.overview_view
    qtbot.waitUntil(lambda: overview.state == "empty", timeout=10_000)
    assert overview.empty_card.isVisible()
    assert overview.empty_title.text() == "Your record is empty"

    # The profile exists with what was typed, and the code was written nowhere else.
    info = store.find("Mum")
    win.record_frame.lock()
    qtbot.waitUntil(lambda: vault_is_free(store, info))
    with store.unlock_with_recovery_code(info.id, code, "another passphrase") as opened:
        assert opened.vault.get_meta("patient_name") == "Maria Popescu"
        assert opened.vault.get_meta("patient_birth_date") == "1968-04-02"
    for path in context.paths.data_dir.rglob("*"):
        if path.is_file():
            assert code.encode() not in path.read_bytes(), path


def test_the_form_says_what_to_fix_before_creating(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    win = show_window(qtbot, context)
    page = start_new_profile(qtbot, win)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.message() == (
        "A profile name needs 1 to 80 characters and cannot be only spaces."
    )
    fill_form(qtbot, page, birth=("31", 2, "1970"))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.message().startswith("The birth date is not a real date.")
    page.birth_date.clear()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase.first.field, "short")
    assert page.passphrase.strength_text.text() == "Too short: use at least 8 characters."
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.message().startswith("The passphrase is too short.")
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase.first.field, PASSPHRASE)
    qtbot.keyClicks(page.passphrase.second.field, PASSPHRASE + "!")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.message() == (
        "The two passphrases are not the same. Type the same one twice."
    )
    assert store.list() == []


def test_a_taken_name_is_explained_and_cancel_goes_back(
    qtbot: QtBot, context: AppContext, store: ProfileStore
) -> None:
    store.create("Mum", PASSPHRASE)
    win = show_window(qtbot, context)
    qtbot.keyClick(
        win.profiles_page.profile_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    page = win.new_profile_page
    assert win.current_page() is page
    fill_form(qtbot, page, label="mum")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.message() == "A profile called “mum” already exists. Choose another name."
    qtbot.keyClick(page.label_field, Qt.Key.Key_Escape)
    assert win.current_page() is win.profiles_page
    assert labels_in_list(win) == ["Mum"]


def test_remember_is_offered_with_a_keyring_and_then_unlocks_by_itself(
    qtbot: QtBot, context: AppContext, store: ProfileStore, memory_keyring: MemoryKeyring
) -> None:
    win = show_window(qtbot, context)
    page = start_new_profile(qtbot, win)
    assert page.remember.isVisible()
    assert page.remember.text() == "Remember the passphrase on this computer"
    fill_form(qtbot, page, birth=None)
    page.remember.setChecked(True)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: created(win), timeout=10_000)
    assert len(memory_keyring.secrets) == 1
    info = store.find("Mum")
    assert store.is_remembered(info.id)

    # Next time: choosing the profile opens it without the passphrase.
    win.recovery_code_page.show_code_again()
    win.show_profiles()
    win.profiles_page.profile_list.setFocus()
    qtbot.keyClick(win.profiles_page.profile_list, Qt.Key.Key_Return)
    qtbot.waitUntil(record_shown(win), timeout=10_000)
    assert win.record_frame.settings_page.remember.isChecked()


def test_kiosk_mode_never_offers_remember(
    qtbot: QtBot, context: AppContext, memory_keyring: MemoryKeyring
) -> None:
    context.kiosk = True
    win = show_window(qtbot, context)
    page = start_new_profile(qtbot, win)
    assert not page.remember.isVisible()
    assert not win.record_frame.settings_page.remember.isVisibleTo(win.record_frame.settings_page)


@pytest.mark.parametrize(
    ("passphrase", "level"),
    [
        ("short", 0),
        ("password1", 1),
        ("abcdefgh", 1),
        ("correct horse", 3),
        ("correct horse battery staple", 4),
        ("Ştiu că-mi place marea!", 4),
    ],
)
def test_strength_hint(passphrase: str, level: int) -> None:
    assert passphrase_strength(passphrase) == level
