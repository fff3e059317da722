"""A leader's log for accreditation: the entries they add by hand, and the whole log over a
period with the sessions read off the meeting records.

Sessions: the member's group's held meetings in the period where they were present or
recorded as leader or co-leader. Who led is `store.leaders.leaders_of_meetings`' answer
(recorded, else inferred from the present leaders), so the log agrees with every other
export. A leader who was present but neither recorded nor inferred as leader (a third
leader, say) attended as a member. A session's length is what the phase timer measured,
else the meeting's planned length.

Entries: only a leader (`Member.is_leader`) starts a log; a former leader may still
correct or delete theirs. Notes go through the privacy guard: the shared database never
holds a patient's details. Raises roster.ValidationError with a sentence per field.
"""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.leader_log import (
    CO_LED,
    LED,
    MEMBER,
    LeaderLog,
    LoggedEntry,
    LoggedSession,
    clean_note,
    validate_entry,
)
from balintdesk.domain.records import Sentence
from balintdesk.domain.words import Words
from balintdesk.store.leaders import leaders_of_meetings
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    LeaderLogEntry,
    Meeting,
    MeetingStatus,
    Member,
    database_proxy,
    utc_now,
)
from balintdesk.store.roster import NotFoundError, ValidationError, get_group, get_member
from balintdesk.store.timer_runs import measured_seconds

# --- entries ------------------------------------------------------------------------------


def get_entry(entry_id: int) -> LeaderLogEntry:
    entry = LeaderLogEntry.get_or_none(LeaderLogEntry.id == entry_id)
    if entry is None:
        raise NotFoundError(f"There is no leader log entry with id {entry_id}.")
    return entry


def list_entries(
    member_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[LeaderLogEntry]:
    """The member's entries, oldest first, within [start, end] when given."""
    query = LeaderLogEntry.select().where(LeaderLogEntry.member == member_id)
    if start is not None:
        query = query.where(LeaderLogEntry.day >= start)
    if end is not None:
        query = query.where(LeaderLogEntry.day <= end)
    return list(query.order_by(LeaderLogEntry.day, LeaderLogEntry.id))


def _checked(
    day: dt.date, kind: str, minutes: int, note: str, today: dt.date | None
) -> tuple[dt.date, str, int, str]:
    errors = validate_entry(day, kind, minutes, note, today or dt.date.today())
    if errors:
        raise ValidationError(errors)
    return day, kind, minutes, clean_note(note)


def add_entry(
    member_id: int,
    day: dt.date,
    kind: str,
    minutes: int,
    note: str = "",
    today: dt.date | None = None,
) -> LeaderLogEntry:
    """A new entry in the member's log; only leaders keep one."""
    member = get_member(member_id)
    if not member.is_leader:
        words = Words(
            "LeaderLog",
            "Only leaders keep a leader log, and {name} is not marked as a leader; tick "
            "“Leads the group” on the Roster page first.",
            {"name": member.name},
        )
        raise ValidationError({"member": Sentence(words)})
    day, kind, minutes, note = _checked(day, kind, minutes, note, today)
    with database_proxy.atomic():
        return LeaderLogEntry.create(
            member=member_id, day=day, kind=kind, minutes=minutes, note=note
        )


def update_entry(
    entry_id: int,
    day: dt.date,
    kind: str,
    minutes: int,
    note: str = "",
    today: dt.date | None = None,
) -> LeaderLogEntry:
    entry = get_entry(entry_id)
    entry.day, entry.kind, entry.minutes, entry.note = _checked(day, kind, minutes, note, today)
    entry.updated_at = utc_now()
    with database_proxy.atomic():
        entry.save()
    return entry


def delete_entry(entry_id: int) -> None:
    """The leader's own hand-made entry; nothing else refers to it."""
    with database_proxy.atomic():
        deleted = LeaderLogEntry.delete().where(LeaderLogEntry.id == entry_id).execute()
    if not deleted:
        raise NotFoundError(f"There is no leader log entry with id {entry_id}.")


# --- the log ------------------------------------------------------------------------------


def keeps_leader_log(member_id: int) -> bool:
    """A leader now, or someone with a log already (entries, or meetings recorded as led
    or co-led): a former leader can still print what they did."""
    member = get_member(member_id)
    if member.is_leader:
        return True
    if LeaderLogEntry.select().where(LeaderLogEntry.member == member_id).exists():
        return True
    return (
        Meeting.select()
        .where((Meeting.leader == member_id) | (Meeting.co_leader == member_id))
        .exists()
    )


def _held_in(group_id: int, start: dt.date, end: dt.date):  # a peewee expression
    return (
        (Meeting.group == group_id)
        & (Meeting.status == MeetingStatus.HELD)
        & (Meeting.local_date >= start)
        & (Meeting.local_date <= end)
    )


def leader_log(member_id: int, start: dt.date, end: dt.date) -> LeaderLog:
    """The member's log from `start` to `end`, both days included."""
    member = get_member(member_id)
    group = get_group(member.group_id)
    in_period = _held_in(member.group_id, start, end)
    held = list(
        Meeting.select()
        .where(in_period)
        .order_by(Meeting.local_date, Meeting.starts_at, Meeting.id)
    )
    leaders = leaders_of_meetings(meeting.id for meeting in held)
    present = {
        meeting_id
        for (meeting_id,) in Attendance.select(Attendance.meeting)
        .join(Meeting)
        .where(
            in_period,
            Attendance.member == member_id,
            Attendance.status == AttendanceStatus.PRESENT,
        )
        .tuples()
    }
    measured = measured_seconds(Meeting.select(Meeting.id).where(in_period))
    # The group's members by id: the other leader of a session is one of them.
    names = dict(
        Member.select(Member.id, Member.name).where(Member.group == member.group_id).tuples()
    )
    sessions = []
    for meeting in held:
        leader_id, co_leader_id = leaders[meeting.id]
        if member_id == leader_id:
            role, other = LED, co_leader_id
        elif member_id == co_leader_id:
            role, other = CO_LED, leader_id
        elif meeting.id in present:
            role, other = MEMBER, None
        else:
            continue
        seconds = measured.get(meeting.id)
        sessions.append(
            LoggedSession(
                meeting_id=meeting.id,
                day=meeting.local_date,
                group=group.name,
                role=role,
                with_leader=names.get(other, "") if other is not None else "",
                minutes=round(seconds / 60) if seconds else meeting.length_minutes,
                measured=bool(seconds),
            )
        )
    entries = tuple(
        LoggedEntry(e.id, e.day, e.kind, e.minutes, e.note)
        for e in list_entries(member_id, start, end)
    )
    return LeaderLog(
        member_id=member_id,
        leader=member.name,
        group=group.name,
        start=start,
        end=end,
        sessions=tuple(sessions),
        entries=entries,
    )
