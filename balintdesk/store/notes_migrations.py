"""Numbered schema migrations of the private notes' file, `notes.sqlite3`.

The same rules as the group database's `migrations.py`: recorded in this file's own
`PRAGMA user_version`, each step frozen SQL run in one transaction with its version bump.
Step 1 is the vault's tables as the group database's schema 10 had them (its step 5),
except that `vault.member_id` is a plain number: the member is in the group database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from balintdesk.domain.words import Words

# The vault's tables and their columns, in the order the move copies them (parents
# first, so the foreign keys hold at every row).
VAULT_TABLES: dict[str, tuple[str, ...]] = {
    "vault": ("id", "label", "member_id", "created_at", "format"),
    "vault_key": ("id", "vault_id", "kind", "wrapped", "nonce", "kdf_json", "created_at"),
    "note": ("id", "vault_id", "format", "nonce", "ciphertext"),
}


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # As migrations._run_script (not executescript(), which would COMMIT the step's
    # transaction); repeated here because migrations.py imports this module's tables.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_vault(conn: sqlite3.Connection) -> None:
    # As the group database's step 5 made them (see its comment on ids and the rowid-less
    # note table), with member_id a plain number instead of a reference to member.
    _run_script(
        conn,
        """
        CREATE TABLE vault (
            id TEXT PRIMARY KEY NOT NULL,
            label TEXT NOT NULL,
            member_id INTEGER,
            created_at DATETIME NOT NULL,
            format INTEGER NOT NULL
        );
        CREATE INDEX vault_member ON vault (member_id);
        CREATE TABLE vault_key (
            id INTEGER PRIMARY KEY,
            vault_id TEXT NOT NULL REFERENCES vault (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            wrapped BLOB NOT NULL,
            nonce BLOB NOT NULL,
            kdf_json TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX vault_key_vault_kind ON vault_key (vault_id, kind);
        CREATE TABLE note (
            id TEXT PRIMARY KEY NOT NULL,
            vault_id TEXT NOT NULL REFERENCES vault (id) ON DELETE CASCADE,
            format INTEGER NOT NULL,
            nonce BLOB NOT NULL,
            ciphertext BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX note_vault ON note (vault_id)
        """,
    )


NOTES_MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1_vault,)
NOTES_LATEST_VERSION = len(NOTES_MIGRATIONS)


class NewerNotesError(RuntimeError):
    """notes.sqlite3 was written by a newer BalintDesk; opening it could damage it."""

    def __init__(self, found: int):
        self.words = Words(
            "migrations",
            "The private notes were saved by a newer BalintDesk (notes schema {found}, this "
            "one knows up to {known}). Please install the newer version.",
            {"found": str(found), "known": str(NOTES_LATEST_VERSION)},
        )
        super().__init__(self.words.english())


def notes_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer_notes(conn: sqlite3.Connection) -> int:
    current = notes_version(conn)
    if current > NOTES_LATEST_VERSION:
        raise NewerNotesError(current)
    return current


def migrate_notes(conn: sqlite3.Connection) -> list[int]:
    """Bring the notes file's schema up to date; returns the versions applied. Each step
    re-reads the version under the write lock, as `migrations.migrate` does."""
    refuse_newer_notes(conn)
    applied = []
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = refuse_newer_notes(conn) + 1
            if version > NOTES_LATEST_VERSION:
                conn.execute("ROLLBACK")
                return applied
            NOTES_MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(version)
