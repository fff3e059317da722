"""Whether a database file is sound: SQLite's own quick check, and what damage looks like.

A failing disk or a copy cut short leaves pages of the file overwritten. SQLite then
answers "database disk image is malformed" (SQLITE_CORRUPT) or, when the header itself is
gone, "file is not a database" (SQLITE_NOTADB). BalintDesk looks for that damage before it
opens the database for writing and before and after every backup, so a damaged file is
neither written to nor copied over the backups that are still sound.

The check is `PRAGMA quick_check` (https://sqlite.org/pragma.html#pragma_quick_check):
"like integrity_check except that it does not verify UNIQUE constraints and does not
verify that index content matches table content ... PRAGMA quick_check runs in O(N) time
whereas PRAGMA integrity_check requires O(NlogN) time". It still reads every page and
every record, which is what overwritten pages break. On a practice's three groups with
10, 8 and 6 years of weekly meetings (1.1 MB) it adds about 7 ms to opening (9 ms against
1.5 ms; the check alone about 6 ms, the full integrity_check about 23 ms, which
`balintdesk check` and a restore still run): tests/bench/test_bench_open_check.py. It
grows with the file, about 6 ms a megabyte.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from balintdesk.domain.words import Words
from balintdesk.store.migrations import LATEST_VERSION, schema_version

# SQLite's primary result codes for damage (https://sqlite.org/rescode.html): 11 is
# SQLITE_CORRUPT, 26 SQLITE_NOTADB. Extended codes keep the primary one in the low byte.
_DAMAGE_CODES = {11, 26}


class DamagedDatabaseError(Exception):
    """The database file is damaged; nothing was written to it. `words` is the sentence
    for the user (`str()` is its English, for the log)."""

    def __init__(self, path: Path, finding: str):
        self.path = path
        self.finding = finding
        self.words = Words(
            "soundness", "{damage}; nothing was changed in it.", {"damage": self.what()}
        )
        super().__init__(self.words.english())

    def what(self) -> Words:
        """The start of a sentence: which file, and SQLite's words about it (SQLite's own
        words stay as SQLite wrote them)."""
        return Words(
            "soundness",
            "The database {path} is damaged (SQLite's check says: {finding})",
            {"path": str(self.path), "finding": _first_line(self.finding)},
        )


def _first_line(text: str) -> str:
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    found = " ".join(lines[:3]) or "damaged"
    return found if len(found) <= 160 else found[:157] + "…"


def is_damage(exc: BaseException | None) -> bool:
    """Whether `exc` (sqlite3's, or peewee's wrapping of it) says the file is damaged.

    peewee re-raises sqlite3's errors as its own (peewee.ExceptionWrapper), keeping the
    original as `orig` (PeeweeException.__init__), so that and the exception chain are
    followed too.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DamagedDatabaseError):
            return True
        if isinstance(exc, sqlite3.DatabaseError):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None:
                return code & 0xFF in _DAMAGE_CODES
            text = str(exc)
            return "malformed" in text or "not a database" in text
        wrapped = getattr(exc, "orig", None)
        if not isinstance(wrapped, BaseException):
            wrapped = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = wrapped or exc.__cause__ or exc.__context__
    return False


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None if SQLite's quick check finds the open database sound, else what it found.

    Damage bad enough that SQLite cannot even walk the file raises SQLITE_CORRUPT or
    SQLITE_NOTADB rather than returning rows; that counts as a finding too. Any other
    error (the file is locked, unreadable) is raised: it says nothing about damage.
    """
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return str(exc)
        raise
    if [tuple(row) for row in rows] == [("ok",)]:
        return None
    return "\n".join(str(row[0]) for row in rows) or "no answer from the check"


def file_problem(path: Path) -> str | None:
    """None if `path` is a sound BalintDesk database this version can use, else why not.

    Read-only: the file is never written, whatever it holds.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        finding = quick_check(conn)
        if finding is not None:
            return finding
        version = schema_version(conn)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    if not 1 <= version <= LATEST_VERSION or "member" not in tables:
        return "not a database of this version of BalintDesk"
    return None
