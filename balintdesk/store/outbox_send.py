"""Sending the outbox (store/outbox.py) to the server once it is back.

Entries go in the order they were made, each in its own transaction, and an entry is
removed from the outbox only after the server committed it. A connection lost on the
way stops the sending there (the exception goes to the caller; what was sent stays
sent). Sending again changes nothing that was sent already: an entry whose change the
server holds already is just removed.

A conflict is a row the server changed meanwhile, elsewhere: a mark whose server value
is neither what the window showed before (`was`) nor the new one, a meeting recorded or
cancelled on another computer. The server's state is kept, the entry dropped, and the
caller gets a `Conflict` to say which member and what. The timer's phase log has none:
only the computer running the meeting's timer writes it.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from balintdesk.domain.phases import Phase, PhaseTemplate
from balintdesk.domain.timer_view import PhaseRecord
from balintdesk.store import leaders, timer_runs
from balintdesk.store.attendance import presenters_of, record_meeting
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Member,
    TimerRun,
    database_proxy,
)
from balintdesk.store.outbox import Entry, Kind, Outbox
from balintdesk.store.roster import ValidationError


class Why(enum.Enum):
    CHANGED = "changed"  # the server's mark changed meanwhile (`kept` says to what)
    RECORDED = "recorded"  # the meeting was recorded on another computer meanwhile
    CANCELLED = "cancelled"  # the meeting was cancelled meanwhile (or is gone)
    REFUSED = "refused"  # the store refused it now (`error` says why)


@dataclass(frozen=True)
class Conflict:
    kind: Kind
    why: Why
    meeting_id: int
    member_name: str = ""  # a MARK's member
    kept: str = ""  # the server's mark that was kept ("" for none)
    wanted: str = ""  # the mark this computer had made
    error: Exception | None = None


@dataclass
class Sent:
    sent: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def send(outbox: Outbox, target: str) -> Sent:
    """Send what waits for `target`, oldest first. A lost connection raises (peewee's
    OperationalError/InterfaceError, `server.is_connection_lost`), with what went before
    sent and removed."""
    result = Sent()
    entries = outbox.entries(target)
    for position, entry in enumerate(entries):
        # A mark the server holds from a later entry of the same member is ours, sent
        # before a crash lost its removal: no conflict, and nothing to write.
        later = {
            e.payload["status"]
            for e in entries[position + 1 :]
            if (e.kind, e.meeting_id, e.member_id) == (Kind.MARK, entry.meeting_id, entry.member_id)
        }
        try:
            with database_proxy.atomic():
                conflict = _replay(entry, later)
        except ValidationError as exc:  # refused as it stands now: it never will go
            conflict = Conflict(entry.kind, Why.REFUSED, entry.meeting_id, error=exc)
        outbox.remove(entry.id)  # after the commit above
        if conflict is None:
            result.sent += 1
        else:
            result.conflicts.append(conflict)
    return result


def _replay(entry: Entry, later: set[str]) -> Conflict | None:
    meeting = Meeting.get_or_none(Meeting.id == entry.meeting_id)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED:
        return Conflict(entry.kind, Why.CANCELLED, entry.meeting_id)
    if entry.kind == Kind.MARK:
        return _mark(entry, meeting, later)
    if entry.kind == Kind.RECORD:
        return _record(entry, meeting)
    _timer(entry)
    return None


def _mark(entry: Entry, meeting: Meeting, later: set[str]) -> Conflict | None:
    wanted = entry.payload["status"]
    was = entry.payload["was"]
    member = Member.get_or_none(Member.id == entry.member_id)
    row = Attendance.get_or_none(
        (Attendance.meeting == meeting.id) & (Attendance.member == entry.member_id)
    )
    current = row.status if row is not None else ""
    if current in later - {was, wanted}:
        return None
    if current not in (was, wanted):
        name = member.name if member is not None else ""
        return Conflict(Kind.MARK, Why.CHANGED, meeting.id, name, current, wanted)
    if not wanted:
        if row is not None:
            row.delete_instance()
        return None
    present = wanted == AttendanceStatus.PRESENT
    hybrid = meeting.mode == MeetingMode.HYBRID
    before = row.mode if row is not None else None
    place = (entry.payload.get("where") or before or MeetingMode.IN_PERSON) if hybrid else None
    place = place if present else None
    if row is None:
        Attendance.create(meeting=meeting.id, member=entry.member_id, status=wanted, mode=place)
    elif (row.status, row.mode) != (wanted, place):
        row.status = wanted
        row.presented = row.presented and present
        row.mode = place
        row.save()
    return None


def _record(entry: Entry, meeting: Meeting) -> Conflict | None:
    data = entry.payload
    presenters = list(data["presenters"])
    if meeting.status == MeetingStatus.HELD and data["was"] != MeetingStatus.HELD:
        if presenters_of(meeting.id) == presenters and (meeting.theme or "") == data["theme"]:
            return None  # the same record: sent before, or made alike elsewhere
        return Conflict(Kind.RECORD, Why.RECORDED, meeting.id)
    today = dt.date.fromisoformat(data["today"])
    leaders.set_leaders(meeting.id, data["leader"], data["co_leader"], today=today)
    record_meeting(meeting.id, presenters, data["theme"], today=today)
    return None


def timer_payload(
    template: PhaseTemplate, snapshot: dict, records: list[PhaseRecord], ended: bool
) -> dict:
    """A TIMER entry's payload: the whole state, as JSON (phase names and lengths, the
    timer's snapshot; never anything said in a phase)."""
    return {
        "template": template.name,
        "phases": [[phase.name, phase.minutes] for phase in template.phases],
        "snapshot": snapshot,
        "records": [
            {
                "index": r.index,
                "name": r.name,
                "planned_seconds": r.planned_seconds,
                "actual_seconds": r.actual_seconds,
                "started": r.started,
                "finished": r.finished,
            }
            for r in records
        ],
        "ended": ended,
    }


def _timer(entry: Entry) -> None:
    data = entry.payload
    records = [PhaseRecord(**record) for record in data["records"]]
    now = entry.made_at
    if data["ended"]:
        timer_runs.finish_run(entry.meeting_id, records, now_utc=now)
        return
    if not TimerRun.select().where(TimerRun.meeting == entry.meeting_id).exists():
        phases = tuple(Phase(name, minutes) for name, minutes in data["phases"])
        template = PhaseTemplate("", data["template"], phases)
        timer_runs.start_run(entry.meeting_id, template, data["snapshot"])
    timer_runs.save_progress(entry.meeting_id, data["snapshot"], records, now_utc=now)
