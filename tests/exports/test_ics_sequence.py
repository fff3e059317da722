"""SEQUENCE and LAST-MODIFIED between exports (store/calendar_sent.py): when an event says
something new — a presenter, a reserve, a time, a room, a cancellation, a break, the
group's name, the organizer — both move on, so a calendar takes the new copy; when it
says the same, a re-export gives the same values, so a calendar is not told of a change
that is none. The history lives in the group database: it outlasts a restart and serves
the window and the command line alike, and an old database upgrades to it without a
calendar seeing any difference."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar

from balintdesk.domain.roster import MemberDraft
from balintdesk.domain.rota_sheet import CalendarFeed, FeedEvent, sequence_of
from balintdesk.exports.ics import write_calendar
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import meetings, migrations, rota
from balintdesk.store.check import run_checks
from balintdesk.store.db import close_database, open_database
from balintdesk.store.models import CalendarEventSent, Meeting, Member
from balintdesk.store.roster import (
    add_member,
    draft_of,
    find_group,
    update_member,
)
from balintdesk.store.rota_sheet import calendar_feed
from balintdesk.store.schedule import update_group
from tests.cli._cli_helpers import balintdesk, opened
from tests.exports._libical import build_checker, read_with_libical
from tests.store._meeting_helpers import (
    TODAY,
    WEEKLY_TUESDAY,
    make_group,
    meeting_on,
    member,
)

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(hours=5)
NAMES = ("Dr Siobhán O'Neill", "Chloë Martin", "Dr Zoë Müller-Łukasiewicz")
TUE_10 = dt.date(2026, 3, 10)


@pytest.fixture
def group(db):
    made = make_group("Riverside")
    for name in NAMES:
        member(made, name)
    member(made, "Dr Ann Hale", is_leader=True)
    meetings.ensure_schedule(made.id, TODAY)
    # Made some days ago, as in life: today's change is then later than the making.
    then = dt.datetime(2026, 2, 20, 8, 0)
    Meeting.update(created_at=then, updated_at=then).execute()
    return made


def by_uid(feed: CalendarFeed) -> dict[str, FeedEvent]:
    return {event.uid: event for event in feed.events}


def on(feed: CalendarFeed, day: dt.date) -> FeedEvent:
    (event,) = [e for e in feed.events if e.start.date() == day]
    return event


def said(feed: CalendarFeed, event: FeedEvent) -> tuple[str, object, FeedEvent]:
    """What the event says (its title and organizer too), without when it was said."""
    return feed.group_name, feed.organizer, replace(event, sequence=0, last_modified=NOW)


def assert_moved_on_exactly_where_it_changed(before: CalendarFeed, after: CalendarFeed) -> int:
    """Events that say the same keep SEQUENCE and LAST-MODIFIED; the others have both
    higher. The number that changed."""
    old, changed = by_uid(before), 0
    for uid, event in by_uid(after).items():
        was = old[uid]
        if said(after, event) == said(before, was):
            assert (event.sequence, event.last_modified) == (was.sequence, was.last_modified)
        else:
            assert event.sequence > was.sequence, event.start
            assert event.last_modified > was.last_modified, event.start
            changed += 1
    return changed


def test_an_unchanged_re_export_keeps_every_sequence_and_last_modified(group):
    first = calendar_feed(group.id, TODAY, NOW)
    again = calendar_feed(group.id, TODAY, LATER)
    assert again.generated_at == LATER != first.generated_at  # DTSTAMP: when it was made
    assert len(again.events) == len(first.events) >= 52
    assert [(e.uid, e.sequence, e.last_modified) for e in again.events] == [
        (e.uid, e.sequence, e.last_modified) for e in first.events
    ]
    assert assert_moved_on_exactly_where_it_changed(first, again) == 0


def test_a_new_presenter_moves_sequence_and_last_modified_on(group):
    before = calendar_feed(group.id, TODAY, NOW)
    planned = on(before, TUE_10).presenters
    other = next(m for m in rota.rota_members(group.id) if (m.name,) != planned)
    rota.pin(meeting_on(group, TUE_10).id, other.id, today=TODAY)
    after = calendar_feed(group.id, TODAY, LATER)
    event, was = on(after, TUE_10), on(before, TUE_10)
    assert event.presenters == (other.name,) != was.presenters
    assert event.sequence > was.sequence
    assert event.last_modified == LATER > was.last_modified
    assert event.uid == was.uid
    # The rest of the rota may shift too; what did not change keeps its values.
    assert assert_moved_on_exactly_where_it_changed(before, after) >= 1
    # And the export after that, with nothing new, says the same again.
    third = calendar_feed(group.id, TODAY, LATER + dt.timedelta(days=1))
    assert assert_moved_on_exactly_where_it_changed(after, third) == 0


def _reserve_away(group) -> None:
    """The reserve may not present until April (back from leave): another is reserve."""
    reserve = on(calendar_feed(group.id, TODAY, NOW), TUE_10).reserve
    away = Member.get(Member.name == reserve)
    update_member(away.id, replace(draft_of(away), may_present_from=dt.date(2026, 4, 1)))


def _moved(group) -> None:
    meetings.move_meeting(meeting_on(group, TUE_10).id, dt.date(2026, 3, 12), dt.time(9, 0))


def _room(group) -> None:
    row = meeting_on(group, TUE_10)
    Meeting.update(room="Library").where(Meeting.id == row.id).execute()


def _renamed(group) -> None:
    update_group(group.id, "Riverside Practice", WEEKLY_TUESDAY, today=TODAY)


def _leader_email(group) -> None:
    ann = Member.get(Member.name == "Dr Ann Hale")
    update_member(ann.id, replace(draft_of(ann), email="ann@example.org"))


CHANGES: dict[str, Callable] = {
    "reserve away": _reserve_away,
    "moved": _moved,
    "room": _room,
    "cancelled": lambda g: meetings.cancel_meeting(meeting_on(g, TUE_10).id, "Training"),
    "break": lambda g: meetings.add_break(g.id, TUE_10, TUE_10, "Half term"),
    "group renamed": _renamed,
    "organizer's email": _leader_email,
}


@pytest.mark.parametrize("change", CHANGES)
def test_each_kind_of_change_moves_sequence_and_last_modified_on(group, change):
    before = calendar_feed(group.id, TODAY, NOW)
    was = by_uid(before)[on(before, TUE_10).uid]
    CHANGES[change](group)
    after = calendar_feed(group.id, TODAY, LATER)
    event = by_uid(after)[was.uid]
    assert said(after, event) != said(before, was)
    assert event.sequence > was.sequence and event.last_modified > was.last_modified
    changed = assert_moved_on_exactly_where_it_changed(before, after)
    if change in ("group renamed", "organizer's email"):
        assert changed == len(after.events), "every event names the group and organizer"


def test_two_changes_in_one_second_still_step_up(group):
    before = calendar_feed(group.id, TODAY, NOW)
    meetings.cancel_meeting(meeting_on(group, TUE_10).id, "Training")
    first = on(calendar_feed(group.id, TODAY, NOW), TUE_10)
    meetings.restore_meeting(meeting_on(group, TUE_10).id)
    second = on(calendar_feed(group.id, TODAY, NOW), TUE_10)
    was = on(before, TUE_10)
    assert was.sequence < first.sequence < second.sequence
    assert was.last_modified < first.last_modified < second.last_modified


def test_a_restored_backup_does_not_take_the_sequence_back(group):
    """A restore takes the export history back with the rest; the next change must
    still beat the SEQUENCE the calendar took last, so it counts from the clock too.
    On the real clock here: the store stamps its changes with it."""
    moment = dt.datetime.now(dt.UTC)
    calendar_feed(group.id, TODAY, moment)
    kept = [
        (row.meeting_id, row.content_key, row.sequence, row.modified_at)
        for row in CalendarEventSent.select()
    ]
    meetings.cancel_meeting(meeting_on(group, TUE_10).id, "Training")
    taken = on(calendar_feed(group.id, TODAY, moment), TUE_10)  # what the calendar holds
    for meeting_id, key, sequence, modified in kept:  # the restore, an hour later
        CalendarEventSent.update(content_key=key, sequence=sequence, modified_at=modified).where(
            CalendarEventSent.meeting_id == meeting_id
        ).execute()
    cancelled_at = meeting_on(group, TUE_10).updated_at
    meetings.restore_meeting(meeting_on(group, TUE_10).id)
    _room(group)
    # Within the second of the cancellation, so the row's own times cannot tell.
    Meeting.update(updated_at=cancelled_at).where(Meeting.updated_at > cancelled_at).execute()
    later = on(calendar_feed(group.id, TODAY, moment + dt.timedelta(hours=1)), TUE_10)
    assert later.sequence > taken.sequence
    assert later.last_modified > taken.last_modified


# --- the command line and the window share one history, kept across restarts ----------


@pytest.fixture
def cli_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        made = create_riverside()
        meetings.ensure_schedule(made.id, dt.date.today())
    return folder


def create_riverside():
    today = dt.date.today()
    pattern = replace(WEEKLY_TUESDAY, weekday=today.weekday())
    made = make_group("Riverside", pattern)
    for name in NAMES:
        add_member(made.id, MemberDraft(name, joined=today - dt.timedelta(days=365)))
    return made


def sequences(path: Path) -> dict[str, tuple[int, dt.datetime, str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e.uid): (e.sequence, e.last_modified, str(e["DESCRIPTION"])) for e in calendar.events
    }


def export_ics(data_dir: Path, target: Path) -> int:
    return balintdesk(data_dir, "export", "ics", "--group", "Riverside", "--out", str(target))


def test_the_cli_and_the_window_share_the_history_across_restarts(cli_data, out, checker):
    assert export_ics(cli_data, out / "a.ics") == 0
    with opened(cli_data):  # the Rota page's Save calendar file… writes it this way
        feed = calendar_feed(make_group_id(), dt.date.today())
        write_calendar(feed, out / "b.ics")
    assert sequences(out / "b.ics") == sequences(out / "a.ics")
    # A new presenter for the second meeting, then the command line again.
    with opened(cli_data):
        second = sorted(feed.events, key=lambda e: e.start)[1]
        meeting_id = int(second.uid.split("-meeting-")[1].split("@")[0])
        other = next(
            m for m in rota.rota_members(make_group_id()) if (m.name,) != second.presenters
        )
        rota.pin(meeting_id, other.id)
    assert export_ics(cli_data, out / "c.ics") == 0
    before, after = sequences(out / "a.ics"), sequences(out / "c.ics")
    assert after[second.uid][0] > before[second.uid][0]
    assert after[second.uid][1] > before[second.uid][1]
    assert other.name in after[second.uid][2]
    for uid, (sequence, modified, description) in after.items():
        if description == before[uid][2]:
            assert (sequence, modified) == before[uid][:2]
    # libical sees the new copy as the newer one.
    reading = read_with_libical(checker, out / "c.ics")
    assert reading.errors == []
    assert reading.by_uid()[second.uid].sequence == after[second.uid][0]


def make_group_id() -> int:
    return find_group("Riverside").id


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_checker(tmp_path_factory.mktemp("libical"))


# --- an old database ----------------------------------------------------------------------

V7_ROWS = (
    "INSERT INTO balint_group (id, name, frequency, weekday, week_of_month, start_time, "
    "length_minutes, room, timezone, created_at, first_date) VALUES (1, 'Riverside', 'weekly', "
    "1, 1, '12:30', 75, 'Seminar room', 'Europe/London', '2026-01-02 09:00:00', '2026-01-06')",
    "INSERT INTO member (id, group_id, name, name_key, role, is_leader, email, joined, "
    "created_at, updated_at) VALUES (1, 1, 'Chloë Martin', 'chloë martin', 'gp', 0, '', "
    "'2025-01-01', '2026-01-02 09:00:00', '2026-01-02 09:00:00')",
    # Made on 1 February, moved to the Wednesday on 3 February: exported then as SEQUENCE
    # 172800 (seconds between the two), and a calendar holds that.
    "INSERT INTO meeting (id, group_id, regular_date, local_date, starts_at, length_minutes, "
    "room, timezone, status, created_at, updated_at) VALUES (1, 1, '2026-03-03', '2026-03-04', "
    "'2026-03-04 12:30:00', 75, 'Seminar room', 'Europe/London', 'planned', "
    "'2026-02-01 08:00:00', '2026-02-03 08:00:00')",
    "INSERT INTO withdrawn_meeting (id, group_id, meeting_id, local_date, starts_at, "
    "length_minutes, room, timezone, reason, calendar_sequence, withdrawn_at) VALUES (1, 1, 7, "
    "'2026-03-05', '2026-03-05 12:30:00', 75, 'Seminar room', 'Europe/London', "
    "'The group''s meeting dates changed', 4242, '2026-02-10 10:00:00')",
)


def test_an_old_database_upgrades_and_its_first_export_changes_nothing(tmp_path: Path):
    path = database_path(tmp_path)
    conn = sqlite3.connect(path)
    assert migrations.migrate(conn, target=7) == [1, 2, 3, 4, 5, 6, 7]
    for sql in V7_ROWS:
        conn.execute(sql)
    conn.commit()
    conn.close()

    db = open_database(path, backups_dir(tmp_path))
    try:
        assert migrations.schema_version(db.connection()) == migrations.LATEST_VERSION == 11
        assert CalendarEventSent.select().count() == 0
        feed = calendar_feed(1, TODAY, NOW)
        first = on(feed, dt.date(2026, 3, 4))
        # What the export before the upgrade sent for these rows: a calendar sees no change.
        made, moved = dt.datetime(2026, 2, 1, 8), dt.datetime(2026, 2, 3, 8)
        assert first.sequence == sequence_of(made, moved) == 172800
        assert first.last_modified == moved.replace(tzinfo=dt.UTC)
        assert on(feed, dt.date(2026, 3, 5)).sequence == 4242
        assert CalendarEventSent.select().count() == len(feed.events)
        assert calendar_feed(1, TODAY, LATER).events == feed.events
        assert run_checks(db) == []
    finally:
        close_database(db)
