"""Render the Rota page's exports: the print dialog, the calendar dialog, and the first
page of the printable rota as PNG (through poppler's pdftoppm), for the README and for
looking at.

    QT_QPA_PLATFORM=offscreen python docs/render_rota_exports.py [OUT_DIR]

Uses the invented group of render_screenshots.py in a throw-away data folder, with an
Easter break and one meeting moved to another room, so the sheet shows both.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from render_common import WINDOW_SIZE, Shooter, run, throwaway_database
from render_screenshots import TODAY, sample_group

from balintdesk.store import meetings
from balintdesk.store.models import Meeting
from balintdesk.ui.main_window import MainWindow

EASTER = (dt.date(2026, 4, 6), dt.date(2026, 4, 17))


def render(out: Path) -> list[Path]:
    shot = Shooter(out)

    with throwaway_database() as (data_dir, db):
        group = sample_group()
        meetings.add_break(group.id, *EASTER, "Easter break")
        later = meetings.upcoming_meetings(group.id, count=8, today=TODAY)[-1]
        Meeting.update(room="Library").where(Meeting.id == later.id).execute()

        window = MainWindow(db, data_dir, today=lambda: TODAY)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.show_page(MainWindow.ROTA)
        page = window.rota_page

        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "rota.pdf"
            page.choose_save_path = lambda *_args: str(pdf)
            page.print_button.click()
            shot(page.active_dialog, "rota-print-dialog")
            page.active_dialog.primary.click()
            shot.pdf(pdf, "rota-pdf")

        page.calendar_button.click()
        shot(page.active_dialog, "rota-calendar-dialog")
        page.active_dialog.reject()
        window.close()
    return shot.written


if __name__ == "__main__":
    run(render)
