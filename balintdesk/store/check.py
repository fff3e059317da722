"""A health check of the database: SQLite's own checks, then the rules our code keeps.

Used by `balintdesk check` and after a restore. It reads the tables with plain SQL, not
through the models, because the rows it looks for are exactly the ones the models would
choke on (an unreadable date, an unknown role).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from peewee import Database, DatabaseError

from balintdesk.domain.group import Frequency, MeetingPattern, validate_group
from balintdesk.domain.roster import Role, clean_name, name_key
from balintdesk.store.migrations import LATEST_VERSION


def _sqlite_checks(db: Database) -> list[str]:
    problems = []
    for (verdict,) in db.execute_sql("PRAGMA integrity_check").fetchall():
        if verdict != "ok":
            problems.append(f"SQLite's integrity check reports: {verdict}.")
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(
            f"Row {rowid} of table {table} refers to a {parent} row that does not exist."
        )
    return problems


def _readable(value: object, parse: Callable[[str], object]) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _check_groups(db: Database) -> list[str]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, name, frequency, weekday, week_of_month, start_time, length_minutes, "
        "room, timezone, created_at FROM balint_group ORDER BY id"
    ).fetchall()
    names = {row[0]: " ".join(str(row[1]).split()).casefold() for row in rows}
    for gid, name, frequency, weekday, week, start, length, room, zone, created in rows:
        label = f"Group #{gid} (“{name}”)"
        if frequency not in {f.value for f in Frequency}:
            problems.append(f"{label} meets with the unknown frequency “{frequency}”.")
            continue
        if not _readable(start, lambda text: dt.time.fromisoformat(text)):
            problems.append(f"{label} has the unreadable start time “{start}”.")
            continue
        if not all(isinstance(v, int) for v in (weekday, week, length)):
            problems.append(f"{label} has a weekday, week or length that is not a number.")
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
        for message in validate_group(str(name), pattern, taken).values():
            problems.append(f"{label}: {message}")
        if not _readable(created, dt.datetime.fromisoformat):
            problems.append(f"{label} has the unreadable creation time “{created}”.")
    return problems


def _check_members(db: Database) -> list[str]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, group_id, name, name_key, role, is_leader, joined, may_present_from, "
        "archived_at, created_at, updated_at FROM member ORDER BY id"
    ).fetchall()
    by_key: dict[tuple[int, str], list[int]] = defaultdict(list)
    for mid, gid, name, key, role, leader, joined, may_present, *stamps in rows:
        label = f"Member #{mid} (“{name}”, group #{gid})"
        name = str(name)
        if not clean_name(name):
            problems.append(f"{label} has no name.")
        elif name != clean_name(name):
            problems.append(f"{label} has a name stored with untidy spacing or Unicode form.")
        if key != name_key(name):
            problems.append(
                f"{label} has the name key “{key}” where “{name_key(name)}” was expected."
            )
        by_key[(gid, name_key(name))].append(mid)
        if role not in {r.value for r in Role}:
            problems.append(f"{label} has the unknown role “{role}”.")
        if leader not in (0, 1):
            problems.append(f"{label} has the leader flag “{leader}” instead of 0 or 1.")
        if not _readable(joined, dt.date.fromisoformat):
            problems.append(f"{label} has the unreadable date joined “{joined}”.")
        elif may_present is not None:
            if not _readable(may_present, dt.date.fromisoformat):
                problems.append(f"{label} has the unreadable “may present from” “{may_present}”.")
            elif dt.date.fromisoformat(may_present) < dt.date.fromisoformat(joined):
                problems.append(
                    f"{label} may present from {may_present}, before joining on {joined}."
                )
        for column, value in zip(("archived_at", "created_at", "updated_at"), stamps, strict=True):
            if value is None and column == "archived_at":
                continue
            if not _readable(value, dt.datetime.fromisoformat):
                problems.append(f"{label} has the unreadable {column} “{value}”.")
    for (gid, key), ids in by_key.items():
        if len(ids) > 1:
            listed = ", ".join(f"#{mid}" for mid in ids)
            problems.append(
                f"Group #{gid} has {len(ids)} members whose names count as the same "
                f"(“{key}”): {listed}."
            )
    return problems


def run_checks(db: Database) -> list[str]:
    """Every problem found, one sentence each naming the row; an empty list means healthy."""
    problems: list[str] = []
    try:
        problems += _sqlite_checks(db)
        (version,) = db.execute_sql("PRAGMA user_version").fetchone()
        if version != LATEST_VERSION:
            problems.append(
                f"The database schema is version {version}; "
                f"this BalintDesk expects version {LATEST_VERSION}."
            )
            return problems  # the tables below may not have the columns we look for
        problems += _check_groups(db)
        problems += _check_members(db)
    except DatabaseError as exc:
        problems.append(f"The database could not be checked: {exc}.")
    return problems
