"""A member's participation certificate, read off the database as plain values
(domain.certificate.Certificate): the held meetings they were present at in a period,
each with its length (measured by the timer, else planned) and where the member was (the
meeting's mode; in a hybrid meeting the member's own), the leaders with their
recognition, the group's event number (VNR) and the member's own EFN and BIG numbers.

Same counting as store.reports' CPD record (only HELD meetings, only PRESENT marks, the
meeting's local date), and the same fixed handful of questions whatever the period.
"""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.certificate import (
    IN_PERSON,
    ONLINE,
    Certificate,
    CertificateLeader,
    CertificateSession,
)
from balintdesk.domain.records import seconds_to_minutes
from balintdesk.domain.rules import Assessment
from balintdesk.store.leaders import leaders_of_meetings
from balintdesk.store.models import (
    Attendance,
    Meeting,
    MeetingMode,
    Member,
    MemberIdentifier,
)
from balintdesk.store.reports import attended_by, check_period
from balintdesk.store.roster import get_group, get_member
from balintdesk.store.timer_runs import measured_seconds

__all__ = ["assessment_of", "certificate", "member_numbers", "session_mode"]


def assessment_of(member_id: int, rule_id: str, until: dt.date) -> Assessment | None:
    """What the rule engine says of `rule_id` for the member up to `until`; None when
    there is no rule, or no engine yet.

    WIRING POINT: store.requirements.assess_member(member_id, rule_id=None, until=None)
    comes with branch i16-requirements; until it is merged every certificate says its
    rule was not assessed. Its errors (an unknown rule) pass through to the caller."""
    if not rule_id:
        return None
    try:
        from balintdesk.store import requirements  # type: ignore[attr-defined]
    except ImportError:
        return None
    return requirements.assess_member(member_id, rule_id=rule_id, until=until)


def session_mode(meeting_mode: str, attendance_mode: str | None) -> str | None:
    """Where the member was: the meeting's mode, or in a hybrid meeting their own (None
    when nobody recorded it)."""
    if meeting_mode == MeetingMode.ONLINE:
        return ONLINE
    if meeting_mode == MeetingMode.HYBRID:
        return attendance_mode if attendance_mode in (IN_PERSON, ONLINE) else None
    return IN_PERSON


def member_numbers(member_id: int) -> dict[str, str]:
    """{kind: value} of the member's professional numbers ("efn", "big", …)."""
    return {
        kind: value
        for kind, value in MemberIdentifier.select(MemberIdentifier.kind, MemberIdentifier.value)
        .where(MemberIdentifier.member == member_id)
        .tuples()
    }


def certificate(member_id: int, start: dt.date, end: dt.date) -> Certificate:
    """The sessions `member_id` attended from `start` to `end` (both included).

    The leaders named are those who led or co-led one of those sessions (the member
    themselves aside); when no session records a leader, the group's active leaders.
    NotFoundError for an unknown member; ValidationError when the period starts after it
    ends."""
    check_period(start, end)
    member = get_member(member_id)
    group = get_group(member.group_id)
    attended = attended_by(member, start, end)
    rows = list(
        Meeting.select(
            Meeting.id, Meeting.local_date, Meeting.length_minutes, Meeting.mode, Attendance.mode
        )
        .join(Attendance, on=(Attendance.meeting == Meeting.id))
        .where(attended)
        .order_by(Meeting.local_date, Meeting.starts_at, Meeting.id)
        .tuples()
    )
    measured = measured_seconds(
        Meeting.select(Meeting.id)
        .join(Attendance, on=(Attendance.meeting == Meeting.id))
        .where(attended)
    )
    sessions = tuple(
        CertificateSession(
            day=day,
            minutes=seconds_to_minutes(measured[meeting_id]) if meeting_id in measured else planned,
            timed=meeting_id in measured,
            mode=session_mode(meeting_mode, attendance_mode),
        )
        for meeting_id, day, planned, meeting_mode, attendance_mode in rows
    )
    led = leaders_of_meetings(row[0] for row in rows)
    ids = {person for pair in led.values() for person in pair if person not in (None, member_id)}
    if ids:
        where = Member.id.in_(list(ids))
    else:
        where = (
            (Member.group == member.group_id)
            & (Member.is_leader == True)  # noqa: E712  (peewee builds SQL from ==)
            & Member.archived_at.is_null()
            & (Member.id != member_id)
        )
    leaders = tuple(
        CertificateLeader(name, recognition)
        for name, recognition in Member.select(Member.name, Member.recognition)
        .where(where)
        .order_by(Member.name_key)
        .tuples()
    )
    numbers = member_numbers(member_id)
    return Certificate(
        member_name=member.name,
        group_name=group.name,
        leaders=leaders,
        event_number=group.event_number.strip(),
        start=start,
        end=end,
        sessions=sessions,
        efn=numbers.get("efn", ""),
        big=numbers.get("big", ""),
        working_toward=member.working_toward,
    )
