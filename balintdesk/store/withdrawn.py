"""Withdrawn meetings: future rows a change of pattern deleted, remembered for the
calendar file.

A calendar that imported an event keeps it until a later import says otherwise; an event
that simply vanishes from the file stays there for ever, next to the new pattern's. So
before `schedule.reschedule` deletes a meeting it writes down what the event was, and
`rota_sheet.calendar_feed` sends it again as cancelled, with its old UID and a higher
SEQUENCE. The printed rota never shows them: they were not cancelled meetings, the
group simply no longer meets on that day.
"""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.rota_sheet import withdrawn_sequence
from balintdesk.domain.words import translatable
from balintdesk.store.models import Meeting, MeetingStatus, WithdrawnMeeting, utc_now

# The cancel reason the calendar gives a meeting that a change of pattern took away. Stored
# in English; the edge shows it translated (translate("Rota", reason)), as a reason a
# leader typed falls through unchanged.
WITHDRAWN_REASON = translatable("Rota", "The group's meeting dates changed")


def withdraw(row: Meeting) -> None:
    """Delete a future meeting row, remembering its event (call inside a transaction)."""
    now = utc_now()
    cancelled = row.status == MeetingStatus.CANCELLED
    WithdrawnMeeting.create(
        group=row.group_id,
        meeting_id=row.id,
        local_date=row.local_date,
        starts_at=row.starts_at,
        length_minutes=row.length_minutes,
        room=row.room,
        timezone=row.timezone,
        reason=row.cancel_reason if cancelled else WITHDRAWN_REASON,
        calendar_sequence=withdrawn_sequence(row.created_at, row.updated_at, now),
        withdrawn_at=now,
    )
    row.delete_instance()


def withdrawn_between(group_id: int, first: dt.date, last: dt.date) -> list[WithdrawnMeeting]:
    """The group's withdrawn meetings dated `first` to `last`. One whose id a live row
    has is left out: new rows are numbered past withdrawn ids (models.Meeting.save), so
    only a hand-edited database could have one, and the live event must win its UID."""
    query = WithdrawnMeeting.select().where(
        (WithdrawnMeeting.group == group_id)
        & WithdrawnMeeting.local_date.between(first, last)
        & WithdrawnMeeting.meeting_id.not_in(Meeting.select(Meeting.id))
    )
    return list(query.order_by(WithdrawnMeeting.local_date, WithdrawnMeeting.starts_at))
