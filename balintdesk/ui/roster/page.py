"""The Roster page: who belongs to the group, searchable, sortable, all from the keyboard.

Its controls and layout are `RosterPanels` (panels.py); this module adds what they do:
the shortcuts, filling the table, the selection, and the dialogs the buttons open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from balintdesk.fileio import OwnFileError, write_text_atomic
from balintdesk.i18n import fill
from balintdesk.store import roster
from balintdesk.store.access import is_administrator
from balintdesk.store.models import Member
from balintdesk.ui.common.forms import own_file_sentence
from balintdesk.ui.roster.panels import RosterPanels


class RosterPage(RosterPanels):
    roster_changed = Signal()

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rosterPage")
        self.group_id: int | None = None
        self.today = today  # the record dialogs' periods end today
        self.active_dialog: QDialog | None = None

        self._add_shortcuts()
        self.search_edit.textChanged.connect(self._search_changed)
        self.show_archived_check.toggled.connect(lambda _checked: self.refresh())
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._header_sorted)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.archive_button.clicked.connect(self.toggle_archive_selected)
        self.import_button.clicked.connect(self._choose_import_file)
        self.export_button.clicked.connect(self._choose_export_file)
        self.records_button.cpd_requested.connect(self.open_cpd_dialog)
        self.records_button.leader_log_requested.connect(self.open_leader_log)
        self.records_button.attendance_requested.connect(self.open_attendance_dialog)
        self.records_button.timing_requested.connect(self.open_timing_dialog)
        self.records_button.requirements_requested.connect(self.open_requirements)
        self.records_button.programme_requested.connect(self.open_programme)
        self.table.doubleClicked.connect(lambda _index: self.open_edit_dialog())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _add_shortcuts(self) -> None:
        def action(name: str, keys: list[QKeySequence], slot, scope: QWidget) -> None:
            act = QAction(self)
            act.setObjectName(name)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            scope.addAction(act)

        action("searchAction", [QKeySequence.StandardKey.Find], self._focus_search, self)
        action("addAction", [QKeySequence.StandardKey.New], self.open_add_dialog, self)
        action(
            "editAction",
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence("F2")],
            self.open_edit_dialog,
            self.table,
        )
        action(
            "archiveAction",
            [QKeySequence(Qt.Key.Key_Delete)],
            self.toggle_archive_selected,
            self.table,
        )
        # Down from the search box goes to the results, as in a browser's address bar.
        action(
            "toResultsAction", [QKeySequence(Qt.Key.Key_Down)], self._focus_table, self.search_edit
        )

    # --- data ---------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.status_label.clear()
        # Asked once per group opened: on a server it is a query.
        self.records_button.show_programme(group_id is not None and is_administrator())
        self.refresh()

    def refresh(self, select_member: int | None = None) -> None:
        if select_member is None:
            current = self.selected_member()
            select_member = current.id if current else None
        members: list[Member] = []
        if self.group_id is not None:
            members = roster.list_members(self.group_id, self.show_archived_check.isChecked())
        self.model.set_members(members)
        self._update_summary()
        if select_member is not None:
            self.select_member(select_member)
        self._update_buttons()

    def _update_summary(self) -> None:
        if self.group_id is None:
            self.subtitle.setText("")
            self._show_empty(self.tr("Choose or create a group under Settings."))
            return
        active = roster.list_members(self.group_id)
        leaders = sum(1 for m in active if m.is_leader)
        group = roster.get_group(self.group_id)
        self.subtitle.setText(
            fill(
                self.tr("{group} · %n active member(s), {leaders} leading", "", len(active)),
                group=group.name,
                leaders=leaders,
            )
        )
        if self.model.rowCount() == 0:
            self._show_empty(
                self.tr(
                    "Nobody is on the roster yet.\n\nClick “Add member” (Ctrl+N) to add the "
                    "first person, or “Import CSV…” to bring in a list from a spreadsheet."
                )
            )
        elif self.proxy.rowCount() == 0:
            self._show_empty(
                fill(self.tr("Nobody matches “{search}”."), search=self.search_edit.text())
            )
        else:
            self.body.setCurrentWidget(self.table)

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.body.setCurrentWidget(self.empty_state)

    def _sort_chosen(self) -> None:
        column, order = self.sort_combo.currentData()
        self.table.sortByColumn(column, order)

    def _header_sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.sort_combo.show_sort(column, order)  # keep the combo in step with a header click

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_summary()
        self._update_buttons()

    # --- selection ----------------------------------------------------------------------

    def selected_member(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.member_at(self.proxy.mapToSource(rows[0]).row())

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        member = self.selected_member()
        has_group = self.group_id is not None
        for button in (self.add_button, self.import_button, self.export_button):
            button.setEnabled(has_group)
        self.edit_button.setEnabled(member is not None)
        self.archive_button.setEnabled(member is not None)
        self.records_button.update_for(member, has_group)
        restoring = member is not None and member.is_archived
        self.archive_button.setText(self.tr("Restore") if restoring else self.tr("Archive"))

    def take_focus(self) -> None:
        """Focus where a user would start: the list, or "Add member" when it is empty."""
        if self.body.currentWidget() is self.table:
            self._focus_table()
        else:
            self.add_button.setFocus()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.selected_member() is None and self.proxy.rowCount():
            self.table.selectRow(0)

    # --- actions ------------------------------------------------------------------------

    def open_add_dialog(self) -> None:
        if self.group_id is not None:
            self._open_member_dialog(None)

    def open_edit_dialog(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._open_member_dialog(member)

    def _show_dialog(self, dialog: QDialog) -> None:
        """Open `dialog` window-modal as the page's active one; focus returns to the list."""
        self.active_dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _open_member_dialog(self, member: Member | None) -> None:
        from balintdesk.ui.roster.member_dialog import MemberDialog

        dialog = MemberDialog(self.group_id, member, self)

        def saved() -> None:
            saved_member = dialog.saved_member
            verb = self.tr("Saved changes to {name}.") if member else self.tr("Added {name}.")
            self.status_label.setText(fill(verb, name=saved_member.name))
            self.refresh(select_member=saved_member.id)
            self.roster_changed.emit()

        dialog.accepted.connect(saved)
        self._show_dialog(dialog)

    def open_cpd_dialog(self) -> None:
        member = self.selected_member()
        if member is not None:
            from balintdesk.ui.records.cpd_dialog import CpdDialog

            self._show_dialog(CpdDialog(member.id, self, today=self.today))

    def open_attendance_dialog(self) -> None:
        if self.group_id is not None:
            from balintdesk.ui.records.attendance_dialog import AttendanceCsvDialog

            self._show_dialog(AttendanceCsvDialog(self.group_id, self, today=self.today))

    def open_timing_dialog(self) -> None:
        if self.group_id is not None:
            from balintdesk.ui.records.timing_dialog import TimingDialog

            self._show_dialog(TimingDialog(self.group_id, parent=self))

    def open_leader_log(self) -> None:
        member = self.selected_member()
        if member is None or not member.is_leader:
            return
        # Imported when asked for: the Roster page loads at start-up, and the leader log
        # (with its own exports) is opened by a leader now and then.
        from balintdesk.ui.records.leader_log_dialog import LeaderLogDialog

        self._show_dialog(LeaderLogDialog(member.id, parent=self, today=self.today))

    def open_requirements(self) -> None:
        member = self.selected_member()
        if member is not None:
            from balintdesk.ui.records.requirements_dialog import RequirementsDialog

            self._show_dialog(RequirementsDialog(member.id, self, today=self.today))

    def open_programme(self) -> None:
        from balintdesk.ui.records.programme_dialog import ProgrammeDialog

        self._show_dialog(ProgrammeDialog(self, today=self.today))

    def _dialog_closed(self) -> None:
        self.active_dialog = None
        self.table.setFocus()

    def toggle_archive_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        if member.is_archived:
            roster.restore_member(member.id)
            self.status_label.setText(
                fill(self.tr("{name} is back on the active roster."), name=member.name)
            )
        else:
            roster.archive_member(member.id)
            self.status_label.setText(
                fill(
                    self.tr(
                        "Archived {name}. Their attendance and history are kept; tick "
                        "“Show archived” to restore them."
                    ),
                    name=member.name,
                )
            )
        self.refresh(select_member=member.id)
        self.roster_changed.emit()

    def _choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a roster"),
            str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.open_import_dialog(Path(path))

    def open_import_dialog(self, path: Path) -> None:
        from balintdesk.ui.common.import_dialog import ROSTER_IMPORT, CsvImportDialog

        dialog = CsvImportDialog(ROSTER_IMPORT, self.group_id, path, self)

        def imported() -> None:
            self.status_label.setText(dialog.summary)
            self.refresh()
            self.roster_changed.emit()

        dialog.accepted.connect(imported)
        self._show_dialog(dialog)

    def _choose_export_file(self) -> None:
        group = roster.get_group(self.group_id)
        suggested = Path.home() / fill(self.tr("{group} roster.csv"), group=group.name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the roster"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            # With a byte-order mark, as the command line writes files: Excel on Windows
            # otherwise reads "Siobhán" as "SiobhÃ¡n".
            from balintdesk.store.roster_import import export_roster_csv

            write_text_atomic(path, export_roster_csv(self.group_id), encoding="utf-8-sig")
        except OwnFileError as exc:  # the database, a backup…: nothing was written
            self.status_label.setText(own_file_sentence(exc))
            return False
        except OSError as exc:
            self.status_label.setText(
                fill(
                    self.tr("The roster could not be saved to {path}: {why}"),
                    path=str(path),
                    why=str(exc.strerror or exc),
                )
            )
            return False
        self.status_label.setText(fill(self.tr("Roster exported to {path}."), path=str(path)))
        return True
