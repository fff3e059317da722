"""A member's professional numbers are printed on that member's own certificate and
nowhere else: with numbers recorded for every member, no other file or output holds any
of them (the roster and attendance CSV, another member's CPD record, the leader log, the
rota, the calendar, `balintdesk check`, `member set`, the log file); and a roster file
with such a column is refused, not half-imported.

The numbers are looked for as stored and as people group them, so a file that printed
"80276 0900 …" would be caught too."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from balintdesk import app
from balintdesk.domain.identifiers import luhn_is_valid
from balintdesk.store import roster
from balintdesk.store.identifiers import numbers_of, set_numbers, set_recognition
from balintdesk.store.models import Member, MemberIdentifier

from .._pdf import pdf_text
from ..store._meeting_helpers import FIRST, held_in_january, tuesdays
from ._cli_helpers import balintdesk, opened

NAME = "Siobhán Ó Ceallaigh"
GROUP = ["--group", "Tuesday Balint"]
PERIOD = ["--from", "2026-01-01", "--to", "2026-01-31"]


def efn(running: str) -> str:
    """A valid EFN of the Bavarian chamber (090) with this six-digit running number."""
    base = "80276090" + running
    return next(base + d for d in "0123456789" if luhn_is_valid(base + d))


def rpps(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_is_valid(body + d))


NUMBERS = {
    "Dr Marcus Webb": {"efn": efn("731948"), "gmc": "7319482", "big": "79318264501"},
    NAME: {"efn": efn("562817"), "gmc": "5628174", "rpps": rpps("1000562817")},
    "Ben Ash": {"efn": efn("904513"), "gmc": "9045136", "big": "69045136101"},
}


def every_way_written(number: str) -> set[str]:
    """The number, and grouped as a person or a form might print it."""
    grouped = {number, " ".join(number[i : i + 3] for i in range(0, len(number), 3))}
    if len(number) == 15:  # an EFN as the chambers' cards group it
        grouped.add(f"{number[:5]} {number[5:8]} {number[8:14]} {number[14]}")
    return grouped


def numbers_except(name: str | None = None) -> set[str]:
    return {
        written
        for who, numbers in NUMBERS.items()
        if who != name
        for number in numbers.values()
        for written in every_way_written(number)
    }


def assert_none_in(text: str, numbers: set[str], where: str) -> None:
    found = sorted(number for number in numbers if number in text)
    assert not found, f"{where} holds {found}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        held_in_january(NAME, today=dt.date(2030, 1, 1), until=tuesdays(FIRST, 4)[-1])
        for member in Member.select():
            set_numbers(member.id, NUMBERS[member.name])
        webb = Member.get(Member.name == "Dr Marcus Webb")
        set_recognition(webb.id, "Ärztekammer Nordrhein")
        assert MemberIdentifier.select().count() == 9
    return folder


@pytest.fixture
def logged(data_dir: Path):
    """The log file the app writes to, set up as the app sets it up."""
    root = logging.getLogger()
    before = list(root.handlers), root.level
    app.setup_logging(data_dir)
    yield data_dir
    for handler in root.handlers:
        if handler not in before[0]:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(before[1])


def test_no_export_check_or_log_holds_a_number(qapp, logged, out, capsys):
    data_dir = logged
    said: list[str] = []

    def run(*args: str) -> int:
        status = balintdesk(data_dir, *args)
        captured = capsys.readouterr()
        said.append(captured.out + captured.err)
        return status

    assert run("roster", "export", *GROUP) == 0
    assert run("roster", "export", *GROUP, "--include-archived") == 0
    assert run("export", "attendance", *GROUP, *PERIOD) == 0
    assert run("export", "ics", *GROUP) == 0
    assert run("export", "rota", *GROUP, "--out", str(out / "rota.pdf")) == 0
    assert run("check") == 0
    assert run("rota", *GROUP, "--next", "4") == 0
    # Setting a number, and refusing a wrong one, says neither number.
    assert run("member", "set", *GROUP, "--member", "Ben Ash", "--gmc", "9045136") == 0
    wrong = NUMBERS["Ben Ash"]["efn"][:-1] + str((int(NUMBERS["Ben Ash"]["efn"][-1]) + 1) % 10)
    assert run("member", "set", *GROUP, "--member", "Ben Ash", "--efn", wrong) == 1
    assert wrong not in said[-1]
    for index, text in enumerate(said):
        assert_none_in(text, numbers_except(), f"output {index}")

    # The leader log, and each member's CPD record: none holds another member's number.
    webb_log = out / "webb-log.pdf"
    args = ["--member", "Dr Marcus Webb", *PERIOD]
    assert run("export", "leader-log", *args, "--out", str(webb_log)) == 0
    assert_none_in(pdf_text(webb_log), numbers_except(), "the leader log (PDF)")
    assert run("export", "leader-log", *args, "--out", str(out / "webb-log.csv")) == 0
    csv_text = (out / "webb-log.csv").read_text(encoding="utf-8-sig")
    assert_none_in(csv_text, numbers_except(), "the leader log (CSV)")
    for name in NUMBERS:
        target = out / f"cpd-{len(name)}.pdf"
        assert run("export", "cpd", *GROUP, "--member", name, *PERIOD, "--out", str(target)) == 0
        assert_none_in(pdf_text(target), numbers_except(name), f"{name}'s CPD record")
    for pdf in ("rota.pdf",):
        assert_none_in(pdf_text(out / pdf), numbers_except(), pdf)

    for handler in logging.getLogger().handlers:
        handler.flush()
    logs = list((data_dir / "logs").rglob("*")) if (data_dir / "logs").exists() else []
    logs += [p for p in data_dir.rglob("*.log*") if p not in logs]
    assert logs, "the log file should be there to look in"
    for path in logs:
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            assert_none_in(text, numbers_except(), f"the log file {path.name}")


def test_the_window_saving_numbers_logs_none_of_them(qtbot, logged):
    from balintdesk.ui.roster.member_dialog import MemberDialog

    with opened(logged):
        ben = Member.get(Member.name == "Ben Ash")
        dialog = MemberDialog(ben.group_id, ben)
        qtbot.addWidget(dialog)
        dialog.numbers.edits["gmc"].setText("904513")  # wrong: six digits
        dialog._save()
        assert dialog.saved_member is None
        dialog.numbers.edits["gmc"].setText("9045136")
        dialog._save()
        assert numbers_of(ben.id)["gmc"] == "9045136"
    for handler in logging.getLogger().handlers:
        handler.flush()
    for path in logged.rglob("*.log*"):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert_none_in(text, numbers_except() | {"904513"}, path.name)


def test_a_roster_file_with_a_number_column_is_refused(data_dir, tmp_path, capsys):
    roster_file = tmp_path / "roster.csv"
    roster_file.write_text("name,role,efn\nDr New Person,GP,802760900123455\n", encoding="utf-8")
    assert balintdesk(data_dir, "roster", "import", str(roster_file), *GROUP) == 1
    said = capsys.readouterr()
    assert "BalintDesk does not know the column “efn”" in said.out + said.err
    assert "802760900123455" not in said.out + said.err
    with opened(data_dir):
        names = [m.name for m in roster.list_members(1)]
        assert "Dr New Person" not in names
        assert MemberIdentifier.select().count() == 9
