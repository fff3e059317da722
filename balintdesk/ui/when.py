"""Dates and times as people read them, in the meeting's own time zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from balintdesk.store.models import Meeting


def local_start(meeting: Meeting) -> dt.datetime:
    """The meeting's start on the wall clock of its room (stored as naive UTC)."""
    zone = zoneinfo.ZoneInfo(meeting.timezone)
    return meeting.starts_at.replace(tzinfo=dt.UTC).astimezone(zone)


def long_date(value: dt.date) -> str:
    """ "Tuesday 3 March 2026" """
    return f"{value:%A} {value.day} {value:%B %Y}"


def short_date(value: dt.date) -> str:
    """ "Tue 3 Mar 2026" """
    return f"{value:%a} {value.day} {value:%b %Y}"


def meeting_when(meeting: Meeting) -> str:
    """ "Tuesday 3 March 2026, 12:30–13:45" """
    start = local_start(meeting)
    end = start + dt.timedelta(minutes=meeting.length_minutes)
    return f"{long_date(start.date())}, {start:%H:%M}–{end:%H:%M}"
