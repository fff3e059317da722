"""Meetings made from the pattern, and changed one by one: cancel, restore, move, add."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from balintdesk.domain.group import Frequency
from balintdesk.store import meetings
from balintdesk.store.models import AttendanceStatus, Meeting, MeetingStatus, RotaPin
from balintdesk.store.roster import ValidationError, create_group
from balintdesk.store.schedule import update_group

from ._meeting_helpers import (
    FIRST,
    TODAY,
    WEEKLY_TUESDAY,
    make_group,
    meeting_on,
    member,
    rows_of,
    tuesdays,
)

NEXT_TUESDAYS = tuesdays(dt.date(2026, 3, 3), 14)


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db):
    return make_group()


# --- making the rows ------------------------------------------------------------------


def test_schedule_makes_the_pattern_dates_from_today(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=14)
    rows = rows_of(group)
    assert [m.local_date for m in rows] == NEXT_TUESDAYS
    assert [m.regular_date for m in rows] == NEXT_TUESDAYS
    first = rows[0]
    assert (first.status, first.length_minutes, first.room, first.timezone) == (
        MeetingStatus.PLANNED,
        75,
        "Seminar room",
        "Europe/London",
    )


def test_start_is_stored_in_utc_across_a_clock_change(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=6)
    # The UK moves to summer time on 29 March 2026: 12:30 local is 12:30 UTC before it
    # and 11:30 UTC after it.
    assert meeting_on(group, dt.date(2026, 3, 24)).starts_at == dt.datetime(2026, 3, 24, 12, 30)
    assert meeting_on(group, dt.date(2026, 3, 31)).starts_at == dt.datetime(2026, 3, 31, 11, 30)


def test_start_in_another_time_zone(db) -> None:
    pattern = replace(WEEKLY_TUESDAY, timezone="America/New_York", start=dt.time(19, 0))
    group = create_group("Evening group", pattern, first_date=FIRST)
    meetings.ensure_schedule(group.id, TODAY, ahead=1)
    row = rows_of(group)[0]
    # 19:00 in New York (EST, UTC-5) is 00:00 UTC the next day; the local date stays.
    assert row.local_date == dt.date(2026, 3, 3)
    assert row.starts_at == dt.datetime(2026, 3, 4, 0, 0)


def test_schedule_starts_at_the_first_date_and_counts_fortnights_from_it(db) -> None:
    pattern = replace(WEEKLY_TUESDAY, frequency=Frequency.FORTNIGHTLY)
    group = create_group("Fortnightly", pattern, first_date=dt.date(2026, 3, 10))
    meetings.ensure_schedule(group.id, TODAY, ahead=3)
    assert [m.local_date for m in rows_of(group)] == tuesdays(dt.date(2026, 3, 10), 3, step=14)


def test_schedule_is_idempotent_and_never_makes_past_rows(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=5)
    meetings.ensure_schedule(group.id, TODAY, ahead=5)
    assert len(rows_of(group)) == 5
    assert min(m.local_date for m in rows_of(group)) > TODAY  # first_date was in January
    meetings.ensure_schedule(group.id, TODAY, ahead=7)
    assert len(rows_of(group)) == 7


def test_cancelled_meetings_do_not_count_towards_ahead(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=3)
    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 10)).id, "Bank holiday")
    meetings.ensure_schedule(group.id, TODAY, ahead=3)
    assert [m.local_date for m in rows_of(group)] == NEXT_TUESDAYS[:4]
    assert meeting_on(group, dt.date(2026, 3, 10)).status == MeetingStatus.CANCELLED


def test_create_group_starts_today_unless_told(db) -> None:
    assert create_group("A", WEEKLY_TUESDAY).first_date == dt.date.today()
    assert create_group("B", WEEKLY_TUESDAY, first_date=FIRST).first_date == FIRST


# --- reading --------------------------------------------------------------------------


def test_upcoming_meetings(group) -> None:
    upcoming = meetings.upcoming_meetings(group.id, count=4, today=TODAY)
    assert [m.local_date for m in upcoming] == NEXT_TUESDAYS[:4]
    meetings.cancel_meeting(upcoming[0].id)
    assert meetings.upcoming_meetings(group.id, 2, TODAY)[0].local_date == NEXT_TUESDAYS[1]
    with_cancelled = meetings.upcoming_meetings(group.id, 2, TODAY, include_cancelled=True)
    assert [m.local_date for m in with_cancelled] == NEXT_TUESDAYS[:2]
    later = meetings.upcoming_meetings(group.id, 1, today=dt.date(2026, 3, 4))
    assert later[0].local_date == NEXT_TUESDAYS[1]  # the 3rd is past, the 10th is next


def test_next_meeting_skips_cancelled_and_keeps_todays(group) -> None:
    first = meetings.next_meeting(group.id, TODAY)
    assert first is not None and first.local_date == dt.date(2026, 3, 3)
    meetings.cancel_meeting(first.id)
    assert meetings.next_meeting(group.id, TODAY).local_date == dt.date(2026, 3, 10)
    tuesday = dt.date(2026, 3, 10)
    meetings.record_meeting(meeting_on(group, tuesday).id, [], today=tuesday)
    assert meetings.next_meeting(group.id, tuesday).local_date == tuesday  # held today


def test_held_and_unrecorded_meetings(group) -> None:
    meetings.ensure_schedule(group.id, TODAY, ahead=4)
    later = dt.date(2026, 3, 30)
    for day in (dt.date(2026, 3, 17), dt.date(2026, 3, 3)):
        meetings.record_meeting(meeting_on(group, day).id, [], today=later)
    assert [m.local_date for m in meetings.held_meetings(group.id)] == [
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 17),
    ]
    assert [m.local_date for m in meetings.unrecorded_meetings(group.id, later)] == [
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 24),
    ]


# --- cancel, restore ---------------------------------------------------------------------


def test_cancel_and_restore(group) -> None:
    ben = member(group, "Ben")
    row = meetings.next_meeting(group.id, TODAY)
    RotaPin.create(meeting=row.id, member=ben.id)
    meetings.cancel_meeting(row.id, "  Bank   holiday ")
    row = Meeting.get_by_id(row.id)
    assert (row.status, row.cancel_reason) == (MeetingStatus.CANCELLED, "Bank holiday")
    assert RotaPin.select().count() == 0  # nobody is held back for a meeting that is off
    meetings.restore_meeting(row.id)
    row = Meeting.get_by_id(row.id)
    assert (row.status, row.cancel_reason) == (MeetingStatus.PLANNED, "")


def test_a_held_meeting_cannot_be_cancelled_or_moved(group) -> None:
    row = meetings.next_meeting(group.id, TODAY)
    meetings.record_meeting(row.id, [], today=row.local_date)
    with pytest.raises(ValidationError, match="held"):
        meetings.cancel_meeting(row.id)
    with pytest.raises(ValidationError, match="held"):
        meetings.move_meeting(row.id, dt.date(2026, 3, 5))


def test_cancel_reason_length(group) -> None:
    row = meetings.next_meeting(group.id, TODAY)
    with pytest.raises(ValidationError) as caught:
        meetings.cancel_meeting(row.id, "x" * 81)
    assert "reason" in caught.value.errors


# --- move, add -----------------------------------------------------------------------------


def test_move_keeps_the_regular_date_and_the_time(group) -> None:
    row = meetings.next_meeting(group.id, TODAY)
    meetings.move_meeting(row.id, dt.date(2026, 3, 5))
    moved = Meeting.get_by_id(row.id)
    assert (moved.local_date, moved.regular_date) == (dt.date(2026, 3, 5), dt.date(2026, 3, 3))
    assert moved.starts_at == dt.datetime(2026, 3, 5, 12, 30)
    meetings.ensure_schedule(group.id, TODAY, ahead=20)
    assert not Meeting.select().where(Meeting.local_date == dt.date(2026, 3, 3)).exists()


def test_move_with_a_new_time(group) -> None:
    row = meetings.next_meeting(group.id, TODAY)
    meetings.move_meeting(row.id, dt.date(2026, 4, 1), dt.time(13, 0))
    # 13:00 in London on 1 April (summer time) is 12:00 UTC.
    assert Meeting.get_by_id(row.id).starts_at == dt.datetime(2026, 4, 1, 12, 0)


def test_move_refuses_a_date_with_a_meeting(group) -> None:
    first, second = meetings.upcoming_meetings(group.id, 2, TODAY)
    with pytest.raises(ValidationError, match="already has a meeting"):
        meetings.move_meeting(first.id, second.local_date)
    meetings.cancel_meeting(second.id)
    meetings.move_meeting(first.id, second.local_date)  # a cancelled one is no meeting


def test_move_onto_a_later_pattern_date_is_not_doubled(group) -> None:
    row = meetings.next_meeting(group.id, TODAY)
    far = dt.date(2026, 12, 1)  # a Tuesday beyond the rows made so far
    meetings.move_meeting(row.id, far)
    meetings.ensure_schedule(group.id, TODAY, ahead=60)
    assert Meeting.select().where(Meeting.local_date == far).count() == 1


def test_move_refuses_a_cancelled_meeting(group) -> None:
    row = meetings.next_meeting(group.id, TODAY)
    meetings.cancel_meeting(row.id)
    with pytest.raises(ValidationError, match="restore"):
        meetings.move_meeting(row.id, dt.date(2026, 3, 5))


def test_add_an_extra_meeting(group) -> None:
    extra = meetings.add_meeting(group.id, dt.date(2026, 3, 6))
    assert extra.regular_date is None
    assert extra.starts_at == dt.datetime(2026, 3, 6, 12, 30)
    later = meetings.add_meeting(group.id, dt.date(2026, 3, 7), dt.time(9, 15))
    assert later.starts_at == dt.datetime(2026, 3, 7, 9, 15)
    dates = [m.local_date for m in meetings.upcoming_meetings(group.id, 4, TODAY)]
    assert dates == [
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 6),
        dt.date(2026, 3, 7),
        NEXT_TUESDAYS[1],
    ]
    with pytest.raises(ValidationError, match="already has a meeting"):
        meetings.add_meeting(group.id, dt.date(2026, 3, 6))


def test_an_added_meeting_on_a_future_pattern_date_is_not_doubled(group) -> None:
    far = dt.date(2026, 12, 1)
    meetings.add_meeting(group.id, far)
    meetings.ensure_schedule(group.id, TODAY, ahead=60)
    assert Meeting.select().where(Meeting.local_date == far).count() == 1


def test_restore_refuses_when_another_meeting_took_the_date(group) -> None:
    row = meetings.next_meeting(group.id, TODAY)
    meetings.cancel_meeting(row.id)
    meetings.add_meeting(group.id, row.local_date, dt.time(18, 0))
    with pytest.raises(ValidationError, match="Another meeting"):
        meetings.restore_meeting(row.id)


# --- the pattern changes ------------------------------------------------------------------


def test_changing_the_weekday_remakes_the_untouched_future(group) -> None:
    ben = member(group, "Ben")
    meetings.ensure_schedule(group.id, TODAY, ahead=4)
    past = meetings.add_meeting(group.id, dt.date(2026, 2, 24))
    meetings.record_meeting(past.id, [ben.id], today=TODAY)
    with_apologies = meeting_on(group, dt.date(2026, 3, 17))
    meetings.set_attendance(with_apologies.id, ben.id, AttendanceStatus.APOLOGIES, today=TODAY)
    wednesday = replace(WEEKLY_TUESDAY, weekday=2)
    update_group(group.id, group.name, wednesday, today=TODAY)
    dates = [m.local_date for m in rows_of(group)]
    # The held meeting and the one holding apologies stay; the rest move to Wednesdays.
    assert dt.date(2026, 2, 24) in dates and dt.date(2026, 3, 17) in dates
    assert dt.date(2026, 3, 3) not in dates and dt.date(2026, 3, 10) not in dates
    assert dt.date(2026, 3, 4) in dates and dt.date(2026, 3, 11) in dates
    assert Meeting.get_by_id(past.id).status == MeetingStatus.HELD


def test_changing_the_time_keeps_rows_and_their_apologies(group) -> None:
    ben = member(group, "Ben")
    row = meetings.next_meeting(group.id, TODAY)
    meetings.set_attendance(row.id, ben.id, AttendanceStatus.APOLOGIES, today=TODAY)
    later = replace(WEEKLY_TUESDAY, start=dt.time(13, 0), room="Library")
    update_group(group.id, group.name, later, today=TODAY)
    kept = Meeting.get_by_id(row.id)
    assert (kept.starts_at, kept.room) == (dt.datetime(2026, 3, 3, 13, 0), "Library")
    assert meetings.attendance_for(row.id) == {ben.id: AttendanceStatus.APOLOGIES}


def test_update_group_without_a_pattern_change_keeps_rows(group) -> None:
    before = [m.id for m in meetings.upcoming_meetings(group.id, 5, TODAY)]
    update_group(group.id, "Renamed", WEEKLY_TUESDAY, today=TODAY)
    assert [m.id for m in meetings.upcoming_meetings(group.id, 5, TODAY)] == before


def test_a_moved_meeting_survives_a_pattern_change(group) -> None:
    row = meetings.next_meeting(group.id, TODAY)
    meetings.move_meeting(row.id, dt.date(2026, 3, 6))
    update_group(group.id, group.name, replace(WEEKLY_TUESDAY, weekday=3), today=TODAY)
    assert Meeting.get_by_id(row.id).local_date == dt.date(2026, 3, 6)


def test_set_first_date_moves_a_fortnightly_series(db) -> None:
    pattern = replace(WEEKLY_TUESDAY, frequency=Frequency.FORTNIGHTLY)
    group = create_group("Fortnightly", pattern, first_date=dt.date(2026, 3, 3))
    meetings.ensure_schedule(group.id, TODAY, ahead=2)
    meetings.set_first_date(group.id, dt.date(2026, 3, 10), today=TODAY)
    dates = [m.local_date for m in rows_of(group)]
    assert dates[:2] == [dt.date(2026, 3, 10), dt.date(2026, 3, 24)]
    assert dt.date(2026, 3, 17) not in dates and dt.date(2026, 3, 3) not in dates
    with pytest.raises(ValidationError) as caught:
        meetings.set_first_date(group.id, dt.date(1949, 1, 1), today=TODAY)
    assert "first_date" in caught.value.errors


def test_set_rota_options(group) -> None:
    meetings.set_rota_options(group.id, 2, True)
    group = type(group).get_by_id(group.id)
    assert (group.presenters_per_meeting, group.leaders_may_present) == (2, True)
    with pytest.raises(ValidationError) as caught:
        meetings.set_rota_options(group.id, 3, False)
    assert "one or two" in caught.value.errors["presenters_per_meeting"]
