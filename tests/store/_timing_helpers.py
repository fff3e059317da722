"""A meeting timed as the Timer page times it: the domain's PhaseTimer on a fake clock, its
phase log saved through timer_store after every key press, with the wall clock moving in
step, so the log holds what a real meeting's would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from balintdesk.domain.phases import Phase, PhaseTemplate
from balintdesk.domain.timer import PhaseTimer
from balintdesk.store import timer_store

PHASES = (
    Phase("Who has a case?", 5),
    Phase("Presentation", 10),
    Phase("Presenter sits back — group discussion", 30),
    Phase("Closing", 5),
)
TEMPLATE = PhaseTemplate(key="", name="Test", phases=PHASES)


def run_meeting(
    meeting_id: int,
    steps: Iterable[str | int],
    start_utc: dt.datetime,
    template: PhaseTemplate = TEMPLATE,
) -> None:
    """Run the timer through `steps`: a number is seconds passing, a word is the timer's
    action of that name ("start", "pause", "resume", "next", "previous", "end", ...).
    Like the page, the log is saved after each action and finished when the timer ends."""
    now = [0.0]
    timer = PhaseTimer(list(template.phases), lambda: now[0])
    timer_store.start_run(meeting_id, template, timer.snapshot())

    def wall() -> dt.datetime:
        return start_utc + dt.timedelta(seconds=now[0])

    for step in steps:
        if isinstance(step, int):
            now[0] += step
            continue
        getattr(timer, step)()
        view = timer.view(now[0])
        if view.state == "ended":
            timer_store.finish_run(meeting_id, view.records, now_utc=wall())
            return
        timer_store.save_progress(meeting_id, timer.snapshot(), view.records, now_utc=wall())
