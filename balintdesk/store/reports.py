"""Attendance for appraisal, read off the database: a member's CPD record and the group's
attendance rows for a period.

Only HELD meetings count, and for the CPD record only those the member was marked PRESENT
at. A meeting's length is what its phase log recorded (the timer's actual seconds, summed)
where the timer ran, otherwise its planned length. Who led is `store.leaders`' one rule.

A group may have ten years of meetings, so each function asks the database a fixed
handful of questions (meetings, marks, phase sums, leaders, names), never one a meeting;
the meetings go into the later questions as a subquery, not a list of ids.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import cache

from balintdesk.domain.records import (
    NOT_RECORDED,
    AttendanceRow,
    CpdMeeting,
    CpdRecord,
    Part,
    Sentence,
    part_of,
    seconds_to_minutes,
    where_present,
)
from balintdesk.domain.roster import Role
from balintdesk.domain.words import Words
from balintdesk.store.leaders import leaders_of_meetings
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingStatus,
    Member,
)
from balintdesk.store.roster import ValidationError, get_group, get_member
from balintdesk.store.timer_runs import measured_seconds

__all__ = ["attendance_rows", "check_period", "cpd_record"]


def check_period(start: dt.date, end: dt.date) -> None:
    """ValidationError when the period starts after it ends."""
    if start > end:
        words = Words(
            "Records",
            "The period starts on {start:numeric}, after it ends on {end:numeric}; choose "
            "an end on or after the start.",
            {"start": start, "end": end},
        )
        english = (
            f"The period starts on {start:%d/%m/%Y}, after it ends on {end:%d/%m/%Y}; "
            "choose an end on or after the start."
        )
        raise ValidationError({"period": Sentence(words, english)})


@cache
def _zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def _local_time(starts_at: dt.datetime, timezone: str) -> dt.time:
    """A stored (naive UTC) start as the wall-clock time where the meeting was held."""
    return starts_at.replace(tzinfo=dt.UTC).astimezone(_zone(timezone)).time()


def _timed_minutes(meetings) -> dict[int, int]:  # meetings: a peewee subquery of ids
    """{meeting id: minutes the phase timer measured}, for meetings whose timer ran to
    its end (store.timer_runs.measured_seconds says when that is)."""
    return {
        meeting_id: seconds_to_minutes(total)
        for meeting_id, total in measured_seconds(meetings).items()
    }


def _role_label(value: str) -> str:
    try:
        return Role(value).label
    except ValueError:  # a role a newer version added; show what is stored
        return value


def attended_by(member: Member, start: dt.date, end: dt.date):  # a peewee expression
    """The held meetings of the member's group, from `start` to `end` by local date, at
    which the member was present: what a CPD record and a certificate count."""
    return (
        (Attendance.member == member.id)
        & (Attendance.status == AttendanceStatus.PRESENT)
        & (Meeting.group == member.group_id)
        & (Meeting.status == MeetingStatus.HELD)
        & (Meeting.local_date.between(start, end))
    )


def cpd_record(member_id: int, start: dt.date, end: dt.date) -> CpdRecord:
    """The meetings `member_id` attended from `start` to `end` (both included, by the
    meeting's local date), with each one's length and the member's part.

    The leaders named are the group's active leaders and whoever led or co-led one of
    those meetings (an archived leader included), by name. NotFoundError for an unknown
    member; ValidationError when the period starts after it ends.
    """
    check_period(start, end)
    member = get_member(member_id)
    group = get_group(member.group_id)
    attended = attended_by(member, start, end)
    rows = list(
        Meeting.select(
            Meeting.id,
            Meeting.local_date,
            Meeting.starts_at,
            Meeting.timezone,
            Meeting.length_minutes,
            Attendance.presented,
            Meeting.mode,
            Attendance.mode,
        )
        .join(Attendance, on=(Attendance.meeting == Meeting.id))
        .where(attended)
        .order_by(Meeting.local_date, Meeting.starts_at, Meeting.id)
        .tuples()
    )
    timed = _timed_minutes(
        Meeting.select(Meeting.id)
        .join(Attendance, on=(Attendance.meeting == Meeting.id))
        .where(attended)
    )
    leaders = leaders_of_meetings(row[0] for row in rows)
    meetings = []
    for meeting_id, day, starts_at, timezone, planned, presented, held, place in rows:
        leader_id, co_leader_id = leaders[meeting_id]
        meetings.append(
            CpdMeeting(
                day=day,
                start=_local_time(starts_at, timezone),
                minutes=timed.get(meeting_id, planned),
                timed=meeting_id in timed,
                part=part_of(member_id, leader_id, co_leader_id, bool(presented)),
                mode=where_present(held, place),
            )
        )
    led_ids = {person for pair in leaders.values() for person in pair if person is not None}
    leader_names = (
        Member.select(Member.name)
        .where(
            (Member.group == member.group_id)
            & (
                ((Member.is_leader == True) & Member.archived_at.is_null())  # noqa: E712
                | Member.id.in_(list(led_ids))
            )
        )
        .order_by(Member.name_key)
        .tuples()
    )
    return CpdRecord(
        member_name=member.name,
        role_label=_role_label(member.role),
        group_name=group.name,
        leaders=tuple(name for (name,) in leader_names),
        start=start,
        end=end,
        meetings=tuple(meetings),
    )


def attendance_rows(group_id: int, start: dt.date, end: dt.date) -> list[AttendanceRow]:
    """One row per member per held meeting of the group from `start` to `end`, in date
    order and by name within a meeting.

    A meeting's members are those who had joined by its date and were not yet archived
    (archived members appear for the meetings of their time), and anyone marked at it.
    Nobody marked reads "not recorded", never absent. NotFoundError for an unknown group;
    ValidationError when the period starts after it ends.
    """
    check_period(start, end)
    get_group(group_id)
    held = (
        (Meeting.group == group_id)
        & (Meeting.status == MeetingStatus.HELD)
        & (Meeting.local_date.between(start, end))
    )
    meetings = list(
        Meeting.select(
            Meeting.id, Meeting.local_date, Meeting.starts_at, Meeting.timezone, Meeting.mode
        )
        .where(held)
        .order_by(Meeting.local_date, Meeting.starts_at, Meeting.id)
        .tuples()
    )
    if not meetings:
        return []
    marks: dict[int, dict[int, tuple[str, bool, str | None]]] = {}
    for meeting_id, member_id, status, presented, where in (
        Attendance.select(
            Attendance.meeting,
            Attendance.member,
            Attendance.status,
            Attendance.presented,
            Attendance.mode,
        )
        .where(Attendance.meeting.in_(Meeting.select(Meeting.id).where(held)))
        .tuples()
    ):
        marks.setdefault(meeting_id, {})[member_id] = (status, bool(presented), where)
    members = list(
        Member.select(Member.id, Member.name, Member.role, Member.joined, Member.archived_at)
        .where(Member.group == group_id)
        .order_by(Member.name_key, Member.id)
    )
    leaders = leaders_of_meetings(meeting_id for meeting_id, *_ in meetings)
    rows = []
    for meeting_id, day, starts_at, timezone, meeting_mode in meetings:
        marked = marks.get(meeting_id, {})
        leader_id, co_leader_id = leaders[meeting_id]
        start_time = _local_time(starts_at, timezone)
        for person in members:
            mark = marked.get(person.id)
            if mark is None and not _member_on(person, day):
                continue
            status, presented, where = mark or (NOT_RECORDED, False, None)
            part = part_of(person.id, leader_id, co_leader_id, presented)
            rows.append(
                AttendanceRow(
                    day=day,
                    start=start_time,
                    member_name=person.name,
                    role_label=_role_label(person.role),
                    status=status,
                    presented=presented,
                    led=part.value if part in (Part.LED, Part.CO_LED) else "",
                    mode=(
                        where_present(meeting_mode, where)
                        if status == AttendanceStatus.PRESENT
                        else ""
                    ),
                )
            )
    return rows


def _member_on(person: Member, day: dt.date) -> bool:
    """Whether `person` belonged to the group on `day`: joined by then and not archived
    before it (archived that day counts: people leave after their last meeting)."""
    if person.joined > day:
        return False
    return person.archived_at is None or person.archived_at.date() >= day
