"""The leader log: entries added by hand (validated, the privacy guard on the note, only
for leaders) and the log over a period read off the meeting records."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain import leader_log as domain
from balintdesk.store import meetings
from balintdesk.store.leader_log import (
    add_entry,
    delete_entry,
    get_entry,
    keeps_leader_log,
    leader_log,
    list_entries,
    update_entry,
)
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import (
    AttendanceStatus,
    LeaderLogEntry,
    LeaderLogEntryKind,
    MeetingPhase,
)
from balintdesk.store.roster import NotFoundError, ValidationError

from ._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member

PRESENT = AttendanceStatus.PRESENT


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


def day(n: int) -> dt.date:
    """The n-th Tuesday meeting (0 = 6 January 2026)."""
    return FIRST + dt.timedelta(days=7 * n)


@pytest.fixture
def group(db):
    group = make_group()
    meetings.ensure_schedule(group.id, today=FIRST)
    return group


@pytest.fixture
def people(group):
    return {
        "Siobhán": member(group, "Dr Siobhán Ó Ceallaigh", is_leader=True),
        "Zoë": member(group, "Dr Zoë Zorn", is_leader=True),
        "Ann": member(group, "Dr Ann Ames"),
    }


def hold(group, n: int, *present, leaders=None, measured_seconds=()) -> int:
    row = meeting_on(group, day(n))
    for person in present:
        meetings.set_attendance(row.id, person.id, PRESENT, today=TODAY)
    meetings.record_meeting(row.id, [], today=TODAY)
    if leaders is not None:
        set_leaders(row.id, *leaders, today=TODAY)
    for position, seconds in enumerate(measured_seconds):
        MeetingPhase.create(
            meeting=row.id,
            position=position,
            name=f"Phase {position}",
            planned_seconds=600,
            actual_seconds=seconds,
        )
    return row.id


def test_domain_kinds_match_the_store():
    assert domain.ENTRY_KINDS == LeaderLogEntryKind.ALL


# --- entries ------------------------------------------------------------------------------


def test_add_list_update_delete(people):
    siobhan = people["Siobhán"].id
    supervision = add_entry(
        siobhan, dt.date(2026, 2, 12), "supervision", 90, "  Group   supervision\n", today=TODAY
    )
    weekend = add_entry(
        siobhan, dt.date(2025, 11, 8), "training", 6 * 60, "Leaders' weekend", today=TODAY
    )
    assert get_entry(supervision.id).note == "Group supervision", "one line, single spaces"
    assert [e.id for e in list_entries(siobhan)] == [weekend.id, supervision.id], "oldest first"
    assert [e.id for e in list_entries(siobhan, start=dt.date(2026, 1, 1))] == [supervision.id]
    assert [e.id for e in list_entries(siobhan, end=dt.date(2025, 12, 31))] == [weekend.id]

    update_entry(supervision.id, dt.date(2026, 2, 13), "society_event", 120, "AGM", today=TODAY)
    changed = get_entry(supervision.id)
    assert (changed.day, changed.kind, changed.minutes, changed.note) == (
        dt.date(2026, 2, 13),
        "society_event",
        120,
        "AGM",
    )
    delete_entry(supervision.id)
    assert [e.id for e in list_entries(siobhan)] == [weekend.id]
    with pytest.raises(NotFoundError):
        delete_entry(supervision.id)


@pytest.mark.parametrize(
    ("fields", "field", "sentence"),
    [
        ({"minutes": 0}, "minutes", "at least a minute"),
        ({"minutes": 24 * 60 + 1}, "minutes", "at most 24 hours"),
        ({"kind": "party"}, "kind", "Choose what it was: supervision, training"),
        ({"day": TODAY + dt.timedelta(days=1)}, "day", "still to come"),
        ({"day": dt.date(1900, 1, 1)}, "day", "from 1950 on"),
        ({"note": "x" * 201}, "note", "Keep the note to 200 characters; it has 201."),
        (
            {"note": "Discussed Mrs Jones, NHS 943 476 5919"},
            "note",
            "(name with a title, NHS number)",
        ),
        ({"note": "Case of a 47-year-old"}, "note", "patient's details (age)"),
        ({"note": "Leaders' day, OX1 2JD"}, "note", "(postcode)"),
    ],
)
def test_entries_are_refused_with_a_sentence(people, fields, field, sentence):
    values = {"day": dt.date(2026, 2, 12), "kind": "supervision", "minutes": 60, "note": ""}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        add_entry(people["Siobhán"].id, today=TODAY, **values)
    assert list(caught.value.errors) == [field]
    assert sentence in caught.value.errors[field]
    assert LeaderLogEntry.select().count() == 0, "nothing was saved"


def test_the_limits_themselves_are_allowed(people):
    siobhan = people["Siobhán"].id
    add_entry(siobhan, TODAY, "other", 1, "x" * 200, today=TODAY)
    add_entry(siobhan, TODAY, "other", 24 * 60, "", today=TODAY)
    assert LeaderLogEntry.select().count() == 2


def test_a_supervisor_named_with_a_title_is_refused_with_a_way_out(people):
    with pytest.raises(ValidationError) as caught:
        add_entry(
            people["Siobhán"].id, TODAY, "supervision", 60, "With Dr Andrew Elder", today=TODAY
        )
    assert "can be named without a title" in caught.value.errors["note"]
    assert "Andrew" not in caught.value.errors["note"], "the sentence never repeats the text"
    add_entry(people["Siobhán"].id, TODAY, "supervision", 60, "With Andrew Elder", today=TODAY)


def test_an_update_is_checked_too(people):
    entry = add_entry(people["Siobhán"].id, TODAY, "training", 60, "", today=TODAY)
    with pytest.raises(ValidationError, match="postcode"):
        update_entry(entry.id, TODAY, "training", 60, "Seminar at M1 1AE", today=TODAY)
    assert get_entry(entry.id).note == ""


def test_only_leaders_start_a_log(people):
    with pytest.raises(ValidationError) as caught:
        add_entry(people["Ann"].id, TODAY, "training", 60, "", today=TODAY)
    assert caught.value.errors["member"].startswith(
        "Only leaders keep a leader log, and Dr Ann Ames is not marked as a leader"
    )
    assert not keeps_leader_log(people["Ann"].id)
    assert keeps_leader_log(people["Siobhán"].id)


# --- the log ------------------------------------------------------------------------------


def test_sessions_as_member_led_and_co_led_with_lengths(group, people):
    siobhan, zoe, ann = people["Siobhán"], people["Zoë"], people["Ann"]
    # Inferred: both leaders present, Siobhán sorts first, so she led with Zoë.
    led = hold(group, 0, siobhan, zoe, ann, measured_seconds=(1500, 2400, 600))
    # Recorded: Zoë led, Siobhán co-led.
    co_led = hold(group, 1, siobhan, zoe, leaders=(zoe.id, siobhan.id))
    # Recorded: Zoë led alone; Siobhán was there as a member of the group.
    as_member = hold(group, 2, siobhan, zoe, leaders=(zoe.id, None))
    # Siobhán away: not in her log.
    hold(group, 3, zoe, ann)
    # Recorded as leader though her tick was forgotten: she led, alone.
    alone = hold(group, 4, ann, leaders=(siobhan.id, None))
    # Not held (still planned): not in any log.
    meetings.set_attendance(meeting_on(group, day(5)).id, siobhan.id, PRESENT, today=TODAY)

    log = leader_log(siobhan.id, FIRST, TODAY)
    assert (log.leader, log.group) == ("Dr Siobhán Ó Ceallaigh", "Tuesday Balint")
    rows = [
        (s.meeting_id, s.day, s.role, s.with_leader, s.minutes, s.measured) for s in log.sessions
    ]
    assert rows == [
        (led, day(0), domain.LED, "Dr Zoë Zorn", 75, True),  # 4500 s measured
        (co_led, day(1), domain.CO_LED, "Dr Zoë Zorn", 75, False),
        (as_member, day(2), domain.MEMBER, "", 75, False),
        (alone, day(4), domain.LED, "", 75, False),
    ]
    assert log.sessions[0].group == "Tuesday Balint"


def test_the_measured_length_beats_the_planned(group, people):
    siobhan = people["Siobhán"]
    hold(group, 0, siobhan, measured_seconds=(1800, 2400, 1230, 0))  # 90.5 min, one skipped
    (session,) = leader_log(siobhan.id, FIRST, TODAY).sessions
    assert (session.minutes, session.measured) == (90, True)


def test_the_period_includes_both_ends_and_totals_by_category(group, people):
    siobhan, zoe = people["Siobhán"], people["Zoë"]
    for n in range(4):
        hold(group, n, siobhan, zoe)  # she leads all four (by name)
    add_entry(siobhan.id, day(1), "supervision", 90, "", today=TODAY)
    add_entry(siobhan.id, day(2) + dt.timedelta(days=3), "training", 7 * 60, "Weekend", today=TODAY)
    add_entry(siobhan.id, day(3) + dt.timedelta(days=1), "society_event", 45, "", today=TODAY)
    add_entry(zoe.id, day(1), "supervision", 60, "", today=TODAY)  # someone else's

    log = leader_log(siobhan.id, day(1), day(3))
    assert [s.day for s in log.sessions] == [day(1), day(2), day(3)]
    assert [(e.kind, e.minutes) for e in log.entries] == [("supervision", 90), ("training", 420)]
    assert log.minutes_by_category() == {
        "member": 0,
        "led": 225,
        "co_led": 0,
        "supervision": 90,
        "training": 420,
        "society_event": 0,
        "other": 0,
    }
    assert log.count_by_category()["led"] == 3
    assert log.total_minutes == 735
    assert domain.hours(log.total_minutes) == "12.25"


def test_an_empty_period_is_an_empty_log(people):
    log = leader_log(people["Siobhán"].id, dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert (log.sessions, log.entries, log.total_minutes) == ((), (), 0)


def test_a_former_leader_keeps_the_log_they_have(group, people):
    ann = people["Ann"]
    hold(group, 0, ann, leaders=(ann.id, None))
    assert keeps_leader_log(ann.id), "recorded as leading once"
