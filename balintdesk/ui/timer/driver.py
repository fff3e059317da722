"""Runs the domain timer in Qt: wakes when the shown second changes, saves as it runs.

The time shown is always `timer.view(clock())`; the QTimer only says *when* to look, so a
late or skipped tick (a busy GUI thread, a stalled event loop, a laptop asleep) delays a
repaint but never changes what is shown once it comes.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from balintdesk.domain.timer import PhaseTimer
from balintdesk.domain.timer_view import Clock, TimerView

log = logging.getLogger(__name__)

SAVE_EVERY_SECONDS = 5.0  # at most this much of a phase's length is lost to a kill
MARGIN_SECONDS = 0.015  # wake just after the second changes, not just before


def seconds_until_display_changes(view: TimerView) -> float:
    """When the whole-second display of `view` next changes (see timer_widgets.clock_text)."""
    if view.state != "running":
        return 1.0  # the predicted end time still moves while paused
    remaining = view.remaining_seconds
    if remaining > 0:
        # Counting down, shown rounded up: it changes when remaining crosses an integer.
        step = remaining - math.floor(remaining)
        step = step if step > 1e-4 else 1.0
    else:
        step = 1.0 - ((-remaining) % 1.0)
    return max(0.02, min(step, 1.0)) + MARGIN_SECONDS


class TimerDriver(QObject):
    updated = Signal(object)  # TimerView
    milestone = Signal(str)  # "phase_changed", "warning", "overtime", "ended"

    def __init__(
        self,
        timer: PhaseTimer,
        clock: Clock,
        save: Callable[[PhaseTimer, TimerView], None] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.timer = timer
        self.clock = clock
        self._save = save
        self._last_save = -math.inf
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self.refresh)
        self.last_view: TimerView | None = None

    # --- actions the keys and buttons call ---------------------------------------------

    def toggle(self) -> None:
        self._act(self.timer.toggle)

    def next(self) -> None:
        self._act(self.timer.next)

    def previous(self) -> None:
        self._act(self.timer.previous)

    def add_minute(self) -> None:
        self._act(self.timer.add_minute)

    def remove_minute(self) -> None:
        self._act(self.timer.remove_minute)

    def restart_phase(self) -> None:
        self._act(self.timer.restart_phase)

    def end(self) -> None:
        self._act(self.timer.end)

    def _act(self, action: Callable[[], object]) -> None:
        action()
        self.refresh(force_save=True)

    # --- the loop -----------------------------------------------------------------------

    def refresh(self, force_save: bool = False) -> TimerView:
        now = self.clock()
        view = self.timer.view(now)
        for event in self.timer.pop_events(now):
            self.milestone.emit(event)
        self.last_view = view
        self.updated.emit(view)
        if self._save is not None and (
            force_save
            or view.state == "ended"
            or (view.state == "running" and now - self._last_save >= SAVE_EVERY_SECONDS)
        ):
            try:
                self._save(self.timer, view)
            except Exception:  # a failed save must not stop the clock on the wall
                log.exception("Saving the timer's progress failed")
            self._last_save = now
        if view.state == "ended":
            self._tick.stop()
        else:
            self._tick.start(int(seconds_until_display_changes(view) * 1000))
        return view

    def stop(self) -> None:
        self._tick.stop()
