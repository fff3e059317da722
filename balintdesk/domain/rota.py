"""The fair presenter rota, as plain Python on plain values.

Rules (issue #3, in this order): a member is *eligible* for a meeting when active on its
date, not a leader (unless the group allows leaders), "may present from" on or before the
date, and without apologies for it. Among the eligible, the rota prefers
  1. the longest since they last presented (never presented: since the date they joined),
  2. then fewer presentations per meeting attended,
  3. then fewer presentations in total, then the name — so the result is deterministic.
The plan assumes each planned presenter does present, so nobody is planned twice before
everyone eligible has had a turn. Pins hold; everything else flows around them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RotaMember:
    id: int
    name: str
    joined: dt.date
    may_present_from: dt.date | None = None
    archived_on: dt.date | None = None  # not active on or after this date
    is_leader: bool = False


@dataclass(frozen=True)
class PastMeeting:
    """A meeting that was held: who came, and who presented (in the order recorded)."""

    date: dt.date
    attended: frozenset[int] = frozenset()
    presented: tuple[int, ...] = ()


@dataclass(frozen=True)
class UpcomingMeeting:
    """A meeting still to come. `key` is the caller's id for it (the Meeting row id)."""

    key: int
    date: dt.date
    apologies: frozenset[int] = frozenset()
    pinned: tuple[int, ...] = ()  # members the leader fixed to present here


@dataclass(frozen=True)
class Suggestion:
    member_id: int
    name: str
    reason: str  # in words: "last presented 14 March, 9 meetings ago"
    pinned: bool = False


@dataclass(frozen=True)
class MeetingPlan:
    key: int
    date: dt.date
    presenters: tuple[Suggestion, ...] = ()
    reserve: Suggestion | None = None
    note: str = ""  # e.g. "Nobody is eligible to present." when the list is short


@dataclass(frozen=True)
class FairnessRow:
    member_id: int
    name: str
    attended: int
    presentations: int
    last_presented: dt.date | None
    meetings_since: int | None  # held meetings since they last presented (or joined)
    eligible_now: bool = True


def is_eligible(
    member: RotaMember, date: dt.date, apologies: frozenset[int], leaders_may_present: bool
) -> bool:
    raise NotImplementedError


def plan_rota(
    members: Sequence[RotaMember],
    history: Sequence[PastMeeting],
    upcoming: Sequence[UpcomingMeeting],
    presenters_per_meeting: int = 1,
    leaders_may_present: bool = False,
) -> list[MeetingPlan]:
    """Presenters and a reserve for each upcoming meeting, in date order."""
    raise NotImplementedError


def fairness_table(
    members: Sequence[RotaMember], history: Sequence[PastMeeting], today: dt.date
) -> list[FairnessRow]:
    """Per member: meetings attended, presentations, last presented, meetings since."""
    raise NotImplementedError
