"""The Meeting page: the next meeting, who is due to present, check-in (who came, who led),
and the record.

Its controls and layout are `MeetingPanels` (panels.py); this module adds what they do:
choosing the meeting, filling the boxes for it, check-in and the record, and the cancel,
move and themes dialogs."""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from balintdesk.domain.rota import MeetingPlan
from balintdesk.i18n import fill, formats, sentences, shown
from balintdesk.store import leaders, meetings, roster
from balintdesk.store import rota as rota_service
from balintdesk.store.breaks import BREAK_REASON
from balintdesk.store.models import AttendanceStatus, Meeting, MeetingMode, MeetingStatus
from balintdesk.store.models import database_proxy as group_database
from balintdesk.store.refusal import ChangedElsewhere
from balintdesk.ui.common.when import local_start
from balintdesk.ui.meeting import offline
from balintdesk.ui.meeting.dialogs import (
    CancelMeetingDialog,
    MoveMeetingDialog,
    ThemesDialog,
)
from balintdesk.ui.meeting.elsewhere import ChangesElsewhere
from balintdesk.ui.meeting.panels import MeetingPanels
from balintdesk.ui.meeting.record_form import NOBODY, RecordForm
from balintdesk.ui.meeting.words import theme_source, theme_text


class MeetingPage(MeetingPanels, RecordForm, ChangesElsewhere):
    meeting_changed = Signal()  # attendance, record, cancel or move: the rota may move
    run_timer_requested = Signal()

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None):
        super().__init__(today, parent)
        self.setObjectName("meetingPage")
        self.today = today
        self.group_id: int | None = None
        self.meeting: Meeting | None = None
        self._meetings: list[Meeting] = []
        self.active_dialog: QWidget | None = None

        self.earlier_button.clicked.connect(lambda: self._step(-1))
        self.later_button.clicked.connect(lambda: self._step(1))
        self.check_in.status_chosen.connect(self._status_chosen)
        self.check_in.place_chosen.connect(self._place_chosen)
        self.mode_combo.activated.connect(self._mode_chosen)
        self.leader_picker.leaders_saved.connect(self.meeting_changed)
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self._cancel_or_restore)
        self.move_button.clicked.connect(self._open_move)
        self.themes_button.clicked.connect(self._open_themes)
        self.timer_button.clicked.connect(self.run_timer_requested)
        offline.attach_meeting_page(self)  # the server gone: check-in kept on this computer

    # --- loading ------------------------------------------------------------------------

    @offline.reads  # the server away: the group and meeting shown stay
    def set_group(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.meeting = None
        self.refresh()

    @offline.reads
    def refresh(self) -> None:
        if self.group_id is None:
            self._meetings = []
        else:
            # Past meetings still unrecorded come first, so "◀ Earlier" reaches them.
            today = self.today()
            self._meetings = meetings.unrecorded_meetings(self.group_id, today=today)
            self._meetings += meetings.upcoming_meetings(
                self.group_id, count=12, today=today, include_cancelled=True
            )
        keep = self.meeting.id if self.meeting else None
        self.meeting = next((m for m in self._meetings if m.id == keep), None)
        if self.meeting is None:
            today = self.today()
            self.meeting = next(
                (
                    m
                    for m in self._meetings
                    if m.status != MeetingStatus.CANCELLED and m.local_date >= today
                ),
                self._meetings[0] if self._meetings else None,
            )
        self._show()

    def show_meeting(self, meeting_id: int) -> None:
        self.meeting = next((m for m in self._meetings if m.id == meeting_id), self.meeting)
        self._show()

    def _step(self, delta: int) -> None:
        ids = [m.id for m in self._meetings]
        if self.meeting and self.meeting.id in ids:
            index = min(max(ids.index(self.meeting.id) + delta, 0), len(ids) - 1)
            self.meeting = self._meetings[index]
            self._show()

    def when(self, meeting: Meeting) -> str:
        """ "Tuesday 3 March 2026, 12:30–13:45" in the user's language."""
        start = local_start(meeting)
        end = start + dt.timedelta(minutes=meeting.length_minutes)
        return fill(
            self.tr("{day:long}, {start:time}–{end:time}"), day=start.date(), start=start, end=end
        )

    def names(self, names: list[str]) -> str:
        """One or two presenters' names: "Ann" or "Ann and Ben"."""
        if len(names) == 2:
            return fill(self.tr("{first} and {second}"), first=names[0], second=names[1])
        return ", ".join(names)

    def _plan(self) -> MeetingPlan | None:
        if self.group_id is None or self.meeting is None:
            return None
        plans = rota_service.plan(self.group_id, count=12, today=self.today())
        return next((plan for meeting, plan in plans if meeting.id == self.meeting.id), None)

    @offline.reads
    def _show(self) -> None:
        meeting = self.meeting
        has = meeting is not None
        for widget in (self.move_button, self.cancel_button, self.record_button):
            widget.setEnabled(has)
        self.mode_combo.setEnabled(has and meeting.status != MeetingStatus.CANCELLED)
        if not has:
            self.when_label.setText(self.tr("No meetings are planned."))
            self.state_label.setText(self.tr("Set when the group meets under Settings."))
            self.due_label.clear()
            self.check_in.set_members([], {})
            self.leader_picker.show_meeting(None)
            self.leader_picker.setEnabled(False)
            return
        index = [m.id for m in self._meetings].index(meeting.id)
        self.earlier_button.setEnabled(index > 0)
        self.later_button.setEnabled(index < len(self._meetings) - 1)
        room = f" · {meeting.room}" if meeting.room else ""
        self.when_label.setText(self.when(meeting) + room)
        self.cancel_button.setText(
            self.tr("Restore meeting")
            if meeting.status == MeetingStatus.CANCELLED
            else self.tr("Cancel meeting…")
        )
        members = roster.list_members(self.group_id, order=formats.sort_key)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(meeting.mode)))
        hybrid = meeting.mode == MeetingMode.HYBRID
        places = meetings.attendance_modes(meeting.id) if hybrid else None
        self._marks = meetings.attendance_for(meeting.id)
        self.check_in.set_members(members, self._marks, places)
        self.leader_picker.show_meeting(meeting.id)
        plan = self._plan()  # once: it reads the whole history
        self._fill_record(meeting, members, plan)
        self._show_state(meeting)  # after the rows exist: it enables what may be clicked
        self._show_due(meeting, plan)
        self._remember_shown()

    def _show_state(self, meeting: Meeting) -> None:
        day = local_start(meeting).date()
        today = self.today()
        if meeting.status == MeetingStatus.CANCELLED:
            reason = meeting.cancel_reason
            if reason == BREAK_REASON:
                reason = self.tr("Break")
            state = (
                fill(self.tr("Cancelled: {reason}"), reason=reason)
                if reason
                else self.tr("Cancelled")
            )
        elif meeting.status == MeetingStatus.HELD:
            state = self.tr("Held and recorded")
        elif day == today:
            state = self.tr("Today")
        elif day > today:
            days = (day - today).days
            state = self.tr("In %n day(s)", "", days) if days > 1 else self.tr("Tomorrow")
        else:
            state = self.tr("Not yet recorded")
        self.state_label.setText(state)
        future = day > today
        cancelled = meeting.status == MeetingStatus.CANCELLED
        if cancelled:
            self.check_in.allow(set())
            self.check_hint.setText(self.tr("This meeting is cancelled."))
        elif future:
            self.check_in.allow({AttendanceStatus.APOLOGIES})
            self.check_hint.setText(
                self.tr("Ahead of the day, only apologies can be given. Click again to undo.")
            )
        elif meeting.mode == MeetingMode.HYBRID:
            self.check_in.allow(set(AttendanceStatus.ALL))
            self.check_hint.setText(
                self.tr(
                    "One click per person; for each one present, choose in the room or "
                    "online. Everything saves at once."
                )
            )
        else:
            self.check_in.allow(set(AttendanceStatus.ALL))
            self.check_hint.setText(self.tr("One click per person. Everything saves at once."))
        record = (*self.presenter_combos, self.theme_combo, self.record_button)
        for widget in (*record, self.leader_picker):
            widget.setEnabled(not future and not cancelled)
        self.move_button.setEnabled(meeting.status == MeetingStatus.PLANNED)

    def _show_due(self, meeting: Meeting, plan: MeetingPlan | None) -> None:
        if meeting.status == MeetingStatus.CANCELLED:
            self.due_label.setText(self.tr("No one: the meeting is cancelled."))
            return
        if meeting.status == MeetingStatus.HELD:
            names = [roster.get_member(i).name for i in meetings.presenters_of(meeting.id)]
            self.due_label.setText(
                fill(self.tr("Recorded: {names} presented."), names=self.names(names))
                if names
                else self.tr("Recorded, without a presentation.")
            )
            return
        if plan is None:  # past and not yet recorded: the rota plans what is to come
            self.due_label.setText(self.tr("Choose below who presented, then save the record."))
            return
        lines = [
            f"<p><b>{html.escape(s.name)}</b><br>"
            f"<span style='color:#5b6770'>{html.escape(shown(s.reason))}</span></p>"
            for s in plan.presenters
        ]
        if plan.reserve is not None:
            reserve = fill(
                self.tr("Reserve: {name}"),
                name=f"<b>{html.escape(plan.reserve.name)}</b>",
            )
            lines.append(
                f"<p>{reserve}<br>"
                f"<span style='color:#5b6770'>{html.escape(shown(plan.reserve.reason))}</span></p>"
            )
        if plan.note:
            lines.append(f"<p>{html.escape(shown(plan.note))}</p>")
        self.due_label.setText("".join(lines) or self.tr("Nobody is eligible to present."))

    # --- actions ------------------------------------------------------------------------

    def _status_chosen(self, member_id: int, status: str) -> None:
        row = self.check_in.rows[member_id]
        # In a hybrid meeting the place shown goes with the tick (in the room at first).
        where = row.place_combo.currentData() if row.place_combo is not None else None
        present = status == AttendanceStatus.PRESENT

        def save() -> None:
            if status:
                meetings.set_attendance(
                    self.meeting.id,
                    member_id,
                    status,
                    today=self.today(),
                    where=where if present else None,
                    expected=row.saved,
                )
            else:
                meetings.clear_attendance(self.meeting.id, member_id, expected=row.saved)

        try:
            kept = offline.keep_mark(self, save, member_id, status, where)
        except ChangedElsewhere as exc:
            self._changed_elsewhere(exc)
            return
        row.saved = status
        self._unmarked(member_id, status)
        if row.place_combo is not None and not kept:  # where the store has them now
            row.set_place(meetings.attendance_modes(self.meeting.id).get(member_id))
        counts = self.check_in.counts()
        self.record_status.setText(
            fill(
                self.tr("Present {present} · Apologies {apologies} · Absent {absent}"),
                present=counts[AttendanceStatus.PRESENT],
                apologies=counts[AttendanceStatus.APOLOGIES],
                absent=counts[AttendanceStatus.ABSENT],
            )
        )
        if kept:  # the rest reads the server: it waits until it is back
            return
        self.leader_picker.attendance_changed()
        self._show_due(self.meeting, self._plan())
        self.meeting_changed.emit()

    def _place_chosen(self, member_id: int, where: str) -> None:
        row = self.check_in.rows[member_id]
        save = functools.partial(
            meetings.set_attendance_mode,
            self.meeting.id,
            member_id,
            where,
            expected=row.saved_place,
        )
        try:
            kept = offline.keep_mark(self, save, member_id, AttendanceStatus.PRESENT, where)
        except ChangedElsewhere as exc:
            self._changed_elsewhere(exc)
            return
        except roster.ValidationError as exc:
            self.record_status.setText(" ".join(sentences(exc).values()))
            return
        row.saved_place = where
        if not kept:
            self.meeting_changed.emit()

    def _mode_chosen(self, _index: int) -> None:
        mode = self.mode_combo.currentData()
        if self.meeting is None or mode == self.meeting.mode:
            return
        try:
            meetings.set_meeting_mode(self.meeting.id, mode, expected=self.meeting.mode)
        except ChangedElsewhere as exc:
            self._changed_elsewhere(exc)
            return
        self.refresh()  # the check-in gains or loses its places
        self.record_status.setText(
            fill(self.tr("This meeting: {mode}."), mode=self.mode_combo.currentText())
        )
        self.meeting_changed.emit()

    def record(self) -> bool:
        # The boxes shown are the group's presenters per meeting (_fill_record).
        shown_combos = [combo for combo in self.presenter_combos if not combo.isHidden()]
        chosen = [c.currentData() for c in shown_combos if c.currentData() != NOBODY]
        names = [c.currentText() for c in shown_combos if c.currentData() != NOBODY]
        if len(set(chosen)) != len(chosen):
            self.record_status.setText(self.tr("The same person is chosen twice; choose again."))
            return False
        leader, co_leader = self.leader_picker.chosen()
        theme = self.theme_combo.currentData()

        def save() -> None:
            # What the boxes show, read off who came or chosen, becomes the record: both,
            # or neither when one was changed on another computer meanwhile.
            with group_database.atomic():
                leaders.set_leaders(
                    self.meeting.id,
                    leader,
                    co_leader,
                    today=self.today(),
                    expected=self.leader_picker.recorded,
                )
                meetings.record_meeting(
                    self.meeting.id, chosen, theme, today=self.today(), expected=self._record_seen
                )

        try:
            if offline.keep_record(self, save, chosen, theme, leader, co_leader):
                return True
        except ChangedElsewhere as exc:
            self._changed_elsewhere(exc)
            return False
        except roster.ValidationError as exc:
            self.record_status.setText(" ".join(sentences(exc).values()))
            return False
        self.refresh()
        self.record_status.setText(
            fill(self.tr("Recorded: {names} presented."), names=self.names(names))
            if names
            else self.tr("Recorded: no case was presented.")
        )
        self.meeting_changed.emit()
        return True

    def _cancel_or_restore(self) -> None:
        if self.meeting.status == MeetingStatus.CANCELLED:
            try:
                meetings.restore_meeting(self.meeting.id)
            except roster.ValidationError as exc:
                self.record_status.setText(" ".join(sentences(exc).values()))
                return
            self._changed()
            return
        dialog = CancelMeetingDialog(self.when(self.meeting), self)
        status = self.meeting.status
        dialog.action = self._guarded(
            lambda: meetings.cancel_meeting(
                self.meeting.id, dialog.reason_edit.text().strip(), expected=status
            )
        )
        self._open(dialog)

    def _open_move(self) -> None:
        start = local_start(self.meeting)
        dialog = MoveMeetingDialog(start.date(), start.time(), self)
        seen = self.meeting.starts_at
        dialog.action = self._guarded(
            lambda: meetings.move_meeting(self.meeting.id, *dialog.values(), expected=seen)
        )
        self._open(dialog)

    def _open_themes(self) -> None:
        seen = meetings.themes(self.group_id)
        dialog = ThemesDialog([theme_text(t) for t in seen], self)
        dialog.action = self._guarded(
            lambda: meetings.set_themes(
                self.group_id, [theme_source(theme) for theme in dialog.values()], expected=seen
            )
        )
        self._open(dialog)

    def _open(self, dialog) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()

    def _changed(self) -> None:
        self.refresh()
        self._say_refused()
        self.meeting_changed.emit()
