"""The Rota page: who presents at each of the next meetings, and why; pins, swaps, breaks,
a fairness table so a leader sees at a glance who has waited longest, and the rota as a
printable PDF or a calendar file (export_dialogs.py).

Its controls and layout are `RotaPanels` (panels.py); this module adds what they do:
filling the plan, the fairness table and the breaks, and the pins, swaps, breaks,
imports and exports the buttons ask for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from balintdesk.domain.rota import MeetingPlan, Suggestion
from balintdesk.i18n import fill, formats, marked, say, sentences
from balintdesk.store import meetings, roster
from balintdesk.store import rota as rota_service
from balintdesk.store.breaks import BREAK_REASON
from balintdesk.store.models import Meeting, MeetingStatus
from balintdesk.ui.common.import_dialog import HISTORY_IMPORT, CsvImportDialog
from balintdesk.ui.common.when import local_start
from balintdesk.ui.rota.dialogs import BreakDialog, ChoosePresenterDialog
from balintdesk.ui.rota.export_dialogs import (
    CalendarFileDialog,
    ChoosePath,
    RotaPrintDialog,
    ask_save_path,
    documents_folder,
)
from balintdesk.ui.rota.panels import RotaPanels
from balintdesk.ui.rota.table import SortableItem


def short_date(day: dt.date) -> str:
    """ "Tue 3 Mar 2026", "Di., 3. März 2026": in the user's language."""
    return fill("{day:short}", day=day)


class RotaPage(RotaPanels):
    rota_changed = Signal()

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rotaPage")
        self.today = today
        self.group_id: int | None = None
        self.rows: list[tuple[Meeting, MeetingPlan | None]] = []
        self.active_dialog: QWidget | None = None
        # Where exported files are offered; tests put their own chooser here.
        self.choose_save_path: ChoosePath = ask_save_path
        self.export_folder: Path | None = None

        self._shortcut("pinAction", "Ctrl+P", self.toggle_pin)
        self._shortcut("swapUpAction", "Ctrl+Up", lambda: self.swap_with_neighbour(-1))
        self._shortcut("swapDownAction", "Ctrl+Down", lambda: self.swap_with_neighbour(1))
        self.pin_button.clicked.connect(self.toggle_pin)
        self.choose_button.clicked.connect(self._open_choose)
        self.up_button.clicked.connect(lambda: self.swap_with_neighbour(-1))
        self.down_button.clicked.connect(lambda: self.swap_with_neighbour(1))
        self.plan_table.swap_requested.connect(self.swap_rows)
        self.plan_table.itemSelectionChanged.connect(self._update_buttons)
        self.add_break_button.clicked.connect(self._open_break)
        self.remove_break_button.clicked.connect(self.remove_selected_break)
        self.break_list.itemSelectionChanged.connect(self._update_buttons)
        self.history_button.clicked.connect(self._choose_history_file)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.calendar_button.clicked.connect(self.open_calendar_dialog)

    def _shortcut(self, name: str, keys: str, slot) -> None:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.plan_table.addAction(action)

    # --- loading ------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.status_label.clear()
        self.open_button.forget()
        self.refresh()

    def refresh(self) -> None:
        selected = self.plan_table.currentRow()
        self.rows = []
        if self.group_id is not None:
            today = self.today()
            plans = {m.id: plan for m, plan in rota_service.plan(self.group_id, 12, today)}
            upcoming = meetings.upcoming_meetings(
                self.group_id, count=12, today=today, include_cancelled=True
            )
            self.rows = [(m, plans.get(m.id)) for m in upcoming]
            group = roster.get_group(self.group_id)
            cases = (
                self.tr("one case a meeting")
                if group.presenters_per_meeting == 1
                else self.tr("two cases a meeting")
            )
            leaders = (
                self.tr("leaders may present")
                if group.leaders_may_present
                else self.tr("leaders do not present")
            )
            self.subtitle.setText(f"{group.name} · {cases} · {leaders}")
        self._fill_plan()
        self._fill_fairness()
        self._fill_breaks()
        if 0 <= selected < self.plan_table.rowCount():
            self.plan_table.selectRow(selected)
        self._update_buttons()

    def _fill_plan(self) -> None:
        table = self.plan_table
        table.setRowCount(len(self.rows))
        muted = QBrush(QColor("#6b757c"))
        for row, (meeting, plan) in enumerate(self.rows):
            date = short_date(local_start(meeting).date())
            if meeting.status == MeetingStatus.CANCELLED or plan is None:
                # A reason the app wrote (an unnamed break's) is said in the user's
                # language; one a leader typed is shown as typed.
                if meeting.cancel_reason == BREAK_REASON:
                    reason = self.tr("Break")
                else:
                    reason = marked("Rota", meeting.cancel_reason)
                reason = reason or self.tr("cancelled")
                cells = (date, self.tr("No meeting"), "", reason)
            else:
                presenting = self.names_and(
                    [self._presenter(s) for s in plan.presenters]
                ) or self.tr("nobody eligible")
                reserve = plan.reserve.name if plan.reserve else ""
                reasons = [say(s.reason) for s in plan.presenters]
                if plan.note is not None:
                    reasons.append(say(plan.note))
                cells = (date, presenting, reserve, "; ".join(reasons))
            for column, text in enumerate(cells):
                item = SortableItem(text)
                item.setToolTip(text)
                if meeting.status == MeetingStatus.CANCELLED:
                    item.setForeground(muted)
                if column == 2 and plan and plan.reserve:
                    item.setToolTip(f"{text}: {say(plan.reserve.reason)}")
                table.setItem(row, column, item)

    def _presenter(self, suggestion: Suggestion) -> str:
        if suggestion.pinned:
            return fill(self.tr("{name} (pinned)"), name=suggestion.name)
        return suggestion.name

    def names_and(self, names: list[str]) -> str:
        """ "Ann and Ben", "Ann, Ben and Cara" in the user's language."""
        if len(names) < 2:
            return "".join(names)
        return fill(self.tr("{names} and {last}"), names=", ".join(names[:-1]), last=names[-1])

    def _say_errors(self, exc: roster.ValidationError) -> None:
        self.status_label.setText(" ".join(sentences(exc).values()))

    def _fill_fairness(self) -> None:
        rows = rota_service.fairness(self.group_id, self.today()) if self.group_id else []
        self.fairness_table.fill(rows)

    def _fill_breaks(self) -> None:
        self.break_list.clear()
        if self.group_id is None:
            return
        for item in meetings.list_breaks(self.group_id):
            text = fill("{first:short} – {last:short}", first=item.first_date, last=item.last_date)
            entry = QListWidgetItem(f"{item.label}: {text}" if item.label else text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.break_list.addItem(entry)

    def _update_buttons(self) -> None:
        row = self.plan_table.currentRow()
        plan = self.rows[row][1] if 0 <= row < len(self.rows) else None
        usable = plan is not None and bool(plan.presenters)
        pinned = usable and any(s.pinned for s in plan.presenters)
        self.pin_button.setText(self.tr("Unpin") if pinned else self.tr("Pin"))
        self.pin_button.setEnabled(usable)
        self.choose_button.setEnabled(plan is not None)
        self.up_button.setEnabled(usable and row > 0)
        self.down_button.setEnabled(usable and row < len(self.rows) - 1)
        self.remove_break_button.setEnabled(self.break_list.currentItem() is not None)
        self.print_button.setEnabled(self.group_id is not None)
        self.calendar_button.setEnabled(self.group_id is not None)

    # --- actions ------------------------------------------------------------------------

    def _selected(self) -> tuple[Meeting, MeetingPlan] | None:
        row = self.plan_table.currentRow()
        if 0 <= row < len(self.rows) and self.rows[row][1] is not None:
            return self.rows[row]
        return None

    def toggle_pin(self) -> None:
        chosen = self._selected()
        if chosen is None or not chosen[1].presenters:
            return
        meeting, plan = chosen
        if any(s.pinned for s in plan.presenters):
            for suggestion in plan.presenters:
                rota_service.unpin(meeting.id, suggestion.member_id)
            self._done(self.tr("Unpinned: the rota chooses for this date again."))
        else:
            try:
                for suggestion in plan.presenters:
                    rota_service.pin(meeting.id, suggestion.member_id, today=self.today())
            except roster.ValidationError as exc:
                self._say_errors(exc)
                return
            names = self.names_and([s.name for s in plan.presenters])
            self._done(fill(self.tr("{names} pinned to this date."), names=names))

    def swap_with_neighbour(self, step: int) -> None:
        row = self.plan_table.currentRow()
        target = row + step
        while 0 <= target < len(self.rows) and self.rows[target][1] is None:
            target += step  # jump over cancelled meetings
        if self._selected() and 0 <= target < len(self.rows):
            self.swap_rows(row, target)

    def swap_rows(self, source: int, target: int) -> None:
        (meeting_a, plan_a), (meeting_b, plan_b) = self.rows[source], self.rows[target]
        if plan_a is None or plan_b is None or not plan_a.presenters or not plan_b.presenters:
            self.status_label.setText(self.tr("Only two planned meetings can be swapped."))
            return
        try:
            rota_service.swap(meeting_a.id, 0, meeting_b.id, 0, today=self.today())
        except roster.ValidationError as exc:
            self._say_errors(exc)
            return
        self._done(
            fill(
                self.tr("Swapped {first} and {second}; both are pinned to their new dates."),
                first=plan_a.presenters[0].name,
                second=plan_b.presenters[0].name,
            )
        )
        self.plan_table.selectRow(target)

    def _open_choose(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        meeting, _plan = chosen
        members = roster.list_members(self.group_id, order=formats.sort_key)
        dialog = ChoosePresenterDialog(short_date(local_start(meeting).date()), members, self)

        def pin() -> None:
            for member_id in rota_service.pins_for(meeting.id):
                rota_service.unpin(meeting.id, member_id)
            rota_service.pin(meeting.id, dialog.member_combo.currentData(), today=self.today())

        dialog.action = pin
        self._open(dialog, self.tr("Pinned."))

    def _open_break(self) -> None:
        dialog = BreakDialog(self.today(), self)
        dialog.action = lambda: meetings.add_break(self.group_id, *dialog.values())
        self._open(dialog, self.tr("Break added; the meetings in it are cancelled."))

    def remove_selected_break(self) -> None:
        item = self.break_list.currentItem()
        if item is not None:
            meetings.remove_break(item.data(Qt.ItemDataRole.UserRole), today=self.today())
            self._done(self.tr("Break removed; its meetings are back in the plan."))

    def _choose_history_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import past meetings"),
            str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.open_history_import(Path(path))

    def open_history_import(self, path: Path) -> None:
        dialog = CsvImportDialog(HISTORY_IMPORT, self.group_id, path, self, self.today())
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: self._done(dialog.summary))
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()

    def open_print_dialog(self) -> None:
        if self.group_id is not None:
            self._open_export(RotaPrintDialog(self.group_id, self.today(), *self._save_where()))

    def open_calendar_dialog(self) -> None:
        if self.group_id is not None:
            self._open_export(CalendarFileDialog(self.group_id, self.today(), *self._save_where()))

    def _save_where(self) -> tuple[Path, ChoosePath, QWidget]:
        return self.export_folder or documents_folder(), self.choose_save_path, self

    def _open_export(self, dialog: RotaPrintDialog | CalendarFileDialog) -> None:
        def saved() -> None:
            self.export_folder = dialog.saved_path.parent  # the next file goes there too
            self.status_label.setText(dialog.summary)
            self.open_button.show_for(dialog.saved_path)

        self.active_dialog = dialog
        dialog.accepted.connect(saved)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()

    def _open(self, dialog, message: str) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: self._done(message))
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()

    def _done(self, message: str) -> None:
        self.refresh()
        self.status_label.setText(message)
        self.open_button.forget()
        self.rota_changed.emit()
