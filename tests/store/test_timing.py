"""The timing reports read from phase logs the real timer wrote (through timer_store, as
the Timer page saves them): which meetings were timed, and what each report says."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.timer import PhaseTimer
from balintdesk.store import meetings, timer_store
from balintdesk.store.timing import meeting_timing, timed_meetings, timing_reports

from ._meeting_helpers import FIRST, make_group, meeting_on, tuesdays
from ._timing_helpers import PHASES, TEMPLATE, run_meeting

DAYS = tuesdays(FIRST, 3)  # 6, 13, 20 January 2026


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db):
    made = make_group()
    meetings.ensure_schedule(made.id, FIRST, until=DAYS[-1])
    return made


def test_over_time_a_pause_and_a_skipped_phase(group) -> None:
    meeting = meeting_on(group, DAYS[0])
    run_meeting(
        meeting.id,
        ["start", 300, "next", 600, "pause", 240, "resume", "next", 38 * 60, "end"],
        start_utc=meeting.starts_at,
    )
    report = meeting_timing(meeting.id)
    assert report.finished
    assert [p.name for p in report.phases] == [p.name for p in PHASES]
    assert [p.actual_seconds for p in report.phases] == [300, 600, 38 * 60, 0]
    assert [p.over_seconds for p in report.phases] == [0, 0, 8 * 60, -5 * 60]
    assert [p.skipped for p in report.phases] == [False, False, False, True]
    assert [p.stopped_seconds for p in report.phases] == [0, 240, 0, None]
    assert report.over_seconds == 3 * 60  # 53 minutes run of 50 planned
    assert report.stopped_seconds == 240
    # 12:30 in London in January, to 12:30 + 53 + 4 minutes.
    assert (report.starts.hour, report.starts.minute) == (12, 30)
    assert (report.ends.hour, report.ends.minute) == (13, 27)
    assert str(report.starts.tzinfo) == "Europe/London"


def test_a_phase_gone_back_to_cannot_tell_its_pauses(group) -> None:
    meeting = meeting_on(group, DAYS[0])
    steps = ["start", 300, "next", 120, "previous", 60, "next", 480, "next", 1800, "next"]
    run_meeting(meeting.id, [*steps, 300, "next"], start_utc=meeting.starts_at)
    report = meeting_timing(meeting.id)
    first, presentation, discussion, closing = report.phases
    assert (first.actual_seconds, presentation.actual_seconds) == (360, 600)
    assert first.returned_to and presentation.returned_to
    assert first.stopped_seconds is None and presentation.stopped_seconds is None
    assert not discussion.returned_to and discussion.stopped_seconds == 0
    assert closing.stopped_seconds == 0
    assert report.stopped_seconds == 0  # 51 minutes on the wall, 51 counted


def test_only_timed_meetings_of_the_period_are_reported(group) -> None:
    first, second, third = (meeting_on(group, day) for day in DAYS)
    run_meeting(first.id, ["start", 60, "end"], start_utc=first.starts_at)
    run_meeting(third.id, ["start", 60, "end"], start_utc=third.starts_at)
    # The second: a template set up, never started.
    timer_store.start_run(second.id, TEMPLATE, PhaseTimer(PHASES, lambda: 0.0).snapshot())
    assert [m.id for m in timed_meetings(group.id)] == [first.id, third.id]
    reports = timing_reports(group.id, DAYS[1], DAYS[2])
    assert [r.meeting_id for r in reports] == [third.id]
    assert reports[0].group == "Tuesday Balint" and reports[0].day == DAYS[2]


def test_a_timer_still_running_is_reported_as_unfinished(group) -> None:
    meeting = meeting_on(group, DAYS[0])
    now = [0.0]
    timer = PhaseTimer(PHASES, lambda: now[0])
    timer_store.start_run(meeting.id, TEMPLATE, timer.snapshot())
    timer.start()
    now[0] = 200
    view = timer.view(now[0])
    wall = meeting.starts_at + dt.timedelta(seconds=200)
    timer_store.save_progress(meeting.id, timer.snapshot(), view.records, now_utc=wall)
    report = meeting_timing(meeting.id)
    assert not report.finished
    assert report.phases[0].actual_seconds == 200
    assert report.phases[0].stopped_seconds is None  # not closed: nothing to tell yet
