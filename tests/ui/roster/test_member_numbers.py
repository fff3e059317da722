"""The member dialog's professional numbers: a wrong number gets its sentence beside it
and nothing is saved; a right one is saved with the member; the group's country's
numbers come first; a leader's recognition shows for a leader only; in German too, and
the whole dialog still fits a 1280×720 screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from balintdesk import i18n
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import roster
from balintdesk.store.group_country import set_country
from balintdesk.store.identifiers import numbers_of, set_numbers, set_recognition
from balintdesk.store.models import Member, MemberIdentifier
from balintdesk.ui.common.forms import TITLE_BAR_ALLOWANCE, fit_to_contents
from balintdesk.ui.common.style import apply_style
from balintdesk.ui.roster.member_dialog import MemberDialog

EFN = "802760900123455"
WRONG_EFN = "802760900123450"
ROOM = QSize(1280 - 8, 720 - TITLE_BAR_ALLOWANCE)


def make_group(country: str) -> int:
    group = roster.create_group(
        "Riverside",
        MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 90, "Library"),
        dt.date(2026, 1, 6),
    )
    set_country(group.id, country)
    return group.id


@pytest.fixture
def german(qapp):
    i18n_qt.install("de")
    yield
    i18n_qt.install(i18n.ENGLISH)


def open_dialog(qtbot, group_id: int, member: Member | None = None) -> MemberDialog:
    dialog = MemberDialog(group_id, member)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_wrong_efn_gets_its_sentence_and_nothing_is_saved(qtbot, db):
    group_id = make_group("DE")
    dialog = open_dialog(qtbot, group_id)
    dialog.name_edit.setText("Dr Anna Müller")
    qtbot.keyClicks(dialog.numbers.edits["efn"], "80276 0900 12345 0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved_member is None
    error = dialog.numbers.fields["efn"].error
    assert error.isVisible()
    assert error.text() == (
        "This EFN's check digit is wrong: please check the number on the EFN card."
    )
    assert dialog.numbers.edits["efn"].property("invalid") is True
    assert Member.select().count() == 0 and MemberIdentifier.select().count() == 0
    # Put right, it is saved with the member, as stored: digits only.
    qtbot.keyClick(dialog.numbers.edits["efn"], Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.numbers.edits["efn"], "5")
    assert not error.isVisible()  # the sentence goes as the field is corrected
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_member is not None
    assert numbers_of(dialog.saved_member.id) == {"efn": EFN}


def test_a_bad_name_and_a_good_number_save_neither(qtbot, db):
    group_id = make_group("GB")
    roster.add_member(group_id, MemberDraft("Dr Ann Ames", Role.GP))
    dialog = open_dialog(qtbot, group_id)
    dialog.name_edit.setText("dr ann ames")  # taken
    dialog.numbers.edits["gmc"].setText("1234567")
    dialog._save()
    assert dialog.saved_member is None and dialog.fields["name"].error.isVisible()
    assert MemberIdentifier.select().count() == 0 and Member.select().count() == 1


def test_editing_shows_the_numbers_and_empty_removes_one(qtbot, db):
    group_id = make_group("GB")
    ann = roster.add_member(group_id, MemberDraft("Dr Ann Ames", Role.GP))
    set_numbers(ann.id, {"gmc": "1234567", "big": "19012345601"})
    dialog = open_dialog(qtbot, group_id, ann)
    assert dialog.numbers.edits["gmc"].text() == "1234567"
    # A number of another country is there, so the other numbers are open to see it.
    assert dialog.numbers.others_toggle.isChecked()
    assert dialog.numbers.edits["big"].isVisible()
    dialog.numbers.edits["big"].clear()
    dialog._save()
    assert numbers_of(ann.id) == {"gmc": "1234567"}


def test_the_groups_country_comes_first_the_others_behind_a_toggle(qtbot, db):
    dialog = open_dialog(qtbot, make_group("NL"))
    panel = dialog.numbers
    assert panel.edits["big"].isVisible()
    assert not panel.edits["efn"].isVisible() and not panel.edits["rpps"].isVisible()
    assert panel.edits["big"].placeholderText() == "11 digits, as on the BIG register"
    qtbot.mouseClick(panel.others_toggle, Qt.MouseButton.LeftButton)
    assert all(panel.edits[key].isVisible() for key in ("efn", "gmc", "rpps"))


def test_an_error_in_a_hidden_number_opens_the_other_numbers(qtbot, db):
    dialog = open_dialog(qtbot, make_group("GB"))
    dialog.name_edit.setText("Dr Ann Ames")
    dialog.numbers.edits["rpps"].setText("10005173141")  # hidden, typed before: a wrong key
    dialog._save()
    assert dialog.saved_member is None
    assert dialog.numbers.edits["rpps"].isVisible()
    assert dialog.numbers.fields["rpps"].error.isVisible()


def test_a_group_with_no_numbers_of_its_own_shows_them_all(qtbot, db):
    dialog = open_dialog(qtbot, make_group("IT"))
    assert not dialog.numbers.others_toggle.isVisible()
    assert all(edit.isVisible() for edit in dialog.numbers.edits.values())


def test_recognition_is_for_a_leader_only(qtbot, db):
    group_id = make_group("DE")
    dialog = open_dialog(qtbot, group_id)
    recognition = dialog.numbers.recognition_edit
    assert not recognition.isVisible()
    dialog.leader_check.setChecked(True)
    assert recognition.isVisible()
    assert recognition.accessibleName() == "Recognised as a Balint leader by"
    dialog.name_edit.setText("Dr Lee Leader")
    recognition.setText("Ärztekammer  Nordrhein")
    dialog._save()
    assert dialog.saved_member.recognition == "Ärztekammer Nordrhein"
    assert roster.get_member(dialog.saved_member.id).recognition == "Ärztekammer Nordrhein"


def test_a_non_leaders_hidden_recognition_is_not_saved(qtbot, db):
    group_id = make_group("DE")
    dialog = open_dialog(qtbot, group_id)
    dialog.name_edit.setText("Dr Ann Ames")
    dialog.leader_check.setChecked(True)
    dialog.numbers.recognition_edit.setText("Ärztekammer Nordrhein")
    dialog.leader_check.setChecked(False)
    dialog._save()
    assert roster.get_member(dialog.saved_member.id).recognition == ""


def test_a_leaders_recognition_is_loaded_and_kept(qtbot, db):
    group_id = make_group("DE")
    lee = roster.add_member(group_id, MemberDraft("Dr Lee Leader", Role.GP, True))
    set_recognition(lee.id, "Ärztekammer Westfalen-Lippe")
    dialog = open_dialog(qtbot, group_id, lee)
    assert dialog.numbers.recognition_edit.text() == "Ärztekammer Westfalen-Lippe"
    dialog._save()
    assert roster.get_member(lee.id).recognition == "Ärztekammer Westfalen-Lippe"


def test_in_german_with_the_german_sentence(qtbot, db, german):
    dialog = open_dialog(qtbot, make_group("DE"))
    assert dialog.findChild(type(dialog.numbers.others_toggle), "otherNumbersToggle").text() == (
        "Weitere Nummern…"
    )
    dialog.name_edit.setText("Dr Anna Müller")
    dialog.numbers.edits["efn"].setText(WRONG_EFN)
    dialog._save()
    assert dialog.numbers.fields["efn"].error.text() == (
        "Die Prüfziffer dieser EFN ist falsch: Bitte prüfen Sie die Nummer auf dem "
        "Fortbildungsausweis."
    )
    assert dialog.numbers.edits["efn"].placeholderText().startswith("15 Ziffern")


def test_the_fullest_dialog_fits_1280_by_720_in_german(qtbot, db, german):
    """A leader, every number shown, two of them wrong: the tallest this dialog gets."""
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_style(app)
    try:
        group_id = make_group("DE")
        lee = roster.add_member(group_id, MemberDraft("Dr Lee Leader", Role.GP, True))
        dialog = open_dialog(qtbot, group_id, lee)
        dialog.numbers.others_toggle.setChecked(True)
        dialog.numbers.edits["efn"].setText("80276")
        dialog.numbers.edits["gmc"].setText("12345")
        dialog.numbers.recognition_edit.setText("Ärztekammer Nordrhein")
        dialog._save()
        dialog.resize(dialog.minimumSize())
        fit_to_contents(dialog, ROOM)
        smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert dialog.size().boundedTo(ROOM) == dialog.size(), dialog.size()
        assert smallest.boundedTo(ROOM) == smallest, smallest
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
