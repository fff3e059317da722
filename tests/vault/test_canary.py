"""THE CANARY TEST: no byte under the data folder ever holds a private note's text.

A unique canary string goes into notes' titles, bodies and tags; the notes are edited,
autosaved over and over, searched, one is deleted; the vault is locked, unlocked, exported
and imported into a second data folder; backups are made; the app's own log runs at DEBUG
(peewee logs every query there); temporary files are pointed into the data folder; the
database is closed. Then every file under the data folder — database, -wal, -shm and
-journal files, backups, logs, the export, the second data folder, temp files — is read
whole and searched for the canary in every encoding the app could write.

A control file proves the search finds the canary when it is there.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
import uuid
from pathlib import Path

import pytest

from balintdesk.app import setup_logging
from balintdesk.paths import backups_dir, database_path, log_dir
from balintdesk.store.check import run_checks
from balintdesk.store.db import (
    auto_backup,
    backup_to,
    close_database,
    new_backup_path,
    open_database,
)
from balintdesk.vault.vault import (
    create_vault,
    import_vault,
    unlock_with_keychain,
    unlock_with_passphrase,
)
from tests.vault.conftest import OTHER_PASSPHRASE, PASSPHRASE, FakeKeychain

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
AUTOSAVES = 25


def needles(canary: str) -> dict[tuple[str, str], bytes]:
    forms = {"as written": canary, "upper": canary.upper(), "lower": canary.lower()}
    return {
        (form, encoding): text.encode(encoding)
        for form, text in forms.items()
        for encoding in ENCODINGS
    }


def scan(folder: Path, canary: str) -> tuple[list[Path], list[str]]:
    """(every file read, every place the canary was found)."""
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    found = []
    for path in files:
        data = path.read_bytes()
        for (form, encoding), needle in needles(canary).items():
            if needle in data:
                found.append(f"{path.relative_to(folder)}: {form}, {encoding}")
    return files, found


@pytest.fixture
def app_logging(data_dir: Path):
    """The app's own log file in the data folder, at DEBUG for the length of the test."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    setup_logging(data_dir)
    root.setLevel(logging.DEBUG)
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture
def temp_in_data_folder(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = data_dir / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def write_edit_delete(canary: str, data_dir: Path, db, keychain: FakeKeychain) -> str:
    """Everything a doctor does with notes holding the canary; returns the vault id."""
    vault, _ = create_vault("Dr Canary", PASSPHRASE, keychain=keychain)
    titled = vault.save(None, f"About {canary}", "plain body", [], "balint", None)
    bodied = vault.save(
        None, "Plain title", f"It stayed with me: {canary}. " * 3, [], "gibbs", dt.date(2024, 5, 2)
    )
    tagged = vault.save(None, "Tagged", "plain", ["anger", canary], "", None)
    doomed = vault.save(None, f"Delete me {canary}", f"{canary} " * 50, [canary], "", None)
    for n in range(AUTOSAVES):  # the editor's autosave while the doctor types
        bodied = vault.save(
            bodied.id, bodied.title, bodied.body + f" more {canary} {n}", [], "gibbs", None
        )
        titled = vault.save(titled.id, f"About {canary} v{n}", titled.body, [], "balint", None)
    vault.save(tagged.id, "Tagged again", "still plain", [canary, "guilt"], "", None)
    assert {note.id for note in vault.search(canary)} == {
        titled.id,
        bodied.id,
        tagged.id,
        doomed.id,
    }
    backup_to(db, new_backup_path(backups_dir(data_dir), "manual"))  # while unlocked
    vault.delete(doomed.id)
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    vault.new_recovery_key()
    vault.lock()

    again = unlock_with_keychain(vault.id, keychain)
    assert again is not None
    assert (
        sum(canary in note.title + note.body + " ".join(note.tags) for note in again.notes()) == 3
    )
    export = data_dir / "exports" / "notes.balintvault"
    export.parent.mkdir()
    again.export_to(export)
    again.lock()
    return vault.id


def test_no_file_under_the_data_folder_holds_the_canary(
    data_dir: Path, app_logging, temp_in_data_folder: Path
) -> None:
    canary = f"Canary-{uuid.uuid4().hex}-Ωμέγα-Łódź"  # non-ASCII: UTF-16/32 forms differ
    keychain = FakeKeychain()
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        vault_id = write_edit_delete(canary, data_dir, db, keychain)
        backup_to(db, new_backup_path(backups_dir(data_dir), "manual"))
        auto_backup(db, backups_dir(data_dir))
        problems = run_checks(db)
        assert not any(canary in str(problem) for problem in problems)
    finally:
        close_database(db)

    # The doctor's laptop: a second data folder (inside the first, so it is scanned too).
    laptop = data_dir / "laptop"
    laptop.mkdir()
    second = open_database(database_path(laptop), backups_dir(laptop))
    try:
        import_vault(data_dir / "exports" / "notes.balintvault", OTHER_PASSPHRASE)
        opened = unlock_with_passphrase(vault_id, OTHER_PASSPHRASE)
        assert len(opened.search(canary)) == 3
        opened.lock()
        auto_backup(second, backups_dir(laptop))
    finally:
        close_database(second)
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert not any(canary.encode() in key for key in keychain.entries.values())

    # The search itself works: a plaintext control file is found in every encoding.
    control = data_dir / "control.txt"
    for encoding in ENCODINGS:
        control.write_bytes(b"x" + f"before {canary} after".encode(encoding) + b"y")
        _, found = scan(data_dir, canary)
        assert f"control.txt: as written, {encoding}" in found
    control.unlink()

    files, found = scan(data_dir, canary)
    assert found == []
    names = {path.relative_to(data_dir).as_posix() for path in files}
    assert "balintdesk.sqlite3" in names
    assert "laptop/balintdesk.sqlite3" in names
    # The notes' own file, and its backups beside the group's, are scanned too.
    assert {"notes.sqlite3", "laptop/notes.sqlite3"} <= names
    assert sum(name.startswith("backups/notes-") for name in names) >= 2
    assert "exports/notes.balintvault" in names
    assert (log_dir(data_dir) / "balintdesk.log").relative_to(data_dir).as_posix() in names
    assert sum(name.startswith("backups/") for name in names) >= 2
    assert any(name.startswith("laptop/backups/") for name in names)
    log_text = (log_dir(data_dir) / "balintdesk.log").read_text(encoding="utf-8")
    assert "INSERT INTO" in log_text  # peewee's DEBUG query log was really written
    assert "Created a vault" in log_text and "Exported a vault" in log_text
