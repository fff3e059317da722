"""The main window on the Rota page, for the Rota page's tests and its exports' tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 3, 3)  # a Tuesday
PATTERN = MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Library")


def rota_window(qtbot, db, data_dir: Path, names: Sequence[str]) -> MainWindow:
    """ "Riverside", weekly on Tuesdays from TODAY, with `names` as members (GPs since
    7 January 2025): the main window showing its Rota page, active."""
    group = roster.create_group("Riverside", PATTERN, TODAY)
    for name in names:
        roster.add_member(group.id, MemberDraft(name, Role.GP, joined=dt.date(2025, 1, 7)))
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.ROTA)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main
