"""The phase timer on a fake clock: arithmetic, phases, auto-advance, clock jumps, events,
snapshots. No test sleeps; time moves only when a test says so."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balintdesk.domain import timer_view
from balintdesk.domain.phases import Phase, built_in_template
from balintdesk.domain.timer import PhaseTimer
from balintdesk.domain.timer_view import TimerView, system_clock


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


A, B, C = Phase("A", 5, "first"), Phase("B", 10, "second"), Phase("C", 3, "third")
PHASES = [A, B, C]  # 300 s, 600 s, 180 s


def make(
    phases: list[Phase] | None = None, warning_seconds: int = 120, auto_advance: bool = False
) -> tuple[PhaseTimer, FakeClock]:
    clock = FakeClock()
    timer = PhaseTimer(phases or PHASES, clock, warning_seconds, auto_advance)
    return timer, clock


def started(**kwargs: Any) -> tuple[PhaseTimer, FakeClock]:
    timer, clock = make(**kwargs)
    assert timer.start()
    return timer, clock


# --- construction and the ready state ---------------------------------------------------


def test_a_timer_needs_phases_of_at_least_a_minute() -> None:
    with pytest.raises(ValueError, match="at least one phase"):
        PhaseTimer([], FakeClock())
    with pytest.raises(ValueError, match="shorter than a minute"):
        PhaseTimer([Phase("x", 0)], FakeClock())
    with pytest.raises(ValueError, match="warning_seconds"):
        PhaseTimer(PHASES, FakeClock(), warning_seconds=-1)


def test_ready_shows_the_first_phase_whole_and_counts_nothing() -> None:
    timer, clock = make()
    clock.advance(500)
    view = timer.view()
    assert (view.state, view.index, view.phase, view.next_phase) == ("ready", 0, A, B)
    assert (view.elapsed_seconds, view.remaining_seconds, view.planned_seconds) == (0, 300, 300)
    assert not view.overtime and not view.warning
    assert view.total_elapsed_seconds == 0
    assert view.seconds_to_end == 300 + 600 + 180
    assert not timer.is_running


def test_view_defaults_to_the_clock_and_takes_a_reading() -> None:
    timer, clock = started()
    clock.advance(40)
    assert timer.view().elapsed_seconds == 40
    assert timer.view(clock.now + 5).elapsed_seconds == 45


# --- start, pause, resume ---------------------------------------------------------------


def test_pause_freezes_and_resume_goes_on_where_it_was() -> None:
    timer, clock = started()
    clock.advance(30)
    assert timer.pause()
    clock.advance(1000)  # a long pause counts for nothing
    view = timer.view()
    assert (view.state, view.elapsed_seconds, view.total_elapsed_seconds) == ("paused", 30, 30)
    assert timer.resume()
    clock.advance(15)
    view = timer.view()
    assert (view.state, view.elapsed_seconds, view.remaining_seconds) == ("running", 45, 255)
    assert view.total_elapsed_seconds == 45


def test_toggle_starts_pauses_and_resumes() -> None:
    timer, clock = make()
    states = []
    for _ in range(4):
        assert timer.toggle()
        clock.advance(10)
        states.append(timer.view().state)
    assert states == ["running", "paused", "running", "paused"]
    assert timer.view().elapsed_seconds == 20


def test_actions_that_do_not_apply_change_nothing() -> None:
    timer, _ = make()
    assert not timer.pause() and not timer.resume() and not timer.restart_phase()
    assert timer.start()
    assert not timer.start() and not timer.resume()
    assert not timer.previous()  # already the first phase
    assert timer.view().state == "running"


# --- next and previous ------------------------------------------------------------------


def test_next_finishes_the_phase_and_starts_the_next_at_zero_still_running() -> None:
    timer, clock = started()
    clock.advance(100)
    assert timer.next()
    clock.advance(20)
    view = timer.view()
    assert (view.index, view.phase, view.elapsed_seconds, view.state) == (1, B, 20, "running")
    first = view.records[0]
    assert (first.actual_seconds, first.started, first.finished) == (100, True, True)
    assert view.records[1].started and not view.records[1].finished
    assert not view.records[2].started
    assert view.total_elapsed_seconds == 120


def test_next_while_paused_stays_paused() -> None:
    timer, clock = started()
    clock.advance(50)
    timer.pause()
    timer.next()
    clock.advance(500)
    view = timer.view()
    assert (view.index, view.state, view.elapsed_seconds) == (1, "paused", 0)
    assert view.records[0].actual_seconds == 50


def test_previous_continues_that_phases_own_time_and_next_returns_to_where_it_was() -> None:
    timer, clock = started()
    clock.advance(100)
    timer.next()
    clock.advance(40)
    assert timer.previous()
    clock.advance(5)
    view = timer.view()
    assert (view.index, view.elapsed_seconds) == (0, 105)
    assert view.records[1].actual_seconds == 40 and view.records[1].finished
    timer.next()  # ← then → by mistake loses nothing
    clock.advance(1)
    assert timer.view().elapsed_seconds == 41
    assert timer.view().total_elapsed_seconds == 146


def test_next_on_the_last_phase_ends_the_meeting() -> None:
    timer, clock = started()
    timer.next()
    timer.next()
    clock.advance(60)
    assert timer.next()
    view = timer.view()
    assert (view.state, view.index, view.next_phase, view.seconds_to_end) == ("ended", 2, None, 0)
    assert all(record.finished for record in view.records)
    assert view.records[2].actual_seconds == 60


def test_before_the_start_next_and_previous_choose_the_first_phase() -> None:
    timer, clock = make()
    assert timer.next() and timer.next()
    assert not timer.next()  # the last phase: there is nothing to skip to, and no ending
    assert timer.previous()
    timer.start()
    clock.advance(10)
    view = timer.view()
    assert (view.index, view.elapsed_seconds) == (1, 10)
    assert [r.started for r in view.records] == [False, True, False]


# --- +/- a minute, restart, end ---------------------------------------------------------


def test_add_and_remove_a_minute_change_the_current_phase_only() -> None:
    timer, clock = started()
    clock.advance(30)
    assert timer.add_minute() and timer.add_minute()
    view = timer.view()
    assert (view.planned_seconds, view.remaining_seconds) == (420, 390)
    assert view.records[0].planned_seconds == 420 and view.records[1].planned_seconds == 600
    assert timer.remove_minute()
    assert timer.view().planned_seconds == 360
    assert view.phase.minutes == 5  # the template's phase is untouched


def test_remove_minute_stops_at_one_minute_and_may_make_overtime() -> None:
    timer, clock = started(phases=[Phase("A", 3), Phase("B", 5)])
    clock.advance(90)
    assert timer.remove_minute()
    view = timer.view()
    assert (view.planned_seconds, view.remaining_seconds, view.overtime) == (120, 30, False)
    assert timer.remove_minute()
    view = timer.view()
    assert (view.planned_seconds, view.remaining_seconds, view.overtime) == (60, -30, True)
    assert not timer.remove_minute()
    assert timer.view().planned_seconds == 60


def test_add_minute_stops_at_180_minutes() -> None:
    timer, _ = started(phases=[Phase("long", 179)])
    assert timer.add_minute()
    assert not timer.add_minute()
    assert timer.view().planned_seconds == 180 * 60


def test_restart_phase_zeroes_the_phase_but_not_the_meeting() -> None:
    timer, clock = started()
    clock.advance(200)
    timer.pause()
    assert timer.restart_phase()
    view = timer.view()
    assert (view.elapsed_seconds, view.total_elapsed_seconds, view.state) == (0, 200, "paused")
    timer.resume()
    clock.advance(7)
    assert timer.view().elapsed_seconds == 7


def test_end_stops_everything() -> None:
    timer, clock = started()
    clock.advance(100)
    timer.next()
    clock.advance(30)
    assert timer.end()
    clock.advance(999)
    for action in (
        timer.toggle,
        timer.start,
        timer.next,
        timer.previous,
        timer.add_minute,
        timer.remove_minute,
        timer.restart_phase,
        timer.end,
    ):
        assert not action()
    view = timer.view()
    assert (view.state, view.index, view.elapsed_seconds) == ("ended", 1, 30)
    assert (view.overtime, view.warning, view.total_elapsed_seconds) == (False, False, 130)
    assert [r.finished for r in view.records] == [True, True, False]


# --- overtime and warning ---------------------------------------------------------------


def test_without_auto_advance_overtime_counts_up_in_the_same_phase() -> None:
    timer, clock = started()
    clock.advance(299)
    assert not timer.view().overtime
    clock.advance(1)
    view = timer.view()
    assert (view.overtime, view.remaining_seconds) == (True, 0)
    clock.advance(3600)
    view = timer.view()
    assert (view.index, view.remaining_seconds, view.overtime) == (0, -3600, True)
    assert not view.warning


def test_warning_two_minutes_before_the_end_by_default() -> None:
    timer, clock = started()
    clock.advance(179)  # 121 s left
    assert not timer.view().warning
    clock.advance(1)  # 120 s left
    assert timer.view().warning
    timer.pause()
    assert timer.view().warning  # a paused display keeps its cue
    timer.resume()
    clock.advance(120)
    view = timer.view()
    assert view.overtime and not view.warning


def test_warning_seconds_is_configurable_and_zero_turns_it_off() -> None:
    timer, clock = started(warning_seconds=300)
    clock.advance(1)  # 299 s left of 300
    assert timer.view().warning
    quiet, clock = started(warning_seconds=0)
    clock.advance(299.9)
    assert not quiet.view().warning


def test_not_in_warning_before_the_start() -> None:
    timer, _ = make(phases=[Phase("short", 1)])
    assert not timer.view().warning  # 60 s "left", but nothing runs yet


# --- auto-advance -----------------------------------------------------------------------


def test_auto_advance_passes_several_phases_in_one_gap_exactly() -> None:
    timer, clock = started(auto_advance=True)
    clock.advance(300 + 600 + 42)  # A and B run out with nobody looking
    view = timer.view()
    assert (view.index, view.elapsed_seconds, view.state) == (2, 42, "running")
    assert [r.actual_seconds for r in view.records] == [300, 600, 42]
    assert [r.finished for r in view.records] == [True, True, False]
    assert view.total_elapsed_seconds == 942


def test_auto_advance_starts_the_next_phase_exactly_at_the_boundary() -> None:
    timer, clock = started(auto_advance=True)
    clock.advance(299.5)
    assert timer.view().index == 0
    clock.advance(0.5)
    view = timer.view()
    assert (view.index, view.elapsed_seconds) == (1, 0)


def test_auto_advance_runs_the_last_phase_into_overtime_and_never_ends() -> None:
    timer, clock = started(auto_advance=True)
    clock.advance(300 + 600 + 180 + 75)
    view = timer.view()
    assert (view.state, view.index, view.remaining_seconds, view.overtime) == (
        "running",
        2,
        -75,
        True,
    )


def test_auto_advance_counts_no_pause() -> None:
    timer, clock = started(auto_advance=True)
    clock.advance(290)
    timer.pause()
    clock.advance(5000)
    assert timer.view().index == 0
    timer.resume()
    clock.advance(20)
    view = timer.view()
    assert (view.index, view.elapsed_seconds) == (1, 10)


def test_auto_advance_does_not_bounce_off_a_phase_the_leader_went_back_to() -> None:
    timer, clock = started(auto_advance=True)
    clock.advance(310)  # A ran out: B has 10 s
    timer.previous()  # back to A, which is out of time
    clock.advance(30)
    view = timer.view()
    assert (view.index, view.overtime, view.elapsed_seconds) == (0, True, 330)
    timer.add_minute()  # 30 s left now: when they run out, on it goes again
    clock.advance(35)
    view = timer.view()
    assert (view.index, view.elapsed_seconds) == (1, 15)  # B continues from its 10 s


def test_auto_advance_can_be_switched_mid_meeting_without_rewriting_the_past() -> None:
    timer, clock = started()
    clock.advance(310)
    timer.view()
    timer.auto_advance = True  # A is already out of time: it stays
    clock.advance(5)
    assert timer.view().index == 0


# --- the clock: jumps, sleep, stalls ----------------------------------------------------


def test_a_clock_jumping_backwards_counts_as_no_time() -> None:
    timer, clock = started()
    clock.advance(60)
    assert timer.view().elapsed_seconds == 60
    clock.advance(-500)
    view = timer.view()
    assert view.elapsed_seconds == 60 and view.total_elapsed_seconds == 60
    clock.advance(10)  # and it counts on from the new reading
    assert timer.view().elapsed_seconds == 70
    timer.pause()
    clock.advance(-50)
    timer.resume()
    clock.advance(5)
    assert timer.view().elapsed_seconds == 75


def test_a_sleep_of_twenty_minutes_shows_the_real_time_that_passed() -> None:
    timer, clock = started()
    clock.advance(100)
    timer.view()
    clock.advance(1200)  # the laptop slept; a boot-time clock kept counting
    view = timer.view()
    assert (view.elapsed_seconds, view.remaining_seconds, view.overtime) == (1300, -1000, True)
    assert view.total_elapsed_seconds == 1300


def test_a_stalled_event_loop_changes_nothing_once_a_view_comes() -> None:
    ticking, tick_clock = started(auto_advance=True)
    stalled, stall_clock = started(auto_advance=True)
    for _ in range(10):  # both tick every second for 10 s
        tick_clock.advance(1)
        stall_clock.advance(1)
        ticking.view()
        stalled.view()
    for _ in range(300):  # one goes on ticking; the other sees no view for 300 s
        tick_clock.advance(1)
        ticking.view()
    stall_clock.advance(300)
    late = stalled.view()
    assert late.elapsed_seconds == 10 and late.index == 1  # 310 s: B began 10 s ago
    assert late == ticking.view()


# --- prediction -------------------------------------------------------------------------


def test_seconds_to_end_is_what_is_left_of_now_and_after() -> None:
    timer, clock = started()
    clock.advance(100)
    assert timer.view().seconds_to_end == 200 + 600 + 180
    clock.advance(400)  # A is 200 s over: it predicts nothing negative
    assert timer.view().seconds_to_end == 600 + 180
    timer.next()
    clock.advance(600)
    timer.previous()  # B has run 600 s: only C is still ahead in full
    assert timer.view().seconds_to_end == 180
    wall_now = dt.datetime(2025, 3, 4, 19, 0)
    view = timer.view()
    assert wall_now + dt.timedelta(seconds=view.seconds_to_end) == dt.datetime(2025, 3, 4, 19, 3)


def test_seconds_to_end_follows_added_minutes_and_stops_while_paused() -> None:
    timer, clock = started()
    timer.add_minute()
    assert timer.view().seconds_to_end == 360 + 600 + 180
    timer.pause()
    clock.advance(100)
    assert timer.view().seconds_to_end == 360 + 600 + 180


# --- events -----------------------------------------------------------------------------


def test_events_fire_once_each_in_a_meeting() -> None:
    timer, clock = started(phases=[Phase("A", 5), Phase("B", 5)])
    assert timer.pop_events() == []  # starting is the leader's own act
    clock.advance(180)
    assert timer.pop_events() == ["warning"]
    clock.advance(10)
    assert timer.pop_events() == []
    clock.advance(110)
    assert timer.pop_events() == ["overtime"]
    clock.advance(60)
    assert timer.pop_events() == []
    timer.next()
    assert timer.pop_events() == ["phase_changed"]
    assert timer.pop_events() == []
    timer.end()
    assert timer.pop_events() == ["ended"]
    clock.advance(60)
    assert timer.pop_events() == []


def test_a_stall_through_warning_into_overtime_reports_overtime_only() -> None:
    timer, clock = started()
    clock.advance(400)
    assert timer.pop_events() == ["overtime"]


def test_auto_advance_through_several_phases_is_one_phase_change() -> None:
    timer, clock = started(auto_advance=True)
    clock.advance(300 + 600 + 100)  # C, 180 s long, is 100 s in: 80 s left
    assert timer.pop_events() == ["phase_changed", "warning"]
    clock.advance(80)
    assert timer.pop_events() == ["overtime"]


def test_a_phase_entered_within_the_warning_is_not_warned_again() -> None:
    timer, clock = started(phases=[Phase("A", 5), Phase("short", 2)])
    timer.next()
    clock.advance(30)
    assert timer.pop_events() == ["phase_changed"]  # "2 minutes left" is no news


def test_the_leaders_own_changes_rearm_the_warning_and_overtime() -> None:
    timer, clock = started()
    clock.advance(300)
    assert timer.pop_events() == ["overtime"]
    timer.add_minute()  # 60 s left: out of overtime
    assert timer.pop_events() == []
    clock.advance(60)
    assert timer.pop_events() == ["overtime"]  # it ran out again
    timer.add_minute()
    timer.add_minute()
    timer.add_minute()  # 180 s left
    timer.pop_events()
    timer.remove_minute()  # shortened into the warning by hand: already on screen
    assert timer.pop_events() == []


def test_previous_and_next_before_the_start_announce_the_phase() -> None:
    timer, _ = make()
    timer.next()
    assert timer.pop_events() == ["phase_changed"]


def test_events_after_restarting_a_phase_come_again() -> None:
    timer, clock = started()
    clock.advance(200)
    assert timer.pop_events() == ["warning"]
    timer.restart_phase()
    clock.advance(200)
    assert timer.pop_events() == ["warning"]


# --- snapshot and restore ---------------------------------------------------------------


def round_trip(snapshot: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(snapshot, allow_nan=False))


def test_restore_comes_back_paused_at_exactly_the_snapshots_times() -> None:
    timer, clock = started(warning_seconds=90, auto_advance=True)
    clock.advance(123.456789)
    timer.add_minute()
    timer.next()
    timer.remove_minute()
    clock.advance(0.1 + 0.2)  # a float sum that is not what it looks like
    before = timer.view()
    snapshot = round_trip(timer.snapshot())
    later = FakeClock(start=5.0)  # a new process, a new clock
    restored = PhaseTimer.restore(snapshot, later)
    later.advance(3600)  # nobody pressed Space yet: nothing counts
    after = restored.view()
    assert after.state == "paused"
    assert after.records == before.records
    for field in ("index", "elapsed_seconds", "total_elapsed_seconds", "planned_seconds"):
        assert getattr(after, field) == getattr(before, field), field
    assert (restored.warning_seconds, restored.auto_advance) == (90, True)
    assert restored.pop_events() == []
    restored.toggle()
    later.advance(10)
    assert restored.view().elapsed_seconds == pytest.approx(before.elapsed_seconds + 10)


def test_restore_keeps_ready_and_ended() -> None:
    ready, _ = make()
    ready.next()
    back = PhaseTimer.restore(round_trip(ready.snapshot()), FakeClock())
    assert (back.view().state, back.view().index) == ("ready", 1)
    ended, clock = started()
    clock.advance(30)
    ended.end()
    back = PhaseTimer.restore(round_trip(ended.snapshot()), FakeClock())
    assert back.view().state == "ended"
    assert back.pop_events() == []  # already said before the crash


def test_snapshot_is_json_with_the_agreed_fields() -> None:
    timer, clock = started()
    clock.advance(5)
    snapshot = timer.snapshot()
    assert json.loads(json.dumps(snapshot)) == snapshot
    assert snapshot["state"] == "running"
    assert snapshot["elapsed_seconds"] == [5.0, 0.0, 0.0]
    assert snapshot["added_minutes"] == [0, 0, 0]
    assert snapshot["phases"][0] == {"name": "A", "minutes": 5, "guidance": "first"}
    assert {"index", "auto_advance", "warning_seconds", "total_elapsed_seconds"} <= set(snapshot)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 99}, "version"),
        ({"phases": []}, "phases"),
        ({"index": 3}, "index"),
        ({"state": "flying"}, "state"),
        ({"elapsed_seconds": [1.0]}, "elapsed_seconds"),
        ({"elapsed_seconds": [-1.0, 0, 0]}, "elapsed_seconds"),
        ({"added_minutes": [-5, 0, 0]}, "under a minute"),
        ({"started": [1, 0, 0]}, "started"),
        ({"total_elapsed_seconds": "soon"}, "total"),
        ({"auto_advance": "yes"}, "auto_advance"),
        ({"warning_seconds": None}, "warning_seconds"),
    ],
)
def test_restore_names_what_is_wrong_with_a_bad_snapshot(
    change: dict[str, Any], message: str
) -> None:
    timer, _ = make()
    snapshot = timer.snapshot() | change
    with pytest.raises(ValueError, match=message):
        PhaseTimer.restore(snapshot, FakeClock())


def test_a_built_in_template_runs_and_round_trips() -> None:
    template = built_in_template("two_cases")
    timer = PhaseTimer(list(template.phases), clock := FakeClock(), auto_advance=True)
    timer.start()
    clock.advance(90 * 60)
    view = timer.view()
    assert (view.index, view.overtime, view.remaining_seconds) == (9, True, 0)
    back = PhaseTimer.restore(round_trip(timer.snapshot()), FakeClock())
    assert back.view().records == view.records


# --- the system clock -------------------------------------------------------------------


def test_system_clock_never_goes_back() -> None:
    clock = system_clock()
    readings = [clock() for _ in range(1000)]
    assert all(isinstance(r, float) for r in readings)
    assert readings == sorted(readings)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux's")
def test_system_clock_counts_sleep_on_linux() -> None:
    clock = system_clock()
    boot = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert abs(clock() - boot) < 1.0  # BOOTTIME and MONOTONIC differ by any time slept
    assert clock is not time.monotonic


def test_system_clock_falls_back_to_monotonic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timer_view.sys, "platform", "win32")
    assert system_clock() is time.monotonic


def test_system_clock_falls_back_when_the_os_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_clock_id: int) -> float:
        raise OSError("not here")

    monkeypatch.setattr(timer_view.sys, "platform", "linux")
    monkeypatch.setattr(timer_view.time, "CLOCK_BOOTTIME", 7, raising=False)
    monkeypatch.setattr(timer_view.time, "clock_gettime", refuse, raising=False)
    assert system_clock() is time.monotonic


# --- one property over random sessions --------------------------------------------------

ACTIONS = (
    "toggle",
    "start",
    "pause",
    "resume",
    "next",
    "previous",
    "add_minute",
    "remove_minute",
    "restart_phase",
    "end",
    "crash",  # snapshot, then restore in a "new process" on the same clock
)
steps = st.lists(
    st.one_of(
        st.sampled_from(ACTIONS),
        # Mostly forward, sometimes a stall or a backward jump.
        st.floats(min_value=-120, max_value=2000, allow_nan=False, allow_infinity=False),
    ),
    max_size=40,
)


# What each action does to the state, where it does anything (the model's own table).
TRANSITIONS = {
    ("toggle", "ready"): "running",
    ("toggle", "running"): "paused",
    ("toggle", "paused"): "running",
    ("start", "ready"): "running",
    ("pause", "running"): "paused",
    ("resume", "paused"): "running",
    ("crash", "running"): "paused",  # a restored timer waits for the leader's Space
}


def check(view: TimerView, planned_minutes: list[int], model_total: float) -> None:
    assert view.planned_seconds == planned_minutes[view.index] * 60
    assert view.remaining_seconds == pytest.approx(view.planned_seconds - view.elapsed_seconds)
    assert view.total_elapsed_seconds == pytest.approx(model_total, abs=1e-6)
    assert view.elapsed_seconds >= 0
    assert view.overtime == (view.state in ("running", "paused") and view.remaining_seconds <= 0)


@settings(max_examples=300, deadline=None)
@given(steps=steps, auto_advance=st.booleans(), minutes=st.lists(st.integers(1, 4), min_size=1))
def test_total_elapsed_is_the_sum_of_the_running_intervals(
    steps: list[str | float], auto_advance: bool, minutes: list[int]
) -> None:
    """Any actions, clock moves (backwards too) and crash-restores: the meeting's total is
    the sum of the clock's forward moves while the model says it runs, the plan follows
    the +/- minutes, and remaining = planned − elapsed."""
    clock = FakeClock()
    timer = PhaseTimer([Phase(f"P{m}", m) for m in minutes], clock, auto_advance=auto_advance)
    planned = list(minutes)  # the model's own +/- minutes, per phase
    state, total = "ready", 0.0
    for step in steps:
        if isinstance(step, float):
            before = clock.now
            clock.advance(step)
            if state == "running":
                total += max(0.0, clock.now - before)  # a backward jump counts for nothing
        else:
            index = timer.view().index
            expected = TRANSITIONS.get((step, state), state)
            if step == "end" or (
                step == "next" and state in ("running", "paused") and index == len(minutes) - 1
            ):
                expected = "ended"
            if step == "crash":
                timer = PhaseTimer.restore(round_trip(timer.snapshot()), clock)
            else:
                changed = getattr(timer, step)()
                if step in ("toggle", "end"):
                    assert changed == (expected != state)
            if state != "ended" and step == "add_minute" and planned[index] < 180:
                planned[index] += 1
            if state != "ended" and step == "remove_minute" and planned[index] > 1:
                planned[index] -= 1
            state = expected
        view = timer.view()  # a reading after every step: jumps are seen as they happen
        assert view.state == state
        check(view, planned, total)
