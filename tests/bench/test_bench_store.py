"""How fast the store is where it matters to a person: start-up and saving a member.

Method (re-measure with `python -m pytest tests/bench -s`, on the disk the data will
live on, since synchronous=FULL makes every commit wait for an fsync):
- open: `open_database` on a new file (create, pragmas, every migration), wall-clock
  time with `time.perf_counter`, median of OPEN_RUNS fresh folders;
- add: MEMBERS members added one by one through `roster.add_member`, each its own
  transaction as in the app, total wall-clock time and the mean per member;
- list: `roster.list_members` for the whole group, median of LIST_RUNS calls.
The figures are printed, not asserted: they depend on the machine. The assertions
check that the work timed was done right.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.store.db import close_database, open_database
from balintdesk.store.migrations import LATEST_VERSION, schema_version

pytestmark = pytest.mark.bench

OPEN_RUNS = 5
MEMBERS = 500
LIST_RUNS = 20


def test_open_add_and_list(tmp_path: Path) -> None:
    open_seconds = []
    for run in range(OPEN_RUNS):
        folder = tmp_path / f"open-{run}"
        folder.mkdir()
        start = time.perf_counter()
        db = open_database(folder / "balintdesk.sqlite3", folder / "backups")
        open_seconds.append(time.perf_counter() - start)
        assert schema_version(db.connection()) == LATEST_VERSION
        close_database(db)

    db = open_database(tmp_path / "balintdesk.sqlite3", tmp_path / "backups")
    try:
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL: fsync each
        group = roster.create_group("Benchmark group", MeetingPattern())
        names = [f"Siobhán Member {n:03}" for n in range(MEMBERS)]
        start = time.perf_counter()
        for name in names:
            roster.add_member(group.id, MemberDraft(name=name, role=Role.GP))
        add_seconds = time.perf_counter() - start

        list_seconds = []
        for _ in range(LIST_RUNS):
            start = time.perf_counter()
            listed = roster.list_members(group.id)
            list_seconds.append(time.perf_counter() - start)
        assert [m.name for m in listed] == names
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database(db)

    per_member_ms = add_seconds / MEMBERS * 1000
    open_median = statistics.median(open_seconds)
    rows = [
        ("open + migrate a new database", open_median, f"median of {OPEN_RUNS}"),
        (f"add {MEMBERS} members, one commit each", add_seconds, f"{per_member_ms:.2f} ms each"),
        (f"list {MEMBERS} members", statistics.median(list_seconds), f"median of {LIST_RUNS}"),
    ]
    print("\nstore benchmark (SQLite, WAL, synchronous=FULL):")
    for label, seconds, note in rows:
        print(f"  {label:<38} {seconds * 1000:8.1f} ms  ({note})")
