"""The printable rota and the calendar feed, as plain values: what the store gathers and
the PDF and .ics writers lay out. No Qt, no database here."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

PRODID = "-//BalintDesk//Balint group rota//EN"
UID_DOMAIN = "balintdesk"


@dataclass(frozen=True)
class SheetMeeting:
    """One line of the printed rota: a meeting still to come, planned or cancelled."""

    meeting_id: int
    date: dt.date  # on the wall clock of the meeting's own time zone
    starts: dt.time
    ends: dt.time
    room: str
    presenters: tuple[str, ...] = ()
    reserve: str = ""
    cancelled: bool = False
    cancel_reason: str = ""


@dataclass(frozen=True)
class RotaSheet:
    group_name: str
    printed: dt.date
    meetings: tuple[SheetMeeting, ...]


@dataclass(frozen=True)
class FeedEvent:
    """One meeting as a calendar event. `start` and `end` are aware datetimes in the
    meeting's own zoneinfo zone; `last_modified` is aware UTC."""

    uid: str
    start: dt.datetime
    end: dt.datetime
    room: str
    presenters: tuple[str, ...]
    reserve: str
    cancelled: bool
    cancel_reason: str
    sequence: int
    last_modified: dt.datetime


@dataclass(frozen=True)
class CalendarFeed:
    group_name: str
    calendar_uid: str
    generated_at: dt.datetime  # aware UTC: the feed's DTSTAMP
    events: tuple[FeedEvent, ...]


def meeting_uid(namespace: str, meeting_id: int) -> str:
    """A meeting's calendar UID: the database's random namespace keeps two practices'
    (or two copies') meeting 7 apart; the row id keeps it through a move."""
    return f"{namespace}-meeting-{meeting_id}@{UID_DOMAIN}"


def group_calendar_uid(namespace: str, group_id: int) -> str:
    return f"{namespace}-group-{group_id}@{UID_DOMAIN}"


def sequence_of(created_at: dt.datetime, updated_at: dt.datetime) -> int:
    """SEQUENCE for a meeting row: seconds between its making and its last change. It
    starts at 0 and grows with every change (a move, a cancellation, a restore), so a
    re-imported event wins over the copy a calendar already holds, without our keeping
    a counter. Seconds from creation, not from 1970: that stays far below 2**31."""
    return max(0, int((updated_at - created_at).total_seconds()))


def withdrawn_sequence(
    created_at: dt.datetime, updated_at: dt.datetime, withdrawn_at: dt.datetime
) -> int:
    """SEQUENCE for the cancellation of a meeting row that is being deleted: one more
    than `sequence_of` could ever have given the row, even if it was changed in the same
    second or the clock stepped back, so a calendar takes the cancellation."""
    return sequence_of(created_at, max(updated_at, withdrawn_at)) + 1


def summary_of(group_name: str) -> str:
    return f"{group_name} — Balint group"


def day_label(day: dt.date) -> str:
    """ "Tue 3 Mar 2026", in English whatever the locale, like the rota's reasons."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def time_span(starts: dt.time, ends: dt.time) -> str:
    return f"{starts:%H:%M}–{ends:%H:%M}"


def file_safe(name: str, fallback: str) -> str:
    """`name` with the characters Windows, macOS or Linux refuse in a file name taken
    out, for a save dialog's suggestion."""
    safe = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).split()).strip(" .")
    return safe or fallback


def names(presenters: tuple[str, ...]) -> str:
    return " and ".join(presenters)


def event_description(event: FeedEvent) -> str:
    """The event's DESCRIPTION: who presents (and the reserve), or why it is cancelled.
    Names only: a meeting carries no case content."""
    if event.cancelled:
        reason = f": {event.cancel_reason}" if event.cancel_reason else "."
        return f"Cancelled{reason}"
    lines = []
    if event.presenters:
        label = "Presenters" if len(event.presenters) > 1 else "Presenter"
        lines.append(f"{label}: {names(event.presenters)}")
    else:
        lines.append("Presenter: not planned yet")
    if event.reserve:
        lines.append(f"Reserve: {event.reserve}")
    lines.append("From the rota in BalintDesk; the plan may change.")
    return "\n".join(lines)
