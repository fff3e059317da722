"""`balintdesk requirements`: each condition of a rule on a line with its mark and what is
missing, exit 0 when all are met and 3 when some are not yet, in the user's language;
`balintdesk rules list` and `rules set`. The rule here is a programme's own file in the
data folder, so the tests do not move when a shipped rule's figures do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from balintdesk import app, i18n
from balintdesk.cli.common import EXIT_NOT_MET, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from balintdesk.i18n.choice import LANGUAGE_ENV
from balintdesk.store import meetings
from balintdesk.store.models import AttendanceStatus, Meeting, MeetingMode, Member
from balintdesk.store.settings import get_setting

from ..store._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member
from ._cli_helpers import opened

RULE = """\
country = "GB"
sources = ["A programme's own rule, for the tests"]

[title]
en = "Test programme: three sessions"
de = "Testprogramm: drei Sitzungen"

[settings.sessions]
default = 3
min = 2
max = 5
label = { en = "Sessions needed", de = "Benötigte Sitzungen" }

[[conditions]]
kind = "sessions"
measure = "sessions"
at_least = { setting = "sessions" }

[[conditions]]
kind = "first_last_in_person"
"""


def tuesday(n: int) -> dt.date:
    return FIRST + dt.timedelta(days=7 * n)


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    yield
    i18n.use_language(i18n.ENGLISH)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Tuesday Balint: Ann attended three meetings (6, 13 and 20 January 2026), the
    second online; Ben one. Ann works toward the test rule."""
    folder = tmp_path / "data"
    (folder / "rules").mkdir(parents=True)
    (folder / "rules" / "test-three.toml").write_text(RULE, encoding="utf-8")
    with opened(folder):
        group = make_group()
        meetings.ensure_schedule(group.id, today=FIRST)
        ann = member(group, "Dr Ann Ames")
        ben = member(group, "Dr Ben Bell")
        for n in range(3):
            row = meeting_on(group, tuesday(n))
            for person in (ann, ben) if n == 0 else (ann,):
                meetings.set_attendance(row.id, person.id, AttendanceStatus.PRESENT, today=TODAY)
            meetings.record_meeting(row.id, [], today=TODAY)
        online = meeting_on(group, tuesday(1)).id
        Meeting.update(mode=MeetingMode.ONLINE).where(Meeting.id == online).execute()
        Member.update(working_toward="test-three").where(Member.id == ann.id).execute()
    return folder


def balintdesk(data_dir: Path, *args: str) -> int:
    """Through app.main, which chooses the language."""
    try:
        return app.main(["--data-dir", str(data_dir), *args])
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_OK


def test_every_condition_met_exits_0(data_dir: Path, capsys) -> None:
    status = balintdesk(
        data_dir, "requirements", "--member", "Dr Ann Ames", "--until", "2026-03-01"
    )
    out = capsys.readouterr().out.splitlines()
    assert status == EXIT_OK
    assert out[0] == "Dr Ann Ames — Test programme: three sessions, up to 1 March 2026"
    assert out[1].startswith("  [met] 3 of 3 session")
    assert out[2] == "  [met] The first and last sessions were in person"
    assert out[3] == "All 2 conditions met."


def test_until_counts_only_what_happened_by_then_and_not_met_exits_3(
    data_dir: Path, capsys
) -> None:
    args = ("requirements", "--member", "Dr Ann Ames", "--rule", "test-three")
    status = balintdesk(data_dir, *args, "--until", "2026-01-13")
    out = capsys.readouterr().out.splitlines()
    assert status == EXIT_NOT_MET == 3
    assert out[0].endswith("up to 13 January 2026")
    assert out[1].startswith("  [not yet] 2 of 3 session") and " — 1 more session" in out[1]
    assert out[2] == (
        "  [not yet] The last session, 13 January 2026, was online — "
        "the last session must be in person"
    )
    assert out[3] == "0 of 2 conditions met."


def test_in_german(data_dir: Path, capsys) -> None:
    args = ("--language", "de", "requirements", "--member", "Dr Ann Ames")
    status = balintdesk(data_dir, *args, "--until", "2026-01-13")
    out = capsys.readouterr().out.splitlines()
    assert status == EXIT_NOT_MET
    assert out[0] == "Dr Ann Ames — Testprogramm: drei Sitzungen, bis 13. Januar 2026"
    assert out[1].startswith("  [noch nicht] ")
    assert out[-1] == "0 von 2 Bedingungen erfüllt."


def test_a_setting_changes_what_is_needed(data_dir: Path, capsys) -> None:
    assert balintdesk(data_dir, "rules", "set", "test-three", "sessions", "2") == EXIT_OK
    assert capsys.readouterr().out == "test-three: sessions is now 2.\n"
    with opened(data_dir):
        assert get_setting("rule_setting:test-three:sessions") == "2"
    balintdesk(data_dir, "requirements", "--member", "Dr Ann Ames", "--until", "2026-01-13")
    assert capsys.readouterr().out.splitlines()[1].startswith("  [met] 2 of 2 session")

    assert balintdesk(data_dir, "rules", "set", "test-three", "sessions", "9") == EXIT_USAGE
    err = capsys.readouterr().err
    assert err == "“sessions” must be a whole number from 2 to 5, not “9”.\n"
    assert balintdesk(data_dir, "--language", "de", "rules", "set", "test-three", "x", "2") == 2
    assert "hat keine Einstellung „x“" in capsys.readouterr().err


def test_rules_list_says_where_each_rule_is_from_and_which_files_cannot_be_read(
    data_dir: Path, capsys
) -> None:
    (data_dir / "rules" / "broken.toml").write_text("title = [", encoding="utf-8")
    status = balintdesk(data_dir, "rules", "list")
    out = capsys.readouterr().out
    assert status == EXIT_PROBLEMS
    own = data_dir.resolve() / "rules" / "test-three.toml"
    assert f"test-three: Test programme: three sessions (from {own})\n" in out
    assert "  sessions = 3 (Sessions needed; from 2 to 5)\n" in out
    assert "The rule file " in out and "broken.toml cannot be read: " in out


def test_an_unknown_member_or_rule_is_a_usage_error(data_dir: Path, capsys) -> None:
    assert balintdesk(data_dir, "requirements", "--member", "Nobody") == EXIT_USAGE
    assert capsys.readouterr().err == "There is no member called “Nobody”.\n"

    args = ("requirements", "--member", "Dr Ann Ames", "--rule", "nothing-such")
    assert balintdesk(data_dir, *args) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("There is no rule “nothing-such”; the rules are: ")
    assert "test-three (Test programme: three sessions)" in err

    assert balintdesk(data_dir, "requirements", "--member", "Dr Ben Bell") == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("Dr Ben Bell works toward no rule yet; name one with --rule: ")

    args = ("requirements", "--member", "Dr Ann Ames", "--until", "13/13/2026")
    assert balintdesk(data_dir, *args) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("--until: ")
