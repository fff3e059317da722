"""The CPD record and the attendance rows, read off real meetings: only held meetings
count, lengths come from the phase log where the timer ran, the part and the leaders follow
store.leaders, archived members keep their rows, and the number of queries does not grow
with the number of meetings."""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

import pytest

from balintdesk.domain.records import Part
from balintdesk.domain.roster import Role
from balintdesk.store import meetings
from balintdesk.store.models import (
    AttendanceStatus,
    Meeting,
    MeetingPhase,
    Member,
)
from balintdesk.store.reports import attendance_rows, cpd_record
from balintdesk.store.roster import NotFoundError, ValidationError

from ._meeting_helpers import FIRST, make_group, meeting_on, member, tuesdays

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL
LATER = dt.date(2030, 1, 1)  # "today" for recording: every meeting below is past
DAYS = tuesdays(FIRST, 8)  # 6 Jan .. 24 Feb 2026, 12:30 London (GMT), planned 75 min
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db):
    group = make_group()
    meetings.ensure_schedule(group.id, FIRST, until=dt.date(2026, 12, 31))
    return group


@pytest.fixture
def people(group):
    return {
        "lead": member(group, "Dr Marcus Webb", is_leader=True),
        "co": member(group, "Dr Ann Zeller", is_leader=True),
        "siobhan": member(group, "Siobhán Ó Ceallaigh", role=Role.GP),
        "ben": member(group, "Ben Ash", role=Role.NURSE),
    }


def hold(day_or_meeting, presented=(), **marks) -> Meeting:
    """Record a meeting held: marks as status=[members], `presented` among the present."""
    meeting = day_or_meeting
    if isinstance(meeting, dt.date):
        meeting = Meeting.get(Meeting.local_date == meeting)
    for status, who in marks.items():
        for person in who:
            meetings.set_attendance(meeting.id, person.id, status, today=LATER)
    meetings.record_meeting(meeting.id, [p.id for p in presented], today=LATER)
    return Meeting.get_by_id(meeting.id)


def log_phases(meeting: Meeting, *actual_seconds: int) -> None:
    for position, seconds in enumerate(actual_seconds):
        MeetingPhase.create(
            meeting=meeting.id,
            position=position,
            name=f"Phase {position}",
            planned_seconds=600,
            actual_seconds=seconds,
        )


# --- the CPD record -----------------------------------------------------------------------


def test_only_held_meetings_the_member_was_present_at_count(group, people) -> None:
    s, ben = people["siobhan"], people["ben"]
    hold(DAYS[0], present=[s, ben])
    hold(DAYS[1], apologies=[s], present=[ben])
    hold(DAYS[2], absent=[s], present=[ben])
    hold(DAYS[3], present=[ben])  # Siobhán not recorded: not attended
    planned = meeting_on(group, DAYS[4])  # marked present but never recorded as held
    meetings.set_attendance(planned.id, s.id, PRESENT, today=LATER)
    meetings.cancel_meeting(meeting_on(group, DAYS[5]).id)
    hold(DAYS[6], present=[s])
    other = make_group("Other group")
    meetings.ensure_schedule(other.id, FIRST, until=DAYS[-1])

    record = cpd_record(s.id, *YEAR)
    assert [m.day for m in record.meetings] == [DAYS[0], DAYS[6]]
    assert record.member_name == "Siobhán Ó Ceallaigh"
    assert record.role_label == "GP"
    assert record.group_name == "Tuesday Balint"
    assert (record.start, record.end) == YEAR


def test_the_period_includes_both_ends(group, people) -> None:
    s = people["siobhan"]
    for day in DAYS[:4]:
        hold(day, present=[s])
    record = cpd_record(s.id, DAYS[1], DAYS[2])
    assert [m.day for m in record.meetings] == [DAYS[1], DAYS[2]]
    assert cpd_record(s.id, DAYS[1], DAYS[1]).meetings[0].day == DAYS[1]


def test_length_is_the_phase_log_where_timed_else_planned(group, people) -> None:
    s = people["siobhan"]
    timed = hold(DAYS[0], present=[s])
    log_phases(timed, 600, 1830, 2400, 0)  # 4830 s = 80.5 min -> 81 (halves up)
    hold(DAYS[1], present=[s])  # no log: planned 75
    never_started = hold(DAYS[2], present=[s])
    log_phases(never_started, 0, 0, 0)  # set up, never run: planned
    record = cpd_record(s.id, *YEAR)
    assert [(m.minutes, m.timed) for m in record.meetings] == [
        (81, True),
        (75, False),
        (75, False),
    ]
    assert record.total_minutes == 231
    assert record.hours == Decimal("3.9") == record.credits  # 3.85 h, halves up


def test_start_is_the_local_time_summer_and_winter(group, people) -> None:
    s = people["siobhan"]
    winter = hold(DAYS[0], present=[s])
    summer = hold(dt.date(2026, 7, 7), present=[s])
    assert winter.starts_at.hour == 12 and summer.starts_at.hour == 11  # stored in UTC
    starts = [m.start for m in cpd_record(s.id, *YEAR).meetings]
    assert starts == [dt.time(12, 30), dt.time(12, 30)]


def test_the_members_part_recorded_inferred_and_presented(group, people) -> None:
    lead, co, s, ben = people["lead"], people["co"], people["siobhan"], people["ben"]
    hold(DAYS[0], presented=[s], present=[lead, co, s, ben])  # inferred: Webb, Zeller
    recorded = hold(DAYS[1], present=[lead, co, s, ben])
    Meeting.update(leader=s.id, co_leader=ben.id).where(Meeting.id == recorded.id).execute()
    hold(DAYS[2], present=[co, s])  # inferred: Zeller alone leads
    parts = {
        name: [m.part for m in cpd_record(people[name].id, *YEAR).meetings]
        for name in ("lead", "co", "siobhan", "ben")
    }
    # Inferred from the present leaders by name: "Dr Ann …" leads, "Dr Marcus …" co-leads.
    assert parts["co"] == [Part.LED, Part.TOOK_PART, Part.LED]
    assert parts["lead"] == [Part.CO_LED, Part.TOOK_PART]
    assert parts["siobhan"] == [Part.PRESENTED, Part.LED, Part.TOOK_PART]
    assert parts["ben"] == [Part.TOOK_PART, Part.CO_LED]


def test_leaders_are_the_groups_and_whoever_led(group, people) -> None:
    lead, co, s, ben = people["lead"], people["co"], people["siobhan"], people["ben"]
    old_leader = member(group, "Dr Old Leader", is_leader=True)
    gone = member(group, "Dr Gone Leader", is_leader=True)
    Member.update(archived_at=dt.datetime(2026, 6, 1)).where(
        Member.id.in_([old_leader.id, gone.id])
    ).execute()
    first = hold(DAYS[0], present=[s, old_leader])
    Meeting.update(leader=old_leader.id, co_leader=ben.id).where(Meeting.id == first.id).execute()
    record = cpd_record(s.id, *YEAR)
    # Active leaders, the archived one who led Siobhán's meeting, and the non-leader who
    # co-led it; not the archived leader who led nothing she attended.
    assert record.leaders == ("Ben Ash", "Dr Ann Zeller", "Dr Marcus Webb", "Dr Old Leader")
    assert lead.name in record.leaders and co.name in record.leaders
    assert gone.name not in record.leaders


def test_no_meetings_is_an_empty_record_not_an_error(group, people) -> None:
    record = cpd_record(people["ben"].id, *YEAR)
    assert record.meetings == () and record.hours == Decimal("0.0")
    assert record.leaders == ("Dr Ann Zeller", "Dr Marcus Webb")


def test_bad_period_and_unknown_member(group, people) -> None:
    with pytest.raises(ValidationError, match="starts on 01/03/2026, after it ends"):
        cpd_record(people["ben"].id, dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    with pytest.raises(NotFoundError):
        cpd_record(999_999, *YEAR)
    with pytest.raises(ValidationError):
        attendance_rows(group.id, dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    with pytest.raises(NotFoundError):
        attendance_rows(999_999, *YEAR)


# --- the attendance rows ------------------------------------------------------------------


def test_one_row_per_member_per_held_meeting(group, people) -> None:
    lead, co, s, ben = people["lead"], people["co"], people["siobhan"], people["ben"]
    first = hold(DAYS[0], presented=[s], present=[lead, s], apologies=[ben])
    Meeting.update(leader=lead.id, co_leader=co.id).where(Meeting.id == first.id).execute()
    hold(DAYS[1], present=[co], absent=[s])
    meetings.cancel_meeting(meeting_on(group, DAYS[2]).id)
    rows = attendance_rows(group.id, *YEAR)
    table = [
        (r.day, r.start, r.member_name, r.role_label, r.status, r.presented, r.led) for r in rows
    ]
    noon = dt.time(12, 30)
    d0, d1 = DAYS[0], DAYS[1]
    assert table == [
        (d0, noon, "Ben Ash", "Nurse", "apologies", False, ""),
        (d0, noon, "Dr Ann Zeller", "Other", "not recorded", False, "co-led"),
        (d0, noon, "Dr Marcus Webb", "Other", "present", False, "led"),
        (d0, noon, "Siobhán Ó Ceallaigh", "GP", "present", True, ""),
        (d1, noon, "Ben Ash", "Nurse", "not recorded", False, ""),
        (d1, noon, "Dr Ann Zeller", "Other", "present", False, "led"),  # inferred
        (d1, noon, "Dr Marcus Webb", "Other", "not recorded", False, ""),
        (d1, noon, "Siobhán Ó Ceallaigh", "GP", "absent", False, ""),
    ]


def test_members_of_the_time_archived_included_newcomers_not_yet(group, people) -> None:
    ben = people["ben"]
    newcomer = member(group, "Dr New Comer", joined=DAYS[2])
    Member.update(archived_at=dt.datetime(2026, 1, 20, 18, 0)).where(Member.id == ben.id).execute()
    for day in DAYS[:4]:
        hold(day)
    late_mark = hold(DAYS[5], present=[ben])  # marked after leaving: the mark still shows
    assert late_mark.status == "held"

    def names_on(day):
        return [r.member_name for r in attendance_rows(group.id, *YEAR) if r.day == day]

    assert "Ben Ash" in names_on(DAYS[0]) and "Ben Ash" in names_on(DAYS[2])  # left 20 Jan
    assert "Ben Ash" not in names_on(DAYS[3])
    assert "Ben Ash" in names_on(DAYS[5])
    assert "Dr New Comer" not in names_on(DAYS[1])
    assert "Dr New Comer" in names_on(DAYS[2])
    assert newcomer.id


def test_no_held_meetings_no_rows(group, people) -> None:
    assert attendance_rows(group.id, *YEAR) == []


# --- a fixed number of queries ------------------------------------------------------------


class QueryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def queries(call) -> int:
    """How many SQL statements `call()` runs (peewee logs each one at DEBUG)."""
    logger = logging.getLogger("peewee")
    counter = QueryCounter()
    old_level = logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    try:
        call()
    finally:
        logger.removeHandler(counter)
        logger.setLevel(old_level)
    return counter.count


def test_queries_do_not_grow_with_the_meetings(group, people) -> None:
    s, lead = people["siobhan"], people["lead"]
    days = tuesdays(FIRST, 30)
    for day in days[:3]:
        log_phases(hold(day, present=[s, lead]), 3600)
    few_cpd = queries(lambda: cpd_record(s.id, *YEAR))
    few_rows = queries(lambda: attendance_rows(group.id, *YEAR))
    for day in days[3:]:
        log_phases(hold(day, present=[s, lead]), 3600)
    assert len(cpd_record(s.id, *YEAR).meetings) == 30
    assert 3 <= few_cpd <= 8 and 3 <= few_rows <= 8  # the counter counts
    assert queries(lambda: cpd_record(s.id, *YEAR)) == few_cpd
    assert queries(lambda: attendance_rows(group.id, *YEAR)) == few_rows
