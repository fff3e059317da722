"""The printable rota and the calendar feed, as plain values: what the store gathers and
the PDF and .ics writers lay out. No Qt, no database here."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from balintdesk.domain.words import Words

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

PRODID = "-//BalintDesk//Balint group rota//EN"
UID_DOMAIN = "balintdesk"
# What a mailto: URI may hold as it is (RFC 6068 2: unreserved, "@" and some sub-delims);
# everything else is percent-encoded, UTF-8 first. Not urllib.parse: the tree imports no
# part of urllib (tests/test_layers.py), and this is all that is needed of it.
_MAILTO_AS_IS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@!$'*+-._~"
)


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
class FeedOrganizer:
    """The ORGANIZER every event names: `name` is its CN, `address` a URI (RFC 5545
    3.3.3 CAL-ADDRESS): a leader's mailto:, or a urn:uuid: that names without reaching."""

    name: str
    address: str


@dataclass(frozen=True)
class FeedLeader:
    """A leader of the group, as the organizer is chosen from."""

    member_id: int
    name: str
    email: str


@dataclass(frozen=True)
class CalendarFeed:
    group_name: str
    calendar_uid: str
    generated_at: dt.datetime  # aware UTC: the feed's DTSTAMP
    events: tuple[FeedEvent, ...]
    organizer: FeedOrganizer


def meeting_uid(namespace: str, meeting_id: int) -> str:
    """A meeting's calendar UID: the database's random namespace keeps two practices'
    (or two copies') meeting 7 apart; the row id keeps it through a move."""
    return f"{namespace}-meeting-{meeting_id}@{UID_DOMAIN}"


def group_calendar_uid(namespace: str, group_id: int) -> str:
    return f"{namespace}-group-{group_id}@{UID_DOMAIN}"


def feed_organizer(
    namespace: str, group_id: int, group_name: str, leaders: Sequence[FeedLeader]
) -> FeedOrganizer:
    """Who publishes the group's calendar. METHOD:PUBLISH needs an ORGANIZER on every
    event (RFC 5546 3.2.1: "The 'Organizer' MUST be present in a published iCalendar
    component"; libical's icalrestriction_check fails the file without one).

    The first leader (in the order given) who has an email, as mailto: — the address
    Outlook resolves an ORGANIZER by ([MS-OXCICAL] 2.1.3.1.1.20.16: parsed as a mailto
    URI, else a one-off entry from the address and the CN) and the one a member would
    write to. Without an email BalintDesk knows no address, and makes none up: the CN
    names the first leader (or, with no leader, the group) and the value is a urn:uuid:
    (RFC 4122), a URI that identifies without pointing at any server or mailbox, as
    CalDAV servers do for calendar users who have no email (Apple's Calendar Server
    supports "urn:uuid" addresses for exactly those). Derived from this database's
    namespace, so it is the same in every export and never another practice's."""
    with_email = [leader for leader in leaders if leader.email]
    chosen = with_email[0] if with_email else (leaders[0] if leaders else None)
    if chosen is not None and chosen.email:
        return FeedOrganizer(chosen.name, "mailto:" + _percent_encoded(chosen.email))
    base = uuid.UUID(namespace)
    if chosen is not None:
        return FeedOrganizer(chosen.name, uuid.uuid5(base, f"member-{chosen.member_id}").urn)
    return FeedOrganizer(summary_of(group_name), uuid.uuid5(base, f"group-{group_id}").urn)


def _percent_encoded(address: str) -> str:
    return "".join(
        char if char in _MAILTO_AS_IS else "".join(f"%{byte:02X}" for byte in char.encode())
        for char in address
    )


def event_content_key(feed: CalendarFeed, event: FeedEvent) -> str:
    """A digest of everything the event says apart from when it was written (DTSTAMP,
    SEQUENCE, LAST-MODIFIED): two exports that give an event the same key say the same
    thing, so it keeps its SEQUENCE; a different key means a calendar must take it anew."""
    said = {
        "uid": event.uid,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "zone": str(event.start.tzinfo),
        "room": event.room,
        "presenters": list(event.presenters),
        "reserve": event.reserve,
        "cancelled": event.cancelled,
        "cancel_reason": event.cancel_reason,
        "summary": summary_of(feed.group_name),
        "description": event_description(event),
        "organizer": [feed.organizer.name, feed.organizer.address],
    }
    text = json.dumps(said, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


def names_words(presenters: Sequence[str]) -> Words:
    """ "Ann and Ben" ("Ann und Ben"): `names` as Words."""
    if len(presenters) < 2:
        return Words("Rota", "{name}", {"name": "".join(presenters)})
    return Words(
        "Rota",
        "{names} and {last}",
        {"names": ", ".join(presenters[:-1]), "last": presenters[-1]},
    )


def summary_words(group_name: str) -> Words:
    """`summary_of` as Words: "Riverside — Balint group" in the user's language."""
    return Words("Rota", "{group} — Balint group", {"group": group_name})


def description_words(event: FeedEvent) -> list[Words]:
    """`event_description`'s lines as Words, for the edge to say in the user's language
    (a cancel reason the app wrote, such as a break's, is translated there too)."""
    if event.cancelled:
        if event.cancel_reason:
            return [Words("Rota", "Cancelled: {reason}", {"reason": event.cancel_reason})]
        return [Words("Rota", "Cancelled.")]
    lines = []
    if len(event.presenters) > 1:
        lines.append(Words("Rota", "Presenters: {names}", {"names": names_words(event.presenters)}))
    elif event.presenters:
        lines.append(Words("Rota", "Presenter: {name}", {"name": event.presenters[0]}))
    else:
        lines.append(Words("Rota", "Presenter: not planned yet"))
    if event.reserve:
        lines.append(Words("Rota", "Reserve: {name}", {"name": event.reserve}))
    lines.append(Words("Rota", "From the rota in BalintDesk; the plan may change."))
    return lines


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
