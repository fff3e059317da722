"""Breaks: stretches without meetings (all of August, Christmas).

A break cancels the planned meetings inside it and links them to itself
(`Meeting.cancelled_by_break`), so removing it restores exactly those: a meeting the
leader cancelled on its own inside the break stays cancelled. Pattern dates made later
inside a break are made cancelled and linked too (see `schedule.ensure_schedule`).
"""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.words import Words, listed, translatable
from balintdesk.store.models import (
    Meeting,
    MeetingBreak,
    MeetingStatus,
    RotaPin,
    database_proxy,
    utc_now,
)
from balintdesk.store.roster import NotFoundError, ValidationError, get_group

# The cancel reason of a break without a label: stored in English, shown translated.
BREAK_REASON = translatable("Breaks", "Break")
LABEL_MAX_LENGTH = 80


def break_on(breaks: list[MeetingBreak], day: dt.date) -> MeetingBreak | None:
    return next((b for b in breaks if b.first_date <= day <= b.last_date), None)


def list_breaks(group_id: int) -> list[MeetingBreak]:
    query = MeetingBreak.select().where(MeetingBreak.group == group_id)
    return list(query.order_by(MeetingBreak.first_date, MeetingBreak.id))


def add_break(group_id: int, first: dt.date, last: dt.date, label: str = "") -> MeetingBreak:
    """A stretch without meetings; the planned meetings in it are cancelled."""
    get_group(group_id)
    label = " ".join(label.split())
    errors: dict[str, Words] = {}
    if first > last:
        errors["last_date"] = Words(
            "Breaks", "The break ends before it starts; check the two dates."
        )
    if len(label) > LABEL_MAX_LENGTH:
        errors["label"] = Words(
            "Breaks",
            "The name can be at most {most} characters long.",
            {"most": LABEL_MAX_LENGTH},
        )
    if errors:
        raise ValidationError(errors)
    for other in list_breaks(group_id):
        if other.first_date <= last and first <= other.last_date:
            dates = {"first": other.first_date, "last": other.last_date}
            if other.label:
                overlap = Words(
                    "Breaks",
                    "This overlaps “{name}” ({first:numeric} to {last:numeric}); change that "
                    "one instead.",
                    {**dates, "name": other.label},
                )
            else:
                overlap = Words(
                    "Breaks",
                    "This overlaps another break ({first:numeric} to {last:numeric}); change "
                    "that one instead.",
                    dates,
                )
            raise ValidationError({"first_date": overlap})
    inside = Meeting.select().where(
        (Meeting.group == group_id) & Meeting.local_date.between(first, last)
    )
    held = [m.local_date for m in inside if m.status == MeetingStatus.HELD]
    if held:
        raise ValidationError(
            {
                "first_date": Words(
                    "Breaks",
                    "A meeting was held in that time ({dates}); a break cannot cover it.",
                    {
                        "dates": listed(
                            [Words("Breaks", "{day:numeric}", {"day": d}) for d in sorted(held)]
                        )
                    },
                )
            }
        )
    with database_proxy.atomic():
        gap = MeetingBreak.create(group=group_id, first_date=first, last_date=last, label=label)
        planned = [m.id for m in inside if m.status == MeetingStatus.PLANNED]
        if planned:
            Meeting.update(
                status=MeetingStatus.CANCELLED,
                cancel_reason=label or BREAK_REASON,
                cancelled_by_break=gap.id,
                updated_at=utc_now(),
            ).where(Meeting.id.in_(planned)).execute()
            RotaPin.delete().where(RotaPin.meeting.in_(planned)).execute()
    return gap


def remove_break(break_id: int, today: dt.date | None = None) -> None:
    """Delete a break; the meetings it cancelled that are still to come are planned again.

    A meeting inside it that the leader cancelled on its own stays cancelled, and so do
    the break's past meetings: they did not take place.
    """
    gap = MeetingBreak.get_or_none(MeetingBreak.id == break_id)
    if gap is None:
        raise NotFoundError(f"There is no break with id {break_id}.")
    with database_proxy.atomic():
        Meeting.update(
            status=MeetingStatus.PLANNED,
            cancel_reason="",
            cancelled_by_break=None,
            updated_at=utc_now(),
        ).where(
            (Meeting.cancelled_by_break == gap.id)
            & (Meeting.local_date >= (today or dt.date.today()))
        ).execute()
        gap.delete_instance()  # the past ones lose the link (ON DELETE SET NULL)
