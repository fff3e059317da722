"""The main window: a sidebar with the group and the pages, and the pages beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from balintdesk import __version__
from balintdesk.domain.timer import Clock
from balintdesk.store import roster, settings
from balintdesk.ui.meeting_page import MeetingPage
from balintdesk.ui.notes_page import NotesPage
from balintdesk.ui.roster_page import RosterPage
from balintdesk.ui.rota_page import RotaPage
from balintdesk.ui.settings_page import SettingsPage
from balintdesk.ui.timer_page import TimerPage


class MainWindow(QMainWindow):
    MEETING, TIMER, ROSTER, ROTA, NOTES, SETTINGS = range(6)
    closing = Signal()

    def __init__(
        self,
        db: SqliteDatabase,
        data_dir: Path,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Clock | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self.setMinimumSize(900, 600)

        self.meeting_page = MeetingPage(today)
        self.timer_page = TimerPage(today, clock)
        self.roster_page = RosterPage()
        self.rota_page = RotaPage(today)
        self.notes_page = NotesPage(clock)
        self.settings_page = SettingsPage(db, data_dir)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for page in (
            self.meeting_page,
            self.timer_page,
            self.roster_page,
            self.rota_page,
            self.notes_page,
            self.settings_page,
        ):
            self.pages.addWidget(page)

        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(230)
        app_title = QLabel("BalintDesk")
        app_title.setObjectName("appTitle")
        group_label = QLabel(self.tr("&Group"))
        group_label.setProperty("role", "hint")
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupCombo")
        self.group_combo.setAccessibleName(self.tr("Group"))
        group_label.setBuddy(self.group_combo)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        for number, text in enumerate(
            (
                self.tr("Meeting"),
                self.tr("Timer"),
                self.tr("Roster"),
                self.tr("Rota"),
                self.tr("Notes"),
                self.tr("Settings"),
            ),
            start=1,
        ):
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("Ctrl+{0}").format(number))
            item.setSizeHint(QSize(0, 42))  # a generous target, and room between the words
            self.navigation.addItem(item)
        self.computer_label = QLabel()
        self.computer_label.setObjectName("computerLabel")
        self.computer_label.setProperty("role", "hint")
        self.computer_label.setWordWrap(True)
        version = QLabel(self.tr("Version {0}").format(__version__))
        version.setProperty("role", "hint")
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(14, 18, 14, 14)
        side_layout.setSpacing(8)
        side_layout.addWidget(app_title)
        side_layout.addSpacing(10)
        side_layout.addWidget(group_label)
        side_layout.addWidget(self.group_combo)
        side_layout.addSpacing(10)
        side_layout.addWidget(self.navigation, 1)
        side_layout.addWidget(self.computer_label)
        side_layout.addWidget(version)

        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(sidebar)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        for number in range(1, 7):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=number - 1: self.show_page(n))
            self.addAction(action)
        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.settings_page.groups_changed.connect(self.reload_groups)
        self.settings_page.data_restored.connect(lambda: self.reload_groups(None))
        self.settings_page.shared_check.toggled.connect(lambda _on: self._update_computer_label())
        # A change on one page can move the rota shown on the others.
        self.meeting_page.meeting_changed.connect(self.rota_page.refresh)
        self.meeting_page.run_timer_requested.connect(lambda: self.show_page(self.TIMER))
        self.rota_page.rota_changed.connect(self.meeting_page.refresh)
        self.roster_page.roster_changed.connect(self.meeting_page.refresh)
        self.roster_page.roster_changed.connect(self.rota_page.refresh)

        self.reload_groups(None)
        self.show_page(self.ROSTER)

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def _page_chosen(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        if index == self.ROSTER:
            self.roster_page.take_focus()
        elif index == self.TIMER:
            self.timer_page.setFocus()  # the timer's keys work at once
        elif index == self.NOTES:
            self.notes_page.on_shown()

    @property
    def group_id(self) -> int | None:
        value = self.group_combo.currentData()
        return int(value) if value is not None else None

    def reload_groups(self, select_group: int | None = None) -> None:
        """Refill the group list (after a new group, a rename or a restore)."""
        if select_group is None:
            saved = settings.get_setting(settings.CURRENT_GROUP)
            select_group = int(saved) if saved.isdigit() else None
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group in roster.list_groups():
            self.group_combo.addItem(group.name, group.id)
        index = self.group_combo.findData(select_group)
        self.group_combo.setCurrentIndex(index if index >= 0 else 0)
        self.group_combo.blockSignals(False)
        self._group_chosen()

    def _group_chosen(self) -> None:
        group_id = self.group_id
        if group_id is not None:
            settings.set_setting(settings.CURRENT_GROUP, str(group_id))
        name = self.group_combo.currentText()
        self.setWindowTitle(f"{name} — BalintDesk" if name else "BalintDesk")
        self.roster_page.set_group(group_id)
        self.meeting_page.set_group(group_id)
        self.timer_page.set_group(group_id)
        self.notes_page.set_group(group_id)
        self.rota_page.set_group(group_id)
        self.settings_page.set_group(group_id)
        self._update_computer_label()

    def _update_computer_label(self) -> None:
        shared = settings.get_flag(settings.SHARED_PC)
        self.computer_label.setText(
            self.tr("Shared meeting-room PC") if shared else self.tr("Personal computer")
        )

    def bring_to_front(self) -> None:
        """Called when someone starts BalintDesk again while this window is open."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A running meeting's timer was saved as it ran; the next start offers to resume.
        self.timer_page.close_projector()
        self.notes_page.lock()  # quitting locks: the key and every decrypted note go
        self.closing.emit()
        super().closeEvent(event)
