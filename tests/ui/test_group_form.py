"""The group form's weekday and first meeting always agree: what it shows is what the rota
uses (the welcome once showed Wednesday beside a Thursday, and the rota quietly began on
the next Wednesday)."""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.ui.common.forms import qdate
from balintdesk.ui.common.group_form import GroupForm

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
