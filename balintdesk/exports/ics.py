"""The group's meetings as an iCalendar file (.ics) for Outlook, Google or Apple Calendar.

Written with the `icalendar` library, never by hand: it folds long lines, escapes commas
and semicolons in a room or a name, and makes the VTIMEZONE from the same zoneinfo data
the meetings are stored with. Each event's DTSTART and DTEND carry TZID=<the meeting's
zone>, so 12:30 in London stays 12:30 on both sides of a clock change.

Re-importing updates instead of duplicating: a meeting's UID is fixed (the database's
random namespace plus the row id, domain/rota_sheet.py), and SEQUENCE and LAST-MODIFIED
move on whenever what the event says changes — a move, a cancellation, a new presenter
or reserve — and stay put when it does not (store/calendar_sent.py). Cancelled meetings
stay in the file with STATUS:CANCELLED, so a calendar that already holds them marks or
removes them; so do the meetings a change of pattern deleted (store/withdrawn.py), under
their old UID with a higher SEQUENCE.

METHOD:PUBLISH, so every event names its ORGANIZER (RFC 5546 3.2.1; see
domain.rota_sheet.feed_organizer for which one). The file passes libical's iTIP check
(icalrestriction_check), which tests/exports/test_ics_libical.py runs on it.

The words (SUMMARY, DESCRIPTION, the calendar's NAME) are in the user's language; the
property names, STATUS values and the PRODID stay as RFC 5545 has them. LOCATION is the
room as the group typed it.

No Qt here: the command line writes calendars without loading it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText

from balintdesk.domain.rota_sheet import (
    PRODID,
    CalendarFeed,
    FeedEvent,
    description_words,
    file_safe,
    summary_words,
)
from balintdesk.fileio import write_bytes_atomic
from balintdesk.i18n import data_name, fill, say, shown, translate

__all__ = [
    "calendar_bytes",
    "default_ics_name",
    "event_description",
    "summary_of",
    "write_calendar",
]

# VTIMEZONE rules reach a little either side of the events (icalendar's default is
# 1970–2038, pages of transitions nobody needs).
_ZONE_MARGIN = dt.timedelta(days=366)


def default_ics_name(group_name: str) -> str:
    """The file name a save dialog suggests: "Riverside Balint group.ics"."""
    safe = file_safe(group_name, "Balint")
    return fill(translate("Calendar", "{group} Balint group.ics"), group=safe)


def summary_of(group_name: str) -> str:
    """The events' SUMMARY and the calendar's NAME: "Riverside — Balint group"."""
    return say(summary_words(group_name))


def event_description(event: FeedEvent) -> str:
    """The event's DESCRIPTION, in the user's language: who presents (and the reserve), or
    why it is cancelled (a reason the app wrote, such as a break's, translated). Names
    only: a meeting carries no case content. (What decides whether an event changed, and
    so its SEQUENCE, is the domain's English wording, domain.rota_sheet.event_content_key:
    a change of language moves no SEQUENCE on.)"""
    said = replace(event, cancel_reason=data_name(event.cancel_reason))
    return "\n".join(shown(line) for line in description_words(said))


def _organizer(feed: CalendarFeed) -> vCalAddress:
    # Not vCalAddress.new: it puts "mailto:" before any value, a urn:uuid: too.
    organizer = vCalAddress(feed.organizer.address)
    organizer.params["CN"] = feed.organizer.name
    return organizer


def _event(feed: CalendarFeed, item: FeedEvent) -> Event:
    summary = summary_of(feed.group_name)
    event = Event.new(
        uid=item.uid,
        stamp=feed.generated_at,
        start=item.start,
        end=item.end,
        summary=(
            fill(translate("Calendar", "Cancelled: {summary}"), summary=summary)
            if item.cancelled
            else summary
        ),
        description=event_description(item),
        location=item.room or None,
        sequence=item.sequence,
        status="CANCELLED" if item.cancelled else "CONFIRMED",
        last_modified=item.last_modified,
        organizer=_organizer(feed),
    )
    if item.cancelled:
        event.add("TRANSP", "TRANSPARENT")  # a cancelled meeting leaves the hour free
    return event


def calendar_bytes(feed: CalendarFeed) -> bytes:
    """The feed as an iCalendar (RFC 5545) file: UTF-8, CRLF line ends."""
    calendar = Calendar.new(prodid=PRODID, method="PUBLISH", uid=feed.calendar_uid)
    # The calendar's name as TEXT (RFC 7986 5.1), so a comma, semicolon or backslash in
    # the group's name is escaped (RFC 5545 3.3.11). Calendar.new(name=...) writes it as
    # an unknown value, unescaped: "Smith, Jones" came out as "NAME:Smith, Jones".
    # X-WR-CALNAME is the older name Apple and Google Calendar read.
    for name in ("NAME", "X-WR-CALNAME"):
        calendar.add(name, vText(summary_of(feed.group_name)))
    for item in feed.events:
        calendar.add_component(_event(feed, item))
    if feed.events:
        first = min(item.start for item in feed.events).date() - _ZONE_MARGIN
        last = max(item.end for item in feed.events).date() + _ZONE_MARGIN
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


def write_calendar(feed: CalendarFeed, path: Path) -> int:
    """Write the feed to `path`, whole or not at all; the number of events written.
    Raises OSError with the OS's reason when the folder cannot be written."""
    write_bytes_atomic(Path(path), calendar_bytes(feed))
    return len(feed.events)
