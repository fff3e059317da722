"""Private notes in their own local file, `notes.sqlite3`: made fresh without vault tables
in the group database; an old (schema 10) data folder moved over with a backup first,
the same keys still opening it; a crash at any point of the move loses nothing; the notes
file's pragmas; a damaged notes file is reported calmly."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import db as store_db
from balintdesk.store import migrations, notes_migrations, vault_move
from balintdesk.store.check import run_checks
from balintdesk.store.db import close_database, list_backups, open_database, restore_backup
from balintdesk.store.notes_models import NOTES_MODELS
from balintdesk.store.roster import add_member, create_group
from balintdesk.store.vault_move import VAULT_TABLES, VaultMoveError
from balintdesk.vault.errors import VaultError
from balintdesk.vault.vault import (
    create_vault,
    list_vaults,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from tests.vault.conftest import PASSPHRASE

NOTES = "notes.sqlite3"


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def raw_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall())
            for table, cols in VAULT_TABLES.items()
        }
    finally:
        conn.close()


def test_a_fresh_data_folder_has_a_notes_file_and_no_vault_table_in_the_group_db(
    db, data_dir: Path
) -> None:
    create_vault("Dr Fresh", PASSPHRASE)
    assert tables(database_path(data_dir)).isdisjoint(VAULT_TABLES)
    assert set(VAULT_TABLES) <= tables(data_dir / NOTES)
    assert db.notes.execute_sql("PRAGMA user_version").fetchone()[0] == 1
    assert raw_rows(data_dir / NOTES)["vault"][0][1] == "Dr Fresh"
    # The vault models are bound to the notes file only, never the group database.
    assert all(model._meta.database.obj is db.notes for model in NOTES_MODELS)


def test_the_notes_file_has_the_group_databases_pragmas(db) -> None:
    for pragma, wanted in {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "secure_delete": 1,
        "temp_store": 2,
    }.items():
        assert db.notes.execute_sql(f"PRAGMA {pragma}").fetchone()[0] == wanted, pragma


def test_the_notes_models_match_the_notes_migrations(db) -> None:
    assert set(db.notes.get_tables()) == {m._meta.table_name for m in NOTES_MODELS}
    for model in NOTES_MODELS:
        table = model._meta.table_name
        columns = {column.name: column for column in db.notes.get_columns(table)}
        fields = {field.column_name: field for field in model._meta.sorted_fields}
        assert set(fields) == set(columns) == set(VAULT_TABLES[table])
        for name, field in fields.items():
            if not field.primary_key:
                assert columns[name].null == field.null, f"{table}.{name}"


# --- an old data folder -------------------------------------------------------------------


def old_data_folder(tmp_path: Path, data_dir: Path) -> dict[str, object]:
    """A schema-10 group database in `data_dir` holding a vault with two notes (made by
    today's code in another folder, its rows copied in byte for byte), no notes file."""
    source = tmp_path / "maker"
    source.mkdir()
    made = open_database(source / "balintdesk.sqlite3", source / "backups")
    try:
        group = create_group("Thursday Balint", MeetingPattern())
        member = add_member(group.id, MemberDraft("Anjali Patel", joined=dt.date(2024, 1, 2)))
        unlocked, recovery = create_vault("Dr Anjali Patel", PASSPHRASE, member_id=member.id)
        unlocked.save(None, "After the meeting", "What stayed with me", ["grief"], "", None)
        unlocked.save(None, "Second", "More words", [], "", None)
        titles = sorted(note.title for note in unlocked.notes())
        unlocked.lock()
    finally:
        close_database(made)
    rows = raw_rows(source / NOTES)
    conn = sqlite3.connect(database_path(data_dir))
    try:
        migrations.migrate(conn, target=10)
        conn.execute(
            "INSERT INTO balint_group (id, name, created_at) VALUES (?, 'Thursday Balint', "
            "'2024-01-01 00:00:00')",
            (group.id,),
        )
        conn.execute(
            "INSERT INTO member (id, group_id, name, name_key, joined, created_at, updated_at)"
            " VALUES (?, ?, 'Anjali Patel', 'anjali patel', '2024-01-02', "
            "'2024-01-02 00:00:00', '2024-01-02 00:00:00')",
            (member.id, group.id),
        )
        for table, columns in VAULT_TABLES.items():
            marks = ", ".join("?" * len(columns))
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows[table]
            )
        conn.commit()
    finally:
        conn.close()
    return {
        "id": unlocked.id,
        "recovery": recovery,
        "rows": rows,
        "titles": titles,
        "member": member.id,
    }


def assert_moved(data_dir: Path, old: dict[str, object]) -> None:
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        assert migrations.schema_version(opened.connection()) == migrations.LATEST_VERSION
        assert tables(database_path(data_dir)).isdisjoint(VAULT_TABLES)
        assert raw_rows(data_dir / NOTES) == old["rows"]  # byte for byte
        [info] = list_vaults()
        assert info.member_id == old["member"]
        by_phrase = unlock_with_passphrase(old["id"], PASSPHRASE)
        assert sorted(note.title for note in by_phrase.notes()) == old["titles"]
        by_phrase.lock()
        by_key = unlock_with_recovery_key(old["id"], old["recovery"])
        assert sorted(note.title for note in by_key.notes()) == old["titles"]
        by_key.lock()
        assert run_checks(opened) == [] or all("RFC 9106" in p for p in run_checks(opened))
    finally:
        close_database(opened)


def test_an_old_data_folder_is_moved_with_a_backup_first(tmp_path: Path, data_dir: Path) -> None:
    old = old_data_folder(tmp_path, data_dir)
    assert not (data_dir / NOTES).exists()
    assert_moved(data_dir, old)
    [backup] = [b for b in list_backups(backups_dir(data_dir)) if b.kind == "pre-migration-v10"]
    assert raw_rows(backup.path) == old["rows"]  # the old file, vault and all, kept
    assert not (data_dir / (NOTES + ".partial")).exists()


def fail(*_args, **_kwargs):
    raise RuntimeError("killed here")


@pytest.mark.parametrize(
    "where",
    ["while writing the copy", "before the rename", "after the copy", "inside step 11"],
)
def test_a_crash_during_the_move_loses_nothing(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    old = old_data_folder(tmp_path, data_dir)
    with monkeypatch.context() as patch:
        if where == "while writing the copy":
            patch.setattr(vault_move, "_copy_rows", fail)
        elif where == "before the rename":
            patch.setattr(vault_move.os, "replace", fail)
        elif where == "after the copy":
            patch.setattr(store_db, "migrate", fail)
        else:
            step = migrations.MIGRATIONS[10]

            def drop_then_die(conn: sqlite3.Connection) -> None:
                step(conn)
                raise RuntimeError("killed here")

            steps = (*migrations.MIGRATIONS[:10], drop_then_die)
            patch.setattr(migrations, "MIGRATIONS", steps)
        with pytest.raises(RuntimeError, match="killed here"):
            open_database(database_path(data_dir), backups_dir(data_dir))
    # Nothing lost: the group file still has every row, at schema 10.
    conn = sqlite3.connect(database_path(data_dir))
    try:
        assert migrations.schema_version(conn) == 10
    finally:
        conn.close()
    assert raw_rows(database_path(data_dir)) == old["rows"]
    assert (data_dir / NOTES).exists() == (where in ("after the copy", "inside step 11"))
    assert_moved(data_dir, old)  # the next start finishes the move


def test_step_11_refuses_to_drop_rows_not_in_the_notes_file(tmp_path: Path, data_dir: Path) -> None:
    old = old_data_folder(tmp_path, data_dir)
    conn = sqlite3.connect(database_path(data_dir), isolation_level=None)
    try:
        with pytest.raises(VaultMoveError, match=r"not yet in notes\.sqlite3"):
            migrations.migrate(conn)  # the move was skipped: step 11 must not drop
        assert migrations.schema_version(conn) == 10
    finally:
        conn.close()
    assert raw_rows(database_path(data_dir)) == old["rows"]


def test_restoring_an_old_backup_keeps_the_notes(tmp_path: Path, data_dir: Path) -> None:
    old = old_data_folder(tmp_path, data_dir)
    assert_moved(data_dir, old)
    [backup] = [b for b in list_backups(backups_dir(data_dir)) if b.kind == "pre-migration-v10"]
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        assert not store_db.notes_restored(backup.path)
        restore_backup(opened, backup.path, backups_dir(data_dir))
        assert tables(database_path(data_dir)).isdisjoint(VAULT_TABLES)
        assert raw_rows(data_dir / NOTES) == old["rows"]
        assert [info.id for info in list_vaults()] == [old["id"]]
    finally:
        close_database(opened)


def test_a_restore_brings_back_the_notes_of_that_backup(db, data_dir: Path) -> None:
    unlocked, _ = create_vault("Dr Restore", PASSPHRASE)
    kept = unlocked.save(None, "Before the backup", "Body", [], "", None)
    made = store_db.backup_new(db, backups_dir(data_dir), "manual")
    assert store_db.notes_restored(made)
    unlocked.save(None, "After the backup", "Body", [], "", None)
    unlocked.lock()
    restore_backup(db, made, backups_dir(data_dir))
    again = unlock_with_passphrase(unlocked.id, PASSPHRASE)
    assert [note.id for note in again.notes()] == [kept.id]


# --- a damaged notes file -----------------------------------------------------------------


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"
    path.write_bytes(bytes(data))


def test_a_damaged_notes_file_is_reported_and_the_group_still_opens(data_dir: Path) -> None:
    first = open_database(database_path(data_dir), backups_dir(data_dir))
    create_vault("Dr Damaged", PASSPHRASE)
    close_database(first)
    before = (data_dir / NOTES).read_bytes()
    damage(data_dir / NOTES)
    damaged = (data_dir / NOTES).read_bytes()
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        assert opened.notes is None
        create_group("Still works", MeetingPattern())
        with pytest.raises(VaultError, match=r"private notes file .* is damaged"):
            list_vaults()
        problems = run_checks(opened)
        assert any("private notes file" in p and "is damaged" in p for p in problems)
        store_db.auto_backup(opened, backups_dir(data_dir))  # the group's backup still made
    finally:
        close_database(opened)
    assert (data_dir / NOTES).read_bytes() == damaged != before  # not a byte written


def test_check_on_the_command_line_reports_a_damaged_notes_file(data_dir: Path, capsys) -> None:
    from balintdesk.cli.main import main

    first = open_database(database_path(data_dir), backups_dir(data_dir))
    close_database(first)
    damage(data_dir / NOTES)
    status = main(["--data-dir", str(data_dir), "check"])
    out = capsys.readouterr()
    assert status != 0
    assert "private notes file" in out.out and "is damaged" in out.out


def test_the_notes_files_schema_steps_are_numbered_from_one() -> None:
    assert notes_migrations.NOTES_LATEST_VERSION == len(notes_migrations.NOTES_MIGRATIONS) == 1
