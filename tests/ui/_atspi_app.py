"""The window test_atspi.py reads through AT-SPI: run with the project's Python on the
test's Xvfb display, inside its private D-Bus session, with Qt's AT-SPI bridge always on.

A sample group with a member; the main window on the Settings page, "Add a member" open
beside it, and the room display (not full screen). Prints "ready" once all are shown,
then runs until it is stopped. Usage: python _atspi_app.py DATA_FOLDER
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path


def main(data_dir: Path) -> int:
    os.environ["BALINTDESK_DATA_DIR"] = str(data_dir)
    from balintdesk.domain.group import Frequency, MeetingPattern
    from balintdesk.domain.roster import MemberDraft
    from balintdesk.paths import backups_dir, database_path
    from balintdesk.store import roster
    from balintdesk.store.db import open_database
    from balintdesk.ui.common.style import styled_application

    app = styled_application("balintdesk")
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    today = dt.date(2026, 3, 3)
    group = roster.create_group(
        "Riverside",
        MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Library"),
        today,
    )
    roster.add_member(group.id, MemberDraft("Dr Ann Member"))

    from balintdesk.ui.main_window import MainWindow
    from balintdesk.ui.roster.member_dialog import MemberDialog

    window = MainWindow(db, data_dir, today=lambda: today)
    window.show()
    projector = window.timer_page.open_projector()
    projector.show_on(full_screen=False)
    window.show_page(MainWindow.SETTINGS)
    dialog = MemberDialog(group.id, None, window)
    dialog.show()
    app.processEvents()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
