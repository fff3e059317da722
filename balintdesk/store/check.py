"""A health check of the database: SQLite's own checks, then the rules our code keeps.

Used by `balintdesk check` and after a restore. The findings are `Words` (DESIGN.md,
"Words the user reads"); the meetings' and the timer's parts are in `check_meetings` and
`check_timer`. It reads the tables with plain SQL, not through the models, because the
rows it looks for are exactly the ones the models would choke on (an unreadable date, an
unknown role).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from peewee import Database, DatabaseError

from balintdesk.domain.group import Frequency, MeetingPattern, group_problems
from balintdesk.domain.roster import Role, clean_name, name_key
from balintdesk.domain.words import Words
from balintdesk.store.check_meetings import (
    check_attendance_and_pins,
    check_meetings,
    check_withdrawn,
)
from balintdesk.store.check_timer import check_timer
from balintdesk.store.check_vault import check_notes_file, readable
from balintdesk.store.db import as_values as _v
from balintdesk.store.migrations import LATEST_VERSION


def _sqlite_checks(db: Database) -> list[Words]:
    problems = []
    for (verdict,) in db.execute_sql("PRAGMA integrity_check").fetchall():
        if verdict != "ok":
            problems.append(
                Words("check", "SQLite's integrity check reports: {verdict}.", _v(verdict=verdict))
            )
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(
            Words(
                "check",
                "Row {rowid} of table {table} refers to a {parent} row that does not exist.",
                _v(rowid=rowid, table=table, parent=parent),
            )
        )
    return problems


def _check_groups(db: Database) -> list[Words]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, name, frequency, weekday, week_of_month, start_time, length_minutes, "
        "room, timezone, created_at FROM balint_group ORDER BY id"
    ).fetchall()
    names = {row[0]: " ".join(str(row[1]).split()).casefold() for row in rows}
    for gid, name, frequency, weekday, week, start, length, room, zone, created in rows:
        label = Words("check", "Group #{gid} (“{name}”)", _v(gid=gid, name=name))
        if frequency not in {f.value for f in Frequency}:
            problems.append(
                Words(
                    "check",
                    "{label} meets with the unknown frequency “{frequency}”.",
                    _v(label=label, frequency=frequency),
                )
            )
            continue
        if not readable(start, lambda text: dt.time.fromisoformat(text)):
            problems.append(
                Words(
                    "check",
                    "{label} has the unreadable start time “{start}”.",
                    _v(label=label, start=start),
                )
            )
            continue
        if not all(isinstance(v, int) for v in (weekday, week, length)):
            problems.append(
                Words(
                    "check",
                    "{label} has a weekday, week or length that is not a number.",
                    _v(label=label),
                )
            )
            continue
        pattern = MeetingPattern(
            frequency=Frequency(frequency),
            weekday=weekday,
            week_of_month=week,
            start=dt.time.fromisoformat(start),
            length_minutes=length,
            room=str(room),
            timezone=str(zone),
        )
        taken = {other for other_id, other in names.items() if other_id != gid}
        for message in group_problems(str(name), pattern, taken).values():
            problems.append(Words("check", "{label}: {message}", _v(label=label, message=message)))
        if not readable(created, dt.datetime.fromisoformat):
            problems.append(
                Words(
                    "check",
                    "{label} has the unreadable creation time “{created}”.",
                    _v(label=label, created=created),
                )
            )
    return problems


def _check_members(db: Database) -> list[Words]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, group_id, name, name_key, role, is_leader, joined, may_present_from, "
        "archived_at, created_at, updated_at FROM member ORDER BY id"
    ).fetchall()
    by_key: dict[tuple[int, str], list[int]] = defaultdict(list)
    for mid, gid, name, key, role, leader, joined, may_present, *stamps in rows:
        label = Words(
            "check", "Member #{mid} (“{name}”, group #{gid})", _v(mid=mid, name=name, gid=gid)
        )
        name = str(name)
        if not clean_name(name):
            problems.append(Words("check", "{label} has no name.", _v(label=label)))
        elif name != clean_name(name):
            problems.append(
                Words(
                    "check",
                    "{label} has a name stored with untidy spacing or Unicode form.",
                    _v(label=label),
                )
            )
        if key != name_key(name):
            problems.append(
                Words(
                    "check",
                    "{label} has the name key “{key}” where “{expected}” was expected.",
                    _v(label=label, key=key, expected=name_key(name)),
                )
            )
        by_key[(gid, name_key(name))].append(mid)
        if role not in {r.value for r in Role}:
            problems.append(
                Words("check", "{label} has the unknown role “{role}”.", _v(label=label, role=role))
            )
        if leader not in (0, 1):
            problems.append(
                Words(
                    "check",
                    "{label} has the leader flag “{leader}” instead of 0 or 1.",
                    _v(label=label, leader=leader),
                )
            )
        if not readable(joined, dt.date.fromisoformat):
            problems.append(
                Words(
                    "check",
                    "{label} has the unreadable date joined “{joined}”.",
                    _v(label=label, joined=joined),
                )
            )
        elif may_present is not None:
            if not readable(may_present, dt.date.fromisoformat):
                problems.append(
                    Words(
                        "check",
                        "{label} has the unreadable “may present from” “{may_present}”.",
                        _v(label=label, may_present=may_present),
                    )
                )
            elif dt.date.fromisoformat(may_present) < dt.date.fromisoformat(joined):
                problems.append(
                    Words(
                        "check",
                        "{label} may present from {may_present}, before joining on {joined}.",
                        _v(label=label, may_present=may_present, joined=joined),
                    )
                )
        for column, value in zip(("archived_at", "created_at", "updated_at"), stamps, strict=True):
            if value is None and column == "archived_at":
                continue
            if not readable(value, dt.datetime.fromisoformat):
                problems.append(
                    Words(
                        "check",
                        "{label} has the unreadable {column} “{value}”.",
                        _v(label=label, column=column, value=value),
                    )
                )
    for (gid, key), ids in by_key.items():
        if len(ids) > 1:
            listed = ", ".join("#" + str(mid) for mid in ids)
            problems.append(
                Words(
                    "check",
                    "Group #{gid} has {count} members whose names count as the same (“{key}”): "
                    "{listed}.",
                    _v(gid=gid, count=len(ids), key=key, listed=listed),
                )
            )
    return problems


class _Rows:
    def __init__(self, cursor):
        self._cursor = cursor

    @staticmethod
    def _as_stored(row: tuple) -> tuple:
        # As SQLite holds them: peewee writes a date or time as its str(), a bool as 0/1.
        return tuple(
            str(v) if isinstance(v, dt.date | dt.time) else int(v) if isinstance(v, bool) else v
            for v in row
        )

    def fetchall(self) -> list[tuple]:
        return [self._as_stored(row) for row in self._cursor.fetchall()]

    def fetchone(self) -> tuple | None:
        row = self._cursor.fetchone()
        return None if row is None else self._as_stored(row)


class _AsStored:
    """A server's database as the checks read SQLite's: the checks look at the stored
    values (text a damaged file may garble), and PostgreSQL returns typed ones."""

    def __init__(self, db: Database):
        self._db = db

    def execute_sql(self, sql: str, params: object = None) -> _Rows:
        return _Rows(self._db.execute_sql(sql.replace("?", self._db.param), params))


def find_problems(db: Database) -> list[Words | str]:
    """Every problem found, one sentence each naming the row, as `Words` for the edge to
    say in the user's language (the vaults' check may still give English text); an empty
    list means healthy."""
    problems: list[Words | str] = []
    try:
        server = getattr(db, "is_server", False)
        if server:
            db = _AsStored(db)
        else:  # PostgreSQL keeps its pages and foreign keys sound itself
            problems += _sqlite_checks(db)
        (version,) = db.execute_sql(
            "SELECT coalesce(max(version), 0) FROM schema_version"
            if server
            else "PRAGMA user_version"
        ).fetchone()
        if version != LATEST_VERSION:
            problems.append(
                Words(
                    "check",
                    "The database schema is version {version}; this BalintDesk expects "
                    "version {expected}.",
                    _v(version=version, expected=LATEST_VERSION),
                )
            )
            return problems  # the tables below may not have the columns we look for
        problems += _check_groups(db)
        problems += _check_members(db)
        problems += check_meetings(db)
        problems += check_withdrawn(db)
        problems += check_attendance_and_pins(db)
        problems += check_timer(db)
    except DatabaseError as exc:
        problems.append(Words("check", "The database could not be checked: {exc}.", _v(exc=exc)))
    try:
        # The private notes are in their own file (store/notes_db.py), opened with the
        # group database: `notes` is None when it could not be, and that is a problem too.
        if hasattr(db, "notes"):
            problems += check_notes_file(db.notes)
    except DatabaseError as exc:
        problems.append(Words("check", "The database could not be checked: {exc}.", _v(exc=exc)))
    return problems


def run_checks(db: Database) -> list[Words]:
    """`find_problems` in English: for the log and the tests."""
    return [str(problem) for problem in find_problems(db)]
