"""How long the rota takes to plan the next 12 meetings, against the length of history.

Method (re-measure with `python -m pytest tests/bench -s -k rota`):
- a group of MEMBERS members (two of them leaders) with 1, 5 and 10 years of weekly held
  meetings, made up with a fixed random seed: about 85% attendance, one presenter a
  meeting picked from those present;
- `plan_rota` for the next UPCOMING weekly meetings, some with apologies, one with a pin;
  wall-clock time with `time.perf_counter`, median of RUNS calls on the same inputs
  (the inputs are built outside the timing, as the store hands them over ready-made);
- the ratio of each time to the 1-year time, beside the ratio of history lengths: a
  linear planner grows at most as fast as the history, less when its fixed part (the 12
  meetings planned) dominates; and the cost per extra held meeting from 1 to 5 years and
  from 5 to 10 years, which stays about the same when the growth is linear.
The aim from issue #3 is under 20 ms for 10 years, linear in history. The figures are
printed, not asserted; the assertions check that each plan is a correct one.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from itertools import pairwise

import pytest

from balintdesk.domain.rota import (
    PastMeeting,
    RotaMember,
    UpcomingMeeting,
    fairness_table,
    is_eligible,
    plan_rota,
)

pytestmark = pytest.mark.bench

MEMBERS = 15
UPCOMING = 12
RUNS = 51
YEARS = (1, 5, 10)
TODAY = dt.date(2026, 3, 3)
WEEK = dt.timedelta(weeks=1)


def make_group(years: int, seed: int = 3) -> tuple[list[RotaMember], list[PastMeeting]]:
    rng = random.Random(seed)
    start = TODAY - years * 52 * WEEK
    members = [
        RotaMember(id=i, name=f"Member {i:02}", joined=start, is_leader=i <= 2)
        for i in range(1, MEMBERS + 1)
    ]
    history = []
    for week in range(years * 52):
        present = frozenset(m.id for m in members if rng.random() < 0.85)
        candidates = sorted(i for i in present if i > 2)
        presented = (rng.choice(candidates),) if candidates else ()
        history.append(PastMeeting(start + week * WEEK, present, presented))
    return members, history


def make_upcoming() -> list[UpcomingMeeting]:
    return [
        UpcomingMeeting(
            key=k,
            date=TODAY + k * WEEK,
            apologies=frozenset({3 + k % 5}) if k % 3 == 0 else frozenset(),
            pinned=(7,) if k == 6 else (),
        )
        for k in range(UPCOMING)
    ]


def median_seconds(call, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_plan_12_meetings_against_history_length() -> None:
    upcoming = make_upcoming()
    rows = []
    for years in YEARS:
        members, history = make_group(years)
        plans = plan_rota(members, history, upcoming)

        # The work timed is right: one eligible presenter and a reserve each meeting, the
        # pin held, and nobody planned twice among the 13 who may present.
        assert [plan.key for plan in plans] == list(range(UPCOMING))
        planned = []
        for plan, meeting in zip(plans, upcoming, strict=True):
            assert len(plan.presenters) == 1 and plan.reserve is not None
            for suggestion in (*plan.presenters, plan.reserve):
                member = members[suggestion.member_id - 1]
                assert is_eligible(member, meeting.date, meeting.apologies, False)
            planned.append(plan.presenters[0].member_id)
        assert plans[6].presenters[0].member_id == 7 and plans[6].presenters[0].pinned
        assert len(set(planned)) == UPCOMING
        assert sum(row.presentations for row in fairness_table(members, history, TODAY)) == (
            len(history)
        )

        plan_time = median_seconds(lambda m=members, h=history: plan_rota(m, h, upcoming))
        table_time = median_seconds(lambda m=members, h=history: fairness_table(m, h, TODAY))
        rows.append((years, len(history), plan_time, table_time))

    _, base_history, base_plan, base_table = rows[0]
    print(f"\nrota benchmark ({MEMBERS} members, {UPCOMING} meetings planned, median of {RUNS}):")
    print("  history               plan_rota   ratio   fairness_table   ratio   history ratio")
    for years, meetings, plan_time, table_time in rows:
        label = "year " if years == 1 else "years"
        print(
            f"  {years:>2} {label} ({meetings:>3} held) "
            f"{plan_time * 1000:8.2f} ms {plan_time / base_plan:6.2f}x "
            f"{table_time * 1000:11.2f} ms {table_time / base_table:6.2f}x "
            f"{meetings / base_history:10.1f}x"
        )
    steps = [
        (f"{a[0]}→{b[0]} years", (b[2] - a[2]) / (b[1] - a[1]) * 1e6) for a, b in pairwise(rows)
    ]
    print(
        "  plan_rota per extra held meeting: "
        + ", ".join(f"{us:.2f} µs ({span})" for span, us in steps)
    )
