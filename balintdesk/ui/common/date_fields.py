"""Date fields: a date with a calendar to pick from, written as the user's language writes
dates ("Tue 3 March 2026", "Di., 3. März 2026"), and a period's from/to pair."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QDateEdit, QLabel

from balintdesk import i18n
from balintdesk.domain.period import last_twelve_months
from balintdesk.ui.common.accessible import name_control

PERIOD_FORMAT = "d MMM yyyy"
# Qt's display patterns are English-ordered; German puts a full stop after the day and a
# comma after the weekday. Qt's locale (i18n.qt.install) gives the month and day names.
_GERMAN = {
    "ddd d MMMM yyyy": "ddd, d. MMMM yyyy",
    "ddd d MMM yyyy": "ddd, d. MMM yyyy",
    "d MMM yyyy": "d. MMM yyyy",
    "d MMMM yyyy": "d. MMMM yyyy",
}


def display_format(pattern: str) -> str:
    """A QDateEdit display pattern as the current language orders it."""
    return _GERMAN.get(pattern, pattern) if i18n.language() == "de" else pattern


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(object_name: str, value: dt.date, display: str = "ddd d MMMM yyyy") -> QDateEdit:
    """A date field with a calendar to pick from, showing the weekday."""
    edit = QDateEdit(qdate(value))
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format(display))
    return edit


class PeriodFields(QObject):
    """A period's two date fields, "From" and "to", with their labels (Alt+F, Alt+T),
    starting as the last twelve months up to `today`. The caller lays them out.
    `changed` is emitted on every change of either date, and once by set_period()."""

    changed = Signal()

    def __init__(self, prefix: str, today: dt.date, parent: QObject | None = None):
        super().__init__(parent)
        start, end = last_twelve_months(today)
        self.from_edit = date_edit(f"{prefix}FromEdit", start, PERIOD_FORMAT)
        self.to_edit = date_edit(f"{prefix}ToEdit", end, PERIOD_FORMAT)
        self.from_label = QLabel(self.tr("&From"))
        self.to_label = QLabel(self.tr("&to"))
        # As forms.labelled() does it: the label focuses its field and names it aloud.
        for label, edit in ((self.from_label, self.from_edit), (self.to_label, self.to_edit)):
            label.setBuddy(edit)
            name_control(edit, label.text())
            edit.dateChanged.connect(lambda _date: self.changed.emit())

    def period(self) -> tuple[dt.date, dt.date]:
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def set_period(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.changed.emit()
