"""Backups: one a day, a few kept, each a standalone file; restore undoable and safe."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import db as store_db
from balintdesk.store import roster
from balintdesk.store.backup_files import notes_companion
from balintdesk.store.db import (
    DAILY_BACKUPS_KEPT,
    BackupError,
    auto_backup,
    backup_path,
    backup_to,
    close_database,
    list_backups,
    open_database,
    restore_backup,
)
from balintdesk.store.migrations import LATEST_VERSION, schema_version

MORNING = dt.datetime(2024, 9, 3, 8, 0, tzinfo=dt.UTC)


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def member_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM member ORDER BY id")]


def add_group_with(*names: str) -> int:
    group = roster.create_group("Thursday Balint group", MeetingPattern())
    for name in names:
        roster.add_member(group.id, MemberDraft(name=name))
    return group.id


def live_names(group_id: int = 1) -> list[str]:
    return [m.name for m in roster.list_members(group_id, include_archived=True)]


def test_one_daily_backup_per_day(db: SqliteDatabase, data_dir: Path) -> None:
    backups = backups_dir(data_dir)
    add_group_with("Siobhán O'Neill")
    first = auto_backup(db, backups, now=MORNING)
    assert first is not None and first.is_file()
    assert auto_backup(db, backups, now=MORNING + dt.timedelta(hours=9)) is None
    assert [info.kind for info in list_backups(backups)] == ["daily"]
    assert list_backups(backups)[0].created == MORNING

    later = auto_backup(db, backups, now=MORNING + dt.timedelta(days=1))
    assert later is not None and later != first
    assert len(list_backups(backups)) == 2


def test_daily_backups_are_pruned_to_the_newest(db: SqliteDatabase, data_dir: Path) -> None:
    backups = backups_dir(data_dir)
    # A safety copy of another kind must survive the pruning of dailies.
    other = backup_to(db, backup_path(backups, "manual", MORNING - dt.timedelta(days=99)))
    days = DAILY_BACKUPS_KEPT + 3
    for day in range(days):
        assert auto_backup(db, backups, now=MORNING + dt.timedelta(days=day)) is not None
    dailies = [info for info in list_backups(backups) if info.kind == "daily"]
    assert len(dailies) == DAILY_BACKUPS_KEPT
    newest = MORNING + dt.timedelta(days=days - 1)
    assert [info.created for info in dailies] == [
        newest - dt.timedelta(days=n) for n in range(DAILY_BACKUPS_KEPT)
    ]
    assert other.is_file()


def test_a_non_utc_now_is_named_in_utc(db: SqliteDatabase, data_dir: Path) -> None:
    backups = backups_dir(data_dir)
    new_york = dt.timezone(dt.timedelta(hours=-4))
    made = auto_backup(db, backups, now=dt.datetime(2024, 9, 3, 22, 0, tzinfo=new_york))
    assert made is not None
    assert list_backups(backups)[0].created == dt.datetime(2024, 9, 4, 2, 0, tzinfo=dt.UTC)


def test_backup_files_are_standalone(db: SqliteDatabase, data_dir: Path) -> None:
    add_group_with("Zoë Çelik", "李小龙")
    made = auto_backup(db, backups_dir(data_dir), now=MORNING)
    assert made is not None
    # No -wal, no -shm: the backup and its private notes' companion, nothing else.
    companion = notes_companion(made).name
    assert sorted(p.name for p in made.parent.iterdir()) == sorted([made.name, companion])
    assert made.read_bytes()[18:20] == b"\x01\x01"  # rollback journal in the header
    conn = read_only(made)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert schema_version(conn) == LATEST_VERSION
        assert member_names(conn) == ["Zoë Çelik", "李小龙"]
    finally:
        conn.close()


def test_a_backup_left_half_written_does_not_block_the_next(db: SqliteDatabase, data_dir: Path):
    backups = backups_dir(data_dir)
    backups.mkdir()
    dest = backup_path(backups, "daily", MORNING)
    dest.with_name(dest.name + ".partial").write_bytes(b"killed midway" * 500)
    assert auto_backup(db, backups, now=MORNING) == dest
    assert sorted(p.name for p in backups.iterdir()) == sorted(
        [dest.name, notes_companion(dest).name]
    )


def test_restore_brings_back_old_data_and_keeps_a_safety_copy(
    db: SqliteDatabase, data_dir: Path
) -> None:
    backups = backups_dir(data_dir)
    group_id = add_group_with("Siobhán O'Neill", "Zoë Çelik")
    old = auto_backup(db, backups, now=MORNING)
    assert old is not None
    roster.add_member(group_id, MemberDraft(name="Added after the backup"))
    roster.archive_member(1)

    safety = restore_backup(db, old, backups)

    assert live_names(group_id) == ["Siobhán O'Neill", "Zoë Çelik"]
    assert roster.get_member(1).archived_at is None
    assert [info.kind for info in list_backups(backups)].count("before-restore") == 1
    conn = read_only(safety)
    try:
        assert member_names(conn) == ["Siobhán O'Neill", "Zoë Çelik", "Added after the backup"]
    finally:
        conn.close()

    # The live database is still the WAL database it was, and still takes writes.
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database_path(data_dir).read_bytes()[18:20] == b"\x02\x02"
    roster.add_member(group_id, MemberDraft(name="Ffion Llŷr"))
    assert "Ffion Llŷr" in live_names(group_id)
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"

    # The safety copy undoes the restore, even at once (same second, same kind of name).
    undo_safety = restore_backup(db, safety, backups)
    assert undo_safety != safety
    assert live_names(group_id) == ["Added after the backup", "Siobhán O'Neill", "Zoë Çelik"]
    assert roster.get_member(1).archived_at is not None


def test_restore_survives_reopening(data_dir: Path) -> None:
    path, backups = database_path(data_dir), backups_dir(data_dir)
    db = open_database(path, backups)
    add_group_with("Siobhán O'Neill")
    old = auto_backup(db, backups, now=MORNING)
    assert old is not None
    roster.add_member(1, MemberDraft(name="Gone after restore"))
    restore_backup(db, old, backups)
    close_database(db)
    db = open_database(path, backups)
    try:
        assert live_names() == ["Siobhán O'Neill"]
    finally:
        close_database(db)


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"This is a spreadsheet, honestly.\n" * 200)


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _not_ours(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipe (name TEXT)")
    conn.commit()
    conn.close()


def _too_new(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE member (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("CREATE INDEX member_name ON member (name)")
    conn.executemany("INSERT INTO member (name) VALUES (?)", [(f"m{n:05}",) for n in range(3000)])
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 1024 * 1024
    data[middle : middle + 3072] = b"\xa5" * 3072  # three pages of the table/index: garbage
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_not_sqlite, "not a BalintDesk backup"),
        (_empty_file, "not a backup"),
        (_not_ours, "not a backup"),
        (_too_new, "not a backup"),
        (_damaged, "is damaged"),
    ],
    ids=["not-sqlite", "empty", "other-app", "too-new", "damaged"],
)
def test_restoring_a_bad_file_is_refused_and_changes_nothing(
    db: SqliteDatabase, data_dir: Path, tmp_path: Path, spoil, words: str
) -> None:
    backups = backups_dir(data_dir)
    add_group_with("Siobhán O'Neill")
    auto_backup(db, backups, now=MORNING)
    store_db.checkpoint(db)
    listed_before = list_backups(backups)
    live_before = database_path(data_dir).read_bytes()
    bad = tmp_path / "balintdesk-20240903T080000Z-daily.sqlite3"
    spoil(bad)
    bad_before = bad.read_bytes()

    with pytest.raises(BackupError, match=words) as caught:
        restore_backup(db, bad, backups)

    message = str(caught.value)
    assert bad.name in message and "Traceback" not in message
    assert list_backups(backups) == listed_before  # no safety copy made for nothing
    store_db.checkpoint(db)
    assert database_path(data_dir).read_bytes() == live_before
    assert bad.read_bytes() == bad_before
    assert live_names() == ["Siobhán O'Neill"]


def test_restoring_a_missing_file_is_refused(db: SqliteDatabase, data_dir: Path, tmp_path: Path):
    with pytest.raises(BackupError, match="cannot be opened"):
        restore_backup(db, tmp_path / "nowhere.sqlite3", backups_dir(data_dir))
    assert list_backups(backups_dir(data_dir)) == []


def test_pragmas_of_an_opened_database(db: SqliteDatabase) -> None:
    def pragma(name: str):
        return db.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("foreign_keys") == 1
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("secure_delete") == 1
    assert pragma("temp_store") == 2  # MEMORY


def test_close_truncates_the_wal(data_dir: Path) -> None:
    path = database_path(data_dir)
    wal = path.with_name(path.name + "-wal")
    db = open_database(path, backups_dir(data_dir))
    add_group_with(*(f"Member {n}" for n in range(30)))
    assert wal.exists() and wal.stat().st_size > 0  # the premise: commits went to the WAL
    close_database(db)
    assert not wal.exists() or wal.stat().st_size == 0
    close_database(db)  # closing twice is harmless


def test_checkpoint_truncates_while_open(db: SqliteDatabase, data_dir: Path) -> None:
    path = database_path(data_dir)
    wal = path.with_name(path.name + "-wal")
    add_group_with("Siobhán O'Neill")
    assert wal.stat().st_size > 0
    store_db.checkpoint(db)
    assert wal.stat().st_size == 0
    assert live_names() == ["Siobhán O'Neill"]
