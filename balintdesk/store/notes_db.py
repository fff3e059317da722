"""Opening the private notes' own local file, `notes.sqlite3`, with the group database's
pragmas (secure_delete, temp_store=MEMORY, WAL, synchronous=FULL, foreign keys).

The notes file is opened whenever the group database is (`store.db.open_database`), but a
problem with it never stops the group's work: a damaged, newer or unwritable notes file
leaves the vault models unbound, and `notes_problem()` says why; the vault turns that
into a sentence when the notes are asked for, and `balintdesk check` reports it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from peewee import DatabaseError

from balintdesk.fileio import folder_is_read_only
from balintdesk.store.connect import (
    PRAGMAS,
    BalintDatabase,
    lock_path,
    open_read_only,
    open_writable,
)
from balintdesk.store.errors import StorageError, StorageTrouble, storage_trouble
from balintdesk.store.filelock import locked
from balintdesk.store.notes_migrations import (
    NOTES_LATEST_VERSION,
    NewerNotesError,
    migrate_notes,
    notes_version,
    refuse_newer_notes,
)
from balintdesk.store.notes_models import notes_proxy
from balintdesk.store.soundness import DamagedDatabaseError, is_damage, quick_check

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10
_problem: list[Exception | None] = [None]


def notes_problem() -> Exception | None:
    """Why the notes file is not open (DamagedDatabaseError, NewerNotesError,
    StorageError, an sqlite3 error), or None when it is."""
    return _problem[0]


def _check_before_opening(path: Path) -> None:
    """DamagedDatabaseError or NewerNotesError without writing a byte (as store.db does
    for the group file: connecting with PRAGMAS would already change the file)."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        peek = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        refuse_newer_notes(peek)
        finding = quick_check(peek)
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise DamagedDatabaseError(path, str(exc)) from exc
        return
    finally:
        peek.close()
    if finding is not None:
        raise DamagedDatabaseError(path, finding)


def _open(path: Path) -> BalintDatabase:
    _check_before_opening(path)
    try:
        db = open_writable(path, PRAGMAS, BUSY_TIMEOUT_SECONDS)
    except (sqlite3.Error, DatabaseError) as exc:
        # Where it cannot be written (a read-only folder, or a disk too full to make the
        # WAL's index), the notes are still read: the group database is open, and the
        # read-only commands (`balintdesk check`) must work. A write then says why.
        trouble = storage_trouble(exc)
        unwritable = folder_is_read_only(path.parent) or (
            path.is_file() and not os.access(path, os.W_OK)
        )
        if trouble in (None, StorageTrouble.BUSY) and not unwritable:
            raise
        if not path.is_file():
            raise StorageError(trouble or StorageTrouble.READ_ONLY) from exc
        db = open_read_only(path, PRAGMAS, BUSY_TIMEOUT_SECONDS)
    try:
        if notes_version(db.connection()) < NOTES_LATEST_VERSION:
            if db.read_only:
                raise StorageError(StorageTrouble.READ_ONLY)
            with locked(lock_path(path)):
                migrate_notes(db.connection())
    except BaseException:
        db.close()
        raise
    return db


def open_notes_database(path: Path) -> BalintDatabase | None:
    """Open (creating if needed) and migrate the notes file, and bind the vault models to
    it; None, with `notes_problem()` set, if it cannot be used."""
    notes_proxy.initialize(None)
    _problem[0] = None
    try:
        db = _open(path)
    except (
        DamagedDatabaseError,
        NewerNotesError,
        StorageError,
        sqlite3.Error,
        DatabaseError,
        OSError,
    ) as exc:
        log.error("The private notes file cannot be used: %s", str(exc).splitlines()[0])
        _problem[0] = exc
        return None
    notes_proxy.initialize(db)
    return db


def close_notes_database(db: BalintDatabase | None) -> None:
    """Checkpoint (TRUNCATE: no older page of a note lingers in the WAL) and close."""
    if db is not None and not db.is_closed():
        if not db.read_only:
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    if notes_proxy.obj is db:
        notes_proxy.initialize(None)
