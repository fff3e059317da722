"""The period the record dialogs first offer: the last twelve months, up to today."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.period import last_twelve_months


@pytest.mark.parametrize(
    ("today", "start"),
    [
        (dt.date(2026, 3, 3), dt.date(2025, 3, 4)),
        (dt.date(2026, 1, 1), dt.date(2025, 1, 2)),
        (dt.date(2026, 12, 31), dt.date(2026, 1, 1)),  # a whole calendar year
        (dt.date(2028, 2, 29), dt.date(2027, 3, 1)),  # the year before has no 29 February
        (dt.date(2028, 2, 28), dt.date(2027, 3, 1)),
        (dt.date(2028, 3, 1), dt.date(2027, 3, 2)),
    ],
)
def test_the_year_up_to_and_including_today(today: dt.date, start: dt.date) -> None:
    assert last_twelve_months(today) == (start, today)


def test_twelve_months_hold_a_year_of_days() -> None:
    for today in (dt.date(2026, 3, 3), dt.date(2025, 3, 3), dt.date(2028, 3, 3)):
        start, end = last_twelve_months(today)
        days = (end - start).days + 1
        assert days == (366 if today.year == 2028 else 365)
