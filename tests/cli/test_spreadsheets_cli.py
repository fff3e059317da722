"""`roster import` and `history import` with the spreadsheets people have: the encoding
found (or given with --encoding) is named in the output, look-alike and garbled names
never become new members (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from balintdesk.store.models import Attendance, Member

from ._cli_helpers import balintdesk, opened

ZOE = "Dr Zoë François"
CYRILLIC_ZOE = "Dr Zоë François"  # a Cyrillic о: looks the same


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def names(data_dir: Path) -> list[str]:
    with opened(data_dir):
        return [m.name for m in Member.select().order_by(Member.id)]


def test_windows_1252_semicolons_are_read_and_named(tmp_path: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    text = f"name;role;joined\r\n{ZOE};GP;03.09.2024\r\nJürgen Weiß;Nurse;3-9-2024\r\n"
    path = write(tmp_path, "Mitglieder.csv", text.encode("cp1252"))
    assert balintdesk(data_dir, "roster", "import", path, "--group", "Praxis") == 0
    assert capsys.readouterr().out.splitlines() == [
        "Read Mitglieder.csv as Windows-1252 (older Excel “CSV”), columns separated by semicolons.",
        "Added 2, updated 0, unchanged 0 members of Praxis.",
    ]
    assert names(data_dir) == [ZOE, "Jürgen Weiß"]
    with opened(data_dir):
        assert {m.joined for m in Member.select()} == {dt.date(2024, 9, 3)}


def test_encoding_option_reads_mac_roman_and_refuses_an_unknown_name(tmp_path, capsys) -> None:
    data_dir = tmp_path / "data"
    path = write(tmp_path, "mac.csv", f"name\r{ZOE}\r".encode("mac_roman"))
    assert (
        balintdesk(data_dir, "roster", "import", path, "--group", "G", "--encoding", "macroman")
        == 0
    )
    assert capsys.readouterr().out.splitlines()[0] == (
        "Read mac.csv as Mac Roman (Excel for Mac), columns separated by commas."
    )
    assert names(data_dir) == [ZOE]
    assert (
        balintdesk(data_dir, "roster", "import", path, "--group", "G", "--encoding", "ebcdic-x")
        == 2
    )
    err = capsys.readouterr().err
    assert "--encoding “ebcdic-x” is not an encoding BalintDesk knows" in err
    assert "Traceback" not in err


def test_a_look_alike_name_updates_the_member_instead_of_adding_one(tmp_path, capsys) -> None:
    data_dir = tmp_path / "data"
    first = write(tmp_path, "a.csv", f"name,role\n{ZOE},GP\n".encode())
    again = write(tmp_path, "b.csv", f"name,role\n{CYRILLIC_ZOE}\u200b,Nurse\n".encode())
    assert balintdesk(data_dir, "roster", "import", first, "--group", "G") == 0
    assert balintdesk(data_dir, "roster", "import", again, "--group", "G") == 0
    assert "Added 0, updated 1, unchanged 0" in capsys.readouterr().out
    assert names(data_dir) == [ZOE]


def test_a_garbled_name_is_refused_with_the_likely_right_one(tmp_path, capsys) -> None:
    data_dir = tmp_path / "data"
    path = write(tmp_path, "old.csv", "name\nDr ZoÃ« FranÃ§ois\n".encode())
    assert balintdesk(data_dir, "roster", "import", path, "--group", "G") == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("Line 2: “Dr ZoÃ« FranÃ§ois” looks garbled")
    assert f"It is probably “{ZOE}”" in err[0]
    assert err[-1] == "Nothing was imported; correct the lines above and try again."
    assert names(data_dir) == []


def test_history_from_excel_unicode_text(tmp_path, capsys) -> None:
    data_dir = tmp_path / "data"
    roster = write(tmp_path, "r.csv", f"name\n{ZOE}\n".encode())
    assert balintdesk(data_dir, "roster", "import", roster, "--group", "G") == 0
    past = dt.date.today() - dt.timedelta(days=14)
    text = f"date\tname\tstatus\r\n{past:%d.%m.%Y}\t{CYRILLIC_ZOE}\tpresent\r\n"
    path = write(tmp_path, "history.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    capsys.readouterr()
    assert balintdesk(data_dir, "history", "import", path, "--group", "G") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "Read history.txt as UTF-16 (Excel's “Unicode Text”), columns separated by tabs."
    )
    with opened(data_dir):
        assert Attendance.select().count() == 1


def test_a_file_of_nul_bytes_is_one_short_line(tmp_path, capsys) -> None:
    path = write(tmp_path, "zeros.csv", b"\0" * 65_000)
    assert balintdesk(tmp_path / "data", "roster", "import", path, "--group", "G") == 1
    err = capsys.readouterr().err
    assert len(err) < 300 and "\0" not in err
    assert err.startswith("Line 1: The file contains NUL bytes")


@pytest.mark.parametrize("asked", [ZOE, CYRILLIC_ZOE, "dr zoë françois\u200b"])
def test_exports_find_a_member_by_a_look_alike_name(db, asked: str) -> None:
    from balintdesk.cli.exports.arguments import existing_member
    from balintdesk.domain.group import MeetingPattern
    from balintdesk.domain.roster import MemberDraft
    from balintdesk.store.roster import add_member, create_group

    group = create_group("G", MeetingPattern())
    zoe = add_member(group.id, MemberDraft(ZOE))
    assert existing_member(asked, group).id == zoe.id
    assert existing_member(asked, None).id == zoe.id
