"""The group form's weekday and first meeting always agree: what it shows is what the rota
uses (the welcome once showed Wednesday beside a Thursday, and the rota quietly began on
the next Wednesday)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.store import roster
from balintdesk.ui.common import group_form
from balintdesk.ui.common.forms import qdate
from balintdesk.ui.common.group_form import GroupForm
from balintdesk.ui.welcome import WelcomeDialog

THURSDAY = dt.date(2026, 12, 3)


def form_on(qtbot, first: dt.date = THURSDAY) -> GroupForm:
    form = GroupForm()
    qtbot.addWidget(form)
    form.set_values("Riverside", MeetingPattern(Frequency.WEEKLY, 3), first)  # Thursdays
    return form


def test_a_new_group_starts_on_the_next_meeting_day(qtbot) -> None:
    form = GroupForm()
    qtbot.addWidget(form)
    _name, pattern = form.values()
    assert form.first_date().weekday() == pattern.weekday
    assert dt.date.today() <= form.first_date() < dt.date.today() + dt.timedelta(days=7)


def test_choosing_a_weekday_moves_the_first_meeting_to_it(qtbot) -> None:
    form = form_on(qtbot)
    form.weekday_combo.setCurrentIndex(2)  # Wednesday
    assert form.first_date() == dt.date(2026, 12, 9), "the next Wednesday, not Thursday"
    form.weekday_combo.setCurrentIndex(3)  # back to Thursday: the 10th, on from the 9th
    assert form.first_date() == dt.date(2026, 12, 10)


def test_choosing_a_date_makes_its_weekday_the_groups(qtbot) -> None:
    form = form_on(qtbot)
    form.first_date_edit.setDate(qdate(dt.date(2026, 12, 11)))  # a Friday
    assert form.weekday_combo.currentIndex() == 4
    assert form.values()[1].weekday == 4


def test_monthly_follows_the_week_of_the_month(qtbot) -> None:
    form = form_on(qtbot)
    form.frequency_combo.setCurrentIndex(form.frequency_combo.findData(Frequency.MONTHLY.value))
    form.week_combo.setCurrentIndex(form.week_combo.findData(1))  # the first one
    form.weekday_combo.setCurrentIndex(1)  # the first Tuesday of a month, on or after the 3rd
    assert form.first_date() == dt.date(2027, 1, 5)


def test_loading_a_group_shows_it_as_stored(qtbot) -> None:
    form = form_on(qtbot, dt.date(2026, 12, 1))  # a Tuesday, stored for a Thursday group
    assert form.first_date() == dt.date(2026, 12, 1)
    assert form.weekday_combo.currentIndex() == 3


# The time zone: shown, changeable, and said in words, because a meeting-room PC set to
# UTC would otherwise put every summer meeting an hour out in the calendar file.


def test_a_new_group_meets_in_this_computers_zone(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(group_form, "system_timezone", lambda: "Europe/Berlin")
    form = GroupForm()
    qtbot.addWidget(form)
    assert form.zone_combo.currentText() == "Europe/Berlin"
    assert form.values()[1].timezone == "Europe/Berlin"
    assert form.zone_hint.text() == "Clocks at UTC+1, and UTC+2 in summer time."


def test_a_computer_on_utc_is_warned_and_the_place_can_be_chosen(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(group_form, "system_timezone", lambda: "Etc/UTC")
    form = GroupForm()
    qtbot.addWidget(form)
    assert "UTC has no summer time" in form.zone_hint.text()
    qtbot.keyClick(form.zone_combo.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.zone_combo.lineEdit(), "london")  # typed, not picked from the list
    assert form.values()[1].timezone == "Europe/London"
    assert form.zone_hint.text() == "Clocks at UTC+0, and UTC+1 in summer time."


def test_a_stored_zone_is_shown_even_if_it_is_an_old_name(qtbot) -> None:
    form = GroupForm()
    qtbot.addWidget(form)
    form.set_values("Riverside", MeetingPattern(Frequency.WEEKLY, 3, timezone="GB"), THURSDAY)
    assert form.zone_combo.currentText() == "GB"
    assert form.values()[1].timezone == "GB"


def test_a_zone_nobody_knows_is_refused_in_words_and_nothing_is_made(qtbot, db) -> None:
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    form = welcome.group_form
    form.name_edit.setText("Riverside")
    form.zone_combo.setEditText("Atlantis/Poseidonia")
    assert form.zone_hint.text() == "Choose the place where the group meets."
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert form.fields["timezone"].error.isVisible()
    assert "not a time zone this computer knows" in form.fields["timezone"].error.text()
    assert welcome.created_group is None and not roster.list_groups()
    form.zone_combo.setEditText("Europe/Dublin")
    assert not form.fields["timezone"].error.isVisible(), "the sentence goes once put right"
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert welcome.created_group is not None
    assert roster.get_group(welcome.created_group.id).pattern.timezone == "Europe/Dublin"
