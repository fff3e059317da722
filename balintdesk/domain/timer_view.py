"""What the phase timer shows and announces, computed from what it has counted.

`timer.py` is the state machine (what each key does to the counted time); this module is
its face: the clock it is read with, the `TimerView` a display draws at one reading (with
its prediction of when the meeting ends), the `PhaseRecord` of each phase and the names
of the milestones `PhaseTimer.pop_events` reports. Everything here is a plain value or a
pure function of the timer's counts; nothing here changes them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from balintdesk.domain.phases import Phase
from balintdesk.domain.timer_snapshot import STATES

Clock = Callable[[], float]  # seconds, monotonic, counting through sleep

READY, RUNNING, PAUSED, ENDED = STATES

# The milestones `pop_events` reports: what a screen reader should hear (never every tick).
PHASE_CHANGED, WARNING, OVERTIME, MEETING_ENDED = "phase_changed", "warning", "overtime", "ended"
EVENTS = (PHASE_CHANGED, WARNING, OVERTIME, MEETING_ENDED)


def system_clock() -> Clock:
    """The best clock this OS offers for that: CLOCK_BOOTTIME on Linux, CLOCK_MONOTONIC on
    macOS (which, unlike time.monotonic there, counts sleep), time.monotonic elsewhere
    (Windows' QueryPerformanceCounter counts sleep)."""
    clock_id: int | None = None
    if sys.platform.startswith("linux"):
        clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    elif sys.platform == "darwin":
        clock_id = getattr(time, "CLOCK_MONOTONIC", None)
    if clock_id is not None:
        try:
            time.clock_gettime(clock_id)  # an old kernel or a sandbox may refuse it
        except OSError:
            return time.monotonic
        chosen = clock_id

        def clock() -> float:
            return time.clock_gettime(chosen)

        return clock
    return time.monotonic


# A phase left sooner than this was passed over (Next pressed twice), not held.
SKIPPED_SECONDS = 10


@dataclass(frozen=True)
class PhaseRecord:
    """How a phase went: planned and actual seconds (actual so far for the current one)."""

    index: int
    name: str
    planned_seconds: int
    actual_seconds: float
    started: bool  # it has been the current phase since the meeting started
    finished: bool  # started, and left (or the meeting ended); going back reopens it

    @property
    def skipped(self) -> bool:
        """Left within SKIPPED_SECONDS of coming to it: passed over, not held."""
        return self.finished and self.actual_seconds < SKIPPED_SECONDS


@dataclass(frozen=True)
class TimerView:
    """Everything a display needs at one instant."""

    state: str  # "ready" (not started), "running", "paused", "ended"
    index: int  # current phase
    phase: Phase
    next_phase: Phase | None
    planned_seconds: int  # the current phase's length, with its +/- minutes
    elapsed_seconds: float  # in the current phase
    remaining_seconds: float  # planned - elapsed; negative in overtime
    overtime: bool
    warning: bool  # within `warning_seconds` of the end, not yet over
    total_elapsed_seconds: float  # since the meeting started, pauses excluded
    seconds_to_end: float  # predicted: what is left of this phase + the phases after
    records: tuple[PhaseRecord, ...]


def counting(state: str) -> bool:
    """The meeting is under way (running or paused), so its phase's time means something."""
    return state in (RUNNING, PAUSED)


def is_overtime(state: str, remaining: float) -> bool:
    return counting(state) and remaining <= 0


def is_warning(state: str, remaining: float, warning_seconds: float) -> bool:
    return counting(state) and 0 < remaining <= warning_seconds


def compute_view(
    phases: Sequence[Phase],
    *,
    state: str,
    index: int,
    planned: Sequence[int],
    elapsed: Sequence[float],
    started: Sequence[bool],
    total_elapsed: float,
    warning_seconds: float,
) -> TimerView:
    """The view of a timer in `state` at phase `index`, from its counts: one entry a phase
    in `planned` (seconds, with the +/- minutes), `elapsed` and `started`."""
    count = len(phases)
    remaining = planned[index] - elapsed[index]
    ended = state == ENDED
    if ended:
        seconds_to_end = 0.0
    else:
        # Later phases: what is left of each, which is all of it for one not yet begun.
        seconds_to_end = max(remaining, 0.0) + sum(
            max(planned[later] - elapsed[later], 0.0) for later in range(index + 1, count)
        )
    records = tuple(
        PhaseRecord(
            index=i,
            name=phase.name,
            planned_seconds=planned[i],
            actual_seconds=elapsed[i],
            started=started[i],
            finished=started[i] and (ended or i != index),
        )
        for i, phase in enumerate(phases)
    )
    return TimerView(
        state=state,
        index=index,
        phase=phases[index],
        next_phase=phases[index + 1] if index + 1 < count and not ended else None,
        planned_seconds=planned[index],
        elapsed_seconds=elapsed[index],
        remaining_seconds=remaining,
        overtime=is_overtime(state, remaining),
        warning=is_warning(state, remaining, warning_seconds),
        total_elapsed_seconds=total_elapsed,
        seconds_to_end=seconds_to_end,
        records=records,
    )
