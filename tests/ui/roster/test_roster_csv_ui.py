"""CSV import and export from the Roster page: preview, confirm, all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.store.models import Member
from balintdesk.ui.common.import_dialog import CsvImportDialog
from balintdesk.ui.roster.page import RosterPage

from ...conftest import pattern_without_a_meeting_today


@pytest.fixture
def page(qtbot, db):
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Marcus Webb", Role.GP, True))
    widget = RosterPage()
    qtbot.addWidget(widget)
    widget.set_group(group.id)
    widget.show()
    return widget


def write(tmp_path: Path, text: str, name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return path


def test_import_previews_then_adds_and_updates_on_confirm(qtbot, page, tmp_path):
    path = write(
        tmp_path,
        "Name,Role,Leader,Email,Joined\r\n"
        '"Patel, Anjali (Dr)",GP trainee,no,anjali@example.org,03/09/2024\r\n'
        "DR MARCUS WEBB,GP,yes,marcus@example.org,2021-09-07\r\n",
    )
    page.open_import_dialog(path)
    dialog = page.active_dialog
    assert isinstance(dialog, CsvImportDialog)
    preview = dialog.preview
    rows = [
        [preview.item(row, column).text() for column in range(4)]
        for row in range(preview.rowCount())
    ]
    assert [row[:3] for row in rows] == [
        ["2", "Add", "Patel, Anjali (Dr)"],
        ["3", "Update", "Dr Marcus Webb"],  # matched whatever the capitals; spelling kept
    ]
    # Every change is spelt out before anything is written.
    today = dt.date.today().isoformat()
    assert rows[1][3] == f"email: (none) → marcus@example.org; joined: {today} → 2021-09-07"
    assert "1 new, 1 to update" in dialog.explanation.text()
    assert Member.select().count() == 1, "nothing changes before the user confirms"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert Member.select().count() == 2, "the existing member is updated, not duplicated"
    marcus = Member.get(Member.name_key == "dr marcus webb")
    assert marcus.email == "marcus@example.org"
    anjali = Member.get(Member.name == "Patel, Anjali (Dr)")
    assert (anjali.role, anjali.joined.isoformat()) == ("gp_trainee", "2024-09-03")
    assert "1 added, 1 updated" in page.status_label.text()
    assert page.proxy.rowCount() == 2


def test_a_bad_file_names_every_bad_line_and_imports_nothing(qtbot, page, tmp_path):
    path = write(
        tmp_path,
        "name,role,leader,joined\n"
        "Dr Good Person,GP,no,2024-01-01\n"
        "Dr Bad Date,GP,no,31/02/2024\n"
        ",GP,no,2024-01-01\n"
        "Dr Bad Leader,GP,perhaps,2024-01-01\n",
    )
    before = list(Member.select().dicts())
    page.open_import_dialog(path)
    dialog = page.active_dialog
    errors = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    assert [e.split(":")[0] for e in errors] == ["Line 3", "Line 4", "Line 5"]
    assert "Nothing has been imported" in dialog.explanation.text()
    assert not dialog.import_button.isEnabled()
    assert list(Member.select().dicts()) == before


def test_an_unreadable_file_gets_a_sentence_not_a_crash(qtbot, page, tmp_path):
    page.open_import_dialog(tmp_path / "missing.csv")
    dialog = page.active_dialog
    assert "could not be read" in dialog.error_list.item(0).text()
    assert not dialog.import_button.isEnabled()


def test_export_writes_the_roster_as_csv(page, tmp_path):
    target = tmp_path / "out.csv"
    assert page.export_to(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads accents right"
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == "name,role,leader,email,joined"
    assert "Dr Marcus Webb,GP,yes," in text
    assert "exported" in page.status_label.text()


def test_export_to_an_unwritable_place_says_so(page, tmp_path):
    target = tmp_path / "no-such-folder" / "out.csv"
    assert not page.export_to(target)
    assert "could not be saved" in page.status_label.text()
    assert not target.exists()


def test_the_preview_says_how_a_role_was_read(qtbot, page, tmp_path):
    path = write(
        tmp_path,
        "name,role\nDr Reg Istrar,GP registrar\nSam Sister,Practice nurse\nDr Plain,GP\n",
    )
    page.open_import_dialog(path)
    preview = page.active_dialog.preview
    notes = {preview.item(row, 2).text(): preview.item(row, 3).text() for row in range(3)}
    assert notes == {
        "Dr Reg Istrar": 'role "GP registrar" read as GP trainee',
        "Sam Sister": 'role "Practice nurse" read as Nurse',
        "Dr Plain": "",  # a role's own name needs no word
    }
