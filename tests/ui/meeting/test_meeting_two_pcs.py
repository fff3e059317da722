"""The Meeting page and the member dialog when another PC changes the same group: a save
that would lose the other's change is refused with a sentence, and the page shows what is
stored now; a page shown again, or the window active again, shows changes made elsewhere.

"Another PC" is another connection: a thread (peewee keeps one connection per thread)
writing through the store, on SQLite and on the test PostgreSQL server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from balintdesk import i18n
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import leaders, meetings, roster
from balintdesk.store.models import AttendanceStatus, MeetingStatus, Member, database_proxy
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.roster.member_dialog import MemberDialog

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL
TODAY = dt.date(2026, 3, 3)  # a Tuesday, and the group's meeting day
PATTERN = MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room")

pytestmark = pytest.mark.both_backends


@pytest.fixture
def window(qtbot, db, data_dir):
    group = roster.create_group("Riverside", PATTERN, TODAY)
    joined = dt.date(2025, 9, 1)
    roster.add_member(group.id, MemberDraft("Dr Leader", Role.GP, True, joined=joined))
    roster.add_member(group.id, MemberDraft("Dr Lore", Role.GP, True, joined=joined))
    for name in ("Dr Ann", "Dr Ben", "Dr Cara"):
        roster.add_member(group.id, MemberDraft(name, Role.GP, joined=joined))
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.MEETING)
    return main


def member(name: str) -> int:
    return Member.get(Member.name == name).id


def elsewhere(change: Callable[[], object]) -> None:
    """`change` made by another PC: its own connection, committed before this returns."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            change()
        except BaseException as exc:
            failed.append(exc)
        finally:
            database_proxy.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert not thread.is_alive() and not failed, failed


def click(qtbot, page, name: str, status: str) -> None:
    qtbot.mouseClick(page.check_in.rows[member(name)].buttons[status], Qt.MouseButton.LeftButton)


def shown_status(page, name: str) -> str:
    return page.check_in.rows[member(name)].status()


def test_same_member_marked_elsewhere_is_refused_and_shown(qtbot, window) -> None:
    page = window.meeting_page
    meeting_id = page.meeting.id
    ann = member("Dr Ann")
    elsewhere(lambda: meetings.set_attendance(meeting_id, ann, ABSENT, today=TODAY))
    assert shown_status(page, "Dr Ann") == ""  # this PC still shows what it loaded
    click(qtbot, page, "Dr Ann", PRESENT)
    assert meetings.attendance_for(meeting_id) == {ann: ABSENT}  # the other's mark kept
    assert shown_status(page, "Dr Ann") == ABSENT  # and shown now
    assert page.record_status.text() == (
        "Dr Ann was marked on another computer in the meantime, so your change was not "
        "saved. The page now shows what is recorded."
    )
    # Clicking again, now from what is shown, saves.
    click(qtbot, page, "Dr Ann", PRESENT)
    assert meetings.attendance_for(meeting_id) == {ann: PRESENT}


def test_other_members_marked_elsewhere_do_not_clash(qtbot, window) -> None:
    page = window.meeting_page
    meeting_id = page.meeting.id
    ben = member("Dr Ben")
    elsewhere(lambda: meetings.set_attendance(meeting_id, ben, APOLOGIES, today=TODAY))
    click(qtbot, page, "Dr Ann", PRESENT)
    assert meetings.attendance_for(meeting_id) == {member("Dr Ann"): PRESENT, ben: APOLOGIES}
    assert "another computer" not in page.record_status.text()


def test_record_made_elsewhere_is_not_overwritten(qtbot, window) -> None:
    page = window.meeting_page
    meeting_id = page.meeting.id
    ben = member("Dr Ben")
    elsewhere(lambda: meetings.record_meeting(meeting_id, [ben], "", today=TODAY))
    page.presenter_combos[0].setCurrentIndex(page.presenter_combos[0].findData(member("Dr Ann")))
    assert page.record() is False
    assert meetings.presenters_of(meeting_id) == [ben]
    assert "record was changed on another computer" in page.record_status.text()
    assert page.state_label.text() == "Held and recorded"
    assert page.due_label.text() == "Recorded: Dr Ben presented."
    assert page.presenter_combos[0].currentData() == ben


def test_leaders_chosen_elsewhere_are_shown_not_overwritten(qtbot, window) -> None:
    page = window.meeting_page
    meeting_id = page.meeting.id
    lead, lore = member("Dr Leader"), member("Dr Lore")
    elsewhere(lambda: leaders.set_leaders(meeting_id, lore, None, today=TODAY))
    picker = page.leader_picker
    picker.co_leader_combo.setCurrentIndex(picker.co_leader_combo.findData(lore))
    picker.leader_combo.setCurrentIndex(picker.leader_combo.findData(lead))
    picker.leader_combo.activated.emit(picker.leader_combo.currentIndex())
    assert leaders.recorded_leaders(meeting_id) == (lore, None)
    assert picker.leader_combo.currentData() == lore
    assert "Who led this meeting was changed on another computer" in picker.problem.text()


def test_page_shown_again_shows_a_change_made_elsewhere(qtbot, window) -> None:
    page = window.meeting_page
    meeting_id = page.meeting.id
    cara = member("Dr Cara")
    window.show_page(MainWindow.ROSTER)
    elsewhere(lambda: meetings.set_attendance(meeting_id, cara, PRESENT, today=TODAY))
    window.show_page(MainWindow.MEETING)
    assert shown_status(page, "Dr Cara") == PRESENT
    roster_page = window.roster_page
    ann = member("Dr Ann")
    seen = roster.draft_of(roster.get_member(ann))
    renamed = dataclasses.replace(seen, name="Dr Ann Ash")
    elsewhere(lambda: roster.update_member(ann, renamed))
    window.show_page(MainWindow.ROSTER)
    names = [roster_page.model.member_at(row).name for row in range(roster_page.model.rowCount())]
    assert "Dr Ann Ash" in names


def test_window_active_again_shows_a_change_made_elsewhere_keeping_picks(qtbot, window) -> None:
    page = window.meeting_page
    meeting_id = page.meeting.id
    ben = member("Dr Ben")
    combo = page.presenter_combos[0]
    combo.setCurrentIndex(combo.findData(ben))  # picked, not saved yet
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    elsewhere(lambda: meetings.set_attendance(meeting_id, member("Dr Cara"), PRESENT, today=TODAY))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: shown_status(page, "Dr Cara") == PRESENT)
    assert page.presenter_combos[0].currentData() == ben  # the pick stays
    assert page.meeting.status == MeetingStatus.PLANNED


def test_member_dialog_shows_the_sentence_and_the_current_details(qtbot, window) -> None:
    ann = member("Dr Ann")
    dialog = MemberDialog(window.group_id, roster.get_member(ann), window)
    qtbot.addWidget(dialog)
    seen = roster.draft_of(roster.get_member(ann))
    elsewhere(
        lambda: roster.update_member(ann, dataclasses.replace(seen, email="ann@office.example"))
    )
    dialog.name_edit.setText("Dr Ann Smith")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_member is None and not dialog.result()  # still open, nothing saved
    stored = roster.get_member(ann)
    assert (stored.name, stored.email) == ("Dr Ann", "ann@office.example")
    assert dialog.changed_status.isVisibleTo(dialog)
    assert dialog.changed_status.text().startswith(
        "Dr Ann's details were changed on another computer"
    )
    assert (dialog.name_edit.text(), dialog.email_edit.text()) == ("Dr Ann", "ann@office.example")
    dialog.name_edit.setText("Dr Ann Smith")  # again, from what is shown: saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert roster.get_member(ann).name == "Dr Ann Smith"
    assert roster.get_member(ann).email == "ann@office.example"


def test_refusal_in_german_on_the_meeting_page(qtbot, window) -> None:
    page = window.meeting_page
    meeting_id = page.meeting.id
    ann = member("Dr Ann")
    elsewhere(lambda: meetings.set_attendance(meeting_id, ann, ABSENT, today=TODAY))
    i18n_qt.install("de")
    try:
        click(qtbot, page, "Dr Ann", PRESENT)
        text = page.record_status.text()
    finally:
        i18n_qt.install(i18n.ENGLISH)
    assert "Dr Ann" in text and "anderen Computer" in text


def test_group_settings_changed_elsewhere_are_shown_not_overwritten(qtbot, window) -> None:
    settings_page = window.settings_page
    group_id = window.group_id
    elsewhere(lambda: meetings.set_rota_options(group_id, 2, True))
    settings_page.group_form.name_edit.setText("Riverside Balint")
    qtbot.mouseClick(settings_page.save_group_button, Qt.MouseButton.LeftButton)
    stored = roster.get_group(group_id)
    assert (stored.name, stored.presenters_per_meeting, stored.leaders_may_present) == (
        "Riverside",
        2,
        True,
    )
    assert "group's settings were changed on another computer" in (
        settings_page.group_status.text()
    )
    assert settings_page.cases_combo.currentData() == 2  # the current settings shown
    assert settings_page.group_form.name_edit.text() == "Riverside"
    settings_page.group_form.name_edit.setText("Riverside Balint")  # again: saved
    qtbot.mouseClick(settings_page.save_group_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(settings_page.save_group_button, Qt.MouseButton.LeftButton)  # twice
    stored = roster.get_group(group_id)
    assert (stored.name, stored.presenters_per_meeting) == ("Riverside Balint", 2)
    assert "another computer" not in settings_page.group_status.text()


def test_a_meeting_moved_elsewhere_while_the_move_dialog_is_open(qtbot, window) -> None:
    page = window.meeting_page
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    meeting_id = page.meeting.id
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    elsewhere(lambda: meetings.move_meeting(meeting_id, dt.date(2026, 3, 18)))  # Wednesday
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(2))  # this PC: Thursday
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.when_label.text().startswith("Wednesday 18 March 2026")  # the other's move
    assert page.record_status.text().startswith("This meeting was changed on another computer")
