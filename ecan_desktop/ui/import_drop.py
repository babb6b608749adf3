"""Dropping files on the record window to import them: which drops count, and the hint shown
while the files are held over the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ecan_desktop.ui.file_dialogs import BACKUP_SUFFIX
from ecan_desktop.ui.message_dialog import MessageDialog
from ecan_desktop.ui.typography import Label, TextRole, grid, text_width


def dropped_files(mime: QMimeData | None) -> list[Path]:
    """The local files being dragged, in order; empty for text, links, or remote files."""
    if mime is None or not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


def is_backup(path: Path) -> bool:
    return path.suffix.lower() == BACKUP_SUFFIX


class DropHint(QWidget):
    """A veil over the whole record window while files are dragged over it: where to drop, and
    what happens then. It lets every event through to the window below, and takes the window's
    size each time it shows (it only shows while a drag is over the window)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropHint")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(grid(6), grid(6), grid(6), grid(6))
        layout.addStretch(1)
        card = QFrame(self)
        card.setProperty("card", True)
        texts = QVBoxLayout(card)
        texts.setContentsMargins(grid(5), grid(4), grid(5), grid(4))
        texts.setSpacing(grid(1))
        self.title = Label(TextRole.TITLE, card)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        texts.addWidget(self.title)
        self.text = Label(TextRole.BODY, card, secondary=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        texts.addWidget(self.text)
        card.setFixedWidth(text_width(56))
        self.card = card
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()

    def show_for(self, paths: list[Path]) -> None:
        backup = any(is_backup(path) for path in paths)
        if backup:
            self.title.setText(self.tr("This is a backup"))
            self.text.setText(
                self.tr("Backups are restored from Settings, not imported. Drop it to see how.")
            )
        else:
            self.title.setText(self.tr("Drop to import %n file(s)", "", len(paths)))
            self.text.setText(
                self.tr("You will see what they bring before anything is added to your record.")
            )
        self.setGeometry(self.parentWidget().rect())
        self.card.setFixedHeight(self.card.layout().totalHeightForWidth(self.card.width()))
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        veil = QColor(self.palette().window().color())
        veil.setAlpha(235)
        painter.fillRect(self.rect(), veil)
        pen = QPen(self.palette().highlight().color(), max(2, grid(0.375)))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        margin = grid(2)
        painter.drawRoundedRect(
            self.rect().adjusted(margin, margin, -margin, -margin), grid(1), grid(1)
        )


class FileDrops:
    """What the record window does with things dragged over it (its drag event handlers call
    these): local files only; text, links and remote files are refused, and the cursor says so.

    Plain methods called from the window's own event handlers, not an event filter: a Python
    event filter would also be asked about events sent while the window is being destroyed.
    """

    def __init__(self, target: QWidget, *, accepts: Callable[[], bool]) -> None:
        self._accepts = accepts
        self.hint = DropHint(target)
        target.setAcceptDrops(True)

    def _paths(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        return dropped_files(event.mimeData()) if self._accepts() else []

    def enter(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        paths = self._paths(event)
        if not paths:
            self.hint.hide()
            event.ignore()
            return
        event.acceptProposedAction()
        if not self.hint.isVisible():
            self.hint.show_for(paths)

    def leave(self) -> None:
        self.hint.hide()

    def drop(self, event: QDropEvent) -> list[Path]:
        """The files dropped (a backup among them is for the caller to explain), or none."""
        self.hint.hide()
        paths = self._paths(event)
        if not paths:
            event.ignore()
            return []
        event.acceptProposedAction()
        return paths


def explain_backup(parent: QWidget, path: Path) -> MessageDialog:
    """A backup dropped on the record window: where backups are restored (not opened yet)."""
    dialog = MessageDialog(
        parent,
        title=QCoreApplication.translate("FileDrops", "This is a backup, not a summary"),
        text=QCoreApplication.translate(
            "FileDrops",
            "{file} is a backup of a whole profile. It is not imported into this record: it is "
            "restored as a profile of its own. To restore it, choose Restore from backup in "
            "Settings, or drop it on the start screen.",
        ).format(file=path.name),
        accept_text=QCoreApplication.translate("FileDrops", "Open Settings"),
        reject_text=QCoreApplication.translate("FileDrops", "Close"),
    )
    dialog.setObjectName("backupDropped")
    return dialog
