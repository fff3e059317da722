"""Attendance records for appraisal: a member's CPD record and the group's attendance rows.

Plain values and the few rules they need (a member's part in a meeting, hours and CPD
credits and how they are rounded). The store fills them (`store.reports`); the PDF and CSV
exports and the window only show them.

Rounding, stated once: a record's hours are its exact total of minutes divided by 60,
rounded to the nearest tenth of an hour (six minutes), halves up. The total is rounded
once, never summed from rounded parts, so ten meetings of 75 minutes make 12.5 hours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from balintdesk.domain.words import Words

__all__ = [
    "AttendanceRow",
    "CpdMeeting",
    "CpdRecord",
    "Part",
    "Sentence",
    "cpd_credits",
    "format_hours",
    "format_length",
    "hours_of",
    "part_of",
    "seconds_to_minutes",
    "where_present",
]


class Sentence(str):
    """A sentence for a user, as the English text (what logs, `str()` and a caller that
    knows only text get: a `ValidationError`'s field sentences are text) that carries its
    `Words`, so the edge can say it in the user's language (`i18n.say(sentence.words)`)."""

    words: Words

    def __new__(cls, words: Words, english: str | None = None) -> Sentence:
        sentence = super().__new__(cls, words.english() if english is None else english)
        sentence.words = words
        return sentence


NOT_RECORDED = "not recorded"  # an attendance row's status when nobody marked the member
_TENTH = Decimal("0.1")


class Part(StrEnum):
    """What the member did at a meeting, as the CPD record says it."""

    LED = "led"
    CO_LED = "co-led"
    PRESENTED = "presented"
    TOOK_PART = "took part"


def part_of(
    member_id: int, leader_id: int | None, co_leader_id: int | None, presented: bool
) -> Part:
    """The member's part in one meeting they attended.

    Leading comes first: a leader who also brought a case (some groups allow it) led the
    meeting all the same, and leading is what a leader's appraisal needs to see.
    """
    if member_id == leader_id:
        return Part.LED
    if member_id == co_leader_id:
        return Part.CO_LED
    return Part.PRESENTED if presented else Part.TOOK_PART


def seconds_to_minutes(seconds: int) -> int:
    """Whole minutes, halves up: the phase log keeps seconds, a record shows minutes."""
    return int((Decimal(seconds) / 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def hours_of(minutes: int) -> Decimal:
    """`minutes` as hours to one decimal place, halves up (the module's rounding rule)."""
    return (Decimal(minutes) / 60).quantize(_TENTH, rounding=ROUND_HALF_UP)


def cpd_credits(minutes: int) -> Decimal:
    """CPD credits for `minutes` of meetings.

    RCGP: one credit per hour of learning. So the credits are the hours, rounded the
    same way; the appraiser weighs them with the doctor's reflective note.
    """
    return hours_of(minutes)


def format_hours(hours: Decimal) -> str:
    """ "12.5", "3", "0.8": no trailing ".0", as a person writes hours (in English; what a
    user reads is exports/record_words.py's, in their language)."""
    text = f"{hours:.1f}"
    return text[:-2] if text.endswith(".0") else text


def format_length(minutes: int) -> str:
    """ "1 h 15 min", "50 min", "2 h" (English; the edge's is exports/record_words.py's)."""
    hours, rest = divmod(max(minutes, 0), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


@dataclass(frozen=True)
class CpdMeeting:
    """One meeting the member attended."""

    day: dt.date  # in the meeting's own time zone
    start: dt.time  # local wall-clock time
    minutes: int
    timed: bool  # True: `minutes` is what the phase timer recorded; False: the plan
    part: Part
    mode: str = ""  # where the member was: "in-person", "online", or "" when not known


@dataclass(frozen=True)
class CpdRecord:
    """A member's attended meetings in a period, for appraisal and revalidation."""

    member_name: str
    role_label: str
    group_name: str
    leaders: tuple[str, ...]
    start: dt.date
    end: dt.date
    meetings: tuple[CpdMeeting, ...]

    @property
    def total_minutes(self) -> int:
        return sum(meeting.minutes for meeting in self.meetings)

    @property
    def hours(self) -> Decimal:
        return hours_of(self.total_minutes)

    @property
    def credits(self) -> Decimal:
        return cpd_credits(self.total_minutes)

    def count(self, part: Part) -> int:
        return sum(1 for meeting in self.meetings if meeting.part is part)


@dataclass(frozen=True)
class AttendanceRow:
    """One member at one held meeting: the attendance CSV's row."""

    day: dt.date
    start: dt.time  # local wall-clock time
    member_name: str
    role_label: str
    status: str  # present | apologies | absent | not recorded
    presented: bool
    led: str  # "led", "co-led" or ""
    mode: str = ""  # where a present member was: "in-person", "online", "" when not known


# The store's MeetingMode values (the domain cannot import the store).
IN_PERSON = "in-person"
ONLINE = "online"
HYBRID = "hybrid"


def where_present(meeting_mode: str, attendance_mode: str | None) -> str:
    """Where a member present at a meeting was: the meeting's own mode, or in a hybrid
    meeting their recorded place; "" when that is not known."""
    if meeting_mode in (IN_PERSON, ONLINE):
        return meeting_mode
    if meeting_mode == HYBRID and attendance_mode in (IN_PERSON, ONLINE):
        return attendance_mode
    return ""
