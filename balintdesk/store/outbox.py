"""What a meeting recorded while the practice's server could not be reached, kept on
this computer until it is sent (issue 17: "the server is down at meeting time").

Its own SQLite file in the data folder (`paths.OUTBOX_NAME`), made only when something
must wait, with WAL and synchronous=FULL: an entry is on the disk before the window says
it is kept, so a crash or a pulled plug loses no check-in. Each entry is one change as
the window made it, in order:

- MARK: a member's check-in mark (status, "" for cleared; where, in a hybrid meeting)
  with the mark the window showed before (`was`), which the sending compares with the
  server's row to find a change made meanwhile on another computer;
- RECORD: the meeting held and recorded (presenters, theme, who led);
- TIMER: the phase timer's last state (template, snapshot, phase records); only the
  newest one of a meeting is kept, since each holds the whole state.

It holds no case content (there is none in these rows) and never a private note. Every
entry names the database it is for (`target`: server, port and database name; no
password), so an entry left by a crash is only ever sent where it belongs.
`outbox_send.send` replays them.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target TEXT NOT NULL,
    kind TEXT NOT NULL,
    meeting_id INTEGER NOT NULL,
    member_id INTEGER,
    payload TEXT NOT NULL,
    made_at TEXT NOT NULL
)
"""


class Kind(enum.StrEnum):
    MARK = "mark"
    RECORD = "record"
    TIMER = "timer"


@dataclass(frozen=True)
class Entry:
    id: int
    target: str
    kind: Kind
    meeting_id: int
    member_id: int | None
    payload: dict[str, Any]
    made_at: dt.datetime  # UTC, aware


def target_of(database: Any) -> str:
    """Which server database entries are for: "host:port/dbname" from the connection's
    parameters (never the password); the same for every PC reaching the same server by
    the same name."""
    from balintdesk.store.server import _parts

    params = dict(getattr(database, "connect_params", {}) or {})
    name = getattr(database, "database", "") or ""
    if isinstance(name, str) and name.startswith(("postgresql://", "postgres://")):
        params = {**_parts(name), **params}
        name = params.get("dbname", "")
    host = params.get("host", "")
    port = params.get("port", "5432")
    return f"{host}:{port}/{params.get('dbname', name)}"


class Outbox:
    """The outbox file in `folder`; nothing is made on disk until the first `append`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    def _connection(self, create: bool) -> sqlite3.Connection | None:
        if self._conn is None:
            if not create and not self.path.exists():
                return None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(_SCHEMA)
            self._conn = conn
        return self._conn

    def append(
        self,
        target: str,
        kind: Kind,
        meeting_id: int,
        payload: dict[str, Any],
        member_id: int | None = None,
        now: dt.datetime | None = None,
    ) -> int:
        """Keep one change; it is on the disk when this returns. A TIMER entry replaces
        the meeting's earlier one (each holds the timer's whole state)."""
        made = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()
        text = json.dumps(payload, ensure_ascii=False, allow_nan=False, sort_keys=True)
        conn = self._connection(create=True)
        with conn:  # one transaction: the old timer state goes only with the new one in
            conn.execute("BEGIN IMMEDIATE")
            if kind == Kind.TIMER:
                conn.execute(
                    "DELETE FROM entry WHERE target = ? AND kind = ? AND meeting_id = ?",
                    (target, kind.value, meeting_id),
                )
            cursor = conn.execute(
                "INSERT INTO entry (target, kind, meeting_id, member_id, payload, made_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (target, kind.value, meeting_id, member_id, text, made),
            )
        return int(cursor.lastrowid)

    def entries(self, target: str | None = None) -> list[Entry]:
        """What waits, oldest first (for `target` only, if given)."""
        conn = self._connection(create=False)
        if conn is None:
            return []
        sql = "SELECT id, target, kind, meeting_id, member_id, payload, made_at FROM entry"
        args: tuple[str, ...] = ()
        if target is not None:
            sql += " WHERE target = ?"
            args = (target,)
        rows = conn.execute(sql + " ORDER BY id", args).fetchall()
        return [
            Entry(
                row[0],
                row[1],
                Kind(row[2]),
                row[3],
                row[4],
                json.loads(row[5]),
                dt.datetime.fromisoformat(row[6]),
            )
            for row in rows
        ]

    def count(self, target: str | None = None) -> int:
        return len(self.entries(target))

    def remove(self, entry_id: int) -> None:
        """Forget an entry: call only once the server has committed it (or refused it
        for good, as a conflict)."""
        conn = self._connection(create=False)
        if conn is not None:
            with conn:
                conn.execute("DELETE FROM entry WHERE id = ?", (entry_id,))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
