"""Breaks: the meetings inside are cancelled, and removing the break brings back exactly
the ones it cancelled."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from balintdesk.store import meetings
from balintdesk.store.models import Meeting, MeetingStatus, RotaPin
from balintdesk.store.roster import ValidationError
from balintdesk.store.schedule import update_group

from ._meeting_helpers import TODAY, WEEKLY_TUESDAY, make_group, meeting_on, member, rows_of

AUGUST = (dt.date(2026, 8, 1), dt.date(2026, 8, 31))
AUGUST_TUESDAYS = [dt.date(2026, 8, d) for d in (4, 11, 18, 25)]


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db):
    return make_group()


def status_on(group, day: dt.date) -> tuple[str, str]:
    row = meeting_on(group, day)
    return row.status, row.cancel_reason


def test_a_break_cancels_the_planned_meetings_inside(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    ben = member(group, "Ben")
    RotaPin.create(meeting=meeting_on(group, AUGUST_TUESDAYS[0]).id, member=ben.id)
    gap = meetings.add_break(group.id, *AUGUST, label="Summer")
    for day in AUGUST_TUESDAYS:
        row = meeting_on(group, day)
        assert (row.status, row.cancel_reason) == (MeetingStatus.CANCELLED, "Summer")
        assert row.cancelled_by_break_id == gap.id
    assert status_on(group, dt.date(2026, 7, 28)) == (MeetingStatus.PLANNED, "")
    assert status_on(group, dt.date(2026, 9, 1)) == (MeetingStatus.PLANNED, "")
    assert RotaPin.select().count() == 0
    assert [b.id for b in meetings.list_breaks(group.id)] == [gap.id]


def test_an_unlabelled_break_says_break(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    meetings.add_break(group.id, *AUGUST)
    assert status_on(group, AUGUST_TUESDAYS[1]) == (MeetingStatus.CANCELLED, "Break")


def test_dates_made_later_inside_a_break_are_made_cancelled(group) -> None:
    meetings.add_break(group.id, *AUGUST, label="Summer")  # before any August row exists
    upcoming = meetings.upcoming_meetings(group.id, 30, TODAY, include_cancelled=True)
    in_august = [m for m in upcoming if AUGUST[0] <= m.local_date <= AUGUST[1]]
    assert [m.local_date for m in in_august] == AUGUST_TUESDAYS
    assert {m.status for m in in_august} == {MeetingStatus.CANCELLED}
    # The plan still reaches `count` meetings that take place.
    planned = meetings.upcoming_meetings(group.id, 30, TODAY)
    assert len(planned) == 30
    assert not any(AUGUST[0] <= m.local_date <= AUGUST[1] for m in planned)


def test_removing_a_break_restores_only_what_it_cancelled(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    on_its_own = meeting_on(group, AUGUST_TUESDAYS[2])
    meetings.cancel_meeting(on_its_own.id, "Away day")
    gap = meetings.add_break(group.id, *AUGUST, label="Summer")
    meetings.remove_break(gap.id, today=TODAY)
    assert status_on(group, AUGUST_TUESDAYS[0]) == (MeetingStatus.PLANNED, "")
    assert status_on(group, AUGUST_TUESDAYS[2]) == (MeetingStatus.CANCELLED, "Away day")
    assert meetings.list_breaks(group.id) == []


def test_removing_a_break_leaves_its_past_meetings_cancelled(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    gap = meetings.add_break(group.id, *AUGUST, label="Summer")
    meetings.remove_break(gap.id, today=dt.date(2026, 8, 15))
    assert status_on(group, AUGUST_TUESDAYS[0]) == (MeetingStatus.CANCELLED, "Summer")
    assert meeting_on(group, AUGUST_TUESDAYS[0]).cancelled_by_break_id is None
    assert status_on(group, AUGUST_TUESDAYS[2]) == (MeetingStatus.PLANNED, "")


def test_a_meeting_cancelled_inside_a_break_stands_on_its_own(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    gap = meetings.add_break(group.id, *AUGUST)
    row = meeting_on(group, AUGUST_TUESDAYS[0])
    meetings.cancel_meeting(row.id, "Room closed")  # re-cancelled by hand: the break lets go
    meetings.remove_break(gap.id, today=TODAY)
    assert status_on(group, AUGUST_TUESDAYS[0]) == (MeetingStatus.CANCELLED, "Room closed")


def test_break_refusals(group) -> None:
    with pytest.raises(ValidationError) as caught:
        meetings.add_break(group.id, AUGUST[1], AUGUST[0])
    assert "ends before it starts" in caught.value.errors["last_date"]
    meetings.add_break(group.id, *AUGUST, label="Summer")
    with pytest.raises(ValidationError, match="overlaps “Summer”"):
        meetings.add_break(group.id, dt.date(2026, 8, 30), dt.date(2026, 9, 10))
    held = meetings.next_meeting(group.id, TODAY)
    meetings.record_meeting(held.id, [], today=held.local_date)
    with pytest.raises(ValidationError, match="held"):
        meetings.add_break(group.id, dt.date(2026, 3, 1), dt.date(2026, 3, 5))
    assert len(meetings.list_breaks(group.id)) == 1


def test_nothing_can_be_moved_or_added_into_a_break(group) -> None:
    meetings.add_break(group.id, *AUGUST, label="Summer")
    row = meetings.next_meeting(group.id, TODAY)
    with pytest.raises(ValidationError, match="the break “Summer”"):
        meetings.move_meeting(row.id, dt.date(2026, 8, 12))
    with pytest.raises(ValidationError, match="the break “Summer”"):
        meetings.add_meeting(group.id, dt.date(2026, 8, 12))


def test_a_pattern_change_keeps_the_break(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    meetings.add_break(group.id, *AUGUST, label="Summer")
    update_group(group.id, group.name, replace(WEEKLY_TUESDAY, weekday=3), today=TODAY)
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    thursdays = [m for m in rows_of(group) if AUGUST[0] <= m.local_date <= AUGUST[1]]
    assert [m.local_date.weekday() for m in thursdays] == [3] * 4
    assert {(m.status, m.cancel_reason) for m in thursdays} == {(MeetingStatus.CANCELLED, "Summer")}
    assert not Meeting.select().where(Meeting.local_date == AUGUST_TUESDAYS[0]).exists()
