"""When a group meets: the dates a meeting pattern gives, without breaks or changes.

The store materialises these dates as Meeting rows a few months ahead; cancelling,
moving and breaks are changes to those rows, so this module stays a pure calendar.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from balintdesk.domain.group import Frequency, MeetingPattern

_WEEK = dt.timedelta(days=7)


def first_on_weekday(day: dt.date, weekday: int) -> dt.date:
    """The first date on `weekday` (Monday 0) on or after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def nth_weekday_of_month(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The `n`-th `weekday` of the month (n=-1: the last one); None if the month has none."""
    days_in_month = calendar.monthrange(year, month)[1]
    if n > 0:
        first = first_on_weekday(dt.date(year, month, 1), weekday)
        day = first.day + 7 * (n - 1)
    else:
        last = dt.date(year, month, days_in_month)
        day = last.day - (last.weekday() - weekday) % 7 + 7 * (n + 1)
    if 1 <= day <= days_in_month:
        return dt.date(year, month, day)
    return None


def pattern_dates(
    pattern: MeetingPattern, first_date: dt.date, start: dt.date, end: dt.date
) -> Iterator[dt.date]:
    """The regular meeting dates in [start, end], oldest first.

    `first_date` anchors the series: no meeting before it, and a fortnightly group meets
    on the weeks an even number of weeks after it (on the pattern's weekday). Weekly and
    fortnightly dates fall on `pattern.weekday`; monthly ones on the `week_of_month`-th
    such weekday (-1: the last one in the month).
    """
    # Checked here, not inside the generator, so a bad pattern fails at the call.
    if not 0 <= pattern.weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {pattern.weekday}")
    if pattern.frequency is Frequency.MONTHLY:
        if pattern.week_of_month == 0 or not -5 <= pattern.week_of_month <= 5:
            raise ValueError(
                f"week_of_month must be 1 to 5 or -1 to -5, not {pattern.week_of_month}"
            )
        return _monthly_dates(pattern, first_date, start, end)
    step = _WEEK if pattern.frequency is Frequency.WEEKLY else 2 * _WEEK
    return _stepped_dates(first_on_weekday(first_date, pattern.weekday), step, start, end)


def _stepped_dates(
    anchor: dt.date, step: dt.timedelta, start: dt.date, end: dt.date
) -> Iterator[dt.date]:
    if start > anchor:
        # Jump straight to the first date of the series on or after `start`: a group
        # asking for next month's dates should not walk through ten years of them.
        steps = -(-(start - anchor).days // step.days)
        try:
            anchor += steps * step
        except OverflowError:  # the series' next date is past the end of the calendar
            return
    day = anchor
    while day <= end:
        yield day
        if end - day < step:  # also keeps clear of OverflowError near date.max
            return
        day += step


def _monthly_dates(
    pattern: MeetingPattern, first_date: dt.date, start: dt.date, end: dt.date
) -> Iterator[dt.date]:
    lower = max(start, first_date)
    year, month = lower.year, lower.month
    while (year, month) <= (end.year, end.month):
        day = nth_weekday_of_month(year, month, pattern.weekday, pattern.week_of_month)
        if day is not None and lower <= day <= end:
            yield day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
