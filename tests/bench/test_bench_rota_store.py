"""The rota as a page sees it: read the history from SQLite, then plan 12 meetings.

The domain benchmark (test_bench_rota.py) times the planner on ready-made inputs; this one
adds what the Rota and Meeting pages pay for each refresh: the queries in store/rota.py.

Method (re-measure with `python -m pytest tests/bench -s -k rota_store`):
- a group of 15 members with 1, 5 and 10 years of weekly held meetings, inserted with the
  models in one transaction (fixed random seed; ~85% present, one presenter a meeting);
- `store.rota.plan(group, 12, today)` on an open database (pragmas as in the app),
  wall-clock `time.perf_counter`, median of RUNS calls; the first call, which also makes
  the upcoming meeting rows, is left out.
Figures are printed, not asserted.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

import pytest

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.store import rota as rota_service
from balintdesk.store.db import close_database, open_database
from balintdesk.store.models import Attendance, Meeting, MeetingStatus, database_proxy

pytestmark = pytest.mark.bench

RUNS = 21
TODAY = dt.date(2026, 3, 3)


def _fill(years: int) -> int:
    first = TODAY - dt.timedelta(weeks=52 * years)
    pattern = MeetingPattern(Frequency.WEEKLY, first.weekday(), 1, dt.time(12, 30), 60, "")
    group = roster.create_group(f"Group {years}", pattern, first)
    members = [
        roster.add_member(group.id, MemberDraft(f"Member {n:02d}", Role.GP, n < 2, joined=first))
        for n in range(15)
    ]
    chance = random.Random(years)
    with database_proxy.atomic():
        for week in range(52 * years):
            day = first + dt.timedelta(weeks=week)
            meeting = Meeting.create(
                group=group.id,
                regular_date=day,
                local_date=day,
                starts_at=dt.datetime.combine(day, dt.time(12, 30)),
                length_minutes=60,
                timezone="Europe/London",
                status=MeetingStatus.HELD,
            )
            present = [m for m in members if chance.random() < 0.85]
            presenter = chance.choice(present[2:] or present)
            Attendance.insert_many(
                [
                    {
                        "meeting": meeting.id,
                        "member": m.id,
                        "status": "present",
                        "presented": m is presenter,
                    }
                    for m in present
                ]
            ).execute()
    return group.id


def test_plan_from_the_database(tmp_path):
    db = open_database(tmp_path / "bench.sqlite3")
    try:
        print(f"\nrota from SQLite (15 members, plan 12 meetings, median of {RUNS}):")
        for years in (1, 5, 10):
            group_id = _fill(years)
            first = rota_service.plan(group_id, 12, TODAY)
            assert len(first) == 12 and all(p.presenters for _m, p in first)
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                rota_service.plan(group_id, 12, TODAY)
                times.append(time.perf_counter() - start)
            held = (
                Meeting.select()
                .where((Meeting.group == group_id) & (Meeting.status == MeetingStatus.HELD))
                .count()
            )
            print(f"  {years:2d} years ({held:3d} held)  {statistics.median(times) * 1000:7.2f} ms")
    finally:
        close_database(db)
