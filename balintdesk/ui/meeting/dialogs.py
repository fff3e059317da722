"""Small dialogs around meetings: cancel, move, a break, the list of themes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from balintdesk.store import roster
from balintdesk.ui.common.forms import (
    ErrorField,
    FormDialog,
    date_edit,
    dialog_buttons,
    hint_label,
    primary_button,
    pydate,
    show_field_errors,
)


class ActionDialog(FormDialog):
    """Title, explanation, a form, and a primary button that calls `action`.

    `action` raises roster.ValidationError to keep the dialog open with its sentences.
    """

    def __init__(self, title: str, text: str, button: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields: dict[str, ErrorField] = {}
        self.form = QFormLayout()
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.primary = primary_button(button, "confirmButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        if text:
            layout.addWidget(hint_label(text))
        layout.addLayout(self.form)
        layout.addWidget(dialog_buttons(self, self.primary, self._confirm))
        self.action: Callable[[], None] = lambda: None

    def add_field(self, label: str, name: str, widget: QWidget) -> None:
        self.fields[name] = ErrorField(widget, name)
        self.form.addRow(label, self.fields[name])

    def _confirm(self) -> None:
        try:
            self.action()
        except roster.ValidationError as exc:
            known = {k: v for k, v in exc.errors.items() if k in self.fields}
            unknown = [v for k, v in exc.errors.items() if k not in self.fields]
            if unknown and self.fields:
                first = next(iter(self.fields))
                known[first] = " ".join([known.get(first, ""), *unknown]).strip()
            show_field_errors(self.fields, known)
            return
        self.accept()


class CancelMeetingDialog(ActionDialog):
    def __init__(self, when: str, parent: QWidget | None = None):
        super().__init__(
            self.tr("Cancel the meeting"),
            self.tr("{0} will be marked as cancelled; the rota moves on to the next one.").format(
                when
            ),
            self.tr("Cancel meeting"),
            parent,
        )
        self.setObjectName("cancelMeetingDialog")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Optional, e.g. Bank holiday"))
        self.add_field(self.tr("Reason"), "reason", self.reason_edit)


class MoveMeetingDialog(ActionDialog):
    def __init__(self, date: dt.date, start: dt.time, parent: QWidget | None = None):
        super().__init__(
            self.tr("Move the meeting"),
            self.tr("Choose the new day and time. Apologies already given stay with it."),
            self.tr("Move meeting"),
            parent,
        )
        self.setObjectName("moveMeetingDialog")
        self.date_edit = date_edit("moveDateEdit", date)
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute))
        self.time_edit.setObjectName("moveTimeEdit")
        self.time_edit.setDisplayFormat("HH:mm")
        self.add_field(self.tr("New date"), "date", self.date_edit)
        self.add_field(self.tr("Starting at"), "start", self.time_edit)

    def values(self) -> tuple[dt.date, dt.time]:
        start = self.time_edit.time()
        return pydate(self.date_edit.date()), dt.time(start.hour(), start.minute())


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


class ThemesDialog(ActionDialog):
    def __init__(self, themes: list[str], parent: QWidget | None = None):
        super().__init__(
            self.tr("Themes"),
            self.tr(
                "One theme per line. A theme is a neutral phrase about the kind of encounter, "
                "like “the angry patient” — never a patient's name, age or details."
            ),
            self.tr("Save themes"),
            parent,
        )
        self.setObjectName("themesDialog")
        self.text_edit = QPlainTextEdit("\n".join(themes))
        self.text_edit.setObjectName("themesEdit")
        self.text_edit.setMinimumHeight(220)
        self.add_field("", "themes", self.text_edit)

    def values(self) -> list[str]:
        return [line.strip() for line in self.text_edit.toPlainText().splitlines() if line.strip()]


class ChoosePresenterDialog(ActionDialog):
    def __init__(self, when: str, members: list, parent: QWidget | None = None):
        super().__init__(
            self.tr("Choose who presents"),
            self.tr("{0}: this person is pinned to the date; everyone else flows around.").format(
                when
            ),
            self.tr("Pin"),
            parent,
        )
        self.setObjectName("choosePresenterDialog")
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("pinMemberCombo")
        for member in members:
            self.member_combo.addItem(member.name, member.id)
        self.add_field(self.tr("Presenter"), "member", self.member_combo)
