"""The programme view: every group with its next meeting, and every member of every group
with what they attended in a period, checked against the programme's attendance rule.

For a programme administrator only (`store.access`): on this PC's own file that is
whoever uses it; on the practice's server the server says who is one. Anyone else gets a
`NotAdministratorError` (a `WordsError`: its sentence is for the user).

What counts is the period, `start` to `end` (both included): a member's sessions (held
meetings they were present at, or led or co-led, as `store.requirements.history_of`
reads them) and their leader log entries on those days, assessed with the domain's
`assess` against one rule, with the rule's settings as kept on this computer. So a member
whose period starts before they joined gets the same answer as the Requirements dialog
up to `end`.

The data of ALL members comes from a handful of queries (the role, groups, members, the
period's held meetings, their attendance (which also says who led a meeting with no
leader recorded, as store.leaders reads it), the phase timer's measured lengths, the
leader log, the next meetings, the rule's settings), never one per member: a programme of
100 groups has 1,500 members (tests/bench/bench_server.py). Nothing is written.
"""

from __future__ import annotations

import datetime as dt
import math
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from balintdesk.domain.records import seconds_to_minutes
from balintdesk.domain.roster import name_key
from balintdesk.domain.rules import Assessment, Entry, History, Rule, RuleBook, Session, assess
from balintdesk.domain.rules.history import CO_LED, LED, MEMBER
from balintdesk.domain.words import Words, WordsError
from balintdesk.store.access import Role, current_role
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Group,
    LeaderLogEntry,
    Meeting,
    MeetingStatus,
    Member,
    database_proxy,
)
from balintdesk.store.requirements import _where, get_settings, rule_book, rule_named
from balintdesk.store.timer_runs import measured_seconds

__all__ = [
    "GroupLine",
    "MemberLine",
    "NotAdministratorError",
    "Programme",
    "build_programme",
    "check_administrator",
    "default_rule",
]


class NotAdministratorError(WordsError):
    """The person at this computer is not a programme administrator."""


@dataclass(frozen=True)
class GroupLine:
    group_id: int
    name: str
    country: str
    leaders: tuple[str, ...]  # the active leaders' names, by name
    members: int  # active members, leaders included
    next_meeting: dt.datetime | None  # local wall-clock time in the meeting's time zone


@dataclass(frozen=True)
class MemberLine:
    member_id: int
    name: str
    group_id: int
    group: str
    role: str  # domain.roster.Role's value
    is_leader: bool
    archived: bool
    sessions: int  # held sessions in the period: present, led or co-led
    minutes: int  # their length: measured by the phase timer, else planned
    assessment: Assessment | None  # None when there is no rule to check against

    @property
    def hours(self) -> float:
        """In tenths, never rounded up to a figure not reached (as the rules show it):
        75 minutes are 1.2 hours."""
        return math.floor(self.minutes / 6 + 1e-9) / 10

    @property
    def met(self) -> bool | None:
        return None if self.assessment is None else self.assessment.met


@dataclass(frozen=True)
class Programme:
    start: dt.date
    end: dt.date
    rule: Rule | None
    settings: dict[str, int]
    groups: tuple[GroupLine, ...]
    members: tuple[MemberLine, ...]


def check_administrator() -> None:
    """NotAdministratorError unless this connection is a programme administrator's."""
    if current_role() is not Role.ADMINISTRATOR:
        raise NotAdministratorError(
            Words(
                "Programme",
                "Only a programme administrator can see the programme view: it shows "
                "every group. Your login is for your own groups.",
            )
        )


def default_rule(book: RuleBook) -> Rule | None:
    """The rule most active members work toward; else a members' rule of the country most
    groups are in (by id); else None."""
    toward = Counter(
        rule_id
        for (rule_id,) in Member.select(Member.working_toward)
        .where(Member.archived_at.is_null(True), Member.working_toward != "")
        .tuples()
        if rule_id in book.rules
    )
    if toward:
        most = max(toward.values())
        return book.rules[min(rule_id for rule_id, n in toward.items() if n == most)]
    countries = Counter(country for (country,) in Group.select(Group.country).tuples())
    for country, _n in sorted(countries.items(), key=lambda item: (-item[1], item[0])):
        fitting = sorted(
            (r for r in book.rules.values() if r.country == country and r.audience != "leaders"),
            key=lambda rule: rule.id,
        )
        if fitting:
            return fitting[0]
    return None


def build_programme(
    start: dt.date,
    end: dt.date,
    rule_id: str | None = None,
    book: RuleBook | None = None,
    today: dt.date | None = None,
) -> Programme:
    """The programme view for the period; `rule_id` None takes `default_rule`. Raises
    NotAdministratorError for anyone but an administrator, WordsError for a rule there
    is not or a period that ends before it starts."""
    check_administrator()
    if end < start:
        raise WordsError(
            Words(
                "Programme",
                "The period ends on {end}, before it starts on {start}.",
                {"start": start, "end": end},
            )
        )
    book = book if book is not None else rule_book()
    rule = rule_named(rule_id, book) if rule_id else default_rule(book)
    settings = get_settings(rule.id, book) if rule is not None else {}
    groups = {group.id: group for group in Group.select().order_by(Group.name)}
    members = list(
        Member.select(
            Member.id,
            Member.group,
            Member.name,
            Member.role,
            Member.is_leader,
            Member.archived_at,
            Member.recognition,
        ).tuples()
    )
    people = {m[0]: (m[2], m[6], m[1]) for m in members}
    leader_ids = {m[0] for m in members if m[4]}
    histories = _histories(start, end, people, leader_ids, groups)
    lines = []
    for member_id, group_id, name, role, is_leader, archived_at, _recognition in members:
        history = histories.get(member_id, History(person=name))
        archived = archived_at is not None
        if archived and not history.sessions:
            continue  # left before the period: nothing of theirs to show
        assessment = (
            assess(rule, history, until=end, settings=settings) if rule is not None else None
        )
        lines.append(
            MemberLine(
                member_id=member_id,
                name=name,
                group_id=group_id,
                group=groups[group_id].name,
                role=role,
                is_leader=bool(is_leader),
                archived=archived,
                sessions=len(history.sessions),
                minutes=sum(session.minutes for session in history.sessions),
                assessment=assessment,
            )
        )
    # casefold, not name_key: this sorts 1,500 names, and name_key looks at every letter's
    # Unicode category (0.6 s at that size). The window sorts its own way anyway.
    lines.sort(key=lambda line: (line.group.casefold(), line.name.casefold(), line.member_id))
    return Programme(
        start=start,
        end=end,
        rule=rule,
        settings=settings,
        groups=_group_lines(groups, members, today or dt.date.today()),
        members=tuple(lines),
    )


def _group_lines(
    groups: dict[int, Group], members: Iterable[tuple], today: dt.date
) -> tuple[GroupLine, ...]:
    active = defaultdict(list)
    for _id, group_id, name, _role, is_leader, archived_at, _rec in members:
        if archived_at is None:
            active[group_id].append((name, bool(is_leader)))
    coming: dict[int, dt.datetime] = {}
    rows = (
        Meeting.select(Meeting.group, Meeting.starts_at, Meeting.timezone)
        .where(Meeting.local_date >= today, Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at)
        .tuples()
    )
    for group_id, starts_at, timezone in rows:
        if group_id not in coming:
            coming[group_id] = starts_at.replace(tzinfo=dt.UTC).astimezone(
                zoneinfo.ZoneInfo(timezone)
            )
    return tuple(
        GroupLine(
            group_id=group.id,
            name=group.name,
            country=group.country,
            leaders=tuple(
                sorted((n for n, leads in active[group.id] if leads), key=str.casefold),
            ),
            members=len(active[group.id]),
            next_meeting=coming.get(group.id),
        )
        for group in sorted(groups.values(), key=lambda group: group.name.casefold())
    )


def _histories(
    start: dt.date,
    end: dt.date,
    people: dict[int, tuple[str, str, int]],  # member id -> (name, recognition, group id)
    leader_ids: set[int],
    groups: dict[int, Group],
) -> dict[int, History]:
    """Every member's history in the period, as `requirements.history_of` reads one."""
    held = (
        (Meeting.status == MeetingStatus.HELD)
        & (Meeting.local_date >= start)
        & (Meeting.local_date <= end)
    )
    meetings = list(
        Meeting.select(
            Meeting.id,
            Meeting.group,
            Meeting.local_date,
            Meeting.length_minutes,
            Meeting.mode,
            Meeting.leader,
            Meeting.co_leader,
        )
        .where(held)
        .order_by(Meeting.local_date, Meeting.starts_at, Meeting.id)
        .tuples()
    )
    marks: dict[int, dict[int, tuple[str, bool, str | None]]] = defaultdict(dict)
    # The cursor's own rows, not peewee's .tuples(): these columns need no conversion
    # (ids, text, a boolean or SQLite's 0/1), and converting ~40,000 rows a year of a
    # 100-group programme holds took longer than the query.
    query = (
        Attendance.select(
            Attendance.meeting,
            Attendance.member,
            Attendance.status,
            Attendance.presented,
            Attendance.mode,
        )
        .join(Meeting)
        .where(held)
    )
    for meeting_id, member_id, status, presented, mode in database_proxy.execute(query).fetchall():
        marks[meeting_id][member_id] = (status, bool(presented), mode)
    leaders = _leaders(meetings, marks, people, leader_ids)
    measured = measured_seconds(Meeting.select(Meeting.id).where(held))
    sessions: dict[int, list[Session]] = defaultdict(list)
    for meeting_id, group_id, day, length, meeting_mode, _led, _co in meetings:
        leader_id, co_leader_id = leaders[meeting_id]
        at = marks.get(meeting_id, {})
        wanted = [  # (member, role, other leader, where check-in put them, presented)
            (member_id, MEMBER, None, attended, presented)
            for member_id, (status, presented, attended) in at.items()
            if status == AttendanceStatus.PRESENT
            and member_id not in (leader_id, co_leader_id)
            and member_id in people
        ]
        # As history_of: the leader and co-leader count, present or not.
        for member_id, role, other in (
            (leader_id, LED, co_leader_id),
            (co_leader_id, CO_LED, leader_id),
        ):
            if member_id in people and not (role == CO_LED and member_id == leader_id):
                _status, presented, attended = at.get(member_id, (None, False, None))
                wanted.append((member_id, role, other, attended, presented))
        seconds = measured.get(meeting_id)
        leader_name, recognition, _g = people.get(leader_id, ("", "", 0))
        same = {
            "day": day,
            "minutes": seconds_to_minutes(seconds) if seconds else length,
            "group": groups[group_id].name,
            "leader": leader_name,
            "leader_recognition": recognition,
        }
        # The members of one meeting share its few distinct Sessions (frozen values):
        # making one per member per meeting was most of the time this took.
        made: dict[tuple, Session] = {}
        for member_id, role, other, attended, presented in wanted:
            key = (role, other, attended, presented)
            session = made.get(key)
            if session is None:
                session = made[key] = Session(
                    **same,
                    mode=_where(meeting_mode, attended),
                    role=role,
                    with_leader=people[other][0] if other in people else "",
                    presented=presented,
                )
            sessions[member_id].append(session)
    entries: dict[int, list[Entry]] = defaultdict(list)
    for member_id, day, kind, minutes in (
        LeaderLogEntry.select(
            LeaderLogEntry.member, LeaderLogEntry.day, LeaderLogEntry.kind, LeaderLogEntry.minutes
        )
        .where(LeaderLogEntry.day >= start, LeaderLogEntry.day <= end)
        .order_by(LeaderLogEntry.day, LeaderLogEntry.id)
        .tuples()
    ):
        entries[member_id].append(Entry(day=day, kind=kind, minutes=minutes))
    return {
        member_id: History(
            person=name,
            sessions=tuple(sessions.get(member_id, ())),
            entries=tuple(entries.get(member_id, ())),
        )
        for member_id, (name, _recognition, _group) in people.items()
    }


def _leaders(
    meetings: list[tuple],
    marks: dict[int, dict[int, tuple[str, bool, str | None]]],
    people: dict[int, tuple[str, str, int]],
    leader_ids: set[int],
) -> dict[int, tuple[int | None, int | None]]:
    """`store.leaders.leaders_of_meetings`' answer, from what is already read: recorded,
    else the group's leaders present, by name (the first led, the second co-led)."""
    result = {}
    keys: dict[int, str] = {}  # name_key is slow; each leader's once

    def key(member_id: int) -> str:
        if member_id not in keys:
            keys[member_id] = name_key(people[member_id][0])
        return keys[member_id]

    for meeting_id, _group, _day, _length, _mode, leader_id, co_leader_id in meetings:
        if leader_id is not None or co_leader_id is not None:
            result[meeting_id] = (leader_id, co_leader_id)
            continue
        present = sorted(
            (key(member_id), member_id)
            for member_id, (status, _p, _m) in marks.get(meeting_id, {}).items()
            if status == AttendanceStatus.PRESENT and member_id in leader_ids
        )
        ordered = [member_id for _key, member_id in present]
        result[meeting_id] = (
            ordered[0] if ordered else None,
            ordered[1] if len(ordered) > 1 else None,
        )
    return result
