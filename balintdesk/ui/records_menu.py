"""The Roster page's "Records" button: the selected member's CPD record and leader log,
and the group's attendance, in one menu beside the member's buttons rather than three more
buttons in the row. It only asks; the page opens the dialogs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from balintdesk.store.models import Member


class RecordsButton(QPushButton):
    cpd_requested = Signal()
    leader_log_requested = Signal()
    attendance_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("&Records"), parent)
        self.setObjectName("recordsButton")
        self.setToolTip(
            self.tr("CPD record and leader log for the selected member; the group's attendance")
        )
        menu = QMenu(self)
        menu.setObjectName("recordsMenu")
        self.cpd_action = menu.addAction(self.tr("&CPD record…"), self.cpd_requested.emit)
        self.cpd_action.setObjectName("cpdRecordAction")
        self.leader_log_action = menu.addAction(
            self.tr("&Leader log…"), self.leader_log_requested.emit
        )
        self.leader_log_action.setObjectName("leaderLogAction")
        menu.addSeparator()
        self.attendance_action = menu.addAction(
            self.tr("&Attendance CSV…"), self.attendance_requested.emit
        )
        self.attendance_action.setObjectName("attendanceCsvAction")
        self.setMenu(menu)

    def update_for(self, member: Member | None, has_group: bool) -> None:
        """Enable what makes sense for the selection: a CPD record for any member, the
        leader log for a leader, the attendance for any group."""
        self.setEnabled(has_group)
        self.cpd_action.setEnabled(member is not None)
        self.leader_log_action.setEnabled(member is not None and member.is_leader)
        self.attendance_action.setEnabled(has_group)
        name = member.name if member is not None else ""
        self.cpd_action.setText(
            self.tr("&CPD record for {0}…").format(name) if name else self.tr("&CPD record…")
        )
        self.leader_log_action.setText(
            self.tr("&Leader log of {0}…").format(name)
            if member is not None and member.is_leader
            else self.tr("&Leader log… (for a leader)")
        )
