"""`balintdesk programme`: the groups, then every member with their sessions and hours in
the period and the rule's answer, in the user's language; --out writes the members as
CSV with stable English headers and values and formula-like names made harmless. The
rule here is a programme's own file in the data folder, so the tests do not move when a
shipped rule's figures do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from balintdesk import app, i18n
from balintdesk.cli.common import EXIT_OK, EXIT_USAGE
from balintdesk.exports.programme_csv import HEADER
from balintdesk.i18n.choice import LANGUAGE_ENV
from balintdesk.store import meetings
from balintdesk.store.models import AttendanceStatus, Member
from balintdesk.store.roster import archive_member

from ..store._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member
from ._cli_helpers import opened

RULE = """\
country = "GB"
audience = "members"
sources = ["A programme's own rule, for the tests"]

[title]
en = "Test programme: three sessions"
de = "Testprogramm: drei Sitzungen"

[settings.sessions]
default = 3
min = 1
max = 5
label = { en = "Sessions needed", de = "Benötigte Sitzungen" }

[[conditions]]
kind = "sessions"
measure = "sessions"
at_least = { setting = "sessions" }
"""


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    yield
    i18n.use_language(i18n.ENGLISH)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Tuesday Balint: Ann attended 6, 13 and 20 January 2026, Ben the first; Cleo left
    after the first. "=HYPERLINK" is a member whose name a spreadsheet would run. Ann works
    toward the test rule."""
    folder = tmp_path / "data"
    (folder / "rules").mkdir(parents=True)
    (folder / "rules" / "test-three.toml").write_text(RULE, encoding="utf-8")
    with opened(folder):
        group = make_group()
        meetings.ensure_schedule(group.id, today=FIRST)
        ann = member(group, "Dr Ann Ames")
        ben = member(group, "Dr Ben Bell")
        cleo = member(group, "Dr Cleo Cole")
        member(group, "=HYPERLINK(1)")
        for n in range(3):
            row = meeting_on(group, FIRST + dt.timedelta(days=7 * n))
            for person in (ann, ben, cleo) if n == 0 else (ann,):
                meetings.set_attendance(row.id, person.id, AttendanceStatus.PRESENT, today=TODAY)
            meetings.record_meeting(row.id, [], today=TODAY)
        archive_member(cleo.id)
        Member.update(working_toward="test-three").where(Member.id == ann.id).execute()
    return folder


def balintdesk(data_dir: Path, *args: str) -> int:
    try:
        return app.main(["--data-dir", str(data_dir), *args])
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_OK


PERIOD = ("--from", "2026-01-01", "--until", "2026-01-31")


def test_prints_the_groups_and_members_against_the_rule(data_dir: Path, capsys) -> None:
    status = balintdesk(data_dir, "programme", *PERIOD)
    out = capsys.readouterr().out.splitlines()
    assert status == EXIT_OK
    assert out[0] == (
        "Programme, 1 January 2026 to 31 January 2026, against Test programme: three sessions"
    )
    assert out[2] == "1 group:"
    # Its meetings were made for January only (today is later): none planned.
    assert out[3] == "  Tuesday Balint (GB): no leader; 3 members; no meeting planned"
    assert out[5] == "4 members:"
    assert out[6:10] == [
        "  Tuesday Balint · =HYPERLINK(1) (Other): 0 sessions, 0.0 h · "
        "not yet: 3 more sessions to attend",
        "  Tuesday Balint · Dr Ann Ames (Other): 3 sessions, 3.7 h · met",
        "  Tuesday Balint · Dr Ben Bell (Other): 1 session, 1.2 h · "
        "not yet: 2 more sessions to attend",
        "  Tuesday Balint · Dr Cleo Cole (Other, archived): 1 session, 1.2 h · "
        "not yet: 2 more sessions to attend",
    ]
    assert out[10] == "1 of 4 members meet the rule."


def test_a_period_before_anything_happened(data_dir: Path, capsys) -> None:
    args = ("programme", "--from", "2025-01-01", "--until", "2025-12-31", "--rule", "test-three")
    assert balintdesk(data_dir, *args) == EXIT_OK
    out = capsys.readouterr().out
    assert "Dr Cleo Cole" not in out, "archived, and nothing of hers in the period"
    assert "Dr Ann Ames (Other): 0 sessions, 0.0 h · not yet: 3 more sessions" in out


def test_in_german(data_dir: Path, capsys) -> None:
    assert balintdesk(data_dir, "--language", "de", "programme", *PERIOD) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0]
        == "Programm, 1. Januar 2026 bis 31. Januar 2026, gemessen an Testprogramm: drei Sitzungen"
    )
    assert "Dr Ann Ames (Sonstige): 3 Sitzungen, 3,7 Std. · erfüllt" in out[7]


def test_writes_csv_with_stable_headers_and_harmless_cells(data_dir: Path, capsys) -> None:
    target = data_dir.parent / "programme.csv"
    args = ("--language", "de", "programme", *PERIOD, "--out", str(target))
    assert balintdesk(data_dir, *args) == EXIT_OK
    assert str(target) in capsys.readouterr().out
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the byte-order mark Excel needs"
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert (
        lines[0]
        == ",".join(HEADER)
        == ("group,member,role,leader,archived,sessions,hours,rule,met,missing,from,until")
    )
    assert lines[1] == (
        "Tuesday Balint,'=HYPERLINK(1),Other,no,no,0,0.0,test-three,no,"
        "3 more sessions to attend,2026-01-01,2026-01-31"
    )
    assert lines[2] == (
        "Tuesday Balint,Dr Ann Ames,Other,no,no,3,3.7,test-three,yes,,2026-01-01,2026-01-31"
    )
    assert lines[4].startswith("Tuesday Balint,Dr Cleo Cole,Other,no,yes,1,1.2,test-three,no,")


def test_bad_arguments_are_refused_before_anything_is_written(data_dir: Path, capsys) -> None:
    assert balintdesk(data_dir, "programme", "--from", "2026-02-01", "--until", "2026-01-01") == 2
    assert capsys.readouterr().err == "--from 2026-02-01 is after --until 2026-01-01.\n"
    assert balintdesk(data_dir, "programme", "--rule", "nowhere") == EXIT_USAGE
    assert "There is no rule “nowhere”" in capsys.readouterr().err
    target = data_dir.parent / "programme.txt"
    assert balintdesk(data_dir, "programme", "--out", str(target)) == EXIT_USAGE
    assert not target.exists()
    (data_dir / "backups").mkdir(exist_ok=True)
    own = data_dir / "backups" / "programme.csv"  # BalintDesk's own folder
    assert balintdesk(data_dir, "programme", "--out", str(own)) == EXIT_USAGE
    assert not own.exists()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Only a programme administrator can see the programme view"),
        ("de", "Nur die Programmverwaltung sieht die Programmübersicht"),
        ("fr", "Seule l'administration du programme peut voir la vue du programme"),
    ],
)
def test_a_leader_is_told_why_not_and_nothing_is_written(
    data_dir: Path, capsys, monkeypatch, language: str, sentence: str
) -> None:
    from balintdesk.store import access
    from balintdesk.store import programme as store

    monkeypatch.setattr(store, "current_role", lambda: access.Role.LEADER)
    target = data_dir.parent / "programme.csv"
    args = ("--language", language, "programme", "--out", str(target))
    assert balintdesk(data_dir, *args) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert err.startswith(sentence) and out == ""
    assert not target.exists()
