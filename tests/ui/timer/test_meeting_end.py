"""The end of the meeting: asked before it ends, then a calm view of how each phase went,
skipped phases marked, and the way straight to recording who presented."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from balintdesk.domain.timer_view import PhaseRecord
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.timer.widgets import BACKGROUND

from .conftest import TODAY, end_meeting


def answer(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_phase_left_at_once_counts_as_skipped() -> None:
    def record(actual: float, finished: bool = True) -> PhaseRecord:
        return PhaseRecord(0, "Closing", 300, actual, True, finished)

    assert record(2).skipped
    assert not record(95).skipped
    assert not record(2, finished=False).skipped, "the current phase is not skipped"


def test_ending_asks_first_and_keep_going_keeps_it_running(qtbot, window):
    page = window.timer_page
    page.start_button.click()
    page.end_button.click()
    box = page.end_question
    assert box is not None and box.isVisible()
    assert box.defaultButton().text() == "Keep going", "Enter keeps the meeting going"
    assert page.driver.last_view.state == "running"
    answer(qtbot, box, "Keep going")
    assert page.driver.last_view.state == "running" and page.end_question is None


def test_the_ended_meeting_shows_how_it_went_and_leads_to_the_record(qtbot, window, clock):
    page = window.timer_page
    page.start_button.click()
    clock.advance(150)  # "Who has a case?": 2:30 of 3 min
    qtbot.keyClick(page, Qt.Key.Key_N)
    clock.advance(3)  # the presentation passed over at once
    qtbot.keyClick(page, Qt.Key.Key_N)
    clock.advance(240)  # clarifying questions: 4 min
    end_meeting(qtbot, page)
    view = page.driver.last_view
    assert view.state == "ended"

    # No large time under the last phase: the room sees that it has ended.
    assert page.phase_label.text().strip() == ""
    image = page.display.grab().toImage()
    rows = [
        y
        for y in range(image.height())
        if any(
            image.pixelColor(x, y).name() != BACKGROUND.name() for x in range(0, image.width(), 2)
        )
    ]
    assert rows, "the calm words are painted where the time was"
    assert max(rows) - min(rows) < 0.25 * image.height(), "words, not the large digits"
    assert page.state_label.text() == "Thank you"

    summary = page.summary_label.text()
    assert page.summary_label.isVisible()
    assert "Who has a case?" in summary and "took 2:30" in summary and "3 min" in summary
    assert "Presentation" in summary and "skipped" in summary
    assert "took 4:00" in summary
    assert "not reached" in summary  # the phases after the end
    assert [r.skipped for r in view.records][:3] == [False, True, False]

    # Straight on to recording who presented, on that meeting.
    assert page.record_button.isVisible()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == MainWindow.MEETING
    assert window.meeting_page.meeting.local_date == TODAY
