"""No command writes over BalintDesk's own files: every command with an output path, each
own file (the database and its -wal/-shm, the lock, the window's settings, a backup, a
log), each spelling (relative, "..", a symbolic link to the file or its folder, other
letters where case does not count). Each refusal is one sentence and a non-zero exit, and
nothing in the data folder changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from balintdesk import paths
from balintdesk.store import meetings
from balintdesk.store.models import AttendanceStatus

from ..store._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member
from ._cli_helpers import balintdesk, opened

PERIOD = ("--from", "2026-01-01", "--to", "2026-03-31")
# Every command that writes a file the user names (grep the CLI for --out and DEST).
COMMANDS = {
    "roster export": ["roster", "export", "--group", "Tuesday Balint", "--out"],
    "export attendance": ["export", "attendance", "--group", "Tuesday Balint", *PERIOD, "--out"],
    "export ics": ["export", "ics", "--group", "Tuesday Balint", "--out"],
    "export cpd": [
        "export", "cpd", "--group", "Tuesday Balint", "--member", "Dr Ann Ames", *PERIOD, "--out"
    ],
    "export rota": ["export", "rota", "--group", "Tuesday Balint", "--out"],
    "export leader-log": ["export", "leader-log", "--member", "Dr Zoë Zorn", *PERIOD, "--out"],
    "backup": ["backup"],
}  # fmt: skip
# The data folder's own files; those a window or a log would make are made by the fixture.
OWN_FILES = [
    "balintdesk.sqlite3",
    "balintdesk.sqlite3-wal",
    "balintdesk.sqlite3-shm",
    "notes.sqlite3",
    "balintdesk.lock",
    "window.ini",
    "backups/first.sqlite3",
    "backups/new.csv",
    "logs/balintdesk.log",
    "logs/new.pdf",
]
SENTENCE = "could destroy your data, so nothing was written"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Tuesday Balint with a held meeting, a leader and a member; a backup, a log, the
    lock and the window's settings beside the database, as a day's use leaves them."""
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        group = make_group()
        meetings.ensure_schedule(group.id, today=FIRST)
        zoe = member(group, "Dr Zoë Zorn", is_leader=True)
        ann = member(group, "Dr Ann Ames")
        row = meeting_on(group, FIRST)
        for person in (zoe, ann):
            meetings.set_attendance(row.id, person.id, AttendanceStatus.PRESENT, today=TODAY)
        meetings.record_meeting(row.id, [], today=TODAY)
    assert balintdesk(folder, "backup") == 0
    (made,) = (folder / "backups").glob("balintdesk-*")
    made.rename(folder / "backups" / "first.sqlite3")  # a name the tests can spell
    (folder / "logs").mkdir()
    (folder / "logs" / "balintdesk.log").write_text("started\n", encoding="utf-8")
    (folder / "balintdesk.lock").write_text("4242\nbalintdesk\n", encoding="utf-8")
    (folder / "window.ini").write_text("[General]\n", encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` (the data folder): its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def refused(data_dir: Path, command: str, target: str, capsys) -> None:
    """Run `command` with `target` as its output: a sentence, exit 2, nothing written."""
    capsys.readouterr()
    before = snapshot(data_dir)
    assert balintdesk(data_dir, *COMMANDS[command], target) == 2
    said = capsys.readouterr()
    assert SENTENCE in said.err and "Traceback" not in said.err
    assert len(said.err.strip().splitlines()) == 1
    assert said.out == ""
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("own", OWN_FILES)
@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_writes_over_an_own_file(data_dir: Path, command, own, capsys) -> None:
    refused(data_dir, command, str(data_dir / own), capsys)


@pytest.mark.parametrize("command", COMMANDS)
def test_relative_dotted_and_linked_spellings_are_refused(
    data_dir: Path, tmp_path: Path, command, capsys, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "usb").symlink_to(data_dir)
    (tmp_path / "roster.csv").symlink_to(data_dir / "balintdesk.sqlite3")
    for spelling in (
        "data/balintdesk.sqlite3",
        "data/logs/../balintdesk.sqlite3",
        "./data/backups/../backups/first.sqlite3",
        "usb/balintdesk.sqlite3",
        "usb/backups/new.csv",
        "roster.csv",
    ):
        refused(data_dir, command, spelling, capsys)


@pytest.mark.parametrize("command", COMMANDS)
def test_other_letters_are_refused_where_case_does_not_count(
    data_dir: Path, command, capsys, monkeypatch
) -> None:
    # No case-insensitive file system can be mounted here (no vfat, no casefold in this
    # kernel); the probe that finds one is tested in tests/test_own_files.py.
    monkeypatch.setattr(paths, "ignores_case", lambda _folder: True)
    for spelling in ("BalintDesk.SQLite3", "BALINTDESK.SQLITE3-WAL", "Backups/First.sqlite3"):
        refused(data_dir, command, str(data_dir / spelling), capsys)


def test_the_roster_export_to_the_live_database_leaves_it_whole(data_dir: Path, capsys) -> None:
    """The issue's own example: before, the database became CSV text and the exit was 0."""
    database = data_dir / "balintdesk.sqlite3"
    assert balintdesk(data_dir, *COMMANDS["roster export"], str(database)) == 2
    assert database.read_bytes().startswith(b"SQLite format 3\x00")
    assert balintdesk(data_dir, "check") == 0
    assert "2 members" in capsys.readouterr().out


def test_backup_into_the_backups_folder_itself_is_still_fine(data_dir: Path, capsys) -> None:
    """Naming the backups folder is what `backup` without DEST does; a folder of the user's,
    and a new file beside the database, are the user's choice."""
    capsys.readouterr()
    assert balintdesk(data_dir, "backup", str(data_dir / "backups")) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == data_dir / "backups" and made.name.endswith("-manual.sqlite3")
    assert balintdesk(data_dir, *COMMANDS["roster export"], str(data_dir / "roster.csv")) == 0
    assert (data_dir / "roster.csv").read_bytes().startswith(b"\xef\xbb\xbfname,")
