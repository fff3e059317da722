"""A group's meetings: made ahead from its pattern, changed one by one, and recorded.

Meetings are rows made a little ahead (`ensure_schedule`) rather than computed when
shown, because a meeting gathers things of its own before it happens: apologies, pins,
a cancellation, a new date. `regular_date` remembers which pattern date a row stands
for, so a moved or cancelled meeting is never made again; a date that has any row of
the group (an added or moved meeting) is not given a second one either.

Pattern dates inside a break are made as cancelled rows linked to the break, so the
plan shows the break and removing it brings exactly those meetings back.

Breaks, attendance and recording, and themes live in `breaks.py`, `attendance.py` and
`themes.py`; their public functions are re-exported here so pages need only this module.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.schedule import pattern_dates
from balintdesk.store.attendance import (
    MAX_PRESENTERS,
    attendance_for,
    clear_attendance,
    get_meeting,
    presenters_of,
    record_meeting,
    set_attendance,
)
from balintdesk.store.breaks import BREAK_REASON, add_break, break_on, list_breaks, remove_break
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
from balintdesk.store.roster import ValidationError, get_group
from balintdesk.store.themes import DEFAULT_THEMES, set_themes, themes
from balintdesk.store.withdrawn import withdraw

__all__ = [
    "BREAK_REASON",
    "DEFAULT_THEMES",
    "MAX_PRESENTERS",
    "add_break",
    "add_meeting",
    "attendance_for",
    "cancel_meeting",
    "clear_attendance",
    "ensure_schedule",
    "get_meeting",
    "held_meetings",
    "list_breaks",
    "move_meeting",
    "next_meeting",
    "presenters_of",
    "record_meeting",
    "remove_break",
    "reschedule",
    "restore_meeting",
    "set_attendance",
    "set_first_date",
    "set_rota_options",
    "set_themes",
    "themes",
    "unrecorded_meetings",
    "upcoming_meetings",
]

DEFAULT_AHEAD = 14
REASON_MAX_LENGTH = 80
# How far ahead ensure_schedule may look for enough dates: long breaks are skipped over,
# but a group cannot make rows for ever.
_HORIZON = dt.timedelta(days=366 * 30)


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else dt.date.today()


def utc_start(day: dt.date, start: dt.time, timezone: str) -> dt.datetime:
    """Naive UTC, as stored, of `start` o'clock on `day` on the wall clock of `timezone`."""
    local = dt.datetime.combine(day, start, tzinfo=zoneinfo.ZoneInfo(timezone))
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def local_start_time(meeting: Meeting) -> dt.time:
    zone = zoneinfo.ZoneInfo(meeting.timezone)
    return meeting.starts_at.replace(tzinfo=dt.UTC).astimezone(zone).time()


def _of_group(group_id: int):  # a peewee expression
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
    )


def _coming(group_id: int, today: dt.date) -> int:
    return (
        Meeting.select()
        .where(
            _of_group(group_id)
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
    today = _today(today)
    group = get_group(group_id)
    if until is None and _coming(group_id, today) >= ahead:
        return  # the usual case: a page refresh writes nothing
    first = group.first_date or today
    start = max(today, first)
    with database_proxy.atomic("IMMEDIATE"):
        # A date is taken by a row standing for it (moved or not) or by any row on it
        # (an added or moved meeting), so the pattern never doubles a meeting.
        rows = Meeting.select(Meeting.regular_date, Meeting.local_date).where(
            _of_group(group_id) & ((Meeting.local_date >= start) | (Meeting.regular_date >= start))
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
    today = _today(today)
    group = get_group(group_id)
    pattern = group.pattern
    first = group.first_date or today
    with database_proxy.atomic("IMMEDIATE"):
        rows = list(
            Meeting.select().where(
                _of_group(group_id)
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
    if not dt.date(1950, 1, 1) <= first_date <= _today(today) + dt.timedelta(days=2 * 366):
        raise ValidationError(
            {"first_date": "The first meeting should be after 1950 and within two years."}
        )
    with database_proxy.atomic():
        group.first_date = first_date
        group.save()
        reschedule(group_id, today)
    return group


def set_rota_options(
    group_id: int, presenters_per_meeting: int, leaders_may_present: bool
) -> Group:
    group = get_group(group_id)
    if presenters_per_meeting not in (1, 2):
        raise ValidationError(
            {"presenters_per_meeting": "A meeting can have one or two presenters."}
        )
    group.presenters_per_meeting = presenters_per_meeting
    group.leaders_may_present = bool(leaders_may_present)
    with database_proxy.atomic():
        group.save()
    return group


# --- reading --------------------------------------------------------------------------


def upcoming_meetings(
    group_id: int,
    count: int = 12,
    today: dt.date | None = None,
    include_cancelled: bool = False,
) -> list[Meeting]:
    """The next `count` meetings on or after today, in date order."""
    today = _today(today)
    ensure_schedule(group_id, today, ahead=max(count, DEFAULT_AHEAD))
    query = Meeting.select().where(_of_group(group_id) & (Meeting.local_date >= today))
    if not include_cancelled:
        query = query.where(Meeting.status != MeetingStatus.CANCELLED)
    return list(query.order_by(Meeting.local_date, Meeting.starts_at, Meeting.id).limit(count))


def next_meeting(group_id: int, today: dt.date | None = None) -> Meeting | None:
    """The first meeting on or after today that is not cancelled (held today counts)."""
    found = upcoming_meetings(group_id, count=1, today=today)
    return found[0] if found else None


def held_meetings(group_id: int) -> list[Meeting]:
    query = Meeting.select().where(_of_group(group_id) & (Meeting.status == MeetingStatus.HELD))
    return list(query.order_by(Meeting.local_date, Meeting.starts_at, Meeting.id))


def unrecorded_meetings(group_id: int, today: dt.date | None = None) -> list[Meeting]:
    """Meetings before today still planned: held but not yet recorded, or forgotten."""
    query = Meeting.select().where(
        _of_group(group_id)
        & (Meeting.local_date < _today(today))
        & (Meeting.status == MeetingStatus.PLANNED)
    )
    return list(query.order_by(Meeting.local_date, Meeting.starts_at, Meeting.id))


# --- changing one meeting ---------------------------------------------------------------


def _must_be_planned(meeting: Meeting, doing: str) -> None:
    if meeting.status == MeetingStatus.HELD:
        raise ValidationError(
            {"meeting": f"This meeting was held and recorded, so it cannot be {doing}."}
        )
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(
            {"meeting": f"This meeting is cancelled; restore it before it is {doing}."}
        )


def _date_free(group_id: int, day: dt.date, except_id: int | None = None) -> None:
    """ValidationError unless `day` can take a meeting: none there yet, and no break."""
    other = (
        Meeting.select()
        .where(
            _of_group(group_id)
            & (Meeting.local_date == day)
            & (Meeting.status != MeetingStatus.CANCELLED)
            & (Meeting.id != (except_id or 0))
        )
        .first()
    )
    if other is not None:
        raise ValidationError(
            {"date": f"The group already has a meeting on {day:%d/%m/%Y}; choose another date."}
        )
    gap = break_on(list_breaks(group_id), day)
    if gap is not None:
        name = f"the break “{gap.label}”" if gap.label else "a break"
        raise ValidationError(
            {
                "date": f"{day:%d/%m/%Y} falls in {name} ({gap.first_date:%d/%m/%Y} to "
                f"{gap.last_date:%d/%m/%Y}); change the break first or choose another date."
            }
        )


def _unpin(meeting_id: int) -> None:
    RotaPin.delete().where(RotaPin.meeting == meeting_id).execute()


def cancel_meeting(meeting_id: int, reason: str = "") -> Meeting:
    """Cancel one meeting. The reason is a short practical note ("bank holiday")."""
    meeting = get_meeting(meeting_id)
    if meeting.status == MeetingStatus.HELD:
        raise ValidationError(
            {"meeting": "This meeting was held and recorded, so it cannot be cancelled."}
        )
    reason = " ".join(reason.split())
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            {"reason": f"The reason can be at most {REASON_MAX_LENGTH} characters long."}
        )
    with database_proxy.atomic():
        meeting.status = MeetingStatus.CANCELLED
        meeting.cancel_reason = reason
        meeting.cancelled_by_break = None  # cancelled on its own now: a break keeps it
        meeting.updated_at = utc_now()
        meeting.save()
        _unpin(meeting.id)  # a pin there would hold a member back from nothing
    return meeting


def restore_meeting(meeting_id: int) -> Meeting:
    """Un-cancel a meeting (also one a break cancelled, which then stands on its own)."""
    meeting = get_meeting(meeting_id)
    if meeting.status != MeetingStatus.CANCELLED:
        return meeting
    clash = (
        Meeting.select()
        .where(
            _of_group(meeting.group_id)
            & (Meeting.local_date == meeting.local_date)
            & (Meeting.status != MeetingStatus.CANCELLED)
            & (Meeting.id != meeting.id)
        )
        .exists()
    )
    if clash:
        raise ValidationError(
            {"date": "Another meeting now takes that date; move one of them first."}
        )
    meeting.status = MeetingStatus.PLANNED
    meeting.cancel_reason = ""
    meeting.cancelled_by_break = None
    meeting.updated_at = utc_now()
    with database_proxy.atomic():
        meeting.save()
    return meeting


def move_meeting(meeting_id: int, new_date: dt.date, new_start: dt.time | None = None) -> Meeting:
    """Put one planned meeting on another date (and time; default: the same time).

    Its `regular_date` stays, so the pattern does not make the old date again.
    """
    meeting = get_meeting(meeting_id)
    _must_be_planned(meeting, "moved")
    _date_free(meeting.group_id, new_date, except_id=meeting.id)
    start = new_start if new_start is not None else local_start_time(meeting)
    meeting.local_date = new_date
    meeting.starts_at = utc_start(new_date, start, meeting.timezone)
    meeting.updated_at = utc_now()
    with database_proxy.atomic():
        meeting.save()
    return meeting


def add_meeting(group_id: int, day: dt.date, start: dt.time | None = None) -> Meeting:
    """An extra meeting outside the pattern (a past one may be added to record it)."""
    group = get_group(group_id)
    pattern = group.pattern
    _date_free(group_id, day)
    with database_proxy.atomic():
        return Meeting.create(
            group=group_id,
            regular_date=None,
            local_date=day,
            starts_at=utc_start(day, start or pattern.start, pattern.timezone),
            length_minutes=pattern.length_minutes,
            room=pattern.room,
            timezone=pattern.timezone,
        )
