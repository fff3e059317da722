"""Dates as BalintDesk writes them: "Tue 3 Mar 2026", "Tuesday 3 March 2026".

Spelled out rather than strftime's %a/%B: those follow the C library's locale, which Qt
sets from the desktop, and a page, a PDF or a rota line should not switch language
halfway ("Tue 3 März 2026"); and %-d (no leading zero) does not exist on Windows.
"""

from __future__ import annotations

import datetime as dt

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def short_date(day: dt.date) -> str:
    """ "Tue 3 Mar 2026" """
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def long_date(day: dt.date) -> str:
    """ "Tuesday 3 March 2026" """
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
