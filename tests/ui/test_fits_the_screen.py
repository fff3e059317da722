"""Nothing is cut off on the smallest projector screen, 1280×720: every dialog, shown with
its sample content, fits inside the screen less a window title bar, and so does every page
of the main window at its smallest."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.phases import Phase
from balintdesk.domain.roster import NAME_MAX_LENGTH, MemberDraft, Role
from balintdesk.store import attendance, meetings, modes, roster, timer_store
from balintdesk.store.models import AttendanceStatus, MeetingMode
from balintdesk.ui.common.forms import TITLE_BAR_ALLOWANCE, fit_to_contents
from balintdesk.ui.common.style import apply_style
from balintdesk.ui.main_window import MainWindow

from ._clipping import clipped
from ._every_dialog import catalogue

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 720
ROOM = QSize(SCREEN_WIDTH - 8, SCREEN_HEIGHT - TITLE_BAR_ALLOWANCE)


@pytest.fixture(scope="module")
def styled(qapp: QApplication):
    """The app's own font and style sheet, as a user sees it: sizes depend on them. Once
    for the module: setting them on the application re-polishes every widget alive, which
    late in a full run is slow."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def test_every_dialog_fits_a_1280_by_720_screen(qtbot, styled, sample, language) -> None:
    """Each dialog, opened as on a 1280×720 screen, is no larger than the screen, and
    at that size none of its own parts is squeezed below the size it needs."""
    too_big = {}
    for name, make in catalogue(sample).items():
        dialog = make(None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.minimumSize())
        fit_to_contents(dialog, ROOM)
        smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if not (
            dialog.size().boundedTo(ROOM) == dialog.size() and smallest.boundedTo(ROOM) == smallest
        ):
            too_big[name] = (dialog.width(), dialog.height(), smallest.width(), smallest.height())
        dialog.close()
    assert not too_big, f"larger than {ROOM.width()}×{ROOM.height()}: {too_big}"


LONG_GROUP = "The Riverside and Northfield Practices' Wednesday Balint group, West Wing"[:80]
LONG_NAMES = [
    "Dr Maximiliane Alexandra von Wolkenstein-Trauttmansdorff-Weinsberg",
    "Dr Siobhán Ní Mhaoldomhnaigh-Ó Ceallaigh",
    "Dr Bartholomew Fitzwilliam-Montgomery-Smythe III",
    "Dr Anneliese Bartholomäus-Oyelaran-Nakamura-Fitzgerald",
]
LONG_PHASE = "Presentation of the case, told freely and without notes, by the doctor"[:60]


@pytest.fixture
def crowded(styled, db, data_dir):
    """A group whose names are as long as the app lets them be, with a meeting today,
    hybrid: its check-in has the most controls a row can have (where each one was)."""
    today = dt.date.today()
    group = roster.create_group(
        LONG_GROUP,
        MeetingPattern(Frequency.WEEKLY, today.weekday(), 1, dt.time(12, 30), 90, "Library"),
        today - dt.timedelta(days=70),
    )
    modes.set_group_mode(group.id, MeetingMode.HYBRID, today)
    for index, name in enumerate(LONG_NAMES * 3):
        roster.add_member(
            group.id, MemberDraft(f"{name} {index}"[:NAME_MAX_LENGTH], Role.GP, index < 2)
        )
    # One came, online: the place box shows under a name only for who came.
    meeting = meetings.next_meeting(group.id, today)
    first = roster.list_members(group.id)[0]
    attendance.set_attendance(meeting.id, first.id, AttendanceStatus.PRESENT, today, "online")
    timer_store.save_template(
        group.id,
        None,
        "The group's own long afternoon with two cases and a long closing round"[:60],
        [Phase(LONG_PHASE, 20, "Listen"), Phase(LONG_PHASE[::-1], 20), Phase("Close", 5)],
    )
    return group


SHOTS = os.environ.get("BALINTDESK_TEST_SHOTS")  # a folder: save what was checked, to look at
SIZES = {
    "the smallest window": QSize(1, 1),
    "a 1280×720 screen": ROOM,
    "the usual size": QSize(1180, 760),
    "a 1920×1080 screen": QSize(1912, 1032),
}


@pytest.fixture(params=["en", "de", "fr", "nl", "it"])
def language(request, qapp):
    """Each language BalintDesk speaks: German and French run about a third longer."""
    from balintdesk.i18n import qt as i18n_qt

    i18n_qt.install(request.param)
    yield request.param
    i18n_qt.install("en")


def test_no_page_is_cut_off_with_the_longest_names(qtbot, crowded, db, data_dir, language) -> None:
    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.pages.count()):
        window.show_page(index)  # built: every page's needs count towards the minimum
    QApplication.processEvents()
    # A page shown for the first time never makes the window grow past its usual size
    # (on a small screen it would grow off the edge).
    assert window.minimumSizeHint().width() <= SIZES["the usual size"].width()
    problems = []
    for where, size in SIZES.items():
        window.resize(size)
        for index in range(window.pages.count()):
            window.show_page(index)
            QApplication.processEvents()
            problems += [f"{where}, page {index}: {cut}" for cut in clipped(window)]
            smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
            if smallest.boundedTo(ROOM) != smallest:
                problems.append(f"page {index} makes the window at least {smallest}")
            if SHOTS:
                name = f"{language}-page{index}-{size.width()}x{size.height()}.png"
                window.grab().save(f"{SHOTS}/{name}")
    assert not problems, "\n".join(problems)
