"""What SQLite's quick check on opening costs (issue 14): `open_database` on an existing
database of realistic size, with and without the check, and the check alone.

Method (re-measure with `python -m pytest tests/bench -s -k open_check`, on the disk the
data will live on):
- the database: three groups of 15 members with GROUP_YEARS years of weekly held meetings
  and their attendance (tests/bench/test_bench_rota_store.py's `_fill`, fixed seeds),
  closed and checkpointed, so the file holds it all (its size is printed);
- open: `open_database` on it (read-only peek with the version and the quick check, then
  the real connection with the pragmas; no migration), then `close_database`; wall-clock
  `time.perf_counter`, median of RUNS;
- the same with `store.db.quick_check` replaced by a stub that answers "sound" at once,
  for the cost without the check;
- the check alone: `PRAGMA quick_check` on a read-only connection, median of RUNS, and
  the full `PRAGMA integrity_check` beside it for comparison.
The files are in the page cache after the first run; a cold disk reads the whole file
once more. Figures are printed, not asserted; the assertions check the work was done.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from balintdesk.store import db as store_db
from balintdesk.store.db import close_database, open_database
from balintdesk.store.models import Meeting

from .test_bench_rota_store import _fill

pytestmark = pytest.mark.bench

GROUP_YEARS = (10, 8, 6)  # a practice's three groups, the oldest ten years old
RUNS = 21


def _median_ms(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def test_quick_check_on_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "balintdesk.sqlite3"
    db = open_database(path, tmp_path / "backups")
    try:
        for years in GROUP_YEARS:
            _fill(years)
        meetings = Meeting.select().count()
    finally:
        close_database(db)
    assert meetings == 52 * sum(GROUP_YEARS)

    def open_and_close() -> None:
        close_database(open_database(path, tmp_path / "backups"))

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert store_db.quick_check(conn) is None
        check_ms = _median_ms(lambda: conn.execute("PRAGMA quick_check").fetchall())
        full_ms = _median_ms(lambda: conn.execute("PRAGMA integrity_check").fetchall())
    finally:
        conn.close()
    with_check_ms = _median_ms(open_and_close)
    monkeypatch.setattr(store_db, "quick_check", lambda _conn: None)
    without_check_ms = _median_ms(open_and_close)

    size_kb = path.stat().st_size / 1024
    groups = " + ".join(f"{years}" for years in GROUP_YEARS)
    print(f"\nopening an existing database ({groups} years of meetings, {size_kb:.0f} KB):")
    for label, ms in (
        ("open_database + close, with the check", with_check_ms),
        ("open_database + close, check stubbed out", without_check_ms),
        ("PRAGMA quick_check alone", check_ms),
        ("PRAGMA integrity_check alone (not run on opening)", full_ms),
    ):
        print(f"  {label:<50} {ms:7.2f} ms  (median of {RUNS})")
