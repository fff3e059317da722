"""This PC's groups to the practice's server (`balintdesk db move --from-local`), and one
group from the server back to a local file (`balintdesk db export`); issue 17.

The move copies every group of the local file with ALL its history, every table but the
vault's (notes never leave the computer: the notes file is not even opened), in ONE
transaction on the server: all or nothing. The local file is only read, through a
read-only connection, and stays as it was: a backup.

Ids: kept when none of them is taken on the server (the usual first move: calendar
UIDs, made of the database's namespace and the meeting's id, then stay the same), else
every id is renumbered from the server's sequences, consistently in every table that
names it. Either way the identity sequences and `meeting_id_seq` are set past every id.

Settings (app_setting) go to the server unless it has the key already, except this PC's
own (`PC_SETTINGS`), which stay on the PC; `themes_seeded.<group id>` follows its group.

`GROUP_TABLES` names every table a group's rows live in, parents first; together with
`app_setting` and the server's own tables it must be the whole server schema, or the
move refuses to start (tests/store/test_server_move.py checks it too).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from balintdesk.fileio import refuse_own_file
from balintdesk.store.migrations import LATEST_VERSION, NewerDatabaseError, schema_version
from balintdesk.store.models import BaseModel, database_proxy
from balintdesk.store.server_schema import server_schema_version
from balintdesk.store.server_security import MEETING_SEQUENCE, role_of, tables
from balintdesk.store.soundness import DamagedDatabaseError, is_damage, quick_check

# (table, how a row belongs to a group): "self" the group row, "group" its group_id,
# "meeting"/"member" through the row its meeting_id/member_id names, "sent" through a
# live or withdrawn meeting's id.
GROUP_TABLES: tuple[tuple[str, str], ...] = (
    ("balint_group", "self"),
    ("meeting_break", "group"),
    ("member", "group"),
    ("meeting", "group"),
    ("withdrawn_meeting", "group"),
    ("calendar_event_sent", "sent"),
    ("attendance", "meeting"),
    ("rota_pin", "meeting"),
    ("theme", "group"),
    ("phase_template", "group"),
    ("meeting_phase", "meeting"),
    ("timer_run", "meeting"),
    ("leader_log_entry", "member"),
    ("member_identifier", "member"),
)
SETTINGS_TABLE = "app_setting"
SERVER_ONLY_TABLES = frozenset({"schema_version", "group_access"})
# Columns holding another table's id ("meeting" also covers withdrawn meetings' ids).
_REFERENCES = {
    "group_id": "balint_group",
    "member_id": "member",
    "meeting_id": "meeting",
    "leader_id": "member",
    "co_leader_id": "member",
    "cancelled_by_break_id": "meeting_break",
}
# This PC's own settings: they stay in the local file.
PC_SETTINGS = frozenset({"shared_pc", "current_group_id", "welcome_done", "notes_idle_minutes"})
_SEEDED = "themes_seeded."


class NameClash(Exception):
    """Groups of these names are on the server already."""

    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


class BrokenRow(Exception):
    """A local row names a row that is not there (`table`'s row `row_id`, its `column`):
    `balintdesk check` finds such damage; nothing is moved."""

    def __init__(self, table: str, row_id: int, column: str):
        super().__init__(f"{table} {row_id}: {column}")
        self.table, self.row_id, self.column = table, row_id, column


class NotAdministrator(Exception):
    """Only a programme administrator may move groups to the server."""


class SchemaMismatch(Exception):
    """The local file or the server is not at this BalintDesk's schema: `where` is
    'local' or 'server', `version` what it has."""

    def __init__(self, where: str, version: int):
        super().__init__(f"{where}: schema {version}, expected {LATEST_VERSION}")
        self.where = where
        self.version = version


@dataclasses.dataclass(frozen=True)
class Moved:
    groups: tuple[str, ...]
    ids_kept: bool
    rows: int


def _models() -> dict[str, type[BaseModel]]:
    found, todo = {}, list(BaseModel.__subclasses__())
    while todo:
        model = todo.pop()
        found[model._meta.table_name] = model
        todo.extend(model.__subclasses__())
    return found


def check_tables(server_tables: list[str]) -> None:
    """RuntimeError if the server has a table the move does not know."""
    known = {t for t, _ in GROUP_TABLES} | {SETTINGS_TABLE} | SERVER_ONLY_TABLES
    unknown = sorted(set(server_tables) - known)
    if unknown:
        raise RuntimeError(f"the move does not know the tables {unknown}")


def _local_rows(path: Path) -> dict[str, list[dict]]:
    """Every row of every moved table, values as Python values (the models' fields read
    SQLite's text dates and 0/1 booleans). A read-only connection: not a byte changes."""
    models = _models()
    local = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        finding = quick_check(local)
        if finding is not None:
            raise DamagedDatabaseError(path, finding)
        version = schema_version(local)
        if version > LATEST_VERSION:
            raise NewerDatabaseError(version)
        if version != LATEST_VERSION:
            raise SchemaMismatch("local", version)
        local.execute("BEGIN")  # one snapshot of every table
        rows: dict[str, list[dict]] = {}
        for table in [t for t, _ in GROUP_TABLES] + [SETTINGS_TABLE]:
            columns = models[table]._meta.columns
            cursor = local.execute(f"SELECT * FROM {table} ORDER BY 1")
            names = [d[0] for d in cursor.description]
            rows[table] = [
                {n: columns[n].python_value(v) for n, v in zip(names, raw, strict=True)}
                for raw in cursor.fetchall()
            ]
        local.execute("COMMIT")
        return rows
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):  # damage the quick check did not reach
            raise DamagedDatabaseError(path, str(exc)) from exc
        raise
    finally:
        local.close()


def _ids_taken(cursor, rows: dict[str, list[dict]]) -> bool:
    for table, _ in GROUP_TABLES:
        ids = [row["id"] for row in rows[table]]
        if not ids:
            continue
        cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ANY (%s))", (ids,))
        if cursor.fetchone()[0]:
            return True
    if not _meeting_ids(rows):
        return False
    cursor.execute(
        "SELECT EXISTS (SELECT 1 FROM (SELECT id FROM meeting UNION ALL SELECT meeting_id "
        "FROM withdrawn_meeting UNION ALL SELECT meeting_id FROM calendar_event_sent) AS t "
        "WHERE id = ANY (%s))",
        (sorted(_meeting_ids(rows)),),
    )
    return cursor.fetchone()[0]


def _meeting_ids(rows: dict[str, list[dict]]) -> set[int]:
    ids = {row["id"] for row in rows["meeting"]}
    ids |= {row["meeting_id"] for row in rows["withdrawn_meeting"]}
    return ids | {row["meeting_id"] for row in rows["calendar_event_sent"]}


def _new_ids(cursor, rows: dict[str, list[dict]], keep: bool) -> dict[str, dict[int, int]]:
    """For each referenced table, old id -> id on the server."""
    maps: dict[str, dict[int, int]] = {}
    for table, _ in GROUP_TABLES:
        olds = [row["id"] for row in rows[table]]
        if table == "meeting":
            olds = sorted(_meeting_ids(rows))
            sequence = MEETING_SEQUENCE
        else:
            sequence = f"pg_get_serial_sequence('{table}', 'id')"
            sequence = cursor.execute(f"SELECT {sequence}").fetchone()[0]
        if keep:
            maps[table] = {old: old for old in olds}
        else:
            cursor.execute("SELECT nextval(%s) FROM generate_series(1, %s)", (sequence, len(olds)))
            maps[table] = dict(zip(olds, [n for (n,) in cursor.fetchall()], strict=True))
    return maps


def _renumbered(table: str, row: dict, maps: dict[str, dict[int, int]]) -> dict:
    out = dict(row)
    out["id"] = maps[table][row["id"]]  # maps["meeting"] holds withdrawn meetings' ids too
    for column, target in _REFERENCES.items():
        if out.get(column) is not None:
            try:
                out[column] = maps[target][row[column]]
            except KeyError:
                raise BrokenRow(table, row["id"], column) from None
    return out


def _setting(row: dict, maps: dict[str, dict[int, int]]) -> dict:
    key = row["key"]
    if key.startswith(_SEEDED) and key[len(_SEEDED) :].isdigit():
        group = maps["balint_group"].get(int(key[len(_SEEDED) :]))
        if group is not None:
            return {"key": f"{_SEEDED}{group}", "value": row["value"]}
    return dict(row)


def _insert(cursor, table: str, rows: list[dict]) -> None:
    if rows:
        columns = list(rows[0])
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
        cursor.executemany(sql, [[row[c] for c in columns] for row in rows])


def set_sequences(cursor) -> None:
    """Every identity sequence, and the meeting sequence, past every id in use (never
    back: a number another session has just taken stays taken)."""

    def past(sequence: str, highest: str) -> str:
        last = f"coalesce(pg_sequence_last_value({sequence}::regclass), 0)"
        return f"SELECT setval({sequence}, GREATEST(({highest}), {last}, 1))"

    for table, _ in GROUP_TABLES:
        if table != "meeting":
            sequence = f"pg_get_serial_sequence('{table}', 'id')"
            cursor.execute(past(sequence, f"SELECT max(id) FROM {table}"))
    cursor.execute(
        past(
            f"'{MEETING_SEQUENCE}'",
            "SELECT max(id) FROM (SELECT id FROM meeting UNION ALL SELECT meeting_id FROM "
            "withdrawn_meeting UNION ALL SELECT meeting_id FROM calendar_event_sent) AS t",
        )
    )


def move_to_server(conn, local_file: Path) -> Moved:
    """Copy every group of `local_file` (the group database, at this BalintDesk's schema)
    to the server `conn` (psycopg, an administrator's login) in one transaction."""
    with conn.cursor() as cursor:
        if role_of(conn) != "admin":
            raise NotAdministrator()
        version = server_schema_version(cursor)
        if version != LATEST_VERSION:
            raise SchemaMismatch("server", version)
        check_tables(tables(cursor))
    rows = _local_rows(local_file)
    names = [row["name"] for row in rows["balint_group"]]
    count = 0
    with conn.transaction(), conn.cursor() as cursor:
        cursor.execute("LOCK TABLE balint_group IN SHARE ROW EXCLUSIVE MODE")
        cursor.execute(
            "SELECT name FROM balint_group WHERE lower(name) = ANY (%s) ORDER BY 1",
            ([name.lower() for name in names],),
        )
        clashes = [name for (name,) in cursor.fetchall()]
        if clashes:
            raise NameClash(clashes)
        keep = not _ids_taken(cursor, rows)
        maps = _new_ids(cursor, rows, keep)
        for table, _ in GROUP_TABLES:
            _insert(cursor, table, [_renumbered(table, row, maps) for row in rows[table]])
            count += len(rows[table])
        settings = [_setting(row, maps) for row in rows[SETTINGS_TABLE]]
        for row in settings:
            if row["key"] not in PC_SETTINGS:
                cursor.execute(
                    "INSERT INTO app_setting (key, value) VALUES (%s, %s) "
                    "ON CONFLICT (key) DO NOTHING",
                    (row["key"], row["value"]),
                )
                count += cursor.rowcount
        set_sequences(cursor)
    return Moved(tuple(names), keep, count)


def _where(scope: str) -> str:
    return {
        "self": "id = %(g)s",
        "group": "group_id = %(g)s",
        "meeting": "meeting_id IN (SELECT id FROM meeting WHERE group_id = %(g)s)",
        "member": "member_id IN (SELECT id FROM member WHERE group_id = %(g)s)",
        "sent": "meeting_id IN (SELECT id FROM meeting WHERE group_id = %(g)s UNION "
        "SELECT meeting_id FROM withdrawn_meeting WHERE group_id = %(g)s)",
    }[scope]


def group_rows(conn, group_id: int) -> dict[str, list[dict]]:
    """One group's rows from the server, every table of GROUP_TABLES, and the settings it
    takes along (not this PC's, not another group's)."""
    rows: dict[str, list[dict]] = {}
    with conn.transaction(), conn.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        check_tables(tables(cursor))
        for table, scope in GROUP_TABLES:
            cursor.execute(
                f"SELECT * FROM {table} WHERE {_where(scope)} ORDER BY id", {"g": group_id}
            )
            names = [d.name for d in cursor.description]
            rows[table] = [dict(zip(names, raw, strict=True)) for raw in cursor.fetchall()]
        cursor.execute("SELECT key, value FROM app_setting ORDER BY key")
        rows[SETTINGS_TABLE] = [
            {"key": key, "value": value}
            for key, value in cursor.fetchall()
            if key not in PC_SETTINGS
            and not (key.startswith(_SEEDED) and key != f"{_SEEDED}{group_id}")
        ]
    return rows


def export_group(conn, group_id: int, out: Path) -> Path:
    """Write one group of the server to `out`, a new local database made by the store's
    own open_database (at this BalintDesk's schema). Never overwrites a file, nor one of
    BalintDesk's own (FileExistsError, fileio.OwnFileError)."""
    from balintdesk.store.db import close_database, open_database

    refuse_own_file(out)
    if out.exists():
        raise FileExistsError(out)
    rows = group_rows(conn, group_id)
    models = _models()
    folder = Path(tempfile.mkdtemp(prefix=".balintdesk-export-", dir=out.parent))
    before = database_proxy.obj
    try:
        made = folder / "balintdesk.sqlite3"
        db = open_database(made, None)
        try:
            with db.atomic():
                for table in [t for t, _ in GROUP_TABLES] + [SETTINGS_TABLE]:
                    columns = models[table]._meta.columns
                    batch = [{columns[k]: v for k, v in row.items()} for row in rows[table]]
                    if batch:
                        models[table].insert_many(batch).execute()
        finally:
            close_database(db)
        try:
            os.link(made, out)  # fails if `out` appeared meanwhile: never overwrites
        except FileExistsError:
            raise
        except OSError:
            if out.exists():
                raise FileExistsError(out) from None
            shutil.copyfile(made, out)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if before is not None:
            database_proxy.initialize(before)
    return out
