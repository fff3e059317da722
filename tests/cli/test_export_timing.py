"""`balintdesk export timing`, in-process through `cli.main`: the CSV of a period's timed
meetings on stdout or in a file, the one line said, and a period with none timed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from balintdesk import i18n
from balintdesk.exports.timing_csv import HEADER
from balintdesk.store import meetings

from ..store._meeting_helpers import FIRST, make_group, meeting_on, tuesdays
from ..store._timing_helpers import run_meeting
from ._cli_helpers import balintdesk, opened

DAYS = tuesdays(FIRST, 3)  # 6, 13, 20 January 2026; the 13th is not timed


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        group = make_group()
        meetings.ensure_schedule(group.id, FIRST, until=DAYS[-1])
        first, third = meeting_on(group, DAYS[0]), meeting_on(group, DAYS[2])
        steps = ["start", 300, "next", 600, "pause", 120, "resume", "next", 2280, "end"]
        run_meeting(first.id, steps, start_utc=first.starts_at)
        run_meeting(third.id, ["start", 360, "end"], start_utc=third.starts_at)
    return folder


def run(data_dir: Path, *args: str) -> int:
    return balintdesk(data_dir, "export", "timing", "--group", "Tuesday Balint", *args)


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_the_period_on_stdout(data_dir, capsys) -> None:
    assert run(data_dir, "--from", "2026-01-01", "--to", "2026-01-31") == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    got = rows(captured.out)
    assert tuple(got[0]) == HEADER
    assert len(got) == 1 + 4 + 4  # four phases for each of two meetings
    first = got[1:5]
    assert [row[0] for row in first] == ["2026-01-06"] * 4
    assert [row[5] for row in first] == [
        "Who has a case?",
        "Presentation",
        "Presenter sits back — group discussion",
        "Closing",
    ]
    assert [row[7] for row in first] == ["5.0", "10.0", "38.0", "0.0"]  # actual
    assert [row[8] for row in first] == ["0.0", "0.0", "8.0", "0.0"]  # over
    assert [row[10] for row in first] == ["0.0", "2.0", "0.0", ""]  # stopped
    assert [row[11] for row in first] == ["no", "no", "no", "yes"]
    assert first[0][1:3] == ["12:30", "13:25"]
    assert got[5][0] == "2026-01-20"


def test_the_period_limits_the_meetings(data_dir, capsys) -> None:
    assert run(data_dir, "--from", "2026-01-10", "--to", "2026-01-31") == 0
    got = rows(capsys.readouterr().out)
    assert {row[0] for row in got[1:]} == {"2026-01-20"}


def test_out_writes_the_file_and_says_so(data_dir, out, capsys) -> None:
    target = out / "timing.csv"
    assert run(data_dir, "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(target)) == 0
    assert capsys.readouterr().out == (
        f"Wrote 8 rows (2 timed meetings of Tuesday Balint, 2026-01-01 to 2026-01-31) "
        f"to {target}.\n"
    )
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs
    assert rows(data.decode("utf-8-sig"))[0] == list(HEADER)


def test_no_timed_meeting_in_the_period_is_said_and_nothing_written(data_dir, out, capsys):
    target = out / "timing.csv"
    args = ["--from", "2026-01-12", "--to", "2026-01-14", "--out", str(target)]
    assert run(data_dir, *args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "No meeting of Tuesday Balint from 2026-01-12 to 2026-01-14 was timed: the timer's "
        "phase log is what this export reads. Nothing was written.\n"
    )
    assert not target.exists()


def test_a_bad_period_is_refused(data_dir, capsys) -> None:
    assert run(data_dir, "--from", "2026-02-01", "--to", "2026-01-01") != 0
    assert "--from 2026-02-01 is after --to 2026-01-01." in capsys.readouterr().err


def test_the_sentence_in_german(data_dir, capsys) -> None:
    i18n.use_language("de")
    try:
        assert run(data_dir, "--from", "2026-01-12", "--to", "2026-01-14") == 1
    finally:
        i18n.use_language(i18n.ENGLISH)
    assert capsys.readouterr().err == (
        "Keine Sitzung von Tuesday Balint vom 2026-01-12 bis 2026-01-14 wurde mit dem Timer "
        "gemessen; dieser Export liest das Phasenprotokoll des Timers. Es wurde nichts "
        "geschrieben.\n"
    )
