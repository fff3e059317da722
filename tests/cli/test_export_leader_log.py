"""`balintdesk export leader-log`: PDF or CSV by the file's ending, read back; bad
arguments get one line, a non-zero exit and no file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from balintdesk.store import meetings
from balintdesk.store.leader_log import add_entry
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import AttendanceStatus, MeetingPhase

from .._pdf import pdf_text
from ..store._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member
from ._cli_helpers import balintdesk, opened

LEADER = "Dr Siobhán Ó Ceallaigh"


def tuesday(n: int) -> dt.date:
    return FIRST + dt.timedelta(days=7 * n)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Tuesday Balint: Siobhán led two meetings (one timed at 80 minutes), co-led one with
    Zoë, attended one as a member; one supervision entry. Ann is not a leader."""
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        group = make_group()
        meetings.ensure_schedule(group.id, today=FIRST)
        siobhan = member(group, LEADER, is_leader=True)
        zoe = member(group, "Dr Zoë Zorn", is_leader=True)
        member(group, "Dr Ann Ames")
        plan = [(siobhan.id, None), (siobhan.id, zoe.id), (zoe.id, siobhan.id), (zoe.id, None)]
        for n, leaders in enumerate(plan):
            row = meeting_on(group, tuesday(n))
            for person in (siobhan, zoe):
                meetings.set_attendance(row.id, person.id, AttendanceStatus.PRESENT, today=TODAY)
            meetings.record_meeting(row.id, [], today=TODAY)
            set_leaders(row.id, *leaders, today=TODAY)
        MeetingPhase.create(
            meeting=meeting_on(group, tuesday(0)).id,
            position=0,
            name="Whole meeting",
            planned_seconds=75 * 60,
            actual_seconds=80 * 60,
        )
        add_entry(siobhan.id, tuesday(1), "supervision", 90, "Leaders' supervision", today=TODAY)
    return folder


def export(data_dir: Path, out: Path, *extra: str, member: str = LEADER) -> int:
    return balintdesk(
        data_dir,
        "export",
        "leader-log",
        "--member",
        member,
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-02",
        "--out",
        str(out),
        *extra,
    )


def test_csv_by_the_files_ending(data_dir, tmp_path, capsys):
    target = tmp_path / "log.csv"
    assert export(data_dir, target, member="dr siobhán ó ceallaigh") == 0
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert [(r["date"], r["kind"], r["role"], r["co_leader"], r["hours"]) for r in rows] == [
        ("2026-01-06", "group session", "led", "", "1.33"),  # timed: 80 minutes
        ("2026-01-13", "group session", "led", "Dr Zoë Zorn", "1.25"),
        ("2026-01-13", "supervision", "", "", "1.5"),
        ("2026-01-20", "group session", "co-led", "Dr Zoë Zorn", "1.25"),
        ("2026-01-27", "group session", "member", "", "1.25"),
    ]
    assert rows[2]["note"] == "Leaders' supervision"
    assert capsys.readouterr().out.strip() == (
        f"Wrote the leader log of {LEADER} (4 sessions, 1 entry, 6.58 hours) to {target}."
    )


def test_pdf_by_the_files_ending(qapp, data_dir, tmp_path, capsys):
    # qapp first: the command would make a bare QGuiApplication, which later widget
    # tests in this process could not use.
    target = tmp_path / "log.pdf"
    assert export(data_dir, target, "--group", "tuesday balint") == 0
    assert "(4 sessions, 1 entry, 6.58 hours, 1 page)" in capsys.readouterr().out
    text = pdf_text(target, layout=True)
    assert LEADER in text
    assert "Thursday 1 January 2026 to Monday 2 March 2026" in text
    assert "Tue 20 Jan 2026" in text and "Dr Zoë Zorn" in text
    assert "Total" in text and "6.58" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--member", "Dr Nobody"), "There is no member called “Dr Nobody”."),
        (
            ("--from", "2026-03-02", "--to", "2026-01-01"),
            "--from 2026-03-02 is after --to 2026-01-01.",
        ),
        (("--from", "2026-02-30"), "--from:"),
        (("--member", "Dr Ann Ames"), "Dr Ann Ames is not a leader, so has no leader log;"),
        (("--group", "Nowhere"), "There is no group called “Nowhere”"),
        (("--out", "{tmp}/log.txt"), "--out must name a .pdf or .csv file, not “log.txt”."),
        (("--out", "{tmp}/missing/log.pdf"), "The folder"),
    ],
)
def test_bad_arguments_get_one_line_and_write_nothing(data_dir, tmp_path, capsys, args, message):
    values = {
        "--member": LEADER,
        "--from": "2026-01-01",
        "--to": "2026-03-02",
        "--out": str(tmp_path / "log.pdf"),
    }
    extra: list[str] = []
    for option, value in zip(args[::2], args[1::2], strict=True):
        value = value.format(tmp=tmp_path)
        if option in values:
            values[option] = value
        else:
            extra += [option, value]
    before = set(tmp_path.iterdir())
    argv = [part for pair in values.items() for part in pair]
    status = balintdesk(data_dir, "export", "leader-log", *argv, *extra)
    err = capsys.readouterr().err
    assert status != 0
    assert err.startswith(message), err
    assert err.count("\n") == 1, "one line"
    assert set(tmp_path.iterdir()) == before, "no file written"


def test_the_csv_export_does_not_load_qt(data_dir, tmp_path):
    target = tmp_path / "log.csv"
    code = (
        "import sys; from balintdesk.cli import main as cli; "
        f"status = cli.main(['--data-dir', {str(data_dir)!r}, 'export', 'leader-log', "
        f"'--member', {LEADER!r}, '--from', '2026-01-01', '--to', '2026-03-02', "
        f"'--out', {str(target)!r}]); "
        "print(status, 'PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 False"
    assert target.exists()
