"""A start on a damaged database (issue 14): a plain box offering the newest sound backup,
or Quit; the damaged file is never written to, and is kept aside when a backup replaces it.
The database is damaged as a failing disk does (tests/store/_damage.py).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from balintdesk.paths import backups_dir, database_path
from balintdesk.store.db import backup_path, backup_to, close_database, open_database
from balintdesk.ui.session import Session

from ..store._damage import GROUP, damage, fill, quick_check_finding

MORNING = dt.datetime(2024, 9, 3, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def sessions():
    made: list[Session] = []

    def make(data_dir: Path) -> Session:
        session = Session(data_dir)
        made.append(session)
        return session

    yield make
    for session in made:
        session.close()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def with_backups(data_dir: Path) -> Path:
    """A group, a sound daily backup from MORNING and a newer one that rotted on disk."""
    fill(data_dir)
    backups = backups_dir(data_dir)
    db = open_database(database_path(data_dir), backups)
    try:
        sound = backup_to(db, backup_path(backups, "daily", MORNING))
        rotten = backup_to(db, backup_path(backups, "daily", MORNING + dt.timedelta(days=1)))
    finally:
        close_database(db)
    damage(rotten)
    return sound


def damaged_box_of(qtbot, session: Session) -> QMessageBox:
    session.start()

    def shown() -> None:
        box = getattr(session, "damaged_box", None)
        assert box is not None and box.isVisible(), "no damaged-data box"

    qtbot.waitUntil(shown, timeout=5_000)
    return session.damaged_box


def test_a_damaged_file_is_offered_the_newest_sound_backup_and_restored(qtbot, data_dir, sessions):
    sound = with_backups(data_dir)
    path = database_path(data_dir)
    damage(path)
    damaged_bytes = path.read_bytes()
    session = sessions(data_dir)
    box = damaged_box_of(qtbot, session)

    local = MORNING.astimezone()
    moment = f"{local:%a} {local.day} {local:%b %Y, %H:%M}"
    assert box.restore_button.text() == f"Restore the newest sound backup (from {moment})"
    assert "damaged" in box.text() and "Nothing has been changed" in box.text()
    for jargon in ("SQLite", "malformed", "quick_check", "page", "sqlite3"):
        assert jargon not in box.text()
    assert session.db is None and path.read_bytes() == damaged_bytes, "not written to"

    with qtbot.waitSignal(session.opened, timeout=10_000):
        box.restore_button.click()
    session.wait_for_backup()

    asides = sorted(data_dir.glob("balintdesk.sqlite3.damaged-*"))
    assert [p.name for p in asides if not p.name.endswith(("-wal", "-shm"))] == [asides[0].name]
    assert asides[0].read_bytes() == damaged_bytes, "the damaged file kept aside, untouched"
    assert quick_check_finding(path) is None
    assert sound.is_file()
    window = session.window
    assert window is not None and window.isVisible() and window.attached
    assert window.group_combo.currentText() == GROUP
    assert window.roster_page.model.rowCount() == 40


@pytest.mark.parametrize("kind", ["middle pages", "not a database at all"])
def test_without_a_sound_backup_the_box_offers_only_quit_and_nothing_changes(
    qtbot, data_dir, sessions, kind
):
    path = database_path(data_dir)
    if kind == "middle pages":
        fill(data_dir)
        damage(path)
    else:
        path.write_bytes(random.Random(3).randbytes(64 * 1024))
    before = folder_bytes(data_dir)
    session = sessions(data_dir)
    box = damaged_box_of(qtbot, session)
    assert box.restore_button is None
    assert "no backup that is whole" in box.text() and str(path) in box.text()
    with qtbot.waitSignal(session.failed, timeout=10_000):
        box.quit_button.click()
    assert session.db is None and not session.window.isVisible()
    assert path.read_bytes() == before["balintdesk.sqlite3"]
    assert not list(data_dir.glob("*.damaged-*")) and not backups_dir(data_dir).exists()


def test_quit_leaves_the_damaged_file_and_the_backups_as_they_were(qtbot, data_dir, sessions):
    with_backups(data_dir)
    damage(database_path(data_dir))
    before = folder_bytes(data_dir)
    session = sessions(data_dir)
    box = damaged_box_of(qtbot, session)
    with qtbot.waitSignal(session.failed, timeout=10_000):
        box.quit_button.click()
    assert folder_bytes(data_dir) == before


def test_damage_met_later_in_the_window_is_said_plainly(monkeypatch):
    """A page that reads a damaged page gets peewee's DatabaseError wrapping sqlite3's: the
    window says the file is damaged and what to do, not 'something went wrong'."""
    import sqlite3

    import peewee

    from balintdesk import app

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: said.append(("critical", text)))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: said.append(("warning", text)))
    )
    with pytest.raises(peewee.DatabaseError) as raised, peewee.__exception_wrapper__:
        raise sqlite3.DatabaseError("database disk image is malformed")  # as a query would
    app._report_unexpected_error(peewee.DatabaseError, raised.value, None)
    app._report_unexpected_error(ValueError, ValueError("a programming error"), None)
    assert said[0][0] == "critical" and "damaged" in said[0][1]
    assert "open it again" in said[0][1] and "SQLite" not in said[0][1]
    assert said[1][0] == "warning" and "Something went wrong" in said[1][1]
