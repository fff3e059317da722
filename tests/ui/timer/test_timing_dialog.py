"""How the time went: the dialog shows a recorded meeting's phases, difference in words
and sign, what was paused, totals and the summary; it saves the CSV; it opens from the
Timer page once the timer has ended, and from the Roster's Records menu."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt

from balintdesk import i18n
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import meetings, roster
from balintdesk.store.models import Meeting
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.records.timing_dialog import TimingDialog

from ...store._timing_helpers import run_meeting
from .conftest import end_meeting

DAY = dt.date(2026, 1, 6)
STEPS = ["start", 300, "next", 600, "pause", 240, "resume", "next", 38 * 60, "end"]


@pytest.fixture
def timed(db):
    """Riverside, whose meeting of 6 January 2026 ran 3 minutes over with a 4-minute pause
    in the presentation and the closing skipped."""
    group = roster.create_group(
        "Riverside",
        MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Library", "Europe/London"),
        DAY,
    )
    meetings.ensure_schedule(group.id, DAY, until=DAY + dt.timedelta(days=7))
    meeting = Meeting.get((Meeting.group == group.id) & (Meeting.local_date == DAY))
    run_meeting(meeting.id, STEPS, start_utc=meeting.starts_at)
    return group, meeting


def cells(dialog: TimingDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_recorded_meeting_is_shown(qtbot, timed) -> None:
    group, meeting = timed
    dialog = TimingDialog(group.id, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.meeting_combo.currentText() == "Tuesday 6 January 2026"
    assert cells(dialog) == [
        ["Who has a case?", "5.0 min", "5.0 min", "on time", "0.0 min"],
        ["Presentation", "10.0 min", "10.0 min", "on time", "4.0 min"],
        ["Presenter sits back — group discussion", "30.0 min", "38.0 min", "+8.0 min over",
         "0.0 min"],
        ["Closing", "5.0 min", "0.0 min", "skipped", "—"],
    ]  # fmt: skip
    assert dialog.summary.text() == (
        "Ran 3 minutes over; Presenter sits back — group discussion took 8 minutes more "
        "than planned."
    )
    assert dialog.totals.text() == (
        "In all: planned 50.0 min, took 53.0 min (+3.0 min over). The timer ran from 12:30 "
        "to 13:27 and stood still for 4.0 min. 1 phase skipped."
    )
    assert "Stopped for" in dialog.note.text()


def test_save_as_csv_writes_this_meeting(qtbot, timed, tmp_path) -> None:
    group, meeting = timed
    dialog = TimingDialog(group.id, meeting.id)
    qtbot.addWidget(dialog)
    asked = []
    dialog.choose_path = lambda name: asked.append(name) or tmp_path / "t.csv"
    assert dialog.save()
    assert asked == ["Riverside timing 2026-01-06.csv"]
    rows = list(csv.reader(io.StringIO((tmp_path / "t.csv").read_text("utf-8-sig"), newline="")))
    assert [row[5] for row in rows[1:]][2] == "Presenter sits back — group discussion"
    assert [row[8] for row in rows[1:]] == ["0.0", "0.0", "8.0", "0.0"]
    assert dialog.status.text() == f"Saved “t.csv” in {tmp_path}."
    assert dialog.open_button.path == tmp_path / "t.csv"


def test_in_german(qtbot, timed) -> None:
    group, meeting = timed
    i18n_qt.install("de")
    try:
        dialog = TimingDialog(group.id, meeting.id)
        qtbot.addWidget(dialog)
        shown = cells(dialog)
        summary, title = dialog.summary.text(), dialog.windowTitle()
    finally:
        i18n_qt.install(i18n.ENGLISH)
    assert title == "Wie die Zeit verlief"
    assert shown[0][0] == "Wer hat einen Fall?"  # a built-in phase's name, translated
    assert shown[2][1:4] == ["30,0 Min.", "38,0 Min.", "+8,0 Min. länger"]
    assert shown[3][3] == "übersprungen"
    assert summary == (
        "3 Minuten überzogen; Zurücklehnen — Gruppengespräch dauerte 8 Minuten länger als geplant."
    )


def test_no_timed_meeting_says_so(qtbot, db) -> None:
    group = roster.create_group("Riverside", MeetingPattern(), DAY)
    dialog = TimingDialog(group.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.summary.text() == "No meeting of this group has been timed yet."
    assert not dialog.table.isVisible() and not dialog.save_button.isEnabled()


def test_the_button_after_the_timer_ends_opens_it(qtbot, window, clock) -> None:
    page = window.timer_page
    assert not page.timing_button.isVisible()
    page.start_button.click()
    clock.advance(150)
    qtbot.keyClick(page, Qt.Key.Key_N)
    clock.advance(400)
    assert not page.timing_button.isVisible(), "only once the meeting has ended"
    end_meeting(qtbot, page)
    assert page.timing_button.isVisible()
    qtbot.mouseClick(page.timing_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, TimingDialog) and dialog.isVisible()
    assert dialog.meeting_combo.currentData() == page.meeting.id
    shown = cells(dialog)
    assert shown[0][0] == "Who has a case?" and shown[0][2] == "2.5 min"
    assert shown[1][2] == "6.7 min"  # 400 seconds
    assert all(row[3] == "skipped" for row in shown[2:])


def test_the_records_menu_opens_it(qtbot, window, clock) -> None:
    window.show_page(MainWindow.ROSTER)
    roster_page = window.roster_page
    action = roster_page.records_button.timing_action
    assert action.isEnabled()
    action.trigger()
    dialog = roster_page.findChild(TimingDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text() == "No meeting of this group has been timed yet."


def test_a_phase_gone_back_to_says_it_cannot_tell(qtbot, timed) -> None:
    group, _first = timed
    second = Meeting.get(
        (Meeting.group == group.id) & (Meeting.local_date == DAY + dt.timedelta(days=7))
    )
    steps = ["start", 300, "next", 120, "previous", 60, "next", 480, "next", 1800, "next"]
    run_meeting(second.id, [*steps, 300, "next"], start_utc=second.starts_at)
    dialog = TimingDialog(group.id)  # the latest timed meeting comes first
    qtbot.addWidget(dialog)
    assert dialog.meeting_combo.count() == 2
    assert dialog.meeting_combo.currentData() == second.id
    shown = cells(dialog)
    assert [row[4] for row in shown] == ["cannot tell", "cannot tell", "0.0 min", "0.0 min"]
    assert "went back to" in dialog.table.item(0, 4).toolTip()
    assert "without stopping" in dialog.totals.text()
    dialog.meeting_combo.setCurrentIndex(1)  # the first meeting again
    assert cells(dialog)[1][4] == "4.0 min"
