"""A meeting's phase log, written as the timer runs, and the running timer's snapshot.

The UI saves after every action and every few seconds while the timer runs, so a killed
BalintDesk loses at most those seconds: `meeting_phase` holds each phase's name, planned
and actual length (never anything said in it), and `timer_run` the timer's last snapshot,
which the next start offers to resume. The snapshot is opaque here: whatever JSON object
`domain.timer.PhaseTimer.snapshot()` makes, stored and given back unchanged.

`timer_store` re-exports these functions; pages need only that module.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections.abc import Sequence
from typing import Any

from peewee import Case, Select, fn

from balintdesk.domain.phases import PhaseTemplate
from balintdesk.domain.timer_view import PhaseRecord
from balintdesk.domain.words import Words
from balintdesk.store.attendance import get_meeting
from balintdesk.store.models import Meeting, MeetingPhase, MeetingStatus, TimerRun, database_proxy
from balintdesk.store.roster import NotFoundError, ValidationError

log = logging.getLogger(__name__)


def _naive_utc(now_utc: dt.datetime | None) -> dt.datetime:
    """Naive UTC to the second, as stored; a naive `now_utc` already counts as UTC."""
    if now_utc is None:
        now_utc = dt.datetime.now(dt.UTC)
    elif now_utc.tzinfo is not None:
        now_utc = now_utc.astimezone(dt.UTC)
    return now_utc.replace(tzinfo=None, microsecond=0)


def _snapshot_json(snapshot: dict[str, Any]) -> str:
    if not isinstance(snapshot, dict):
        raise TypeError(f"A timer snapshot is a dict, not {type(snapshot).__name__}.")
    # allow_nan=False: NaN/Infinity are not JSON, and a snapshot the next start cannot
    # read would lose the resume it exists for. Compact: it is written every few seconds.
    return json.dumps(snapshot, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _checked(records: Sequence[PhaseRecord]) -> list[PhaseRecord]:
    """The records in phase order; ValueError for what only a programming error makes."""
    ordered = sorted(records, key=lambda record: record.index)
    if [record.index for record in ordered] != list(range(len(ordered))):
        raise ValueError(
            f"Phase records must be numbered 0..n-1, got {[r.index for r in records]}."
        )
    for record in ordered:
        if not isinstance(record.name, str) or not record.name.strip():
            raise ValueError(f"Phase record {record.index} has no name.")
        if not isinstance(record.planned_seconds, int) or record.planned_seconds < 0:
            raise ValueError(
                f"Phase record {record.index}: bad planned {record.planned_seconds!r}."
            )
        if not math.isfinite(record.actual_seconds) or record.actual_seconds < 0:
            raise ValueError(f"Phase record {record.index}: bad actual {record.actual_seconds!r}.")
    return ordered


def _write_log(
    meeting_id: int, records: Sequence[PhaseRecord], now: dt.datetime, ending: bool
) -> None:
    """Bring the meeting's phase rows in line with `records`; call inside a transaction.

    Only rows that differ are written (while the timer runs that is the current phase
    alone), which keeps the save cheap. A row whose phase name changed (the template was
    changed mid-meeting) is a different phase now and takes its times afresh; rows past
    the last record are deleted.
    """
    rows = {
        row.position: row for row in MeetingPhase.select().where(MeetingPhase.meeting == meeting_id)
    }
    for record in _checked(records):
        row = rows.pop(record.index, None)
        same_phase = row is not None and row.name == record.name
        started_at = row.started_at if same_phase else None
        ended_at = row.ended_at if same_phase else None
        # started_at: when the phase first started, kept through pauses and revisits.
        # ended_at: when it last finished; going back to it reopens it.
        if not record.started:
            started_at = None
        elif started_at is None:
            started_at = now
        finished = record.finished or (ending and record.started)
        if not finished:
            ended_at = None
        elif ended_at is None:
            ended_at = now
        values = {
            "name": record.name,
            "planned_seconds": record.planned_seconds,
            "actual_seconds": round(record.actual_seconds),
            "started_at": started_at,
            "ended_at": ended_at,
        }
        if row is None:
            MeetingPhase.insert(meeting=meeting_id, position=record.index, **values).execute()
        elif any(getattr(row, field) != value for field, value in values.items()):
            MeetingPhase.update(**values).where(MeetingPhase.id == row.id).execute()
    if rows:
        MeetingPhase.delete().where(
            MeetingPhase.id.in_([row.id for row in rows.values()])
        ).execute()


def start_run(meeting_id: int, template: PhaseTemplate, snapshot: dict[str, Any]) -> None:
    """Begin (or begin again) the meeting's timer: a fresh phase log for `template`'s
    phases, planned lengths and nothing run yet, and the run row holding `snapshot`."""
    meeting = get_meeting(meeting_id)
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(
            {
                "meeting": Words(
                    "Meetings", "This meeting is cancelled; restore it before running its timer."
                )
            }
        )
    if not template.phases:
        raise ValueError(f"The template “{template.name}” has no phases to run.")
    snapshot_json = _snapshot_json(snapshot)
    now = _naive_utc(None)
    with database_proxy.atomic("IMMEDIATE"):
        MeetingPhase.delete().where(MeetingPhase.meeting == meeting_id).execute()
        MeetingPhase.insert_many(
            [
                {
                    "meeting": meeting_id,
                    "position": position,
                    "name": phase.name,
                    "planned_seconds": phase.minutes * 60,
                    "actual_seconds": 0,
                }
                for position, phase in enumerate(template.phases)
            ]
        ).execute()
        TimerRun.insert(
            meeting=meeting_id,
            template_name=template.name,
            snapshot_json=snapshot_json,
            updated_at=now,
        ).on_conflict(
            conflict_target=[TimerRun.meeting],
            update={
                TimerRun.template_name: template.name,
                TimerRun.snapshot_json: snapshot_json,
                TimerRun.updated_at: now,
            },
        ).execute()


def save_progress(
    meeting_id: int,
    snapshot: dict[str, Any],
    records: Sequence[PhaseRecord],
    now_utc: dt.datetime | None = None,
) -> None:
    """Save the running timer: its snapshot and the phase log, in one transaction.

    NotFoundError when the meeting has no running timer (never started, finished or
    discarded): a late save must not bring back a run the leader ended, or the next
    start would offer to resume a finished meeting.
    """
    snapshot_json = _snapshot_json(snapshot)
    now = _naive_utc(now_utc)
    with database_proxy.atomic("IMMEDIATE"):
        updated = (
            TimerRun.update(snapshot_json=snapshot_json, updated_at=now)
            .where(TimerRun.meeting == meeting_id)
            .execute()
        )
        if not updated:
            raise NotFoundError(f"No timer is running for meeting {meeting_id}; start it first.")
        _write_log(meeting_id, records, now, ending=False)


def finish_run(
    meeting_id: int, records: Sequence[PhaseRecord], now_utc: dt.datetime | None = None
) -> None:
    """The meeting's timer ended: write the phase log a last time and drop the run.

    A phase that had started and is still open ends now. Phases never reached stay in
    the log with their planned length and no actual time, which shows they were skipped.
    """
    get_meeting(meeting_id)
    now = _naive_utc(now_utc)
    with database_proxy.atomic("IMMEDIATE"):
        _write_log(meeting_id, records, now, ending=True)
        TimerRun.delete().where(TimerRun.meeting == meeting_id).execute()


def unfinished_run() -> tuple[Meeting, str, dict[str, Any]] | None:
    """The most recently saved run that was never finished: its meeting, template name
    and snapshot, for the start-up offer to resume; None if there is none.

    A run whose snapshot cannot be read is passed over with a log line (it cannot be
    resumed; `balintdesk check` names it) rather than stopping the app from starting.
    """
    query = (
        TimerRun.select(TimerRun, Meeting)
        .join(Meeting)
        .order_by(TimerRun.updated_at.desc(), TimerRun.id.desc())
    )
    for run in query:
        try:
            snapshot = json.loads(run.snapshot_json)
        except ValueError:
            snapshot = None
        if isinstance(snapshot, dict):
            return run.meeting, run.template_name, snapshot
        log.warning(
            "Timer run #%d of meeting #%d has an unreadable snapshot", run.id, run.meeting_id
        )
    return None


def discard_run(meeting_id: int) -> None:
    """Forget the running timer (the leader chose not to resume); keep its phase log."""
    with database_proxy.atomic():
        TimerRun.delete().where(TimerRun.meeting == meeting_id).execute()


def phase_log(meeting_id: int) -> list[MeetingPhase]:
    """The meeting's phases in the order they ran, with planned and actual seconds."""
    query = MeetingPhase.select().where(MeetingPhase.meeting == meeting_id)
    return list(query.order_by(MeetingPhase.position))


def measured_seconds(meetings: Select) -> dict[int, int]:
    """{meeting id: seconds the phase timer measured} for the meetings in `meetings` (a
    query selecting Meeting ids) whose timer ran to its end — the one rule the CPD record
    and the leader log use for "actual length, else planned".

    A timer counts as having run to its end when no run is left to resume and no phase
    that started is still open (finish_run closes them all). A timer started and then
    discarded, or still running, measured only part of the meeting, so the planned length
    is the better figure; so is a log whose phases all read 0 s (set up, never started).
    Phases skipped at the end count 0 s: they did not happen.
    """
    open_phase = MeetingPhase.started_at.is_null(False) & MeetingPhase.ended_at.is_null(True)
    rows = (
        MeetingPhase.select(
            MeetingPhase.meeting,
            fn.SUM(MeetingPhase.actual_seconds),
            fn.SUM(Case(None, [(open_phase, 1)], 0)),
        )
        .where(
            MeetingPhase.meeting.in_(meetings),
            MeetingPhase.meeting.not_in(TimerRun.select(TimerRun.meeting)),
        )
        .group_by(MeetingPhase.meeting)
        .tuples()
    )
    return {
        meeting_id: int(total) for meeting_id, total, still_open in rows if total and not still_open
    }
