"""Dates and times as people read them, in the meeting's own time zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from balintdesk.domain.dates import long_date, short_date
from balintdesk.store.models import Meeting

__all__ = ["local_start", "long_date", "meeting_when", "short_date"]


def local_start(meeting: Meeting) -> dt.datetime:
    """The meeting's start on the wall clock of its room (stored as naive UTC)."""
    zone = zoneinfo.ZoneInfo(meeting.timezone)
    return meeting.starts_at.replace(tzinfo=dt.UTC).astimezone(zone)


def meeting_when(meeting: Meeting) -> str:
    """ "Tuesday 3 March 2026, 12:30–13:45" """
    start = local_start(meeting)
    end = start + dt.timedelta(minutes=meeting.length_minutes)
    return f"{long_date(start.date())}, {start:%H:%M}–{end:%H:%M}"
