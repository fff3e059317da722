"""The Meeting page and how a meeting is held: changing one meeting's mode, and the
hybrid check-in where each present member was in the room or online."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import meetings, reports, roster
from balintdesk.store.models import Attendance, AttendanceStatus, Meeting, MeetingStatus, Member
from balintdesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 3, 3)  # a Tuesday, and the group's meeting day
PATTERN = MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room")


@pytest.fixture
def window(qtbot, db, data_dir):
    group = roster.create_group("Riverside", PATTERN, TODAY)
    joined = dt.date(2025, 9, 1)
    roster.add_member(group.id, MemberDraft("Dr Leader", Role.GP, True, joined=joined))
    for name in ("Dr Ann", "Dr Ben", "Dr Cara"):
        roster.add_member(group.id, MemberDraft(name, Role.GP, joined=joined))
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.MEETING)
    return main


def member_id(name: str) -> int:
    return Member.get(Member.name == name).id


def choose(qtbot, combo, data: str) -> None:
    """Pick `data` in a combo box from the keyboard, as a user without a mouse does."""
    combo.setFocus()
    wanted = combo.findData(data)
    assert wanted >= 0
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(wanted - max(combo.currentIndex(), 0))):
        qtbot.keyClick(combo, key)
    if combo.currentIndex() != wanted:  # from blank, the first Down lands on the first item
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data


def test_an_ordinary_meeting_has_no_place_to_choose(window) -> None:
    page = window.meeting_page
    assert page.mode_combo.currentData() == "in-person"
    assert page.mode_combo.accessibleName() == "Format"
    assert all(row.place_combo is None for row in page.check_in.rows.values())
    assert page.check_in.findChildren(type(page.mode_combo), "placeCombo") == []


def test_changing_this_meetings_mode_only(qtbot, window) -> None:
    page = window.meeting_page
    this, later = page.meeting, meetings.upcoming_meetings(page.group_id, 2, TODAY)[1]
    choose(qtbot, page.mode_combo, "online")
    assert Meeting.get_by_id(this.id).mode == "online"
    assert Meeting.get_by_id(later.id).mode == "in-person"  # the next one is its own
    assert page.record_status.text() == "This meeting: Online."
    # Stepping away and back shows what is stored.
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert page.mode_combo.currentData() == "in-person"
    qtbot.mouseClick(page.earlier_button, Qt.MouseButton.LeftButton)
    assert page.mode_combo.currentData() == "online"


def test_hybrid_check_in_records_who_was_online(qtbot, window) -> None:
    page = window.meeting_page
    choose(qtbot, page.mode_combo, "hybrid")
    rows = page.check_in.rows
    ann, ben, cara, leader = (member_id(n) for n in ("Dr Ann", "Dr Ben", "Dr Cara", "Dr Leader"))
    place = rows[ben].place_combo
    assert place is not None and not place.isEnabled()  # not present yet
    assert place.accessibleName() == "Dr Ben: in the room or online"
    assert "in the room or online" in page.check_hint.text()
    for person in (leader, ann, ben):
        qtbot.mouseClick(rows[person].buttons["present"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows[cara].buttons["apologies"], Qt.MouseButton.LeftButton)
    assert place.isEnabled() and place.currentText() == "In the room"
    assert not rows[cara].place_combo.isEnabled()
    choose(qtbot, place, "online")  # from the keyboard: saved at once
    assert meetings.attendance_modes(page.meeting.id) == {
        leader: "in-person",
        ann: "in-person",
        ben: "online",
    }
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    meeting = Meeting.get_by_id(page.meeting.id)
    assert (meeting.status, meeting.mode) == (MeetingStatus.HELD, "hybrid")
    stored = {
        a.member_id: (a.status, a.mode)
        for a in Attendance.select().where(Attendance.meeting == meeting.id)
    }
    assert stored == {
        leader: ("present", "in-person"),
        ann: ("present", "in-person"),
        ben: ("present", "online"),
        cara: ("apologies", None),
    }
    # The record keeps them: the page shows them again, and the CSV rows say them.
    assert page.check_in.rows[ben].place_combo.currentData() == "online"
    rows_out = reports.attendance_rows(page.group_id, TODAY, TODAY)
    assert {r.member_name: r.mode for r in rows_out} == {
        "Dr Ann": "in-person",
        "Dr Ben": "online",
        "Dr Cara": "",
        "Dr Leader": "in-person",
    }


def test_leaving_hybrid_clears_the_places(qtbot, window) -> None:
    page = window.meeting_page
    choose(qtbot, page.mode_combo, "hybrid")
    ben = member_id("Dr Ben")
    qtbot.mouseClick(page.check_in.rows[ben].buttons["present"], Qt.MouseButton.LeftButton)
    choose(qtbot, page.check_in.rows[ben].place_combo, "online")
    choose(qtbot, page.mode_combo, "in-person")
    assert meetings.attendance_modes(page.meeting.id) == {}
    assert page.check_in.rows[ben].place_combo is None


def test_the_check_in_keeps_room_for_its_buttons_when_its_rows_grow(qtbot, db) -> None:
    """The list claims the width its rows need whenever they change, not only when they
    are made: on a real screen a German hybrid check-in was left 170 px narrower than its
    buttons, which ended under the edge ("Entschuld…", no "Abwesend")."""
    from balintdesk.ui.meeting.check_in import CheckInList

    group = roster.create_group("Riverside", PATTERN, TODAY)
    ann = roster.add_member(group.id, MemberDraft("Dr Ann", Role.GP))
    check_in = CheckInList()
    qtbot.addWidget(check_in)
    check_in.set_members([ann], {}, places={})
    check_in.show()
    claimed = check_in.minimumWidth()
    row = check_in.rows[ann.id]

    row.set_status(AttendanceStatus.PRESENT)  # the place box shows under the name
    row.place_combo.setStyleSheet("font-size: 40pt")  # as styling a shown row does
    body = check_in.widget()

    def room_for_the_rows() -> bool:  # once the layout requests are all handled
        return check_in.minimumWidth() >= body.minimumSizeHint().width() > claimed

    qtbot.waitUntil(room_for_the_rows, timeout=2000)
