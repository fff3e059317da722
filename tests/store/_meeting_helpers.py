"""Shared set-up for the meeting, rota, history-import and record tests: one weekly group,
and a January of meetings held for the CPD record."""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.store import meetings
from balintdesk.store.models import Group, Meeting, MeetingPhase, Member
from balintdesk.store.roster import add_member, create_group

TODAY = dt.date(2026, 3, 2)  # a Monday; the group meets on Tuesdays
FIRST = dt.date(2026, 1, 6)
WEEKLY_TUESDAY = MeetingPattern(
    frequency=Frequency.WEEKLY,
    weekday=1,
    start=dt.time(12, 30),
    length_minutes=75,
    room="Seminar room",
    timezone="Europe/London",
)


def tuesdays(first: dt.date, count: int, step: int = 7) -> list[dt.date]:
    return [first + dt.timedelta(days=step * i) for i in range(count)]


def make_group(name: str = "Tuesday Balint", pattern: MeetingPattern = WEEKLY_TUESDAY) -> Group:
    return create_group(name, pattern, first_date=FIRST)


def member(group: Group, name: str, **fields: object) -> Member:
    fields.setdefault("joined", dt.date(2025, 1, 1))
    return add_member(group.id, MemberDraft(name, **fields))  # type: ignore[arg-type]


def rows_of(group: Group) -> list[Meeting]:
    query = Meeting.select().where(Meeting.group == group.id)
    return list(query.order_by(Meeting.local_date, Meeting.id))


def meeting_on(group: Group, day: dt.date) -> Meeting:
    return Meeting.get((Meeting.group == group.id) & (Meeting.local_date == day))


def held_in_january(name: str, today: dt.date, until: dt.date) -> Group:
    """Tuesday Balint, its meetings made up to `until`, held four in January 2026 (6, 13,
    20 and 27): Dr Marcus Webb, a leader, came to all four; `name` to three (presented at
    the second, sent apologies for the third); Ben Ash to none. The first was timed at 81
    minutes; the others count their planned 75. Recorded on `today`."""
    group = make_group()
    meetings.ensure_schedule(group.id, FIRST, until=until)
    webb = member(group, "Dr Marcus Webb", is_leader=True)
    attender = member(group, name)
    member(group, "Ben Ash")
    days = tuesdays(FIRST, 4)
    for index, day in enumerate(days):
        row = meeting_on(group, day)
        meetings.set_attendance(row.id, webb.id, "present", today=today)
        status = "apologies" if index == 2 else "present"
        meetings.set_attendance(row.id, attender.id, status, today=today)
        meetings.record_meeting(row.id, [attender.id] if index == 1 else [], today=today)
    MeetingPhase.create(
        meeting=meeting_on(group, days[0]).id,
        position=0,
        name="Case",
        planned_seconds=3600,
        actual_seconds=81 * 60,
    )
    return group
