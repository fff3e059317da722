"""Opening the database with the pragmas DESIGN.md asks for, migrating it, and backups.

Backups use SQLite's online backup API (`sqlite3.Connection.backup`), which copies a
consistent snapshot even while another connection writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from balintdesk.domain.words import Words
from balintdesk.fileio import folder_is_read_only
from balintdesk.store.backup_files import (
    BackupError,
    as_values,
    check_notes_backup,
    copy_database,
    notes_companion,
    restore_notes,
)
from balintdesk.store.connect import PRAGMAS, lock_path, open_read_only, open_writable
from balintdesk.store.errors import (
    StorageError,
    StorageTrouble,
    storage_trouble,
)
from balintdesk.store.filelock import locked
from balintdesk.store.migrations import (
    LATEST_VERSION,
    migrate,
    refuse_newer,
    schema_version,
)
from balintdesk.store.models import database_proxy
from balintdesk.store.notes_db import close_notes_database, open_notes_database
from balintdesk.store.soundness import DamagedDatabaseError, file_problem, is_damage, quick_check
from balintdesk.store.vault_move import move_vault_rows, notes_path_beside

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10
DAILY_BACKUPS_KEPT = 7
SAFETY_BACKUPS_KEPT = 3

_BACKUP_NAME = re.compile(r"^balintdesk-(\d{8}T\d{6}Z)-([a-z0-9-]+)\.sqlite3$")


def open_database(path: Path, backups: Path | None = None) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database; bind the models to it.

    An existing database is copied into `backups` before its schema is changed, and a
    damaged one raises DamagedDatabaseError before a byte of it is written. Several
    processes may open the same file at once: the backup and the migration run under a
    lock beside the database, so the second waits and then finds the work done.

    Where the folder or file system may not be written, an existing, up-to-date database
    is opened read-only (`db.read_only`): what only reads works; a write fails with
    SQLITE_READONLY, which `store.errors.storage_trouble` names.
    """
    _check_before_opening(path)
    try:
        db = open_writable(path, PRAGMAS, BUSY_TIMEOUT_SECONDS)
    except (sqlite3.Error, DatabaseError) as exc:
        if storage_trouble(exc) not in (None, StorageTrouble.READ_ONLY):
            raise
        # Read-only only where writing is really impossible, not for any failed open.
        unwritable = folder_is_read_only(path.parent)
        if not path.is_file():
            if unwritable:
                raise StorageError(StorageTrouble.READ_ONLY) from exc
            raise
        if not unwritable and os.access(path, os.W_OK):
            raise
        db = open_read_only(path, PRAGMAS, BUSY_TIMEOUT_SECONDS)  # or its own error
    try:
        if schema_version(db.connection()) < LATEST_VERSION:
            if db.read_only:
                raise StorageError(StorageTrouble.READ_ONLY)
            with locked(lock_path(path)):
                _migrate(db, backups)
    except BaseException:
        db.close()
        raise
    database_proxy.initialize(db)
    # Private notes live in their own file beside this one (store/notes_db.py); a problem
    # with it is kept for the vault to say, and never stops the group's work.
    db.notes = open_notes_database(notes_path_beside(path))
    return db


def _migrate(db: SqliteDatabase, backups: Path | None) -> None:
    """The pre-migration backup and the migration; the caller holds the lock."""
    conn = db.connection()
    version = schema_version(conn)  # again: another process may have migrated meanwhile
    if 0 < version < LATEST_VERSION and backups is not None:
        made = backup_to(db, new_backup_path(backups, f"pre-migration-v{version}"))
        log.info("Backed up schema v%d to %s before migrating", version, made.name)
        prune_backups(backups, f"pre-migration-v{version}", SAFETY_BACKUPS_KEPT)
    if version < 11:
        # Before step 11 drops the vault's tables, copy their rows into notes.sqlite3
        # (after the backup above): store/vault_move.py explains the order.
        move_vault_rows(conn, notes_path_beside(db.path))
    applied = migrate(conn)
    if applied:
        log.info("Migrated database schema to v%d", applied[-1])
        checkpoint(db)  # no page of the dropped vault tables stays in the WAL


def _check_before_opening(path: Path) -> None:
    """Raise NewerDatabaseError or DamagedDatabaseError without writing a byte to the file.

    Connecting with PRAGMAS would already change it (journal_mode=wal rewrites the header,
    and closing the last connection checkpoints the WAL into it), so the version is read
    and SQLite's quick check run through a read-only connection first.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        peek = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # not readable read-only: the normal open says what is wrong
    try:
        refuse_newer(peek)
        finding = quick_check(peek)
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise DamagedDatabaseError(path, str(exc)) from exc
        return  # locked, unreadable: the normal open says what is wrong
    finally:
        peek.close()
    if finding is not None:
        raise DamagedDatabaseError(path, finding)


def close_database(db: SqliteDatabase) -> None:
    close_notes_database(getattr(db, "notes", None))
    if getattr(db, "is_server", False):  # no WAL to fold back: a server's database
        db.close()
        return
    if not db.is_closed():
        checkpoint(db)
        db.close()


def checkpoint(db: SqliteDatabase) -> None:
    """Fold the WAL back into the main file and truncate it, so no older page lingers."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _as_utc(now: dt.datetime | None) -> dt.datetime:
    """Aware UTC; a naive time counts as UTC, as the database stores it."""
    if now is None:
        return dt.datetime.now(dt.UTC)
    return now.replace(tzinfo=dt.UTC) if now.tzinfo is None else now.astimezone(dt.UTC)


def backup_path(backups: Path, kind: str, now: dt.datetime | None = None) -> Path:
    # The name says Z, so the stamp must be UTC whatever zone `now` came in.
    stamp = _as_utc(now).strftime("%Y%m%dT%H%M%SZ")
    return backups / f"balintdesk-{stamp}-{kind}.sqlite3"


def new_backup_path(backups: Path, kind: str) -> Path:
    """A name for a backup made now that no file has yet.

    backup_to replaces its target, and within one second a stamped name repeats.

    Undoing a restore at once would otherwise overwrite the file being restored from.
    """
    now = _as_utc(None)
    while (path := backup_path(backups, kind, now)).exists():
        now += dt.timedelta(seconds=1)
    return path


def backup_new(db: SqliteDatabase, folder: Path, kind: str) -> Path:
    """A backup of `kind` made now in `folder`, under a name no other backup has.

    Two processes backing up in the same second would pick the same name (and the same
    .partial beside it) and spoil each other's copy; the lock beside the database makes
    the second wait, then pick the next free name. A database opened read-only has no
    lock (its folder cannot hold one), and no other process can write there either.
    """
    path = getattr(db, "path", None)
    turn = contextlib.nullcontext()
    if path is not None and not getattr(db, "read_only", False):
        turn = locked(lock_path(path))
    try:
        with turn:
            return backup_to(db, new_backup_path(folder, kind))
    except OSError as exc:  # the lock itself; backup_to's own errors are BackupErrors
        said = Words(
            "backups",
            "The backup could not be written to {path}: {reason}",
            as_values(path=folder, reason=exc),
        )
        raise BackupError(said) from exc


def backup_to(db: SqliteDatabase, dest: Path) -> Path:
    """Write a consistent copy of the open database to `dest` (atomically replaced), and
    of its private notes' file beside it (`backup_files.notes_companion`).

    Only from a sound database, and only a copy that is itself sound: SQLite's quick check
    runs on the database first and on the copy before it takes the name `dest`, so a
    damaged file never takes the place of a backup. A damaged notes file is not copied
    (its last sound backups stay); the group's backup is still made.
    """
    made = copy_database(db, dest)
    notes = getattr(db, "notes", None)
    if notes is not None:
        try:
            copy_database(notes, notes_companion(dest))
        except BackupError as exc:  # `balintdesk check` and the Notes page name it
            log.error("The private notes were not backed up with %s: %s", made.name, exc)
    return made


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # aware, UTC
    kind: str  # daily, manual, pre-migration-vN, before-restore

    @property
    def size_bytes(self) -> int:
        return self.path.stat().st_size


def list_backups(backups: Path) -> list[BackupInfo]:
    """The backups BalintDesk made in `backups`, newest first."""
    found = []
    if backups.is_dir():
        for entry in backups.iterdir():
            match = _BACKUP_NAME.match(entry.name)
            if match and entry.is_file():
                created = dt.datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
                found.append(BackupInfo(entry, created, match[2]))
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def prune_backups(backups: Path, kind: str, keep: int) -> None:
    """Remove all but the newest `keep` backups of `kind`, and never the newest sound one.

    Backups are checked when written, but a disk can fail under them later: before any is
    removed, the newest one of the kind that passes SQLite's quick check is found (newest
    first, so usually one check) and kept, however old it is.
    """
    of_kind = [info for info in list_backups(backups) if info.kind == kind]
    stale = of_kind[keep:]
    if not stale:
        return
    newest_sound = next((info for info in of_kind if file_problem(info.path) is None), None)
    for info in stale:
        if info != newest_sound:
            info.path.unlink(missing_ok=True)
            notes_companion(info.path).unlink(missing_ok=True)


def auto_backup(
    db: SqliteDatabase,
    backups: Path,
    now: dt.datetime | None = None,
    keep: int = DAILY_BACKUPS_KEPT,
) -> Path | None:
    """Make today's daily backup unless one exists; keep the newest `keep`."""
    now = _as_utc(now)  # compared with the UTC dates in the backups' names
    dailies = [info for info in list_backups(backups) if info.kind == "daily"]
    if dailies and dailies[0].created.date() == now.date():
        return None
    made = backup_to(db, backup_path(backups, "daily", now))
    prune_backups(backups, "daily", keep)
    return made


def _check_backup_file(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(
            Words(
                "backups",
                "{name} cannot be opened: {reason}",
                as_values(name=path.name, reason=exc),
            )
        ) from exc
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        version = schema_version(conn)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_CORRUPT":
            raise BackupError(_damaged_backup(path, exc)) from exc
        said = Words(
            "backups",
            "{name} is not a BalintDesk backup ({reason}).",
            as_values(name=path.name, reason=exc),
        )
        raise BackupError(said) from exc
    finally:
        conn.close()
    if verdict != "ok":
        raise BackupError(_damaged_backup(path, verdict))
    if not 1 <= version <= LATEST_VERSION or "member" not in tables:
        said = Words(
            "backups",
            "{name} is not a backup this version of BalintDesk can restore.",
            as_values(name=path.name),
        )
        raise BackupError(said)


def _damaged_backup(path: Path, finding: object) -> Words:
    return Words(
        "backups",
        "{name} is damaged (SQLite says: {finding}); choose another.",
        as_values(name=path.name, finding=finding),
    )


def restore_backup(db: SqliteDatabase, source: Path, backups: Path) -> Path:
    """Replace the open database's contents with `source`; returns the safety copy made first.

    The current data is backed up ("before-restore", with the notes) so a restore can
    itself be undone. The private notes are restored from the backup's notes companion,
    checked before anything is changed; a backup without one (made before the notes had
    their own file) leaves the notes as they are, adding any vault the old backup holds
    that the notes file lacks (`notes_restored` tells the edge which it was).
    """
    _check_backup_file(source)
    notes = getattr(db, "notes", None)
    notes_backup = notes_companion(source)
    if notes is not None and notes_backup.is_file():
        check_notes_backup(notes_backup)
    safety = backup_to(db, new_backup_path(backups, "before-restore"))
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(db.connection())
    except sqlite3.Error as exc:
        said = Words(
            "backups",
            "Restoring {name} failed; nothing was changed: {reason}",
            as_values(name=source.name, reason=exc),
        )
        raise BackupError(said) from exc
    finally:
        src.close()
    if notes is not None and notes_backup.is_file():
        restore_notes(notes, notes_backup)
    elif schema_version(db.connection()) < 11:
        # An old backup may hold vault rows: into the notes file first, then step 11.
        move_vault_rows(db.connection(), notes_path_beside(Path(db.database)))
    migrate(db.connection())
    prune_backups(backups, "before-restore", SAFETY_BACKUPS_KEPT)
    checkpoint(db)
    return safety


def notes_restored(source: Path) -> bool:
    """Whether restoring the group backup `source` restores the private notes too."""
    return notes_companion(source).is_file()
