"""The CPD record's rules in plain Python: a member's part, and hours and credits rounded
once, to a tenth of an hour, halves up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from balintdesk.domain.records import (
    CpdMeeting,
    CpdRecord,
    Part,
    cpd_credits,
    format_hours,
    format_length,
    hours_of,
    part_of,
    seconds_to_minutes,
)


@pytest.mark.parametrize(
    ("leader", "co_leader", "presented", "part"),
    [
        (1, 2, False, Part.LED),
        (1, 2, True, Part.LED),  # leading comes first
        (2, 1, False, Part.CO_LED),
        (2, None, True, Part.PRESENTED),
        (None, None, False, Part.TOOK_PART),
        (2, 3, False, Part.TOOK_PART),
    ],
)
def test_part_of(leader, co_leader, presented, part) -> None:
    assert part_of(1, leader, co_leader, presented) is part


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [
        (0, "0.0"),
        (75, "1.3"),  # 1.25 h: halves go up
        (3 * 75, "3.8"),  # 3.75 h
        (10 * 75, "12.5"),
        (60, "1.0"),
        (2, "0.0"),  # 0.033 h
        (3, "0.1"),  # 0.05 h: half up, not to even
        (89, "1.5"),  # 1.483 h
    ],
)
def test_hours_round_to_a_tenth_half_up(minutes: int, hours: str) -> None:
    assert hours_of(minutes) == Decimal(hours)
    assert cpd_credits(minutes) == Decimal(hours)  # RCGP: one credit per hour


def test_a_record_rounds_its_total_once_not_its_parts() -> None:
    # Three 25-minute meetings: each alone is 0.4 h, rounded; together 1.25 h -> 1.3 h,
    # not 3 x 0.4 = 1.2.
    day = dt.date(2026, 1, 6)
    meetings = tuple(CpdMeeting(day, dt.time(12, 30), 25, True, Part.TOOK_PART) for _ in range(3))
    record = CpdRecord("Ann", "GP", "G", (), day, day, meetings)
    assert record.total_minutes == 75
    assert record.hours == Decimal("1.3") == record.credits
    assert record.count(Part.TOOK_PART) == 3 and record.count(Part.LED) == 0


def test_formatting() -> None:
    assert [format_hours(Decimal(t)) for t in ("12.5", "3.0", "0.8", "0.0")] == [
        "12.5",
        "3",
        "0.8",
        "0",
    ]
    assert [format_length(m) for m in (50, 60, 75, 135, 0)] == [
        "50 min",
        "1 h",
        "1 h 15 min",
        "2 h 15 min",
        "0 min",
    ]
    assert [seconds_to_minutes(s) for s in (0, 29, 30, 89, 90, 4470)] == [0, 0, 1, 1, 2, 75]
