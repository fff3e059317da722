"""The phase timer as a state machine on an injected clock.

What it shows is always computed from the clock (`view(now)`, made by timer_view.py), never
by counting ticks, so a busy or stalled GUI thread cannot make it drift. The clock must be
monotonic and keep counting while the computer sleeps (see `timer_view.system_clock`), so a
change of the wall clock (daylight saving, time sync) does not disturb it and after a sleep
it shows the real time that passed.

Rules worth knowing (the tests pin each one):

- A phase's elapsed time grows only while the timer runs; pausing freezes it.
- `next` leaves the current phase (its actual length is its elapsed time) for the
  following one, keeping running or paused as it was. A phase never visited starts at 0;
  one visited before (the leader went back) continues its own elapsed time, so ← then →
  pressed by mistake loses nothing. `next` on the last phase ends the meeting.
- `previous` goes back to the phase before and continues *its* elapsed time.
- Auto-advance: when a running phase's time runs out, the next one starts exactly at that
  instant, computed, so one `view` after a long stall lands in the right phase at the right
  second, however many phases passed. It moves on only when time *runs out* while running:
  a phase the leader brings back already out of time (← or −1 minute) stays in overtime
  until the leader moves on, or it would bounce straight back. The last phase runs into
  overtime; the timer never ends the meeting by itself.
- The clock should never run backwards; if a reading is smaller than the one before, the
  difference counts as no time, and time counts on from the new reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from balintdesk.domain.phases import MAX_PHASE_MINUTES, Phase
from balintdesk.domain.timer_snapshot import STATES, SnapshotFields, read_snapshot, snapshot_dict
from balintdesk.domain.timer_view import (
    MEETING_ENDED,
    OVERTIME,
    PHASE_CHANGED,
    WARNING,
    Clock,
    TimerView,
    compute_view,
    counting,
    is_overtime,
    is_warning,
)

READY, RUNNING, PAUSED, ENDED = STATES


class PhaseTimer:
    """Start, pause/resume, next, previous, +/- a minute, restart the phase, end.

    `auto_advance`: when a phase's time is up, move to the next one (otherwise overtime
    counts up until the leader moves on). `warning_seconds`: 120 by default.

    Actions read the clock themselves and return whether they changed anything (pressing
    Space on an ended meeting, say, does nothing). `view(now)` and `pop_events(now)` take
    the reading the caller already made, so a display and its announcements agree.
    """

    def __init__(
        self,
        phases: Sequence[Phase],
        clock: Clock,
        warning_seconds: int = 120,
        auto_advance: bool = False,
    ) -> None:
        self.phases: tuple[Phase, ...] = tuple(phases)
        if not self.phases:
            raise ValueError("A timer needs at least one phase.")
        for phase in self.phases:
            if isinstance(phase.minutes, bool) or not isinstance(phase.minutes, int):
                raise ValueError(f"Phase {phase.name!r}: minutes {phase.minutes!r} not whole.")
            if phase.minutes < 1:
                raise ValueError(f"Phase {phase.name!r} is shorter than a minute.")
        if not (isinstance(warning_seconds, int | float) and warning_seconds >= 0):
            raise ValueError(f"warning_seconds must be ≥ 0, not {warning_seconds!r}.")
        self.clock = clock
        self.warning_seconds = warning_seconds
        self._auto_advance = bool(auto_advance)
        count = len(self.phases)
        self._state = READY
        self._index = 0
        self._elapsed = [0.0] * count  # per phase, up to the last settled instant
        self._added_minutes = [0] * count
        self._started = [False] * count
        self._total = 0.0  # running time of the whole meeting, up to the last settled instant
        self._settled_at = 0.0  # the clock reading up to which running time is counted
        # Milestones: `_visit` counts entries into a phase; the rest is what the listener
        # of pop_events has already been told (or needs no telling, see _rearm).
        self._visit = 0
        self._announced_visit = 0
        self._ended_announced = False
        self._known_warning = False
        self._known_overtime = False

    # --- counting time ------------------------------------------------------------------

    def _settle(self, now: float | None = None) -> float:
        """Count running time up to the reading `now` (default: read the clock), moving on
        through phases that ran out on the way when auto-advance is on; returns `now`."""
        moment = float(self.clock() if now is None else now)
        if self._state != RUNNING:
            return moment
        # A reading below the last one (a clock that should never go back, did) counts
        # as no time, and `_settled_at = moment` below counts on from the new reading.
        gap = max(0.0, moment - self._settled_at)
        last = len(self.phases) - 1
        while self._auto_advance and self._index < last:
            left = self._planned(self._index) - self._elapsed[self._index]
            if left <= 0 or gap < left:
                break  # not run out yet, or already out of time when entered (see module doc)
            # Exactly at the boundary: the phase got its planned length, no more.
            self._elapsed[self._index] = float(self._planned(self._index))
            self._total += left
            gap -= left
            self._enter(self._index + 1)
        self._elapsed[self._index] += gap
        self._total += gap
        self._settled_at = moment
        return moment

    # --- small helpers ------------------------------------------------------------------

    def _planned(self, index: int) -> int:
        return (self.phases[index].minutes + self._added_minutes[index]) * 60

    def _remaining(self) -> float:
        return self._planned(self._index) - self._elapsed[self._index]

    def _rearm(self) -> None:
        """After the leader changes the phase or its length, take its warning/overtime as
        known: those events announce what *time* did (a phase running out), and a phase
        entered with two minutes left or shortened into overtime is already on screen."""
        remaining = self._remaining()
        self._known_warning = is_warning(self._state, remaining, self.warning_seconds)
        self._known_overtime = is_overtime(self._state, remaining)

    def _enter(self, index: int) -> None:
        self._index = index
        if counting(self._state):
            self._started[index] = True
        self._visit += 1
        self._rearm()

    # --- state --------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def is_running(self) -> bool:
        return self._state == RUNNING

    @property
    def auto_advance(self) -> bool:
        return self._auto_advance

    @auto_advance.setter
    def auto_advance(self, on: bool) -> None:
        # Settle first: the time run so far belongs to the old rule, not retroactively
        # to the new one.
        self._settle()
        self._auto_advance = bool(on)

    # --- actions ------------------------------------------------------------------------

    def start(self) -> bool:
        """Begin the meeting at the current phase (normally the first)."""
        moment = self._settle()
        if self._state != READY:
            return False
        self._state = RUNNING
        self._settled_at = moment
        self._started[self._index] = True
        self._rearm()
        return True

    def pause(self) -> bool:
        self._settle()
        if self._state != RUNNING:
            return False
        self._state = PAUSED
        return True

    def resume(self) -> bool:
        moment = self._settle()
        if self._state != PAUSED:
            return False
        self._state = RUNNING
        self._settled_at = moment  # the pause counts for nothing
        return True

    def toggle(self) -> bool:
        """Space: start if ready, else pause or resume."""
        if self._state == READY:
            return self.start()
        if self._state == RUNNING:
            return self.pause()
        return self.resume()

    def next(self) -> bool:
        """On to the next phase; past the last one, the meeting ends. Before the start it
        only chooses the phase to begin with (a group that found its case beforehand)."""
        self._settle()
        last = len(self.phases) - 1
        if self._state == ENDED:
            return False
        if self._state == READY:
            if self._index == last:
                return False  # ending a meeting that never started is what end() is for
            self._enter(self._index + 1)
            return True
        if self._index == last:
            self._state = ENDED
            return True
        self._enter(self._index + 1)
        return True

    def previous(self) -> bool:
        """Back to the phase before, which continues from its own elapsed time."""
        self._settle()
        if self._state == ENDED or self._index == 0:
            return False
        self._enter(self._index - 1)
        return True

    def add_minute(self) -> bool:
        self._settle()
        if self._state == ENDED:
            return False
        if self.phases[self._index].minutes + self._added_minutes[self._index] >= MAX_PHASE_MINUTES:
            return False
        self._added_minutes[self._index] += 1
        self._rearm()
        return True

    def remove_minute(self) -> bool:
        """A minute off the current phase, never below one minute planned; it may put the
        phase into overtime (with auto-advance too: the leader's move, see module doc)."""
        self._settle()
        if self._state == ENDED:
            return False
        if self.phases[self._index].minutes + self._added_minutes[self._index] <= 1:
            return False
        self._added_minutes[self._index] -= 1
        self._rearm()
        return True

    def restart_phase(self) -> bool:
        """The current phase from 0 again; the meeting's total keeps the time that passed."""
        self._settle()
        if not counting(self._state):
            return False
        self._elapsed[self._index] = 0.0
        self._rearm()
        return True

    def end(self) -> bool:
        self._settle()
        if self._state == ENDED:
            return False
        self._state = ENDED
        return True

    # --- what to show -------------------------------------------------------------------

    def view(self, now: float | None = None) -> TimerView:
        """The timer at `now` (a reading of this timer's clock; default: read it now)."""
        self._settle(now)
        return compute_view(
            self.phases,
            state=self._state,
            index=self._index,
            planned=[self._planned(i) for i in range(len(self.phases))],
            elapsed=self._elapsed,
            started=self._started,
            total_elapsed=self._total,
            warning_seconds=self.warning_seconds,
        )

    def pop_events(self, now: float | None = None) -> list[str]:
        """The milestones since the last call, in order, each reported once:

        - "phase_changed": the current phase changed (next, previous, auto-advance; several
          phases passed in one stall make one event, since only the current one matters);
        - "warning": time brought the phase within `warning_seconds` of its end;
        - "overtime": time ran the phase out (never both: overtime is the newer news);
        - "ended": the meeting ended; nothing follows it.

        The UI calls it after `view(now)` with the same `now`, announces each event to
        screen readers and may chime. A new or restored timer starts with nothing to say.
        """
        self._settle(now)
        if self._state == ENDED:
            self._announced_visit = self._visit
            if self._ended_announced:
                return []
            self._ended_announced = True
            return [MEETING_ENDED]
        events: list[str] = []
        if self._visit != self._announced_visit:
            self._announced_visit = self._visit
            events.append(PHASE_CHANGED)
        remaining = self._remaining()
        overtime = is_overtime(self._state, remaining)
        warning = is_warning(self._state, remaining, self.warning_seconds)
        if overtime and not self._known_overtime:
            events.append(OVERTIME)
        elif warning and not self._known_warning:
            events.append(WARNING)
        self._known_overtime, self._known_warning = overtime, warning
        return events

    # --- resume after a crash -----------------------------------------------------------

    def snapshot(self, now: float | None = None) -> dict[str, Any]:
        """A JSON-able dict of everything needed to come back to this instant; see restore.

        Times are the seconds counted so far, not clock readings: the clock of the next
        start (after a reboot, say) has nothing to do with this one.
        """
        self._settle(now)
        return snapshot_dict(
            SnapshotFields(
                phases=self.phases,
                index=self._index,
                state=self._state,
                elapsed_seconds=tuple(self._elapsed),
                added_minutes=tuple(self._added_minutes),
                started=tuple(self._started),
                total_elapsed_seconds=self._total,
                auto_advance=self._auto_advance,
                warning_seconds=self.warning_seconds,
            )
        )

    @classmethod
    def restore(cls, snapshot: dict[str, Any], clock: Clock) -> PhaseTimer:
        """The timer as `snapshot` left it, paused if it was running (the leader presses
        Space to go on), so no time passes while nobody is there to see it. ValueError
        names what is wrong with a snapshot that cannot be read."""
        fields = read_snapshot(snapshot)
        timer = cls(
            fields.phases,
            clock,
            warning_seconds=fields.warning_seconds,
            auto_advance=fields.auto_advance,
        )
        timer._state = PAUSED if fields.state == RUNNING else fields.state
        timer._index = fields.index
        timer._elapsed = list(fields.elapsed_seconds)
        timer._added_minutes = list(fields.added_minutes)
        timer._started = list(fields.started)
        timer._total = fields.total_elapsed_seconds
        # Nothing to announce about the state it comes back in.
        timer._ended_announced = timer._state == ENDED
        timer._rearm()
        return timer
