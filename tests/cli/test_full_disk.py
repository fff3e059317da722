"""A full disk: every writing command says so in one sentence, and nothing changes.

The data folder lives on a small tmpfs that the test fills, leaving from nothing to a
little room: with none the database cannot even be opened for writing; with a little, it
opens and the disk fills in the middle of the command's transaction. Before issue 14 the
imports then ended in a traceback, "cannot rollback - no transaction is active" (peewee
rolled back a transaction SQLite had already rolled back).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from balintdesk.paths import backups_dir, database_path

from ._cli_helpers import balintdesk
from ._mounts import fill, small_tmpfs

GROUP = "Riverside"
# KiB left free. With none the database still opens (its pages are all there) and the
# first commit fails: the old code's "cannot rollback" came from there. Then some room.
ROOMS_KIB = (0, 32, 64)
FULL_DISK_WORDS = (
    "is full, so nothing was changed",
    "is full, so no backup was made",
    "No space left on device",
)


@pytest.fixture
def disk(tmp_path: Path):
    with small_tmpfs(tmp_path / "disk", size_kib=1024) as mounted:
        yield mounted


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "files"
    folder.mkdir()
    many = "".join(f"Dr Newcomer {i:03d},gp,no,dr{i}@example.org\n" for i in range(150))
    texts = {
        "small": "name,role\nDr Ann Hale,gp\nDr Ben Okafor,gp\n",
        "many": "name,role,leader,email\n" + many,
        "history": "date,name,status,presented\n"
        "2025-03-04,Dr Ann Hale,present,yes\n2025-03-04,Dr Ben Okafor,apologies,no\n",
    }
    made = {}
    for name, text in texts.items():
        made[name] = folder / f"{name}.csv"
        made[name].write_text(text, encoding="utf-8")
    return made


def writing_commands(files: dict[str, Path], out: Path) -> dict[str, list[str]]:
    return {
        "roster import": ["roster", "import", str(files["many"]), "--group", GROUP],
        "roster import, new group": ["roster", "import", str(files["many"]), "--group", "New"],
        "history import": ["history", "import", str(files["history"]), "--group", GROUP],
        "group set": ["group", "set", "--group", GROUP, "--room", "The library, first floor"],
        "backup": ["backup"],
        "roster export": ["roster", "export", "--group", GROUP, "--out", str(out / "r.csv")],
    }


def snapshot(data_dir: Path) -> list[str]:
    """Everything in the database, as SQL text."""
    conn = sqlite3.connect(f"{database_path(data_dir).as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return list(conn.iterdump())
    finally:
        conn.close()


def test_each_writing_command_on_a_full_disk_says_so_and_changes_nothing(
    disk: Path, files: dict[str, Path], capsys: pytest.CaptureFixture
) -> None:
    data_dir = disk / "data"
    assert balintdesk(data_dir, "roster", "import", str(files["small"]), "--group", GROUP) == 0
    every = ["--every", "weekly", "--weekday", "tue", "--time", "12:30", "--length", "60"]
    assert balintdesk(data_dir, "group", "set", "--group", GROUP, *every) == 0
    capsys.readouterr()
    failed_mid_transaction = set()
    for room in ROOMS_KIB:
        for what, args in writing_commands(files, disk).items():
            before = snapshot(data_dir)
            filler = fill(disk, room * 1024)
            try:
                opens = balintdesk(data_dir, "check") == 0  # only reads, so it may
                status = balintdesk(data_dir, *args)
            finally:
                filler.unlink()
            said = capsys.readouterr().err.strip()
            if status == 0:
                continue  # it fitted; the next room or command may not
            assert status == 2, f"{what}, {room} KiB free: {said}"
            # One sentence naming the full disk (an export's own file says it in the OS's
            # words), never a traceback.
            assert len(said.splitlines()) == 1, f"{what}, {room} KiB free: {said}"
            assert any(words in said for words in FULL_DISK_WORDS), f"{what}: {said}"
            assert snapshot(data_dir) == before, f"{what} changed the data ({room} KiB free)"
            assert not list(disk.glob("*.partial")) and not (
                backups_dir(data_dir).is_dir() and list(backups_dir(data_dir).glob("*.partial"))
            )
            if opens:
                failed_mid_transaction.add(what)
    # The case issue 14 was about: the database opened, then the disk filled mid-write.
    assert {"roster import", "roster import, new group"} <= failed_mid_transaction
