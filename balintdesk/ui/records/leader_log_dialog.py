"""A leader's log for accreditation: the hours by kind over a period, the group sessions
from the meeting records, the entries the leader adds by hand (supervision, training,
society events), and saving it all as a PDF or CSV.

Opened from the Roster page for one member: `LeaderLogDialog(member_id, parent=self)`.
Asking where to save is one replaceable step, `choose_path(suggested name) -> Path | None`
(a save-file dialog by default), so tests and scripts can hand a path in; so is asking
whether to delete an entry (`confirm_box`, opened, never exec'd).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.leader_log import LeaderLog
from balintdesk.exports.leader_log import (
    default_file_name,
    write_leader_log_csv,
    write_leader_log_pdf,
)
from balintdesk.exports.record_words import entry_kind_label
from balintdesk.i18n import fill
from balintdesk.store import leader_log as log_store
from balintdesk.store import roster
from balintdesk.ui.common.forms import (
    FormDialog,
    OpenFileButton,
    PeriodFields,
    hint_label,
    primary_button,
    pydate,
    show_status,
    status_label,
    with_suffix,
)
from balintdesk.ui.common.question import ask
from balintdesk.ui.records.leader_log_panels import (
    EntriesPanel,
    HoursPanel,
    LeaderLogEntryDialog,
    SessionsPanel,
    short_date,
)

log = logging.getLogger(__name__)


class LeaderLogDialog(FormDialog):
    """One member's leader log over a period, with their hand-made entries and the
    exports."""

    def __init__(
        self,
        member_id: int,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.setObjectName("leaderLogDialog")
        self.member_id = member_id
        self.today = today
        self.member = roster.get_member(member_id)
        self.log: LeaderLog | None = None
        self.saved_path: Path | None = None
        self.active_dialog: QWidget | None = None
        self.confirm_box: QMessageBox | None = None
        # The step that asks where to save; replace it to answer without a file dialog.
        self.choose_path: Callable[[str], Path | None] = self._ask_for_path
        title = fill(self.tr("Leader log — {name}"), name=self.member.name)
        self.setWindowTitle(title)
        self.setMinimumSize(940, 640)

        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        group = roster.get_group(self.member.group_id).name
        intro = hint_label(
            fill(
                self.tr(
                    "{group}. For accreditation: the sessions come from the group's meeting "
                    "records; add supervision, training weekends and society events yourself."
                ),
                group=group,
            ),
            "leaderLogIntro",
        )

        self.period_fields = PeriodFields("log", today(), self)
        self.from_edit = self.period_fields.from_edit
        self.to_edit = self.period_fields.to_edit
        period = QHBoxLayout()
        for widget in (
            self.period_fields.from_label,
            self.from_edit,
            self.period_fields.to_label,
            self.to_edit,
        ):
            period.addWidget(widget)
        period.addStretch(1)

        self.hours_panel = HoursPanel()
        self.hour_labels = self.hours_panel.values
        self.sessions_panel = SessionsPanel()
        self.sessions_table = self.sessions_panel.table
        self.entries_panel = EntriesPanel()
        self.entries_table = self.entries_panel.table
        self.add_button = self.entries_panel.add_button
        self.edit_button = self.entries_panel.edit_button
        self.delete_button = self.entries_panel.delete_button
        if not self.member.is_leader:
            self.add_button.setEnabled(False)
            self.entries_panel.layout_.addWidget(
                hint_label(
                    fill(
                        self.tr(
                            "{name} is not marked as a leader. Tick “Leads the group” in their "
                            "roster entry to add to the log."
                        ),
                        name=self.member.name,
                    ),
                    "notLeaderHint",
                )
            )

        self.status = status_label("leaderLogStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.pdf_button = primary_button(self.tr("Save as &PDF…"), "savePdfButton")
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.setObjectName("saveCsvButton")
        self.requirements_button = QPushButton(self.tr("Re&quirements…"))
        self.requirements_button.setObjectName("requirementsButton")
        self.requirements_button.setToolTip(
            self.tr("What this leader has met of a leader accreditation rule")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        bottom = QHBoxLayout()
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.csv_button)
        self.open_button = OpenFileButton("openSavedButton")
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(self.requirements_button)
        bottom.addWidget(self.close_button)

        right = QVBoxLayout()
        right.addWidget(self.sessions_panel, 5)
        right.addWidget(self.entries_panel, 4)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(self.hours_panel, 0, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            # Enter in a date field or the entries (which edits one) must not also press
            # a button: no button here is a default one.
            button.setAutoDefault(False)

        self.period_fields.changed.connect(self.refresh)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.entries_table.itemDoubleClicked.connect(lambda _item: self.edit_entry())
        self.entries_table.activated.connect(lambda _index: self.edit_entry())  # Enter
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.csv_button.clicked.connect(lambda: self.save_as(".csv"))
        self.requirements_button.clicked.connect(self.open_requirements)
        self.close_button.clicked.connect(self.accept)
        self.refresh()
        self.from_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialog presses the default button of *any* descendant on Enter: the entries
        # table passes on the Enter that opened an entry's dialog, whose Save would be
        # pressed at once. Nothing here is a default button, so Enter stops here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- showing the log ----------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return self.period_fields.period()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.period_fields.set_period(start, end)  # and refresh()

    def refresh(self, keep_entry: int | None = None) -> None:
        start, end = self.period()
        if start > end:
            self.log = None
            self._say(
                self.tr(
                    "The period starts after it ends; choose a “from” date on or "
                    "before the “to” date."
                )
            )
        else:
            self.log = log_store.leader_log(self.member_id, start, end)
            self._say("")
        self._show_log(keep_entry)

    def _show_log(self, keep_entry: int | None) -> None:
        self.hours_panel.show_log(self.log)
        self.sessions_panel.show_sessions(self.log.sessions if self.log else ())
        self.entries_panel.show_entries(self.log.entries if self.log else (), keep_entry)
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(self.log is not None)

    def selected_entry_id(self) -> int | None:
        return self.entries_panel.selected_entry_id()

    def select_entry(self, entry_id: int) -> None:
        self.entries_panel.select_entry(entry_id)

    # --- entries ------------------------------------------------------------------------

    def add_entry(self) -> None:
        self._open_entry(LeaderLogEntryDialog(self.member_id, None, self, self.today))

    def edit_entry(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is not None:
            entry = log_store.get_entry(entry_id)
            self._open_entry(LeaderLogEntryDialog(self.member_id, entry, self, self.today))

    def _open_entry(self, dialog: LeaderLogEntryDialog) -> None:
        self.active_dialog = dialog

        def saved() -> None:
            day = pydate(dialog.date_edit.date())
            start, end = self.period()
            if not start <= day <= end:  # show what was just saved
                self.set_period(min(start, day), max(end, day))
            self.refresh(keep_entry=dialog.entry.id if dialog.entry else self._newest_entry())
            self._say(self.tr("Saved."), error=False)

        dialog.accepted.connect(saved)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()

    def _newest_entry(self) -> int | None:
        entries = log_store.list_entries(self.member_id)
        return max((entry.id for entry in entries), default=None)

    def delete_entry(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return
        entry = log_store.get_entry(entry_id)

        def forget() -> None:
            self.confirm_box = None

        def delete() -> None:
            log_store.delete_entry(entry_id)
            self.refresh()
            self._say(self.tr("Entry deleted."), error=False)

        self.confirm_box = ask(
            self,
            "confirmDeleteBox",
            self.tr("Delete the entry?"),
            fill(
                self.tr("Delete the entry “{kind}” of {day}? This cannot be undone."),
                kind=entry_kind_label(entry.kind),
                day=short_date(entry.day),
            ),
            "",
            self.tr("Delete"),
            self.tr("Keep it"),
            delete,
            forget,
        )

    def open_requirements(self) -> None:
        """The leader's requirements, the leader rules first in the choice."""
        from balintdesk.ui.records.requirements_dialog import RequirementsDialog

        dialog = RequirementsDialog(self.member_id, self, self.today, leader=True)
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()

    # --- saving -------------------------------------------------------------------------

    def _ask_for_path(self, suggested: str) -> Path | None:
        suffix = Path(suggested).suffix
        folder = self.saved_path.parent if self.saved_path else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the leader log"), str(folder / suggested), self._filter(suffix)
        )
        if not path:
            return None
        return with_suffix(path, suffix)

    def _filter(self, suffix: str) -> str:
        """The save dialog's filter; "(*.pdf)" stays as it is in every language."""
        if suffix == ".csv":
            return self.tr("CSV file (*.csv)")
        return self.tr("PDF document (*.pdf)")

    def save_as(self, suffix: str) -> bool:
        """Ask where (choose_path), then write the PDF or CSV; True when it was saved."""
        if self.log is None:
            return False
        path = self.choose_path(default_file_name(self.member.name, self.log.end, suffix))
        if path is None:
            return False
        path = Path(path)
        record = self.log

        def write() -> str:  # what was written: "2 pages", "CSV"
            if suffix == ".pdf":
                pages = write_leader_log_pdf(record, path, printed=self.today())
                return self.tr("%n page(s)", "", pages)
            write_leader_log_csv(record, path)
            return self.tr("CSV")

        def failed(exc: OSError) -> None:
            log.warning("Could not save a leader log: %s", exc.strerror or type(exc).__name__)

        what = self.open_button.save(path, write, self._say, failed)
        if what is None:
            return False
        self.saved_path = path
        saved = fill(
            self.tr("Saved “{file}” ({what}) in {folder}."),
            file=path.name,
            what=what,
            folder=str(path.parent),
        )
        self._say(saved, error=False)
        return True

    def _say(self, message: str, error: bool = True) -> None:
        show_status(self.status, message, error)
