"""`balintdesk export rota` and `balintdesk export ics`, in-process with --data-dir and the
real today: what they write, what they say, and one clear line (and no file) for bad
arguments."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from balintdesk.domain.dates import short_date
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.store import meetings
from balintdesk.store.roster import add_member, create_group

from .._pdf import pdf_text
from ._cli_helpers import balintdesk, opened

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date.today()
NAMES = ("Dr Siobhán O'Neill", "Chloë Martin", "Ben Best")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A weekly group meeting from today at 12:30 in London, three members, and the
    meeting a week from today cancelled."""
    folder = tmp_path / "data"
    folder.mkdir()
    pattern = MeetingPattern(
        Frequency.WEEKLY, TODAY.weekday(), 1, dt.time(12, 30), 75, "Library", "Europe/London"
    )
    with opened(folder):
        group = create_group("Riverside", pattern, first_date=TODAY)
        for name in NAMES:
            add_member(group.id, MemberDraft(name, joined=TODAY - dt.timedelta(days=365)))
        coming = meetings.upcoming_meetings(group.id, count=2, today=TODAY)
        meetings.cancel_meeting(coming[1].id, "Practice training")
    return folder


# --- export rota --------------------------------------------------------------------------


def test_export_rota_writes_the_pdf_and_says_so_in_one_line(data_dir, out, capsys):
    target = out / "rota.pdf"
    assert balintdesk(data_dir, "export", "rota", "--group", "riverside", "--next", "4",
                      "--out", str(target)) == 0  # fmt: skip
    said = capsys.readouterr()
    last = TODAY + dt.timedelta(days=28)  # four meetings held, one cancelled among them
    assert said.out == (
        f"Wrote the rota of Riverside (5 meetings, {short_date(TODAY)} to {short_date(last)}; "
        f"1 page) to {target}.\n"
    )
    assert said.err == ""
    text = pdf_text(target)
    assert "Riverside" in text and f"Printed {TODAY:%A} {TODAY.day}" in text
    assert "Cancelled — Practice training" in text
    assert any(name in text for name in NAMES)
    assert "Dr Siobhán O'Neill" in text


def test_export_rota_next_defaults_to_twelve(data_dir, out, capsys):
    assert balintdesk(data_dir, "export", "rota", "--group", "Riverside",
                      "--out", str(out / "rota.pdf")) == 0  # fmt: skip
    assert "(13 meetings," in capsys.readouterr().out, "twelve, and the cancelled one"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--group", "Hillside", "--next", "4"), "There is no group called “Hillside”"),
        (("--group", "Riverside", "--next", "0"), "--next must be a whole number from 1 to 104"),
        (("--group", "Riverside", "--next", "many"), "not “many”"),
        (("--group", "Riverside", "--next", "105"), "--next must be a whole number"),
        (("--group", "Hillside", "--next", "x"), "There is no group called “Hillside”"),
    ],
)
def test_export_rota_bad_arguments_get_one_line_and_no_file(data_dir, out, capsys, args, message):
    assert balintdesk(data_dir, "export", "rota", *args, "--out", str(out / "rota.pdf")) != 0
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.count("\n") == 1 and message in said.err
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("rota.txt", "--out must name a .pdf file"),
        ("missing/rota.pdf", "does not exist"),
        (".", "is a folder"),
    ],
)
def test_export_rota_bad_out_gets_one_line_and_no_file(data_dir, out, capsys, name, message):
    target = out / name if name != "." else out
    if name == ".":
        target = out / "folder.pdf"
        target.mkdir()
    assert balintdesk(data_dir, "export", "rota", "--group", "Riverside",
                      "--out", str(target)) != 0  # fmt: skip
    said = capsys.readouterr()
    assert said.err.count("\n") == 1 and message in said.err
    assert [p.name for p in out.iterdir()] == ([] if name != "." else ["folder.pdf"])


# --- export ics ---------------------------------------------------------------------------


def test_export_ics_to_a_file(data_dir, out, capsys):
    target = out / "riverside.ics"
    assert balintdesk(data_dir, "export", "ics", "--group", "Riverside", "--out", str(target)) == 0
    said = capsys.readouterr().out
    calendar = Calendar.from_ical(target.read_bytes())
    events = calendar.events
    assert said == f"Wrote {len(events)} meetings of Riverside (1 cancelled) to {target}.\n"
    assert 52 <= len(events) <= 53
    first = min(events, key=lambda e: e.start)
    assert first.start.date() == TODAY and first.start.time() == dt.time(12, 30)
    assert str(first.start.tzinfo) == "Europe/London"
    assert [str(e["STATUS"]) for e in events].count("CANCELLED") == 1


def test_export_ics_to_stdout_is_the_calendar_and_nothing_else(data_dir, capsysbinary):
    assert balintdesk(data_dir, "export", "ics", "--group", "Riverside") == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert "Chloë".encode() in data or "Siobhán".encode() in data or b"Ben Best" in data
    Calendar.from_ical(data)


def test_two_exports_give_the_same_uids(data_dir, out):
    uids = []
    for name in ("one.ics", "two.ics"):
        assert balintdesk(data_dir, "export", "ics", "--group", "Riverside",
                          "--out", str(out / name)) == 0  # fmt: skip
        uids.append(
            sorted(str(e.uid) for e in Calendar.from_ical((out / name).read_bytes()).events)
        )
    assert uids[0] == uids[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--group", "Hillside"), "There is no group called “Hillside”"),
        (("--group", "Riverside", "--out", "{out}/cal.txt"), "--out must name a .ics file"),
        (("--group", "Riverside", "--out", "{out}/nowhere/cal.ics"), "does not exist"),
        (("--group", "Hillside", "--out", "{out}/cal.ics"), "There is no group called"),
    ],
)
def test_export_ics_bad_arguments_get_one_line_and_no_file(
    data_dir, out, capsysbinary, args, message
):
    args = tuple(a.replace("{out}", str(out)) for a in args)
    assert balintdesk(data_dir, "export", "ics", *args) != 0
    said = capsysbinary.readouterr()
    assert said.out == b"", "not half a calendar on stdout either"
    err = said.err.decode("utf-8")
    assert err.count("\n") == 1 and message in err
    assert list(out.iterdir()) == []


def test_the_calendar_export_does_not_load_qt(data_dir, out):
    code = (
        "import sys; from balintdesk.cli import main as cli; "
        f"status = cli.main(['--data-dir', {str(data_dir)!r}, 'export', 'ics', "
        f"'--group', 'Riverside', '--out', {str(out / 'cal.ics')!r}]); "
        "print(status, 'PySide6' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.splitlines()[-1] == "0 False", done.stderr
