"""The calendar file: written with icalendar and read back with it. Events in the group's
own time zone across both clock changes, the VTIMEZONE, cancellations kept and marked,
UIDs that stay put between exports and never meet another group's or database's, a
SEQUENCE that grows when a meeting moves, and presenters named in the description."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.exports.ics import calendar_bytes, default_ics_name, write_calendar
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import meetings, rota
from balintdesk.store.db import close_database, open_database
from balintdesk.store.models import Meeting, MeetingStatus, WithdrawnMeeting
from balintdesk.store.rota_sheet import FEED_DAYS, calendar_feed, rota_sheet
from balintdesk.store.schedule import update_group
from tests.store._meeting_helpers import TODAY, WEEKLY_TUESDAY, make_group, meeting_on, member

LONDON = zoneinfo.ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
SIOBHAN = "Dr Siobhán O'Neill"
CHLOE = "Chloë Martin"
# Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
BEFORE_SPRING, AFTER_SPRING = dt.date(2026, 3, 24), dt.date(2026, 3, 31)
BEFORE_AUTUMN, AFTER_AUTUMN = dt.date(2026, 10, 20), dt.date(2026, 10, 27)
WEEKLY_WEDNESDAY = replace(WEEKLY_TUESDAY, weekday=2)


def parsed(feed) -> Calendar:
    return Calendar.from_ical(calendar_bytes(feed))


def by_uid(calendar: Calendar) -> dict[str, object]:
    return {str(event.uid): event for event in calendar.events}


def event_on(calendar: Calendar, day: dt.date):
    found = [e for e in calendar.events if e.start.date() == day]
    assert len(found) == 1, f"one event on {day}, not {len(found)}"
    return found[0]


def backdate_rows(days: int = 10) -> None:
    """Rows made some days ago, as in life: a change today then shows in updated_at."""
    then = dt.datetime(2026, 2, 20, 8, 0)
    Meeting.update(created_at=then, updated_at=then).execute()


@pytest.fixture
def group(db):
    made = make_group("Riverside")
    member(made, SIOBHAN)
    member(made, CHLOE)
    meetings.ensure_schedule(made.id, TODAY)
    return made


def test_a_calendar_of_a_year_of_weekly_meetings_with_its_headers(group):
    feed = calendar_feed(group.id, TODAY, NOW)
    calendar = parsed(feed)
    last = TODAY + dt.timedelta(days=FEED_DAYS - 1)
    rows = Meeting.select().where(
        (Meeting.group == group.id) & Meeting.local_date.between(TODAY, last)
    )
    assert 52 <= len(calendar.events) == rows.count() <= 53
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert "BalintDesk" in str(calendar["PRODID"])
    assert str(calendar["VERSION"]) == "2.0"
    first = min(calendar.events, key=lambda e: e.start)
    assert first.start == dt.datetime(2026, 3, 3, 12, 30, tzinfo=LONDON)
    assert first.end == dt.datetime(2026, 3, 3, 13, 45, tzinfo=LONDON)
    assert str(first["SUMMARY"]) == "Riverside — Balint group"
    assert str(first["LOCATION"]) == "Seminar room"
    assert str(first["STATUS"]) == "CONFIRMED"
    assert first.DTSTAMP == NOW
    assert all(e.DTSTAMP == NOW for e in calendar.events)


def test_times_stay_on_the_local_clock_across_both_clock_changes(group):
    calendar = parsed(calendar_feed(group.id, TODAY, NOW))
    for day in (BEFORE_SPRING, AFTER_SPRING, BEFORE_AUTUMN, AFTER_AUTUMN):
        event = event_on(calendar, day)
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert event.start.tzinfo is not None
        assert str(event.start.tzinfo) == "Europe/London"
        assert event.start.time() == dt.time(12, 30), day
    utc = {day: event_on(calendar, day).start.astimezone(dt.UTC).time() for day in (
        BEFORE_SPRING, AFTER_SPRING, BEFORE_AUTUMN, AFTER_AUTUMN
    )}  # fmt: skip
    assert utc == {
        BEFORE_SPRING: dt.time(12, 30),  # GMT
        AFTER_SPRING: dt.time(11, 30),  # BST
        BEFORE_AUTUMN: dt.time(11, 30),
        AFTER_AUTUMN: dt.time(12, 30),
    }


def test_the_calendar_carries_the_zone_it_uses(group):
    data = calendar_bytes(calendar_feed(group.id, TODAY, NOW))
    calendar = Calendar.from_ical(data)
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/London"]
    assert calendar.get_missing_tzids() == set()
    # The VTIMEZONE's own rules (not Python's zoneinfo) put both changes in the right place.
    zone = calendar.timezones[0].to_tz()
    for day, offset in ((BEFORE_SPRING, 0), (AFTER_SPRING, 1), (AFTER_AUTUMN, 0)):
        moment = dt.datetime.combine(day, dt.time(12, 30), tzinfo=zone)
        assert moment.utcoffset() == dt.timedelta(hours=offset), day
    assert b"DTSTART;TZID=Europe/London:20260331T123000" in data
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_a_group_in_another_zone_keeps_its_own_clock(db):
    pattern = MeetingPattern(
        Frequency.WEEKLY, 2, 1, dt.time(18, 0), 90, "Room 4", "America/New_York"
    )
    group = make_group("Manhattan", pattern)
    calendar = parsed(calendar_feed(group.id, TODAY, NOW))
    # US clocks change on 8 March 2026, three weeks before the UK's.
    before, after = (
        event_on(calendar, dt.date(2026, 3, 4)),
        event_on(calendar, dt.date(2026, 3, 11)),
    )
    assert str(before.start.tzinfo) == "America/New_York" == str(after.start.tzinfo)
    assert before.start.time() == after.start.time() == dt.time(18, 0)
    assert before.start.astimezone(dt.UTC).hour == 23 and after.start.astimezone(dt.UTC).hour == 22
    assert [tz.tz_name for tz in calendar.timezones] == ["America/New_York"]


def test_cancelled_meetings_stay_in_the_calendar_marked_cancelled(group):
    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 10)).id, "Practice training")
    meetings.add_break(group.id, dt.date(2026, 8, 1), dt.date(2026, 8, 31), "Summer")
    calendar = parsed(calendar_feed(group.id, TODAY, NOW))
    cancelled = [e for e in calendar.events if str(e["STATUS"]) == "CANCELLED"]
    assert sorted(e.start.date() for e in cancelled) == [
        dt.date(2026, 3, 10),
        dt.date(2026, 8, 4),
        dt.date(2026, 8, 11),
        dt.date(2026, 8, 18),
        dt.date(2026, 8, 25),
    ]
    training = event_on(calendar, dt.date(2026, 3, 10))
    assert str(training["DESCRIPTION"]) == "Cancelled: Practice training"
    assert str(training["SUMMARY"]) == "Cancelled: Riverside — Balint group"
    assert str(training["TRANSP"]) == "TRANSPARENT"
    assert str(event_on(calendar, dt.date(2026, 8, 4))["DESCRIPTION"]) == "Cancelled: Summer"
    assert str(event_on(calendar, dt.date(2026, 3, 17))["STATUS"]) == "CONFIRMED"


def test_uids_stay_the_same_between_exports(group):
    first = parsed(calendar_feed(group.id, TODAY, NOW))
    second = parsed(calendar_feed(group.id, TODAY, NOW + dt.timedelta(days=1)))
    assert set(by_uid(first)) == set(by_uid(second))
    assert len(by_uid(first)) == len(first.events), "no two events share a UID"
    for uid, event in by_uid(first).items():
        assert uid.endswith("@balintdesk")
        assert by_uid(second)[uid].start == event.start
    assert str(first["UID"]) == str(second["UID"])


def test_uids_differ_between_groups(group):
    other = make_group("Hillside")
    ours = set(by_uid(parsed(calendar_feed(group.id, TODAY, NOW))))
    theirs = set(by_uid(parsed(calendar_feed(other.id, TODAY, NOW))))
    assert ours and theirs and not ours & theirs


def test_uids_differ_between_databases_with_the_same_meeting_ids(tmp_path: Path):
    uids = []
    for name in ("practice-a", "practice-b"):
        folder = tmp_path / name
        folder.mkdir()
        database = open_database(database_path(folder), backups_dir(folder))
        try:
            group = make_group("Riverside")
            feed = calendar_feed(group.id, TODAY, NOW)
            uids.append({event.uid for event in feed.events})
            ids = sorted(m.id for m in Meeting.select())
        finally:
            close_database(database)
        assert ids[0] == 1, "both databases number their meetings alike"
    assert uids[0] and uids[1] and not uids[0] & uids[1]


def test_a_moved_meeting_keeps_its_uid_and_its_sequence_grows(group):
    backdate_rows()
    before = parsed(calendar_feed(group.id, TODAY, NOW))
    moving = meeting_on(group, dt.date(2026, 3, 17))
    old = event_on(before, dt.date(2026, 3, 17))
    assert old.sequence == 0
    meetings.move_meeting(moving.id, dt.date(2026, 3, 19), dt.time(9, 0))
    after = parsed(calendar_feed(group.id, TODAY, NOW))
    moved = by_uid(after)[str(old.uid)]
    assert moved.start == dt.datetime(2026, 3, 19, 9, 0, tzinfo=LONDON)
    assert moved.sequence > old.sequence
    assert moved.last_modified > old.last_modified
    assert not [e for e in after.events if e.start.date() == dt.date(2026, 3, 17)]
    # The others did not change, so a calendar has no reason to think they did.
    unchanged = event_on(after, dt.date(2026, 3, 24))
    assert unchanged.sequence == event_on(before, dt.date(2026, 3, 24)).sequence == 0


def test_a_cancellation_grows_the_sequence_too(group):
    backdate_rows()
    day = dt.date(2026, 3, 10)
    before = event_on(parsed(calendar_feed(group.id, TODAY, NOW)), day)
    meetings.cancel_meeting(meeting_on(group, day).id)
    after = event_on(parsed(calendar_feed(group.id, TODAY, NOW)), day)
    assert after.uid == before.uid
    assert after.sequence > before.sequence
    assert str(after["STATUS"]) == "CANCELLED"
    assert str(after["DESCRIPTION"]) == "Cancelled."


def to_wednesdays(group) -> None:
    update_group(group.id, group.name, WEEKLY_WEDNESDAY, today=TODAY)


def test_a_change_of_days_cancels_the_old_days_events_instead_of_dropping_them(group):
    backdate_rows()
    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 10)).id, "Practice training")
    before = parsed(calendar_feed(group.id, TODAY, NOW))
    old = by_uid(before)
    assert len(old) == len(before.events) >= 52
    assert {event.start.weekday() for event in old.values()} == {1}  # Tuesdays

    to_wednesdays(group)
    after = parsed(calendar_feed(group.id, TODAY, NOW))
    new = by_uid(after)
    assert len(new) == len(after.events), "no two events share a UID"
    assert set(old) <= set(new), "every event a calendar holds is in the next file"
    training = str(event_on(before, dt.date(2026, 3, 10)).uid)
    for uid, was in old.items():
        gone = new[uid]
        assert str(gone["STATUS"]) == "CANCELLED", was.start
        assert str(gone["SUMMARY"]) == "Cancelled: Riverside — Balint group"
        assert str(gone["TRANSP"]) == "TRANSPARENT"
        if uid == training:
            # Cancelled before and after, for the same reason: the event says the same,
            # so a calendar is not told of a change that is none.
            assert gone.sequence == was.sequence and gone.last_modified == was.last_modified
        else:
            assert gone.sequence > was.sequence
            assert gone.last_modified > was.last_modified
        assert gone.start == was.start and gone.end == was.end
        assert gone["DTSTART"].params["TZID"] == "Europe/London"
        assert str(gone["LOCATION"]) == "Seminar room"
    assert str(new[str(event_on(before, dt.date(2026, 3, 10)).uid)]["DESCRIPTION"]) == (
        "Cancelled: Practice training"
    )
    assert str(new[str(event_on(before, dt.date(2026, 3, 17)).uid)]["DESCRIPTION"]) == (
        "Cancelled: The group's meeting dates changed"
    )
    wednesdays = [event for uid, event in new.items() if uid not in old]
    assert len(wednesdays) >= 52
    assert {event.start.weekday() for event in wednesdays} == {2}
    assert {str(event["STATUS"]) for event in wednesdays} == {"CONFIRMED"}
    assert min(e.start for e in wednesdays) == dt.datetime(2026, 3, 4, 12, 30, tzinfo=LONDON)
    # A third export says the same: the cancellations are not sent once and forgotten.
    again = parsed(calendar_feed(group.id, TODAY, NOW))
    assert {uid: e.sequence for uid, e in by_uid(again).items()} == {
        uid: e.sequence for uid, e in new.items()
    }


def test_new_meetings_never_take_a_withdrawn_meetings_id(group):
    to_wednesdays(group)
    withdrawn = {row.meeting_id for row in WithdrawnMeeting.select()}
    assert withdrawn
    extra = meetings.add_meeting(group.id, dt.date(2026, 3, 6))
    live = {row.id for row in Meeting.select()}
    assert extra.id in live
    assert not live & withdrawn
    assert min(live) > max(withdrawn), "numbered past them, as SQLite alone would not"


def test_the_rota_sheet_leaves_withdrawn_meetings_out(group):
    to_wednesdays(group)
    assert WithdrawnMeeting.select().count() > 0
    sheet = rota_sheet(group.id, 6, TODAY)
    assert [line.date for line in sheet.meetings] == [
        dt.date(2026, 3, 4) + dt.timedelta(weeks=week) for week in range(6)
    ]
    assert not any(line.cancelled for line in sheet.meetings)


def test_withdrawn_meetings_before_today_or_past_the_horizon_are_not_in_the_calendar(group):
    to_wednesdays(group)
    withdrawn = sorted(row.local_date for row in WithdrawnMeeting.select())
    assert withdrawn[:4] == [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 17),
                             dt.date(2026, 3, 24)]  # fmt: skip
    later = dt.date(2026, 3, 18)
    calendar = parsed(calendar_feed(group.id, later, NOW, days=28))
    cancelled = sorted(e.start.date() for e in calendar.events if str(e["STATUS"]) == "CANCELLED")
    assert cancelled == [dt.date(2026, 3, 24), dt.date(2026, 3, 31), dt.date(2026, 4, 7),
                         dt.date(2026, 4, 14)]  # fmt: skip


def test_the_description_names_the_presenter_and_reserve_as_the_rota_plans(group):
    first = meeting_on(group, dt.date(2026, 3, 3))
    siobhan = next(m for m in rota.rota_members(group.id) if m.name == SIOBHAN)
    rota.pin(first.id, siobhan.id, today=TODAY)
    calendar = parsed(calendar_feed(group.id, TODAY, NOW))
    description = str(event_on(calendar, dt.date(2026, 3, 3))["DESCRIPTION"])
    assert description.splitlines()[:2] == [f"Presenter: {SIOBHAN}", f"Reserve: {CHLOE}"]
    plans = dict((m.local_date, p) for m, p in rota.plan(group.id, 4, TODAY))
    second = str(event_on(calendar, dt.date(2026, 3, 10))["DESCRIPTION"])
    assert second.startswith(f"Presenter: {plans[dt.date(2026, 3, 10)].presenters[0].name}")


def test_two_presenters_are_both_named(db):
    pattern = MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 90, "Library")
    group = make_group("Two cases", pattern)
    meetings.set_rota_options(group.id, 2, False)
    for name in (SIOBHAN, CHLOE, "Dr Ann Able"):
        member(group, name)
    calendar = parsed(calendar_feed(group.id, TODAY, NOW))
    first = str(event_on(calendar, dt.date(2026, 3, 3))["DESCRIPTION"]).splitlines()[0]
    assert first.startswith("Presenters: ") and " and " in first


def test_a_group_with_nobody_to_present_says_so(db):
    group = make_group("Empty")
    calendar = parsed(calendar_feed(group.id, TODAY, NOW))
    assert str(calendar.events[0]["DESCRIPTION"]).startswith("Presenter: not planned yet")


def test_commas_and_semicolons_in_a_room_survive(group):
    meeting = meeting_on(group, dt.date(2026, 3, 3))
    Meeting.update(room="Room 2; first floor, east wing").where(Meeting.id == meeting.id).execute()
    calendar = parsed(calendar_feed(group.id, TODAY, NOW))
    assert str(event_on(calendar, dt.date(2026, 3, 3))["LOCATION"]) == (
        "Room 2; first floor, east wing"
    )


def test_a_meeting_held_earlier_today_is_not_in_the_calendar(group):
    today = meeting_on(group, dt.date(2026, 3, 3))
    Meeting.update(status=MeetingStatus.HELD).where(Meeting.id == today.id).execute()
    feed = calendar_feed(group.id, dt.date(2026, 3, 3), NOW)
    assert feed.events[0].start.date() == dt.date(2026, 3, 10)


def test_write_calendar_writes_the_same_bytes_whole(group, tmp_path):
    feed = calendar_feed(group.id, TODAY, NOW)
    target = tmp_path / "riverside.ics"
    assert write_calendar(feed, target) == len(feed.events)
    assert target.read_bytes() == calendar_bytes(feed)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_write_calendar_to_a_missing_folder_raises_and_leaves_nothing(group, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        write_calendar(calendar_feed(group.id, TODAY, NOW), out / "gone" / "x.ics")
    assert list(out.iterdir()) == []


def test_the_suggested_file_name_is_safe_everywhere():
    assert default_ics_name("Riverside") == "Riverside Balint group.ics"
    assert default_ics_name('A/B: "C"?') == "A B C Balint group.ics"
    assert default_ics_name("...") == "Balint Balint group.ics"
