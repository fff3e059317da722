"""The timing reports of a group's meetings, read from their phase logs (see
domain.timing_report for what each figure means and how exact it is).

A meeting counts as *timed* when at least one of its phases started or counted time (a
log from before the phases' start times were kept has only the seconds): a log set up and
never started has nothing to report. Cancelled meetings are left out.
"""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.timing_report import PhaseSpan, TimingReport, timing_report
from balintdesk.store.attendance import get_meeting
from balintdesk.store.models import Group, Meeting, MeetingPhase, MeetingStatus, TimerRun
from balintdesk.store.roster import get_group

__all__ = ["meeting_timing", "timed_meetings", "timing_reports"]


def _timed(group_id: int) -> object:
    started = MeetingPhase.select(MeetingPhase.meeting).where(
        MeetingPhase.started_at.is_null(False) | (MeetingPhase.actual_seconds > 0)
    )
    return (
        (Meeting.group == group_id)
        & (Meeting.status != MeetingStatus.CANCELLED)
        & Meeting.id.in_(started)
    )


def timed_meetings(
    group_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[Meeting]:
    """The group's timed meetings, oldest first, within start..end (local dates) if given."""
    get_group(group_id)
    where = _timed(group_id)
    if start is not None:
        where &= Meeting.local_date >= start
    if end is not None:
        where &= Meeting.local_date <= end
    return list(Meeting.select().where(where).order_by(Meeting.starts_at, Meeting.id))


def _report(meeting: Meeting, group: Group) -> TimingReport:
    rows = list(
        MeetingPhase.select()
        .where(MeetingPhase.meeting == meeting.id)
        .order_by(MeetingPhase.position)
    )
    spans = [
        PhaseSpan(
            position=row.position,
            name=row.name,
            planned_seconds=row.planned_seconds,
            actual_seconds=row.actual_seconds,
            started_at=row.started_at,
            ended_at=row.ended_at,
        )
        for row in rows
    ]
    still_running = TimerRun.select().where(TimerRun.meeting == meeting.id).exists()
    left_open = any(row.started_at is not None and row.ended_at is None for row in rows)
    return timing_report(
        meeting.id,
        meeting.local_date,
        group.name,
        meeting.timezone,
        spans,
        finished=not still_running and not left_open,
    )


def meeting_timing(meeting_id: int) -> TimingReport:
    """The report of one meeting (NotFoundError if there is no such meeting)."""
    meeting = get_meeting(meeting_id)
    return _report(meeting, get_group(meeting.group_id))


def timing_reports(group_id: int, start: dt.date, end: dt.date) -> list[TimingReport]:
    """The reports of the group's timed meetings from start to end, oldest first."""
    group = get_group(group_id)
    return [_report(meeting, group) for meeting in timed_meetings(group_id, start, end)]
