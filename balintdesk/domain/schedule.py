"""When a group meets: the dates a meeting pattern gives, without breaks or changes.

The store materialises these dates as Meeting rows a few months ahead; cancelling,
moving and breaks are changes to those rows, so this module stays a pure calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from balintdesk.domain.group import MeetingPattern


def pattern_dates(
    pattern: MeetingPattern, first_date: dt.date, start: dt.date, end: dt.date
) -> Iterator[dt.date]:
    """The regular meeting dates in [start, end], oldest first.

    `first_date` anchors the series: no meeting before it, and a fortnightly group meets
    on the weeks an even number of weeks after it (on the pattern's weekday). Weekly and
    fortnightly dates fall on `pattern.weekday`; monthly ones on the `week_of_month`-th
    such weekday (-1: the last one in the month).
    """
    raise NotImplementedError
