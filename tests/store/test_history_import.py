"""Importing past attendance: held meetings made or updated, apologies ahead, all or nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from balintdesk.domain.group import Frequency
from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.domain.rota import PastMeeting
from balintdesk.store import meetings, rota
from balintdesk.store.history_import import (
    HistoryImportError,
    apply_history_import,
    is_pattern_date,
    plan_history_import,
)
from balintdesk.store.models import Attendance, AttendanceStatus, Meeting, MeetingStatus
from balintdesk.store.roster import archive_member, create_group

from ._meeting_helpers import FIRST, TODAY, WEEKLY_TUESDAY, make_group, meeting_on, member

HEADING = "date,name,status,presented\n"
PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def team(db):
    group = make_group()
    ids = {name: member(group, name).id for name in ("Ann Able", "Ben Best", "Cat Cole")}
    ids["Old Timer"] = member(group, "Old Timer").id
    archive_member(ids["Old Timer"])
    return group, ids


def plan_for(group, text: str, today: dt.date = TODAY):
    return plan_history_import(group.id, parse_history_csv(text), today)


def run(group, text: str, today: dt.date = TODAY):
    plan = plan_for(group, text, today)
    assert plan.ok, [str(e) for e in plan.errors]
    return apply_history_import(group.id, plan)


def everything() -> tuple[list[tuple], list[tuple]]:
    return (
        list(Meeting.select().order_by(Meeting.id).tuples()),
        list(Attendance.select().order_by(Attendance.id).tuples()),
    )


def test_past_rows_become_held_meetings(team) -> None:
    group, ids = team
    result = run(
        group,
        HEADING
        + "02/12/2025,Ann Able,present,yes\n"  # a Tuesday before the first date
        + "2025-12-02,ben best,present,no\n"
        + "2025-12-02,Cat Cole,apologies,no\n"
        + "2025-12-04,Old Timer,present,yes\n",  # a Thursday: an added meeting
    )
    assert (result.meetings_recorded, result.meetings_added) == (2, 2)
    assert (result.added, result.updated, result.unchanged) == (4, 0, 0)
    tuesday, thursday = (
        meeting_on(group, dt.date(2025, 12, 2)),
        meeting_on(group, dt.date(2025, 12, 4)),
    )
    assert (tuesday.status, tuesday.regular_date) == (MeetingStatus.HELD, dt.date(2025, 12, 2))
    assert (thursday.status, thursday.regular_date) == (MeetingStatus.HELD, None)
    assert tuesday.starts_at == dt.datetime(2025, 12, 2, 12, 30)
    assert rota.history(group.id) == [
        PastMeeting(
            dt.date(2025, 12, 2), frozenset({ids["Ann Able"], ids["Ben Best"]}), (ids["Ann Able"],)
        ),
        PastMeeting(dt.date(2025, 12, 4), frozenset({ids["Old Timer"]}), (ids["Old Timer"],)),
    ]


def test_an_existing_meeting_is_marked_held_not_doubled(team) -> None:
    group, ids = team
    planned = meetings.add_meeting(group.id, dt.date(2026, 2, 24))
    result = run(group, HEADING + "2026-02-24,Ann Able,present,yes\n")
    assert (result.meetings_recorded, result.meetings_added) == (1, 0)
    assert Meeting.get_by_id(planned.id).status == MeetingStatus.HELD
    assert meetings.presenters_of(planned.id) == [ids["Ann Able"]]


def test_importing_again_updates_and_keeps_presentations(team) -> None:
    group, ids = team
    run(group, HEADING + "2026-02-24,Ann Able,present,yes\n2026-02-24,Ben Best,absent,no\n")
    result = run(
        group,
        "date,name,status\n"  # no presented column: Ann's presentation stays
        "2026-02-24,Ann Able,present\n"
        "2026-02-24,Ben Best,present\n",
    )
    assert (result.added, result.updated, result.unchanged) == (0, 1, 1)
    row = meeting_on(group, dt.date(2026, 2, 24))
    assert meetings.attendance_for(row.id) == {ids["Ann Able"]: PRESENT, ids["Ben Best"]: PRESENT}
    assert meetings.presenters_of(row.id) == [ids["Ann Able"]]


def test_future_apologies_go_on_the_planned_meeting(team) -> None:
    group, ids = team
    far = dt.date(2026, 9, 1)  # a Tuesday well beyond the rows made so far
    result = run(group, HEADING + f"2026-03-10,Ann Able,apologies,no\n{far},Ben Best,apologies,\n")
    assert (result.meetings_recorded, result.added) == (0, 2)
    soon, later = meeting_on(group, dt.date(2026, 3, 10)), meeting_on(group, far)
    assert (soon.status, later.status) == (MeetingStatus.PLANNED, MeetingStatus.PLANNED)
    assert meetings.attendance_for(soon.id) == {ids["Ann Able"]: APOLOGIES}
    assert meetings.attendance_for(later.id) == {ids["Ben Best"]: APOLOGIES}
    plan = dict((m.local_date, p) for m, p in rota.plan(group.id, 2, TODAY))
    assert ids["Ann Able"] not in [s.member_id for s in plan[dt.date(2026, 3, 10)].presenters]


def test_today_with_only_apologies_stays_planned(team) -> None:
    group, _ids = team
    tuesday = dt.date(2026, 3, 3)
    run(group, HEADING + "2026-03-03,Ann Able,apologies,no\n", today=tuesday)
    assert meeting_on(group, tuesday).status == MeetingStatus.PLANNED
    run(group, HEADING + "2026-03-03,Ben Best,present,no\n", today=tuesday)
    assert meeting_on(group, tuesday).status == MeetingStatus.HELD


def test_each_bad_row_is_refused_by_line_and_nothing_is_written(team) -> None:
    group, _ids = team
    meetings.ensure_schedule(group.id, TODAY)
    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 17)).id, "Bank holiday")
    meetings.add_break(group.id, dt.date(2026, 8, 1), dt.date(2026, 8, 31), "Summer")
    before = everything()
    text = (
        HEADING
        + "2026-02-24,Ann Able,present,yes\n"  # 2 fine on its own
        + "2026-02-24,Zoe Unknown,present,no\n"  # 3 not a member
        + "2026-03-10,Ben Best,present,no\n"  # 4 future, not apologies
        + "2026-03-11,Ben Best,apologies,no\n"  # 5 a Wednesday: no meeting
        + "2026-03-17,Cat Cole,apologies,no\n"  # 6 cancelled meeting
        + "2026-08-11,Cat Cole,apologies,no\n"  # 7 in the break
        + "2026-03-24,Ann Able,late,no\n"  # 8 unreadable status
        + "2029-03-06,Ann Able,apologies,no\n"  # 9 too far ahead
    )
    plan = plan_for(group, text)
    assert [e.line for e in plan.errors] == [3, 4, 5, 6, 7, 8, 9]
    messages = {e.line: e.message for e in plan.errors}
    assert "“Zoe Unknown” is not a member of Tuesday Balint" in messages[3]
    assert "only apologies" in messages[4]
    assert "no meeting on 11/03/2026" in messages[5]
    assert "cancelled" in messages[6] and "Bank holiday" in messages[6]
    assert "break" in messages[7]
    assert "two years" in messages[9]
    with pytest.raises(HistoryImportError) as caught:
        apply_history_import(group.id, plan)
    assert caught.value.messages[0].startswith("Line 3:")
    assert everything() == before


def test_dates_in_a_break_or_of_a_moved_meeting_are_refused(team) -> None:
    group, _ = team
    meetings.add_break(group.id, dt.date(2025, 12, 20), dt.date(2026, 1, 4), "Christmas")
    row = meetings.next_meeting(group.id, TODAY)
    meetings.move_meeting(row.id, dt.date(2026, 3, 5))
    plan = plan_for(
        group,
        HEADING
        + "2025-12-23,Ann Able,present,yes\n"  # a past Tuesday in the break
        + "2026-03-03,Ben Best,apologies,no\n"  # the meeting was moved to the 5th
        + "2026-03-05,Cat Cole,apologies,no\n",  # fine
    )
    assert [e.line for e in plan.errors] == [2, 3]
    assert "the break “Christmas”" in plan.errors[0].message
    assert "was moved to 05/03/2026" in plan.errors[1].message


def test_more_than_two_presenters_on_a_date(team) -> None:
    group, _ids = team
    run(group, HEADING + "2026-02-24,Ann Able,present,yes\n2026-02-24,Ben Best,present,yes\n")
    plan = plan_for(group, HEADING + "2026-02-24,Cat Cole,present,yes\n")
    assert [e.line for e in plan.errors] == [2]
    assert "3 people would have presented" in plan.errors[0].message


def test_a_stale_plan_is_refused(team) -> None:
    group, _ids = team
    plan = plan_for(group, HEADING + "2026-02-24,Ann Able,present,yes\n")
    meetings.add_meeting(group.id, dt.date(2026, 2, 24))  # the date now has a meeting
    with pytest.raises(HistoryImportError, match="changed since the file was checked"):
        apply_history_import(group.id, plan)
    assert Attendance.select().count() == 0


def test_pattern_dates_before_the_first_date_keep_fortnights(db) -> None:
    fortnightly = replace(WEEKLY_TUESDAY, frequency=Frequency.FORTNIGHTLY)
    group = create_group("Fortnightly", fortnightly, first_date=FIRST)  # Tue 6 Jan 2026
    assert is_pattern_date(group, dt.date(2025, 12, 23))  # two weeks before
    assert not is_pattern_date(group, dt.date(2025, 12, 30))  # one week before
    assert is_pattern_date(group, dt.date(2026, 1, 20))
    assert not is_pattern_date(group, dt.date(2026, 1, 8))  # a Thursday
