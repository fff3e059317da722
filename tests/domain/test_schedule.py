"""The calendar of a meeting pattern: weekly, fortnightly and monthly dates."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.schedule import nth_weekday_of_month, pattern_dates

D = dt.date
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def dates(pattern: MeetingPattern, first: dt.date, start: dt.date, end: dt.date) -> list[dt.date]:
    return list(pattern_dates(pattern, first, start, end))


def weekly(weekday: int) -> MeetingPattern:
    return MeetingPattern(frequency=Frequency.WEEKLY, weekday=weekday)


def fortnightly(weekday: int) -> MeetingPattern:
    return MeetingPattern(frequency=Frequency.FORTNIGHTLY, weekday=weekday)


def monthly(weekday: int, week: int) -> MeetingPattern:
    return MeetingPattern(frequency=Frequency.MONTHLY, weekday=weekday, week_of_month=week)


# --- weekly ---------------------------------------------------------------------------


def test_weekly_on_the_weekday_within_the_range_inclusive() -> None:
    # 2025-03-04 is a Tuesday.
    got = dates(weekly(TUE), D(2025, 1, 1), D(2025, 3, 4), D(2025, 3, 25))
    assert got == [D(2025, 3, 4), D(2025, 3, 11), D(2025, 3, 18), D(2025, 3, 25)]


def test_weekly_starts_on_the_first_weekday_on_or_after_first_date() -> None:
    # first_date is a Wednesday: the first Tuesday meeting is the following week.
    assert dates(weekly(TUE), D(2025, 3, 5), D(2025, 1, 1), D(2025, 3, 20)) == [
        D(2025, 3, 11),
        D(2025, 3, 18),
    ]
    # first_date is itself a Tuesday: it is the first meeting.
    assert dates(weekly(TUE), D(2025, 3, 4), D(2025, 3, 1), D(2025, 3, 4)) == [D(2025, 3, 4)]


def test_weekly_across_a_month_end_and_a_leap_day() -> None:
    got = dates(weekly(THU), D(2024, 1, 1), D(2024, 2, 20), D(2024, 3, 10))
    assert got == [D(2024, 2, 22), D(2024, 2, 29), D(2024, 3, 7)]


def test_empty_when_the_range_is_empty_or_before_first_date() -> None:
    assert dates(weekly(MON), D(2025, 1, 1), D(2025, 3, 10), D(2025, 3, 9)) == []
    assert dates(weekly(MON), D(2025, 6, 1), D(2025, 1, 1), D(2025, 5, 31)) == []
    assert dates(monthly(MON, 1), D(2025, 6, 1), D(2025, 1, 1), D(2025, 5, 31)) == []


def test_a_far_range_jumps_straight_to_it() -> None:
    got = dates(weekly(FRI), D(1990, 1, 5), D(2025, 3, 1), D(2025, 3, 15))
    assert got == [D(2025, 3, 7), D(2025, 3, 14)]


def test_no_overflow_at_the_end_of_the_calendar() -> None:
    got = dates(weekly(THU), D(9999, 12, 1), D(9999, 12, 1), dt.date.max)
    assert got == [
        D(9999, 12, 2),
        D(9999, 12, 9),
        D(9999, 12, 16),
        D(9999, 12, 23),
        D(9999, 12, 30),
    ]
    assert dates(fortnightly(THU), D(9999, 12, 1), D(9999, 12, 31), dt.date.max) == []


# --- fortnightly ------------------------------------------------------------------------


def test_fortnightly_parity_from_the_first_weekday_on_or_after_first_date() -> None:
    # first_date Friday 2025-02-28: the first Tuesday is 4 March, then every other week.
    got = dates(fortnightly(TUE), D(2025, 2, 28), D(2025, 3, 1), D(2025, 4, 30))
    assert got == [D(2025, 3, 4), D(2025, 3, 18), D(2025, 4, 1), D(2025, 4, 15), D(2025, 4, 29)]


def test_fortnightly_start_in_an_off_week_skips_to_the_next_meeting_week() -> None:
    # 11 March is the off week of the series above.
    got = dates(fortnightly(TUE), D(2025, 2, 28), D(2025, 3, 11), D(2025, 3, 31))
    assert got == [D(2025, 3, 18)]


def test_fortnightly_parity_holds_across_years_and_a_leap_year() -> None:
    first = D(2023, 11, 7)  # a Tuesday
    got = dates(fortnightly(TUE), first, D(2025, 12, 20), D(2026, 1, 31))
    assert got == [D(2025, 12, 30), D(2026, 1, 13), D(2026, 1, 27)]
    for day in got:
        assert day.weekday() == TUE
        assert (day - first).days % 14 == 0
    # Walking every date from the start agrees with jumping into the range.
    walked = dates(fortnightly(TUE), first, first, D(2026, 1, 31))
    assert walked[-3:] == got
    assert D(2024, 2, 27) in walked and D(2024, 3, 12) in walked  # over 29 Feb 2024


def test_a_weekday_change_keeps_the_anchor_date_but_moves_the_series() -> None:
    first = D(2025, 3, 4)  # Tuesday
    tuesdays = dates(fortnightly(TUE), first, D(2025, 3, 1), D(2025, 3, 31))
    thursdays = dates(fortnightly(THU), first, D(2025, 3, 1), D(2025, 3, 31))
    assert tuesdays == [D(2025, 3, 4), D(2025, 3, 18)]
    # The first Thursday on or after the anchor is 6 March: the new series counts from it.
    assert thursdays == [D(2025, 3, 6), D(2025, 3, 20)]
    # A weekday before the anchor's own goes to the next week.
    assert dates(fortnightly(MON), first, D(2025, 3, 1), D(2025, 3, 31)) == [
        D(2025, 3, 10),
        D(2025, 3, 24),
    ]


# --- monthly -----------------------------------------------------------------------------


def test_monthly_nth_weekday() -> None:
    got = dates(monthly(WED, 2), D(2025, 1, 1), D(2025, 1, 1), D(2025, 4, 30))
    assert got == [D(2025, 1, 8), D(2025, 2, 12), D(2025, 3, 12), D(2025, 4, 9)]


def test_monthly_last_weekday_at_month_ends_and_in_a_leap_february() -> None:
    got = dates(monthly(THU, -1), D(2024, 1, 1), D(2024, 1, 1), D(2024, 4, 30))
    # 29 Feb 2024 is a Thursday and the last one; 31 Jan 2024 is a Wednesday.
    assert got == [D(2024, 1, 25), D(2024, 2, 29), D(2024, 3, 28), D(2024, 4, 25)]
    got = dates(monthly(FRI, -1), D(2025, 1, 1), D(2025, 1, 1), D(2025, 2, 28))
    assert got == [D(2025, 1, 31), D(2025, 2, 28)]  # both fall on the month's last day


def test_monthly_across_a_year_end() -> None:
    got = dates(monthly(MON, 1), D(2024, 1, 1), D(2024, 11, 1), D(2025, 2, 28))
    assert got == [D(2024, 11, 4), D(2024, 12, 2), D(2025, 1, 6), D(2025, 2, 3)]


def test_monthly_no_date_before_first_date_in_the_first_month() -> None:
    # The first Monday of March 2025 is the 3rd; the group starts on the 10th.
    got = dates(monthly(MON, 1), D(2025, 3, 10), D(2025, 3, 1), D(2025, 5, 31))
    assert got == [D(2025, 4, 7), D(2025, 5, 5)]


def test_monthly_range_bounds_cut_inside_a_month() -> None:
    got = dates(monthly(MON, 1), D(2025, 1, 1), D(2025, 3, 4), D(2025, 5, 4))
    assert got == [D(2025, 4, 7)]


def test_fifth_weekday_exists_only_in_some_months() -> None:
    assert nth_weekday_of_month(2024, 2, THU, 5) == D(2024, 2, 29)
    assert nth_weekday_of_month(2025, 2, THU, 5) is None
    assert nth_weekday_of_month(2025, 3, MON, -1) == D(2025, 3, 31)
    assert nth_weekday_of_month(2025, 3, TUE, -1) == D(2025, 3, 25)
    assert nth_weekday_of_month(2025, 3, MON, -2) == D(2025, 3, 24)


def test_every_monthly_date_is_the_right_weekday_and_week() -> None:
    for week in (1, 2, 3, 4, -1):
        for weekday in range(7):
            got = dates(monthly(weekday, week), D(2020, 1, 1), D(2020, 1, 1), D(2027, 12, 31))
            assert len(got) == 8 * 12
            for day in got:
                assert day.weekday() == weekday
                if week > 0:
                    assert (day.day - 1) // 7 + 1 == week
                else:
                    assert (day + dt.timedelta(days=7)).month != day.month


# --- bad patterns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern",
    [weekly(7), fortnightly(-1), monthly(MON, 0), monthly(MON, 6)],
)
def test_bad_patterns_fail_at_the_call(pattern: MeetingPattern) -> None:
    with pytest.raises(ValueError):
        pattern_dates(pattern, D(2025, 1, 1), D(2025, 1, 1), D(2025, 2, 1))
