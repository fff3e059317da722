"""What the calendar file last said about each meeting, so the next one can say what changed.

A calendar that imported an event replaces it only with a copy of a higher SEQUENCE
(RFC 5546 2.1.4: "the 'SEQUENCE' property value ... [is] used to determine the most
recent version"; RFC 5545 3.8.7.4: it is incremented each time the Organizer makes a
significant revision). A meeting row's own change (a move, a cancellation) shows in its
`updated_at`; who presents does not — the rota is worked out afresh at each export — so
a new presenter used to go out under the old SEQUENCE and calendars kept the old name.

So every export compares each event with the digest stored at the last one
(`domain.rota_sheet.event_content_key`, table calendar_event_sent):

- the same: the stored SEQUENCE and LAST-MODIFIED again — a re-export changes nothing;
- different: SEQUENCE above the stored one, LAST-MODIFIED the time of this export;
- never exported (a new meeting, or the first export after the upgrade): the SEQUENCE
  the row gives (`sequence_of`), which is what earlier versions sent, so calendars that
  hold their files see no change where there was none.

A changed event's SEQUENCE is also at least the seconds from the row's making to now,
the clock `sequence_of` counts in: it keeps rising even after a backup from before the
last export is restored, which takes this table back in time with everything else.

Both the Rota page and `balintdesk export ics` build the feed through
`rota_sheet.calendar_feed`, which calls `settle` here, so one history serves both, and it
lives in the group database, so it outlasts a restart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from balintdesk.domain.rota_sheet import CalendarFeed, FeedEvent, event_content_key
from balintdesk.store.models import CalendarEventSent, database_proxy

# SQLite's limit on parameters in one statement is 999 in older builds.
_CHUNK = 500


@dataclass(frozen=True)
class Outgoing:
    """One event about to be written: `meeting_id` is its UID's row id (live or
    withdrawn); `clock_sequence` the seconds from the row's making to now (or the
    event's own SEQUENCE where the row is gone)."""

    meeting_id: int
    event: FeedEvent
    clock_sequence: int


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def _naive(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)


def _stored(meeting_ids: Sequence[int]) -> dict[int, CalendarEventSent]:
    found: dict[int, CalendarEventSent] = {}
    for start in range(0, len(meeting_ids), _CHUNK):
        chunk = meeting_ids[start : start + _CHUNK]
        for row in CalendarEventSent.select().where(CalendarEventSent.meeting_id.in_(chunk)):
            found[row.meeting_id] = row
    return found


def settle(feed: CalendarFeed, outgoing: Iterable[Outgoing]) -> CalendarFeed:
    """`feed` with each event's SEQUENCE and LAST-MODIFIED as the export history has
    them, that history brought up to date. `feed.generated_at` is the time of this
    export. In one write transaction, so two exports at once (the window and the command
    line) cannot both take the same step up for different contents."""
    items = list(outgoing)
    now = feed.generated_at.astimezone(dt.UTC).replace(microsecond=0)
    settled: dict[str, FeedEvent] = {}
    with database_proxy.atomic("IMMEDIATE"):
        stored = _stored([item.meeting_id for item in items])
        for item in items:
            key = event_content_key(feed, item.event)
            before = stored.get(item.meeting_id)
            if before is None:
                event = item.event
                CalendarEventSent.create(
                    meeting_id=item.meeting_id,
                    content_key=key,
                    sequence=event.sequence,
                    modified_at=_naive(event.last_modified),
                )
            elif before.content_key == key:
                event = replace(
                    item.event,
                    sequence=before.sequence,
                    last_modified=_aware(before.modified_at),
                )
            else:
                sent_at = _aware(before.modified_at)
                event = replace(
                    item.event,
                    sequence=max(before.sequence + 1, item.event.sequence, item.clock_sequence),
                    # Later than the copy a calendar holds, even if the clock went back.
                    last_modified=max(
                        now, item.event.last_modified, sent_at + dt.timedelta(seconds=1)
                    ),
                )
                before.content_key = key
                before.sequence = event.sequence
                before.modified_at = _naive(event.last_modified)
                before.save()
            settled[event.uid] = event
    return replace(feed, events=tuple(settled[event.uid] for event in feed.events))
