"""The practice's server stopped mid-meeting and started again (issue 17): the meeting is
checked in, recorded and timed on, everything kept on this computer, and sent when the
server is back. The server is the test's own (tests/store/_private_pg.py): the suite's
shared one is never stopped."""

from __future__ import annotations

import contextlib
import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from balintdesk import paths
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import meetings, roster
from balintdesk.store.models import Attendance, Meeting, MeetingPhase, MeetingStatus, TimerRun
from balintdesk.store.outbox import Kind, Outbox
from balintdesk.store.server import open_server
from balintdesk.ui.common import offline
from balintdesk.ui.main_window import MainWindow
from tests.store._private_pg import start_private_server
from tests.ui.timer.conftest import FakeClock

TODAY = dt.date(2026, 3, 3)  # a Tuesday: the group's meeting day
PATTERN = MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room")
PEOPLE = ("Dr Ann", "Dr Ben", "Dr Cara", "Dr Dev")


@pytest.fixture(scope="module")
def server():
    found = start_private_server()
    yield found
    found.remove()


@pytest.fixture
def group_db(server, data_dir):
    name = "balintdesk_offline"
    with server.connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    database = open_server(server.url(name), password=server.password, local_folder=data_dir)
    group = roster.create_group("Riverside", PATTERN, TODAY)
    joined = dt.date(2025, 9, 1)
    roster.add_member(group.id, MemberDraft("Dr Leader", Role.GP, True, joined=joined))
    for person in PEOPLE:
        roster.add_member(group.id, MemberDraft(person, Role.GP, joined=joined))
    yield database
    offline.forget_keepers()
    if not server.running:
        server.start()
    with contextlib.suppress(Exception):
        database.close()


@pytest.fixture
def window(qtbot, group_db, data_dir):
    clock = FakeClock()
    main = MainWindow(group_db, data_dir, today=lambda: TODAY, clock=clock)
    main.clock = clock
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.MEETING)
    return main


def member_id(name: str) -> int:
    return roster.Member.get(roster.Member.name == name).id


def click(qtbot, page, member: int, status: str) -> None:
    row = page.check_in.rows[member]
    qtbot.mouseClick(row.buttons[status], Qt.MouseButton.LeftButton)


def test_a_meeting_goes_on_with_the_server_stopped_and_is_sent_when_it_is_back(
    qtbot, window, server, data_dir
):
    page, timer = window.meeting_page, window.timer_page
    ids = {name: member_id(name) for name in PEOPLE}
    meeting_id = page.meeting.id
    assert page.offline_banner.isHidden()

    server.stop()  # mid-meeting, as a crash or a pulled cable looks to us

    click(qtbot, page, ids["Dr Ann"], "present")
    assert not page.offline_banner.isHidden()
    assert "cannot be reached" in page.offline_banner.text.text()
    click(qtbot, page, ids["Dr Ben"], "present")
    click(qtbot, page, ids["Dr Cara"], "apologies")
    rows = page.check_in.rows
    assert rows[ids["Dr Ann"]].status() == "present"  # marks stay as the user set them
    assert rows[ids["Dr Cara"]].status() == "apologies"
    assert "Present 2 · Apologies 1" in page.record_status.text()
    assert not page.move_button.isEnabled()  # what is not kept offline waits

    # The timer and the room display run on: started, a minute, the next phase.
    window.show_page(MainWindow.TIMER)
    room = timer.open_projector()
    timer.driver.toggle()
    window.clock.advance(65)
    timer.driver.next()
    window.clock.advance(30)
    view = timer.driver.refresh()
    assert view.state == "running" and view.index == 1
    assert room.isVisible()
    assert not timer.offline_banner.isHidden()
    timer.close_projector()

    # The record: Dr Ann presented.
    window.show_page(MainWindow.MEETING)
    combo = page.presenter_combos[0]
    combo.setCurrentIndex(combo.findData(ids["Dr Ann"]))
    assert page.record() is True
    assert "Recorded on this computer" in page.record_status.text()

    # All of it is on the disk: a crash now loses nothing (read afresh from the file).
    kept = Outbox(paths.outbox_path(data_dir)).entries()
    kinds = [entry.kind for entry in kept]
    assert kinds == [Kind.MARK, Kind.MARK, Kind.MARK, Kind.TIMER, Kind.RECORD]
    assert [entry.member_id for entry in kept[:3]] == [ids["Dr Ann"], ids["Dr Ben"], ids["Dr Cara"]]
    assert kept[0].payload == {"status": "present", "was": "", "where": None}
    assert kept[3].payload["records"][0]["actual_seconds"] == pytest.approx(65)
    # Only marks, names of phases and their times: nothing said, no note.
    assert set(kept[3].payload) == {"template", "phases", "snapshot", "records", "ended"}
    assert set(kept[4].payload) == {"presenters", "theme", "leader", "co_leader", "was", "today"}

    keeper = offline.keeper()
    keeper.try_again()  # still away: calm, nothing lost
    qtbot.waitUntil(lambda: not keeper.busy())
    assert keeper.offline and keeper.waiting() == 5

    server.start()
    keeper.try_again()
    qtbot.waitUntil(lambda: not keeper.busy())
    assert not keeper.offline and keeper.waiting() == 0
    assert page.offline_banner.isHidden() and timer.offline_banner.isHidden()
    assert "All check-ins were sent to the shared database." in page.record_status.text()

    marks = {
        a.member_id: (a.status, a.presented)
        for a in Attendance.select().where(Attendance.meeting == meeting_id)
    }
    assert marks == {
        ids["Dr Ann"]: ("present", True),
        ids["Dr Ben"]: ("present", False),
        ids["Dr Cara"]: ("apologies", False),
    }
    assert Meeting.get_by_id(meeting_id).status == MeetingStatus.HELD
    phases = list(
        MeetingPhase.select()
        .where(MeetingPhase.meeting == meeting_id)
        .order_by(MeetingPhase.position)
    )
    assert phases[0].actual_seconds == 65 and phases[0].ended_at is not None
    assert phases[1].actual_seconds == 30
    assert TimerRun.select().where(TimerRun.meeting == meeting_id).exists()  # still running
    assert page.move_button.isEnabled() is False  # held: moving is not offered anyway
    assert page.themes_button.isEnabled()


def test_a_mark_changed_on_another_computer_before_the_sending_is_kept_and_told(
    qtbot, window, server
):
    page = window.meeting_page
    ann, ben = member_id("Dr Ann"), member_id("Dr Ben")
    meeting_id = page.meeting.id
    server.stop()
    click(qtbot, page, ann, "present")
    click(qtbot, page, ben, "absent")
    server.start()
    # Another PC reaches the server first and marks Dr Ann absent.
    with server.connect("balintdesk_offline") as other:
        other.execute(
            "INSERT INTO attendance (meeting_id, member_id, status, presented)"
            " VALUES (%s, %s, 'absent', false)",
            (meeting_id, ann),
        )
    qtbot.mouseClick(page.offline_banner.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.offline_banner.isHidden)
    said = page.record_status.text()
    assert "All check-ins were sent to the shared database." in said
    assert "Dr Ann's mark was changed on another computer to “Absent” meanwhile" in said
    assert {a.member_id: a.status for a in Attendance.select()} == {ann: "absent", ben: "absent"}
    # The page shows the server's state again.
    assert page.check_in.rows[ann].status() == "absent"
    assert offline.keeper().waiting() == 0


def test_an_outbox_left_by_a_crash_is_sent_when_the_window_opens(qtbot, group_db, data_dir):
    from balintdesk.store.outbox import target_of

    group = roster.Group.get()
    row = meetings.next_meeting(group.id, TODAY)
    ann = member_id("Dr Ann")
    left = Outbox(paths.outbox_path(data_dir))
    payload = {"status": "present", "was": "", "where": None}
    left.append(target_of(group_db), Kind.MARK, row.id, payload, member_id=ann)
    left.close()
    main = MainWindow(group_db, data_dir, today=lambda: TODAY, clock=FakeClock())
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.MEETING)
    qtbot.waitUntil(lambda: offline.keeper().waiting() == 0)
    assert meetings.attendance_for(row.id) == {ann: "present"}
    assert main.meeting_page.check_in.rows[ann].status() == "present"
    assert main.meeting_page.offline_banner.isHidden()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_banner_speaks_the_users_language_and_fits(qtbot, group_db, data_dir, server, language):
    i18n_qt.install(language)
    ann = member_id("Dr Ann")
    main = MainWindow(group_db, data_dir, today=lambda: TODAY, clock=FakeClock())
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    main.show_page(MainWindow.MEETING)
    page = main.meeting_page
    server.stop()
    click(qtbot, page, ann, "present")
    banner = page.offline_banner
    assert not banner.isHidden()
    expected = {
        "en": ("The shared database cannot be reached.", "Try again", "Recorded on"),
        "de": ("Die gemeinsame Datenbank ist nicht erreichbar.", "Erneut versuchen", "Auf diesem"),
    }[language]
    assert banner.text.text().startswith(expected[0])
    assert banner.try_button.text() == expected[1]
    assert page.record() is True
    assert page.record_status.text().startswith(expected[2])
    assert main.width() <= 1280
    shots = os.environ.get("BALINTDESK_SHOTS")
    QApplication.processEvents()  # the layout takes the record's two lines in German
    status = page.record_status
    assert status.height() >= status.heightForWidth(status.width())  # nothing cut off
    # The Timer page, first opened now: a timer for the meeting all the same.
    main.show_page(MainWindow.TIMER)
    timer = main.timer_page
    assert timer.meeting is not None and timer.meeting.id == page.meeting.id
    timer.driver.toggle()
    assert timer.driver.last_view.state == "running" and not timer.offline_banner.isHidden()
    shots = os.environ.get("BALINTDESK_SHOTS")
    if shots:  # to look at: BALINTDESK_SHOTS=/some/folder
        main.grab().save(f"{shots}/offline-timer-{language}.png")
        main.show_page(MainWindow.MEETING)
        QApplication.processEvents()
        main.grab().save(f"{shots}/offline-meeting-{language}.png")


def test_who_led_picked_as_the_server_goes_stays_shown_and_goes_with_the_record(
    qtbot, window, server
):
    page = window.meeting_page
    picker = page.leader_picker
    leader, ann = member_id("Dr Leader"), member_id("Dr Ann")
    meeting_id = page.meeting.id
    server.stop()
    picker.leader_combo.setCurrentIndex(picker.leader_combo.findData(leader))
    picker.leader_combo.activated.emit(picker.leader_combo.currentIndex())  # no traceback
    assert not page.offline_banner.isHidden()
    assert not picker.isEnabled()  # who led waits; the record takes it as shown
    assert picker.chosen() == (leader, None)
    page.set_group(page.group_id)  # as choosing the group again does: nothing swept away
    assert page.meeting.id == meeting_id and picker.chosen() == (leader, None)
    combo = page.presenter_combos[0]
    combo.setCurrentIndex(combo.findData(ann))
    assert page.record() is True
    server.start()
    keeper = offline.keeper()
    keeper.try_again()
    qtbot.waitUntil(lambda: not keeper.busy())
    assert keeper.waiting() == 0
    held = Meeting.get_by_id(meeting_id)
    assert held.status == MeetingStatus.HELD and held.leader_id == leader


def test_a_statement_the_server_refuses_stays_an_error_and_nothing_is_kept(qapp, group_db):
    import peewee

    keeper = offline.keeper()
    refused = Attendance(meeting=999_999, member=member_id("Dr Ann"), status="present")
    with pytest.raises(peewee.IntegrityError):
        keeper.run(refused.save, lambda: pytest.fail("kept as if the server were gone"))
    assert not keeper.offline and keeper.waiting() == 0
    assert offline.run_or_keep(lambda: None, Kind.MARK, 1, {}) is False  # reachable: sent
