"""Writing one database file's backup, and the private notes' file beside each backup.

A backup of the group database (`balintdesk-STAMP-KIND.sqlite3`) has the notes file's
backup beside it, from the same moment: `notes-STAMP-KIND.sqlite3` (any other name gets
`NAME-notes.sqlite3`). The notes file holds ciphertext only and its backups stay in the
local backups folder, like the notes file itself. Restoring a backup restores the notes
from its companion when there is one; a backup made before the notes had their own
file has none, and then the notes are left as they are (store/db.py, restore_backup).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.domain.words import Words
from balintdesk.store.notes_migrations import NOTES_LATEST_VERSION, migrate_notes
from balintdesk.store.soundness import DamagedDatabaseError, quick_check


class BackupError(Exception):
    """A backup could not be made or used. `words` is the sentence for the user (the edge
    says it with `i18n.error_text`); `str()` is its English, for the log."""

    def __init__(self, words: Words):
        self.words = words
        super().__init__(words.english())


def as_values(**values: object) -> dict[str, object]:
    """The values of a sentence about backups: a path, SQLite's or the OS's words are
    shown as they are (text); a `Words` is said in the user's language."""
    return {k: v if isinstance(v, Words) else str(v) for k, v in values.items()}


def notes_companion(backup: Path) -> Path:
    """Where the notes' backup taken with the group backup `backup` is."""
    if backup.name.startswith("balintdesk-"):
        return backup.with_name("notes-" + backup.name[len("balintdesk-") :])
    return backup.with_name(f"{backup.stem}-notes{backup.suffix or '.sqlite3'}")


def copy_database(db: SqliteDatabase, dest: Path) -> Path:
    """Write a consistent copy of the open database to `dest` (atomically replaced).

    Only from a sound database, and only a copy that is itself sound: SQLite's quick check
    runs on the database first and on the copy before it takes the name `dest`, so a
    damaged file never takes the place of a backup.
    """
    try:
        finding = quick_check(db.connection())
    except sqlite3.Error as exc:
        said = Words(
            "backups",
            "No backup was written: the database cannot be read ({reason}).",
            as_values(reason=exc),
        )
        raise BackupError(said) from exc
    if finding is not None:
        damaged = DamagedDatabaseError(Path(db.database), finding)
        raise BackupError(
            Words("backups", "No backup was written: {damage}", as_values(damage=damaged.words))
        ) from damaged
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = dest.with_name(dest.name + ".partial")
    try:
        # A backup killed midway leaves its .partial (and maybe a journal); SQLite would
        # refuse to copy into a half-written file, so every later backup would fail.
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        target = sqlite3.connect(partial)
        try:
            db.connection().backup(target)
            # A single file is easier to carry than a file plus -wal: leave rollback mode.
            target.execute("PRAGMA journal_mode=DELETE")
            written = quick_check(target)
        finally:
            target.close()
        if written is not None:
            raise sqlite3.DatabaseError(f"the copy failed SQLite's check: {written}")
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        said = Words(
            "backups",
            "The backup could not be written to {path}: {reason}",
            as_values(path=dest, reason=exc),
        )
        raise BackupError(said) from exc
    return dest


def check_notes_backup(path: Path) -> None:
    """BackupError unless `path` is a sound notes file this BalintDesk can restore."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        verdict, version = str(exc), 0
    if verdict != "ok" or not 1 <= version <= NOTES_LATEST_VERSION:
        raise BackupError(
            Words(
                "backups",
                "The private notes' backup {name} cannot be restored ({reason}); nothing "
                "was changed.",
                as_values(name=path.name, reason=verdict if verdict != "ok" else version),
            )
        )


def restore_notes(notes: SqliteDatabase, source: Path) -> None:
    """Replace the open notes file's contents with the notes backup `source` (checked
    first with check_notes_backup)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(notes.connection())
    except sqlite3.Error as exc:
        said = Words(
            "backups",
            "Restoring the private notes from {name} failed: {reason}",
            as_values(name=source.name, reason=exc),
        )
        raise BackupError(said) from exc
    finally:
        src.close()
    migrate_notes(notes.connection())
    notes.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
