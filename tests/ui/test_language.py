"""Switching the language at run time: every view re-labels itself, errors included."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ecan_desktop.i18n import qt_translator
from ecan_desktop.i18n.qt_translator import install_translator, installed_translation_files
from ecan_desktop.ui.app import build_main_window, choose_language
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.locale_format import format_timestamp_date
from ecan_desktop.vault.errors import WrongPassphrase
from ecan_desktop.vault.profiles import ProfileStore
from tests.ui.conftest import PASSPHRASE, AddProfile, patient_resources


def choose(window: AppWindow, code: str) -> None:
    """What picking a language in the start screen's menu does."""
    combo = window.profiles_page.language_picker.combo
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def open_record(qtbot: QtBot, window: AppWindow) -> None:
    page = window.profiles_page
    page.profile_list.setCurrentRow(0)
    page.profile_list.setFocus()
    qtbot.keyClick(page.profile_list, Qt.Key.Key_Return)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.record_frame, timeout=10_000)


def test_every_view_relabels_itself_when_the_language_changes(
    qtbot: QtBot,
    romanian: Path,
    context: AppContext,
    store: ProfileStore,
    add_profile: AddProfile,
) -> None:
    add_profile("Mum", resources=patient_resources())
    win = build_main_window(context)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    profiles = win.profiles_page
    assert profiles.section_title.text() == "Profiles"

    choose(win, "ro")
    assert context.language == "ro"
    # Qt posts LanguageChange to every window: it arrives with the next turn of the event loop.
    qtbot.waitUntil(lambda: profiles.section_title.text() == "Profiluri")
    # The sentence and the date's format change together.
    date = format_timestamp_date(store.find("Mum").last_opened, QLocale("ro"))
    assert profiles.profile_list.item(0).data(Qt.ItemDataRole.UserRole + 1) == (
        f"Deschis ultima dată pe {date}"
    )
    assert "Deschis ultima dată pe" in profiles.profile_list.item(0).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert profiles.empty_title.text() == "No profiles yet"  # not in the tiny .ts: English stays

    open_record(qtbot, win)
    record = win.record_frame.overview_view
    qtbot.waitUntil(lambda: record.state == "record", timeout=10_000)
    assert record.contents_title.text() == "Ce conține dosarul dumneavoastră"
    assert record.contents_total.text() == "7 elemente în total"
    assert ("Rezultate de analize", 3) in record.count_lines()

    choose(win, "en")
    qtbot.waitUntil(lambda: record.contents_title.text() == "What is in your record")
    assert record.contents_total.text() == "7 items in total"
    assert profiles.section_title.text() == "Profiles"


def test_a_shown_error_is_translated_again_after_a_switch(
    qtbot: QtBot, romanian: Path, context: AppContext, add_profile: AddProfile
) -> None:
    add_profile("Mum")
    win = build_main_window(context)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    win.profiles_page.profile_list.setFocus()
    qtbot.keyClick(win.profiles_page.profile_list, Qt.Key.Key_Return)
    qtbot.keyClicks(win.unlock_page.passphrase, "wrong passphrase")
    qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(win.unlock_page.error.isVisible)
    assert win.unlock_page.error.message() == WrongPassphrase().render()

    assert install_translator(QApplication.instance(), "ro")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: win.unlock_page.error.message() == "Parola nu este corectă.")
    assert win.unlock_page.unlock_button.text() == "Deblocare"


def test_language_change_events_reach_retranslate_ui(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    views = [
        "AppWindow",
        "ProfilesPage",
        "DemoSection",
        "LanguagePicker",
        "NewProfilePage",
        "NewPassphrase",
        "BirthDateInput",
        "RecoveryCodePage",
        "UnlockPage",
        "RecoveryUnlockPage",
        "RecordFrame",
        "PatientHeader",
        "OverviewView",
        "SourcesPage",
        "SettingsPage",
    ]
    win = build_main_window(context)
    qtbot.addWidget(win)
    win.build_all_pages()
    for widget in [win, *win.findChildren(QWidget)]:
        name = type(widget).__name__
        if name in views:
            original = widget.retranslate_ui  # type: ignore[attr-defined]

            def spy(original=original, name=name) -> None:  # type: ignore[no-untyped-def]
                calls.append(name)
                original()

            monkeypatch.setattr(widget, "retranslate_ui", spy)
    QCoreApplication.sendEvent(win, QEvent(QEvent.Type.LanguageChange))
    assert sorted(set(calls)) == sorted(views)


def test_a_language_without_its_translation_stays_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qt_translator, "app_translation_file", lambda code: tmp_path / "none.qm")
    assert install_translator(qapp, "en") is True
    assert install_translator(qapp, "mt") is False
    assert QCoreApplication.translate("ProfilesPage", "Profiles") == "Profiles"


def test_qt_own_dialog_texts_come_along_when_qt_ships_them(qapp: QApplication) -> None:
    qtbase_de = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    if not qtbase_de.is_file():
        pytest.skip("this Qt ships no qtbase_de.qm")
    install_translator(qapp, "de")
    assert any(Path(f).name == "qtbase_de.qm" for f in installed_translation_files(qapp))
    install_translator(qapp, "de")  # switching again replaces, never stacks
    assert len(installed_translation_files(qapp)) == len(set(installed_translation_files(qapp)))
    install_translator(qapp, "en")
    assert installed_translation_files(qapp) == []


def test_english_plurals_without_an_english_translation_file(qapp: QApplication) -> None:
    install_translator(qapp, "en")
    translate = QCoreApplication.translate
    assert translate("OverviewView", "%n item(s) in total", "", 1) == "1 item in total"
    assert translate("OverviewView", "%n item(s) in total", "", 12) == "12 items in total"
    assert translate("RecordCounts", "%n entry(ies)", "", 1) == "1 entry"
    assert translate("RecordCounts", "%n entry(ies)", "", 3) == "3 entries"


def test_the_requested_language_wins_and_unknown_codes_fall_back_to_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert choose_language("ro") == "ro"
    assert choose_language("pt-PT") == "pt"
    assert choose_language("xx") == "en"
    assert "no language “xx”" in capsys.readouterr().err
