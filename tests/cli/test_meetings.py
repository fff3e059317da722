"""The meeting subcommands: group set, rota and history import (in-process, real today)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from balintdesk.domain.dates import short_date
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.store import meetings
from balintdesk.store.models import Attendance, Group, Meeting, MeetingStatus
from balintdesk.store.roster import add_member, create_group

from ._cli_helpers import balintdesk, opened

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date.today()
WEEKDAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[TODAY.weekday()]


def set_group(data_dir: Path, *extra: str) -> int:
    return balintdesk(
        data_dir,
        "group",
        "set",
        "--group",
        "Thursday Balint",
        "--every",
        "weekly",
        "--weekday",
        WEEKDAY,
        "--time",
        "23:30",
        "--length",
        "75",
        *extra,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def with_members(data_dir: Path) -> Path:
    """A weekly group meeting from today, and three members who joined last year."""
    pattern = MeetingPattern(Frequency.WEEKLY, TODAY.weekday(), start=dt.time(23, 30))
    joined = TODAY.replace(year=TODAY.year - 1, day=1)
    data_dir.mkdir()
    with opened(data_dir):
        group = create_group("Thursday Balint", pattern, first_date=TODAY)
        for name in ("Ann Able", "Ben Best", "Cat Cole"):
            add_member(group.id, MemberDraft(name, joined=joined))
    return data_dir


# --- group set --------------------------------------------------------------------------


def test_group_set_creates_the_group(data_dir: Path, capsys) -> None:
    assert set_group(data_dir, "--room", "Library", "--presenters", "2") == 0
    out = capsys.readouterr().out.splitlines()
    day = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert out[0] == (
        f"Thursday Balint: Every {day[TODAY.weekday()]}, 23:30–00:45, Library; two cases a meeting."
    )
    assert out[1] == f"Next meeting: {short_date(TODAY)}."
    with opened(data_dir):
        group = Group.get()
        assert (group.frequency, group.weekday, group.start_time) == (
            "weekly",
            TODAY.weekday(),
            "23:30",
        )
        assert (group.length_minutes, group.presenters_per_meeting, group.first_date) == (
            75,
            2,
            TODAY,
        )


def test_group_set_from_a_date(data_dir: Path, capsys) -> None:
    start = TODAY + dt.timedelta(days=14)
    assert set_group(data_dir, "--from", f"{start:%d/%m/%Y}") == 0
    assert capsys.readouterr().out.splitlines()[1] == f"Next meeting: {short_date(start)}."
    with opened(data_dir):
        assert Group.get().first_date == start


def test_group_set_changes_only_what_is_given_and_reschedules(data_dir: Path, capsys) -> None:
    assert set_group(data_dir, "--room", "Library") == 0
    assert (
        balintdesk(data_dir, "group", "set", "--group", "thursday balint", "--time", "12:15") == 0
    )
    with opened(data_dir):
        group = Group.get()
        assert (group.start_time, group.room, group.length_minutes) == ("12:15", "Library", 75)
        row = meetings.next_meeting(group.id)
        assert meetings.local_start_time(row) == dt.time(12, 15)


def test_group_set_monthly_week(data_dir: Path, capsys) -> None:
    args = ("--every", "monthly", "--weekday", "tuesday", "--week", "last")
    assert (
        balintdesk(
            data_dir, "group", "set", "--group", "G", "--time", "9:00", "--length", "60", *args
        )
        == 0
    )
    assert "Monthly on the last Tuesday, 09:00–10:00" in capsys.readouterr().out
    with opened(data_dir):
        assert Group.get().week_of_month == -1


@pytest.mark.parametrize(
    ("extra", "status", "words"),
    [
        (("--every", "daily"), 2, "weekly, fortnightly or monthly"),
        (("--weekday", "funday"), 2, "day of the week"),
        (("--time", "25:00"), 2, "time of day"),
        (("--length", "an hour"), 2, "whole number"),
        (("--length", "5"), 1, "between 15 minutes and 4 hours"),
        (("--presenters", "3"), 2, "from 1 to 2"),
        (("--week", "2"), 2, "only for a group that meets monthly"),
        (("--from", "2026-13-01"), 2, "not a date"),
        (("--from", "1900-01-01"), 1, "after 1950"),
    ],
)
def test_group_set_bad_value_is_one_line(data_dir: Path, capsys, extra, status, words) -> None:
    assert set_group(data_dir, *extra) == status
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1 and words in captured.err
    with opened(data_dir):
        assert Group.select().count() == 0


def test_group_set_new_group_needs_the_pattern(data_dir: Path, capsys) -> None:
    assert balintdesk(data_dir, "group", "set", "--group", "G", "--every", "weekly") == 2
    assert capsys.readouterr().err == (
        "A new group needs --every, --weekday, --time and --length; "
        "missing: --weekday, --time, --length.\n"
    )


# --- rota ---------------------------------------------------------------------------------


def test_rota_text(with_members: Path, capsysbinary) -> None:
    assert balintdesk(with_members, "rota", "--group", "Thursday Balint", "--next", "4") == 0
    lines = capsysbinary.readouterr().out.decode().splitlines()
    joined = f"joined {TODAY.replace(day=1).strftime('%B')} {TODAY.year - 1}"
    reason = f"(has not presented yet, {joined})"
    assert len(lines) == 4
    assert lines[0] == (
        f"{short_date(TODAY)}  Presenter: Ann Able {reason}  Reserve: Ben Best {reason}"
    )
    next_week = TODAY + dt.timedelta(days=7)
    assert lines[1].startswith(f"{short_date(next_week)}  Presenter: Ben Best {reason}")


def test_rota_csv_with_two_presenters(with_members: Path, capsysbinary) -> None:
    assert (
        balintdesk(with_members, "group", "set", "--group", "Thursday Balint", "--presenters", "2")
        == 0
    )
    capsysbinary.readouterr()
    assert (
        balintdesk(
            with_members, "rota", "--group", "Thursday Balint", "--next", "2", "--format", "csv"
        )
        == 0
    )
    text = capsysbinary.readouterr().out.decode()
    assert text.startswith("date,presenter,reserve,reason\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][:3] == [TODAY.isoformat(), "Ann Able; Ben Best", "Cat Cole"]
    assert rows[1][3].count("has not presented yet") == 2 and "; " in rows[1][3]
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("extra", "words"),
    [(("--next", "0"), "from 1 to 52"), (("--format", "xml"), "text or csv")],
)
def test_rota_bad_values(with_members: Path, capsys, extra, words) -> None:
    assert balintdesk(with_members, "rota", "--group", "Thursday Balint", *extra) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and words in err


def test_rota_unknown_group(data_dir: Path, capsys) -> None:
    assert balintdesk(data_dir, "rota", "--group", "Nope") == 2
    assert capsys.readouterr().err == "There is no group called “Nope”; there are no groups yet.\n"


# --- history import -------------------------------------------------------------------------


def test_history_import(with_members: Path, tmp_path: Path, capsys) -> None:
    past = TODAY - dt.timedelta(days=30)
    soon = TODAY + dt.timedelta(days=7)
    path = tmp_path / "history.csv"
    path.write_text(
        "date,name,status,presented\n"
        f"{past:%d/%m/%Y},Ann Able,present,yes\n"
        f"{past:%d/%m/%Y},Ben Best,absent,no\n"
        f"{soon.isoformat()},Cat Cole,apologies,no\n",
        encoding="utf-8",
    )
    assert (
        balintdesk(with_members, "history", "import", str(path), "--group", "Thursday Balint") == 0
    )
    assert capsys.readouterr().out == (
        "Recorded 1 meeting of Thursday Balint (1 added); attendance: 3 added, 0 updated, "
        "0 unchanged.\n"
    )
    with opened(with_members):
        held = Meeting.get(Meeting.local_date == past)
        assert held.status == MeetingStatus.HELD
        assert Meeting.get(Meeting.local_date == soon).status == MeetingStatus.PLANNED
        assert Attendance.select().count() == 3


def test_history_import_bad_rows(with_members: Path, tmp_path: Path, capsys) -> None:
    past = TODAY - dt.timedelta(days=30)
    path = tmp_path / "history.csv"
    path.write_text(
        "date,name,status,presented\n"
        f"{past},Ann Able,present,yes\n"
        f"{past},Nobody Known,present,no\n"
        f"{TODAY + dt.timedelta(days=7)},Ben Best,present,no\n",
        encoding="utf-8",
    )
    assert (
        balintdesk(with_members, "history", "import", str(path), "--group", "Thursday Balint") == 1
    )
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert [line[:7] for line in lines[:2]] == ["Line 3:", "Line 4:"]
    assert lines[2:] == ["Nothing was imported; correct the lines above and try again."]
    with opened(with_members):
        assert Attendance.select().count() == 0
        assert not Meeting.select().where(Meeting.status == MeetingStatus.HELD).exists()


def test_meeting_commands_do_not_import_qt() -> None:
    code = "import balintdesk.cli.meetings, sys; print('PySide6' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == "False"
