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
    """Each phase's box on the strip shows lines that fit it (the strip's tile_texts, which
    its painting draws), with the whole name in the box's tooltip."""
    font, _small, _two_lines = strip.fonts(strip.height() - 6.0)
    bold = QFont(font)
    bold.setBold(True)  # the current phase's
    texts = strip.tile_texts()
    assert len(texts) == len(strip.view.records)
    for record, cell, (lines, _detail) in zip(strip.view.records, strip.cells, texts, strict=True):
        width = cell.width() - 1.75 * min(8.0, max(2.0, cell.width() * 0.1))
        metrics = QFontMetricsF(bold if record.index == strip.view.index else font)
        assert 1 <= len(lines) <= 2 and all(lines), lines
        assert all(metrics.horizontalAdvance(line) <= width for line in lines), (width, lines)
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


def shown_whole(strip) -> list[str]:
    """Each phase's name as the strip shows it, its lines joined and its mark dropped."""
    return [" ".join(lines).lstrip("▶–✓ ") for lines, _detail in strip.tile_texts()]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_classic_phases_are_named_whole_on_the_room_display(qtbot, window, size):
    """Nobody hovers over a projector: the usual phase names show whole there, on two
    lines where one is too narrow, not cut short with "…"."""
    page = window.timer_page
    projector = page.open_projector()
    projector.showNormal()
    projector.resize(*size)
    QApplication.processEvents()
    names = [record.name for record in page.driver.last_view.records]
    assert shown_whole(projector.strip) == names
    # The console's mirror, narrower, may end a name in "…": the leader has it whole on
    # hover, and in the Now and Next lines beside it.
