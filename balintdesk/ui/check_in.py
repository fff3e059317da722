"""The check-in list: one click per member for present, apologies or absent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.roster import Role
from balintdesk.store.models import AttendanceStatus, Member

STATUS_WORDS = {
    AttendanceStatus.PRESENT: "Present",
    AttendanceStatus.APOLOGIES: "Apologies",
    AttendanceStatus.ABSENT: "Absent",
}


class CheckInRow(QFrame):
    status_chosen = Signal(int, str)  # member id, AttendanceStatus

    def __init__(self, member: Member, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"checkInRow{member.id}")
        self.member_id = member.id
        name = QLabel(member.name)
        name.setObjectName("checkInName")
        # The role is in the tooltip, not a column: the buttons need the width.
        detail = Role(member.role).label + (" · leader" if member.is_leader else "")
        name.setToolTip(self.tr(detail))
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # a second click on the chosen one clears it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(name, 1)
        for status, word in STATUS_WORDS.items():
            button = QPushButton(self.tr(word))
            button.setObjectName(f"{status}Button")
            button.setCheckable(True)
            button.setProperty("status", status)
            button.setAccessibleName(f"{member.name}: {word}")
            button.setMinimumWidth(84)
            self._group.addButton(button)
            self.buttons[status] = button
            layout.addWidget(button)
        self._group.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QPushButton) -> None:
        status = button.property("status") if button.isChecked() else ""
        self.set_status(status)
        self.status_chosen.emit(self.member_id, status)

    def set_status(self, status: str) -> None:
        for value, button in self.buttons.items():
            button.setChecked(value == status)

    def status(self) -> str:
        return next((s for s, b in self.buttons.items() if b.isChecked()), "")

    def allow(self, statuses: set[str]) -> None:
        for value, button in self.buttons.items():
            button.setEnabled(value in statuses)


class CheckInList(QScrollArea):
    """Rows for the group's active members; emits each click at once so nothing waits."""

    status_chosen = Signal(int, str)

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

    def set_members(self, members: list[Member], statuses: dict[int, str]) -> None:
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        for index, member in enumerate(members):
            row = CheckInRow(member)
            row.set_status(statuses.get(member.id, ""))
            row.status_chosen.connect(self.status_chosen)
            row.setProperty("alternate", index % 2 == 1)
            self._layout.insertWidget(self._layout.count() - 1, row)
            self.rows[member.id] = row
        # Never hide a button behind a scroll bar: claim the width the rows need.
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self._body.sizeHint().width() + bar + 4)

    def allow(self, statuses: set[str]) -> None:
        for row in self.rows.values():
            row.allow(statuses)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUS_WORDS, 0)
        for row in self.rows.values():
            if row.status():
                counts[row.status()] += 1
        return counts

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
        self._body.setFocus(Qt.FocusReason.OtherFocusReason)
