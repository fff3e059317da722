"""Moving private notes out of the group database into their own file, `notes.sqlite3`.

Up to schema 10 the vault's tables lived in the group database. Step 11 drops them, so
before it runs, `store.db` copies every vault, key and note row, byte for byte, into
`notes.sqlite3` beside the group file (the pre-migration backup of the group file is made
before that). Why this order, and why it is safe whichever way it is reached:

- The copy is all or nothing: written to `notes.sqlite3.partial`, committed, fsynced and
  only then renamed (and the folder fsynced). A crash before the rename leaves the old
  file untouched and a .partial that the next start throws away and writes again.
- The copy is verified (every row present in the new file with the same bytes) before
  step 11 may run; a crash after the rename but before step 11 commits finds the file
  already made, checks it again and goes on.
- Step 11 does not trust its caller: it refuses to drop the tables while any of their
  rows is missing from `notes.sqlite3` (`rows_missing`), so a `migrate()` called without
  the copy (a restore, a test, a future caller) fails loudly instead of losing a note.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from balintdesk.domain.words import Words
from balintdesk.store.notes_migrations import VAULT_TABLES, migrate_notes

log = logging.getLogger(__name__)

NOTES_FILE = "notes.sqlite3"
_KEYS = {"vault": "id", "vault_key": "id", "note": "id"}


class VaultMoveError(RuntimeError):
    """The notes could not be moved into their own file; the group database still holds
    them, unchanged. `words` is the sentence for the user; `str()` its English."""

    def __init__(self, words: Words):
        self.words = words
        super().__init__(words.english())


def notes_path_beside(group_file: Path) -> Path:
    return group_file.with_name(NOTES_FILE)


def group_file_of(conn: sqlite3.Connection) -> Path | None:
    """The file of the connection's main database; None for one in memory."""
    for _, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


def has_vault_tables(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?)",
        tuple(VAULT_TABLES),
    ).fetchone()[0]
    return found == len(VAULT_TABLES)


def _rows(conn: sqlite3.Connection, table: str) -> dict[object, tuple]:
    columns = ", ".join(VAULT_TABLES[table])
    return {row[0]: tuple(row) for row in conn.execute(f"SELECT {columns} FROM {table}")}


def vault_row_count(conn: sqlite3.Connection) -> int:
    if not has_vault_tables(conn):
        return 0
    return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in VAULT_TABLES)


def rows_missing(group: sqlite3.Connection, notes_file: Path | None) -> tuple[int, int]:
    """(rows of the group's vault tables absent from notes_file, rows there but with
    other bytes). Reads notes_file read-only; a file that is not there holds nothing."""
    if not has_vault_tables(group):
        return 0, 0
    wanted = {table: _rows(group, table) for table in VAULT_TABLES}
    total = sum(len(rows) for rows in wanted.values())
    if total == 0:
        return 0, 0
    if notes_file is None or not notes_file.is_file():
        return total, 0
    notes = sqlite3.connect(f"{notes_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        absent = differing = 0
        for table, rows in wanted.items():
            held = _rows(notes, table)
            for key, row in rows.items():
                if key not in held:
                    absent += 1
                elif held[key] != row:
                    differing += 1
    finally:
        notes.close()
    return absent, differing


def refuse_unmoved(conn: sqlite3.Connection) -> None:
    """VaultMoveError if the group database at `conn` holds a vault row that the notes
    file beside it lacks (group step 11 runs this before it drops the tables)."""
    group = group_file_of(conn)
    absent, _ = rows_missing(conn, None if group is None else notes_path_beside(group))
    if absent:
        raise VaultMoveError(
            Words(
                "migrations",
                "{n} private notes rows are not yet in notes.sqlite3; they were not removed.",
                {"n": str(absent)},
            )
        )


def _copy_rows(source: sqlite3.Connection, target: sqlite3.Connection, keep: bool) -> None:
    """Copy every vault row from source to target in one transaction. With `keep`, a row
    whose id the target already has is left as the target has it (see move_vault_rows)."""
    verb = "INSERT OR IGNORE" if keep else "INSERT"
    target.execute("BEGIN IMMEDIATE")
    try:
        for table, columns in VAULT_TABLES.items():
            marks = ", ".join("?" * len(columns))
            sql = f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            target.executemany(sql, _rows(source, table).values())
    except BaseException:
        if target.in_transaction:
            target.execute("ROLLBACK")
        raise
    target.execute("COMMIT")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some systems cannot fsync a folder; the file itself was synced
        pass
    finally:
        os.close(fd)


def _write_new_file(group: sqlite3.Connection, notes_file: Path) -> None:
    partial = notes_file.with_name(notes_file.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        leftover.unlink(missing_ok=True)  # a copy cut short by a crash: start again
    target = sqlite3.connect(partial, isolation_level=None)
    try:
        target.execute("PRAGMA secure_delete = ON")
        target.execute("PRAGMA foreign_keys = ON")
        target.execute("PRAGMA synchronous = FULL")
        migrate_notes(target)
        _copy_rows(group, target, keep=False)
    finally:
        target.close()
    _fsync(partial)
    os.replace(partial, notes_file)
    if os.name != "nt":
        _fsync(notes_file.parent)


def move_vault_rows(group: sqlite3.Connection, notes_file: Path) -> int:
    """Copy the group database's vault rows into notes_file and verify them; returns how
    many rows were copied (0 when there were none). Nothing is deleted here: step 11
    drops the old tables. Raises VaultMoveError if the copy cannot be verified.

    If notes_file already exists (a start that crashed after the copy, or an old backup
    restored after the move), rows it lacks are added and rows it has are kept as it has
    them: it is the newer. The group file's pre-migration backup still holds the old.
    """
    total = vault_row_count(group)
    if total == 0:
        return 0
    notes_file.parent.mkdir(parents=True, exist_ok=True)
    existed = notes_file.is_file()
    if existed:
        target = sqlite3.connect(notes_file, isolation_level=None)
        try:
            target.execute("PRAGMA foreign_keys = ON")
            target.execute("PRAGMA secure_delete = ON")
            migrate_notes(target)
            _copy_rows(group, target, keep=True)
        finally:
            target.close()
    else:
        _write_new_file(group, notes_file)
    absent, differing = rows_missing(group, notes_file)
    if absent or (differing and not existed):
        raise VaultMoveError(
            Words(
                "migrations",
                "The private notes could not be moved into {path}; nothing was removed from "
                "the group database ({absent} rows missing, {differing} different).",
                {"path": str(notes_file), "absent": str(absent), "differing": str(differing)},
            )
        )
    if differing:
        log.warning("%d vault rows differ from notes.sqlite3's; its newer ones kept", differing)
    log.info("Moved %d vault rows into %s", total, notes_file.name)
    return total
