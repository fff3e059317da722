"""Who led and who co-led each meeting.

Recorded on the meeting since schema 6 (`Meeting.leader`, `Meeting.co_leader`). For a
held meeting with nothing recorded (older meetings, imported history) the leaders are
read off the attendance instead: the group's leaders who were present, by name — the
first led, the second co-led. Every export (CPD record, leader log) asks here, so the
rule is one rule. `set_leaders` records them (the Meeting page's check-in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from balintdesk.domain.records import Sentence
from balintdesk.domain.roster import name_key
from balintdesk.domain.words import Words
from balintdesk.store.attendance import get_meeting
from balintdesk.store.concurrency import lock_meeting
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingStatus,
    Member,
    database_proxy,
    utc_now,
)
from balintdesk.store.refusal import unchanged
from balintdesk.store.roster import ValidationError


def leaders_of_meetings(meeting_ids: Iterable[int]) -> dict[int, tuple[int | None, int | None]]:
    """{meeting id: (leader's member id, co-leader's member id)}; None where nobody is
    recorded or inferred. Every id asked for is in the answer."""
    ids = list(dict.fromkeys(meeting_ids))
    result: dict[int, tuple[int | None, int | None]] = {}
    if not ids:
        return result
    unrecorded: list[int] = []
    for chunk in _chunks(ids):
        for meeting_id, leader_id, co_leader_id in (
            Meeting.select(Meeting.id, Meeting.leader, Meeting.co_leader)
            .where(Meeting.id.in_(chunk))
            .tuples()
        ):
            result[meeting_id] = (leader_id, co_leader_id)
            if leader_id is None and co_leader_id is None:
                unrecorded.append(meeting_id)
    present: dict[int, list[tuple[str, int]]] = {}
    for chunk in _chunks(unrecorded):
        rows = (
            Attendance.select(Attendance.meeting, Member.id, Member.name)
            .join(Member)
            .where(
                Attendance.meeting.in_(chunk),
                Attendance.status == AttendanceStatus.PRESENT,
                Member.is_leader == True,  # noqa: E712  (peewee builds SQL from ==)
            )
            .tuples()
        )
        for meeting_id, member_id, name in rows:
            present.setdefault(meeting_id, []).append((name_key(name), member_id))
    for meeting_id, leaders in present.items():
        ordered = [member_id for _key, member_id in sorted(leaders)]
        result[meeting_id] = (ordered[0], ordered[1] if len(ordered) > 1 else None)
    for meeting_id in ids:
        result.setdefault(meeting_id, (None, None))
    return result


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    # SQLite limits the number of parameters in one statement (999 in older builds).
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def set_leaders(
    meeting_id: int,
    leader_id: int | None,
    co_leader_id: int | None,
    today: dt.date | None = None,
    *,
    expected: tuple[int | None, int | None] | None = None,
) -> Meeting:
    """Record who led and who co-led the meeting; (None, None) forgets the record, so the
    leaders are read off the attendance again.

    Both must be members of the meeting's group and two different people; someone who is
    archived can stay recorded but not be newly chosen. A cancelled meeting or one still
    to come takes no leaders. Raises roster.ValidationError with a sentence per field
    ("leader", "co_leader", "meeting"): English text that carries its Words
    (domain.records.Sentence), for the window to say in the user's language.
    `expected`: (leader id, co-leader id) as recorded when the page loaded them
    (`recorded_leaders`); if they were changed elsewhere since,
    `refusal.ChangedElsewhere` and nothing is saved.
    """
    meeting = get_meeting(meeting_id)
    errors: dict[str, Sentence] = {}
    if meeting.status == MeetingStatus.CANCELLED:
        errors["meeting"] = Sentence(
            Words("Leaders", "This meeting is cancelled; restore it before saving who led it.")
        )
    elif meeting.local_date > (today or dt.date.today()):
        errors["meeting"] = Sentence(
            Words("Leaders", "This meeting is still to come; say who led it on the day or after.")
        )
    if leader_id is None and co_leader_id is not None:
        errors["leader"] = Sentence(Words("Leaders", "Choose who led before choosing who co-led."))
    elif leader_id is not None and leader_id == co_leader_id:
        errors["co_leader"] = Sentence(
            Words("Leaders", "The same person cannot lead and co-lead; choose someone else.")
        )
    recorded = {meeting.leader_id, meeting.co_leader_id}
    for field, member_id in (("leader", leader_id), ("co_leader", co_leader_id)):
        if member_id is None or field in errors:
            continue
        member = Member.get_or_none(Member.id == member_id)
        if member is None or member.group_id != meeting.group_id:
            errors[field] = Sentence(
                Words("Leaders", "That person is not a member of this meeting's group.")
            )
        elif member.is_archived and member_id not in recorded:
            errors[field] = Sentence(
                Words(
                    "Leaders",
                    "{name} is archived; restore them on the Roster page first.",
                    {"name": member.name},
                )
            )
    if errors:
        raise ValidationError(errors)
    with database_proxy.atomic():
        if expected is not None:
            meeting = lock_meeting(meeting_id)
            unchanged(
                tuple(expected),
                (meeting.leader_id, meeting.co_leader_id),
                (leader_id, co_leader_id),
                Words(
                    "Leaders",
                    "Who led this meeting was changed on another computer in the meantime, "
                    "so your choice was not saved. The page now shows what is recorded.",
                ),
            )
        meeting.leader = leader_id
        meeting.co_leader = co_leader_id
        meeting.updated_at = utc_now()
        meeting.save()
    return meeting


def recorded_leaders(meeting_id: int) -> tuple[int | None, int | None]:
    """Only what was recorded (no inference): (leader id, co-leader id)."""
    meeting = get_meeting(meeting_id)
    return meeting.leader_id, meeting.co_leader_id


def leader_choices(meeting_id: int) -> list[Member]:
    """Who the Meeting page offers as leader and co-leader: the group's active leaders by
    name, then anyone recorded on this meeting who is not among them (archived since, or
    a member who stood in), so a record always shows as it is."""
    meeting = get_meeting(meeting_id)
    people = list(
        Member.select()
        .where(
            (Member.group == meeting.group_id)
            & (Member.is_leader == True)  # noqa: E712  (peewee builds SQL from ==)
            & Member.archived_at.is_null()
        )
        .order_by(Member.name_key)
    )
    offered = {person.id for person in people}
    for member_id in (meeting.leader_id, meeting.co_leader_id):
        if member_id is not None and member_id not in offered:
            people.append(Member.get_by_id(member_id))
            offered.add(member_id)
    return people
