"""The Rota page's small dialogs: a break in the meetings, and who is pinned to present."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from balintdesk.i18n import fill
from balintdesk.ui.common.action_dialog import ActionDialog
from balintdesk.ui.common.elided import names_combo
from balintdesk.ui.common.forms import date_edit, pydate


class BreakDialog(ActionDialog):
    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(
            self.tr("Add a break"),
            self.tr(
                "No meetings between these dates, for example over the summer. Meetings in "
                "the break are cancelled and the rota flows around them."
            ),
            self.tr("Add break"),
            parent,
        )
        self.setObjectName("breakDialog")
        self.first_edit = date_edit("breakFirstEdit", today)
        self.last_edit = date_edit("breakLastEdit", today + dt.timedelta(days=27))
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("breakLabelEdit")
        self.label_edit.setPlaceholderText(self.tr("e.g. Summer break"))
        self.add_field(self.tr("From"), "first", self.first_edit)
        self.add_field(self.tr("Until"), "last", self.last_edit)
        self.add_field(self.tr("Name"), "label", self.label_edit)

    def values(self) -> tuple[dt.date, dt.date, str]:
        return (
            pydate(self.first_edit.date()),
            pydate(self.last_edit.date()),
            self.label_edit.text().strip(),
        )


class ChoosePresenterDialog(ActionDialog):
    def __init__(self, when: str, members: list, parent: QWidget | None = None):
        super().__init__(
            self.tr("Choose who presents"),
            fill(
                self.tr("{when}: this person is pinned to the date; everyone else flows around."),
                when=when,
            ),
            self.tr("Pin"),
            parent,
        )
        self.setObjectName("choosePresenterDialog")
        self.member_combo = names_combo("pinMemberCombo")
        for member in members:
            self.member_combo.addItem(member.name, member.id)
        self.add_field(self.tr("Presenter"), "member", self.member_combo)
