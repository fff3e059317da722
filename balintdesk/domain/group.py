"""A group and how often it meets, as plain values."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import StrEnum

from balintdesk.domain.words import Words

GROUP_NAME_MAX_LENGTH = 80
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# For a monthly group: which occurrence of the weekday in the month; -1 is the last one.
WEEK_OF_MONTH_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class MeetingPattern:
    frequency: Frequency = Frequency.FORTNIGHTLY
    weekday: int = 1  # Monday is 0, as in datetime.date.weekday()
    week_of_month: int = 1  # only used when frequency is MONTHLY
    start: dt.time = dt.time(12, 30)
    length_minutes: int = 60
    room: str = ""
    timezone: str = "Europe/London"

    def describe(self) -> str:
        """ "Fortnightly on Tuesday, 12:30–13:30, Seminar room" — for a page header."""
        day = WEEKDAY_NAMES[self.weekday]
        if self.frequency is Frequency.MONTHLY:
            when = f"Monthly on the {WEEK_OF_MONTH_NAMES[self.week_of_month]} {day}"
        elif self.frequency is Frequency.WEEKLY:
            when = f"Every {day}"
        else:
            when = f"Every other {day}"
        start = dt.datetime.combine(dt.date(2000, 1, 1), self.start)
        end = start + dt.timedelta(minutes=self.length_minutes)
        text = f"{when}, {start:%H:%M}–{end:%H:%M}"
        return f"{text}, {self.room}" if self.room else text

    def describe_words(self) -> Words:
        """`describe` as Words, for the edge to say in the user's language:
        "Jeden zweiten Dienstag, 12:30–13:30, Seminarraum"."""
        day = _WEEKDAY_WORDS[self.weekday]
        if self.frequency is Frequency.MONTHLY:
            week = _WEEK_WORDS.get(self.week_of_month, _WEEK_WORDS[1])
            when = Words(
                "Meeting pattern", "Monthly on the {week} {day}", {"week": week, "day": day}
            )
        elif self.frequency is Frequency.WEEKLY:
            when = Words("Meeting pattern", "Every {day}", {"day": day})
        else:
            when = Words("Meeting pattern", "Every other {day}", {"day": day})
        start = dt.datetime.combine(dt.date(2000, 1, 1), self.start)
        end = (start + dt.timedelta(minutes=self.length_minutes)).time()
        times = {"when": when, "start": self.start, "end": end}
        if self.room:
            return Words(
                "Meeting pattern", "{when}, {start}–{end}, {room}", {**times, "room": self.room}
            )
        return Words("Meeting pattern", "{when}, {start}–{end}", times)


# The words `describe_words` puts together, for the catalogue.
_WEEKDAY_WORDS = (
    Words("Meeting pattern", "Monday"),
    Words("Meeting pattern", "Tuesday"),
    Words("Meeting pattern", "Wednesday"),
    Words("Meeting pattern", "Thursday"),
    Words("Meeting pattern", "Friday"),
    Words("Meeting pattern", "Saturday"),
    Words("Meeting pattern", "Sunday"),
)
_WEEK_WORDS = {
    1: Words("Meeting pattern", "first"),
    2: Words("Meeting pattern", "second"),
    3: Words("Meeting pattern", "third"),
    4: Words("Meeting pattern", "fourth"),
    -1: Words("Meeting pattern", "last"),
}


def group_problems(
    name: str, pattern: MeetingPattern, names_taken: AbstractSet[str] = frozenset()
) -> dict[str, Words]:
    """Problems keyed by field, each a sentence a user can act on, as Words (the edge says
    them with `i18n.sentences`; `str()` of one is its English, for logs)."""
    errors: dict[str, Words] = {}
    clean = " ".join(name.split())
    if not clean:
        errors["name"] = Words(
            "Group", "Please give the group a name, for example “Thursday Balint group”."
        )
    elif len(clean) > GROUP_NAME_MAX_LENGTH:
        errors["name"] = Words(
            "Group",
            "A group name can be at most {most} characters long.",
            {"most": GROUP_NAME_MAX_LENGTH},
        )
    elif clean.casefold() in names_taken:
        errors["name"] = Words(
            "Group",
            "There is already a group called “{name}”; choose another name.",
            {"name": clean},
        )
    if not 0 <= pattern.weekday <= 6:
        errors["weekday"] = Words("Group", "Choose the day of the week the group meets.")
    if pattern.frequency is Frequency.MONTHLY and pattern.week_of_month not in WEEK_OF_MONTH_NAMES:
        errors["week_of_month"] = Words("Group", "Choose which week of the month the group meets.")
    if not 15 <= pattern.length_minutes <= 240:
        errors["length_minutes"] = Words(
            "Group", "A meeting should last between 15 minutes and 4 hours."
        )
    if len(pattern.room) > 80:
        errors["room"] = Words("Group", "The room can be at most 80 characters long.")
    try:
        zoneinfo.ZoneInfo(pattern.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        errors["timezone"] = Words(
            "Group",
            "“{zone}” is not a time zone this computer knows.",
            {"zone": pattern.timezone},
        )
    return errors
