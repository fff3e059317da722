"""The kill test: a writer killed with SIGKILL mid-write loses no committed change.

A child process (`_writer.py`) adds, renames and archives members through the roster
service and reports each change only after its commit returned. The parent kills it
without warning after a chosen number of commits, then opens the file as the next start
of BalintDesk would and checks that it is sound and holds every reported change.
"""

from __future__ import annotations

import importlib
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import close_database, open_database

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows has no SIGKILL; TerminateProcess differs"
)

WRITER = Path(__file__).with_name("_writer.py")
TIME_LIMIT_SECONDS = 20  # per kill; the whole test takes about 3 s here


def _optional_run_checks() -> Callable | None:
    """balintdesk.store.check.run_checks, once that module exists."""
    try:
        module = importlib.import_module("balintdesk.store.check")
    except ModuleNotFoundError as exc:
        if exc.name != "balintdesk.store.check":
            raise
        return None
    return module.run_checks


class Reported:
    """What the child said it committed."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.archived: set[int] = set()
        self.pending_rename: tuple[int, str] | None = None
        self.commits = 0

    def read(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "G":
            return
        member_id, _, name = rest.partition(" ")
        if kind == "?":
            self.pending_rename = (int(member_id), name)
            return
        self.commits += 1
        if kind in ("A", "U"):
            self.names[int(member_id)] = name
            self.pending_rename = None
        elif kind == "X":
            self.archived.add(int(member_id))
        else:
            raise AssertionError(f"the writer printed something unexpected: {line!r}")


def run_and_kill(data_dir: Path, kill_after: int) -> Reported:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    reported = Reported()
    deadline = time.monotonic() + TIME_LIMIT_SECONDS
    try:
        while reported.commits < kill_after:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail(f"the writer made only {reported.commits} commits in time")
            try:
                line = lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                stderr = child.stderr.read() if child.stderr else ""
                pytest.fail(f"the writer stopped before it was killed:\n{stderr}")
            reported.read(line)
        child.send_signal(signal.SIGKILL)  # mid-write: it never stops between commits
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=TIME_LIMIT_SECONDS)
    reader.join(timeout=TIME_LIMIT_SECONDS)
    # Lines already in the pipe were committed before the kill, so they count too.
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            break
        if line is None:
            break
        reported.read(line)
    assert child.returncode == -signal.SIGKILL
    return reported


@pytest.mark.parametrize("kill_after", [1, 120, 400])
def test_killed_writer_loses_no_committed_change(tmp_path: Path, kill_after: int) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    reported = run_and_kill(data_dir, kill_after)
    path = database_path(data_dir)
    assert reported.commits >= kill_after
    assert path.with_name(path.name + "-wal").exists(), "the kill should leave a WAL behind"

    # First look at the file as SQLite finds it, before BalintDesk's own open touches it.
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()

    db = open_database(path, backups_dir(data_dir))
    try:
        run_checks = _optional_run_checks()
        if run_checks is not None:
            assert run_checks(db) == []
        stored = {m.id: m for m in roster.list_members(1, include_archived=True)}
        for member_id, name in reported.names.items():
            assert member_id in stored, f"member {member_id} ({name}) was committed but is lost"
            allowed = {name}
            if reported.pending_rename and reported.pending_rename[0] == member_id:
                allowed.add(reported.pending_rename[1])  # renamed, killed before saying so
            assert stored[member_id].name in allowed
        for member_id in reported.archived:
            assert stored[member_id].archived_at is not None, f"archive of {member_id} lost"
        # At most one change can have committed unreported: one add, no more.
        assert len(stored) - len(reported.names) in (0, 1)
        # And the file still takes writes.
        roster.add_member(1, roster.MemberDraft(name="After the crash"))
    finally:
        close_database(db)
