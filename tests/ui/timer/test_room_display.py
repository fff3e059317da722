"""Meeting day on one screen: the room display can always be left, by mouse and by keyboard;
the timer's keys act whatever has the focus; quitting mid-meeting asks first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from .conftest import end_meeting


def state(page) -> str:
    return page.driver.last_view.state


def open_by_button(qtbot, page):
    qtbot.mouseClick(page.projector_button, Qt.MouseButton.LeftButton)
    projector = page.projector
    assert projector is not None
    qtbot.waitExposed(projector)
    return projector


def test_the_room_display_can_always_be_left(qtbot, window):
    page = window.timer_page
    assert page.projector_button.text() == "Open room display"

    # Its own button, always there on the room's screen.
    projector = open_by_button(qtbot, page)
    assert projector.isFullScreen()
    assert page.projector_button.text() == "Close room display"
    assert projector.close_button.isVisible()
    assert "Esc" in projector.close_button.text()
    qtbot.mouseClick(projector.close_button, Qt.MouseButton.LeftButton)
    assert page.projector is None and not projector.isVisible()
    assert page.projector_button.text() == "Open room display"

    # Esc on the room display.
    projector = open_by_button(qtbot, page)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert page.projector is None and not projector.isVisible()

    # The Timer page's button, which now says so.
    projector = open_by_button(qtbot, page)
    qtbot.mouseClick(page.projector_button, Qt.MouseButton.LeftButton)
    assert page.projector is None and not projector.isVisible()
    assert page.projector_button.text() == "Open room display"

    # Esc on the Timer page (a second screen: the leader's window has the keys).
    projector = open_by_button(qtbot, page)
    qtbot.keyClick(page.projector_button, Qt.Key.Key_Escape)
    assert page.projector is None and not projector.isVisible()


def test_f_still_toggles_full_screen_and_the_display_stays_open(qtbot, window):
    projector = open_by_button(qtbot, window.timer_page)
    qtbot.keyClick(projector, Qt.Key.Key_F)
    assert not projector.isFullScreen() and projector.isVisible()
    qtbot.keyClick(projector, Qt.Key.Key_F)
    assert projector.isFullScreen()


def test_timer_keys_act_whatever_control_has_the_focus(qtbot, window):
    page = window.timer_page
    assert state(page) == "ready"

    # The case: "Open room display" clicked, so it has the focus; Space pauses,
    # it does not open the display again.
    projector = open_by_button(qtbot, page)
    page.projector_button.setFocus()
    qtbot.keyClick(page.projector_button, Qt.Key.Key_Space)
    assert state(page) == "running"
    assert page.projector is projector and projector.isVisible()
    qtbot.keyClick(page.projector_button, Qt.Key.Key_Space)
    assert state(page) == "paused"

    # Keys on the other controls that take the focus drive the timer, and open nothing.
    phase = page.phase_label.text()
    page.settings_button.setFocus()
    qtbot.keyClick(page.settings_button, Qt.Key.Key_N)
    assert page.phase_label.text() != phase
    assert page.active_dialog is None
    qtbot.keyClick(page.screen_combo, Qt.Key.Key_Left)
    assert page.phase_label.text() == phase
    qtbot.keyClick(page.templates_button, Qt.Key.Key_Space)
    assert state(page) == "running"
    assert page.active_dialog is None

    # Ctrl and Alt combinations stay the window's (Ctrl+1 … Ctrl+6 change page).
    qtbot.keyClick(page.settings_button, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert state(page) == "running"


def move_mouse_over(widget) -> None:
    point = QPointF(10, 10)
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        widget.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_the_pointer_comes_back_when_the_mouse_moves(qtbot, window):
    projector = open_by_button(qtbot, window.timer_page)
    assert projector.cursor().shape() == Qt.CursorShape.BlankCursor
    move_mouse_over(projector.display)  # over a child: the digits
    assert projector.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert projector.pointer_timer.isActive()
    projector.pointer_timer.timeout.emit()  # the mouse rested
    assert projector.cursor().shape() == Qt.CursorShape.BlankCursor


def quit_question(window) -> QMessageBox:
    box = window.quit_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box


def click(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_quitting_while_the_timer_runs_asks_first(qtbot, window):
    page = window.timer_page
    page.start_button.click()
    assert state(page) == "running"

    open_by_button(qtbot, page)
    assert window.close() is False
    assert page.projector is None, "the room display makes way for the question"
    box = quit_question(window)
    assert box.defaultButton().text() == "Keep the meeting open"
    click(qtbot, box, "Keep the meeting open")
    assert window.isVisible() and state(page) == "running"

    page.start_button.click()  # paused mid-meeting: still asked
    assert state(page) == "paused"
    assert window.close() is False
    click(qtbot, quit_question(window), "Quit")
    assert not window.isVisible()


def test_an_idle_or_ended_timer_quits_without_asking(qtbot, window):
    page = window.timer_page
    assert window.close() is True
    assert window.quit_question is None
    window.show()
    page.start_button.click()
    end_meeting(qtbot, page)
    assert state(page) == "ended"
    assert window.close() is True
    assert window.quit_question is None


def colour_at(display, point) -> str:
    return display.grab().toImage().pixelColor(int(point.x()), int(point.y())).name()


def test_pause_and_overtime_look_different_from_the_back_of_the_room(qtbot, window, clock):
    from balintdesk.ui.timer.widgets import BACKGROUND, MUTED, OVERTIME

    page = window.timer_page
    display = page.display
    display.resize(800, 400)
    page.start_button.click()
    page.start_button.click()  # paused
    assert state(page) == "paused"
    _font, _text, digits, bars = display.digit_layout()
    assert bars is not None, "two bars beside the digits"
    for bar in bars:
        assert bar.height() >= 0.85 * digits.height()  # as tall as the digits, not a caption
        assert bar.right() < digits.left()
        assert colour_at(display, bar.center()) == MUTED.name()
    where = [bar.center() for bar in bars]

    page.start_button.click()  # running: the bars go
    assert display.digit_layout()[3] is None
    assert {colour_at(display, point) for point in where} == {BACKGROUND.name()}

    clock.advance(4 * 60)  # past the phase's end: a colour of its own, and the "+"
    page.driver.refresh()
    assert page.driver.last_view.overtime and state(page) == "running"
    _font, text, digits, bars = display.digit_layout()
    assert bars is None and text.startswith("+")
    assert display._colour() == OVERTIME != MUTED
    image = display.grab().toImage()
    painted = {
        image.pixelColor(x, int(digits.center().y())).name()
        for x in range(int(digits.left()), int(digits.right()))
    }
    assert OVERTIME.name() in painted and MUTED.name() not in painted
