"""Add or edit one member of the roster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.domain.words import WordsError
from balintdesk.i18n import error_text, fill, sentences, shown
from balintdesk.store import identifiers, roster
from balintdesk.store.models import Member, database_proxy
from balintdesk.store.refusal import ChangedElsewhere
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.forms import (
    ErrorField,
    FormDialog,
    add_row,
    dialog_buttons,
    hint_label,
    primary_button,
    pydate,
    qdate,
    show_field_errors,
    show_status,
    status_label,
)
from balintdesk.ui.roster.model import role_label
from balintdesk.ui.roster.numbers_panel import RECOGNITION, NumbersPanel


class MemberDialog(FormDialog):
    """Saves through the roster service; stays open with sentences beside bad fields."""

    def __init__(self, group_id: int, member: Member | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self._group_id = group_id
        self._member = member
        self.saved_member: Member | None = None
        editing = member is not None
        self.setWindowTitle(self.tr("Edit member") if editing else self.tr("Add a member"))
        self.setMinimumWidth(880)

        title = QLabel(
            fill(self.tr("Edit {name}"), name=member.name) if editing else self.tr("Add a member")
        )
        title.setObjectName("pageTitle")
        # Says why nothing was saved when another computer changed the member meanwhile.
        self.changed_status = status_label("memberChangedStatus")
        self.changed_status.hide()

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(
            self.tr("As the group knows them, e.g. Dr Siobhán O'Neill")
        )

        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleCombo")
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)

        self.leader_check = QCheckBox(self.tr("Leads the group (facilitator)"))
        self.leader_check.setObjectName("leaderCheck")

        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("emailEdit")
        self.email_edit.setPlaceholderText(self.tr("Optional"))

        self.joined_edit = QDateEdit()
        self.joined_edit.setObjectName("joinedEdit")
        self.joined_edit.setCalendarPopup(True)
        self.joined_edit.setDisplayFormat(self.tr("d MMMM yyyy"))

        self.present_from_check = QCheckBox(self.tr("Not before"))
        self.present_from_check.setObjectName("presentFromCheck")
        self.present_from_edit = QDateEdit()
        self.present_from_edit.setObjectName("presentFromEdit")
        self.present_from_edit.setCalendarPopup(True)
        self.present_from_edit.setDisplayFormat(self.tr("d MMMM yyyy"))
        self.present_from_check.toggled.connect(self.present_from_edit.setEnabled)
        present_row = QWidget()
        present_layout = QHBoxLayout(present_row)
        present_layout.setContentsMargins(0, 0, 0, 0)
        present_layout.addWidget(self.present_from_check)
        present_layout.addWidget(self.present_from_edit, 1)

        self.fields = {
            "name": ErrorField(self.name_edit, "name"),
            "email": ErrorField(self.email_edit, "email"),
            "joined": ErrorField(self.joined_edit, "joined"),
            "may_present_from": ErrorField(present_row, "mayPresentFrom"),
        }
        form = QFormLayout()
        add_row(form, self.tr("&Name"), self.fields["name"])
        add_row(form, self.tr("&Role"), self.role_combo)
        form.addRow("", self.leader_check)
        add_row(form, self.tr("&Email"), self.fields["email"])
        add_row(form, self.tr("&Joined the group"), self.fields["joined"])
        # The row's label leads to its tick box ("Not before"); the date beside it is named
        # for what it is, as it has no label of its own.
        add_row(
            form,
            self.tr("May &present a case"),
            self.fields["may_present_from"],
            self.present_from_check,
        )
        name_control(self.present_from_check, self.tr("May present a case not before a date"))
        name_control(self.present_from_edit, self.tr("Date they may present from"))
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Leave “Not before” unticked if they may present straight away. New members "
                    "often listen for a few meetings first."
                )
            ),
        )

        self.numbers = NumbersPanel(roster.get_group(group_id).country, self)
        self.leader_check.toggled.connect(self.numbers.set_leader)

        self.save_button = primary_button(self.tr("Save"), "saveMemberButton")
        buttons = dialog_buttons(self, self.save_button, self._save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.changed_status)
        # The member on the left, their numbers on the right: side by side the dialog
        # stays low enough for a 1280×720 screen with every number shown.
        columns = QHBoxLayout()
        columns.setSpacing(28)
        # Its rows keep their height when the numbers' column is the taller one.
        details = QWidget()
        details.setObjectName("memberDetails")
        details.setLayout(form)
        details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(details, 5, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.numbers, 4)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(buttons)

        # The details as stored now (the row given may be older): a save compares them
        # with what is stored then, so nobody's change made meanwhile is overwritten.
        self._seen: MemberDraft | None = None
        self._numbers_seen: dict[str, str] | None = None
        self._recognition_seen: str | None = None
        if member is not None:
            self._load_stored(member.id)
        else:
            self._load(MemberDraft(name="", role=Role.GP))
        self.numbers.set_leader(self.leader_check.isChecked())
        self.name_edit.setFocus()

    def _load_stored(self, member_id: int) -> None:
        """The member as stored now (a row given may be older), remembered: saving
        compares it with what is stored then, so a change made meanwhile elsewhere is
        never overwritten."""
        stored = roster.get_member(member_id)
        self._seen = roster.draft_of(stored)
        self._numbers_seen = identifiers.numbers_of(member_id)
        self._recognition_seen = stored.recognition
        self._load(self._seen)
        self.numbers.load(self._numbers_seen, stored.recognition)

    def _load(self, draft: MemberDraft) -> None:
        self.name_edit.setText(draft.name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(draft.role.value))
        self.leader_check.setChecked(draft.is_leader)
        self.email_edit.setText(draft.email)
        self.joined_edit.setDate(qdate(draft.joined))
        has_from = draft.may_present_from is not None
        self.present_from_check.setChecked(has_from)
        self.present_from_edit.setEnabled(has_from)
        self.present_from_edit.setDate(qdate(draft.may_present_from or draft.joined))

    def draft(self) -> MemberDraft:
        return MemberDraft(
            name=self.name_edit.text(),
            role=Role(self.role_combo.currentData()),
            is_leader=self.leader_check.isChecked(),
            email=self.email_edit.text(),
            joined=pydate(self.joined_edit.date()),
            may_present_from=(
                pydate(self.present_from_edit.date())
                if self.present_from_check.isChecked()
                else None
            ),
        )

    def _all_fields(self) -> dict:
        return self.fields | self.numbers.fields

    def _refuse(self, errors: dict[str, str]) -> None:
        self.numbers.open_others_for(set(errors))
        show_field_errors(self._all_fields(), errors)

    def _save(self) -> None:
        """The member, their numbers and (for a leader) their recognition, all or none:
        a wrong number keeps the dialog open with its sentence, and nothing is saved."""
        leader = self.leader_check.isChecked()
        problems = self.numbers.problems(leader)
        if problems:
            self._refuse(problems)
            return
        try:
            with database_proxy.atomic():
                if self._member is None:
                    member = roster.add_member(self._group_id, self.draft())
                else:
                    member = roster.update_member(
                        self._member.id, self.draft(), expected=self._seen
                    )
                identifiers.set_numbers(
                    member.id, self.numbers.values(), expected=self._numbers_seen
                )
                if leader:
                    member = identifiers.set_recognition(
                        member.id, self.numbers.recognition(), expected=self._recognition_seen
                    )
        except roster.ValidationError as exc:
            self._refuse(sentences(exc))
            return
        except ChangedElsewhere as exc:
            self._changed_elsewhere(exc)
            return
        except WordsError as exc:  # the recognition, checked above: only if it changed
            self._refuse({RECOGNITION: shown(exc)})
            return
        self.saved_member = member
        self.accept()

    def _changed_elsewhere(self, refusal: ChangedElsewhere) -> None:
        """Another computer changed the member since the dialog opened: show the details
        as stored now, and say calmly why nothing was saved."""
        self._load_stored(self._member.id)
        self.numbers.set_leader(self.leader_check.isChecked())
        show_field_errors(self._all_fields(), {})
        show_status(self.changed_status, error_text(refusal), error=False)
        self.adjustSize()  # room for the sentence, nothing below it squeezed
