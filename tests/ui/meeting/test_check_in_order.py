"""The check-in list files names as the roster does (i18n.formats.sort_key): Ä beside A."""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 3, 3)


def test_the_check_in_list_is_sorted_like_the_roster(qtbot, db, data_dir) -> None:
    pattern = MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 75, "Room")
    group = roster.create_group("Riverside", pattern, TODAY)
    for name in ("Zoë Brontë", "Ärztin Berg", "Anna Albrecht", "Bob Bell"):
        roster.add_member(group.id, MemberDraft(name, Role.GP))
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show_page(MainWindow.MEETING)
    names = [roster.get_member(i).name for i in main.meeting_page.check_in.rows]  # in order
    assert names == ["Anna Albrecht", "Ärztin Berg", "Bob Bell", "Zoë Brontë"]
