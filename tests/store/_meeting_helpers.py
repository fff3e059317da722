"""Shared set-up for the meeting, rota and history-import tests: one weekly group."""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.store.models import Group, Meeting, Member
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
