"""The calendar file read by libical, not only by the library that writes it: libical's
parser and its iTIP check (icalrestriction_check, RFC 5546's rules for METHOD:PUBLISH)
find nothing wrong with any event, planned, cancelled, in a break or withdrawn by a
change of days; and what libical reads — times through the file's own VTIMEZONE,
escaped commas, semicolons and backslashes, quoted names, long non-ASCII names folded
over lines — is what the export meant. See _libical.py for how libical is run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.exports.ics import calendar_bytes, event_description, summary_of, write_calendar
from balintdesk.store import meetings
from balintdesk.store.models import Meeting
from balintdesk.store.roster import archive_member
from balintdesk.store.rota_sheet import calendar_feed
from balintdesk.store.schedule import update_group
from tests.exports import _libical
from tests.exports._libical import build_checker, read_with_libical
from tests.store._meeting_helpers import TODAY, WEEKLY_TUESDAY, make_group, meeting_on, member

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
# Commas and semicolons are TEXT's separators, a backslash its escape, and a double quote
# cannot stand in a parameter (RFC 6868 writes it ^'): each must come back as typed.
GROUP = 'Smith, Jones; Partners \\ "North"'
ZOE = "Dr Zoë Müller-Łukasiewicz"
LONG = ("Dr Zoë Müller-Łukasiewicz-Ōkubo Þórðardóttir-Żółkiewska " * 3)[:120].strip()
LEADER = 'Dr "Jo" O\'Brien; Jr, ^x^'
WEDNESDAYS = MeetingPattern(Frequency.WEEKLY, 2, 1, dt.time(12, 30), 75, "Seminar room")


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_checker(tmp_path_factory.mktemp("libical"))


@pytest.fixture
def busy_group(db):
    """Every kind of event the file holds: Tuesdays withdrawn by a change to Wednesdays,
    a Wednesday cancelled with a reason full of separators, a summer break, a room with
    them too, members with long and non-ASCII names, and a leader without an email."""
    group = make_group(GROUP, WEEKLY_TUESDAY)
    for name in (ZOE, LONG):
        member(group, name)
    member(group, LEADER, is_leader=True)
    meetings.ensure_schedule(group.id, TODAY)
    update_group(group.id, group.name, WEDNESDAYS, today=TODAY)
    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 11)).id, "Training; all day, sorry")
    meetings.add_break(group.id, dt.date(2026, 8, 1), dt.date(2026, 8, 31), "Summer")
    first = meeting_on(group, dt.date(2026, 3, 4))
    Meeting.update(room="Room 2; first floor, east wing").where(Meeting.id == first.id).execute()
    return group


def export(group_id: int, path: Path, days: int = 366):
    feed = calendar_feed(group_id, TODAY, NOW, days=days)
    write_calendar(feed, path)
    return feed


def utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def test_libical_reads_every_event_as_meant_and_its_itip_check_finds_nothing(
    busy_group, checker, tmp_path
):
    feed = export(busy_group.id, tmp_path / "busy.ics")
    reading = read_with_libical(checker, tmp_path / "busy.ics")
    assert reading.errors == []
    assert reading.counts == (1, len(feed.events), 1, 0)
    name = summary_of(GROUP)
    assert reading.calendars == [("PUBLISH", name, name)]
    # Withdrawn Tuesdays, cancelled Wednesdays (one and a break), planned Wednesdays.
    kinds = {(event.start.weekday(), event.cancelled) for event in feed.events}
    assert kinds == {(1, True), (2, True), (2, False)}
    read = reading.by_uid()
    assert len(read) == len(feed.events)
    for event in feed.events:
        got = read[event.uid]
        assert (got.start, got.end) == (utc(event.start), utc(event.end)), event.start
        assert got.sequence == event.sequence
        assert got.status == ("CANCELLED" if event.cancelled else "CONFIRMED")
        assert got.summary == (f"Cancelled: {name}" if event.cancelled else name)
        assert got.location == event.room
        assert got.description == event_description(event)
        assert (got.organizer_cn, got.organizer) == (LEADER, feed.organizer.address)
        assert got.organizer.startswith("urn:uuid:")
        assert got.last_modified == utc(event.last_modified)
        assert got.stamp == utc(NOW)
    # What the events say about the people and places, as typed.
    said = "\n".join(event.description for event in reading.events)
    assert ZOE in said and LONG in said
    first = next(e for e in feed.events if e.start.date() == dt.date(2026, 3, 4))
    assert read[first.uid].location == "Room 2; first floor, east wing"
    assert "Cancelled: Training; all day, sorry" in said
    # The clocks change on 29 March and 25 October: libical puts both where London does.
    starts = {event.start[:8]: event.start[9:] for event in reading.events}
    assert starts["20260325"] == "123000Z" and starts["20260401"] == "113000Z"
    assert starts["20261021"] == "113000Z" and starts["20261028"] == "123000Z"


@pytest.mark.parametrize(
    ("leaders", "cn", "address"),
    [
        ([("Dr Ann Hale", "ann+b@example.org")], "Dr Ann Hale", "mailto:ann+b@example.org"),
        # The first leader by name who has an email; one without is passed over.
        ([("Dr Aled Ap", ""), ("Dr Bea Bo", "bea@example.org")], "Dr Bea Bo", "mailto:bea@ex"),
        ([("Dr Aled Ap", "")], "Dr Aled Ap", "urn:uuid:"),
        ([], summary_of("Riverside"), "urn:uuid:"),
    ],
)  # fmt: skip
def test_the_organizer_is_a_leader_or_the_group(db, checker, tmp_path, leaders, cn, address):
    group = make_group("Riverside")
    for name, email in leaders:
        member(group, name, is_leader=True, email=email)
    member(group, "Chloë Martin")
    gone = member(group, "Dr Aaron Archived", is_leader=True, email="aaron@example.org")
    archive_member(gone.id)  # a leader who left organises nothing
    export(group.id, tmp_path / "group.ics", days=60)
    reading = read_with_libical(checker, tmp_path / "group.ics")
    assert reading.errors == []
    assert len(reading.events) >= 8
    assert {(event.organizer_cn, event.organizer[: len(address)]) for event in reading.events} == {
        (cn, address)
    }
    if address == "urn:uuid:":
        value = reading.events[0].organizer
        assert len(value) == len("urn:uuid:") + 36, "a UUID, nothing to reach"


def test_a_group_in_another_zone_reads_right_in_libical(db, checker, tmp_path):
    pattern = MeetingPattern(
        Frequency.WEEKLY, 2, 1, dt.time(18, 0), 90, "Room 4", "America/New_York"
    )
    group = make_group("Manhattan", pattern)
    feed = export(group.id, tmp_path / "ny.ics", days=21)
    reading = read_with_libical(checker, tmp_path / "ny.ics")
    assert reading.errors == []
    # US clocks change on 8 March 2026: 18:00 is 23:00 UTC before and 22:00 after.
    assert [event.start for event in reading.events] == [
        "20260304T230000Z",
        "20260311T220000Z",
        "20260318T220000Z",
    ]
    assert [event.start for event in reading.events] == [utc(e.start) for e in feed.events]


def test_every_line_is_folded_to_75_octets_on_whole_characters(busy_group):
    data = calendar_bytes(calendar_feed(busy_group.id, TODAY, NOW))
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    # RFC 5545 3.1: lines of at most 75 octets, and a fold never splits a UTF-8 character.
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")
    assert any(line.startswith(b" ") for line in lines), "the long names were folded"


def without_organizers(data: bytes) -> bytes:
    """The file with every ORGANIZER line (and its folded rest) taken out, as the export
    wrote it before ORGANIZER was added."""
    kept: list[bytes] = []
    dropping = False
    for line in data.split(b"\r\n"):
        if line.startswith(b" ") and dropping:
            continue
        dropping = line.startswith(b"ORGANIZER")
        if not dropping:
            kept.append(line)
    return b"\r\n".join(kept)


def test_the_check_finds_a_missing_organizer_on_every_event(busy_group, checker, tmp_path):
    """The check can fail: without ORGANIZER (as in the export before it had one) libical
    names each event, not only the first (see libical_check.c on why that needs care)."""
    feed = calendar_feed(busy_group.id, TODAY, NOW)
    path = tmp_path / "old.ics"
    path.write_bytes(without_organizers(calendar_bytes(feed)))
    assert b"ORGANIZER" not in path.read_bytes()
    reading = read_with_libical(checker, path)
    assert reading.returncode == 1
    missing = [e for e in reading.errors if "ORGANIZER" in e and e.startswith("restriction ")]
    assert len(missing) == len(feed.events)
    assert {e.split()[2] for e in missing} == {event.uid + ":" for event in feed.events}
    assert any(e.startswith("restriction-whole VEVENT") for e in reading.errors)


def test_no_libical_fails_on_ci_and_skips_elsewhere(monkeypatch):
    monkeypatch.setattr(_libical, "ON_CI", True)
    with pytest.raises(pytest.fail.Exception, match="CI=true and no pkg-config"):
        _libical.needs("no pkg-config: install pkg-config")
    monkeypatch.setattr(_libical, "ON_CI", False)
    with pytest.raises(pytest.skip.Exception):
        _libical.needs("no pkg-config: install pkg-config")
