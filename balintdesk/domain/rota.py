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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from balintdesk.domain.words import Words

PINNED_REASON = "pinned by the leader"
# The reason a pinned presenter is planned: `PINNED_REASON`, as Words for the edge to say.
PINNED = Words("Rota", "pinned by the leader")


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
    # Why them, as a value the edge says in the user's language (`i18n.say`): in English
    # "last presented 14 March 2025, 9 meetings since then".
    reason: Words
    pinned: bool = False


@dataclass(frozen=True)
class MeetingPlan:
    key: int
    date: dt.date
    presenters: tuple[Suggestion, ...] = ()
    reserve: Suggestion | None = None
    # e.g. "Nobody is eligible to present." when the list is short; None when all is well.
    # Several sentences come as one Words (`joined`).
    note: Words | None = None


@dataclass(frozen=True)
class FairnessRow:
    member_id: int
    name: str
    attended: int
    presentations: int
    last_presented: dt.date | None
    meetings_since: int | None  # held meetings since they last presented (or joined)
    eligible_now: bool = True


# --- eligibility ---------------------------------------------------------------------


def is_active(member: RotaMember, date: dt.date) -> bool:
    """In the group on `date`: joined on or before it and not yet archived."""
    return member.joined <= date and (member.archived_on is None or date < member.archived_on)


def is_eligible(
    member: RotaMember, date: dt.date, apologies: frozenset[int], leaders_may_present: bool
) -> bool:
    """May `member` present at a meeting on `date`? `apologies`: the ids who sent them."""
    return (
        is_active(member, date)
        and (leaders_may_present or not member.is_leader)
        and (member.may_present_from is None or member.may_present_from <= date)
        and member.id not in apologies
    )


def _pin_dropped(
    member: RotaMember, date: dt.date, apologies: frozenset[int], leaders_may_present: bool
) -> Words:
    """Why `member`'s pin on `date` is not used: the first rule they fail there."""
    name = {"name": member.name}
    if member.joined > date:
        return Words(
            "Rota",
            "{name} is pinned here but joins the group only on {day}, so the pin is not used.",
            {**name, "day": member.joined},
        )
    if member.archived_on is not None and date >= member.archived_on:
        return Words(
            "Rota", "{name} is pinned here but has left the group, so the pin is not used.", name
        )
    if member.is_leader and not leaders_may_present:
        return Words(
            "Rota",
            "{name} is pinned here but is a leader, and this group's leaders do not present, "
            "so the pin is not used.",
            name,
        )
    if member.may_present_from is not None and member.may_present_from > date:
        return Words(
            "Rota",
            "{name} is pinned here but may present only from {day}, so the pin is not used.",
            {**name, "day": member.may_present_from},
        )
    return Words(
        "Rota", "{name} is pinned here but has sent apologies, so the pin is not used.", name
    )


# --- standings: where each member stands, read off the history in one pass ----------------


@dataclass
class _Standing:
    last_presented: dt.date | None = None
    presentations: int = 0
    attended: int = 0  # a presenter counts as attended
    planned: bool = False  # last_presented is a date this plan assumes, not history


def _standings(
    members: Sequence[RotaMember], history: Sequence[PastMeeting]
) -> tuple[dict[int, _Standing], list[dt.date]]:
    """Each member's standing, and the dates of the held meetings, oldest first."""
    standings = {member.id: _Standing() for member in members}
    dates: list[dt.date] = []
    for meeting in history:
        dates.append(meeting.date)
        presented = set(meeting.presented)
        for member_id in meeting.attended | presented:
            standing = standings.get(member_id)
            if standing is not None:
                standing.attended += 1
        for member_id in presented:
            standing = standings.get(member_id)
            if standing is not None:
                standing.presentations += 1
                if standing.last_presented is None or meeting.date > standing.last_presented:
                    standing.last_presented = meeting.date
    dates.sort()  # Timsort: linear when the caller already gives them in order
    return standings, dates


def _priority(member: RotaMember, standing: _Standing) -> tuple[dt.date, Fraction, int, str, int]:
    """The rota's order, smallest first: the rules 1–3 of the module docstring, then name."""
    since = member.joined if standing.last_presented is None else standing.last_presented
    # Fraction, not float: exact, so whether two ratios tie (and rule 3 decides) never
    # depends on rounding.
    attended = standing.attended
    ratio = Fraction(standing.presentations, attended) if attended else Fraction(0)
    return since, ratio, standing.presentations, member.name.casefold(), member.id


def _held_after(held_dates: list[dt.date], day: dt.date, until: dt.date | None = None) -> int:
    """Held meetings after `day` (and before `until`, if given)."""
    stop = len(held_dates) if until is None else bisect_left(held_dates, until)
    return max(0, stop - bisect_right(held_dates, day))


def _reason(
    member: RotaMember, standing: _Standing, held_dates: list[dt.date], earlier_upcoming: int
) -> Words:
    if standing.last_presented is None:
        return Words(
            "Rota", "has not presented yet, joined {joined:month}", {"joined": member.joined}
        )
    day = {"day": standing.last_presented}
    if standing.planned:
        return Words("Rota", "planned to present {day}", day)
    # The same count as the fairness table's "meetings since", so the two never disagree;
    # hence "since then" rather than "ago", which would be one more (the meeting itself).
    since = _held_after(held_dates, standing.last_presented) + earlier_upcoming
    if since == 0:
        return Words("Rota", "last presented {day}, the most recent meeting", day)
    return Words("Rota", "last presented {day}, %n meeting(s) since then", day, count=since)


def joined(notes: Sequence[Words]) -> Words | None:
    """Several sentences as one, in order; None for none."""
    if not notes:
        return None
    first, *rest = notes
    if not rest:
        return first
    return Words("Rota", "{first} {then}", {"first": first, "then": joined(rest)})


# --- planning --------------------------------------------------------------------------


def plan_rota(
    members: Sequence[RotaMember],
    history: Sequence[PastMeeting],
    upcoming: Sequence[UpcomingMeeting],
    presenters_per_meeting: int = 1,
    leaders_may_present: bool = False,
) -> list[MeetingPlan]:
    """Presenters and a reserve for each upcoming meeting, in date order.

    Pinned members present where they are pinned, if eligible there (otherwise the pin is
    dropped and the plan's note says why). The other slots go to the best-placed eligible
    members, skipping anyone pinned to a later meeting unless nobody else is left. After
    each meeting the plan assumes its presenters presented and every eligible member came.
    """
    if presenters_per_meeting < 1:
        raise ValueError(f"presenters_per_meeting must be 1 or more, not {presenters_per_meeting}")
    by_id = {member.id: member for member in members}
    roster = list(by_id.values())
    standings, held_dates = _standings(roster, history)
    meetings = sorted(upcoming, key=lambda meeting: meeting.date)
    pins, pin_notes = _effective_pins(meetings, by_id, presenters_per_meeting, leaders_may_present)
    last_pin = {member_id: index for index, ids in enumerate(pins) for member_id in ids}

    plans: list[MeetingPlan] = []
    for index, meeting in enumerate(meetings):
        eligible = [
            member
            for member in roster
            if is_eligible(member, meeting.date, meeting.apologies, leaders_may_present)
        ]
        pinned_here = pins[index]
        others = sorted(
            (member for member in eligible if member.id not in pinned_here),
            # Pinned later sorts last: such a member is auto-picked only when nobody else is.
            key=lambda m: (last_pin.get(m.id, -1) > index, _priority(m, standings[m.id])),
        )
        free_slots = presenters_per_meeting - len(pinned_here)
        chosen, rest = others[:free_slots], others[free_slots:]

        presenters = tuple(
            Suggestion(i, by_id[i].name, PINNED, pinned=True) for i in pinned_here
        ) + tuple(_suggest(member, standings, held_dates, index) for member in chosen)
        reserve = _suggest(rest[0], standings, held_dates, index) if rest else None
        shortage = _shortage_note(len(eligible), presenters_per_meeting)
        notes = [*pin_notes[index], *([shortage] if shortage else [])]
        plans.append(
            MeetingPlan(
                key=meeting.key,
                date=meeting.date,
                presenters=presenters,
                reserve=reserve,
                note=joined(notes),
            )
        )
        # From here on the plan assumes this meeting happened as planned.
        for member in eligible:
            standings[member.id].attended += 1
        for suggestion in presenters:
            standing = standings[suggestion.member_id]
            standing.presentations += 1
            standing.last_presented = meeting.date
            standing.planned = True
    return plans


def _suggest(
    member: RotaMember, standings: dict[int, _Standing], held_dates: list[dt.date], index: int
) -> Suggestion:
    return Suggestion(
        member.id, member.name, _reason(member, standings[member.id], held_dates, index)
    )


def _effective_pins(
    meetings: Sequence[UpcomingMeeting],
    by_id: dict[int, RotaMember],
    presenters_per_meeting: int,
    leaders_may_present: bool,
) -> tuple[list[tuple[int, ...]], list[list[Words]]]:
    """Per meeting: the pins that hold, and a sentence for each one that does not."""
    pins: list[tuple[int, ...]] = []
    notes: list[list[Words]] = []
    for meeting in meetings:
        kept: list[int] = []
        said: list[Words] = []
        for member_id in dict.fromkeys(meeting.pinned):
            member = by_id.get(member_id)
            if member is None:
                said.append(
                    Words("Rota", "A pinned member is not in this group, so that pin is not used.")
                )
            elif not is_eligible(member, meeting.date, meeting.apologies, leaders_may_present):
                said.append(
                    _pin_dropped(member, meeting.date, meeting.apologies, leaders_may_present)
                )
            elif len(kept) == presenters_per_meeting:
                said.append(
                    Words(
                        "Rota",
                        "{name} is pinned here too, but the meeting has %n presenter(s), "
                        "so that pin is not used.",
                        {"name": member.name},
                        count=presenters_per_meeting,
                    )
                )
            else:
                kept.append(member_id)
        pins.append(tuple(kept))
        notes.append(said)
    return pins, notes


def _shortage_note(eligible: int, presenters_per_meeting: int) -> Words | None:
    if eligible == 0:
        return Words("Rota", "Nobody is eligible to present.")
    if eligible < presenters_per_meeting:
        return Words("Rota", "Only %n member(s) eligible to present.", count=eligible)
    if eligible == presenters_per_meeting:
        return Words(
            "Rota", "Only %n member(s) eligible to present, so there is no reserve.", count=eligible
        )
    return None


# --- the fairness table ------------------------------------------------------------------


def fairness_table(
    members: Sequence[RotaMember],
    history: Sequence[PastMeeting],
    today: dt.date,
    leaders_may_present: bool = False,
) -> list[FairnessRow]:
    """Per member: meetings attended, presentations, last presented, meetings since.

    One row for each member active today or with any history (archived ones too, with
    `eligible_now` False). For an archived member, meetings since stop at the archive
    date. Rows come eligible-now first, each part in the rota's order: who waited longest
    first.
    """
    roster = list({member.id: member for member in members}.values())
    standings, held_dates = _standings(roster, history)
    ranked: list[tuple[tuple[bool, tuple[dt.date, Fraction, int, str, int]], FairnessRow]] = []
    for member in roster:
        standing = standings[member.id]
        if not is_active(member, today) and standing.attended == 0:
            continue
        since = member.joined if standing.last_presented is None else standing.last_presented
        eligible = is_eligible(member, today, frozenset(), leaders_may_present)
        row = FairnessRow(
            member_id=member.id,
            name=member.name,
            attended=standing.attended,
            presentations=standing.presentations,
            last_presented=standing.last_presented,
            meetings_since=_held_after(held_dates, since, member.archived_on),
            eligible_now=eligible,
        )
        ranked.append(((not eligible, _priority(member, standing)), row))
    ranked.sort(key=lambda pair: pair[0])
    return [row for _, row in ranked]
