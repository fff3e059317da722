"""The Meeting page as a leader uses it before, during and after a meeting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import meetings, roster
from balintdesk.store import rota as rota_service
from balintdesk.store.models import Attendance, Meeting, MeetingStatus, Member
from balintdesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 3, 3)  # a Tuesday, and the group's meeting day
PATTERN = MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room")


@pytest.fixture
def window(qtbot, db, data_dir):
    group = roster.create_group("Riverside", PATTERN, TODAY)
    joined = dt.date(2025, 9, 1)
    roster.add_member(group.id, MemberDraft("Dr Leader", Role.GP, True, joined=joined))
    for name in ("Dr Ann", "Dr Ben", "Dr Cara", "Dr Dev"):
        roster.add_member(group.id, MemberDraft(name, Role.GP, joined=joined))
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.MEETING)
    return main


def member(name: str) -> Member:
    return Member.get(Member.name == name)


def due_text(window: MainWindow) -> str:
    return window.meeting_page.due_label.text()


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def test_shows_the_next_meeting_and_who_is_due_with_the_reason(window):
    page = window.meeting_page
    assert page.when_label.text() == "Tuesday 3 March 2026, 12:30–13:45 · Seminar room"
    assert page.state_label.text() == "Today"
    # Equal standing: the name decides, and the leader is not on the rota.
    assert "<b>Dr Ann</b>" in due_text(window)
    assert "has not presented yet, joined September 2025" in due_text(window)
    assert "Reserve: <b>Dr Ben</b>" in due_text(window)
    assert "Dr Leader" not in due_text(window)


def test_check_in_is_one_click_and_saves_at_once(qtbot, window):
    page = window.meeting_page
    ann = page.check_in.rows[member("Dr Ann").id]
    qtbot.mouseClick(ann.buttons["present"], Qt.MouseButton.LeftButton)
    meeting = page.meeting
    assert meetings.attendance_for(meeting.id) == {member("Dr Ann").id: "present"}
    qtbot.mouseClick(ann.buttons["absent"], Qt.MouseButton.LeftButton)
    assert meetings.attendance_for(meeting.id) == {member("Dr Ann").id: "absent"}
    assert not ann.buttons["present"].isChecked()
    # A second click on the chosen answer takes it back.
    qtbot.mouseClick(ann.buttons["absent"], Qt.MouseButton.LeftButton)
    assert meetings.attendance_for(meeting.id) == {}
    assert "Present 0 · Apologies 0 · Absent 0" in page.record_status.text()


def test_apologies_ahead_of_time_move_the_rota_for_that_meeting(qtbot, window):
    page = window.meeting_page
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert page.when_label.text().startswith("Tuesday 17 March 2026")
    assert page.state_label.text() == "In 14 days"
    row = page.check_in.rows[member("Dr Ben").id]
    assert not row.buttons["present"].isEnabled(), "only apologies can be given ahead"
    assert not page.record_button.isEnabled()
    # Ann is planned for today, so Ben is due on the 17th until he sends apologies.
    assert "<b>Dr Ben</b>" in due_text(window)
    qtbot.mouseClick(row.buttons["apologies"], Qt.MouseButton.LeftButton)
    assert meetings.attendance_for(page.meeting.id) == {member("Dr Ben").id: "apologies"}
    assert "<b>Dr Ben</b>" not in due_text(window)
    assert "<b>Dr Cara</b>" in due_text(window)
    # The Rota page shows the same.
    window.show_page(MainWindow.ROTA)
    table = window.rota_page.plan_table
    assert table.item(1, 1).text() == "Dr Cara"


def test_a_volunteer_presents_and_the_planned_member_keeps_priority(qtbot, window):
    page = window.meeting_page
    for name in ("Dr Ann", "Dr Ben", "Dr Cara"):
        qtbot.mouseClick(
            page.check_in.rows[member(name).id].buttons["present"], Qt.MouseButton.LeftButton
        )
    combo = page.presenter_combos[0]
    assert combo.currentText() == "Dr Ann", "the planned presenter is the default"
    combo.setCurrentIndex(combo.findText("Dr Cara"))  # Cara volunteered
    page.theme_combo.setCurrentIndex(page.theme_combo.findText("the angry patient"))
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)

    held = Meeting.get(Meeting.local_date == TODAY)
    assert held.status == MeetingStatus.HELD
    assert held.theme == "the angry patient"
    presented = [a.member.name for a in Attendance.select().where(Attendance.presented)]
    assert presented == ["Dr Cara"]
    # Ann was planned but did not present: she is first at the next meeting.
    next_plan = rota_service.plan(window.group_id, 1, TODAY + dt.timedelta(days=1))[0][1]
    assert next_plan.presenters[0].name == "Dr Ann"
    assert "Recorded" in page.record_status.text()
    # After saving, the page says what was recorded, not something that reads as an error.
    assert due_text(window) == "Recorded: Dr Cara presented."
    assert "not in the rota" not in due_text(window)


def test_theme_is_chosen_from_the_list_never_typed(qtbot, window):
    page = window.meeting_page
    assert not page.theme_combo.isEditable(), "no free text: nothing of a patient can go in"
    hint_texts = " ".join(label.text() for label in page.findChildren(type(page.state_label)))
    assert "Never record a patient's name, age or details" in hint_texts
    qtbot.mouseClick(page.themes_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    activate(qtbot, dialog)
    dialog.text_edit.setPlainText("the angry patient\nthe silent patient\n")
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert meetings.themes(window.group_id) == ["the angry patient", "the silent patient"]
    assert [page.theme_combo.itemText(i) for i in range(page.theme_combo.count())] == [
        "(no theme)",
        "the angry patient",
        "the silent patient",
    ]


def test_cancel_then_restore_a_meeting(qtbot, window):
    page = window.meeting_page
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.reason_edit, "Bank holiday")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    meeting = Meeting.get(Meeting.local_date == TODAY)
    assert (meeting.status, meeting.cancel_reason) == (MeetingStatus.CANCELLED, "Bank holiday")
    assert page.state_label.text() == "Cancelled: Bank holiday"
    assert not page.check_in.rows[member("Dr Ann").id].buttons["present"].isEnabled()
    # The rota flows on: Ann is now due at the next meeting.
    window.show_page(MainWindow.ROTA)
    assert window.rota_page.plan_table.item(0, 1).text() == "No meeting"
    assert window.rota_page.plan_table.item(1, 1).text() == "Dr Ann"
    window.show_page(MainWindow.MEETING)
    assert page.cancel_button.text() == "Restore meeting"
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert Meeting.get_by_id(meeting.id).status == MeetingStatus.PLANNED


def test_move_a_meeting_to_another_day(qtbot, window):
    page = window.meeting_page
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    activate(qtbot, dialog)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(2))  # Tuesday to Thursday
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.when_label.text().startswith("Thursday 19 March 2026, 12:30")


def test_two_cases_a_meeting_shows_two_presenters(qtbot, window):
    meetings.set_rota_options(window.group_id, 2, False)
    window.meeting_page.refresh()
    page = window.meeting_page
    assert "<b>Dr Ann</b>" in due_text(window) and "<b>Dr Ben</b>" in due_text(window)
    assert page.presenter_combos[1].isVisible()
    assert page.presenter_combos[1].currentText() == "Dr Ben"
    page.presenter_combos[1].setCurrentIndex(page.presenter_combos[1].findText("Dr Ann"))
    assert not page.record(), "the same person twice is refused"
    assert "chosen twice" in page.record_status.text()
