"""One rule for "the same name" (domain/names.py), kept by the store: the member form's
service, the roster import and the history import never make a second member of a name
that looks the same as one already in the group (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.domain.roster import MemberDraft, Role, name_key
from balintdesk.domain.roster_csv import parse_roster_csv
from balintdesk.store.history_import import plan_history_import
from balintdesk.store.models import Member
from balintdesk.store.roster import ValidationError, add_member, update_member
from balintdesk.store.roster_import import apply_roster_import, plan_roster_import

from ._meeting_helpers import TODAY, make_group, member

ZOE = "Dr Zoë François"
# Each of these draws exactly like ZOE on screen.
LOOK_ALIKES = [
    ZOE + "\u034f",  # combining grapheme joiner
    ZOE + "\ufe0f",  # variation selector
    ZOE + "\u3164",  # Hangul filler
    "Dr Zоë François",  # Cyrillic о
    "Dr Zoё François",  # Cyrillic ё
    "Ｄr Zoë François",  # full-width D
]


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db):
    group = make_group()
    member(group, ZOE)
    return group


@pytest.mark.parametrize("variant", LOOK_ALIKES)
def test_the_member_service_refuses_a_look_alike(group, variant: str) -> None:
    with pytest.raises(ValidationError) as refused:
        add_member(group.id, MemberDraft(variant, Role.GP))
    sentence = refused.value.errors["name"]
    # Invisible characters are dropped from a name, so those are plainly the same name.
    assert f'looks the same as "{ZOE}"' in sentence or f'already called "{ZOE}"' in sentence
    assert Member.select().count() == 1


@pytest.mark.parametrize("variant", LOOK_ALIKES)
def test_a_roster_import_updates_the_member_a_look_alike_names(group, variant: str) -> None:
    plan = plan_roster_import(group.id, parse_roster_csv(f"name,role\n{variant},Nurse\n"))
    assert plan.errors == []
    assert [(r.action, r.name) for r in plan.rows] == [("update", ZOE)]
    if name_key(variant) != name_key(ZOE):
        assert plan.rows[0].notes == [f"“{variant}” read as {ZOE}: the names look the same"]
    apply_roster_import(group.id, plan)
    assert [(m.name, m.role) for m in Member.select()] == [(ZOE, "nurse")]


def test_a_garbled_name_is_refused_by_the_import_and_the_member_service(group) -> None:
    plan = plan_roster_import(group.id, parse_roster_csv("name\nDr ZoÃ« FranÃ§ois\n"))
    assert [e.line for e in plan.errors] == [2]
    assert f"It is probably “{ZOE}”" in plan.errors[0].message
    with pytest.raises(ValidationError) as refused:
        add_member(group.id, MemberDraft("Dr Zo√´ Fran√ßois"))
    assert f"It is probably “{ZOE}”" in refused.value.errors["name"]


def test_look_alike_twins_from_before_the_rule_can_still_be_edited(group) -> None:
    cyrillic = "Dr Zоë François"
    twin = Member.create(group=group.id, name=cyrillic, name_key=name_key(cyrillic), joined=TODAY)
    update_member(twin.id, MemberDraft(twin.name, Role.NURSE, joined=TODAY))
    assert Member.get_by_id(twin.id).role == "nurse"
    with pytest.raises(ValidationError):
        update_member(twin.id, MemberDraft("Dr Zоë  Françoiѕ", Role.NURSE, joined=TODAY))
    # An import naming the exact spelling updates that member, not its twin.
    plan = plan_roster_import(group.id, parse_roster_csv(f"name,role\n{ZOE},Pharmacist\n"))
    assert [r.member_id for r in plan.rows] == [Member.get(Member.name == ZOE).id]


def test_a_history_import_finds_the_member_by_a_look_alike_name(group) -> None:
    day = TODAY - dt.timedelta(days=7)
    plan = plan_history_import(
        group.id,
        parse_history_csv(f"date,name,status\n{day},Dr Zоë François,present\n"),
        TODAY,
    )
    assert plan.errors == []
    assert [r.name for r in plan.rows] == [ZOE]
