"""The Timer page's tests share a main window on the Timer page, on a clock they move."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from balintdesk import i18n
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.i18n import qt as i18n_qt
from balintdesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 3, 3)


@pytest.fixture(autouse=True)
def english(qapp):
    """English, catalogue and all: its plural forms ("2 minutes left") live there."""
    i18n_qt.install(i18n.ENGLISH)


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot, db, data_dir, clock):
    from balintdesk.store import roster

    group = roster.create_group(
        "Riverside",
        MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Library"),
        TODAY,
    )
    roster.add_member(group.id, MemberDraft("Dr Ann"))
    main = MainWindow(db, data_dir, today=lambda: TODAY, clock=clock)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.TIMER)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def end_meeting(qtbot, page) -> None:
    """End meeting, and say yes when asked."""
    from PySide6.QtCore import Qt

    page.end_button.click()
    box = page.end_question
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text() == "End meeting")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
