"""Who led and co-led, on the Meeting page's check-in: read off who came until someone
chooses, chosen with the keyboard and saved at once, refused with a sentence (and not
saved) while it cannot be right, and saved with the record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.store.leaders import recorded_leaders
from balintdesk.store.models import Meeting, MeetingStatus, Member
from balintdesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 3, 3)  # a Tuesday, and the group's meeting day
PATTERN = MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room")
SIOBHAN = "Dr Siobhán Ó Ceallaigh"
MARCUS = "Dr Marcus Webb"


@pytest.fixture
def window(qtbot, db, data_dir):
    group = roster.create_group("Riverside", PATTERN, TODAY)
    joined = dt.date(2025, 9, 1)
    for name in (SIOBHAN, MARCUS):
        roster.add_member(group.id, MemberDraft(name, Role.GP, True, joined=joined))
    for name in ("Dr Ann", "Dr Ben"):
        roster.add_member(group.id, MemberDraft(name, Role.GP, joined=joined))
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.MEETING)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def member_id(name: str) -> int:
    return Member.get(Member.name == name).id


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def click_present(qtbot, page, name: str) -> None:
    button = page.check_in.rows[member_id(name)].buttons["present"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, combo, text: str) -> None:
    """Pick `text` with the keyboard, as a leader would: focus, then arrow keys."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, f"{text!r} not offered"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_the_leaders_are_offered_then_nobody(window):
    picker = window.meeting_page.leader_picker
    assert items(picker.leader_combo) == [MARCUS, SIOBHAN, "—"]
    assert items(picker.co_leader_combo) == [MARCUS, SIOBHAN, "—"]
    assert (picker.leader_combo.currentText(), picker.co_leader_combo.currentText()) == (
        "—",
        "—",
    ), "nobody has come yet"
    labels = {label.text(): label.buddy() for label in picker.findChildren(QLabel)}
    assert labels["&Led by"] is picker.leader_combo, "Alt+L reaches it"
    assert labels["C&o-led by"] is picker.co_leader_combo


def test_read_off_who_came_and_saved_with_the_record(qtbot, window):
    page = window.meeting_page
    picker = page.leader_picker
    click_present(qtbot, page, SIOBHAN)
    assert picker.leader_combo.currentText() == SIOBHAN
    assert picker.co_leader_combo.currentText() == "—"
    click_present(qtbot, page, MARCUS)
    # Two leaders came: by name, Marcus led and Siobhán co-led.
    assert (picker.leader_combo.currentText(), picker.co_leader_combo.currentText()) == (
        MARCUS,
        SIOBHAN,
    )
    meeting_id = page.meeting.id
    assert recorded_leaders(meeting_id) == (None, None), "shown, not yet recorded"
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert Meeting.get_by_id(meeting_id).status == MeetingStatus.HELD
    assert recorded_leaders(meeting_id) == (member_id(MARCUS), member_id(SIOBHAN))


def test_a_choice_saves_at_once_and_outlasts_the_check_in(qtbot, window):
    page = window.meeting_page
    picker = page.leader_picker
    for name in (SIOBHAN, MARCUS):
        click_present(qtbot, page, name)
    meeting_id = page.meeting.id
    choose(qtbot, picker.co_leader_combo, "—")
    assert recorded_leaders(meeting_id) == (member_id(MARCUS), None), "saved at once"
    choose(qtbot, picker.leader_combo, SIOBHAN)
    choose(qtbot, picker.co_leader_combo, MARCUS)
    assert recorded_leaders(meeting_id) == (member_id(SIOBHAN), member_id(MARCUS))
    # Marcus marked absent afterwards: the choice stands, it is not read off again.
    qtbot.mouseClick(
        page.check_in.rows[member_id(MARCUS)].buttons["absent"], Qt.MouseButton.LeftButton
    )
    assert picker.co_leader_combo.currentText() == MARCUS
    choose(qtbot, picker.co_leader_combo, "—")  # passes Siobhán on the way: refused, then fine
    assert not picker.problem.isVisible()
    assert recorded_leaders(meeting_id) == (member_id(SIOBHAN), None)
    page.refresh()
    assert (picker.leader_combo.currentText(), picker.co_leader_combo.currentText()) == (
        SIOBHAN,
        "—",
    )


def test_one_person_in_both_boxes_is_refused_and_not_saved(qtbot, window):
    page = window.meeting_page
    picker = page.leader_picker
    for name in (SIOBHAN, MARCUS):
        click_present(qtbot, page, name)
    choose(qtbot, picker.co_leader_combo, "—")
    picker.co_leader_combo.setFocus()
    qtbot.keyClick(picker.co_leader_combo, Qt.Key.Key_Home)  # Marcus, who leads already
    assert picker.co_leader_combo.currentText() == MARCUS, "the pick stays on screen"
    assert picker.problem.text() == (
        "The same person cannot lead and co-lead; choose someone else."
    )
    assert recorded_leaders(page.meeting.id) == (member_id(MARCUS), None), "not saved"
    choose(qtbot, picker.leader_combo, SIOBHAN)
    assert not picker.problem.isVisible()
    assert recorded_leaders(page.meeting.id) == (member_id(SIOBHAN), member_id(MARCUS))


def test_a_co_leader_without_a_leader_is_refused_with_a_sentence(qtbot, window):
    page = window.meeting_page
    picker = page.leader_picker
    choose(qtbot, picker.co_leader_combo, MARCUS)
    assert picker.problem.isVisible()
    assert picker.problem.text() == "Choose who led before choosing who co-led."
    assert recorded_leaders(page.meeting.id) == (None, None)
    assert not page.record(), "the record is refused with the same sentence"
    assert "Choose who led before choosing who co-led." in page.record_status.text()
    choose(qtbot, picker.leader_combo, SIOBHAN)
    assert not picker.problem.isVisible()
    assert recorded_leaders(page.meeting.id) == (member_id(SIOBHAN), member_id(MARCUS))


def test_not_ahead_of_the_day(qtbot, window):
    page = window.meeting_page
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert page.state_label.text() == "In 14 days"
    assert not page.leader_picker.leader_combo.isEnabled()
    assert not page.leader_picker.co_leader_combo.isEnabled()


def test_an_archived_leader_stays_on_the_record(qtbot, window):
    page = window.meeting_page
    picker = page.leader_picker
    for name in (SIOBHAN, MARCUS):
        click_present(qtbot, page, name)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    roster.archive_member(member_id(MARCUS))
    page.refresh()
    # Offered because recorded here, after the active leaders.
    assert items(picker.leader_combo) == [SIOBHAN, MARCUS, "—"]
    assert picker.leader_combo.currentText() == MARCUS
