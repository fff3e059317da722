"""This PC's groups to the server and back (issue 17): every row of every table intact,
all or nothing, the local file untouched, and the private notes never sent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from balintdesk.paths import database_path
from balintdesk.store import notes_db, server_move
from balintdesk.store.db import close_database, open_database
from balintdesk.store.server import connect_raw
from balintdesk.store.server_move import (
    GROUP_TABLES,
    PC_SETTINGS,
    SETTINGS_TABLE,
    NameClash,
    export_group,
    move_to_server,
)
from balintdesk.store.server_security import secure, tables
from tests.store import _server
from tests.store._rich_history import rich_group

NAMES = ("Tuesday Balint", "Thursday Balint")


def _local_folder(folder: Path, names=NAMES) -> Path:
    folder.mkdir()
    db = open_database(database_path(folder), folder / "backups")
    try:
        for name in names:
            rich_group(name)
    finally:
        close_database(db)
    return database_path(folder)


@pytest.fixture
def server():
    name = _server.fresh_database()
    try:
        with connect_raw(_server.url(name), _server.password()) as conn:
            secure(conn)
            yield conn
    finally:
        _server.drop_database(name)


def _rows(path: Path) -> dict[str, set[tuple]]:
    """Every table of a local file, its rows as sets of tuples (all columns)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {name: set(conn.execute(f"SELECT * FROM {name}").fetchall()) for name in names}
    finally:
        conn.close()


def _group_ids(conn) -> dict[str, int]:
    return dict(conn.execute("SELECT name, id FROM balint_group").fetchall())


def _server_counts(conn) -> dict[str, int]:
    cursor = conn.cursor()
    return {
        table: cursor.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in tables(cursor)
    }


def test_the_move_covers_every_table_of_the_server(server) -> None:
    found = set(tables(server.cursor()))
    moved = {table for table, _ in GROUP_TABLES} | {SETTINGS_TABLE}
    assert found == moved | server_move.SERVER_ONLY_TABLES


def test_to_the_server_and_back_every_row_of_every_table_intact(
    server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = _local_folder(tmp_path / "pc")
    notes = local.with_name("notes.sqlite3")
    before = local.read_bytes(), notes.read_bytes(), notes.stat().st_mtime_ns

    opened = []
    connect = sqlite3.connect

    def watched(database, *args, **kwargs):
        opened.append(str(database))
        return connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", watched)
    monkeypatch.setattr(notes_db, "_open", watched)
    moved = move_to_server(server, local)
    monkeypatch.undo()
    assert opened and not [name for name in opened if "notes" in name]
    assert all("mode=ro" in name for name in opened)  # the local file is only read
    assert moved.groups == NAMES and moved.ids_kept
    assert (local.read_bytes(), notes.read_bytes(), notes.stat().st_mtime_ns) == before

    exported = {}
    for name, group_id in _group_ids(server).items():
        exported[name] = _rows(export_group(server, group_id, tmp_path / f"{name}.sqlite3"))
    original = _rows(local)
    assert set(original) == {t for t, _ in GROUP_TABLES} | {SETTINGS_TABLE}  # v11: no vault
    for table, rows in original.items():
        back = set().union(*(tables_[table] for tables_ in exported.values()))
        if table == SETTINGS_TABLE:
            rows = {row for row in rows if row[0] not in PC_SETTINGS}
        assert back == rows, table
        assert rows, table  # the history really has rows there
    # Each export holds only its own group.
    for name, rows in exported.items():
        assert [row[1] for row in rows["balint_group"]] == [name]


def test_the_server_holds_no_vault_table_and_no_pc_setting(server, tmp_path: Path) -> None:
    move_to_server(server, _local_folder(tmp_path / "pc"))
    assert {"vault", "vault_key", "note"}.isdisjoint(tables(server.cursor()))
    keys = {key for (key,) in server.execute("SELECT key FROM app_setting").fetchall()}
    assert keys.isdisjoint(PC_SETTINGS) and "calendar_uid_namespace" in keys


def test_a_failure_part_way_leaves_the_server_unchanged(
    server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = _local_folder(tmp_path / "pc")
    empty = _server_counts(server)
    insert = server_move._insert

    def broken(cursor, table, rows):
        if table == "timer_run":  # after groups, members, meetings, attendance ...
            raise RuntimeError("the disk broke")
        insert(cursor, table, rows)

    monkeypatch.setattr(server_move, "_insert", broken)
    with pytest.raises(RuntimeError):
        move_to_server(server, local)
    assert _server_counts(server) == empty


def test_a_group_of_the_same_name_refuses_the_move(server, tmp_path: Path) -> None:
    move_to_server(server, _local_folder(tmp_path / "one", names=("Thursday Balint",)))
    counts = _server_counts(server)
    with pytest.raises(NameClash) as clash:
        move_to_server(server, _local_folder(tmp_path / "two", names=("Monday", "THURSDAY balint")))
    assert clash.value.names == ["Thursday Balint"]
    assert _server_counts(server) == counts


def test_a_second_pc_moves_in_beside_the_first_with_new_ids(server, tmp_path: Path) -> None:
    move_to_server(server, _local_folder(tmp_path / "one", names=("Tuesday Balint",)))
    second = _local_folder(tmp_path / "two", names=("Thursday Balint",))
    moved = move_to_server(server, second)
    assert not moved.ids_kept  # the same ids were taken by the first PC's group
    group_id = _group_ids(server)["Thursday Balint"]
    back = _rows(export_group(server, group_id, tmp_path / "back.sqlite3"))
    original = _rows(second)
    for table, _ in GROUP_TABLES:
        assert len(back[table]) == len(original[table]), table

    def who_came(rows):  # attendance by meeting day and member name, not by id
        days = {row[0]: row[3] for row in rows["meeting"]}
        names = {row[0]: row[2] for row in rows["member"]}
        return sorted((days[r[1]], names[r[2]], r[3], r[4]) for r in rows["attendance"])

    assert who_came(back) == who_came(original)
    # The sequences are past every id: the server's next meeting and member do not clash.
    (next_meeting,) = server.execute("SELECT nextval('meeting_id_seq')").fetchone()
    (highest,) = server.execute(
        "SELECT max(id) FROM (SELECT id FROM meeting UNION ALL "
        "SELECT meeting_id FROM withdrawn_meeting) AS t"
    ).fetchone()
    assert next_meeting > highest
    (next_member,) = server.execute(
        "SELECT nextval(pg_get_serial_sequence('member', 'id'))"
    ).fetchone()
    assert next_member > server.execute("SELECT max(id) FROM member").fetchone()[0]


def test_a_broken_row_late_in_the_file_leaves_the_server_unchanged(server, tmp_path: Path) -> None:
    local = _local_folder(tmp_path / "pc")
    with sqlite3.connect(local) as conn:  # damage a check would find: a missing member
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE member_identifier SET member_id = 999 WHERE id = 1")
    empty = _server_counts(server)
    with pytest.raises(server_move.BrokenRow) as broken:
        move_to_server(server, local)
    assert (broken.value.table, broken.value.column) == ("member_identifier", "member_id")
    assert _server_counts(server) == empty
