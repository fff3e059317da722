"""Render the attendance records: the Roster page's Records menu, the CPD record dialog,
the attendance CSV dialog, and the first page of a CPD record PDF as PNG (through
poppler's pdftoppm), for the README and for looking at.

    QT_QPA_PLATFORM=offscreen python docs/render_cpd.py [OUT_DIR]

The Roster page itself (with the Records button) is docs/render_screenshots.py's roster.png.

Uses the invented group of render_screenshots.py in a throw-away data folder; every other
meeting ran the phase timer, so the record shows timed and planned lengths.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from render_common import WINDOW_SIZE, Shooter, run, throwaway_database
from render_screenshots import TODAY, sample_group

from balintdesk.store import meetings, roster
from balintdesk.store.models import MeetingPhase
from balintdesk.ui.main_window import MainWindow

MEMBER = "Dr Tomasz Nowak"
# A classic meeting as the timer logged it: name, planned and actual minutes.
PHASES = (
    ("Who has a case?", 5, 4),
    ("The case", 10, 12),
    ("Questions", 10, 9),
    ("Group discussion", 35, 38),
    ("Presenter returns", 10, 8),
    ("Close", 5, 4),
)


def _log_timer(group_id: int) -> None:
    """Every other held meeting ran the phase timer; a minute or two more or less."""
    for index, meeting in enumerate(meetings.held_meetings(group_id)):
        if index % 2:
            continue
        for position, (name, planned, actual) in enumerate(PHASES):
            MeetingPhase.create(
                meeting=meeting.id,
                position=position,
                name=name,
                planned_seconds=planned * 60,
                actual_seconds=(actual + (index // 2) % 3 - 1) * 60,
            )


def render(out: Path) -> list[Path]:
    shot = Shooter(out)

    with throwaway_database() as (data_dir, db):
        group = sample_group()
        _log_timer(group.id)

        window = MainWindow(db, data_dir, today=lambda: TODAY)
        window.resize(*WINDOW_SIZE)
        window.show()
        page = window.roster_page
        page.today = lambda: TODAY
        member = next(m for m in roster.list_members(group.id) if m.name == MEMBER)
        page.select_member(member.id)
        page.records_button.setFocus()

        menu = page.records_button.menu()
        menu.popup(page.records_button.mapToGlobal(page.records_button.rect().bottomLeft()))
        shot(menu, "cpd-records-menu")
        menu.hide()

        page.open_cpd_dialog()
        dialog = page.active_dialog
        shot(dialog, "cpd-dialog")
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "cpd.pdf"
            dialog.choose_path = lambda _suggested: pdf
            dialog.save()
            shot.pdf(pdf, "cpd-pdf")
        dialog.reject()

        page.open_attendance_dialog()
        shot(page.active_dialog, "cpd-attendance-dialog")
        page.active_dialog.reject()
        window.close()
    return shot.written


if __name__ == "__main__":
    run(render)
