"""`balintdesk export cpd` and `balintdesk export attendance`, in-process through
`cli.main`: what is written (the PDF's text, the CSV), the one line said on success, and
for bad arguments one line on stderr, a non-zero exit and no file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from .._pdf import pdf_text
from ..store._meeting_helpers import FIRST, held_in_january, tuesdays
from ._cli_helpers import balintdesk, opened

REPO = Path(__file__).resolve().parents[2]
NAME = "Siobhán Ó Ceallaigh"
DAYS = tuesdays(FIRST, 4)  # 6, 13, 20, 27 January 2026


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder with one weekly group that held four meetings in January 2026."""
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        held_in_january(NAME, today=dt.date(2030, 1, 1), until=DAYS[-1])
    return folder


def run(data_dir: Path, *args: str) -> int:
    return balintdesk(data_dir, "export", *args)


CPD = ["cpd", "--group", "Tuesday Balint", "--member", NAME]
PERIOD = ["--from", "2026-01-01", "--to", "2026-01-31"]


# --- export cpd ---------------------------------------------------------------------------


def test_cpd_writes_the_record_and_says_so(qapp, data_dir, out, capsys) -> None:
    target = out / "cpd.pdf"
    assert run(data_dir, *CPD, *PERIOD, "--out", str(target)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == (
        f"Wrote the CPD record of {NAME} (3 meetings, 3.9 hours, 1 page) to {target}.\n"
    )
    text = pdf_text(target)
    assert "Balint group attendance — CPD record" in text
    assert NAME in text and "Dr Marcus Webb" in text and "Tuesday Balint" in text
    assert "Thursday 1 January 2026 to Saturday 31 January 2026" in text
    for day in ("Tue 6 Jan 2026", "Tue 13 Jan 2026", "Tue 27 Jan 2026"):
        assert day in text
    assert "Tue 20 Jan 2026" not in text  # apologies that day
    assert "1 h 21 min" in text  # the timed one
    assert "3.9 hours" in text  # 81 + 75 + 75 = 231 minutes
    assert [p.name for p in out.iterdir()] == ["cpd.pdf"]


def test_cpd_finds_the_member_in_any_case_or_spacing(qapp, data_dir, out, capsys) -> None:
    target = out / "cpd.pdf"
    args = ["cpd", "--group", "tuesday  balint", "--member", "  siobhán ó  ceallaigh "]
    assert run(data_dir, *args, *PERIOD, "--out", str(target)) == 0
    assert NAME in pdf_text(target)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["cpd", "--group", "Friday", "--member", NAME, *PERIOD],
            "There is no group called “Friday”; the groups are “Tuesday Balint”.",
        ),
        (
            ["cpd", "--group", "Tuesday Balint", "--member", "Dr Nobody", *PERIOD],
            "There is no member called “Dr Nobody” in Tuesday Balint.",
        ),
        (
            [*CPD, "--from", "2026-02-01", "--to", "2026-01-01"],
            "--from 2026-02-01 is after --to 2026-01-01.",
        ),
        ([*CPD, "--from", "31/02/2026", "--to", "2026-03-01"], None),
    ],
)
def test_cpd_bad_arguments_one_line_no_file(qapp, data_dir, out, capsys, args, message) -> None:
    target = out / "cpd.pdf"
    assert run(data_dir, *args, "--out", str(target)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    if message is None:
        assert captured.err.startswith("--from: ")
    else:
        assert captured.err == message + "\n"
    assert list(out.iterdir()) == []


def test_cpd_bad_out(qapp, data_dir, out, capsys) -> None:
    assert run(data_dir, *CPD, *PERIOD, "--out", str(out / "cpd.txt")) == 2
    assert capsys.readouterr().err == "--out must name a .pdf file, not “cpd.txt”.\n"
    assert run(data_dir, *CPD, *PERIOD, "--out", str(out / "missing" / "cpd.pdf")) == 2
    assert capsys.readouterr().err == f"The folder {out / 'missing'} does not exist.\n"
    assert list(out.iterdir()) == []


# --- export attendance --------------------------------------------------------------------

ATTENDANCE = ["attendance", "--group", "Tuesday Balint"]


def test_attendance_to_stdout(data_dir, capsysbinary) -> None:
    assert run(data_dir, *ATTENDANCE, "--from", "2026-01-13", "--to", "2026-01-20") == 0
    captured = capsysbinary.readouterr()
    assert captured.err == b""
    assert (
        captured.out
        == (
            "date,start,member,role,status,presented,led,mode\r\n"
            "2026-01-13,12:30,Ben Ash,Other,not recorded,no,,\r\n"
            "2026-01-13,12:30,Dr Marcus Webb,Other,present,no,led,in-person\r\n"
            "2026-01-13,12:30,Siobhán Ó Ceallaigh,Other,present,yes,,in-person\r\n"
            "2026-01-20,12:30,Ben Ash,Other,not recorded,no,,\r\n"
            "2026-01-20,12:30,Dr Marcus Webb,Other,present,no,led,in-person\r\n"
            "2026-01-20,12:30,Siobhán Ó Ceallaigh,Other,apologies,no,,\r\n"
        ).encode()
    )


def test_attendance_to_a_file_with_a_byte_order_mark(data_dir, out, capsys) -> None:
    target = out / "attendance.csv"
    assert run(data_dir, *ATTENDANCE, *PERIOD, "--out", str(target)) == 0
    assert capsys.readouterr().out == (
        f"Wrote 12 rows (4 meetings of Tuesday Balint, 2026-01-01 to 2026-01-31) to {target}.\n"
    )
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdate,start,member")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 12
    assert {row["date"] for row in rows} == {day.isoformat() for day in DAYS}
    siobhan = [row for row in rows if row["member"] == NAME]
    assert [row["status"] for row in siobhan] == ["present", "present", "apologies", "present"]
    assert [row["presented"] for row in siobhan] == ["no", "yes", "no", "no"]
    assert [p.name for p in out.iterdir()] == ["attendance.csv"]


def test_attendance_of_a_quiet_period_is_the_header(data_dir, capsysbinary) -> None:
    assert run(data_dir, *ATTENDANCE, "--from", "2025-01-01", "--to", "2025-12-31") == 0
    assert capsysbinary.readouterr().out == b"date,start,member,role,status,presented,led,mode\r\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["attendance", "--group", "Nope", *PERIOD],
            "There is no group called “Nope”; the groups are “Tuesday Balint”.",
        ),
        (
            [*ATTENDANCE, "--from", "2026-02-01", "--to", "2026-01-01"],
            "--from 2026-02-01 is after --to 2026-01-01.",
        ),
        ([*ATTENDANCE, *PERIOD, "--out", "OUT/attendance.pdf"], None),
    ],
)
def test_attendance_bad_arguments(data_dir, out, capsys, args, message) -> None:
    args = [arg.replace("OUT", str(out)) for arg in args]
    target = out / "attendance.csv"
    if "--out" not in args:
        args += ["--out", str(target)]
    assert run(data_dir, *args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (message or "--out must name a .csv file, not “attendance.pdf”.") + "\n"
    assert list(out.iterdir()) == []


def test_the_attendance_export_does_not_load_qt(data_dir, out) -> None:
    code = (
        "import sys; from balintdesk.cli import main as cli; "
        f"status = cli.main(['--data-dir', {str(data_dir)!r}, 'export', 'attendance', "
        f"'--group', 'Tuesday Balint', '--from', '2026-01-01', '--to', '2026-01-31', "
        f"'--out', {str(out / 'a.csv')!r}]); "
        "print(status, 'PySide6' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert done.stdout.splitlines()[-1] == "0 False"
