"""The period a record covers, as the record dialogs first offer it."""

from __future__ import annotations

import datetime as dt

__all__ = ["last_twelve_months"]


def last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    """(start, end): the year up to and including `today`, from the day after this day a
    year ago, so exactly a year of meetings. On 29 February the year before has none: it
    starts on 1 March."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February: a year before has none
        year_ago = today.replace(year=today.year - 1, day=28)
    return year_ago + dt.timedelta(days=1), today
