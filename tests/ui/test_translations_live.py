"""The shipped translations, compiled as ``make`` compiles them, in the running app: every screen
relabels itself, plurals take each language's forms, and Qt's own texts we use (the right-click
menu of a field, the file dialog, the print dialog) are translated too, also where Qt has no
translation (ro, el)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from ecan_desktop.i18n import qt_translator
from ecan_desktop.i18n.languages import LANGUAGES
from ecan_desktop.ui.app_window import AppWindow
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.file_dialogs import BACKUP_SUFFIX
from ecan_desktop.ui.record_frame import OVERVIEW, SETTINGS, SOURCES
from ecan_desktop.vault.backup import BACKUP_SUFFIX as VAULT_BACKUP_SUFFIX
from tests.ui.conftest import SHIPPED, AddProfile, patient_resources, show_window, unlock

# What a few labels must read in each language (a sample, from the .ts files).
EXPECTED = {
    "de": {"Settings": "Einstellungen", "Lock now": "Jetzt sperren", "Profiles": "Profile"},
    "fr": {"Settings": "Paramètres", "Lock now": "Verrouiller", "Profiles": "Profils"},
    "ro": {"Settings": "Setări", "Lock now": "Blochează acum", "Profiles": "Profiluri"},
    "el": {"Settings": "Ρυθμίσεις", "Lock now": "Κλείδωμα τώρα", "Profiles": "Προφίλ"},
    "bg": {"Settings": "Настройки", "Lock now": "Заключване сега", "Profiles": "Профили"},  # noqa: RUF001 (Bulgarian)
    "pl": {"Settings": "Ustawienia", "Lock now": "Zablokuj teraz", "Profiles": "Profile"},
}
# Qt's print dialog (printing the recovery code): its title, a few of its labels and buttons...
PRINT_TITLE = {"ro": "Imprimare", "el": "Εκτύπωση"}
PRINT_TEXTS = {
    "ro": {"&Imprimă", "Exemplare:", "Interval de imprimare", "Asamblare", "&Opțiuni >>"},
    "el": {"&Εκτύπωση", "Αντίγραφα:", "Εύρος εκτύπωσης", "Συρραφή", "&Επιλογές >>"},
}
# ... and of the printer's properties behind it: (context, source) -> what they read.
PRINT_PROPERTIES = {
    "ro": {
        ("QPageSetupWidget", "Orientation"): "Orientare",
        ("QPrintPropertiesDialog", "Printer Properties"): "Proprietățile imprimantei",
        ("QPageSize", "Envelope DL"): "Plic DL",
    },
    "el": {
        ("QPageSetupWidget", "Orientation"): "Προσανατολισμός",
        ("QPrintPropertiesDialog", "Printer Properties"): "Ιδιότητες εκτυπωτή",
        ("QPageSize", "Envelope DL"): "Φάκελος DL",
    },
}
# "%n item(s) in total" for 1, 2, 5, 22 and 101: the plural rules of each language.
PLURALS = {
    "de": ["1 Eintrag", "2 Einträge", "5 Einträge", "22 Einträge", "101 Einträge"],
    "fr": ["1 élément", "2 éléments", "5 éléments", "22 éléments", "101 éléments"],
    "ro": ["1 element", "2 elemente", "5 elemente", "22 de elemente", "101 elemente"],
    "el": ["1 στοιχείο", "2 στοιχεία", "5 στοιχεία", "22 στοιχεία", "101 στοιχεία"],
    "bg": ["1 запис", "2 записа", "5 записа", "22 записа", "101 записа"],
    "pl": ["1 element", "2 elementy", "5 elementów", "22 elementy", "101 elementów"],
}


def test_the_seven_languages_are_marked_complete() -> None:
    complete = sorted(lang.code for lang in LANGUAGES if lang.complete)
    assert complete == sorted(["en", *SHIPPED])


def test_the_backup_suffix_matches_the_vault() -> None:
    assert BACKUP_SUFFIX == VAULT_BACKUP_SUFFIX


@pytest.mark.parametrize("code", SHIPPED)
def test_every_screen_speaks_the_language_at_once(
    qtbot: QtBot, shipped: Path, context: AppContext, add_profile: AddProfile, code: str
) -> None:
    add_profile("Mum", resources=patient_resources())
    win = show_window(qtbot, context)
    unlock(qtbot, win, "Mum")
    frame = win.record_frame
    qtbot.waitUntil(lambda: frame.overview_view.state == "record", timeout=10_000)
    frame.show_view(SETTINGS)
    expected = EXPECTED[code]
    combo = frame.settings_page.language.combo
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: frame.sidebar.item(SETTINGS).text() == expected["Settings"])
    button = frame.toolbar.widgetForAction(frame.lock_action)
    assert isinstance(button, QToolButton)
    assert button.text() == expected["Lock now"]
    assert win.profiles_page.section_title.text() == expected["Profiles"]
    # Nothing visible on the settings page is left in English.
    english = {"Language", "Colours", "Text size", "Privacy", "Backups", "Delete profile…"}
    shown = {row.title.text() for row in frame.settings_page.rows()}
    shown |= {
        b.text() for b in (frame.settings_page.backup_button, frame.settings_page.delete_button)
    }
    assert not (english & shown), english & shown
    # The record's plain words too.
    assert frame.overview_view.count_lines()[0][0] != "Conditions (diagnoses)"


@pytest.mark.parametrize("code", SHIPPED)
def test_plural_forms_follow_the_language(qapp: QApplication, shipped: Path, code: str) -> None:
    assert qt_translator.install_translator(qapp, code)
    forms = [
        QCoreApplication.translate("OverviewView", "%n item(s) in total", "", n)
        for n in (1, 2, 5, 22, 101)
    ]
    for form, start in zip(forms, PLURALS[code], strict=True):
        assert form.startswith(start), (form, start)


@pytest.mark.parametrize("code", ["ro", "el"])
def test_qt_own_texts_are_translated_where_qt_has_none(
    qtbot: QtBot, qapp: QApplication, shipped: Path, code: str
) -> None:
    assert qt_translator.install_translator(qapp, code)
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    actions = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert "&Copy" not in actions and "&Paste" not in actions and "Select All" not in actions
    menu.deleteLater()

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    tips = {b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()}
    assert tips and not tips & {"Back", "Forward", "Parent Directory", "Create New Folder"}
    view = dialog.findChild(QTreeView)
    assert view is not None
    headers = {
        str(view.model().headerData(i, Qt.Orientation.Horizontal))
        for i in range(view.model().columnCount())
    }
    assert not headers & {"Name", "Size", "Date Modified"}


@pytest.mark.parametrize("code", ["ro", "el"])
def test_qt_print_dialog_is_translated_where_qt_has_none(
    qapp: QApplication, shipped: Path, code: str
) -> None:
    """The print dialog of the recovery code page, built (not shown: there may be no printer)."""
    assert qt_translator.install_translator(qapp, code)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    try:
        dialog.adjustSize()
        title = dialog.windowTitle()
        texts = {w.text() for w in dialog.findChildren(QLabel)}
        texts |= {w.text() for w in dialog.findChildren(QAbstractButton)}
        texts |= {w.title() for w in dialog.findChildren(QGroupBox)}
    finally:
        shiboken6.delete(dialog)  # now, while the printer it points to still exists
    assert title == PRINT_TITLE[code]
    missing = PRINT_TEXTS[code] - texts
    assert not missing, missing
    english = {"&Print", "Copies:", "Print range", "Collate", "Options", "Printer", "&Name:"}
    assert not english & texts, english & texts
    for (context, source), translation in PRINT_PROPERTIES[code].items():
        assert QCoreApplication.translate(context, source) == translation


def test_the_whole_window_in_greek_at_1280_by_800(
    qtbot: QtBot, shipped: Path, context: AppContext, add_profile: AddProfile
) -> None:
    """Greek runs long: nothing on the main screens may be cut off."""
    from tests.ui.test_settings import clipped

    add_profile("Μαμά", resources=patient_resources())
    win = show_window(qtbot, context)
    win.set_language("el")
    qtbot.waitUntil(lambda: win.profiles_page.section_title.text() == "Προφίλ")
    assert clipped(win.profiles_page) == []
    unlock(qtbot, win, "Μαμά")
    qtbot.waitUntil(lambda: win.record_frame.overview_view.state == "record", timeout=10_000)
    for view in (OVERVIEW, SOURCES, SETTINGS):
        win.record_frame.show_view(view)
        qtbot.wait(20)
        assert clipped(win.record_frame) == [], view
    win.record_frame.lock()
    assert clipped(win.unlock_page) == []
    assert isinstance(win, AppWindow)
