"""`balintdesk member set` and `balintdesk member show`: numbers checked (nothing changed
when one is wrong, exit 1), "" removes, a leader's recognition, and the member's own
record printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from balintdesk import i18n
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.store.identifiers import numbers_of

from ._cli_helpers import balintdesk, opened

EFN = "802760900123455"
GROUP = ["--group", "Riverside"]
ANN = [*GROUP, "--member", "Dr Ann Ames"]
LEE = [*GROUP, "--member", "Dr Lee Leader"]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        group = roster.create_group(
            "Riverside",
            MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 90, "Library"),
            dt.date(2026, 1, 6),
        )
        roster.add_member(group.id, MemberDraft("Dr Ann Ames", Role.GP, joined=dt.date(2026, 1, 6)))
        roster.add_member(group.id, MemberDraft("Dr Lee Leader", Role.GP, True))
    return folder


def stored(data_dir: Path, name: str) -> tuple[dict[str, str], str]:
    with opened(data_dir):
        member = next(m for m in roster.list_members(1) if m.name == name)
        return numbers_of(member.id), member.recognition


def test_set_keeps_the_numbers_normalised(data_dir, capsys):
    status = balintdesk(
        data_dir, "member", "set", *ANN, "--efn", "80276 0900 123455", "--gmc", "1234567"
    )
    assert status == 0
    assert capsys.readouterr().out == "Saved for Dr Ann Ames.\n"
    assert stored(data_dir, "Dr Ann Ames") == ({"efn": EFN, "gmc": "1234567"}, "")


def test_a_wrong_check_digit_changes_nothing_and_says_why(data_dir, capsys):
    assert balintdesk(data_dir, "member", "set", *ANN, "--gmc", "1234567") == 0
    capsys.readouterr()
    status = balintdesk(
        data_dir, "member", "set", *ANN, "--gmc", "7654321", "--efn", EFN[:-1] + "0"
    )
    assert status == 1
    out = capsys.readouterr().out
    assert out == (
        "--efn: This EFN's check digit is wrong: please check the number on the EFN card.\n"
        "Nothing was changed; correct the lines above and try again.\n"
    )
    assert stored(data_dir, "Dr Ann Ames") == ({"gmc": "1234567"}, "")


def test_every_kind_is_checked(data_dir, capsys):
    status = balintdesk(
        data_dir, "member", "set", *ANN, "--gmc", "123", "--big", "1234567890A",
        "--rpps", "10005173141",
    )  # fmt: skip
    assert status == 1
    out = capsys.readouterr().out
    assert "--gmc: A GMC reference number has 7 digits" in out
    assert "--big: A BIG number has 11 digits" in out
    assert "--rpps: This RPPS number's check digit is wrong" in out
    assert stored(data_dir, "Dr Ann Ames") == ({}, "")


def test_empty_removes_a_number(data_dir):
    balintdesk(data_dir, "member", "set", *ANN, "--big", "19012345601", "--rpps", "10005173140")
    assert balintdesk(data_dir, "member", "set", *ANN, "--big", "") == 0
    assert stored(data_dir, "Dr Ann Ames") == ({"rpps": "10005173140"}, "")


def test_a_leaders_recognition(data_dir, capsys):
    assert (
        balintdesk(data_dir, "member", "set", *LEE, "--recognition", "Ärztekammer Nordrhein") == 0
    )
    assert stored(data_dir, "Dr Lee Leader") == ({}, "Ärztekammer Nordrhein")
    assert balintdesk(data_dir, "member", "set", *LEE, "--recognition", "") == 0
    assert stored(data_dir, "Dr Lee Leader") == ({}, "")


def test_recognition_is_for_leaders_and_one_short_line(data_dir, capsys):
    assert balintdesk(data_dir, "member", "set", *ANN, "--recognition", "Ärztekammer") == 1
    assert "Dr Ann Ames is not a leader of Riverside" in capsys.readouterr().out
    assert balintdesk(data_dir, "member", "set", *LEE, "--recognition", "x" * 121) == 1
    assert "120 characters or fewer" in capsys.readouterr().out
    assert stored(data_dir, "Dr Lee Leader") == ({}, "")


def test_set_with_nothing_to_set_or_no_such_member(data_dir, capsys):
    assert balintdesk(data_dir, "member", "set", *ANN) == 2
    assert "Nothing to set" in capsys.readouterr().err
    assert balintdesk(data_dir, "member", "set", *GROUP, "--member", "Nobody", "--gmc", "1") == 2
    assert "There is no member called “Nobody” in Riverside." in capsys.readouterr().err
    assert balintdesk(data_dir, "member", "set", "--group", "Elsewhere", "--member", "X") == 2


def test_show_prints_the_members_own_record(data_dir, capsys):
    balintdesk(data_dir, "member", "set", *LEE, "--efn", EFN, "--recognition", "ÄK Nordrhein")
    capsys.readouterr()
    assert balintdesk(data_dir, "member", "show", *LEE) == 0
    out = capsys.readouterr().out
    assert out.startswith("Dr Lee Leader, Riverside\nRole: GP\nLeads the group.\n")
    assert f"EFN (uniform CME number): {EFN}\n" in out
    assert "Recognised as a Balint leader by: ÄK Nordrhein\n" in out
    assert balintdesk(data_dir, "member", "show", *ANN) == 0
    out = capsys.readouterr().out
    assert "No professional numbers recorded." in out and "Joined: 6 January 2026" in out


@pytest.fixture
def german():
    i18n.use_language("de")
    yield
    i18n.use_language(i18n.ENGLISH)


def test_show_in_german(data_dir, capsys, german):
    balintdesk(data_dir, "member", "set", *ANN, "--efn", EFN)
    capsys.readouterr()
    assert balintdesk(data_dir, "member", "show", *ANN) == 0
    out = capsys.readouterr().out
    assert "Beigetreten: 6. Januar 2026" in out
    assert f"EFN (Einheitliche Fortbildungsnummer): {EFN}" in out


def test_a_wrong_number_in_german(data_dir, capsys, german):
    assert balintdesk(data_dir, "member", "set", *ANN, "--efn", EFN[:-1] + "1") == 1
    out = capsys.readouterr().out
    assert out == (
        "--efn: Die Prüfziffer dieser EFN ist falsch: Bitte prüfen Sie die Nummer auf dem "
        "Fortbildungsausweis.\n"
        "Es wurde nichts geändert; korrigieren Sie die Zeilen oben und versuchen Sie es erneut.\n"
    )
