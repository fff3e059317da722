"""The Meeting page's small dialogs: cancel, move, the list of themes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from balintdesk.i18n import fill
from balintdesk.ui.common.action_dialog import ActionDialog
from balintdesk.ui.common.forms import (
    date_edit,
    pydate,
)


class CancelMeetingDialog(ActionDialog):
    def __init__(self, when: str, parent: QWidget | None = None):
        super().__init__(
            self.tr("Cancel the meeting"),
            fill(
                self.tr("{when} will be marked as cancelled; the rota moves on to the next one."),
                when=when,
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
        self.add_field("", "themes", self.text_edit, self.tr("Themes, one per line"))

    def values(self) -> list[str]:
        return [line.strip() for line in self.text_edit.toPlainText().splitlines() if line.strip()]
