"""The check-in list: one click per member for present, apologies or absent (in a hybrid
meeting, also whether a present member was in the room or online); and who led and
co-led the meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.roster import Role
from balintdesk.i18n import error_text, fill, marked, sentences
from balintdesk.store import leaders
from balintdesk.store.models import AttendanceStatus, MeetingMode, Member
from balintdesk.store.refusal import ChangedElsewhere
from balintdesk.store.roster import ValidationError
from balintdesk.ui.common.elided import ElidedLabel, names_combo
from balintdesk.ui.common.forms import status_label
from balintdesk.ui.common.offline import reads

STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT)


def role_label(role: str) -> str:
    """A member's role in the user's language (the roster's words for it)."""
    return marked("Role", Role(role).label)


class CheckInRow(QFrame):
    status_chosen = Signal(int, str)  # member id, AttendanceStatus
    place_chosen = Signal(int, str)  # member id, MeetingMode.WHERE: in a hybrid meeting

    def __init__(self, member: Member, hybrid: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"checkInRow{member.id}")
        self.member_id = member.id
        # What the store had when the row was shown or last saved from it: a click
        # saves only if nobody changed it elsewhere meanwhile (`expected=`).
        self.saved = ""
        self.saved_place = ""
        name = ElidedLabel(member.name)
        name.setObjectName("checkInName")
        # The role is in the tooltip, not a column: the buttons need the width.
        role = role_label(member.role)
        name.set_detail(fill(self.tr("{role} · leader"), role=role) if member.is_leader else role)
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # a second click on the chosen one clears it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        # The name, and in a hybrid meeting where the member was, under it: beside the
        # buttons it made the German page wider than a 1280-pixel screen.
        self._name_column = QVBoxLayout()
        self._name_column.setSpacing(2)
        self._name_column.addWidget(name)
        layout.addLayout(self._name_column, 1)
        words = {
            AttendanceStatus.PRESENT: self.tr("Present"),
            AttendanceStatus.APOLOGIES: self.tr("Apologies"),
            AttendanceStatus.ABSENT: self.tr("Absent"),
        }
        for status in STATUSES:
            word = words[status]
            button = QPushButton(word)
            button.setObjectName(f"{status}Button")
            button.setCheckable(True)
            button.setProperty("status", status)
            button.setAccessibleName(
                fill(self.tr("{name}: {status}"), name=member.name, status=word)
            )
            button.setMinimumWidth(max(84, button.sizeHint().width()))
            self._group.addButton(button)
            self.buttons[status] = button
            layout.addWidget(button)
        self._group.buttonClicked.connect(self._clicked)
        # In a hybrid meeting only: where a present member was. A combo box, so the
        # keyboard reaches it with Tab and picks with the arrows like any other field.
        self.place_combo: QComboBox | None = None
        if hybrid:
            combo = QComboBox()
            combo.setObjectName("placeCombo")
            combo.addItem(self.tr("In the room"), MeetingMode.IN_PERSON)
            combo.addItem(self.tr("Online"), MeetingMode.ONLINE)
            combo.setAccessibleName(
                fill(self.tr("{name}: in the room or online"), name=member.name)
            )
            combo.setToolTip(self.tr("Where this member took part"))
            combo.setEnabled(False)
            combo.setVisible(False)
            combo.activated.connect(self._placed)
            self._name_column.addWidget(combo, 0, Qt.AlignmentFlag.AlignLeft)
            self.place_combo = combo

    def _clicked(self, button: QPushButton) -> None:
        status = button.property("status") if button.isChecked() else ""
        self.set_status(status)
        self.status_chosen.emit(self.member_id, status)

    def _placed(self, _index: int) -> None:
        self.place_chosen.emit(self.member_id, self.place_combo.currentData())

    def set_status(self, status: str) -> None:
        for value, button in self.buttons.items():
            button.setChecked(value == status)
        if self.place_combo is not None:
            present = status == AttendanceStatus.PRESENT
            self.place_combo.setEnabled(present)
            # Only a member who came was somewhere: no empty box under everyone else.
            self.place_combo.setVisible(present)

    def set_place(self, place: str | None) -> None:
        """Show where the member was, as the store has it; blank for None (not present,
        or nobody said)."""
        self.saved_place = place or ""
        if self.place_combo is not None:
            self.place_combo.setCurrentIndex(self.place_combo.findData(place) if place else -1)

    def place(self) -> str | None:
        """Where a present member in a hybrid meeting was, as shown; None otherwise."""
        if self.place_combo is None or not self.place_combo.isEnabled():
            return None
        return self.place_combo.currentData()

    def status(self) -> str:
        return next((s for s, b in self.buttons.items() if b.isChecked()), "")

    def allow(self, statuses: set[str]) -> None:
        for value, button in self.buttons.items():
            button.setEnabled(value in statuses)


class CheckInList(QScrollArea):
    """Rows for the group's active members; emits each click at once so nothing waits."""

    status_chosen = Signal(int, str)
    place_chosen = Signal(int, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkInList")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows: dict[int, CheckInRow] = {}
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self._body.installEventFilter(self)

    def set_members(
        self,
        members: list[Member],
        statuses: dict[int, str],
        places: dict[int, str] | None = None,
    ) -> None:
        """One row per member; `places` (member id → where) is given for a hybrid
        meeting only, whose rows then say where each present member was."""
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        for index, member in enumerate(members):
            row = CheckInRow(member, hybrid=places is not None)
            row.set_status(statuses.get(member.id, ""))
            row.set_place((places or {}).get(member.id))
            row.saved = statuses.get(member.id, "")
            row.status_chosen.connect(self.status_chosen)
            row.place_chosen.connect(self.place_chosen)
            row.setProperty("alternate", index % 2 == 1)
            self._layout.insertWidget(self._layout.count() - 1, row)
            self.rows[member.id] = row
        self._claim_width()

    def _claim_width(self) -> None:
        # Never hide a button behind a scroll bar: claim the width the rows need, with
        # a long name ending in "…" (whole on hover) rather than widening the page.
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self._body.minimumSizeHint().width() + bar + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The rows' needs change after they are made: styled when first shown, and in a
        # hybrid meeting a place box appears under a name. Measured once, the list was
        # left narrower than its buttons on a real screen.
        if watched is self._body and event.type() == QEvent.Type.LayoutRequest:
            self._claim_width()
        return super().eventFilter(watched, event)

    def allow(self, statuses: set[str]) -> None:
        for row in self.rows.values():
            row.allow(statuses)
            if row.place_combo is not None and not statuses:
                row.place_combo.setEnabled(False)  # a cancelled meeting takes nothing

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for row in self.rows.values():
            if row.status():
                counts[row.status()] += 1
        return counts

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
        self._body.setFocus(Qt.FocusReason.OtherFocusReason)


NOBODY = -1


class LeaderPicker(QWidget):
    """ "Led by" and "Co-led by" for one meeting: the group's leaders, then "—" for nobody.

    Shows what was recorded, else the leaders read off who came (store.leaders' one
    rule), and saves a pick at once, as the check-in does; the record saves what it shows.
    A pick the store refuses (the same person in both boxes, a co-leader with nobody
    leading) stays on screen, unsaved, with the sentence why under it, until the next
    pick makes it right. No swapping of the two: arrowing through a closed box picks
    each name on the way, and a swap on the way would quietly change the other box.
    """

    leaders_saved = Signal()

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("leaderPicker")
        self.today = today
        self.meeting_id: int | None = None
        self.leader_combo = names_combo("leaderCombo")
        self.co_leader_combo = names_combo("coLeaderCombo")
        for combo in (self.leader_combo, self.co_leader_combo):
            combo.setMinimumWidth(200)
        self.leader_combo.setAccessibleName(self.tr("Led by"))
        self.co_leader_combo.setAccessibleName(self.tr("Co-led by"))
        self.problem = status_label("leaderProblem")
        self.problem.setProperty("role", "fieldError")
        self.problem.hide()
        self._shown: tuple[int, int] = (NOBODY, NOBODY)
        # Who was recorded as leading when loaded, or saved from here since: a pick
        # saves only if nobody changed it elsewhere meanwhile (`expected=`).
        self.recorded: tuple[int | None, int | None] = (None, None)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Led by"), self.leader_combo)
        form.addRow(self.tr("C&o-led by"), self.co_leader_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.leader_combo.activated.connect(self._picked)
        self.co_leader_combo.activated.connect(self._picked)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        people: list[Member] = []
        chosen: tuple[int | None, int | None] = (None, None)
        self.recorded = (None, None)
        if meeting_id is not None:
            people = leaders.leader_choices(meeting_id)
            chosen = leaders.leaders_of_meetings([meeting_id])[meeting_id]
            self.recorded = leaders.recorded_leaders(meeting_id)
        for combo in (self.leader_combo, self.co_leader_combo):
            combo.blockSignals(True)
            combo.clear()
            for person in people:
                combo.addItem(person.name, person.id)
            combo.addItem("—", NOBODY)
            combo.setItemData(
                combo.count() - 1, self.tr("Nobody"), Qt.ItemDataRole.AccessibleTextRole
            )
            combo.blockSignals(False)
        self._show(*(NOBODY if i is None else i for i in chosen))
        self._say("")

    def attendance_changed(self) -> None:
        """Who came may change who led, until someone chooses."""
        if self.meeting_id is not None and leaders.recorded_leaders(self.meeting_id) == (
            None,
            None,
        ):
            self.show_meeting(self.meeting_id)

    def chosen(self) -> tuple[int | None, int | None]:
        """(leader id, co-leader id) as the boxes show them; None for "—"."""
        leader, co_leader = self._shown
        return (None if leader == NOBODY else leader, None if co_leader == NOBODY else co_leader)

    def _show(self, leader: int, co_leader: int) -> None:
        for combo, wanted in ((self.leader_combo, leader), (self.co_leader_combo, co_leader)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)
        self._shown = (self.leader_combo.currentData(), self.co_leader_combo.currentData())

    @reads  # the server gone: the pick stays shown, and the record kept offline takes it
    def _picked(self, _index: int) -> None:
        self._shown = (self.leader_combo.currentData(), self.co_leader_combo.currentData())
        if self.meeting_id is None:
            return
        try:
            leaders.set_leaders(
                self.meeting_id, *self.chosen(), today=self.today(), expected=self.recorded
            )
        except ChangedElsewhere as exc:
            self.show_meeting(self.meeting_id)  # what is recorded now
            self._say(error_text(exc))
            self.leaders_saved.emit()  # the page and the rota read it again
            return
        except ValidationError as exc:
            self._say(" ".join(sentences(exc).values()))
            return
        self.recorded = self.chosen()
        self._say("")
        self.leaders_saved.emit()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
