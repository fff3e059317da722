"""The presenter rota, one rule at a time (issue #3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

import pytest

from balintdesk.domain.rota import (
    PINNED_REASON,
    MeetingPlan,
    PastMeeting,
    RotaMember,
    UpcomingMeeting,
    fairness_table,
    is_eligible,
    plan_rota,
)
from balintdesk.domain.words import Words
from balintdesk.i18n import formats
from tests.i18n_helpers import english, said  # noqa: F401 (english: autouse)

D = dt.date
WEEK = dt.timedelta(weeks=1)
JOINED = D(2024, 9, 3)
FIRST_UPCOMING = D(2025, 6, 3)
NONE: frozenset[int] = frozenset()

ANNA, BEN, CARA, DEV, EVE, FIN = 1, 2, 3, 4, 5, 6
NAMES = {ANNA: "Anna", BEN: "Ben", CARA: "Cara", DEV: "Dev", EVE: "Eve", FIN: "Fin"}


def member(member_id: int, **changes: object) -> RotaMember:
    fields: dict[str, object] = {"name": NAMES.get(member_id, f"M{member_id}"), "joined": JOINED}
    fields.update(changes)
    return RotaMember(id=member_id, **fields)  # type: ignore[arg-type]


def group(*ids: int) -> list[RotaMember]:
    return [member(i) for i in ids]


def held(day: dt.date, attended: Iterable[int], presented: Sequence[int] = ()) -> PastMeeting:
    return PastMeeting(date=day, attended=frozenset(attended), presented=tuple(presented))


def history_in_turn(
    order: Sequence[int], everyone: Iterable[int], last: dt.date
) -> list[PastMeeting]:
    """Weekly meetings ending on `last`, everyone present, `order` presenting in turn."""
    everyone = frozenset(everyone)
    first = last - (len(order) - 1) * WEEK
    return [held(first + k * WEEK, everyone, (who,)) for k, who in enumerate(order)]


def upcoming(
    count: int,
    apologies: Mapping[int, Iterable[int]] | None = None,
    pins: Mapping[int, Sequence[int]] | None = None,
    first: dt.date = FIRST_UPCOMING,
) -> list[UpcomingMeeting]:
    """`count` weekly meetings; apologies and pins keyed by the meeting's index."""
    apologies = apologies or {}
    pins = pins or {}
    return [
        UpcomingMeeting(
            key=100 + k,
            date=first + k * WEEK,
            apologies=frozenset(apologies.get(k, ())),
            pinned=tuple(pins.get(k, ())),
        )
        for k in range(count)
    ]


def presenters(plans: Sequence[MeetingPlan]) -> list[tuple[int, ...]]:
    return [tuple(s.member_id for s in plan.presenters) for plan in plans]


def firsts(plans: Sequence[MeetingPlan]) -> list[int]:
    return [plan.presenters[0].member_id for plan in plans]


def reserves(plans: Sequence[MeetingPlan]) -> list[int | None]:
    return [plan.reserve.member_id if plan.reserve else None for plan in plans]


# --- eligibility -------------------------------------------------------------------------


def test_active_from_joined_until_the_day_before_archived() -> None:
    m = member(ANNA, joined=D(2025, 1, 7), archived_on=D(2025, 3, 4))
    assert not is_eligible(m, D(2025, 1, 6), NONE, False)
    assert is_eligible(m, D(2025, 1, 7), NONE, False)
    assert is_eligible(m, D(2025, 3, 3), NONE, False)
    assert not is_eligible(m, D(2025, 3, 4), NONE, False)


def test_may_present_from_is_inclusive() -> None:
    m = member(ANNA, may_present_from=D(2025, 2, 4))
    assert not is_eligible(m, D(2025, 2, 3), NONE, False)
    assert is_eligible(m, D(2025, 2, 4), NONE, False)


def test_apologies_and_leaders() -> None:
    assert not is_eligible(member(ANNA), D(2025, 2, 4), frozenset({ANNA}), False)
    assert is_eligible(member(ANNA), D(2025, 2, 4), frozenset({BEN}), False)
    leader = member(ANNA, is_leader=True)
    assert not is_eligible(leader, D(2025, 2, 4), NONE, False)
    assert is_eligible(leader, D(2025, 2, 4), NONE, True)


# --- the order: rules 1, 2, 3, then the name -----------------------------------------------


def test_rule_1_longest_since_last_presented_goes_first() -> None:
    history = history_in_turn([CARA, ANNA, BEN], {ANNA, BEN, CARA}, D(2025, 5, 27))
    plans = plan_rota(group(ANNA, BEN, CARA), history, upcoming(3))
    assert firsts(plans) == [CARA, ANNA, BEN]


def test_rule_1_never_presented_counts_from_the_date_joined() -> None:
    # Cara last presented before Fin joined; Anna and Ben after.
    members = [*group(ANNA, BEN, CARA), member(FIN, joined=D(2025, 3, 1))]
    history = [
        held(D(2025, 2, 4), {ANNA, BEN, CARA}, [CARA]),
        held(D(2025, 3, 4), {ANNA, BEN, CARA, FIN}, [ANNA]),
        held(D(2025, 3, 11), {ANNA, BEN, CARA, FIN}, [BEN]),
    ]
    assert firsts(plan_rota(members, history, upcoming(4))) == [CARA, FIN, ANNA, BEN]


def test_rule_2_fewer_presentations_per_meeting_attended_breaks_a_tie() -> None:
    # Both last presented on the same day (two cases that meeting). Anna: 2 of 10, Ben 2 of 4.
    history = [held(D(2025, 1, 7) + k * WEEK, {ANNA}) for k in range(6)]
    history += [
        held(D(2025, 3, 4), {ANNA, BEN}, [ANNA]),
        held(D(2025, 3, 11), {ANNA, BEN}, [BEN]),
        held(D(2025, 3, 18), {ANNA, BEN}),
        held(D(2025, 3, 25), {ANNA, BEN}, [BEN, ANNA]),
    ]
    plans = plan_rota(group(ANNA, BEN), history, upcoming(1))
    assert firsts(plans) == [ANNA]
    # The ratio wins over the name, which would have put Ben first when reversed:
    plans = plan_rota([member(ANNA, name="Zoe"), member(BEN)], history, upcoming(1))
    assert firsts(plans) == [ANNA]


def test_rule_2_a_presenter_counts_as_attended_and_no_attendance_is_ratio_0() -> None:
    # Anna presented without being ticked present: 1 of 1. Ben never came at all: 0.
    # Both "last presented" 4 March (Ben joined that day and has not presented).
    history = [held(D(2025, 3, 4), NONE, [ANNA])]
    members = [member(ANNA, name="Aaron"), member(BEN, joined=D(2025, 3, 4))]
    plans = plan_rota(members, history, upcoming(1))
    assert firsts(plans) == [BEN]
    table = {row.member_id: row for row in fairness_table(members, history, D(2025, 3, 5))}
    assert table[ANNA].attended == 1 and table[ANNA].presentations == 1


def test_rule_3_fewer_presentations_in_total_when_the_ratio_ties() -> None:
    # Same last date, Anna 2 of 4 and Ben 1 of 2: equal ratios; Ben presented fewer times.
    history = [
        held(D(2025, 3, 4), {ANNA, BEN}, [ANNA]),
        held(D(2025, 3, 11), {ANNA}),
        held(D(2025, 3, 18), {ANNA, BEN}, [ANNA, BEN]),
    ]
    plans = plan_rota([member(ANNA), member(BEN, name="Zed")], history, upcoming(1))
    assert firsts(plans) == [BEN]


def test_name_then_id_when_everything_else_ties() -> None:
    members = [
        member(3, name="bea"),
        member(2, name="Anna"),
        member(1, name="anna"),
        member(4, name="Ångström"),
    ]
    plans = plan_rota(members, [], upcoming(4))
    # Casefolded "anna" == "anna": the smaller id first; "bea" before "ångström".
    assert firsts(plans) == [1, 2, 3, 4]


def test_the_order_does_not_depend_on_the_input_order() -> None:
    history = history_in_turn([DEV, CARA, ANNA, BEN], {ANNA, BEN, CARA, DEV}, D(2025, 5, 27))
    members = group(ANNA, BEN, CARA, DEV)
    expected = plan_rota(members, history, upcoming(6))
    shuffled = plan_rota(members[::-1], history[::-1], upcoming(6)[::-1])
    assert shuffled == expected
    assert [plan.date for plan in expected] == [FIRST_UPCOMING + k * WEEK for k in range(6)]


# --- planning forward ----------------------------------------------------------------------


def test_the_plan_assumes_the_planned_presenter_presents() -> None:
    history = history_in_turn([BEN, CARA, ANNA], {ANNA, BEN, CARA}, D(2025, 5, 27))
    plans = plan_rota(group(ANNA, BEN, CARA), history, upcoming(7))
    assert firsts(plans) == [BEN, CARA, ANNA, BEN, CARA, ANNA, BEN]
    assert reserves(plans) == [CARA, ANNA, BEN, CARA, ANNA, BEN, CARA]


def test_apologies_skip_a_member_who_then_goes_first() -> None:
    history = history_in_turn([ANNA, BEN, CARA, DEV], {ANNA, BEN, CARA, DEV}, D(2025, 5, 27))
    plans = plan_rota(group(ANNA, BEN, CARA, DEV), history, upcoming(4, apologies={0: [ANNA]}))
    assert firsts(plans) == [BEN, ANNA, CARA, DEV]
    assert reserves(plans)[0] == CARA  # not Anna: she is away


def test_archived_members_are_not_planned_on_or_after_the_archive_date() -> None:
    members = [*group(ANNA, BEN), member(CARA, archived_on=FIRST_UPCOMING + WEEK)]
    history = history_in_turn([ANNA, BEN, CARA], {ANNA, BEN, CARA}, D(2025, 5, 27))
    plans = plan_rota(members, history, upcoming(4, apologies={0: [ANNA, BEN]}))
    assert presenters(plans) == [(CARA,), (ANNA,), (BEN,), (ANNA,)]
    assert CARA not in reserves(plans)[1:]


def test_a_newcomer_presents_only_from_may_present_from() -> None:
    newcomer = member(FIN, joined=D(2025, 1, 7), may_present_from=FIRST_UPCOMING + 2 * WEEK)
    history = history_in_turn([ANNA, BEN, CARA], {ANNA, BEN, CARA, FIN}, D(2025, 5, 27))
    plans = plan_rota([*group(ANNA, BEN, CARA), newcomer], history, upcoming(5))
    # Joined in January, so once allowed Fin has waited longest of all.
    assert firsts(plans) == [ANNA, BEN, FIN, CARA, ANNA]
    assert FIN not in reserves(plans)[:1]
    assert said(plans[2].presenters[0].reason) == "has not presented yet, joined January 2025"


def test_a_member_who_joins_later_is_planned_only_from_joining() -> None:
    late = member(FIN, joined=FIRST_UPCOMING + WEEK)
    plans = plan_rota([*group(ANNA), late], [], upcoming(3, apologies={1: [ANNA]}))
    assert firsts(plans) == [ANNA, FIN, ANNA]
    assert plans[0].reserve is None


def test_leaders_are_excluded_unless_the_group_allows_them() -> None:
    members = [member(ANNA, is_leader=True), *group(BEN, CARA)]
    plans = plan_rota(members, [], upcoming(3))
    assert firsts(plans) == [BEN, CARA, BEN]
    plans = plan_rota(members, [], upcoming(3), leaders_may_present=True)
    assert firsts(plans) == [ANNA, BEN, CARA]


def test_a_cancelled_meeting_is_a_gap_that_changes_nothing_else() -> None:
    # The caller leaves a cancelled meeting out; the rota flows on past the gap.
    members = group(ANNA, BEN, CARA, DEV, EVE)
    history = history_in_turn([ANNA, BEN, CARA, DEV, EVE], set(NAMES), D(2025, 5, 27))
    meetings = upcoming(6)
    full = plan_rota(members, history, meetings)
    gap = plan_rota(members, history, meetings[:2] + meetings[3:])
    assert firsts(full) == [ANNA, BEN, CARA, DEV, EVE, ANNA]
    # Cara, who would have presented at the cancelled meeting, presents at the next one.
    assert [(plan.key, plan.presenters[0].member_id) for plan in gap] == [
        (100, ANNA),
        (101, BEN),
        (103, CARA),
        (104, DEV),
        (105, EVE),
    ]
    assert reserves(gap) == reserves(full)[:5]
    # Apologies stay with their own meeting: Cara away at 103 swaps her with Dev.
    away = [*meetings[:2], *upcoming(6, apologies={3: [CARA]})[3:]]
    assert firsts(plan_rota(members, history, away)) == [ANNA, BEN, DEV, CARA, EVE]


def test_two_presenters_per_meeting() -> None:
    members = group(ANNA, BEN, CARA, DEV, EVE)
    history = history_in_turn([EVE, DEV, CARA, BEN, ANNA], set(NAMES), D(2025, 5, 27))
    plans = plan_rota(members, history, upcoming(5), presenters_per_meeting=2)
    # Two planned on the same day tie on rules 1-3; the name decides between them.
    assert presenters(plans) == [
        (EVE, DEV),
        (CARA, BEN),
        (ANNA, DEV),
        (EVE, BEN),
        (CARA, ANNA),
    ]
    assert reserves(plans) == [CARA, ANNA, EVE, CARA, DEV]
    # Over 5 meetings of 2 among 5 members, each presents twice.
    counts = [sum(p.count(m) for p in presenters(plans)) for m in (ANNA, BEN, CARA, DEV, EVE)]
    assert counts == [2, 2, 2, 2, 2]


def test_two_presenters_with_a_pin_fill_the_other_slot() -> None:
    members = group(ANNA, BEN, CARA, DEV)
    plans = plan_rota(members, [], upcoming(2, pins={0: [DEV]}), presenters_per_meeting=2)
    assert presenters(plans) == [(DEV, ANNA), (BEN, CARA)]


# --- pins and swaps --------------------------------------------------------------------------


def test_a_pin_holds_and_everyone_else_flows_around_it() -> None:
    members = group(ANNA, BEN, CARA, DEV)
    history = history_in_turn([ANNA, BEN, CARA, DEV], {ANNA, BEN, CARA, DEV}, D(2025, 5, 27))
    assert firsts(plan_rota(members, history, upcoming(5))) == [ANNA, BEN, CARA, DEV, ANNA]
    plans = plan_rota(members, history, upcoming(5, pins={2: [ANNA]}))
    # Anna, pinned to the third meeting, is not planned before it nor made reserve.
    assert firsts(plans) == [BEN, CARA, ANNA, DEV, BEN]
    assert ANNA not in reserves(plans)[:2]
    pinned = plans[2].presenters[0]
    assert pinned.pinned and said(pinned.reason) == PINNED_REASON == "pinned by the leader"
    assert not plans[0].presenters[0].pinned


def test_a_member_pinned_later_is_used_when_nobody_else_is_eligible() -> None:
    plans = plan_rota(group(ANNA, BEN), [], upcoming(2, apologies={0: [BEN]}, pins={1: [ANNA]}))
    assert firsts(plans) == [ANNA, ANNA]


def test_a_swap_is_two_pins() -> None:
    members = group(ANNA, BEN, CARA, DEV, EVE)
    history = history_in_turn([ANNA, BEN, CARA, DEV, EVE], set(NAMES), D(2025, 5, 27))
    before = plan_rota(members, history, upcoming(6))
    assert firsts(before) == [ANNA, BEN, CARA, DEV, EVE, ANNA]
    # The leader swaps the 2nd (Ben) and 4th (Dev) meetings.
    swapped = plan_rota(members, history, upcoming(6, pins={1: [DEV], 3: [BEN]}))
    assert firsts(swapped) == [ANNA, DEV, CARA, BEN, EVE, ANNA]
    assert [p.presenters[0].pinned for p in swapped] == [False, True, False, True, False, False]


def test_a_pin_with_apologies_is_dropped_and_the_note_says_so() -> None:
    members = group(ANNA, BEN, CARA)
    plans = plan_rota(members, [], upcoming(2, apologies={0: [CARA]}, pins={0: [CARA]}))
    assert firsts(plans) == [ANNA, BEN]
    assert (
        said(plans[0].note) == "Cara is pinned here but has sent apologies, so the pin is not used."
    )
    assert said(plans[1].note) == ""


def test_a_pin_to_an_inactive_or_not_yet_allowed_member_is_dropped() -> None:
    members = [
        member(ANNA),
        member(BEN, archived_on=FIRST_UPCOMING),
        member(CARA, may_present_from=D(2025, 7, 1)),
        member(DEV, is_leader=True),
        member(EVE, joined=D(2025, 9, 1)),
    ]
    plans = plan_rota(members, [], upcoming(1, pins={0: [BEN, CARA, DEV, EVE, 99]}))
    assert firsts(plans) == [ANNA]
    assert said(plans[0].note) == (
        "Ben is pinned here but has left the group, so the pin is not used. "
        "Cara is pinned here but may present only from 1 July 2025, so the pin is not used. "
        "Dev is pinned here but is a leader, and this group's leaders do not present, "
        "so the pin is not used. "
        "Eve is pinned here but joins the group only on 1 September 2025, so the pin is not "
        "used. "
        "A pinned member is not in this group, so that pin is not used. "
        "Only 1 member is eligible to present, so there is no reserve."
    )


def test_more_pins_than_slots_keep_the_first() -> None:
    plans = plan_rota(group(ANNA, BEN, CARA), [], upcoming(1, pins={0: [CARA, BEN]}))
    assert presenters(plans) == [(CARA,)]
    assert plans[0].reserve is not None and plans[0].reserve.member_id == ANNA
    assert said(plans[0].note) == (
        "Ben is pinned here too, but the meeting has 1 presenter, so that pin is not used."
    )


def test_a_dropped_pin_does_not_hold_the_member_back_earlier() -> None:
    plans = plan_rota(group(ANNA, BEN), [], upcoming(3, apologies={2: [ANNA]}, pins={2: [ANNA]}))
    assert firsts(plans) == [ANNA, BEN, BEN]


# --- the volunteer ---------------------------------------------------------------------------


def test_a_volunteer_replacing_the_planned_presenter_keeps_their_priority() -> None:
    members = group(ANNA, BEN, CARA, DEV)
    history = history_in_turn([ANNA, BEN, CARA, DEV], {ANNA, BEN, CARA, DEV}, D(2025, 5, 27))
    plan = plan_rota(members, history, upcoming(3))
    assert firsts(plan) == [ANNA, BEN, CARA]
    # At the meeting Dev had a case and presented instead of Anna; the leader records it.
    history.append(held(FIRST_UPCOMING, {ANNA, BEN, CARA, DEV}, [DEV]))
    replanned = plan_rota(members, history, upcoming(3, first=FIRST_UPCOMING + WEEK))
    assert firsts(replanned) == [ANNA, BEN, CARA]
    assert (
        said(replanned[0].presenters[0].reason)
        == "last presented 6 May 2025, 4 meetings since then"
    )
    table = {row.member_id: row for row in fairness_table(members, history, FIRST_UPCOMING)}
    assert table[DEV].presentations == 2 and table[ANNA].presentations == 1


# --- reasons and notes ------------------------------------------------------------------------


def test_reasons_in_words() -> None:
    members = [*group(ANNA, BEN), member(FIN, joined=D(2024, 9, 10))]
    history = [
        held(D(2025, 3, 14), {ANNA, BEN}, [ANNA]),
        *[held(D(2025, 3, 21) + k * WEEK, {ANNA, BEN, FIN}) for k in range(8)],
        held(D(2025, 5, 16), {ANNA, BEN, FIN}, [BEN]),
    ]
    plans = plan_rota(members, history, upcoming(4, apologies={0: [FIN], 1: [FIN]}))
    assert firsts(plans) == [ANNA, BEN, FIN, ANNA]
    # 9 held meetings after 14 March 2025.
    assert (
        said(plans[0].presenters[0].reason) == "last presented 14 March 2025, 9 meetings since then"
    )
    assert plans[0].reserve is not None
    assert said(plans[0].reserve.reason) == "last presented 16 May 2025, the most recent meeting"
    # One planned meeting later, Ben's count includes it.
    assert said(plans[1].presenters[0].reason) == "last presented 16 May 2025, 1 meeting since then"
    assert said(plans[2].presenters[0].reason) == "has not presented yet, joined September 2024"
    assert said(plans[3].presenters[0].reason) == "planned to present 3 June 2025"


def test_reasons_are_values_said_in_the_users_language() -> None:
    members = [*group(ANNA, BEN), member(FIN, joined=D(2024, 9, 10))]
    history = [
        held(D(2025, 3, 14), {ANNA, BEN}, [ANNA]),
        *[held(D(2025, 3, 21) + k * WEEK, {ANNA, BEN, FIN}) for k in range(8)],
        held(D(2025, 5, 16), {ANNA, BEN, FIN}, [BEN]),
    ]
    plans = plan_rota(members, history, upcoming(3, apologies={0: [FIN], 1: [FIN]}))
    reason = plans[0].presenters[0].reason
    assert reason == Words(
        "Rota", "last presented {day}, %n meeting(s) since then", {"day": D(2025, 3, 14)}, 9
    )
    assert said(reason, "de") == "zuletzt vorgestellt am 14. März 2025, seitdem 9 Sitzungen"
    assert said(reason, "fr") == "dernière présentation le 14 mars 2025, 9 séances depuis"
    assert said(reason, "nl") == "laatst ingebracht op 14 maart 2025, sindsdien 9 bijeenkomsten"
    assert said(reason, "it") == "ultima presentazione il 14 marzo 2025, da allora 9 incontri"
    assert said(plans[1].presenters[0].reason, "de").endswith("seitdem 1 Sitzung")
    assert said(plans[1].presenters[0].reason, "fr").endswith("1 séance depuis")
    assert said(plans[2].presenters[0].reason, "de") == (
        "hat noch nicht vorgestellt, dabei seit September 2024"
    )
    assert said(plans[0].reserve.reason, "it") == (
        "ultima presentazione il 16 maggio 2025, all'incontro più recente"
    )
    shortage = plan_rota(group(ANNA), [], upcoming(1))[0].note
    assert said(shortage, "de") == "Nur 1 Mitglied kann vorstellen, daher gibt es keine Reserve."
    assert said(shortage, "fr") == "Seul 1 membre peut présenter ; il n'y a donc pas de remplaçant."


def test_notes_when_too_few_members_are_eligible() -> None:
    members = group(ANNA, BEN)
    meetings = upcoming(4, apologies={0: [ANNA, BEN], 1: [BEN]})
    plans = plan_rota(members, [], meetings)
    assert presenters(plans) == [(), (ANNA,), (BEN,), (ANNA,)]
    assert [said(p.note) for p in plans] == [
        "Nobody is eligible to present.",
        "Only 1 member is eligible to present, so there is no reserve.",
        "",
        "",
    ]
    plans = plan_rota(members, [], meetings, presenters_per_meeting=2)
    # Ben and Anna both presented last at the third: Ben has fewer presentations in all.
    assert presenters(plans) == [(), (ANNA,), (BEN, ANNA), (BEN, ANNA)]
    assert [said(p.note) for p in plans] == [
        "Nobody is eligible to present.",
        "Only 1 member is eligible to present.",
        "Only 2 members are eligible to present, so there is no reserve.",
        "Only 2 members are eligible to present, so there is no reserve.",
    ]
    assert all(p.reserve is None for p in plans)


def test_no_members_or_no_meetings() -> None:
    assert plan_rota([], [], []) == []
    plans = plan_rota([], [], upcoming(1))
    assert plans == [
        MeetingPlan(
            key=100, date=FIRST_UPCOMING, note=Words("Rota", "Nobody is eligible to present.")
        )
    ]


def test_presenters_per_meeting_must_be_positive() -> None:
    with pytest.raises(ValueError):
        plan_rota(group(ANNA), [], upcoming(1), presenters_per_meeting=0)


def test_history_of_people_not_in_the_list_is_ignored() -> None:
    history = [held(D(2025, 5, 20), {ANNA, 77}, [77]), held(D(2025, 5, 27), {ANNA}, [ANNA])]
    plans = plan_rota(group(ANNA, BEN), history, upcoming(2))
    assert firsts(plans) == [BEN, ANNA]


# --- the fairness table ---------------------------------------------------------------------


def test_fairness_table_rows() -> None:
    members = [
        member(ANNA),
        member(BEN, archived_on=D(2025, 3, 18)),  # left, with history
        member(CARA, archived_on=D(2025, 1, 1)),  # left before any meeting: no row
        member(DEV, is_leader=True),
        member(FIN, joined=D(2025, 3, 10)),  # new, never presented
        member(EVE, joined=D(2025, 9, 1)),  # not joined yet: no row
    ]
    history = [
        held(D(2025, 3, 4), {ANNA, BEN, DEV}, [BEN]),
        held(D(2025, 3, 11), {ANNA, BEN, DEV, FIN}, [ANNA]),
        held(D(2025, 3, 18), {ANNA, DEV, FIN}),
        held(D(2025, 3, 25), {ANNA, FIN}),
    ]
    rows = fairness_table(members, history, D(2025, 4, 1))
    by_id = {row.member_id: row for row in rows}
    assert set(by_id) == {ANNA, BEN, DEV, FIN}
    assert (by_id[ANNA].attended, by_id[ANNA].presentations) == (4, 1)
    assert by_id[ANNA].last_presented == D(2025, 3, 11)
    assert by_id[ANNA].meetings_since == 2
    assert by_id[BEN].eligible_now is False
    assert by_id[BEN].meetings_since == 1  # 11 March; it stops when Ben left on 18 March
    assert by_id[DEV].eligible_now is False and by_id[DEV].presentations == 0
    assert by_id[FIN].last_presented is None
    assert by_id[FIN].meetings_since == 3  # held after joining on 10 March
    # Eligible now first, each part longest-waiting first (Fin: since 10 March).
    assert [row.member_id for row in rows] == [FIN, ANNA, DEV, BEN]
    allowed = fairness_table(members, history, D(2025, 4, 1), leaders_may_present=True)
    assert [row.member_id for row in allowed] == [DEV, FIN, ANNA, BEN]
    assert all(row.eligible_now for row in allowed[:3])


def test_fairness_table_agrees_with_the_reasons() -> None:
    history = history_in_turn([ANNA, BEN, CARA], {ANNA, BEN, CARA}, D(2025, 5, 27))
    members = group(ANNA, BEN, CARA)
    plans = plan_rota(members, history, upcoming(1))
    row = next(r for r in fairness_table(members, history, FIRST_UPCOMING) if r.member_id == ANNA)
    assert said(plans[0].presenters[0].reason) == (
        f"last presented {formats.day_date(row.last_presented or D.min, 'en')}, "
        f"{row.meetings_since} meetings since then"
    )
