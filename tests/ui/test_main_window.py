"""The main window builds each page the first time it is shown, and the pages still talk.

A start shows the Roster; the other five pages (and, for Notes, the vault, keyring and
cryptography) wait until they are first shown or asked for. These tests check both the
laziness and that nothing it touches broke: shortcuts, the group reaching pages built
later, the signals between pages, locking the notes on quit and on an OS session lock.
The import-level check (no keyring in a fresh process) is in tests/test_app.py.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import close_database, open_database
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.session import Session

from ..conftest import pattern_without_a_meeting_today

OTHER_PAGES = (
    MainWindow.MEETING,
    MainWindow.TIMER,
    MainWindow.ROTA,
    MainWindow.NOTES,
    MainWindow.SETTINGS,
)


@pytest.fixture
def window(qtbot, db, data_dir):
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Marcus Webb"))
    main = MainWindow(db, data_dir)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def built(window: MainWindow) -> set[int]:
    return {index for index in range(window.pages.count()) if window.is_built(index)}


def test_only_the_roster_is_built_at_start(window):
    assert built(window) == {MainWindow.ROSTER}
    assert window.pages.count() == 6
    assert window.pages.currentIndex() == MainWindow.ROSTER
    assert window.pages.currentWidget() is window.roster_page
    assert window.navigation.currentRow() == MainWindow.ROSTER
    for index in OTHER_PAGES:
        placeholder = window.pages.widget(index)
        assert type(placeholder).__name__ == "QWidget", "an empty placeholder holds the place"


def test_ctrl_5_builds_the_notes_page_and_shows_it(qtbot, window):
    assert not window.is_built(MainWindow.NOTES)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.is_built(MainWindow.NOTES)
    page = window.pages.currentWidget()
    assert page.objectName() == "notesPage"
    assert page is window.notes_page
    assert window.pages.indexOf(page) == MainWindow.NOTES
    assert built(window) == {MainWindow.ROSTER, MainWindow.NOTES}


def test_every_ctrl_number_shows_its_page_in_place(qtbot, window):
    for number in range(1, 7):
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
        )
        index = number - 1
        assert window.pages.currentIndex() == index
        assert window.navigation.currentRow() == index
        assert window.pages.currentWidget() is window.page(index)
    assert built(window) == set(range(6))
    assert window.pages.count() == 6


def test_asking_for_a_page_builds_it_without_showing_it(window):
    rota = window.rota_page
    assert window.is_built(MainWindow.ROTA)
    assert window.pages.widget(MainWindow.ROTA) is rota
    assert window.pages.currentIndex() == MainWindow.ROSTER, "the roster stays in front"
    assert window.rota_page is rota, "built once"


def test_a_page_built_later_is_given_the_current_group(window):
    second = roster.create_group("Hillside", pattern_without_a_meeting_today())
    window.reload_groups(second.id)
    assert window.group_id == second.id
    assert window.roster_page.group_id == second.id
    assert not window.is_built(MainWindow.MEETING)
    assert window.meeting_page.group_id == second.id
    assert window.rota_page.group_id == second.id
    assert window.settings_page.group_id == second.id


def test_roster_changes_refresh_only_the_pages_that_exist(window, monkeypatch):
    window.roster_page.roster_changed.emit()
    assert built(window) == {MainWindow.ROSTER}, "a change builds no page"
    rota = window.rota_page
    refreshed: list[str] = []
    # Patched on the class: an instance patch leaves a self-reference on the page when
    # undone, and the wrapper of a deleted page then lingers until the cycle collector.
    monkeypatch.setattr(type(rota), "refresh", lambda _page: refreshed.append("rota"))
    window.roster_page.roster_changed.emit()
    assert refreshed == ["rota"]
    assert not window.is_built(MainWindow.MEETING)
    meeting = window.meeting_page
    monkeypatch.setattr(type(meeting), "refresh", lambda _page: refreshed.append("meeting"))
    meeting.meeting_changed.emit()
    rota.rota_changed.emit()
    assert refreshed == ["rota", "rota", "meeting"]


def test_the_meeting_page_still_asks_for_the_timer(window):
    window.meeting_page.run_timer_requested.emit()
    assert window.pages.currentIndex() == MainWindow.TIMER
    assert window.pages.currentWidget() is window.timer_page


def test_settings_still_reloads_the_groups(window):
    page = window.settings_page
    other = roster.create_group("Hillside", pattern_without_a_meeting_today())
    page.groups_changed.emit(other.id)
    assert window.group_combo.count() == 2
    assert window.group_id == other.id


def test_closing_builds_no_page_and_locks_notes_that_exist(qtbot, window, monkeypatch):
    window.close()
    assert built(window) == {MainWindow.ROSTER}, "nothing to lock in a page never built"
    window.show()
    notes = window.notes_page
    locked: list[bool] = []
    monkeypatch.setattr(type(notes), "lock", lambda _page: locked.append(True))
    window.close()
    assert locked == [True]


def test_an_os_session_lock_locks_only_notes_that_exist(qtbot, data_dir, monkeypatch):
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    roster.create_group("Riverside", pattern_without_a_meeting_today())
    close_database(db)
    session = Session(data_dir)
    try:
        with qtbot.waitSignal(session.opened, timeout=10_000):
            session.start()
        session.wait_for_backup()
        window = session.window
        assert window is not None and session.lock_watch is not None
        session.lock_watch.locked.emit()
        assert not window.is_built(MainWindow.NOTES)
        notes = window.notes_page
        locked: list[bool] = []
        monkeypatch.setattr(type(notes), "lock", lambda _page: locked.append(True))
        session.lock_watch.locked.emit()
        assert locked == [True]
    finally:
        session.close()


def test_the_timer_stops_ticking_when_its_page_is_deleted(qtbot, db, data_dir):
    """The timer page's driver is the page's child: left ticking after the window was
    gone (it once had no parent), it crashed a later test when Python freed it in the
    middle of its own tick."""
    roster.create_group("Riverside", pattern_without_a_meeting_today())
    main = MainWindow(db, data_dir)
    main.show()
    main.show_page(MainWindow.TIMER)
    driver = main.timer_page.driver
    assert driver is not None and driver._tick.isActive(), "the clock ticks while shown"
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(driver), "the driver and its tick went with the page"


def test_every_dated_page_gets_the_window_clock(qtbot, db, data_dir):
    """The Roster page's record dialogs end their periods 'today': the window's today."""
    import datetime as dt

    roster.create_group("Riverside", pattern_without_a_meeting_today())
    day = dt.date(2026, 3, 3)
    main = MainWindow(db, data_dir, today=lambda: day)
    qtbot.addWidget(main)
    for page in (main.roster_page, main.meeting_page, main.rota_page):
        assert page.today() == day, type(page).__name__


def test_a_start_on_meeting_day_opens_the_meeting_page(qtbot, db, data_dir):
    import datetime as dt

    from balintdesk.domain.group import Frequency, MeetingPattern

    tuesday = dt.date(2026, 3, 3)
    roster.create_group(
        "Riverside", MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60), tuesday
    )
    on_the_day = MainWindow(db, data_dir, today=lambda: tuesday)
    qtbot.addWidget(on_the_day)
    assert on_the_day.pages.currentIndex() == MainWindow.MEETING
    assert on_the_day.navigation.currentRow() == MainWindow.MEETING
    assert on_the_day.pages.currentWidget() is on_the_day.meeting_page

    day_before = MainWindow(db, data_dir, today=lambda: tuesday - dt.timedelta(days=1))
    qtbot.addWidget(day_before)
    assert day_before.pages.currentIndex() == MainWindow.ROSTER

    # A page someone picked while the data was opening wins, even on the day.
    picked = MainWindow(None, data_dir, today=lambda: tuesday)
    qtbot.addWidget(picked)
    picked.show_page(MainWindow.ROTA)
    picked.attach(db)
    assert picked.pages.currentIndex() == MainWindow.ROTA


def test_the_window_comes_back_where_it_was_closed(qtbot, db, data_dir):
    roster.create_group("Riverside", pattern_without_a_meeting_today())
    first = MainWindow(db, data_dir)
    qtbot.addWidget(first)
    first.place_on_screen()  # nothing kept yet: the usual size, fitted to the screen
    screen = first.screen().availableGeometry()
    assert first.width() <= max(screen.width(), first.minimumWidth())
    assert first.height() <= max(screen.height(), first.minimumHeight())
    first.show()
    # Offscreen, the screen is 800×800 and the window as wide as its Roster needs (more
    # than 800): its narrowest, so that restoring it is not "fitted" again by Qt.
    first.setGeometry(0, 70, 700, 640)  # made as wide as it must be
    QApplication.processEvents()
    narrowest = first.width()
    closed_at = first.geometry()
    assert first.close()
    assert (data_dir / "window.ini").exists()

    again = MainWindow(db, data_dir)
    qtbot.addWidget(again)
    again.place_on_screen()
    again.show()
    QApplication.processEvents()
    assert (again.width(), again.height()) == (narrowest, 640)
    # The place, give or take the frame the platform draws around it.
    assert abs(again.geometry().x() - closed_at.x()) <= 4
    assert abs(again.geometry().y() - closed_at.y()) <= 4


def test_a_damaged_window_file_is_ignored(qtbot, db, data_dir):
    (data_dir / "window.ini").write_bytes(b"\x00\xff[General]\ngeometry=@ByteArray(nonsense)\n")
    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    window.place_on_screen()  # no exception; the usual size
    assert window.width() >= window.minimumWidth()
