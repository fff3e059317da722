"""Who led and co-led a meeting: recorded with set_leaders (and refused with a sentence
when it cannot be), else inferred from the present leaders by name."""

from __future__ import annotations

import pytest

from balintdesk.store import meetings
from balintdesk.store.leaders import leaders_of_meetings, recorded_leaders, set_leaders
from balintdesk.store.models import AttendanceStatus, Meeting
from balintdesk.store.roster import ValidationError, archive_member

from ._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db):
    group = make_group()
    meetings.ensure_schedule(group.id, today=FIRST)
    return group


@pytest.fixture
def people(group):
    # Created out of alphabetical order, so the inference's "by name" is tested.
    return {
        "Zoë": member(group, "Dr Zoë Zorn", is_leader=True),
        "Siobhán": member(group, "Dr Siobhán Ó Ceallaigh", is_leader=True),
        "Ann": member(group, "Dr Ann Ames"),
        "Ben": member(group, "Dr Ben Bell"),
    }


def present(meeting: Meeting, *people) -> None:
    for person in people:
        meetings.set_attendance(meeting.id, person.id, PRESENT, today=TODAY)


# --- the inference ------------------------------------------------------------------------


def test_unrecorded_meetings_take_the_present_leaders_by_name(group, people):
    both, one, none, only_zoe_away = (
        meeting_on(group, FIRST.replace(day=d)) for d in (6, 13, 20, 27)
    )
    present(both, people["Zoë"], people["Siobhán"], people["Ann"])
    present(one, people["Zoë"], people["Ann"])
    present(none, people["Ann"], people["Ben"])
    present(only_zoe_away, people["Siobhán"])
    meetings.set_attendance(only_zoe_away.id, people["Zoë"].id, APOLOGIES, today=TODAY)
    found = leaders_of_meetings([both.id, one.id, none.id, only_zoe_away.id, 999_999])
    # "Dr Siobhán Ó Ceallaigh" sorts before "Dr Zoë Zorn": she led, Zoë co-led.
    assert found[both.id] == (people["Siobhán"].id, people["Zoë"].id)
    assert found[one.id] == (people["Zoë"].id, None)
    assert found[none.id] == (None, None), "members who are not leaders never lead"
    assert found[only_zoe_away.id] == (people["Siobhán"].id, None), "apologies do not lead"
    assert found[999_999] == (None, None), "every id asked for is answered"
    assert leaders_of_meetings([]) == {}


def test_a_recorded_choice_wins_over_the_attendance(group, people):
    row = meeting_on(group, FIRST)
    present(row, people["Zoë"], people["Siobhán"])
    set_leaders(row.id, people["Zoë"].id, None, today=TODAY)
    assert leaders_of_meetings([row.id])[row.id] == (people["Zoë"].id, None)
    assert recorded_leaders(row.id) == (people["Zoë"].id, None)
    # Forgetting the record brings the inference back.
    set_leaders(row.id, None, None, today=TODAY)
    assert recorded_leaders(row.id) == (None, None)
    assert leaders_of_meetings([row.id])[row.id] == (people["Siobhán"].id, people["Zoë"].id)


def test_a_member_who_is_not_a_leader_may_be_recorded_as_standing_in(group, people):
    row = meeting_on(group, FIRST)
    set_leaders(row.id, people["Siobhán"].id, people["Ann"].id, today=TODAY)
    assert leaders_of_meetings([row.id])[row.id] == (people["Siobhán"].id, people["Ann"].id)


# --- set_leaders refuses with a sentence -------------------------------------------------


def test_the_same_person_cannot_lead_and_co_lead(group, people):
    row = meeting_on(group, FIRST)
    siobhan = people["Siobhán"].id
    with pytest.raises(ValidationError) as caught:
        set_leaders(row.id, siobhan, siobhan, today=TODAY)
    assert caught.value.errors == {
        "co_leader": "The same person cannot lead and co-lead; choose someone else."
    }
    assert recorded_leaders(row.id) == (None, None), "nothing was saved"


def test_a_co_leader_needs_a_leader(group, people):
    row = meeting_on(group, FIRST)
    with pytest.raises(ValidationError, match="Choose who led before choosing who co-led"):
        set_leaders(row.id, None, people["Zoë"].id, today=TODAY)


def test_only_members_of_the_meetings_group(group, people):
    row = meeting_on(group, FIRST)
    stranger = member(make_group("Thursday group"), "Dr Siobhán Ó Ceallaigh", is_leader=True)
    with pytest.raises(ValidationError) as caught:
        set_leaders(row.id, people["Zoë"].id, stranger.id, today=TODAY)
    assert caught.value.errors == {
        "co_leader": "That person is not a member of this meeting's group."
    }
    with pytest.raises(ValidationError, match="not a member"):
        set_leaders(row.id, 999_999, None, today=TODAY)


def test_archived_people_stay_recorded_but_are_not_newly_chosen(group, people):
    first, second = meeting_on(group, FIRST), meeting_on(group, FIRST.replace(day=13))
    set_leaders(first.id, people["Zoë"].id, people["Siobhán"].id, today=TODAY)
    archive_member(people["Zoë"].id)
    # Correcting the other seat keeps the archived leader where she was.
    set_leaders(first.id, people["Zoë"].id, None, today=TODAY)
    assert recorded_leaders(first.id) == (people["Zoë"].id, None)
    with pytest.raises(ValidationError) as caught:
        set_leaders(second.id, people["Zoë"].id, None, today=TODAY)
    assert caught.value.errors == {
        "leader": "Dr Zoë Zorn is archived; restore them on the Roster page first."
    }


def test_not_for_a_cancelled_meeting_or_one_still_to_come(group, people):
    row = meeting_on(group, FIRST)
    with pytest.raises(ValidationError, match="still to come"):
        set_leaders(row.id, people["Zoë"].id, None, today=FIRST.replace(day=5))
    meetings.cancel_meeting(row.id, "Snow")
    with pytest.raises(ValidationError, match="cancelled; restore it"):
        set_leaders(row.id, people["Zoë"].id, None, today=TODAY)
    assert recorded_leaders(row.id) == (None, None)
