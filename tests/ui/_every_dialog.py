"""Every dialog of the window, made on a small sample group: for the tests that must hold
for all of them (Enter never throws away what was typed; later, accessible names).

A new dialog class fails `test_the_catalogue_names_every_dialog` until it is added here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import roster
from balintdesk.store.models import Member
from balintdesk.vault import crypto
from balintdesk.vault import vault as vaults

TODAY = dt.date(2026, 3, 3)


def _of_kind(dialog, kind: str):
    """The records' dialog showing one kind of certificate (CpdDialog.set_kind)."""
    dialog.set_kind(kind)
    return dialog


class Sample:
    """A group with a member and a leader, a roster CSV file and an open vault."""

    def __init__(self, folder: Path):
        self.group = roster.create_group(
            "Riverside",
            MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Library"),
            TODAY,
        )
        self.member: Member = roster.add_member(self.group.id, MemberDraft("Dr Ann Member"))
        self.leader: Member = roster.add_member(
            self.group.id, MemberDraft("Dr Lee Leader", Role.GP, True)
        )
        self.csv = folder / "members.csv"
        self.csv.write_text("name,role\nDr New Person,GP\n", encoding="utf-8")
        self.folder = folder
        self.vault, _key = vaults.create_vault(
            "Dr Ann Member", "a long enough passphrase here", kdf_params=crypto.KdfParams(1, 1, 8)
        )


def _timed_meeting(group_id: int) -> int:
    """The group's first meeting, timed: over in one phase, paused in another, one skipped."""
    from balintdesk.store import meetings
    from balintdesk.store.models import Meeting

    from ..store._timing_helpers import run_meeting

    meetings.ensure_schedule(group_id, TODAY, until=TODAY + dt.timedelta(days=7))
    meeting = Meeting.select().where(Meeting.group == group_id).order_by(Meeting.starts_at).get()
    steps = ["start", 300, "next", 600, "pause", 240, "resume", "next", 2280, "end"]
    run_meeting(meeting.id, steps, start_utc=meeting.starts_at)
    return meeting.id


def _requirements_for(
    member: Member, rule_id: str, today: Callable[[], dt.date]
) -> Callable[[QWidget], QDialog]:
    def make(parent: QWidget) -> QDialog:
        from balintdesk.store.requirements import set_working_toward
        from balintdesk.ui.records.requirements_dialog import RequirementsDialog

        set_working_toward(member.id, rule_id)
        return RequirementsDialog(member.id, parent, today, leader=True)

    return make


def _largest_rule() -> str:
    from balintdesk.store.requirements import rule_book

    rules = rule_book().rules.values()
    return max(rules, key=lambda rule: (len(rule.conditions) + len(rule.settings), rule.id)).id


def catalogue(sample: Sample) -> dict[str, Callable[[QWidget], QDialog]]:
    """Dialog class name -> a function making it with the given parent."""
    from balintdesk.store.db import BackupInfo
    from balintdesk.ui.common.import_dialog import HISTORY_IMPORT, ROSTER_IMPORT, CsvImportDialog
    from balintdesk.ui.damaged import DamagedDataBox
    from balintdesk.ui.meeting.dialogs import (
        CancelMeetingDialog,
        MoveMeetingDialog,
        ThemesDialog,
    )
    from balintdesk.ui.notes.export_dialog import NotesExportDialog
    from balintdesk.ui.notes.vault_dialogs import CreateVaultDialog, ManageVaultDialog
    from balintdesk.ui.records.attendance_dialog import AttendanceCsvDialog
    from balintdesk.ui.records.cpd_dialog import CpdDialog
    from balintdesk.ui.records.leader_log_dialog import LeaderLogDialog
    from balintdesk.ui.records.leader_log_panels import LeaderLogEntryDialog
    from balintdesk.ui.records.programme_dialog import ProgrammeDialog
    from balintdesk.ui.records.requirements_dialog import RequirementsDialog
    from balintdesk.ui.records.timing_dialog import TimingDialog
    from balintdesk.ui.roster.member_dialog import MemberDialog
    from balintdesk.ui.rota.dialogs import BreakDialog, ChoosePresenterDialog
    from balintdesk.ui.rota.export_dialogs import CalendarFileDialog, RotaPrintDialog
    from balintdesk.ui.session_server import ServerStartBox
    from balintdesk.ui.settings.page import NewGroupDialog
    from balintdesk.ui.settings.server_dialog import SharedDatabaseDialog
    from balintdesk.ui.timer.dialogs import TemplatesDialog, TimerSettingsDialog
    from balintdesk.ui.welcome import WelcomeDialog

    group, member, leader = sample.group.id, sample.member, sample.leader
    members = roster.list_members(group)
    today = lambda: TODAY  # noqa: E731
    sound = BackupInfo(
        sample.folder / "backups" / "balintdesk-20260303T080000Z-daily.sqlite3",
        dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.UTC),
        "daily",
    )
    return {
        "CsvImportDialog": lambda p: CsvImportDialog(ROSTER_IMPORT, group, sample.csv, p, TODAY),
        "CsvImportDialog(history)": lambda p: CsvImportDialog(
            HISTORY_IMPORT, group, sample.csv, p, TODAY
        ),
        "CancelMeetingDialog": lambda p: CancelMeetingDialog("Tuesday 10 March", p),
        "MoveMeetingDialog": lambda p: MoveMeetingDialog(TODAY, dt.time(12, 30), p),
        "ThemesDialog": lambda p: ThemesDialog(["The angry patient"], p),
        "NotesExportDialog": lambda p: NotesExportDialog(sample.vault, p),
        "CreateVaultDialog": lambda p: CreateVaultDialog(group, False, p),
        "ManageVaultDialog": lambda p: ManageVaultDialog(sample.vault, p),
        "AttendanceCsvDialog": lambda p: AttendanceCsvDialog(group, p, today),
        "CpdDialog": lambda p: CpdDialog(member.id, p, today),
        "CpdDialog(de)": lambda p: _of_kind(CpdDialog(member.id, p, today), "de"),
        "CpdDialog(nl)": lambda p: _of_kind(CpdDialog(member.id, p, today), "nl"),
        "LeaderLogDialog": lambda p: LeaderLogDialog(leader.id, p, today),
        "LeaderLogEntryDialog": lambda p: LeaderLogEntryDialog(leader.id, None, p, today),
        "RequirementsDialog": lambda p: RequirementsDialog(member.id, p, today),
        # The shipped rule with the most to show, its settings and conditions filled in.
        "RequirementsDialog(rule)": _requirements_for(leader, _largest_rule(), today),
        "ProgrammeDialog": lambda p: ProgrammeDialog(p, today),
        "MemberDialog": lambda p: MemberDialog(group, None, p),
        "MemberDialog(edit)": lambda p: MemberDialog(group, member, p),
        "BreakDialog": lambda p: BreakDialog(TODAY, p),
        "ChoosePresenterDialog": lambda p: ChoosePresenterDialog("Tuesday 10 March", members, p),
        "RotaPrintDialog": lambda p: RotaPrintDialog(group, TODAY, sample.folder, parent=p),
        "CalendarFileDialog": lambda p: CalendarFileDialog(group, TODAY, sample.folder, parent=p),
        "NewGroupDialog": lambda p: NewGroupDialog(p),
        "TemplatesDialog": lambda p: TemplatesDialog(group, None, p),
        "TimerSettingsDialog": lambda p: TimerSettingsDialog(group, p),
        "TimingDialog": lambda p: TimingDialog(group, None, p),
        "TimingDialog(timed)": lambda p: TimingDialog(group, _timed_meeting(group), p),
        "WelcomeDialog": lambda p: WelcomeDialog(p),
        "DamagedDataBox": lambda p: DamagedDataBox(sample.folder / "balintdesk.sqlite3", sound, p),
        "DamagedDataBox(no backup)": lambda p: DamagedDataBox(
            sample.folder / "balintdesk.sqlite3", None, p
        ),
        "SharedDatabaseDialog": lambda p: SharedDatabaseDialog(sample.folder, p),
        "SharedDatabaseDialog(server)": lambda p: SharedDatabaseDialog(_on_a_server(sample), p),
        "ServerStartBox": lambda p: ServerStartBox(_unreachable(), False, p),
        "ServerStartBox(password)": lambda p: ServerStartBox(_wrong_password(), True, p),
    }


def _on_a_server(sample: Sample) -> Path:
    """A data folder whose server.json names a server on the network (the CA row shown)."""
    from balintdesk.store import server_config

    folder = sample.folder / "on-a-server"
    folder.mkdir(exist_ok=True)
    config = server_config.ServerConfig(
        host="balint-db.training-programme.example",
        login="dr.annemarie.vandenberghe",
        database="balintdesk_programme",
        ca_file=str(folder / "programme-ca.crt"),
    )
    server_config.save(folder, config)
    return folder


def _unreachable() -> str:
    from balintdesk.i18n import server_words
    from balintdesk.store.server import ServerTrouble

    host = "balint-db.training-programme.example"
    return server_words.trouble_sentence(ServerTrouble.UNREACHABLE, host, "dr.lee")


def _wrong_password() -> str:
    from balintdesk.i18n import server_words
    from balintdesk.store.server import ServerTrouble

    host = "balint-db.training-programme.example"
    return server_words.trouble_sentence(ServerTrouble.WRONG_PASSWORD, host, "dr.lee")
