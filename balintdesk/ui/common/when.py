"""Dates and times as people read them, in the user's language and the meeting's own time
zone: "Tuesday 3 March 2026, 12:30–13:45", "Dienstag, 3. März 2026, 12:30–13:45"."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from balintdesk import i18n
from balintdesk.i18n import fill, formats, translate
from balintdesk.store.models import Meeting

__all__ = ["local_start", "long_date", "meeting_when", "moment", "short_date"]


def long_date(day: dt.date) -> str:
    """ "Tuesday 3 March 2026", "Dienstag, 3. März 2026" """
    return formats.long_date(day, i18n.language())


def short_date(day: dt.date) -> str:
    """ "Tue 3 Mar 2026", "Di., 3. März 2026" """
    return formats.short_date(day, i18n.language())


def local_start(meeting: Meeting) -> dt.datetime:
    """The meeting's start on the wall clock of its room (stored as naive UTC)."""
    zone = zoneinfo.ZoneInfo(meeting.timezone)
    return meeting.starts_at.replace(tzinfo=dt.UTC).astimezone(zone)


def meeting_when(meeting: Meeting) -> str:
    """ "Tuesday 3 March 2026, 12:30–13:45" """
    start = local_start(meeting)
    end = start + dt.timedelta(minutes=meeting.length_minutes)
    return fill(
        translate("when", "{day:long}, {start}–{end}"),
        day=start.date(),
        start=start.time(),
        end=end.time(),
    )


def moment(when: dt.datetime) -> str:
    """A moment on this computer's clock, for a file's or a backup's time:
    "Tue 3 Sep 2024, 10:00", "Di., 3. Sept. 2024, 10:00"."""
    local = when.astimezone() if when.tzinfo is not None else when
    return fill(translate("when", "{day:short}, {time}"), day=local.date(), time=local.time())
