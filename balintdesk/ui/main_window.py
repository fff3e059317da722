"""The main window: a sidebar with the group and the pages, and the pages beside it.

Only the page shown first (the Roster) is built at start; each other page, and the
modules it needs (the Notes page's vault, keyring and cryptography among them), the
first time it is shown or asked for (`window.rota_page` builds the Rota page). Until then
its place in the stack holds an empty placeholder. A page that does not exist yet needs
no refreshing and holds nothing to lock: it is given the current group when it is built,
and the signals between pages reach only pages that exist.

At start the window is shown before its data is open (see ui/session.py): it is made
with `db=None`, showing its sidebar, and `attach(db)` later fills the group list and
builds the Roster. So that showing it costs little, this module imports no part of the
store (nor peewee) at import time, and not PySide6's `Qt` namespace either (making its
hundred-odd enums takes about 10 ms; the pages import it when they are built).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from balintdesk.paths import use_data_dir
from balintdesk.ui.sidebar import Sidebar

if TYPE_CHECKING:
    import datetime as dt

    from peewee import SqliteDatabase
    from PySide6.QtGui import QCloseEvent

    from balintdesk.domain.timer_view import Clock
    from balintdesk.ui.meeting.page import MeetingPage
    from balintdesk.ui.notes.page import NotesPage
    from balintdesk.ui.roster.page import RosterPage
    from balintdesk.ui.rota.page import RotaPage
    from balintdesk.ui.settings.page import SettingsPage
    from balintdesk.ui.timer.page import TimerPage

# Where each page's class lives, by page index; imported when the page is first built.
PAGE_CLASSES = (
    ("balintdesk.ui.meeting.page", "MeetingPage"),
    ("balintdesk.ui.timer.page", "TimerPage"),
    ("balintdesk.ui.roster.page", "RosterPage"),
    ("balintdesk.ui.rota.page", "RotaPage"),
    ("balintdesk.ui.notes.page", "NotesPage"),
    ("balintdesk.ui.settings.page", "SettingsPage"),
)


MINIMUM_HEIGHT = 640


class MainWindow(QMainWindow):
    MEETING, TIMER, ROSTER, ROTA, NOTES, SETTINGS = range(6)
    closing = Signal()
    restart_requested = Signal()  # closed to start again (Settings → Language)

    def __init__(
        self,
        db: SqliteDatabase | None,
        data_dir: Path,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] | None = None,  # None: the computer's date
        clock: Clock | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("BalintDesk")  # "<group> — BalintDesk" once the data is open
        self.resize(1180, 760)

        self._db: SqliteDatabase | None = None  # until attach()
        self._data_dir = use_data_dir(data_dir)  # its files are never a save's target
        self._today = today  # datetime is imported when the first page is built
        self._clock = clock
        self._built: dict[int, QWidget] = {}  # page index -> the page, once built
        self.quit_question: QWidget | None = None  # asked when quitting mid-meeting
        self._quit_confirmed = False
        self._restarting = False  # closing to start again, once the close goes through
        self._picked_early = False  # a page chosen before the data was open
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for _index in range(len(PAGE_CLASSES)):
            self.pages.addWidget(QWidget())  # placeholders until each page is first shown

        sidebar = Sidebar()
        self.group_combo = sidebar.group_combo
        self.navigation = sidebar.navigation
        self.computer_label = sidebar.computer_label

        central = QWidget()
        # No smaller than the pages need, so nothing is squeezed or cut off; the width is
        # the pages' own (their layouts'), the height what the Meeting page's wrapped
        # hints need, which a layout cannot work out from widths alone. Both fit a
        # 1280×720 screen with a title bar: tests/ui/test_fits_the_screen.py.
        central.setMinimumHeight(MINIMUM_HEIGHT)
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(sidebar)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.navigation.setCurrentRow(self.ROSTER)  # the page a start opens on
        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        if db is not None:
            self.attach(db)

    def attach(self, db: SqliteDatabase) -> None:
        """The data is open: fill the group list and build the page chosen. That is the
        Meeting page on the day of a meeting, else the Roster, unless someone picked a
        page in the moment before."""
        if self._db is None:
            self._add_shortcuts()
            if getattr(db, "is_server", False):  # another computer's changes told at once
                importlib.import_module("balintdesk.ui.server_changes").watch(self, db)
        self._db = db
        self.reload_groups(None)
        if not self._picked_early and self._meeting_today():
            self.navigation.setCurrentRow(self.MEETING)  # builds it, through _page_chosen
        else:
            self._page_chosen(self.navigation.currentRow())

    def _meeting_today(self) -> bool:
        from balintdesk.store import meetings

        group_id = self.group_id
        if group_id is None:
            return False
        today = self._today_source()()
        coming = meetings.next_meeting(group_id, today=today)
        return coming is not None and coming.local_date == today

    def place_on_screen(self) -> None:
        """Where the window was last closed on this computer (window_place.py)."""
        from balintdesk.ui.window_place import place_window

        place_window(self, self._data_dir)

    def _add_shortcuts(self) -> None:
        # Here rather than in __init__: the first QAction.setShortcut makes PySide6 build
        # its `Qt` namespace (about 10 ms), which can wait until the window is shown.
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        for number in range(1, 7):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=number - 1: self.show_page(n))
            self.addAction(action)
        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        # Also from the room display, which covers the window on a single screen.
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def _ask_before_quitting(self) -> None:
        if self.quit_question is not None:
            self.quit_question.raise_()
            return
        from balintdesk.ui.common.question import ask

        def forget() -> None:
            self.quit_question = None

        def quit_now() -> None:
            self._quit_confirmed = True
            self.close()

        def keep_open() -> None:
            self._restarting = False  # a restart asked for waits for another time

        self.quit_question = ask(
            self,
            "quitWhileRunningBox",
            self.tr("Quit during the meeting?"),
            self.tr("The meeting's timer is still running."),
            self.tr(
                "If you quit now, BalintDesk offers to carry on where the timer was the "
                "next time it starts."
            ),
            self.tr("Quit"),
            self.tr("Keep the meeting open"),
            quit_now,
            forget,
            keep_open,
        )

    @property
    def attached(self) -> bool:
        return self._db is not None

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def _page_chosen(self, index: int) -> None:
        if self._db is None:
            self._picked_early = True
            return  # attach() builds the page chosen
        self.read_again(index)  # if built: another computer may have changed its data
        page = self.page(index)
        self.pages.setCurrentIndex(index)
        if index == self.ROSTER:
            self.roster_page.take_focus()
        elif index == self.TIMER:
            page.setFocus()  # the timer's keys work at once
        elif index == self.NOTES:
            page.on_shown()

    # --- the pages, each built when first needed --------------------------------------

    def is_built(self, index: int) -> bool:
        return index in self._built

    def page(self, index: int) -> QWidget:
        """The page at `index`, built (and put in its place in the stack) if it is not yet."""
        built = self._built.get(index)
        if built is not None:
            return built
        self._today_source()
        module_name, class_name = PAGE_CLASSES[index]
        page_class = getattr(importlib.import_module(module_name), class_name)
        if index in (self.MEETING, self.ROTA, self.ROSTER):
            page = page_class(self._today)
        elif index == self.TIMER:
            page = page_class(self._today, self._clock)
        elif index == self.NOTES:
            page = page_class(self._clock)
        else:
            page = page_class(self._db, self._data_dir)
        self._built[index] = page
        # In first, then the placeholder out, so no other page is shown in between.
        placeholder = self.pages.widget(index)
        showing = self.pages.currentWidget()
        self.pages.insertWidget(index, page)
        if showing is placeholder:
            self.pages.setCurrentWidget(page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self._connect(index, page)
        page.set_group(self.group_id)
        return page

    def _record_meeting(self, meeting_id: int) -> None:
        """From the ended timer to the Meeting page, on that meeting, to record it."""
        self.show_page(self.MEETING)
        self.meeting_page.show_meeting(meeting_id)

    def _today_source(self) -> Callable[[], dt.date]:
        """What the pages ask for today's date: the one given, else the computer's
        (datetime is imported only once a page or the start page needs it)."""
        if self._today is None:
            import datetime as dt

            self._today = dt.date.today
        return self._today

    def _connect(self, index: int, page) -> None:
        """A change on one page can move what the others show; only built pages listen."""
        if index == self.MEETING:
            page.meeting_changed.connect(lambda: self._refresh_built(self.ROTA))
            page.run_timer_requested.connect(lambda: self.show_page(self.TIMER))
        elif index == self.TIMER:
            page.record_requested.connect(self._record_meeting)
        elif index == self.ROTA:
            page.rota_changed.connect(lambda: self._refresh_built(self.MEETING))
        elif index == self.ROSTER:
            page.roster_changed.connect(lambda: self._refresh_built(self.MEETING, self.ROTA))
        elif index == self.SETTINGS:
            page.groups_changed.connect(self.reload_groups)
            page.data_restored.connect(lambda: self.reload_groups(None))
            page.shared_check.toggled.connect(lambda _on: self._update_computer_label())
            page.restart_requested.connect(self.restart)

    def read_again(self, index: int) -> None:
        """A page showing the group's data, shown or active again, reads it again: on a
        server another computer may have changed it (not Settings: its form would go)."""
        page = self._built.get(index)
        if index not in (self.MEETING, self.ROSTER, self.ROTA) or page is None:
            return
        from balintdesk.store.server import is_connection_lost
        from balintdesk.ui.common.offline import keeper

        found = keeper()
        if found is not None and found.offline:
            return  # the page keeps what it shows until the server is back
        try:
            getattr(page, "reload", page.refresh)()
        except Exception as exc:
            if found is None or not is_connection_lost(exc):
                raise
            found.lost(exc)  # the banners say so; the keeper tries again

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            self.read_again(self.pages.currentIndex())

    def _refresh_built(self, *indexes: int) -> None:
        for index in indexes:
            page = self._built.get(index)
            if page is not None:
                page.refresh()

    @property
    def meeting_page(self) -> MeetingPage:
        return self.page(self.MEETING)

    @property
    def timer_page(self) -> TimerPage:
        return self.page(self.TIMER)

    @property
    def roster_page(self) -> RosterPage:
        return self.page(self.ROSTER)

    @property
    def rota_page(self) -> RotaPage:
        return self.page(self.ROTA)

    @property
    def notes_page(self) -> NotesPage:
        return self.page(self.NOTES)

    @property
    def settings_page(self) -> SettingsPage:
        return self.page(self.SETTINGS)

    def lock_notes(self) -> None:
        """Lock the private notes (quit, OS session lock); a Notes page never built holds
        no key and no note, so there is nothing to lock."""
        notes = self._built.get(self.NOTES)
        if notes is not None:
            notes.lock()

    @property
    def group_id(self) -> int | None:
        value = self.group_combo.currentData()
        return int(value) if value is not None else None

    def reload_groups(self, select_group: int | None = None) -> None:
        """Refill the group list (after a new group, a rename or a restore)."""
        from balintdesk.store import roster, settings

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
        from balintdesk.store import settings

        group_id = self.group_id
        if group_id is not None:
            settings.set_setting(settings.CURRENT_GROUP, str(group_id))
        name = self.group_combo.currentText()
        self.setWindowTitle(f"{name} — BalintDesk" if name else "BalintDesk")  # names only
        for page in list(self._built.values()):  # a page built later gets the group then
            page.set_group(group_id)
        self._update_computer_label()

    def _update_computer_label(self) -> None:
        from balintdesk.store import settings

        shared = settings.get_flag(settings.SHARED_PC)
        self.computer_label.setText(
            self.tr("Shared meeting-room PC") if shared else self.tr("Personal computer")
        )

    def restart(self) -> None:
        """Close as quitting does (the notes lock, a running meeting asks first), then
        `restart_requested`: the session starts BalintDesk again once it has let go of
        the data folder."""
        self._restarting = True
        self.close()

    def bring_to_front(self) -> None:
        """Called when someone starts BalintDesk again while this window is open."""
        from PySide6.QtCore import Qt

        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A running meeting's timer was saved as it ran; the next start offers to resume.
        timer = self._built.get(self.TIMER)
        if timer is not None:
            timer.close_projector()  # also so that the question below is seen
            if timer.timer_in_use() and not self._quit_confirmed:
                event.ignore()
                self._ask_before_quitting()
                return
        self.lock_notes()  # quitting locks: the key and every decrypted note go
        from balintdesk.ui.window_place import remember_place

        remember_place(self, self._data_dir)
        if self._restarting:
            self.restart_requested.emit()
        self.closing.emit()
        super().closeEvent(event)
