"""The timer by keyboard, in the main window's panel and in the room display."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from balintdesk.store import timer_store
from balintdesk.store.models import Meeting, MeetingPhase

from .conftest import TODAY, end_meeting


def press(qtbot, widget, key, text: str = "") -> None:
    qtbot.keyClick(widget, key)


def shown(page) -> str:
    view = page.display.view
    from balintdesk.ui.timer.widgets import clock_text

    return clock_text(view.remaining_seconds)


def test_keyboard_drives_the_timer_panel_and_the_record_saves_as_it_runs(qtbot, window, clock):
    page = window.timer_page
    assert page.hasFocus(), "the Timer page takes the keys as soon as it is shown"
    assert page.phase_label.text() == "Who has a case?"
    assert shown(page) == "3:00"

    qtbot.keyClick(page, Qt.Key.Key_Space)  # start
    clock.advance(70)
    page.driver.refresh()
    assert shown(page) == "1:50"
    assert page.start_button.text() == "Pause"

    qtbot.keyClick(page, Qt.Key.Key_Right)  # next phase
    assert page.phase_label.text() == "Presentation"
    assert page.next_value.text() == "Clarifying questions (5 min)"
    qtbot.keyClick(page, Qt.Key.Key_Plus)  # a minute more
    assert shown(page) == "11:00"
    qtbot.keyClick(page, Qt.Key.Key_Minus)
    qtbot.keyClick(page, Qt.Key.Key_Minus)
    assert shown(page) == "9:00"

    qtbot.keyClick(page, Qt.Key.Key_Space)  # pause
    clock.advance(600)
    page.driver.refresh()
    assert shown(page) == "9:00", "paused time does not count"
    assert page.state_label.text() == "Paused"
    qtbot.keyClick(page, Qt.Key.Key_Space)  # resume
    clock.advance(9 * 60 + 30)
    page.driver.refresh()
    assert shown(page) == "+0:30"
    assert "Over time" in page.state_label.text()
    assert page.last_announcement == "Presentation: time is up."

    qtbot.keyClick(page, Qt.Key.Key_Left)  # back to the first phase
    assert page.phase_label.text() == "Who has a case?"
    qtbot.keyClick(page, Qt.Key.Key_N)
    qtbot.keyClick(page, Qt.Key.Key_N)
    assert page.phase_label.text() == "Clarifying questions"

    # The phases went into today's meeting record as they ran.
    meeting = Meeting.get(Meeting.local_date == TODAY)
    log = {p.name: p for p in MeetingPhase.select().where(MeetingPhase.meeting == meeting)}
    assert log["Who has a case?"].actual_seconds == 70
    assert log["Presentation"].planned_seconds == 9 * 60
    assert log["Presentation"].actual_seconds == 9 * 60 + 30
    assert timer_store.unfinished_run() is not None

    end_meeting(qtbot, page)
    assert page.now_value.text() == "Ended"
    assert timer_store.unfinished_run() is None, "an ended meeting is not offered again"


def test_room_display_mirrors_and_takes_the_same_keys(qtbot, window, clock):
    page = window.timer_page
    projector = page.open_projector()
    qtbot.waitExposed(projector)
    assert projector.isFullScreen()
    # Before the start: the group frame.
    assert projector.body.currentWidget() is projector.frame_label
    assert "What is said here stays here" in projector.frame_label.text()

    projector.activateWindow()
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert projector.body.currentIndex() == 0
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    assert projector.phase_label.text() == page.phase_label.text() == "Presentation"
    assert projector.guidance_label.text().startswith("The presenter tells the story")
    clock.advance(8 * 60 + 30)
    page.driver.refresh()
    assert projector.state_label.text() == "2 minutes left"
    assert projector.display.view.warning

    # The digits are at least a quarter of the screen's height, on the usual projector
    # shapes (16:9, 16:10, 4:3).
    projector.leave_full_screen()
    for width, height in ((1920, 1080), (1280, 720), (1280, 800), (1024, 768)):
        projector.resize(width, height)
        QApplication.processEvents()
        assert projector.display.digit_height() >= height / 4, (width, height)
    projector.show_on()

    qtbot.keyClick(projector, Qt.Key.Key_F)
    assert not projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_F)
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert page.phase_label.text() == "Who has a case?", (
        "keys in the room window drive the same timer"
    )
    qtbot.keyClick(projector, Qt.Key.Key_Escape)  # test_room_display.py: Esc closes it
    assert page.projector is None


def test_templates_and_settings_change_what_runs(qtbot, window):
    page = window.timer_page
    page.template_combo.setCurrentIndex(page.template_combo.findData("short"))
    assert page.phase_label.text() == "Who has a case?"
    assert shown(page) == "2:00"
    qtbot.mouseClick(page.templates_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.table.item(0, 1).setData(Qt.ItemDataRole.EditRole, 4)
    dialog.table.item(0, 2).setText("Anyone with a case?")
    dialog.default_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert shown(page) == "4:00"
    assert page.guidance_label.text() == "Anyone with a case?"
    assert timer_store.default_template_key(window.group_id) == "short"

    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    settings = page.active_dialog
    settings.display_combo.setCurrentIndex(settings.display_combo.findData("arc"))
    settings.frame_edit.setPlainText("Confidential\nNo advice")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert page.display.mode == "arc"
    projector = page.open_projector()
    assert projector.frame_label.text() == "Confidential\nNo advice"


def test_a_phase_with_no_name_is_refused_in_the_editor(qtbot, window):
    page = window.timer_page
    qtbot.mouseClick(page.templates_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.table.item(1, 0).setText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text()
    dialog.reject()
