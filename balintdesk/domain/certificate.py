"""A member's participation certificate as plain values: who, which group and leaders, the
event number, each session attended with its length and where the member was, and the
totals the German and Dutch certificates print.

The store fills it (`store.certificates`); exports/certificate_de.py and
exports/certificate_nl.py only show it.

Counting, stated once:
- a **double session** (German "Doppelstunde") is 90 minutes: a session's double sessions
  are its minutes / 90, to one decimal place, halves up ("1,0", "0,7"); the total is the
  total of minutes / 90, rounded once, never summed from rounded parts;
- **hours** are records.hours_of's (the total of minutes / 60, to a tenth);
- **Dutch accreditation points**: a rate of points per hour (Balint Nederland: "1 punt per
  uur", see NL_POINTS_PER_HOUR) times the hours, to a tenth.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from balintdesk.domain.records import hours_of

__all__ = [
    "DOUBLE_SESSION_MINUTES",
    "IN_PERSON",
    "NL_POINTS_PER_HOUR",
    "ONLINE",
    "Certificate",
    "CertificateLeader",
    "CertificateSession",
    "double_sessions",
    "points_for",
]

DOUBLE_SESSION_MINUTES = 90
IN_PERSON = "in-person"
ONLINE = "online"

# Balint Nederland: "De Balint groepen zijn geaccrediteerd voor 1 punt per uur",
# accredited through the KNMG and kept in GAIA by the group's "toegerust begeleider"
# (https://balintnederland.nl/index.php/balintgroepen/accreditering-van-een-balintgroep,
# https://www.balintnederland.nl/index.php?page=16). A figure, not a law: the certificate
# says which rate it used.
NL_POINTS_PER_HOUR = Decimal(1)

_TENTH = Decimal("0.1")


def double_sessions(minutes: int) -> Decimal:
    """`minutes` as double sessions of 90 minutes, to a tenth, halves up."""
    return (Decimal(max(minutes, 0)) / DOUBLE_SESSION_MINUTES).quantize(
        _TENTH, rounding=ROUND_HALF_UP
    )


def points_for(minutes: int, per_hour: Decimal = NL_POINTS_PER_HOUR) -> Decimal:
    """Accreditation points for `minutes` at `per_hour` points an hour, to a tenth."""
    return (Decimal(max(minutes, 0)) / 60 * per_hour).quantize(_TENTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class CertificateSession:
    """One held meeting the member was present at."""

    day: dt.date  # in the meeting's own time zone
    minutes: int  # measured by the phase timer, else planned
    timed: bool  # True: the timer measured `minutes`
    mode: str | None  # IN_PERSON | ONLINE; None: a hybrid meeting where nobody said

    @property
    def double_sessions(self) -> Decimal:
        return double_sessions(self.minutes)


@dataclass(frozen=True)
class CertificateLeader:
    name: str
    recognition: str  # "Ärztekammer Nordrhein"; "" when not recorded


@dataclass(frozen=True)
class Certificate:
    """What a participation certificate states, for one member and period. `efn` and
    `big` are the member's own numbers ("" when not recorded): a certificate is only ever
    the member's own, so they may be printed on it and nowhere else."""

    member_name: str
    group_name: str
    leaders: tuple[CertificateLeader, ...]
    event_number: str  # the group's VNR; "" when it has none
    start: dt.date
    end: dt.date
    sessions: tuple[CertificateSession, ...]
    efn: str = ""
    big: str = ""
    working_toward: str = ""  # the rule id the member works toward; "" for none

    @property
    def total_minutes(self) -> int:
        return sum(session.minutes for session in self.sessions)

    @property
    def in_person_minutes(self) -> int:
        return sum(s.minutes for s in self.sessions if s.mode == IN_PERSON)

    @property
    def double_sessions(self) -> Decimal:
        return double_sessions(self.total_minutes)

    @property
    def in_person_double_sessions(self) -> Decimal:
        return double_sessions(self.in_person_minutes)

    @property
    def hours(self) -> Decimal:
        return hours_of(self.total_minutes)

    def points(self, per_hour: Decimal = NL_POINTS_PER_HOUR) -> Decimal:
        return points_for(self.total_minutes, per_hour)
