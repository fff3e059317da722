"""The SQLite connection BalintDesk uses: transactions that wait their turn, a rollback
that never hides the error that caused it, and a read-only fallback.

Several BalintDesk processes may share one data folder (the window, and command-line
imports, exports and backups started together). SQLite lets one writer in at a time;
`busy_timeout` makes the others wait for it. But a transaction that starts as a reader
and then writes cannot wait: in WAL mode, if another connection committed in between,
SQLite answers SQLITE_BUSY at once instead of calling the busy handler ("If a deferred
transaction ... attempts to upgrade to a write transaction ... SQLITE_BUSY",
https://www.sqlite.org/lang_transaction.html). So every transaction here begins
IMMEDIATE: it takes the write lock first, waiting for it, and reads after.

After some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM) SQLite may roll the
transaction back itself ("Response To Errors Within A Transaction", same page); peewee's
`atomic()` then sends a ROLLBACK that fails with "cannot rollback - no transaction is
active", which replaced the error that mattered ("database or disk is full"). The
rollbacks here are skipped when there is no transaction left to roll back.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

# WAL lets the GUI read while a CLI import writes; FULL syncs the WAL on every commit so a
# power cut or kill loses no committed row; secure_delete zeroes freed pages; temp_store
# keeps SQLite's temporary tables and indices in memory, never in a temp file.
PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "secure_delete": 1,
    "temp_store": 2,  # MEMORY
}

# A file beside the database, locked (store/filelock.py) for work spanning transactions.
LOCK_SUFFIX = "-lock"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _in_transaction(db: SqliteDatabase) -> bool:
    conn = db._state.conn
    return conn is not None and conn.in_transaction


class BalintDatabase(SqliteDatabase):
    """peewee's SqliteDatabase with IMMEDIATE transactions and safe rollbacks.

    `path` is the database file; `read_only` is True when it was opened read-only
    because the folder or file system may not be written (see `open_read_only`).
    """

    def __init__(self, path: Path, *args, read_only: bool = False, **kwargs):
        self.path = path
        self.read_only = read_only
        super().__init__(*args, **kwargs)

    def begin(self, lock_type: str | None = None) -> None:
        super().begin(lock_type or "IMMEDIATE")

    def rollback(self) -> None:
        if _in_transaction(self):
            super().rollback()

    def execute_sql(self, sql: str, *args, **kwargs):
        # Savepoints are rolled back with SQL rather than through a method we could
        # override (peewee's DatabaseProxy makes its own savepoint objects).
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not _in_transaction(self):
            return None
        return super().execute_sql(sql, *args, **kwargs)


def open_writable(path: Path, pragmas: dict, timeout: float) -> BalintDatabase:
    db = BalintDatabase(path, str(path), pragmas=pragmas, timeout=timeout)
    db.connect()
    return db


# Per-connection settings only: a read-only connection cannot change the journal mode.
_READ_ONLY_PRAGMAS = ("foreign_keys", "secure_delete", "temp_store")


def open_read_only(path: Path, pragmas: dict, timeout: float) -> BalintDatabase:
    """The database opened for reading only, for a folder or file system BalintDesk may
    not write to; sqlite3.Error if even that fails.

    A WAL database can be read only if its -shm file exists or can be created; in a
    read-only folder after a clean close it does not, and only `immutable=1` opens it
    (https://www.sqlite.org/wal.html, "Read-Only Databases"). Immutable is safe there:
    nobody can write to a read-only folder, so the file cannot change under us.
    """
    kept = {name: value for name, value in pragmas.items() if name in _READ_ONLY_PRAGMAS}
    uri = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        db = BalintDatabase(
            path, f"{uri}?{query}", pragmas=kept, timeout=timeout, uri=True, read_only=True
        )
        try:
            db.connect()
            db.execute_sql("SELECT count(*) FROM sqlite_master")  # really readable?
            return db
        except sqlite3.Error as exc:
            last = exc
        except Exception as exc:  # peewee wraps sqlite3's errors in its own classes
            if not isinstance(exc.__context__, sqlite3.Error):
                raise
            last = exc.__context__
        db.close()
    assert last is not None
    raise last
