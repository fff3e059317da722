"""Importing a group's past attendance (date,name,status,presented,mode) from a CSV file.

As with the roster import, the file is planned first and applied all or nothing, with
every bad row named by its line. Names must match members of the group (archived ones
too, by `look_alike_key`, the roster's rule): an unknown name is an error, never a new
member.

What a date becomes:
- A date before today, or today when the file marks anyone present or absent, is a
  *held* meeting: the group's meeting on that date is marked held, or one is made (a
  regular one if the pattern has that date, otherwise an added one).
- A later date, or today with only apologies, may only carry apologies: they go on the
  group's meeting that day, made from the pattern if it is not made yet. A date with
  no meeting in the pattern is an error rather than an invented meeting: apologies for
  a day the group does not meet mean the date is wrong.
- A date whose meeting is cancelled (or in a break) is an error: restore it first.

The optional mode column (where a present member was) sets how the date's meeting was
held: the one place, or hybrid with each member's place; no mode: the meeting's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from balintdesk.domain.history_csv import APOLOGIES, PRESENT, CsvAttendance, ParsedHistory
from balintdesk.domain.names import look_alike_key, name_key, shown
from balintdesk.domain.plain_english import english
from balintdesk.domain.roster_csv import RowError
from balintdesk.domain.schedule import pattern_dates
from balintdesk.domain.words import Words
from balintdesk.store.attendance import MAX_PRESENTERS
from balintdesk.store.breaks import list_breaks
from balintdesk.store.models import (
    Attendance,
    Group,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Member,
    RotaPin,
    database_proxy,
    utc_now,
)
from balintdesk.store.modes import mode_said, set_meeting_mode
from balintdesk.store.roster import ValidationError, get_group
from balintdesk.store.schedule import ensure_schedule, utc_start

Action = Literal["add", "update", "unchanged"]
FUTURE_LIMIT = dt.timedelta(days=2 * 366)


@dataclass(frozen=True)
class PlannedAttendance:
    line: int
    date: dt.date
    member_id: int
    name: str  # as the roster spells it
    status: str
    presented: bool
    action: Action
    meeting_id: int | None  # None: the meeting for this date is made when applying
    mode: str | None = None  # where the member was, in a hybrid meeting; else None
    # Where a present member was, whatever the meeting (its own mode, or in a hybrid one
    # their place), for the preview to show; None for one who did not come or unknown.
    where: str | None = None


@dataclass
class HistoryImportPlan:
    group_id: int
    today: dt.date
    rows: list[PlannedAttendance] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    held_dates: list[dt.date] = field(default_factory=list)  # recorded as held meetings
    new_held_dates: list[dt.date] = field(default_factory=list)  # of which made anew
    meeting_modes: dict[dt.date, str] = field(default_factory=dict)
    source: ParsedHistory = field(default_factory=ParsedHistory)

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action == action)


@dataclass(frozen=True)
class HistoryImportResult:
    meetings_recorded: int
    meetings_added: int
    added: int
    updated: int
    unchanged: int


class HistoryImportError(ValidationError):
    """The import was refused and nothing was written; `messages` are "Line N: …" lines in
    English, `sentences` the same as Words for the edge."""

    def __init__(self, errors: Sequence[RowError | Words]):
        said = [error.words if isinstance(error, RowError) else error for error in errors]
        super().__init__({f"line {index}": words for index, words in enumerate(said)})
        self.messages = [
            str(error) if isinstance(error, RowError) else english(error) for error in errors
        ]


def is_pattern_date(group: Group, day: dt.date) -> bool:
    """Whether the group's pattern has a meeting on `day`, also before its first date."""
    first = group.first_date or day
    if day < first:
        # Step the anchor back by whole four-week blocks: that keeps a fortnightly
        # group's weeks, and weekly and monthly dates do not depend on the anchor.
        first -= dt.timedelta(weeks=4 * ((first - day).days // 28 + 1))
    return day in set(pattern_dates(group.pattern, first, day, day))


def _meeting_on(group_id: int, day: dt.date) -> Meeting | None:
    """The group's meeting on `day`, one that is not cancelled first."""
    rows = Meeting.select().where((Meeting.group == group_id) & (Meeting.local_date == day))
    return min(rows, key=lambda m: (m.status == MeetingStatus.CANCELLED, m.id), default=None)


def _day_errors(group: Group, day: dt.date, meeting: Meeting | None, held: bool) -> Words | None:
    """Why rows for `day` cannot be imported, or None."""
    if meeting is not None and meeting.status == MeetingStatus.CANCELLED:
        if meeting.cancel_reason:
            return Words(
                "CsvImport",
                "The meeting on {day:numeric} is cancelled in BalintDesk ({why}); restore it "
                "first or remove the rows for that date.",
                {"day": day, "why": meeting.cancel_reason},
            )
        return Words(
            "CsvImport",
            "The meeting on {day:numeric} is cancelled in BalintDesk; restore it first or "
            "remove the rows for that date.",
            {"day": day},
        )
    if meeting is not None:
        return None
    gap = next((b for b in list_breaks(group.id) if b.first_date <= day <= b.last_date), None)
    if gap is not None:
        if gap.label:
            return Words(
                "CsvImport",
                "{day:numeric} falls in the break “{name}”; remove the rows for it or change "
                "the break first.",
                {"day": day, "name": gap.label},
            )
        return Words(
            "CsvImport",
            "{day:numeric} falls in a break; remove the rows for it or change the break first.",
            {"day": day},
        )
    moved = Meeting.get_or_none((Meeting.group == group.id) & (Meeting.regular_date == day))
    if moved is not None:
        return Words(
            "CsvImport",
            "The meeting of {day:numeric} was moved to {moved:numeric}; give that date instead.",
            {"day": day, "moved": moved.local_date},
        )
    if held:
        return None
    if day < (group.first_date or day) or not is_pattern_date(group, day):
        return Words(
            "CsvImport",
            "The group has no meeting on {day:numeric} ({pattern}); check the date.",
            {"day": day, "pattern": group.pattern.describe()},
        )
    return None


def plan_history_import(
    group_id: int, parsed: ParsedHistory, today: dt.date | None = None
) -> HistoryImportPlan:
    group = get_group(group_id)
    today = today or dt.date.today()
    plan = HistoryImportPlan(group_id=group_id, today=today, errors=list(parsed.errors))
    plan.source = parsed
    roster = list(Member.select().where(Member.group == group_id).order_by(Member.id.desc()))
    members = {look_alike_key(m.name): m for m in roster}
    exact = {name_key(m.name): m for m in roster}
    by_date: dict[dt.date, list[tuple[CsvAttendance, Member]]] = {}
    for row in parsed.rows:
        member = exact.get(name_key(row.name)) or members.get(look_alike_key(row.name))
        if member is None:
            plan.errors.append(
                RowError(
                    row.line,
                    Words(
                        "CsvImport",
                        "“{name}” is not a member of {group}; add them to the roster first "
                        "(names match whatever their capitals or spacing).",
                        {"name": shown(row.name), "group": group.name},
                    ),
                )
            )
        elif row.date > today and row.status != APOLOGIES:
            plan.errors.append(
                RowError(
                    row.line,
                    Words(
                        "CsvImport",
                        "{day:numeric} is still to come, so only apologies can be recorded for "
                        "it, not “{status}”.",
                        {"day": row.date, "status": row.status},
                    ),
                )
            )
        elif row.date > today + FUTURE_LIMIT:
            plan.errors.append(
                RowError(
                    row.line,
                    Words(
                        "CsvImport",
                        "{day:numeric} is over two years ahead; check the year.",
                        {"day": row.date},
                    ),
                )
            )
        else:
            by_date.setdefault(row.date, []).append((row, member))
    for day in sorted(by_date):
        _plan_day(plan, group, day, by_date[day])
    plan.errors.sort(key=lambda error: error.line)
    return plan


def _plan_day(
    plan: HistoryImportPlan,
    group: Group,
    day: dt.date,
    rows: list[tuple[CsvAttendance, Member]],
) -> None:
    held = day < plan.today or any(row.status != APOLOGIES for row, _ in rows)
    meeting = _meeting_on(group.id, day)
    problem = _day_errors(group, day, meeting, held)
    if problem is not None:
        plan.errors += [RowError(row.line, problem) for row, _ in rows]
        return
    existing: dict[int, Attendance] = {}
    if meeting is not None:
        existing = {
            a.member_id: a for a in Attendance.select().where(Attendance.meeting == meeting)
        }
    in_file = {member.id for _, member in rows}
    # Where present members were (the rows of absent ones say nothing), as the file says.
    said = [row.mode for row, _ in rows if row.status == PRESENT]
    others = [a.mode for m, a in existing.items() if m not in in_file and a.status == PRESENT]
    mode_now = meeting.mode if meeting is not None else group.meeting_mode
    meeting_mode = mode_said(said, mode_now, others) if held else None
    if meeting_mode is not None:
        plan.meeting_modes[day] = meeting_mode
    hybrid = (meeting_mode or mode_now) == MeetingMode.HYBRID
    planned = []
    for row, member in rows:
        before = existing.get(member.id)
        if row.presented is not None:
            presented = row.presented
        else:  # not given: a presentation already recorded stays
            presented = row.status == PRESENT and before is not None and before.presented
        place = None
        if hybrid and row.status == PRESENT:
            place = row.mode or (before.mode if before is not None else None)
        if before is None:
            action: Action = "add"
        elif (before.status, before.presented, before.mode) == (row.status, presented, place):
            action = "unchanged"
        else:
            action = "update"
        planned.append(
            PlannedAttendance(
                line=row.line,
                date=day,
                member_id=member.id,
                name=member.name,
                status=row.status,
                presented=presented,
                action=action,
                meeting_id=meeting.id if meeting is not None else None,
                mode=place,
                where=(place if hybrid else meeting_mode or mode_now)
                if row.status == PRESENT
                else None,
            )
        )
    presenters = {m for m, a in existing.items() if a.presented and m not in in_file}
    presenters |= {p.member_id for p in planned if p.presented}
    if len(presenters) > MAX_PRESENTERS:
        lines = [p.line for p in planned if p.presented] or [planned[0].line]
        plan.errors += [
            RowError(
                line,
                Words(
                    "CsvImport",
                    "{count} people would have presented on {day:numeric}; at most {most} can.",
                    {"count": len(presenters), "day": day, "most": MAX_PRESENTERS},
                ),
            )
            for line in lines
        ]
        return
    plan.rows += planned
    if held:
        plan.held_dates.append(day)
        if meeting is None:
            plan.new_held_dates.append(day)


def _outline(plan: HistoryImportPlan) -> list[tuple[object, ...]]:
    rows = [
        (r.line, r.action, r.meeting_id, r.member_id, r.status, r.presented, r.mode)
        for r in plan.rows
    ]
    modes = tuple(sorted(plan.meeting_modes.items()))
    return [*rows, tuple(plan.held_dates), tuple(plan.new_held_dates), modes]


def _held_meeting(group: Group, day: dt.date) -> Meeting:
    """The group's meeting on `day`, marked held; made if there is none."""
    meeting = _meeting_on(group.id, day)
    if meeting is None:
        pattern = group.pattern
        # No row stands for `day` yet: planning refused a date whose meeting was moved.
        regular = is_pattern_date(group, day)
        meeting = Meeting.create(
            group=group.id,
            regular_date=day if regular else None,
            local_date=day,
            starts_at=utc_start(day, pattern.start, pattern.timezone),
            length_minutes=pattern.length_minutes,
            room=pattern.room,
            timezone=pattern.timezone,
            mode=group.meeting_mode,
        )
    if meeting.status != MeetingStatus.HELD:
        meeting.status = MeetingStatus.HELD
        meeting.updated_at = utc_now()
        meeting.save()
        RotaPin.delete().where(RotaPin.meeting == meeting.id).execute()
    return meeting


def apply_history_import(group_id: int, plan: HistoryImportPlan) -> HistoryImportResult:
    """Write the plan in one transaction; a plan with errors, or gone stale, writes nothing."""
    if plan.errors:
        raise HistoryImportError(plan.errors)
    if plan.group_id != group_id:
        raise ValueError(f"The plan was made for group {plan.group_id}, not {group_id}.")
    group = get_group(group_id)
    with database_proxy.atomic("IMMEDIATE"):
        fresh = plan_history_import(group_id, plan.source, plan.today)
        if fresh.errors:
            raise HistoryImportError(fresh.errors)
        if _outline(fresh) != _outline(plan):
            raise HistoryImportError(
                [
                    Words(
                        "CsvImport",
                        "The group's meetings changed since the file was checked; nothing was "
                        "imported. Please check the file again.",
                    )
                ]
            )
        meetings: dict[dt.date, Meeting] = {}
        for day in fresh.held_dates:
            meetings[day] = _held_meeting(group, day)
            if day in fresh.meeting_modes:
                set_meeting_mode(meetings[day].id, fresh.meeting_modes[day])
        later = [row.date for row in fresh.rows if row.date not in meetings]
        if later:
            ensure_schedule(group_id, fresh.today, until=max(later))
        for row in fresh.rows:
            meeting = meetings.get(row.date) or _meeting_on(group_id, row.date)
            assert meeting is not None, row
            if row.action == "unchanged":
                continue
            Attendance.insert(
                meeting=meeting.id,
                member=row.member_id,
                status=row.status,
                presented=row.presented,
                mode=row.mode,
            ).on_conflict(
                conflict_target=[Attendance.meeting, Attendance.member],
                update={
                    Attendance.status: row.status,
                    Attendance.presented: row.presented,
                    Attendance.mode: row.mode,
                },
            ).execute()
    return HistoryImportResult(
        meetings_recorded=len(fresh.held_dates),
        meetings_added=len(fresh.new_held_dates),
        added=fresh.count("add"),
        updated=fresh.count("update"),
        unchanged=fresh.count("unchanged"),
    )
