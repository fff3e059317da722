"""Render the room display at 1920×1080 and 1280×720 in each state, and the Timer page.

    QT_QPA_PLATFORM=offscreen python docs/render_timer.py [OUT_DIR]

A fake clock puts the timer exactly where each picture needs it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from render_common import WINDOW_SIZE, Shooter, run, throwaway_database

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.phases import built_in_template
from balintdesk.domain.roster import MemberDraft
from balintdesk.domain.timer import PhaseTimer
from balintdesk.store import roster, timer_store
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.timer.driver import TimerDriver
from balintdesk.ui.timer.projector import ProjectorWindow

TODAY = dt.date(2026, 3, 3)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def states() -> list[tuple[str, PhaseTimer, FakeClock]]:
    """(name, timer, its clock) for each state, on the classic template."""
    phases = list(built_in_template("classic").phases)
    made = []

    clock = FakeClock()
    ready = PhaseTimer(phases, clock)
    made.append(("frame", ready, clock))

    clock = FakeClock()
    running = PhaseTimer(phases, clock)
    running.start()
    running.next()
    clock.advance(4 * 60 + 13)  # Presentation, 5:47 left
    made.append(("running", running, clock))

    clock = FakeClock()
    warning = PhaseTimer(phases, clock)
    warning.start()
    for _ in range(3):
        warning.next()
    clock.advance(28 * 60 + 25)  # the sit-back phase, 1:35 left
    made.append(("warning", warning, clock))

    clock = FakeClock()
    overtime = PhaseTimer(phases, clock)
    overtime.start()
    overtime.next()
    overtime.next()
    clock.advance(5 * 60 + 72)  # clarifying questions, 1:12 over
    made.append(("overtime", overtime, clock))

    clock = FakeClock()
    paused = PhaseTimer(phases, clock)
    paused.start()
    for _ in range(4):
        paused.next()
    clock.advance(2 * 60 + 30)
    paused.pause()
    made.append(("paused", paused, clock))

    clock = FakeClock()
    ended = PhaseTimer(phases, clock)
    ended.start()
    clock.advance(3 * 60)
    ended.next()
    clock.advance(11 * 60)
    ended.end()
    made.append(("ended", ended, clock))
    return made


def render(out: Path) -> list[Path]:
    shot = Shooter(out)

    for name, timer, clock in states():
        for width, height in ((1920, 1080), (1280, 720)):
            window = ProjectorWindow(TimerDriver(timer, clock))
            window.set_frame(timer_store.DEFAULT_FRAME_TEXT)
            window.resize(width, height)
            window.show()
            window.driver.refresh()
            shot(window, f"projector-{name}-{width}x{height}")
            window.close()

    with throwaway_database() as (data_dir, db):
        group = roster.create_group(
            "Riverside Balint group",
            MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 60, "Seminar room"),
            TODAY,
        )
        roster.add_member(group.id, MemberDraft("Dr Ann Example"))
        clock = FakeClock()
        window = MainWindow(db, data_dir, today=lambda: TODAY, clock=clock)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.show_page(MainWindow.TIMER)
        page = window.timer_page
        page.driver.toggle()
        page.driver.next()
        clock.advance(3 * 60 + 20)
        page.driver.refresh()
        shot(window, "timer-page")
        page.driver.next()
        clock.advance(2)  # the clarifying questions passed over at once
        page.driver.next()
        clock.advance(31 * 60)
        page.driver.end()
        shot(window, "timer-ended")
        window.close()
    return shot.written


if __name__ == "__main__":
    run(render)
