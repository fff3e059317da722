"""On a server, LISTEN/NOTIFY: the page shown follows another PC's change by itself,
without being shown again or the window becoming active."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import meetings, roster
from balintdesk.store.server_notify import install_notify
from balintdesk.ui.main_window import MainWindow

from .test_meeting_two_pcs import PATTERN, PRESENT, TODAY, elsewhere

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def test_on_a_server_a_change_elsewhere_appears_without_clicking(qtbot, db, data_dir):
    with db.connection().cursor() as cursor:
        install_notify(cursor)  # what `db init` does
    group = roster.create_group("Riverside", PATTERN, TODAY)
    ann = roster.add_member(group.id, MemberDraft("Dr Ann", Role.GP, joined=dt.date(2025, 9, 1)))
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.MEETING)
    page = main.meeting_page
    meeting_id = page.meeting.id
    elsewhere(lambda: meetings.set_attendance(meeting_id, ann.id, PRESENT, today=TODAY))
    qtbot.waitUntil(lambda: page.check_in.rows[ann.id].status() == PRESENT, timeout=10000)
