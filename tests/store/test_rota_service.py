"""The rota service: the planner fed from the database, pins and swaps."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.rota import PINNED_REASON, PastMeeting
from balintdesk.store import meetings, rota
from balintdesk.store.models import AttendanceStatus, Meeting, Member
from balintdesk.store.roster import ValidationError, archive_member
from tests.i18n_helpers import english, said  # noqa: F401 (english: autouse)

from ._meeting_helpers import TODAY, make_group, meeting_on, member

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL
MAR3, MAR10, MAR17 = dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 17)


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def team(db):
    group = make_group()
    people = {name: member(group, name) for name in ("Ann", "Ben", "Cat", "Dan")}
    people["Lee"] = member(group, "Lee", is_leader=True, joined=dt.date(2020, 1, 1))
    meetings.ensure_schedule(group.id, TODAY)
    return group, {name: m.id for name, m in people.items()}


def names(group_id: int, count: int = 4, today: dt.date = TODAY) -> list[tuple[dt.date, list[str]]]:
    return [
        (meeting.local_date, [s.name for s in p.presenters])
        for meeting, p in rota.plan(group_id, count, today)
    ]


def hold(group, day: dt.date, marks: dict[int, str], presenters: list[int]) -> Meeting:
    """A meeting on `day` (made if needed), marked and recorded."""
    row = Meeting.get_or_none((Meeting.group == group.id) & (Meeting.local_date == day))
    row = row or meetings.add_meeting(group.id, day)
    for member_id, status in marks.items():
        meetings.set_attendance(row.id, member_id, status, today=day)
    meetings.record_meeting(row.id, presenters, today=day)
    return row


def leave(member_id: int, day: dt.date) -> None:
    """Archive a member as if it had happened on `day` (archive_member uses the clock)."""
    archive_member(member_id)
    when = dt.datetime.combine(day, dt.time(10, 0))
    Member.update(archived_at=when).where(Member.id == member_id).execute()


# --- inputs ----------------------------------------------------------------------------------


def test_history_comes_from_held_meetings_only(team) -> None:
    group, ids = team
    hold(group, dt.date(2026, 2, 24), {ids["Ann"]: PRESENT, ids["Cat"]: ABSENT}, [ids["Ben"]])
    meetings.add_meeting(group.id, dt.date(2026, 2, 17))  # planned, never recorded
    skipped = meetings.add_meeting(group.id, dt.date(2026, 2, 10))
    meetings.cancel_meeting(skipped.id)
    extra = {ids["Dan"]: APOLOGIES}
    hold(group, dt.date(2026, 2, 3), extra, [])
    assert rota.history(group.id) == [
        PastMeeting(dt.date(2026, 2, 3), frozenset(), ()),
        PastMeeting(dt.date(2026, 2, 24), frozenset({ids["Ann"], ids["Ben"]}), (ids["Ben"],)),
    ]


def test_rota_members_include_archived_and_leaders(team) -> None:
    group, ids = team
    leave(ids["Dan"], dt.date(2026, 2, 1))
    by_name = {m.name: m for m in rota.rota_members(group.id)}
    assert by_name["Dan"].archived_on == dt.date(2026, 2, 1)
    assert by_name["Lee"].is_leader and not by_name["Ann"].is_leader


# --- the plan --------------------------------------------------------------------------------


def test_plan_without_history_goes_by_name_and_skips_leaders(team) -> None:
    group, _ = team
    plans = rota.plan(group.id, 5, TODAY)
    assert [[s.name for s in p.presenters] for _, p in plans] == [
        ["Ann"],
        ["Ben"],
        ["Cat"],
        ["Dan"],
        ["Ann"],
    ]
    first = plans[0][1]
    assert said(first.presenters[0].reason) == "has not presented yet, joined January 2025"
    assert first.reserve is not None and first.reserve.name == "Ben"
    assert [m.local_date for m, _ in plans] == [
        MAR3,
        MAR10,
        MAR17,
        dt.date(2026, 3, 24),
        dt.date(2026, 3, 31),
    ]


def test_plan_follows_the_history(team) -> None:
    group, ids = team
    marks = {ids[n]: PRESENT for n in ("Ann", "Cat", "Dan")}
    hold(group, dt.date(2026, 2, 24), marks, [ids["Ann"]])
    assert names(group.id) == [
        (MAR3, ["Ben"]),
        (MAR10, ["Cat"]),
        (MAR17, ["Dan"]),
        (dt.date(2026, 3, 24), ["Ann"]),
    ]


def test_apologies_for_a_future_meeting_count(team) -> None:
    group, ids = team
    meetings.set_attendance(meeting_on(group, MAR3).id, ids["Ann"], APOLOGIES, today=TODAY)
    assert names(group.id, 2) == [(MAR3, ["Ben"]), (MAR10, ["Ann"])]


def test_leaders_present_when_the_group_allows(team) -> None:
    group, _ = team
    meetings.set_rota_options(group.id, 1, True)
    assert names(group.id, 1) == [(MAR3, ["Lee"])]  # joined longest ago


def test_two_presenters_per_meeting(team) -> None:
    group, _ = team
    meetings.set_rota_options(group.id, 2, False)
    assert names(group.id, 2) == [(MAR3, ["Ann", "Ben"]), (MAR10, ["Cat", "Dan"])]


def test_archived_members_and_newcomers(team) -> None:
    group, ids = team
    leave(ids["Ann"], dt.date(2026, 2, 1))
    eve = member(group, "Eve", joined=dt.date(2024, 1, 1), may_present_from=MAR17)
    assert eve.id
    assert names(group.id, 3) == [(MAR3, ["Ben"]), (MAR10, ["Cat"]), (MAR17, ["Eve"])]


def test_cancelled_and_held_today_are_not_planned(team) -> None:
    group, ids = team
    meetings.cancel_meeting(meeting_on(group, MAR10).id)
    assert [day for day, _ in names(group.id, 2)] == [MAR3, MAR17]
    hold(group, MAR3, {}, [ids["Cat"]])
    plans = rota.plan(group.id, 2, today=MAR3)
    assert [m.local_date for m, _ in plans] == [MAR17, dt.date(2026, 3, 24)]


def test_a_volunteer_does_not_take_the_planned_persons_turn(team) -> None:
    group, ids = team
    assert names(group.id, 1) == [(MAR3, ["Ann"])]
    hold(group, MAR3, {ids["Ann"]: PRESENT}, [ids["Dan"]])  # Dan had a case that day
    assert names(group.id, 3, today=dt.date(2026, 3, 4)) == [
        (MAR10, ["Ann"]),
        (MAR17, ["Ben"]),
        (dt.date(2026, 3, 24), ["Cat"]),
    ]


def test_fairness(team) -> None:
    group, ids = team
    hold(group, dt.date(2026, 2, 24), {ids["Ann"]: PRESENT, ids["Ben"]: PRESENT}, [ids["Ben"]])
    rows = {row.name: row for row in rota.fairness(group.id, TODAY)}
    assert (rows["Ben"].attended, rows["Ben"].presentations) == (1, 1)
    assert rows["Ben"].last_presented == dt.date(2026, 2, 24)
    assert (rows["Ann"].attended, rows["Ann"].presentations) == (1, 0)
    assert rows["Lee"].eligible_now is False


# --- pins --------------------------------------------------------------------------------------


def test_a_pin_holds_and_the_rest_flows_around_it(team) -> None:
    group, ids = team
    mar3 = meeting_on(group, MAR3)
    rota.pin(mar3.id, ids["Dan"], today=TODAY)
    rota.pin(mar3.id, ids["Dan"], today=TODAY)  # twice is once
    assert rota.pins_for(mar3.id) == [ids["Dan"]]
    plan = rota.plan(group.id, 2, TODAY)
    assert plan[0][1].presenters[0].pinned
    assert said(plan[0][1].presenters[0].reason) == PINNED_REASON
    assert names(group.id, 2) == [(MAR3, ["Dan"]), (MAR10, ["Ann"])]
    rota.unpin(mar3.id, ids["Dan"])
    assert rota.pins_for(mar3.id) == []
    assert names(group.id, 1) == [(MAR3, ["Ann"])]


def test_pin_refusals(team, db) -> None:
    group, ids = team
    mar3, mar10, mar17 = (meeting_on(group, d) for d in (MAR3, MAR10, MAR17))
    meetings.cancel_meeting(mar10.id)
    with pytest.raises(ValidationError, match="still to come"):
        rota.pin(mar10.id, ids["Ann"], today=TODAY)
    with pytest.raises(ValidationError, match="still to come"):
        rota.pin(mar3.id, ids["Ann"], today=dt.date(2026, 3, 4))
    meetings.set_attendance(mar17.id, ids["Ben"], APOLOGIES, today=TODAY)
    with pytest.raises(ValidationError, match="Ben has sent apologies") as refused:
        rota.pin(mar17.id, ids["Ben"], today=TODAY)
    why = refused.value.sentences["member"]
    assert said(why) == "Ben has sent apologies for 17 March 2026."
    assert said(why, "de") == "Ben hat sich für den 17. März 2026 entschuldigt."
    with pytest.raises(ValidationError, match="leader"):
        rota.pin(mar17.id, ids["Lee"], today=TODAY)
    stranger = member(make_group("Other"), "Zed")
    with pytest.raises(ValidationError, match="not a member"):
        rota.pin(mar17.id, stranger.id, today=TODAY)
    rota.pin(mar17.id, ids["Cat"], today=TODAY)
    with pytest.raises(ValidationError, match="already pinned"):
        rota.pin(mar17.id, ids["Dan"], today=TODAY)
    assert rota.pins_for(mar17.id) == [ids["Cat"]]


# --- swaps -------------------------------------------------------------------------------------


def test_swap_pins_each_to_the_others_date(team) -> None:
    group, ids = team
    mar3, mar10 = meeting_on(group, MAR3), meeting_on(group, MAR10)
    rota.swap(mar3.id, 0, mar10.id, 0, today=TODAY)
    assert rota.pins_for(mar3.id) == [ids["Ben"]]
    assert rota.pins_for(mar10.id) == [ids["Ann"]]
    assert names(group.id, 3) == [(MAR3, ["Ben"]), (MAR10, ["Ann"]), (MAR17, ["Cat"])]


def test_swap_replaces_the_pins_in_those_slots(team) -> None:
    group, ids = team
    mar3, mar17 = meeting_on(group, MAR3), meeting_on(group, MAR17)
    rota.pin(mar3.id, ids["Dan"], today=TODAY)
    rota.swap(mar3.id, 0, mar17.id, 0, today=TODAY)  # Dan (pinned) ↔ Ben (planned 17th)
    assert rota.pins_for(mar3.id) == [ids["Ben"]]
    assert rota.pins_for(mar17.id) == [ids["Dan"]]


def test_swap_refusals_change_nothing(team) -> None:
    group, ids = team
    mar3, mar10, mar17 = (meeting_on(group, d) for d in (MAR3, MAR10, MAR17))
    with pytest.raises(ValidationError, match="two different meetings"):
        rota.swap(mar3.id, 0, mar3.id, 0, today=TODAY)
    with pytest.raises(ValidationError, match="Nobody is planned"):
        rota.swap(mar3.id, 1, mar10.id, 0, today=TODAY)
    meetings.set_attendance(mar3.id, ids["Cat"], APOLOGIES, today=TODAY)  # Cat is on the 17th
    with pytest.raises(ValidationError, match="Cat has sent apologies"):
        rota.swap(mar3.id, 0, mar17.id, 0, today=TODAY)
    meetings.cancel_meeting(mar10.id)
    with pytest.raises(ValidationError, match="still to come"):
        rota.swap(mar3.id, 0, mar10.id, 0, today=TODAY)
    assert [rota.pins_for(m.id) for m in (mar3, mar10, mar17)] == [[], [], []]
