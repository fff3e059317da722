"""The longest phase names (60 characters, the most a phase may have) and the most phases
(20) on a 1280x720 and a 1920x1080 screen: nothing widens the room display past its screen
or is cut off unseen, in the room display and in the leader's panel alike."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.phases import MAX_NAME_CHARS, MAX_PHASES, Phase
from balintdesk.store import roster, timer_store
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.timer.widgets import fitted_name

from .conftest import TODAY

LONGEST = "Presenter sits back while the group explores the relationship"[:MAX_NAME_CHARS]


@pytest.fixture
def long_window(qtbot, db, data_dir, clock):
    group = roster.create_group(
        "Riverside",
        MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Library"),
        TODAY,
    )
    phases = [Phase(f"{index:02d} {LONGEST}"[:MAX_NAME_CHARS], 10) for index in range(MAX_PHASES)]
    key = timer_store.save_template(group.id, None, "Longest names", phases)
    timer_store.set_default_template(group.id, key)
    main = MainWindow(db, data_dir, today=lambda: TODAY, clock=clock)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.TIMER)
    return main


def strip_names_fit(strip) -> None:
    """Each phase's box on the strip shows what fitted_name gives it: checked at the
    strip's real size and font, with the whole name in the box's tooltip."""
    view = strip.view
    height = strip.height() - 6.0
    font = QFont(strip.font())
    font.setPixelSize(max(10, int(height * 0.28)))
    font.setBold(True)  # the widest: the current phase's
    metrics = QFontMetricsF(font)
    for record, cell in zip(view.records, strip.cells, strict=True):
        width = cell.width() - 2 * min(8.0, max(2.0, cell.width() * 0.1))
        shown = fitted_name(metrics, "▶ ", record.name, record.index + 1, width)
        assert shown and metrics.horizontalAdvance(shown) <= width, (cell.width(), shown)
        assert cell.toolTip().splitlines()[0] == record.name


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_longest_names_fit_the_screen(qtbot, long_window, size):
    width, height = size
    page = long_window.timer_page
    assert len(page.driver.last_view.records) == MAX_PHASES
    projector = page.open_projector()
    qtbot.keyClick(page, Qt.Key.Key_Space)  # running: the phase, not the group's frame
    projector.showNormal()
    projector.resize(width, height)
    QApplication.processEvents()
    assert projector.width() == width, "a long name does not widen the room display"
    assert projector.minimumSizeHint().width() <= width
    label = projector.phase_label
    assert label.wordWrap() and label.text() == page.driver.last_view.phase.name
    assert label.heightForWidth(label.width()) <= label.height(), "the name's lines all show"
    strip_names_fit(projector.strip)

    long_window.resize(width, height)
    QApplication.processEvents()
    assert long_window.width() == width
    strip_names_fit(page.strip)
