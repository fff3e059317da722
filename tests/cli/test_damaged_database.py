"""Every command on a damaged database: one sentence, status 1, no traceback, nothing
written (issue 14). The database is damaged as a failing disk does (tests/store/_damage.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from balintdesk.cli import main as cli
from balintdesk.cli import server
from balintdesk.cli.common import EXIT_PROBLEMS
from balintdesk.paths import backups_dir, database_path
from balintdesk.store.db import backup_path, backup_to, close_database, open_database

from ..store._damage import GROUP, damage, fill

REPO = Path(__file__).resolve().parents[2]
MORNING = dt.datetime(2024, 9, 3, 8, 0, tzinfo=dt.UTC)


def every_command(tmp_path: Path) -> dict[str, list[str]]:
    """One valid use of each command in cli.main.COMMANDS (a test below checks it is each);
    write_inputs writes the files they read."""
    roster_csv, history_csv, out = (
        tmp_path / "roster.csv",
        tmp_path / "history.csv",
        tmp_path / "out",
    )
    g = ["--group", GROUP]
    member = ["--member", "Dr Siobhán O'Neill-Fitzgerald 001"]
    span = ["--from", "2024-01-01", "--to", "2024-12-31"]
    return {
        "roster import": ["roster", "import", *g, str(roster_csv)],
        "roster export": ["roster", "export", *g, "--out", str(out / "roster.csv")],
        "backup": ["backup"],
        "check": ["check"],
        "group set": ["group", "set", *g, "--weekday", "wed"],
        "rota": ["rota", *g],
        "history import": ["history", "import", *g, str(history_csv)],
        "export cpd": ["export", "cpd", *g, *member, *span, "--out", str(out / "cpd.pdf")],
        "export certificate": [
            "export",
            "certificate",
            *g,
            *member,
            *span,
            "--kind",
            "de",
            "--out",
            str(out / "certificate.pdf"),
        ],
        "export attendance": ["export", "attendance", *g, *span, "--out", str(out / "a.csv")],
        "export timing": ["export", "timing", *g, *span, "--out", str(out / "timing.csv")],
        "export leader-log": [
            "export",
            "leader-log",
            *g,
            *member,
            *span,
            "--out",
            str(out / "log.csv"),
        ],
        "export rota": ["export", "rota", *g, "--out", str(out / "rota.pdf")],
        "export ics": ["export", "ics", *g, "--out", str(out / "group.ics")],
        "requirements": ["requirements", *member, "--rule", "uk-core-psychiatry"],
        "rules list": ["rules", "list"],
        "rules set": ["rules", "set", "uk-core-psychiatry", "attendances", "25"],
        "programme": [
            "programme",
            "--from",
            "2024-01-01",
            "--until",
            "2024-12-31",
            "--out",
            str(out / "programme.csv"),
        ],
        "member set": ["member", "set", *g, *member, "--gmc", "1234567"],
        "member show": ["member", "show", *g, *member],
    }


def write_inputs(tmp_path: Path) -> None:
    (tmp_path / "roster.csv").write_text("name,role\nDr Ann Hale,GP\n", encoding="utf-8")
    (tmp_path / "history.csv").write_text(
        "date,name,status,presented\n2024-09-03,Dr Siobhán O'Neill-Fitzgerald 001,present,no\n",
        encoding="utf-8",
    )
    (tmp_path / "out").mkdir(exist_ok=True)


def test_the_list_covers_every_command(tmp_path: Path) -> None:
    listed = {
        tuple(args[:2])
        if args[0] in {"roster", "member", "group", "history", "export", "rules"}
        else (args[0], None)
        for args in every_command(tmp_path).values()
    }
    # `db …` work on the server; `db move` reads this PC's file: test_db_commands.py.
    assert listed == set(cli.COMMANDS) - set(server.COMMANDS)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def damaged(data_dir: Path) -> Path:
    """A group, a sound backup of it from MORNING, then the database damaged."""
    fill(data_dir)
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        backup_to(db, backup_path(backups_dir(data_dir), "daily", MORNING))
    finally:
        close_database(db)
    damage(database_path(data_dir))
    return data_dir


@pytest.mark.parametrize("command", list(every_command(Path("/unused"))))
def test_every_command_on_a_damaged_database_says_one_sentence(
    command: str, damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_inputs(tmp_path)
    args = every_command(tmp_path)[command]
    before = folder_bytes(damaged)
    status = cli.main(["--data-dir", str(damaged), *args])
    captured = capsys.readouterr()
    assert status == EXIT_PROBLEMS
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"The database {database_path(damaged)} is damaged")
    assert "restore the newest sound backup (from Tue 3 Sep 2024" in lines[0]
    assert captured.out == ""
    assert folder_bytes(damaged) == before, "nothing written: no backup, no export, no change"
    assert not any((tmp_path / "out").iterdir())


def test_a_damaged_database_without_a_sound_backup_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(data_dir)
    damage(database_path(data_dir))
    assert cli.main(["--data-dir", str(data_dir), "check"]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "there is no sound backup in" in err


def test_damage_found_only_while_a_command_runs_gets_the_sentence_too(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page the quick check could not judge may fail only when a command reads it; peewee
    hands that on as its own DatabaseError wrapping sqlite3's."""
    fill(data_dir)

    def reads_a_damaged_page(*_args):
        with peewee.__exception_wrapper__:  # what wraps every query peewee runs
            raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setitem(cli.COMMANDS, ("rota", None), reads_a_damaged_page)
    assert cli.main(["--data-dir", str(data_dir), "rota", "--group", GROUP]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "is damaged" in err


def test_a_real_process_on_a_damaged_database_prints_no_traceback(damaged: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "balintdesk",
            "--data-dir",
            str(damaged),
            "roster",
            "export",
            "--group",
            GROUP,
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == EXIT_PROBLEMS
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "is damaged" in done.stderr
