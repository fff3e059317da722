"""Render the leader log to PNG with sample data, for the README and for looking at: the
Meeting page's check-in with "Led by" and "Co-led by", the leader log dialog, an entry
refused by the privacy guard, and the first page of the PDF (via poppler's pdftoppm).

    QT_QPA_PLATFORM=offscreen python docs/render_leader_log.py [OUT_DIR]

Uses a throw-away data folder; the people below are invented.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from render_common import WINDOW_SIZE, Shooter, run, throwaway_database

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import meetings, roster
from balintdesk.store.leader_log import add_entry
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import AttendanceStatus, Meeting, MeetingPhase, MeetingStatus
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.records.leader_log_dialog import LeaderLogDialog

FIRST_MEETING = dt.date(2025, 3, 11)  # a Tuesday; the group meets every other Tuesday
TODAY = dt.date(2026, 3, 10)  # a meeting day, so the Meeting page shows check-in
LEADER = MemberDraft("Dr Siobhán Ó Ceallaigh", Role.GP, True, "", dt.date(2021, 9, 7))
CO_LEADER = MemberDraft("Dr Marcus Webb", Role.GP, True, "", dt.date(2021, 9, 7))
MEMBERS = [
    MemberDraft("Patel, Anjali (Dr)", Role.GP, False, "", dt.date(2022, 1, 11)),
    MemberDraft("Dr Tomasz Nowak", Role.GP, False, "", dt.date(2022, 9, 6)),
    MemberDraft("Dr Grace Adeyemi", Role.GP_TRAINEE, False, "", dt.date(2024, 8, 6)),
    MemberDraft("Chloë Martin", Role.NURSE, False, "", dt.date(2023, 9, 12)),
    MemberDraft("Hannah Okafor", Role.PHARMACIST, False, "", dt.date(2024, 1, 9)),
]
ENTRIES = [
    (dt.date(2025, 4, 24), "supervision", 90, "Leaders' group supervision"),
    (dt.date(2025, 6, 14), "training", 7 * 60, "Leaders' training weekend, Oxford"),
    (dt.date(2025, 9, 25), "supervision", 90, "Leaders' group supervision"),
    (dt.date(2025, 11, 8), "society_event", 3 * 60, "Balint Society autumn meeting"),
    (dt.date(2026, 1, 22), "supervision", 60, "Supervision with Andrew Elder"),
]


def sample_meetings(group_id: int, leader_id: int, co_leader_id: int, others: list[int]) -> None:
    """A year of fortnightly meetings before TODAY: most led by Siobhán with Marcus, some
    the other way round, some she led alone, one she missed, one she sat in as a member
    while Marcus led; about half timed."""
    meetings.ensure_schedule(group_id, today=FIRST_MEETING, until=TODAY)
    held = Meeting.select().where(
        (Meeting.group == group_id)
        & (Meeting.local_date < TODAY)
        & (Meeting.status == MeetingStatus.PLANNED)
    )
    for n, row in enumerate(held.order_by(Meeting.local_date)):
        if n % 9 == 4:
            continue  # the summer break
        roles = [(leader_id, co_leader_id), (co_leader_id, leader_id), (leader_id, None)]
        leaders = roles[0] if n % 4 < 2 else roles[1] if n % 4 == 2 else roles[2]
        if n in (7, 15):
            leaders = (co_leader_id, None)  # Marcus led alone
        present = {i for i in leaders if i is not None} | set(others[: 3 + n % 3])
        if n == 15:
            present.add(leader_id)  # Siobhán sat in as a member (on the 7th she was away)
        for member_id in present:
            meetings.set_attendance(row.id, member_id, AttendanceStatus.PRESENT, today=TODAY)
        meetings.record_meeting(row.id, [], today=TODAY)
        set_leaders(row.id, *leaders, today=TODAY)
        if n % 2:
            for position, (planned, actual) in enumerate(((10, 11), (40, 44), (15, 17), (10, 9))):
                MeetingPhase.create(
                    meeting=row.id,
                    position=position,
                    name=f"Phase {position + 1}",
                    planned_seconds=planned * 60,
                    actual_seconds=actual * 60,
                )


def render(out: Path) -> list[Path]:
    shot = Shooter(out)
    with throwaway_database() as (data_dir, db):
        pattern = MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room")
        group = roster.create_group("Riverside Balint group", pattern, FIRST_MEETING)
        leader = roster.add_member(group.id, LEADER)
        co_leader = roster.add_member(group.id, CO_LEADER)
        others = [roster.add_member(group.id, draft).id for draft in MEMBERS]
        sample_meetings(group.id, leader.id, co_leader.id, others)
        for day, kind, minutes, note in ENTRIES:
            add_entry(leader.id, day, kind, minutes, note, today=TODAY)

        window = MainWindow(db, data_dir, today=lambda: TODAY)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.show_page(MainWindow.MEETING)
        page = window.meeting_page
        for member_id in (leader.id, co_leader.id, *others[:4]):
            page.check_in.rows[member_id].buttons["present"].click()
        page.check_in.rows[others[4]].buttons["apologies"].click()
        shot(window, "meeting-leaders")

        dialog = LeaderLogDialog(leader.id, parent=window, today=lambda: TODAY)
        dialog.show()
        shot(dialog, "leader-log-dialog")

        dialog.add_button.click()
        entry = dialog.active_dialog
        entry.note_edit.setText("Discussed Mrs Jones, a 47-year-old")
        entry.save_button.click()
        shot(entry, "leader-log-entry-refused")
        entry.reject()

        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "leader-log.pdf"
            dialog.choose_path = lambda _name: pdf
            dialog.save_as(".pdf")
            shot.pdf(pdf, "leader-log-pdf")
        dialog.close()
        window.close()
    return shot.written


if __name__ == "__main__":
    run(render)
