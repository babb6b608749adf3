"""Choosing files: import, backup, restore and saving the recovery code.

Each function opens a file dialog labelled in the user's language and returns plain paths. The
labels are set here because Qt has no translations of its own file dialog for some of our
languages (ro, el); a native dialog of the desktop ignores them and speaks the desktop's language.
Tests replace these functions: they are the only place that waits for the user to pick a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

BACKUP_SUFFIX = ".ecanbackup"  # checked against ecan_desktop.vault.backup by the tests


def safe_file_name(name: str) -> str:
    """*name* without characters that no file system takes (a profile label may have any)."""
    cleaned = "".join("_" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch for ch in name)
    return cleaned.strip(" .") or "ecan-desktop"


def _dialog(parent: QWidget | None, title: str, accept: str, filters: list[str]) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setNameFilters(filters)
    dialog.setLabelText(
        QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialogs", "&Look in:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialogs", "File &name:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType,
        QCoreApplication.translate("FileDialogs", "Files of &type:"),
    )
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialogs", "Cancel")
    )
    return dialog


def _backup_filter() -> str:
    return QCoreApplication.translate("FileDialogs", "ecan-desktop backups (*{suffix})").format(
        suffix=BACKUP_SUFFIX
    )


def _all_files() -> str:
    return QCoreApplication.translate("FileDialogs", "All files (*)")


def choose_files_to_import(parent: QWidget | None) -> list[Path]:
    dialog = _dialog(
        parent,
        QCoreApplication.translate("FileDialogs", "Choose the summaries to import"),
        QCoreApplication.translate("FileDialogs", "Import"),
        [
            QCoreApplication.translate("FileDialogs", "FHIR summaries (*.json *.xml *.ndjson)"),
            _all_files(),
        ],
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if not dialog.exec():
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def choose_backup_to_restore(parent: QWidget | None) -> Path | None:
    dialog = _dialog(
        parent,
        QCoreApplication.translate("FileDialogs", "Choose the backup to restore"),
        QCoreApplication.translate("FileDialogs", "Restore"),
        [_backup_filter(), _all_files()],
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def _save_path(
    parent: QWidget | None, title: str, suggested: Path, filters: list[str]
) -> Path | None:
    dialog = _dialog(parent, title, QCoreApplication.translate("FileDialogs", "Save"), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDirectory(str(suggested.parent))
    dialog.selectFile(suggested.name)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_backup_destination(parent: QWidget | None, suggested: Path) -> Path | None:
    return _save_path(
        parent,
        QCoreApplication.translate("FileDialogs", "Save the backup"),
        suggested,
        [_backup_filter()],
    )


def choose_recovery_code_file(parent: QWidget | None, suggested: Path) -> Path | None:
    return _save_path(
        parent,
        QCoreApplication.translate("FileDialogs", "Save the recovery code"),
        suggested,
        [QCoreApplication.translate("FileDialogs", "Text files (*.txt)"), _all_files()],
    )


def choose_pdf_destination(parent: QWidget | None, suggested: Path) -> Path | None:
    return _save_path(
        parent,
        QCoreApplication.translate("FileDialogs", "Save the summary"),
        suggested,
        [QCoreApplication.translate("FileDialogs", "PDF documents (*.pdf)")],
    )


def choose_ips_destination(parent: QWidget | None, suggested: Path) -> Path | None:
    return _save_path(
        parent,
        QCoreApplication.translate("FileDialogs", "Save the IPS file"),
        suggested,
        [QCoreApplication.translate("FileDialogs", "FHIR documents (*.json)")],
    )


def choose_copy_destination(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save a copy of a document from the record (Documents view)."""
    return _save_path(
        parent,
        QCoreApplication.translate("FileDialogs", "Save a copy of the document"),
        suggested,
        [_all_files()],
    )
