"""The rota service: the domain planner fed from the database, and pins and swaps.

`balintdesk.domain.rota` decides; this module only gathers its inputs (members, held
meetings, apologies and pins of the meetings to come) and stores the leader's pins.
"""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.rota import (
    FairnessRow,
    MeetingPlan,
    PastMeeting,
    RotaMember,
    UpcomingMeeting,
    fairness_table,
    is_eligible,
    plan_rota,
)
from balintdesk.domain.words import Words
from balintdesk.store.attendance import get_meeting
from balintdesk.store.meetings import upcoming_meetings
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingStatus,
    Member,
    RotaPin,
    database_proxy,
)
from balintdesk.store.roster import ValidationError, get_group


def _rota_member(member: Member) -> RotaMember:
    return RotaMember(
        id=member.id,
        name=member.name,
        joined=member.joined,
        may_present_from=member.may_present_from,
        # archived_at is UTC; the day it happened is close enough for "active on a date".
        archived_on=member.archived_at.date() if member.archived_at else None,
        is_leader=member.is_leader,
    )


def rota_members(group_id: int) -> list[RotaMember]:
    """Everyone in the group, archived members too: their history still counts."""
    query = Member.select().where(Member.group == group_id).order_by(Member.name_key)
    return [_rota_member(member) for member in query]


# One query, read as plain tuples: the Rota and Meeting pages ask for the whole history on
# every refresh, and peewee's per-row conversion was most of the time: 20.4 ms for ten years
# of weekly meetings before, 7.7 ms this way (tests/bench/test_bench_rota_store.py).
_HISTORY_SQL = """
    SELECT m.id, m.local_date, a.member_id, a.presented
    FROM meeting AS m
    LEFT JOIN attendance AS a ON a.meeting_id = m.id AND a.status = ?
    WHERE m.group_id = ? AND m.status = ?
    ORDER BY m.local_date, m.starts_at, m.id, a.id
"""


def history(group_id: int) -> list[PastMeeting]:
    """The held meetings, oldest first: who was present and who presented."""
    # The placeholders in the database's own style: ? for SQLite, %s for psycopg.
    cursor = database_proxy.execute_sql(
        _HISTORY_SQL.replace("?", database_proxy.param),
        (AttendanceStatus.PRESENT, group_id, MeetingStatus.HELD),
    )
    past: list[PastMeeting] = []
    current_id = None
    day = None
    attended: set[int] = set()
    presented: list[int] = []
    for meeting_id, local_date, member_id, did_present in cursor:
        if meeting_id != current_id:
            if current_id is not None:
                past.append(PastMeeting(day, frozenset(attended), tuple(presented)))
            current_id, day = meeting_id, dt.date.fromisoformat(str(local_date)[:10])
            attended, presented = set(), []
        if member_id is not None:
            attended.add(member_id)
            if did_present:
                presented.append(member_id)
    if current_id is not None:
        past.append(PastMeeting(day, frozenset(attended), tuple(presented)))
    return past


def _planned_upcoming(group_id: int, count: int, today: dt.date) -> list[Meeting]:
    # One more than asked: a meeting held earlier today is upcoming but not planned.
    meetings = upcoming_meetings(group_id, count=count + 1, today=today)
    return [m for m in meetings if m.status == MeetingStatus.PLANNED][:count]


def _upcoming_inputs(meetings: list[Meeting]) -> list[UpcomingMeeting]:
    ids = [meeting.id for meeting in meetings]
    apologies: dict[int, set[int]] = {}
    for row in Attendance.select(Attendance.meeting, Attendance.member).where(
        Attendance.meeting.in_(ids) & (Attendance.status == AttendanceStatus.APOLOGIES)
    ):
        apologies.setdefault(row.meeting_id, set()).add(row.member_id)
    pins: dict[int, list[int]] = {}
    for row in RotaPin.select().where(RotaPin.meeting.in_(ids)).order_by(RotaPin.id):
        pins.setdefault(row.meeting_id, []).append(row.member_id)
    return [
        UpcomingMeeting(
            key=meeting.id,
            date=meeting.local_date,
            apologies=frozenset(apologies.get(meeting.id, ())),
            pinned=tuple(pins.get(meeting.id, ())),
        )
        for meeting in meetings
    ]


def plan(
    group_id: int, count: int = 12, today: dt.date | None = None
) -> list[tuple[Meeting, MeetingPlan]]:
    """The rota for the next `count` planned meetings, each with its meeting row."""
    today = today or dt.date.today()
    group = get_group(group_id)
    meetings = _planned_upcoming(group_id, count, today)
    plans = plan_rota(
        rota_members(group_id),
        history(group_id),
        _upcoming_inputs(meetings),
        presenters_per_meeting=group.presenters_per_meeting,
        leaders_may_present=group.leaders_may_present,
    )
    by_id = {meeting.id: meeting for meeting in meetings}
    return [(by_id[p.key], p) for p in plans]


def fairness(group_id: int, today: dt.date | None = None) -> list[FairnessRow]:
    group = get_group(group_id)
    return fairness_table(
        rota_members(group_id),
        history(group_id),
        today or dt.date.today(),
        leaders_may_present=group.leaders_may_present,
    )


# --- pins and swaps ---------------------------------------------------------------------


def pins_for(meeting_id: int) -> list[int]:
    query = RotaPin.select(RotaPin.member).where(RotaPin.meeting == meeting_id)
    return [row.member_id for row in query.order_by(RotaPin.id)]


def _pinnable(meeting: Meeting, member_id: int, today: dt.date) -> Member:
    """The member, if they may be pinned to this meeting; ValidationError saying why not."""
    if meeting.status != MeetingStatus.PLANNED or meeting.local_date < today:
        raise ValidationError(
            {
                "meeting": Words(
                    "Rota", "Only a meeting still to come, and not cancelled, can have a pin."
                )
            }
        )
    member = Member.get_or_none(Member.id == member_id)
    if member is None or member.group_id != meeting.group_id:
        raise ValidationError(
            {"member": Words("Rota", "That person is not a member of this group.")}
        )
    group = get_group(meeting.group_id)
    apologies = frozenset(
        row.member_id
        for row in Attendance.select(Attendance.member).where(
            (Attendance.meeting == meeting.id) & (Attendance.status == AttendanceStatus.APOLOGIES)
        )
    )
    day = meeting.local_date
    if not is_eligible(_rota_member(member), day, apologies, group.leaders_may_present):
        raise ValidationError({"member": _why_not(member, day, apologies)})
    return member


def _why_not(member: Member, day: dt.date, apologies: frozenset[int]) -> Words:
    name = {"name": member.name, "day": day}
    if member.archived_at is not None:
        return Words("Rota", "{name} has left the group.", name)
    if member.joined > day:
        return Words(
            "Rota",
            "{name} joins the group only on {joined}, after {day}.",
            {**name, "joined": member.joined},
        )
    if member.id in apologies:
        return Words("Rota", "{name} has sent apologies for {day}.", name)
    if member.may_present_from is not None and member.may_present_from > day:
        return Words(
            "Rota",
            "{name} may present only from {from_day}.",
            {**name, "from_day": member.may_present_from},
        )
    return Words("Rota", "{name} is a leader, and this group's leaders do not present.", name)


def pin(meeting_id: int, member_id: int, today: dt.date | None = None) -> None:
    """Fix a member to present at a meeting still to come; the rota flows around it."""
    meeting = get_meeting(meeting_id)
    _pinnable(meeting, member_id, today or dt.date.today())
    current = pins_for(meeting_id)
    if member_id in current:
        return
    slots = get_group(meeting.group_id).presenters_per_meeting
    if len(current) >= slots:
        raise ValidationError(
            {
                "member": Words(
                    "Rota",
                    "This meeting's presenters are already pinned; "
                    "unpin one before pinning someone else.",
                )
            }
        )
    with database_proxy.atomic():
        RotaPin.create(meeting=meeting_id, member=member_id)


def unpin(meeting_id: int, member_id: int) -> None:
    RotaPin.delete().where(
        (RotaPin.meeting == meeting_id) & (RotaPin.member == member_id)
    ).execute()


def swap(
    meeting_a_id: int,
    slot_a: int,
    meeting_b_id: int,
    slot_b: int,
    today: dt.date | None = None,
) -> None:
    """Swap the members planned in two slots, pinning each to the other's meeting.

    Whatever pin held a slot is replaced; the other slots flow around the new pins.
    """
    today = today or dt.date.today()
    if meeting_a_id == meeting_b_id:
        raise ValidationError({"meeting": Words("Rota", "Choose two different meetings to swap.")})
    a, b = get_meeting(meeting_a_id), get_meeting(meeting_b_id)
    if a.group_id != b.group_id:
        raise ValidationError(
            {"meeting": Words("Rota", "Both meetings must be of the same group.")}
        )
    plans = {m.id: p for m, p in plan(a.group_id, count=_horizon(a, b, today), today=today)}
    chosen = []
    for meeting, slot in ((a, slot_a), (b, slot_b)):
        meeting_plan = plans.get(meeting.id)
        if meeting_plan is None:
            raise ValidationError(
                {
                    "meeting": Words(
                        "Rota", "Only meetings still to come, and not cancelled, can be swapped."
                    )
                }
            )
        if not 0 <= slot < len(meeting_plan.presenters):
            raise ValidationError(
                {
                    "slot": Words(
                        "Rota",
                        "Nobody is planned to present on {day}.",
                        {"day": meeting.local_date},
                    )
                }
            )
        chosen.append(meeting_plan.presenters[slot].member_id)
    member_a, member_b = chosen
    if member_a == member_b:
        return
    # Checked before anything changes, so a refused swap leaves both pins as they were.
    _pinnable(a, member_b, today)
    _pinnable(b, member_a, today)
    with database_proxy.atomic():
        for meeting, leaving, coming in ((a, member_a, member_b), (b, member_b, member_a)):
            unpin(meeting.id, leaving)
            unpin(meeting.id, coming)
            RotaPin.create(meeting=meeting.id, member=coming)


def _horizon(a: Meeting, b: Meeting, today: dt.date) -> int:
    """How many planned meetings to plan so that both `a` and `b` are among them."""
    last = max(a.local_date, b.local_date)
    return max(
        12,
        Meeting.select()
        .where(
            (Meeting.group == a.group_id)
            & Meeting.local_date.between(today, last)
            & (Meeting.status == MeetingStatus.PLANNED)
        )
        .count(),
    )
