"""A group's meetings as the pages ask for them: the coming ones, the held ones, and one
meeting changed at a time (cancelled, restored, moved, added).

How the rows are made from the pattern and rescheduled lives in `schedule.py`; breaks,
attendance and recording, and themes in `breaks.py`, `attendance.py` and `themes.py`.
Their public functions are re-exported here so pages need only this module.
"""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.words import Words
from balintdesk.store.attendance import (
    MAX_PRESENTERS,
    NOT_RECORDED,
    attendance_for,
    attendance_rows,
    clear_attendance,
    get_meeting,
    presenters_of,
    record_meeting,
    record_of,
    set_attendance,
)
from balintdesk.store.breaks import BREAK_REASON, add_break, break_on, list_breaks, remove_break
from balintdesk.store.concurrency import lock_meeting
from balintdesk.store.models import Group, Meeting, MeetingStatus, RotaPin, database_proxy, utc_now
from balintdesk.store.modes import (
    attendance_modes,
    group_unchanged,
    locked_group,
    set_attendance_mode,
    set_event_number,
    set_group_mode,
    set_meeting_mode,
)
from balintdesk.store.refusal import unchanged
from balintdesk.store.roster import ValidationError, get_group
from balintdesk.store.schedule import (
    DEFAULT_AHEAD,
    ensure_schedule,
    local_start_time,
    of_group,
    reschedule,
    set_first_date,
    today_or,
    update_group,
    utc_start,
)
from balintdesk.store.themes import DEFAULT_THEMES, set_themes, themes

__all__ = [
    "BREAK_REASON",
    "DEFAULT_THEMES",
    "MAX_PRESENTERS",
    "NOT_RECORDED",
    "add_break",
    "add_meeting",
    "attendance_for",
    "attendance_modes",
    "attendance_rows",
    "cancel_meeting",
    "clear_attendance",
    "ensure_schedule",
    "get_meeting",
    "held_meetings",
    "list_breaks",
    "local_start_time",
    "move_meeting",
    "next_meeting",
    "presenters_of",
    "record_meeting",
    "record_of",
    "remove_break",
    "reschedule",
    "restore_meeting",
    "set_attendance",
    "set_attendance_mode",
    "set_event_number",
    "set_first_date",
    "set_group_mode",
    "set_meeting_mode",
    "set_rota_options",
    "set_themes",
    "themes",
    "unrecorded_meetings",
    "upcoming_meetings",
    "update_group",
]

REASON_MAX_LENGTH = 80
_CHANGED = Words(
    "Meetings",
    "This meeting was changed on another computer in the meantime, so your change was "
    "not saved. The page now shows what is recorded.",
)


def set_rota_options(
    group_id: int,
    presenters_per_meeting: int,
    leaders_may_present: bool,
    *,
    expected: tuple[int, bool] | None = None,
) -> Group:
    """`expected`: (presenters per meeting, leaders may present) as the page showed them
    (see `modes.group_unchanged`)."""
    group = get_group(group_id)
    if presenters_per_meeting not in (1, 2):
        raise ValidationError(
            {
                "presenters_per_meeting": Words(
                    "Meetings", "A meeting can have one or two presenters."
                )
            }
        )
    with database_proxy.atomic():
        if expected is not None:
            group = locked_group(group_id)
            now = (group.presenters_per_meeting, group.leaders_may_present)
            group_unchanged(
                (expected[0], bool(expected[1])),
                now,
                (presenters_per_meeting, bool(leaders_may_present)),
            )
        group.presenters_per_meeting = presenters_per_meeting
        group.leaders_may_present = bool(leaders_may_present)
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
    today = today_or(today)
    ensure_schedule(group_id, today, ahead=max(count, DEFAULT_AHEAD))
    query = Meeting.select().where(of_group(group_id) & (Meeting.local_date >= today))
    if not include_cancelled:
        query = query.where(Meeting.status != MeetingStatus.CANCELLED)
    return list(query.order_by(Meeting.local_date, Meeting.starts_at, Meeting.id).limit(count))


def next_meeting(group_id: int, today: dt.date | None = None) -> Meeting | None:
    """The first meeting on or after today that is not cancelled (held today counts)."""
    found = upcoming_meetings(group_id, count=1, today=today)
    return found[0] if found else None


def held_meetings(group_id: int) -> list[Meeting]:
    query = Meeting.select().where(of_group(group_id) & (Meeting.status == MeetingStatus.HELD))
    return list(query.order_by(Meeting.local_date, Meeting.starts_at, Meeting.id))


def unrecorded_meetings(group_id: int, today: dt.date | None = None) -> list[Meeting]:
    """Meetings before today still planned: held but not yet recorded, or forgotten."""
    query = Meeting.select().where(
        of_group(group_id)
        & (Meeting.local_date < today_or(today))
        & (Meeting.status == MeetingStatus.PLANNED)
    )
    return list(query.order_by(Meeting.local_date, Meeting.starts_at, Meeting.id))


# --- changing one meeting ---------------------------------------------------------------


def _must_be_planned(meeting: Meeting) -> None:
    """Only a planned meeting moves."""
    if meeting.status == MeetingStatus.HELD:
        raise ValidationError(
            {
                "meeting": Words(
                    "Meetings", "This meeting was held and recorded, so it cannot be moved."
                )
            }
        )
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(
            {
                "meeting": Words(
                    "Meetings", "This meeting is cancelled; restore it before it is moved."
                )
            }
        )


def _date_free(group_id: int, day: dt.date, except_id: int | None = None) -> None:
    """ValidationError unless `day` can take a meeting: none there yet, and no break."""
    other = (
        Meeting.select()
        .where(
            of_group(group_id)
            & (Meeting.local_date == day)
            & (Meeting.status != MeetingStatus.CANCELLED)
            & (Meeting.id != (except_id or 0))
        )
        .first()
    )
    if other is not None:
        raise ValidationError(
            {
                "date": Words(
                    "Meetings",
                    "The group already has a meeting on {day:numeric}; choose another date.",
                    {"day": day},
                )
            }
        )
    gap = break_on(list_breaks(group_id), day)
    if gap is not None:
        dates = {"day": day, "first": gap.first_date, "last": gap.last_date}
        if gap.label:
            words = Words(
                "Meetings",
                "{day:numeric} falls in the break “{label}” ({first:numeric} to "
                "{last:numeric}); change the break first or choose another date.",
                {**dates, "label": gap.label},
            )
        else:
            words = Words(
                "Meetings",
                "{day:numeric} falls in a break ({first:numeric} to {last:numeric}); "
                "change the break first or choose another date.",
                dates,
            )
        raise ValidationError({"date": words})


def _unpin(meeting_id: int) -> None:
    RotaPin.delete().where(RotaPin.meeting == meeting_id).execute()


def cancel_meeting(meeting_id: int, reason: str = "", *, expected: str | None = None) -> Meeting:
    """Cancel one meeting. The reason is a short practical note ("bank holiday").
    `expected`: the meeting's status as the page showed it; if it changed elsewhere
    since, `refusal.ChangedElsewhere` and nothing is saved."""
    meeting = get_meeting(meeting_id)
    if meeting.status == MeetingStatus.HELD:
        raise ValidationError(
            {
                "meeting": Words(
                    "Meetings", "This meeting was held and recorded, so it cannot be cancelled."
                )
            }
        )
    reason = " ".join(reason.split())
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            {
                "reason": Words(
                    "Meetings",
                    "The reason can be at most {most} characters long.",
                    {"most": REASON_MAX_LENGTH},
                )
            }
        )
    with database_proxy.atomic():
        if expected is not None:
            meeting = lock_meeting(meeting_id)
            # A meeting that is not cancelled has no reason: cancelled elsewhere with
            # the same reason is the same change, with another one it is not.
            unchanged(
                (expected, ""),
                (meeting.status, meeting.cancel_reason),
                (MeetingStatus.CANCELLED, reason),
                _CHANGED,
            )
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
            of_group(meeting.group_id)
            & (Meeting.local_date == meeting.local_date)
            & (Meeting.status != MeetingStatus.CANCELLED)
            & (Meeting.id != meeting.id)
        )
        .exists()
    )
    if clash:
        raise ValidationError(
            {
                "date": Words(
                    "Meetings", "Another meeting now takes that date; move one of them first."
                )
            }
        )
    meeting.status = MeetingStatus.PLANNED
    meeting.cancel_reason = ""
    meeting.cancelled_by_break = None
    meeting.updated_at = utc_now()
    with database_proxy.atomic():
        meeting.save()
    return meeting


def move_meeting(
    meeting_id: int,
    new_date: dt.date,
    new_start: dt.time | None = None,
    *,
    expected: dt.datetime | None = None,
) -> Meeting:
    """Put one planned meeting on another date (and time; default: the same time).

    Its `regular_date` stays, so the pattern does not make the old date again.
    `expected`: when it started (`starts_at`) as the page showed it; if it was moved,
    cancelled or recorded elsewhere since, `refusal.ChangedElsewhere`, nothing saved.
    """
    meeting = get_meeting(meeting_id)
    _must_be_planned(meeting)
    _date_free(meeting.group_id, new_date, except_id=meeting.id)
    start = new_start if new_start is not None else local_start_time(meeting)
    with database_proxy.atomic():
        if expected is not None:
            meeting = lock_meeting(meeting_id)
            wanted = utc_start(new_date, start, meeting.timezone)
            seen = (MeetingStatus.PLANNED, expected)
            unchanged(seen, (meeting.status, meeting.starts_at), (meeting.status, wanted), _CHANGED)
            _must_be_planned(meeting)
        meeting.local_date = new_date
        meeting.starts_at = utc_start(new_date, start, meeting.timezone)
        meeting.updated_at = utc_now()
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
            mode=group.meeting_mode,
        )
