"""Opening a database an older BalintDesk wrote: nothing lost, nothing half-done.

The old files are built here with raw SQL through the frozen migration steps, the way an
older release left them, not through today's models.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from balintdesk.domain.roster import name_key
from balintdesk.store import migrations, roster
from balintdesk.store.db import close_database, list_backups, open_database
from balintdesk.store.migrations import LATEST_VERSION, NewerDatabaseError
from balintdesk.store.models import ALL_MODELS, Member

V1_MEMBER_COLUMNS = (
    "id, group_id, name, role, is_leader, email, joined, may_present_from, "
    "archived_at, created_at, updated_at"
)
V1_GROUP_COLUMNS = (
    "id, name, frequency, weekday, week_of_month, start_time, length_minutes, room, "
    "timezone, created_at"
)

GROUPS = [
    (
        1,
        "Thursday Balint group",
        "fortnightly",
        3,
        1,
        "12:30",
        75,
        "Seminar room",
        "Europe/London",
        "2023-01-05 09:00:00",
    ),
    (
        2,
        "Grŵp Balint Caerdydd",
        "monthly",
        1,
        -1,
        "18:00",
        90,
        "Ystafell 2",
        "Europe/London",
        "2023-02-01 10:15:00",
    ),
]
MEMBERS = [
    # Under v1's ASCII-only NOCASE these were two different people; Unicode folds them alike.
    (
        1,
        1,
        "SIOBHÁN",
        "gp",
        0,
        "",
        "2023-01-05",
        None,
        None,
        "2023-01-05 09:01:00",
        "2023-01-05 09:01:00",
    ),
    (
        2,
        1,
        "Siobhán",
        "nurse",
        0,
        "siobhan@example.org",
        "2023-03-01",
        "2023-06-01",
        None,
        "2023-03-01 12:00:00",
        "2023-03-02 08:00:00",
    ),
    (
        3,
        1,
        "Dr Zoë Çelik",
        "gp",
        1,
        "zoe@example.org",
        "2023-01-05",
        None,
        None,
        "2023-01-05 09:02:00",
        "2023-01-05 09:02:00",
    ),
    (
        4,
        1,
        "Łukasz Żółć",
        "gp_trainee",
        0,
        "",
        "2023-08-02",
        "2023-10-01",
        "2024-02-01 17:30:00",
        "2023-08-02 09:00:00",
        "2024-02-01 17:30:00",
    ),  # archived
    (
        5,
        1,
        "李小龙",
        "pharmacist",
        0,
        "",
        "2024-01-10",
        None,
        None,
        "2024-01-10 12:00:00",
        "2024-01-10 12:00:00",
    ),
    (
        6,
        2,
        "Rene\u0301e Weiß",
        "other_clinician",
        0,
        "",
        "2023-02-01",
        None,
        None,
        "2023-02-01 10:20:00",
        "2023-02-01 10:20:00",
    ),  # decomposed é, as some keyboards send
    (
        7,
        2,
        "RENÉE WEISS",
        "student",
        0,
        "",
        "2023-05-01",
        None,
        None,
        "2023-05-01 10:20:00",
        "2023-05-01 10:20:00",
    ),  # ß folds to ss: alike with row 6
    (
        8,
        2,
        "Ffion Llŷr",
        "gp",
        1,
        "",
        "2023-02-01",
        None,
        None,
        "2023-02-01 10:21:00",
        "2023-02-01 10:21:00",
    ),
]


def make_v1_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert migrations.migrate(conn, target=1) == [1]
        conn.executemany(
            f"INSERT INTO balint_group ({V1_GROUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            GROUPS,
        )
        conn.executemany(
            f"INSERT INTO member ({V1_MEMBER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            MEMBERS,
        )
        conn.commit()
    finally:
        conn.close()


def read_rows(conn: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    groups = conn.execute(f"SELECT {V1_GROUP_COLUMNS} FROM balint_group ORDER BY id").fetchall()
    members = conn.execute(f"SELECT {V1_MEMBER_COLUMNS} FROM member ORDER BY id").fetchall()
    return groups, members


def schema_of(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    path = tmp_path / "balintdesk.sqlite3"
    make_v1_database(path)
    return path


@pytest.fixture
def opened(v1_path: Path, tmp_path: Path) -> Iterator[SqliteDatabase]:
    db = open_database(v1_path, tmp_path / "backups")
    yield db
    close_database(db)


def test_old_database_is_migrated_to_latest(opened: SqliteDatabase) -> None:
    assert migrations.schema_version(opened.connection()) == LATEST_VERSION
    assert opened.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert opened.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_every_row_and_column_survives(opened: SqliteDatabase) -> None:
    groups, members = read_rows(opened.connection())
    assert groups == GROUPS
    assert members == MEMBERS


def test_models_read_the_migrated_rows(opened: SqliteDatabase) -> None:
    archived = Member.get_by_id(4)
    assert archived.name == "Łukasz Żółć"
    assert archived.is_archived
    assert archived.archived_at == dt.datetime(2024, 2, 1, 17, 30)
    assert archived.may_present_from == dt.date(2023, 10, 1)
    assert [m.id for m in roster.list_members(1)] == [3, 1, 2, 5]  # by name key; 4 archived
    assert {m.id for m in roster.list_members(1, include_archived=True)} == {1, 2, 3, 4, 5}
    assert roster.get_group(2).name == "Grŵp Balint Caerdydd"


def test_name_key_is_backfilled_and_look_alikes_are_both_kept(opened: SqliteDatabase) -> None:
    keys = dict(opened.execute_sql("SELECT id, name_key FROM member ORDER BY id").fetchall())
    assert name_key("SIOBHÁN") == name_key("Siobhán")  # the premise of this test
    assert name_key("Rene\u0301e Weiß") == name_key("RENÉE WEISS")
    # The first of two look-alikes keeps the plain key; the later one is told apart.
    assert keys[1] == "siobhán"
    assert keys[2].startswith("siobhán") and keys[2] != keys[1]
    assert keys[6] == "renée weiss"
    assert keys[7].startswith("renée weiss") and keys[7] != keys[6]
    for member_id in (3, 4, 5, 8):
        name = next(row[2] for row in MEMBERS if row[0] == member_id)
        assert keys[member_id] == name_key(name)
    names = {m.name for m in roster.list_members(1, include_archived=True)}
    assert {"SIOBHÁN", "Siobhán"} <= names


def test_name_key_is_unique_per_group_after_migration(opened: SqliteDatabase) -> None:
    with pytest.raises(roster.ValidationError) as caught:
        roster.add_member(1, roster.MemberDraft(name="siobhán"))
    assert "name" in caught.value.errors
    with pytest.raises(IntegrityError):
        opened.execute_sql(
            "INSERT INTO member (group_id, name, name_key, joined, created_at, updated_at) "
            "VALUES (1, 'x', 'siobhán', '2024-01-01', '2024-01-01', '2024-01-01')"
        )


def test_a_pre_migration_backup_holds_the_old_version(opened: SqliteDatabase, tmp_path: Path):
    backups = list_backups(tmp_path / "backups")
    assert [info.kind for info in backups] == ["pre-migration-v1"]
    assert not backups[0].path.with_name(backups[0].path.name + "-wal").exists()
    conn = read_only(backups[0].path)
    try:
        assert migrations.schema_version(conn) == 1
        assert read_rows(conn) == (GROUPS, MEMBERS)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(member)")}
        assert "name_key" not in columns
    finally:
        conn.close()


def test_live_schema_matches_the_models(opened: SqliteDatabase) -> None:
    tables = set(opened.get_tables())
    assert tables == {model._meta.table_name for model in ALL_MODELS}
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {column.name: column for column in opened.get_columns(table)}
        fields = {field.column_name: field for field in model._meta.sorted_fields}
        assert set(fields) == set(columns), f"{table}: model and table disagree on columns"
        for name, field in fields.items():
            if not field.primary_key:
                assert columns[name].null == field.null, f"{table}.{name}: NULL allowed differs"
        foreign = {(fk.column, fk.dest_table) for fk in opened.get_foreign_keys(table)}
        for field in model._meta.refs:
            assert (field.column_name, field.rel_model._meta.table_name) in foreign


def test_fresh_database_is_made_at_latest_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "new" / "balintdesk.sqlite3"
    path.parent.mkdir()
    db = open_database(path, tmp_path / "backups")
    try:
        assert migrations.schema_version(db.connection()) == LATEST_VERSION
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        close_database(db)
    assert list_backups(tmp_path / "backups") == []


def test_reopening_a_current_database_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "balintdesk.sqlite3"
    close_database(open_database(path, tmp_path / "backups"))
    close_database(open_database(path, tmp_path / "backups"))
    assert list_backups(tmp_path / "backups") == []


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_newer_database_is_refused_and_left_untouched(tmp_path: Path, journal_mode: str):
    path = tmp_path / "balintdesk.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode={journal_mode}")
    migrations.migrate(conn)
    conn.execute("INSERT INTO app_setting VALUES ('from', 'the future')")
    conn.commit()
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()

    with pytest.raises(NewerDatabaseError, match="newer BalintDesk"):
        open_database(path, tmp_path / "backups")

    assert path.read_bytes() == before
    assert list_backups(tmp_path / "backups") == []
    if journal_mode == "delete":
        assert sorted(p.name for p in tmp_path.iterdir()) == ["balintdesk.sqlite3"]


def _broken_v2(conn: sqlite3.Connection) -> None:
    # Real DDL first, so there is something to roll back.
    conn.execute("CREATE TABLE app_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("ALTER TABLE member ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE member SET name_key = lower(name)")
    raise RuntimeError("the disk caught fire halfway through step 2")


def test_a_failing_step_leaves_version_and_schema_as_before(
    v1_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = read_only(v1_path)
    schema_before, rows_before = schema_of(conn), read_rows(conn)
    conn.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], _broken_v2))

    with pytest.raises(RuntimeError, match="caught fire"):
        open_database(v1_path, tmp_path / "backups")

    # The connection was closed on the way out: the last close removes the WAL.
    assert not v1_path.with_name(v1_path.name + "-wal").exists()
    conn = read_only(v1_path)
    try:
        assert migrations.schema_version(conn) == 1
        assert schema_of(conn) == schema_before
        assert read_rows(conn) == rows_before
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()

    # With the real step back, the same file migrates cleanly.
    monkeypatch.undo()
    db = open_database(v1_path, tmp_path / "backups")
    try:
        assert migrations.schema_version(db.connection()) == LATEST_VERSION
        assert read_rows(db.connection()) == rows_before
    finally:
        close_database(db)


def test_a_failing_step_on_a_raw_connection_rolls_back(
    v1_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], _broken_v2))
    conn = sqlite3.connect(v1_path)
    try:
        schema_before = schema_of(conn)
        with pytest.raises(RuntimeError):
            migrations.migrate(conn)
        assert not conn.in_transaction
        assert migrations.schema_version(conn) == 1
        assert schema_of(conn) == schema_before
    finally:
        conn.close()


def test_migrate_stops_at_the_target(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "partial.sqlite3")
    try:
        assert migrations.migrate(conn, target=1) == [1]
        assert migrations.migrate(conn, target=1) == []
        assert migrations.migrate(conn) == list(range(2, LATEST_VERSION + 1))
        assert migrations.schema_version(conn) == LATEST_VERSION
    finally:
        conn.close()
