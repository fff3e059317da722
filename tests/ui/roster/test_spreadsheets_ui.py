"""The window's part of issue 14: the import preview says how a file was read (encoding,
separator) and lets the user choose another encoding; the member dialog refuses a name
that looks the same as a member's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.store.models import Member
from balintdesk.ui.common.import_dialog import CsvImportDialog
from balintdesk.ui.roster.member_dialog import MemberDialog
from balintdesk.ui.roster.page import RosterPage

from ...conftest import pattern_without_a_meeting_today

ZOE = "Dr Zoë François"
GERMAN_ROSTER = (
    "name;role;leader;email;joined\r\n"
    "Dr Zoë François;GP;yes;zoe@example.org;03.09.2024\r\n"
    "Jürgen Weiß;Nurse;no;;3-9-2024\r\n"
    "Renée Müller-Côté;GP trainee;;;01.02.2025\r\n"
)


@pytest.fixture
def page(qtbot, db):
    group = roster.create_group("Praxis am Markt", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft(ZOE, Role.GP, True))
    widget = RosterPage()
    qtbot.addWidget(widget)
    widget.set_group(group.id)
    widget.show()
    return widget


def preview_names(dialog: CsvImportDialog) -> list[str]:
    return [dialog.preview.item(row, 2).text() for row in range(dialog.preview.rowCount())]


def test_the_preview_names_the_encoding_and_separator_found(qtbot, page, tmp_path: Path):
    path = tmp_path / "Mitglieder.csv"
    path.write_bytes(GERMAN_ROSTER.encode("cp1252"))
    page.open_import_dialog(path)
    dialog = page.active_dialog
    assert isinstance(dialog, CsvImportDialog)
    assert dialog.file_format.text() == (
        "Read as Windows-1252 (older Excel “CSV”), columns separated by semicolons."
    )
    assert dialog.encoding_choice.currentIndex() == 0  # found from the file
    assert preview_names(dialog) == [ZOE, "Jürgen Weiß", "Renée Müller-Côté"]
    # Dates read day first, said in words: 3-9-2024 is 3 September.
    assert dialog.preview.item(1, 3).text() == "joined Tue 3 Sep 2024"
    assert dialog.import_button.isEnabled()
    _grab(dialog, "import-preview-cp1252-semicolons.png")

    # The user who sees wrong letters picks another encoding; the preview reads again.
    dialog.encoding_choice.setCurrentIndex(
        dialog.encoding_choice.findText("Mac Roman (Excel for Mac)")
    )
    assert dialog.file_format.text().startswith("Read as Mac Roman (Excel for Mac)")
    assert "J¸rgen Weiﬂ" in preview_names(dialog)
    # And UTF-8, which these bytes are not, is refused at the first line it cannot read.
    dialog.encoding_choice.setCurrentIndex(dialog.encoding_choice.findText("UTF-8"))
    assert dialog.error_list.item(0).text().startswith("Line 2: The file cannot be read as UTF-8")
    assert not dialog.import_button.isEnabled()
    dialog.encoding_choice.setCurrentIndex(0)
    assert dialog.import_button.isEnabled() and dialog.preview.isVisible()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(m.name for m in Member.select()) == sorted(
        [ZOE, "Jürgen Weiß", "Renée Müller-Côté"]
    ), "Dr Zoë François is updated, not added twice"


def test_a_garbled_name_in_the_preview_shows_the_likely_right_one(page, tmp_path: Path):
    path = tmp_path / "old.csv"
    path.write_bytes(f"name\nDr ZoÃ« FranÃ§ois\nDr Zоë François\n{'x' * 5000}\0\n".encode())
    page.open_import_dialog(path)
    dialog = page.active_dialog
    assert dialog.error_list.item(0).text() == (
        "Line 4: The file contains NUL bytes, so it is not CSV text; save the spreadsheet "
        "as CSV and import that file."
    )
    path.write_bytes(f"name\nDr ZoÃ« FranÃ§ois\nDr Zоë François\n{'x' * 5000}\n".encode())
    page.open_import_dialog(path)
    dialog = page.active_dialog
    errors = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    assert len(errors) == 2, "line 3 looks like Dr Zoë François: it would update her"
    assert errors[0].startswith("Line 2: “Dr ZoÃ« FranÃ§ois” looks garbled")
    assert f"It is probably “{ZOE}”" in errors[0]
    assert errors[1] == "Line 4: A name can be at most 120 characters long."
    assert not dialog.import_button.isEnabled()
    _grab(dialog, "import-errors-garbled-look-alike.png")


@pytest.mark.parametrize("variant", ["Dr Zоë François", "Ｄr Zoë François", ZOE + "\u034f"])
def test_the_member_dialog_refuses_a_look_alike_name(qtbot, page, variant: str):
    page.open_add_dialog()
    dialog = page.active_dialog
    assert isinstance(dialog, MemberDialog)
    dialog.name_edit.setText(variant)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "a look-alike name keeps the dialog open"
    error = dialog.fields["name"].error
    assert error.isVisible() and ZOE in error.text()
    assert Member.select().count() == 1


def _grab(dialog: CsvImportDialog, name: str) -> None:
    """With BALINTDESK_SHOTS=FOLDER, the dialog as the user sees it, for a person to look at."""
    folder = os.environ.get("BALINTDESK_SHOTS")
    if folder:
        dialog.resize(900, 520)
        assert dialog.grab().save(str(Path(folder) / name))
