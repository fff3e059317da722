"""The pieces that let several processes share one database, one at a time each:
the lock beside the database, migrations that look again once they hold the write lock,
transactions that begin IMMEDIATE, rollbacks that never hide the error that caused them,
and the kinds of storage trouble the edge turns into sentences.

The end-to-end proof, with real processes, is tests/cli/test_crowds.py.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from balintdesk.store import migrations
from balintdesk.store.connect import lock_path
from balintdesk.store.db import backup_new, list_backups
from balintdesk.store.errors import StorageError, StorageTrouble, storage_trouble
from balintdesk.store.filelock import LockTimeout, locked
from balintdesk.store.models import database_proxy


def test_a_second_holder_of_the_lock_waits_and_then_gives_up(tmp_path: Path) -> None:
    path = tmp_path / "x-lock"
    # flock locks belong to an open file description, so a second open of the same file,
    # even in this process, must wait like another process would.
    with locked(path), pytest.raises(LockTimeout), locked(path, wait_seconds=0.05):
        pass
    with locked(path, wait_seconds=0.05):  # released: taken at once
        pass
    assert path.stat().st_size == 0


class _RacingConnection(sqlite3.Connection):
    """Lets another process migrate the file between this one reading the version and
    taking the write lock (where two processes started together both read 0)."""

    other: Path | None = None

    def execute(self, sql, *args):
        if sql == "BEGIN IMMEDIATE" and self.other is not None:
            rival, type(self).other = sqlite3.connect(self.other, isolation_level=None), None
            try:
                migrations.migrate(rival)
            finally:
                rival.close()
        return super().execute(sql, *args)


def test_migrate_finds_the_work_done_by_another_process_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "race.sqlite3"
    conn = sqlite3.connect(path, factory=_RacingConnection, isolation_level=None)
    _RacingConnection.other = path
    try:
        # Before issue 14: "table balint_group already exists".
        assert migrations.migrate(conn) == []
        assert migrations.schema_version(conn) == migrations.LATEST_VERSION
    finally:
        conn.close()


def test_an_error_after_sqlite_rolled_back_itself_is_the_error_raised(db) -> None:
    # SQLITE_FULL and SQLITE_IOERR end the transaction inside SQLite; a ROLLBACK here
    # stands in for that. peewee's own ROLLBACK then failed with "cannot rollback - no
    # transaction is active" and hid the real error.
    # The inner atomic() is a savepoint, rolled back the same way.
    with (
        pytest.raises(ValueError, match="the real error"),
        database_proxy.atomic(),
        database_proxy.atomic(),
    ):
        db.execute_sql("ROLLBACK")
        raise ValueError("the real error")
    assert not db.in_transaction()


def test_every_transaction_takes_the_write_lock_first(db, data_dir: Path) -> None:
    other = sqlite3.connect(db.path, timeout=0)
    try:
        # A deferred BEGIN would let this writer in; IMMEDIATE already holds the lock.
        with database_proxy.atomic(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_backups_made_in_the_same_second_get_names_of_their_own(db, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = [backup_new(db, folder, "manual") for _ in range(3)]
    assert len(set(made)) == 3
    assert [info.path for info in list_backups(folder)] == sorted(made, reverse=True)
    assert lock_path(db.path).exists() and not list(folder.glob("*.partial"))


def _sqlite_error(tmp_path: Path, uri_query: str, sql: str) -> sqlite3.Error:
    path = tmp_path / "e.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE IF NOT EXISTS t (x)").connection.close()
    conn = sqlite3.connect(f"{path.as_uri()}?{uri_query}", uri=True)
    try:
        conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("no error")


def test_storage_trouble_names_what_sqlite_and_the_os_said(tmp_path: Path) -> None:
    read_only = _sqlite_error(tmp_path, "mode=ro", "INSERT INTO t VALUES (1)")
    assert storage_trouble(read_only) is StorageTrouble.READ_ONLY
    wrapped = RuntimeError("peewee's wrapper")
    wrapped.__context__ = read_only
    assert storage_trouble(wrapped) is StorageTrouble.READ_ONLY
    assert storage_trouble(OSError(errno.ENOSPC, "No space")) is StorageTrouble.DISK_FULL
    assert storage_trouble(OSError(errno.EROFS, "Read-only")) is StorageTrouble.READ_ONLY
    assert storage_trouble(LockTimeout("busy")) is StorageTrouble.BUSY
    assert storage_trouble(StorageError(StorageTrouble.READ_ONLY)) is StorageTrouble.READ_ONLY
    syntax = _sqlite_error(tmp_path, "mode=rw", "SELEC 1")
    assert storage_trouble(syntax) is None  # a bug, not the disk: its traceback is wanted
    assert storage_trouble(ValueError("x")) is None
