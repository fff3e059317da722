"""Killing BalintDesk while a draft autosaves loses at most the unsaved typing and never
damages a saved note."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from balintdesk.paths import backups_dir, database_path
from balintdesk.store.db import close_database, open_database
from balintdesk.vault.vault import create_vault, unlock_with_passphrase

from .conftest import PASSPHRASE

CHILD = Path(__file__).with_name("_typing_child.py")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("saves_before_kill", [1, 40])
def test_kill_mid_autosave_keeps_the_last_saved_draft(data_dir: Path, saves_before_kill: int):
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    unlocked, _ = create_vault("Dr Typing", PASSPHRASE)
    kept = unlocked.save(None, "Kept", "A finished note.", ("tag",), "", None)
    draft = unlocked.save(None, "Draft", "version 0", (), "", None)
    unlocked.lock()
    close_database(db)

    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), unlocked.id, draft.id],
        stdout=subprocess.PIPE,
        text=True,
    )
    last = 0
    try:
        for _ in range(saves_before_kill):
            last = int(child.stdout.readline())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    db = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        opened = unlock_with_passphrase(unlocked.id, PASSPHRASE)
        notes = {note.title: note for note in opened.notes()}
        assert opened.damaged_ids == set(), "no note is damaged by the kill"
        assert notes["Kept"].body == kept.body
        saved_version = int(notes["Draft"].body.split()[1])
        assert saved_version >= last, "every save the child reported is there"
        opened.lock()
    finally:
        close_database(db)
