"""How meetings are held: the group's usual mode, one meeting's own, where each member was
in a hybrid meeting, the event number (VNR), and the health check of all of them."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk import i18n
from balintdesk.domain.words import WordsError
from balintdesk.store import meetings, reports
from balintdesk.store.check import run_checks
from balintdesk.store.models import Attendance, AttendanceStatus, Group, Meeting, MeetingMode
from balintdesk.store.roster import ValidationError

from ._meeting_helpers import TODAY, make_group, member, rows_of

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL
IN_PERSON, ONLINE, HYBRID = MeetingMode.ALL


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db) -> Group:
    return make_group()


def places(meeting_id: int) -> dict[int, str | None]:
    query = Attendance.select().where(Attendance.meeting == meeting_id)
    return {row.member_id: row.mode for row in query}


def coming(group: Group, count: int = 4) -> list[Meeting]:
    return meetings.upcoming_meetings(group.id, count, TODAY)


# --- the group's usual mode ----------------------------------------------------------------


def test_new_meetings_take_the_groups_mode(group) -> None:
    assert {m.mode for m in coming(group)} == {IN_PERSON}  # the default
    meetings.set_group_mode(group.id, ONLINE, today=TODAY)
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    assert {m.mode for m in coming(group, 30)} == {ONLINE}
    added = meetings.add_meeting(group.id, dt.date(2026, 3, 5))
    assert added.mode == ONLINE


def test_a_change_of_mode_carries_the_planned_meetings_but_not_one_set_on_its_own(group) -> None:
    first, second, third, fourth = coming(group)
    ann = member(group, "Ann")
    past = meetings.add_meeting(group.id, dt.date(2026, 2, 26))  # before today
    meetings.record_meeting(past.id, [ann.id], today=TODAY)
    meetings.set_meeting_mode(second.id, ONLINE)  # changed on its own
    meetings.cancel_meeting(fourth.id)
    meetings.set_group_mode(group.id, HYBRID, today=TODAY)
    mode_of = {m.id: m.mode for m in rows_of(group)}
    assert mode_of[first.id] == mode_of[third.id] == HYBRID
    assert mode_of[second.id] == ONLINE  # kept its own
    assert mode_of[fourth.id] == IN_PERSON  # cancelled: left as it was
    assert mode_of[past.id] == IN_PERSON  # history
    assert Group.get_by_id(group.id).meeting_mode == HYBRID
    # Back to online: the hybrid ones follow, and so does the one set to online (it now
    # matches neither the old usual mode nor needs to: it already is online).
    meetings.set_group_mode(group.id, ONLINE, today=TODAY)
    assert {m.mode for m in coming(group, 3)} == {ONLINE}


def test_a_bad_mode_is_refused_with_a_sentence_and_nothing_changes(group) -> None:
    first = coming(group)[0]
    for call in (
        lambda: meetings.set_group_mode(group.id, "video", today=TODAY),
        lambda: meetings.set_meeting_mode(first.id, "video"),
    ):
        with pytest.raises(WordsError, match="“video” is not a way of meeting") as caught:
            call()
        assert isinstance(caught.value, ValidationError)  # a form shows it by its field
    assert Group.get_by_id(group.id).meeting_mode == IN_PERSON
    assert Meeting.get_by_id(first.id).mode == IN_PERSON
    i18n.use_language("de")
    try:
        assert "ist keine Form der Durchführung" in i18n.error_text(caught.value)
    finally:
        i18n.use_language(i18n.ENGLISH)


# --- one meeting, and where each member was -------------------------------------------------


def test_hybrid_check_in_records_each_present_members_place(group) -> None:
    ann, ben, cat = (member(group, n).id for n in ("Ann", "Ben", "Cat"))
    meeting = coming(group)[0]
    day = meeting.local_date
    meetings.set_meeting_mode(meeting.id, HYBRID)
    meetings.set_attendance(meeting.id, ann, PRESENT, today=day)  # default: in the room
    meetings.set_attendance(meeting.id, ben, PRESENT, today=day, where=ONLINE)
    meetings.set_attendance(meeting.id, cat, APOLOGIES, today=day)
    assert places(meeting.id) == {ann: IN_PERSON, ben: ONLINE, cat: None}
    meetings.set_attendance_mode(meeting.id, ann, ONLINE)
    meetings.set_attendance(meeting.id, ann, PRESENT, today=day)  # a second tick keeps it
    assert meetings.attendance_modes(meeting.id) == {ann: ONLINE, ben: ONLINE}
    meetings.set_attendance(meeting.id, ben, ABSENT, today=day)  # not there: no place
    assert places(meeting.id)[ben] is None
    with pytest.raises(WordsError, match="Mark the member present first"):
        meetings.set_attendance_mode(meeting.id, cat, ONLINE)
    with pytest.raises(WordsError, match="“garden” is not where a member was"):
        meetings.set_attendance_mode(meeting.id, ann, "garden")
    assert places(meeting.id) == {ann: ONLINE, ben: None, cat: None}
    # The record marks a presenter present: in the room unless someone said otherwise.
    meetings.record_meeting(meeting.id, [cat], today=day)
    assert places(meeting.id) == {ann: ONLINE, ben: None, cat: IN_PERSON}


def test_other_meetings_record_no_place(group) -> None:
    ann = member(group, "Ann").id
    meeting = coming(group)[0]
    meetings.set_attendance(meeting.id, ann, PRESENT, today=meeting.local_date)
    assert places(meeting.id) == {ann: None}
    with pytest.raises(WordsError, match="Only in a hybrid meeting"):
        meetings.set_attendance(meeting.id, ann, PRESENT, today=meeting.local_date, where=ONLINE)
    with pytest.raises(WordsError, match="Only in a hybrid meeting"):
        meetings.set_attendance_mode(meeting.id, ann, ONLINE)
    assert places(meeting.id) == {ann: None}


def test_changing_a_held_meeting_corrects_the_record(group) -> None:
    ann, ben = (member(group, n).id for n in ("Ann", "Ben"))
    meeting = meetings.add_meeting(group.id, dt.date(2026, 2, 26))
    day = meeting.local_date
    meetings.set_meeting_mode(meeting.id, ONLINE)
    for person in (ann, ben):
        meetings.set_attendance(meeting.id, person, PRESENT, today=day)
    meetings.record_meeting(meeting.id, [ann], today=TODAY)
    # Into hybrid: both were where the meeting was, until one is corrected.
    meetings.set_meeting_mode(meeting.id, HYBRID)
    assert places(meeting.id) == {ann: ONLINE, ben: ONLINE}
    meetings.set_attendance_mode(meeting.id, ben, IN_PERSON)
    rows = reports.attendance_rows(group.id, day, day)
    assert [(r.member_name, r.mode) for r in rows] == [("Ann", ONLINE), ("Ben", IN_PERSON)]
    # Out of hybrid: the places go, and everyone was where the meeting was.
    meetings.set_meeting_mode(meeting.id, IN_PERSON)
    assert places(meeting.id) == {ann: None, ben: None}
    rows = reports.attendance_rows(group.id, day, day)
    assert [r.mode for r in rows] == [IN_PERSON, IN_PERSON]


# --- the event number -----------------------------------------------------------------------


def test_event_number_set_grouped_digits_kept_and_cleared(group) -> None:
    meetings.set_event_number(group.id, "2760 9090 1234 5670 001")
    assert Group.get_by_id(group.id).event_number == "2760909012345670001"
    meetings.set_event_number(group.id, "")
    assert Group.get_by_id(group.id).event_number == ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("27609090123456", "has 19 digits; this one has 14"),
        ("276090901234567000123", "has 19 digits; this one has 21"),
        ("VNR 2760909012345670001", "has only digits"),
        ("２７６０９０９０１２３４５６７０００１", "has only digits"),  # full-width digits
    ],
)
def test_a_wrong_event_number_is_refused_and_the_old_one_stays(group, text, said) -> None:
    meetings.set_event_number(group.id, "2760909012345670001")
    with pytest.raises(WordsError, match=said) as caught:
        meetings.set_event_number(group.id, text)
    assert caught.value.sentences.keys() == {"event_number"}
    assert Group.get_by_id(group.id).event_number == "2760909012345670001"


# --- the health check -----------------------------------------------------------------------


def test_the_check_finds_unknown_modes_and_stray_places(db, group) -> None:
    ann = member(group, "Ann").id
    meeting = coming(group)[0]
    meetings.set_meeting_mode(meeting.id, HYBRID)
    meetings.set_attendance(meeting.id, ann, PRESENT, today=meeting.local_date)
    assert run_checks(db) == []
    db.execute_sql("UPDATE balint_group SET meeting_mode = 'video'")
    db.execute_sql("UPDATE attendance SET mode = 'garden'")
    label = f"Meeting #{meeting.id} (group #{group.id}, {meeting.local_date})"
    attendance = f"Attendance #1 (member #{ann} at meeting #{meeting.id})"
    assert run_checks(db) == [
        f"Group #{group.id} meets in the unknown mode “video”.",
        f"{attendance} has the unknown place “garden”.",
    ]
    db.execute_sql("UPDATE balint_group SET meeting_mode = 'online'")
    db.execute_sql("UPDATE attendance SET mode = 'online'")
    db.execute_sql("UPDATE meeting SET mode = 'zoom' WHERE id = " + db.param, (meeting.id,))
    assert run_checks(db) == [
        f"{label} has the unknown mode “zoom”.",
        f"{attendance} records where the member was, but the meeting is not hybrid.",
    ]
