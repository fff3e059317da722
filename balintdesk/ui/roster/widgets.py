"""Parts of the Roster page: the sort choice, and the row of buttons under the roster
(add, edit, archive, the Records menu, the CSV import and export). Widgets and their fit
only; the Roster page connects them.

The Records menu holds the selected member's CPD record, leader log and requirements
(what they have met of an attendance rule), the group's attendance and, for a programme
administrator, the programme view: one button beside the member's, rather than more in
the row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

from balintdesk.i18n import fill
from balintdesk.store.models import Member
from balintdesk.ui.common.flow import FlowRow
from balintdesk.ui.common.forms import primary_button
from balintdesk.ui.roster.model import RosterModel

COMPACT_PADDING = 8  # px each side of a button's text on a narrow window (else 14)


class SortCombo(QComboBox):
    """Sorting from the keyboard: the table's header answers only to the mouse. Each
    item's data is (column, order)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sortCombo")
        self.setAccessibleName(self.tr("Sort the roster by"))
        ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
        for text, column, order in (
            (self.tr("Name, A to Z"), RosterModel.NAME, ascending),
            (self.tr("Name, Z to A"), RosterModel.NAME, descending),
            (self.tr("Role"), RosterModel.ROLE, ascending),
            (self.tr("Leaders first"), RosterModel.LEADER, ascending),
            (self.tr("Joined, longest first"), RosterModel.JOINED, ascending),
            (self.tr("Joined, newest first"), RosterModel.JOINED, descending),
        ):
            self.addItem(text, (column, order))

    def show_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Show the table's sort (a header click), or no item when none matches; quietly,
        as it only follows the table."""
        # findData cannot compare Python tuples; look through the few entries instead.
        wanted = (column, order)
        index = next((i for i in range(self.count()) if self.itemData(i) == wanted), -1)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)


class RecordsButton(QPushButton):
    cpd_requested = Signal()
    leader_log_requested = Signal()
    attendance_requested = Signal()
    timing_requested = Signal()
    requirements_requested = Signal()
    programme_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("&Records"), parent)
        self.setObjectName("recordsButton")
        self.setToolTip(
            self.tr(
                "CPD record, leader log and requirements for the selected member; the "
                "group's attendance"
            )
        )
        menu = QMenu(self)
        menu.setObjectName("recordsMenu")
        self.cpd_action = menu.addAction(self.tr("&CPD record…"), self.cpd_requested.emit)
        self.cpd_action.setObjectName("cpdRecordAction")
        self.leader_log_action = menu.addAction(
            self.tr("&Leader log…"), self.leader_log_requested.emit
        )
        self.leader_log_action.setObjectName("leaderLogAction")
        self.requirements_action = menu.addAction(
            self.tr("Re&quirements…"), self.requirements_requested.emit
        )
        self.requirements_action.setObjectName("requirementsAction")
        menu.addSeparator()
        self.attendance_action = menu.addAction(
            self.tr("&Attendance CSV…"), self.attendance_requested.emit
        )
        self.attendance_action.setObjectName("attendanceCsvAction")
        self.timing_action = menu.addAction(
            self.tr("How the &time went…"), self.timing_requested.emit
        )
        self.timing_action.setObjectName("timingAction")
        # Every group and member against the programme's rule: for an administrator only
        # (show_programme), also with one group, where it is the group's whole picture.
        self.programme_separator = menu.addSeparator()
        self.programme_action = menu.addAction(
            self.tr("&Programme…"), self.programme_requested.emit
        )
        self.programme_action.setObjectName("programmeAction")
        self.show_programme(False)
        self.setMenu(menu)

    def show_programme(self, administrator: bool) -> None:
        """The programme view is offered to a programme administrator, to no one else."""
        self.programme_separator.setVisible(administrator)
        self.programme_action.setVisible(administrator)

    def update_for(self, member: Member | None, has_group: bool) -> None:
        """Enable what makes sense for the selection: a CPD record for any member, the
        leader log for a leader, the attendance for any group."""
        self.setEnabled(has_group)
        self.cpd_action.setEnabled(member is not None)
        self.requirements_action.setEnabled(member is not None)
        self.leader_log_action.setEnabled(member is not None and member.is_leader)
        self.attendance_action.setEnabled(has_group)
        self.timing_action.setEnabled(has_group)
        name = member.name if member is not None else ""
        self.cpd_action.setText(
            fill(self.tr("&CPD record for {name}…"), name=name) if name else self.tr("&CPD record…")
        )
        self.requirements_action.setText(
            fill(self.tr("Re&quirements for {name}…"), name=name)
            if name
            else self.tr("Re&quirements…")
        )
        self.leader_log_action.setText(
            fill(self.tr("&Leader log of {name}…"), name=name)
            if member is not None and member.is_leader
            else self.tr("&Leader log… (for a leader)")
        )


class RosterActions(QWidget):
    """The buttons, whole at any width the window allows: on a narrow one (the smallest
    is 900 px with the sidebar) the CSV buttons say less and every button pads less,
    rather than each being cut off."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.add_button = primary_button(self.tr("Add member"), "addMemberButton")
        self.add_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editMemberButton")
        self.edit_button.setToolTip(self.tr("Edit the selected member (Enter)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archiveMemberButton")
        self.archive_button.setToolTip(
            self.tr("Take the selected member off the active roster; their history stays (Delete)")
        )
        self.records_button = RecordsButton()
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setObjectName("importCsvButton")
        self.import_button.setToolTip(self.tr("Add or update members from a CSV file"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportCsvButton")
        self.export_button.setToolTip(self.tr("Save the roster as a CSV file"))
        self.compact = False

        layout = FlowRow(self)  # and, narrower still, they go on two lines
        layout.setSpacing(10)  # as the page's own rows
        for button in self.buttons()[:4]:
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.import_button)
        layout.addWidget(self.export_button)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_button,
            self.edit_button,
            self.archive_button,
            self.records_button,
            self.import_button,
            self.export_button,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        buttons = self.buttons()
        spacing = self.layout().spacing()
        wanted = sum(button.sizeHint().width() for button in buttons) + 5 * spacing + 12
        if self.compact:  # what the full texts and padding would take
            wanted += 2 * self.import_button.fontMetrics().horizontalAdvance(" CSV")
            wanted += len(buttons) * 2 * (14 - COMPACT_PADDING)
        compact = self.width() < wanted
        if compact == self.compact:
            return
        self.compact = compact
        self.import_button.setText(self.tr("Import…") if compact else self.tr("Import CSV…"))
        self.export_button.setText(self.tr("Export…") if compact else self.tr("Export CSV…"))
        padding = f"padding-left: {COMPACT_PADDING}px; padding-right: {COMPACT_PADDING}px;"
        for button in buttons:
            button.setStyleSheet(f"QPushButton {{ {padding} }}" if compact else "")
