"""The start screen: who the app is for, the profiles on this computer, and the demo.

States: no profiles (an empty state whose primary action is "Create a profile"), profiles (a boxed
list with Open as the primary action), creating the demo (progress and Cancel), and a success or
error line. New profile and Restore from backup are always there; a backup file dropped on the
window starts a restore too (the window handles the drop).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ecan_desktop.ui.boxed_list import BoxedListView
from ecan_desktop.ui.context import AppContext
from ecan_desktop.ui.demo_section import DemoSection
from ecan_desktop.ui.error_text import error_text
from ecan_desktop.ui.language_picker import LanguagePicker
from ecan_desktop.ui.locale_format import format_timestamp_date
from ecan_desktop.ui.message_banner import MessageBanner, Severity
from ecan_desktop.ui.page_column import PageColumn
from ecan_desktop.ui.typography import Label, TextRole, grid
from ecan_desktop.vault.profiles import ProfileInfo

APP_DISPLAY_NAME = "ecan-desktop"  # a name, not translated
VISIBLE_ROWS = 6


class ProfilesPage(PageColumn):
    open_requested = Signal(object)  # ProfileInfo
    language_chosen = Signal(str)
    new_requested = Signal()
    restore_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_ems=88, centred=True)
        self._context = context
        self._profiles: list[ProfileInfo] = []
        self._error: BaseException | None = None
        self._demo_ready = False
        self._notice: tuple[str, str] | None = None  # (kind, label): "restored" or "deleted"

        self._build_header()
        self._build_profiles()
        self._build_messages_and_demo()

        QWidget.setTabOrder(self.language_picker.combo, self.profile_list)
        QWidget.setTabOrder(self.profile_list, self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.create_button)
        QWidget.setTabOrder(self.create_button, self.empty_restore_button)
        QWidget.setTabOrder(self.empty_restore_button, self.demo.demo_button)
        QWidget.setTabOrder(self.demo.demo_button, self.demo.cancel_button)

        self.retranslate_ui()
        self.refresh()

    def _build_header(self) -> None:
        column = self.column
        intro = QVBoxLayout()
        intro.setSpacing(grid(0.5))
        header = QHBoxLayout()
        header.setSpacing(grid(2))
        self.title = Label(TextRole.TITLE, self.body)
        self.title.setText(APP_DISPLAY_NAME)
        self.title.setAccessibleName(APP_DISPLAY_NAME)
        header.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        self.language_picker = LanguagePicker(self._context.language, self.body)
        self.language_picker.language_chosen.connect(self.language_chosen)
        header.addWidget(self.language_picker, 0, Qt.AlignmentFlag.AlignVCenter)
        intro.addLayout(header)
        self.purpose = Label(TextRole.BODY, self.body, secondary=True)
        intro.addWidget(self.purpose)
        column.addLayout(intro)
        column.addSpacing(grid(2))

    def _build_profiles(self) -> None:
        column = self.column
        heading = QVBoxLayout()
        heading.setSpacing(grid(0.5))
        self.section_title = Label(TextRole.SECTION, self.body)
        heading.addWidget(self.section_title)
        self.section_hint = Label(TextRole.BODY, self.body, secondary=True)
        heading.addWidget(self.section_hint)
        column.addLayout(heading)

        self.profile_list = BoxedListView(self.body)
        self.profile_list.setObjectName("profileList")
        self.profile_list.activated.connect(self._on_activated)
        self.profile_list.itemSelectionChanged.connect(self._update_actions)
        column.addWidget(self.profile_list)

        self._build_empty_state()
        column.addWidget(self.empty_state)

        actions = QHBoxLayout()
        actions.setSpacing(grid(1))
        self.new_button = QPushButton(self.body)
        self.new_button.setObjectName("newProfileButton")
        self.new_button.clicked.connect(self.new_requested)
        actions.addWidget(self.new_button)
        self.restore_button = QPushButton(self.body)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_requested)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        self.open_button = QPushButton(self.body)
        self.open_button.setObjectName("openButton")
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_current)
        actions.addWidget(self.open_button)
        column.addLayout(actions)
        self.drop_hint = Label(TextRole.CAPTION, self.body, secondary=True)
        self.drop_hint.setObjectName("dropHint")
        column.addWidget(self.drop_hint)

    def _build_empty_state(self) -> None:
        self.empty_state = QFrame(self.body)
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setProperty("card", True)
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(grid(4), grid(4), grid(4), grid(4))
        empty_layout.setSpacing(grid(1))
        self.empty_title = Label(TextRole.SECTION, self.empty_state)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.empty_title)
        self.empty_text = Label(TextRole.BODY, self.empty_state, secondary=True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addSpacing(grid(1))
        empty_actions = QHBoxLayout()
        empty_actions.setSpacing(grid(1))
        empty_actions.addStretch(1)
        self.empty_restore_button = QPushButton(self.empty_state)
        self.empty_restore_button.setObjectName("emptyRestoreButton")
        self.empty_restore_button.clicked.connect(self.restore_requested)
        empty_actions.addWidget(self.empty_restore_button)
        self.create_button = QPushButton(self.empty_state)
        self.create_button.setObjectName("createFirstProfile")
        self.create_button.setProperty("primary", True)
        self.create_button.clicked.connect(self.new_requested)
        empty_actions.addWidget(self.create_button)
        empty_actions.addStretch(1)
        empty_layout.addLayout(empty_actions)

    def _build_messages_and_demo(self) -> None:
        column = self.column
        self.status = MessageBanner(Severity.SUCCESS, self.body)
        self.status.setObjectName("statusBanner")
        column.addWidget(self.status)
        self.error = MessageBanner(Severity.ERROR, self.body)
        self.error.setObjectName("errorBanner")
        column.addWidget(self.error)
        column.addSpacing(grid(1))
        self.demo = DemoSection(self._context, self.body)
        self.demo.created.connect(self._on_demo_created)
        self.demo.failed.connect(self._on_demo_failed)
        self.demo.busy_changed.connect(self._on_demo_busy)
        column.addWidget(self.demo)

    # -- data -------------------------------------------------------------------------------------
    @property
    def profiles(self) -> list[ProfileInfo]:
        return list(self._profiles)

    def refresh(self, select_id: str | None = None) -> None:
        """Re-read the profiles (a fast directory listing) and keep or move the selection."""
        previous = select_id or self.profile_list.current_key()
        self._profiles = self._context.store.list()
        self.profile_list.clear()
        for info in self._profiles:
            self.profile_list.add_row(info.id, info.label, self._last_opened_text(info))
        if self._profiles and not (previous and self.profile_list.select_key(previous)):
            self.profile_list.setCurrentRow(0)
        self.profile_list.fit_height_to_rows(VISIBLE_ROWS)
        self._update_states()

    def _last_opened_text(self, info: ProfileInfo) -> str:
        date = format_timestamp_date(info.last_opened)
        if date is None:
            return self.tr("Never opened")
        return self.tr("Last opened {date}").format(date=date)

    def selected_profile(self) -> ProfileInfo | None:
        key = self.profile_list.current_key()
        return next((p for p in self._profiles if p.id == key), None)

    # -- states -----------------------------------------------------------------------------------
    def _update_states(self) -> None:
        has_profiles = bool(self._profiles)
        self.profile_list.setVisible(has_profiles)
        self.open_button.setVisible(has_profiles)
        self.new_button.setVisible(has_profiles)
        self.restore_button.setVisible(has_profiles)
        self.section_hint.setVisible(has_profiles)
        self.empty_state.setVisible(not has_profiles)
        has_demo = any(self._context.is_demo(p) for p in self._profiles)
        self.demo.setVisible(self._context.demo_available and (self.demo.busy or not has_demo))
        self._update_actions()

    def _update_actions(self) -> None:
        free = not self.demo.busy
        self.open_button.setEnabled(self.selected_profile() is not None and free)
        for button in (
            self.new_button,
            self.restore_button,
            self.create_button,
            self.empty_restore_button,
        ):
            button.setEnabled(free)

    @property
    def busy(self) -> bool:
        return self.demo.busy

    def focus_first(self) -> None:
        if self._profiles:
            self.profile_list.setFocus()
        else:
            self.create_button.setFocus()

    # -- actions ----------------------------------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        del index
        self._open_current()

    def _open_current(self) -> None:
        info = self.selected_profile()
        if info is not None and not self.demo.busy:
            self.clear_messages()
            self.open_requested.emit(info)

    def clear_messages(self) -> None:
        self._demo_ready = False
        self._error = None
        self._notice = None
        self.status.clear()
        self.error.clear()

    def show_notice(self, kind: str, label: str) -> None:
        """A success line after a restore ("restored") or a deletion ("deleted")."""
        self.clear_messages()
        self._notice = (kind, label)
        self._retranslate_messages()

    def show_error(self, error: BaseException) -> None:
        self.clear_messages()
        self._error = error
        self._retranslate_messages()

    def _on_demo_busy(self, busy: bool) -> None:
        if busy:
            self.clear_messages()
        self._update_states()

    def _on_demo_created(self, info: object) -> None:
        assert isinstance(info, ProfileInfo)
        self.refresh(select_id=info.id)
        self._demo_ready = True
        self._retranslate_messages()
        self.profile_list.setFocus()

    def _on_demo_failed(self, error: BaseException) -> None:
        self._error = error
        self.refresh()
        self._retranslate_messages()

    # -- language ---------------------------------------------------------------------------------
    def _retranslate_messages(self) -> None:
        if self._notice is not None:
            kind, label = self._notice
            if kind == "restored":
                self.status.show_message(
                    self.tr(
                        "The backup was restored as profile “{label}”. Open it to check it."
                    ).format(label=label)
                )
            else:
                self.status.show_message(
                    self.tr("Profile “{label}” and everything in it were deleted.").format(
                        label=label
                    )
                )
        if self._demo_ready:
            from ecan_desktop.demo import DEMO_PASSPHRASE  # loaded by creating the demo anyway

            self.status.show_message(
                self.tr(
                    "The demo profile is ready. Its passphrase is “{passphrase}”: "
                    "choose Open to see the record."
                ).format(passphrase=DEMO_PASSPHRASE)
            )
        if self._error is not None:
            self.error.show_message(error_text(self._error))

    def retranslate_ui(self) -> None:
        self.purpose.setText(self.tr("Your cancer history, encrypted and kept on this computer."))
        self.section_title.setText(self.tr("Profiles"))
        self.section_hint.setText(self.tr("Choose whose record to open."))
        self.profile_list.setAccessibleName(self.tr("Profiles on this computer"))
        self.empty_title.setText(self.tr("No profiles yet"))
        self.empty_text.setText(
            self.tr(
                "A profile keeps one person's cancer history, locked with a passphrase, "
                "on this computer only."
            )
        )
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected profile (Enter)"))
        self.new_button.setText(self.tr("New profile…"))
        self.new_button.setToolTip(self.tr("Create a profile for another person (Ctrl+N)"))
        self.create_button.setText(self.tr("Create a profile…"))
        for button in (self.restore_button, self.empty_restore_button):
            button.setText(self.tr("Restore from backup…"))
            button.setToolTip(self.tr("Make a profile from a backup file (.ecanbackup)"))
        self.drop_hint.setText(
            self.tr("You can also drop a backup file (.ecanbackup) on this window to restore it.")
        )
        for row, info in enumerate(self._profiles):
            item = self.profile_list.item(row)
            if item is not None:
                self.profile_list.set_subtitle(item, self._last_opened_text(info))
        self._retranslate_messages()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
