"""A read-only data folder (a read-only file system, a write-protected share): what only
reads works; what writes says in one sentence what to do, and nothing changes.

The folder is made read-only by a read-only bind mount (tests/cli/_mounts.py), which
refuses root too. Before issue 14 every command, reading ones included, ended with
"The database … cannot be opened: unable to open database file".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from balintdesk.paths import database_path

from . import _mounts
from ._cli_helpers import balintdesk
from ._mounts import read_only_view
from .test_full_disk import snapshot

GROUP = "Riverside"
READ_ONLY_WORDS = "(the folder or its disk is read-only)"


@pytest.fixture
def writable(tmp_path: Path, capsys: pytest.CaptureFixture) -> Path:
    """A data folder with a group, two members, its meetings planned and one held."""
    data_dir = tmp_path / "data"
    roster = tmp_path / "roster.csv"
    roster.write_text("name,role\nDr Ann Hale,gp\nDr Ben Okafor,gp\n", encoding="utf-8")
    history = tmp_path / "history.csv"
    history.write_text(
        "date,name,status,presented\n2025-03-04,Dr Ann Hale,present,yes\n", encoding="utf-8"
    )
    every = ["--every", "weekly", "--weekday", "tue", "--time", "12:30", "--length", "60"]
    assert balintdesk(data_dir, "roster", "import", str(roster), "--group", GROUP) == 0
    assert balintdesk(data_dir, "group", "set", "--group", GROUP, *every) == 0
    assert balintdesk(data_dir, "history", "import", str(history), "--group", GROUP) == 0
    assert balintdesk(data_dir, "rota", "--group", GROUP) == 0  # plans the meetings ahead
    capsys.readouterr()
    return data_dir


@pytest.fixture
def read_only(writable: Path, tmp_path: Path):
    with read_only_view(writable, tmp_path / "read-only") as view:
        yield view


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_commands_that_only_read_work(
    read_only: Path, out: Path, capsys: pytest.CaptureFixture
) -> None:
    period = ["--from", "2025-01-01", "--to", "2025-12-31"]
    reading = [
        ["check"],
        ["roster", "export", "--group", GROUP],
        ["roster", "export", "--group", GROUP, "--out", str(out / "roster.csv")],
        ["rota", "--group", GROUP, "--next", "3"],
        ["export", "attendance", "--group", GROUP, *period, "--out", str(out / "a.csv")],
        ["backup", str(out)],  # a copy elsewhere: the way to carry the data off
    ]
    for args in reading:
        status = balintdesk(read_only, *args)
        said = capsys.readouterr()
        assert status == 0, f"{' '.join(args)}: {said.err}"
    assert "Dr Ann Hale" in (out / "roster.csv").read_text(encoding="utf-8-sig")
    [copy] = out.glob("balintdesk-*-manual.sqlite3")
    conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM member").fetchone() == (2,)
    finally:
        conn.close()


def test_commands_that_write_say_what_to_do_and_change_nothing(
    writable: Path, read_only: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    newcomer = tmp_path / "newcomer.csv"
    newcomer.write_text("name,role\nDr Cai Nwosu,gp\n", encoding="utf-8")
    history = tmp_path / "more.csv"
    history.write_text("date,name,status,presented\n2025-03-11,Dr Ben Okafor,present,no\n")
    writing = {
        "roster import": ["roster", "import", str(newcomer), "--group", GROUP],
        "roster import, new group": ["roster", "import", str(newcomer), "--group", "New"],
        "group set": ["group", "set", "--group", GROUP, "--room", "The library"],
        "history import": ["history", "import", str(history), "--group", GROUP],
        "backup": ["backup"],  # into the data folder's own backups
    }
    before = snapshot(writable)  # the same files, seen where they may be read
    for what, args in writing.items():
        status = balintdesk(read_only, *args)
        said = capsys.readouterr().err.strip()
        assert status == 2, f"{what}: {said}"
        assert len(said.splitlines()) == 1 and READ_ONLY_WORDS in said, f"{what}: {said}"
        assert "--data-dir" in said or "balintdesk backup DEST" in said  # what to do
    assert snapshot(writable) == before


def test_a_new_data_folder_on_a_read_only_disk_is_refused_in_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    empty = tmp_path / "empty"
    (empty / "data").mkdir(parents=True)
    with read_only_view(empty, tmp_path / "view") as view:
        assert balintdesk(view / "data", "check") == 2
    said = capsys.readouterr().err.strip()
    assert len(said.splitlines()) == 1 and READ_ONLY_WORDS in said, said
    assert not database_path(empty / "data").exists()


def test_an_older_database_in_a_read_only_folder_is_left_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from tests.store.test_migrations import make_v1_database

    folder = tmp_path / "old"
    folder.mkdir()
    make_v1_database(database_path(folder))
    data = database_path(folder).read_bytes()
    with read_only_view(folder, tmp_path / "view") as view:
        assert balintdesk(view, "roster", "export", "--group", "Thursday Balint group") == 2
    said = capsys.readouterr().err.strip()
    assert len(said.splitlines()) == 1 and READ_ONLY_WORDS in said, said
    assert database_path(folder).read_bytes() == data


def test_without_root_the_mount_tests_skip_but_fail_under_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_mounts.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(_mounts.shutil, "which", lambda name: None if name == "sudo" else name)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="needs root"):
        _mounts.read_only_view(tmp_path, tmp_path / "view").__enter__()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and mounting"):
        _mounts.small_tmpfs(tmp_path / "disk", 64).__enter__()
