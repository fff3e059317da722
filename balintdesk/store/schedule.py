"""A group's schedule: its meetings made ahead from its pattern, and brought in line when
the pattern or the first date changes.

Meetings are rows made a little ahead (`ensure_schedule`) rather than computed when
shown, because a meeting gathers things of its own before it happens: apologies, pins,
a cancellation, a new date. `regular_date` remembers which pattern date a row stands
for, so a moved or cancelled meeting is never made again; a date that has any row of
the group (an added or moved meeting) is not given a second one either.

Pattern dates inside a break are made as cancelled rows linked to the break, so the
plan shows the break and removing it brings exactly those meetings back.

Changing the pattern (`update_group`) lives here rather than with the roster because it
reschedules: the roster sits below the schedule, and the schedule owns its rows.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from balintdesk.domain.group import MeetingPattern, group_problems
from balintdesk.domain.schedule import pattern_dates
from balintdesk.domain.words import Words
from balintdesk.store.breaks import BREAK_REASON, break_on, list_breaks
from balintdesk.store.models import (
    Attendance,
    Group,
    Meeting,
    MeetingBreak,
    MeetingPhase,
    MeetingStatus,
    RotaPin,
    database_proxy,
    utc_now,
)
from balintdesk.store.modes import group_unchanged, locked_group
from balintdesk.store.roster import ValidationError, get_group, group_names_except
from balintdesk.store.withdrawn import withdraw

DEFAULT_AHEAD = 14
# How far ahead ensure_schedule may look for enough dates: long breaks are skipped over,
# but a group cannot make rows for ever.
_HORIZON = dt.timedelta(days=366 * 30)


def today_or(today: dt.date | None) -> dt.date:
    return today if today is not None else dt.date.today()


def utc_start(day: dt.date, start: dt.time, timezone: str) -> dt.datetime:
    """Naive UTC, as stored, of `start` o'clock on `day` on the wall clock of `timezone`."""
    local = dt.datetime.combine(day, start, tzinfo=zoneinfo.ZoneInfo(timezone))
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def local_start_time(meeting: Meeting) -> dt.time:
    zone = zoneinfo.ZoneInfo(meeting.timezone)
    return meeting.starts_at.replace(tzinfo=dt.UTC).astimezone(zone).time()


def of_group(group_id: int):  # a peewee expression
    return Meeting.group == group_id


# --- making the rows ------------------------------------------------------------------


def _new_row(group: Group, day: dt.date, breaks: list[MeetingBreak]) -> Meeting:
    pattern = group.pattern
    gap = break_on(breaks, day)
    return Meeting.create(
        group=group.id,
        regular_date=day,
        local_date=day,
        starts_at=utc_start(day, pattern.start, pattern.timezone),
        length_minutes=pattern.length_minutes,
        room=pattern.room,
        timezone=pattern.timezone,
        status=MeetingStatus.PLANNED if gap is None else MeetingStatus.CANCELLED,
        cancel_reason="" if gap is None else (gap.label or BREAK_REASON),
        cancelled_by_break=gap,
        mode=group.meeting_mode,  # the group's usual way of meeting; each may change
    )


def _coming(group_id: int, today: dt.date) -> int:
    return (
        Meeting.select()
        .where(
            of_group(group_id)
            & (Meeting.local_date >= today)
            & (Meeting.status != MeetingStatus.CANCELLED)
        )
        .count()
    )


def ensure_schedule(
    group_id: int,
    today: dt.date | None = None,
    ahead: int = DEFAULT_AHEAD,
    until: dt.date | None = None,
) -> None:
    """Make the pattern's meetings from today (or the first date) until at least `ahead`
    meetings that are not cancelled lie on or after today, and, if given, up to `until`."""
    today = today_or(today)
    group = get_group(group_id)
    if until is None and _coming(group_id, today) >= ahead:
        return  # the usual case: a page refresh writes nothing
    first = group.first_date or today
    start = max(today, first)
    with database_proxy.atomic("IMMEDIATE"):
        # On a server two computers may fill in the same group at once: the second
        # waits here, then finds the first's rows taken (SQLite's IMMEDIATE is the lock).
        locked_group(group_id)
        # A date is taken by a row standing for it (moved or not) or by any row on it
        # (an added or moved meeting), so the pattern never doubles a meeting.
        rows = Meeting.select(Meeting.regular_date, Meeting.local_date).where(
            of_group(group_id) & ((Meeting.local_date >= start) | (Meeting.regular_date >= start))
        )
        taken = {day for pair in rows.tuples() for day in pair}
        have = _coming(group_id, today)
        breaks = list_breaks(group_id)
        for day in pattern_dates(group.pattern, first, start, start + _HORIZON):
            if have >= ahead and (until is None or day > until):
                break
            if day in taken:
                continue
            made = _new_row(group, day, breaks)
            if made.status != MeetingStatus.CANCELLED:
                have += 1


def _busy_ids(meeting_ids: list[int]) -> set[int]:
    """The meetings among these that hold apologies or other marks, pins, or a timed phase
    (a meeting whose timer ran today must not vanish with a change of pattern)."""
    marked = Attendance.select(Attendance.meeting).where(Attendance.meeting.in_(meeting_ids))
    pinned = RotaPin.select(RotaPin.meeting).where(RotaPin.meeting.in_(meeting_ids))
    timed = MeetingPhase.select(MeetingPhase.meeting).where(MeetingPhase.meeting.in_(meeting_ids))
    return (
        {row.meeting_id for row in marked}
        | {row.meeting_id for row in pinned}
        | {row.meeting_id for row in timed}
    )


def reschedule(group_id: int, today: dt.date | None = None) -> None:
    """Bring the future rows in line with a changed pattern or first date.

    A future regular meeting whose date the new pattern still has takes the new time,
    length, room and zone. One whose date it no longer has is deleted (and remembered as
    withdrawn, so the calendar file cancels its event), unless someone sent apologies
    for it or was pinned to it: then it stays for the leader to move or cancel, rather
    than losing what was entered. Moved and added meetings were set by hand and are left
    alone; held ones are history.
    """
    today = today_or(today)
    group = get_group(group_id)
    pattern = group.pattern
    first = group.first_date or today
    with database_proxy.atomic("IMMEDIATE"):
        rows = list(
            Meeting.select().where(
                of_group(group_id)
                & (Meeting.local_date >= today)
                & (Meeting.status != MeetingStatus.HELD)
                & (Meeting.regular_date == Meeting.local_date)
            )
        )
        if rows:
            last = max(row.local_date for row in rows)
            keep = set(pattern_dates(pattern, first, max(today, first), max(last, first)))
            busy = _busy_ids([row.id for row in rows])
            for row in rows:
                if row.local_date in keep:
                    _follow_pattern(row, pattern)
                elif row.id not in busy:
                    withdraw(row)
        ensure_schedule(group_id, today)


def _follow_pattern(row: Meeting, pattern: MeetingPattern) -> None:
    row.starts_at = utc_start(row.local_date, pattern.start, pattern.timezone)
    row.length_minutes = pattern.length_minutes
    row.room = pattern.room
    row.timezone = pattern.timezone
    row.updated_at = utc_now()
    row.save()


def set_first_date(group_id: int, first_date: dt.date, today: dt.date | None = None) -> Group:
    """When the series starts; fortnightly groups count their weeks from it."""
    group = get_group(group_id)
    if not dt.date(1950, 1, 1) <= first_date <= today_or(today) + dt.timedelta(days=2 * 366):
        raise ValidationError(
            {
                "first_date": Words(
                    "Group", "The first meeting should be after 1950 and within two years."
                )
            }
        )
    with database_proxy.atomic():
        group.first_date = first_date
        group.save()
        reschedule(group_id, today)
    return group


def update_group(
    group_id: int,
    name: str,
    pattern: MeetingPattern,
    today: dt.date | None = None,
    *,
    expected: tuple[str, MeetingPattern] | None = None,
) -> Group:
    """Rename the group and set its pattern; a new pattern reschedules meetings from today.
    `expected`: (name, pattern) as the page showed them; if either changed elsewhere
    since, `refusal.ChangedElsewhere` and nothing is saved (modes.group_unchanged)."""
    group = get_group(group_id)
    errors = group_problems(name, pattern, group_names_except(group_id))
    if errors:
        raise ValidationError(errors)
    with database_proxy.atomic():
        if expected is not None:
            group = locked_group(group_id)
            wanted = " ".join(name.split())
            group_unchanged(expected[0], group.name, wanted)
            group_unchanged(expected[1], group.pattern, pattern)
        before = group.pattern
        group.name = " ".join(name.split())
        group.set_pattern(pattern)
        changed = group.pattern != before
        group.save()
        if changed:
            reschedule(group.id, today)
    return group
