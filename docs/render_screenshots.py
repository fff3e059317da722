"""Render the pages to PNG with sample data, for the README and for looking at.

    QT_QPA_PLATFORM=offscreen python docs/render_screenshots.py [OUT_DIR]

Uses a throw-away data folder; the people below are invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from render_common import WINDOW_SIZE, Shooter, run, throwaway_database

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.paths import backups_dir
from balintdesk.store import roster, settings
from balintdesk.store.db import auto_backup
from balintdesk.store.history_import import apply_history_import, plan_history_import
from balintdesk.store.models import Group
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.roster.member_dialog import MemberDialog
from balintdesk.ui.welcome import WelcomeDialog

SAMPLE_MEMBERS = [
    MemberDraft(
        "Dr Siobhán O'Neill", Role.GP, True, "s.oneill@example.nhs.uk", dt.date(2021, 9, 7)
    ),
    MemberDraft("Dr Marcus Webb", Role.GP, True, "", dt.date(2021, 9, 7)),
    MemberDraft(
        "Patel, Anjali (Dr)", Role.GP, False, "anjali.patel@example.nhs.uk", dt.date(2022, 1, 11)
    ),
    MemberDraft("Dr Tomasz Nowak", Role.GP, False, "", dt.date(2022, 9, 6)),
    MemberDraft(
        "Dr Grace Adeyemi", Role.GP_TRAINEE, False, "", dt.date(2024, 8, 6), dt.date(2024, 10, 1)
    ),
    MemberDraft(
        "Dr Ellen Fraser", Role.GP, False, "ellen.fraser@example.nhs.uk", dt.date(2023, 3, 14)
    ),
    MemberDraft("Chloë Martin", Role.NURSE, False, "", dt.date(2023, 9, 12)),
    MemberDraft(
        "Dr Rhys Llewellyn", Role.GP_TRAINEE, False, "", dt.date(2025, 8, 5), dt.date(2025, 11, 4)
    ),
    MemberDraft("Hannah Okafor", Role.PHARMACIST, False, "", dt.date(2024, 1, 9)),
    MemberDraft("Dr Jun Takahashi", Role.GP, False, "", dt.date(2022, 4, 5)),
]


FIRST_MEETING = dt.date(2025, 9, 2)  # a Tuesday; the group meets every other Tuesday
TODAY = dt.date(2026, 3, 3)  # a meeting day, so the Meeting page shows check-in


def sample_history(group_id: int) -> str:
    """Who came and who presented at the fortnightly meetings before TODAY (invented)."""
    members = roster.list_members(group_id)
    presenters = [m for m in members if not m.is_leader]
    text = io.StringIO()
    rows = csv.writer(text)
    rows.writerow(["date", "name", "status", "presented"])
    day, turn = FIRST_MEETING, 0
    while day < TODAY:
        eligible = [
            m for m in presenters if m.joined <= day and (m.may_present_from or m.joined) <= day
        ]
        presenter = eligible[turn % len(eligible)] if eligible else None
        turn += 3  # not strictly in turn, as in real life
        for index, member in enumerate(m for m in members if m.joined <= day):
            status = "apologies" if (index + day.toordinal()) % 7 == 0 else "present"
            if member is presenter:
                status = "present"
            presented = "yes" if member is presenter else "no"
            rows.writerow([day.isoformat(), member.name, status, presented])
        day += dt.timedelta(days=14)
    return text.getvalue()


def sample_group() -> Group:
    """The Riverside group, fortnightly on Tuesdays since FIRST_MEETING, with
    SAMPLE_MEMBERS and their meetings before TODAY (sample_history) on record."""
    group = roster.create_group(
        "Riverside Balint group",
        MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room"),
        FIRST_MEETING,
    )
    for draft in SAMPLE_MEMBERS:
        roster.add_member(group.id, draft)
    plan = plan_history_import(
        group.id, parse_history_csv(sample_history(group.id).encode()), TODAY
    )
    assert plan.ok, plan.errors
    apply_history_import(group.id, plan)
    return group


def render(out: Path) -> list[Path]:
    shot = Shooter(out)

    with throwaway_database() as (data_dir, db):
        welcome = WelcomeDialog()
        welcome.group_form.name_edit.setText("Riverside Balint group")
        welcome.group_form.room_edit.setText("Seminar room, first floor")
        welcome.group_form.zone_combo.setCurrentText("Europe/London")
        welcome.show()
        shot(welcome, "welcome")
        welcome.close()

        group = roster.create_group(
            "Riverside Balint group",
            MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room"),
            FIRST_MEETING,
        )
        settings.set_flag(settings.SHARED_PC, True)
        for draft in SAMPLE_MEMBERS:
            roster.add_member(group.id, draft)
        auto_backup(db, backups_dir(data_dir))
        history = data_dir / "history.csv"
        history.write_text(sample_history(group.id), encoding="utf-8")
        plan = plan_history_import(group.id, parse_history_csv(history.read_bytes()), TODAY)
        assert plan.ok, plan.errors
        apply_history_import(group.id, plan)

        window = MainWindow(db, data_dir, today=lambda: TODAY)
        window.resize(*WINDOW_SIZE)
        window.show()
        shot(window, "roster")

        member = roster.list_members(group.id)[3]
        dialog = MemberDialog(group.id, member, window)
        dialog.show()
        shot(dialog, "member-dialog")
        dialog.email_edit.setText("not-an-address")
        dialog.name_edit.setText("dr siobhán o'neill")
        dialog.save_button.click()
        shot(dialog, "member-dialog-errors")
        dialog.reject()

        good = data_dir / "new-members.csv"
        good.write_text(
            "Name,Role,Leader,Email,Joined\n"
            "Dr Amara Osei,GP trainee,no,,02/09/2025\n"
            "DR TOMASZ NOWAK,GP,no,t.nowak@example.nhs.uk,06/09/2022\n"
            "Hannah Okafor,Pharmacist,no,,2024-01-09\n",
            encoding="utf-8",
        )
        bad = data_dir / "bad.csv"
        bad.write_text(
            "name,role,leader,joined\nDr Amara Osei,GP trainee,maybe,31/02/2025\n,GP,no,\n",
            encoding="utf-8",
        )
        for csv_file, name in ((good, "import-preview"), (bad, "import-errors")):
            window.roster_page.open_import_dialog(csv_file)
            shot(window.roster_page.active_dialog, name)
            window.roster_page.active_dialog.reject()

        window.show_page(MainWindow.MEETING)
        page = window.meeting_page
        for row in list(page.check_in.rows.values())[:7]:
            row.buttons["present"].click()
        list(page.check_in.rows.values())[8].buttons["apologies"].click()
        shot(window, "meeting")
        window.show_page(MainWindow.ROTA)
        window.rota_page.plan_table.selectRow(1)
        shot(window, "rota")

        window.show_page(MainWindow.SETTINGS)
        shot(window, "settings")
        window.close()
    return shot.written


if __name__ == "__main__":
    run(render)
