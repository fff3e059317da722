"""A damaged database is found before anything is written to it, and never copied over the
backups that are still sound (issue 14).

Each test damages a real database the way a failing disk does (tests/store/_damage.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import (
    DAILY_BACKUPS_KEPT,
    BackupError,
    DamagedDatabaseError,
    auto_backup,
    backup_path,
    backup_to,
    close_database,
    list_backups,
    open_database,
    prune_backups,
)
from balintdesk.store.recovery import newest_sound_backup, restore_newest_sound

from ._damage import GROUP, damage, damage_header, fill, quick_check_finding

MORNING = dt.datetime(2024, 9, 3, 8, 0, tzinfo=dt.UTC)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("spoil", [damage, damage_header], ids=["middle pages", "header"])
def test_opening_a_damaged_database_says_so_and_writes_nothing(data_dir: Path, spoil) -> None:
    fill(data_dir)
    path = database_path(data_dir)
    spoil(path)
    before = folder_bytes(data_dir)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(path, backups_dir(data_dir))
    assert str(path) in str(raised.value) and "damaged" in str(raised.value)
    assert folder_bytes(data_dir) == before, "not a byte written, no backup made"


def test_a_backup_of_a_damaged_database_is_refused_and_nothing_is_written(data_dir: Path) -> None:
    fill(data_dir)
    path = database_path(data_dir)
    damage(path)
    backups = backups_dir(data_dir)
    # As if the disk failed after the window had opened the file: no check on the way in.
    db = SqliteDatabase(str(path))
    db.connect()
    try:
        with pytest.raises(BackupError, match="No backup was written"):
            backup_to(db, backup_path(backups, "manual", MORNING))
        with pytest.raises(BackupError):
            auto_backup(db, backups, now=MORNING)
    finally:
        db.close()
    assert not backups.exists() or list(backups.iterdir()) == [], "not even a .partial"


def a_day_of_use(data_dir: Path, day: dt.datetime) -> bool:
    """What a start does to the backups: open the data, then the daily backup. False if the
    database was refused (the window then offers a restore instead)."""
    try:
        db = open_database(database_path(data_dir), backups_dir(data_dir))
    except DamagedDatabaseError:
        return False
    try:
        auto_backup(db, backups_dir(data_dir), now=day)
    except BackupError:
        return False
    finally:
        close_database(db)
    return True


def test_a_week_of_starts_on_a_damaged_file_keeps_the_sound_backups(data_dir: Path) -> None:
    fill(data_dir)
    backups = backups_dir(data_dir)
    for day in range(DAILY_BACKUPS_KEPT):
        assert a_day_of_use(data_dir, MORNING + dt.timedelta(days=day))
    sound = list_backups(backups)
    assert len(sound) == DAILY_BACKUPS_KEPT
    damage(database_path(data_dir))
    for day in range(DAILY_BACKUPS_KEPT, 2 * DAILY_BACKUPS_KEPT):
        assert not a_day_of_use(data_dir, MORNING + dt.timedelta(days=day))
    assert list_backups(backups) == sound, "the seven sound backups are all still there"
    assert all(quick_check_finding(info.path) is None for info in sound)
    assert newest_sound_backup(backups) == sound[0]


def test_rotation_never_removes_the_newest_sound_backup(data_dir: Path) -> None:
    """Backups rot too: with every newer daily damaged on disk, the old sound one stays."""
    fill(data_dir)
    backups = backups_dir(data_dir)
    db = open_database(database_path(data_dir), backups)
    try:
        sound = backup_to(db, backup_path(backups, "daily", MORNING))
        later = [
            backup_to(db, backup_path(backups, "daily", MORNING + dt.timedelta(days=n)))
            for n in range(1, DAILY_BACKUPS_KEPT + 3)
        ]
    finally:
        close_database(db)
    for path in later:
        damage(path)
    prune_backups(backups, "daily", DAILY_BACKUPS_KEPT)
    left = [info.path for info in list_backups(backups)]
    assert sound in left, "the newest sound backup is kept, however old"
    assert left == [*later[::-1][:DAILY_BACKUPS_KEPT], sound]
    assert newest_sound_backup(backups).path == sound


def test_rotation_with_sound_backups_keeps_exactly_the_newest(data_dir: Path) -> None:
    fill(data_dir)
    backups = backups_dir(data_dir)
    db = open_database(database_path(data_dir), backups)
    try:
        made = [
            backup_to(db, backup_path(backups, "daily", MORNING + dt.timedelta(days=n)))
            for n in range(DAILY_BACKUPS_KEPT + 2)
        ]
    finally:
        close_database(db)
    prune_backups(backups, "daily", DAILY_BACKUPS_KEPT)
    assert [info.path for info in list_backups(backups)] == made[::-1][:DAILY_BACKUPS_KEPT]


def test_restoring_the_newest_sound_backup_keeps_the_damaged_file_aside(data_dir: Path) -> None:
    fill(data_dir)
    path, backups = database_path(data_dir), backups_dir(data_dir)
    assert a_day_of_use(data_dir, MORNING)
    db = open_database(path, backups)
    try:
        older = backup_to(db, backup_path(backups, "manual", MORNING - dt.timedelta(days=3)))
        newest = backup_to(db, backup_path(backups, "manual", MORNING + dt.timedelta(hours=2)))
    finally:
        close_database(db)
    damage(newest)  # the newest backup rotted too: the one before it is the newest sound
    damage(path)
    damaged_bytes = path.read_bytes()

    aside, restored = restore_newest_sound(path, backups, now=MORNING + dt.timedelta(days=1))

    assert restored.path == backup_path(backups, "daily", MORNING) and older.is_file()
    assert aside == path.with_name("balintdesk.sqlite3.damaged-20240904T080000Z")
    assert aside.read_bytes() == damaged_bytes, "kept aside, byte for byte"
    assert quick_check_finding(path) is None
    db = open_database(path, backups)
    try:
        assert [g.name for g in roster.list_groups()] == [GROUP]
    finally:
        close_database(db)
    assert aside.read_bytes() == damaged_bytes


def test_without_a_sound_backup_nothing_is_moved(data_dir: Path) -> None:
    fill(data_dir)
    path = database_path(data_dir)
    damage(path)
    before = folder_bytes(data_dir)
    with pytest.raises(BackupError, match="no sound backup"):
        restore_newest_sound(path, backups_dir(data_dir))
    assert folder_bytes(data_dir) == before


def test_a_restore_that_fails_midway_leaves_the_damaged_file_in_place(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(data_dir)
    path, backups = database_path(data_dir), backups_dir(data_dir)
    assert a_day_of_use(data_dir, MORNING)
    damage(path)
    before = folder_bytes(data_dir)

    def no_room(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("balintdesk.store.recovery.os.replace", no_room)
    with pytest.raises(BackupError, match="No space left"):
        restore_newest_sound(path, backups)
    assert folder_bytes(data_dir) == before, "the damaged file where it was; no copy left"
