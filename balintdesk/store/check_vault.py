"""The health check's part for private notes: their own file, `notes.sqlite3` (sound,
at the schema this BalintDesk knows), and the shape of vaults, keys and note rows in it.

Read with plain SQL like the rest of `check.py`. Nothing here can decrypt (there is no
key), so it checks only what can be seen without one. Each problem is `Words` (context
"VaultCheck"): the edge says it in the user's language; str() gives the English.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable

from peewee import Database

from balintdesk.domain.words import Words
from balintdesk.store import notes_db
from balintdesk.store.notes_migrations import NOTES_LATEST_VERSION

# The vault's constants, repeated here because the store may not import balintdesk.vault
# (DESIGN.md's layers); tests/vault/test_vault_check.py proves the two agree.
VAULT_FORMATS = (1,)  # vault.VAULT_FORMAT
NOTE_FORMATS = (1,)  # notes.NOTE_FORMAT
VAULT_KEY_KINDS = ("keyring", "passphrase", "recovery")  # keys.KINDS
VAULT_NONCE_BYTES = 12  # crypto.NONCE_BYTES
VAULT_TAG_BYTES = 16  # crypto.TAG_BYTES
VAULT_WRAPPED_KEY_BYTES = 48  # crypto.WRAPPED_KEY_BYTES
VAULT_SALT_BYTES = 16  # crypto.SALT_BYTES
# RFC 9106's second recommendation, the floor under crypto.DEFAULT_KDF_PARAMS: t, p, KiB.
VAULT_KDF_MINIMUM = {"iterations": 3, "lanes": 4, "memory_cost": 64 * 1024}
_HEX_ID = re.compile(r"^[0-9a-f]{32}$")
CONTEXT = "VaultCheck"


def readable(value: object, parse: Callable[[str], object]) -> bool:
    """Whether a stored text parses (shared with check.py)."""
    if not isinstance(value, str):
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _kdf_problem(kdf_json: object, key: Words) -> Words | None:
    """What is wrong with a stored Argon2id record, or None. Mirrors crypto.KdfRecord."""
    unreadable = Words(
        "VaultCheck",
        "{key} has an unreadable Argon2id record, so it cannot be opened.",
        {"key": key},
    )
    try:
        data = json.loads(kdf_json) if isinstance(kdf_json, str) else None
        salt = bytes.fromhex(data["salt"]) if isinstance(data, dict) else b""
    except (ValueError, TypeError, KeyError):
        return unreadable
    if data.get("kdf") != "argon2id" or len(salt) != VAULT_SALT_BYTES:
        return unreadable
    if not all(type(data.get(name)) is int for name in VAULT_KDF_MINIMUM):
        return Words(
            "VaultCheck",
            "{key} has Argon2id parameters that are not numbers, so it cannot be opened.",
            {"key": key},
        )
    if any(data[name] < least for name, least in VAULT_KDF_MINIMUM.items()):
        return Words(
            "VaultCheck",
            "{key} uses Argon2id parameters below RFC 9106's recommendation (t=3, p=4, "
            "64 MiB); changing the passphrase or unlocking with it raises them.",
            {"key": key},
        )
    return None


def _check_vault_rows(db: Database) -> list[Words]:
    problems = []
    kinds: dict[str, set[str]] = defaultdict(set)
    for vid, kind in db.execute_sql("SELECT vault_id, kind FROM vault_key").fetchall():
        kinds[vid].add(kind)
    rows = db.execute_sql("SELECT id, label, created_at, format FROM vault ORDER BY id")
    for vid, label, created, fmt in rows.fetchall():
        name = Words(
            "VaultCheck", "Private notes vault {id} (“{label}”)", {"id": vid, "label": label}
        )
        values = {"vault": name}
        if not isinstance(vid, str) or not _HEX_ID.match(vid):
            problems.append(
                Words("VaultCheck", "{vault} has an id that is not 32 hexadecimal digits.", values)
            )
        if not isinstance(label, str) or not label.strip():
            problems.append(
                Words("VaultCheck", "Private notes vault {id} has no name.", {"id": vid})
            )
        if fmt not in VAULT_FORMATS:
            problems.append(
                Words(
                    "VaultCheck",
                    "{vault} has the unknown format {format}.",
                    values | {"format": str(fmt)},
                )
            )
        if not readable(created, dt.datetime.fromisoformat):
            problems.append(
                Words(
                    "VaultCheck",
                    "{vault} has the unreadable creation time “{time}”.",
                    values | {"time": created},
                )
            )
        if "passphrase" not in kinds[vid]:
            problems.append(
                Words(
                    "VaultCheck",
                    "{vault} has no passphrase key, so it cannot be opened that way.",
                    values,
                )
            )
        if "recovery" not in kinds[vid]:
            problems.append(
                Words(
                    "VaultCheck",
                    "{vault} has no recovery key, so it cannot be opened that way.",
                    values,
                )
            )
    return problems


def _check_keys(db: Database) -> list[Words]:
    problems = []
    keys = db.execute_sql(
        "SELECT id, vault_id, kind, wrapped, nonce, kdf_json FROM vault_key ORDER BY id"
    ).fetchall()
    for kid, vid, kind, wrapped, nonce, kdf_json in keys:
        ids = {"key": str(kid), "vault": vid, "kind": kind}
        name = Words("VaultCheck", "Key #{key} ({kind}) of vault {vault}", ids)
        if kind not in VAULT_KEY_KINDS:
            problems.append(
                Words(
                    "VaultCheck",
                    "Key #{key} of vault {vault} is of the unknown kind “{kind}”.",
                    ids,
                )
            )
            continue
        values = {"key": name}
        if not isinstance(wrapped, bytes) or len(wrapped) != VAULT_WRAPPED_KEY_BYTES:
            problems.append(
                Words(
                    "VaultCheck",
                    "{key} is not a wrapped 256-bit key, so it cannot be opened.",
                    values,
                )
            )
        if not isinstance(nonce, bytes) or len(nonce) != VAULT_NONCE_BYTES:
            problems.append(Words("VaultCheck", "{key} has a nonce that is not 12 bytes.", values))
        if kind == "keyring":
            if kdf_json != "":
                problems.append(
                    Words(
                        "VaultCheck", "{key} carries an Argon2id record it should not have.", values
                    )
                )
        elif (problem := _kdf_problem(kdf_json, name)) is not None:
            problems.append(problem)
    return problems


def _check_notes(db: Database) -> list[Words]:
    problems = []
    notes = db.execute_sql(
        "SELECT id, vault_id, format, nonce, ciphertext FROM note ORDER BY vault_id, id"
    ).fetchall()
    for nid, vid, fmt, nonce, ciphertext in notes:
        values = {
            "note": Words("VaultCheck", "Note {note} of vault {vault}", {"note": nid, "vault": vid})
        }
        if not isinstance(nid, str) or not _HEX_ID.match(nid):
            problems.append(
                Words("VaultCheck", "{note} has an id that is not 32 hexadecimal digits.", values)
            )
        if fmt not in NOTE_FORMATS:
            problems.append(
                Words(
                    "VaultCheck",
                    "{note} has the unknown format {format}.",
                    values | {"format": str(fmt)},
                )
            )
        if not isinstance(nonce, bytes) or len(nonce) != VAULT_NONCE_BYTES:
            problems.append(
                Words(
                    "VaultCheck",
                    "{note} has a nonce that is not 12 bytes, so it cannot be opened.",
                    values,
                )
            )
        if not isinstance(ciphertext, bytes) or len(ciphertext) < VAULT_TAG_BYTES:
            problems.append(
                Words(
                    "VaultCheck",
                    "{note} is too short to be a ciphertext, so it cannot be opened.",
                    values,
                )
            )
    return problems


def check_vaults(db: Database) -> list[Words]:
    """The shape of vaults, their wrapped keys and notes. Nothing can be decrypted here
    (no key), so a note whose bytes were changed is found when it is opened, not now."""
    return _check_vault_rows(db) + _check_keys(db) + _check_notes(db)


def check_notes_file(notes: Database | None) -> list[Words]:
    """The notes file's problems: why it could not be opened (damaged, newer, unreadable),
    SQLite's integrity and foreign-key checks, its schema version, then `check_vaults`."""
    if notes is None:
        problem = notes_db.notes_problem()
        finding = getattr(problem, "finding", None)
        if finding is not None:  # a DamagedDatabaseError
            return [
                Words(
                    "VaultCheck",
                    "The private notes file {path} is damaged (SQLite's check says: {finding}).",
                    {"path": str(problem.path), "finding": str(finding).splitlines()[0]},
                )
            ]
        reason = getattr(problem, "words", None) or str(problem or "not open")
        return [
            Words(
                "VaultCheck",
                "The private notes file cannot be opened: {reason}",
                {"reason": reason},
            )
        ]
    problems = []
    for (verdict,) in notes.execute_sql("PRAGMA integrity_check").fetchall():
        if verdict != "ok":
            problems.append(
                Words(
                    "VaultCheck",
                    "SQLite's integrity check of the private notes file reports: {verdict}.",
                    {"verdict": str(verdict)},
                )
            )
    for table, rowid, parent, _ in notes.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(
            Words(
                "VaultCheck",
                "Row {rowid} of table {table} in the private notes file refers to a {parent} "
                "row that does not exist.",
                {"rowid": str(rowid), "table": table, "parent": parent},
            )
        )
    (version,) = notes.execute_sql("PRAGMA user_version").fetchone()
    if version != NOTES_LATEST_VERSION:
        problems.append(
            Words(
                "VaultCheck",
                "The private notes file's schema is version {version}; this BalintDesk "
                "expects version {expected}.",
                {"version": str(version), "expected": str(NOTES_LATEST_VERSION)},
            )
        )
        return problems
    return problems + check_vaults(notes)
