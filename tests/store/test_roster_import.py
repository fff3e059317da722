"""Planning, applying and exporting roster CSV files against a real database."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.domain.roster_csv import parse_roster_csv
from balintdesk.store import roster_import
from balintdesk.store.models import Group, Member
from balintdesk.store.roster import (
    NotFoundError,
    ValidationError,
    add_member,
    archive_member,
    create_group,
    update_member,
)
from balintdesk.store.roster_import import (
    RosterImportError,
    apply_roster_import,
    export_roster_csv,
    plan_roster_import,
)

HEADING = "name,role,leader,email,joined\n"


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db) -> Group:
    group = create_group("Thursday Balint", MeetingPattern())
    add_member(
        group.id,
        MemberDraft("Anjali Patel", Role.GP, False, "anjali@example.org", dt.date(2024, 1, 10)),
    )
    add_member(group.id, MemberDraft("Ben Okafor", Role.NURSE, False, "", dt.date(2023, 5, 2)))
    return group


def snapshot() -> list[tuple]:
    """Every member row, as stored."""
    return list(Member.select().order_by(Member.id).tuples())


def plan_for(group_id: int | None, text: str):
    return plan_roster_import(group_id, parse_roster_csv(text))


def test_plan_actions_and_change_texts(group: Group) -> None:
    plan = plan_for(
        group.id,
        HEADING
        + "Anjali Patel,Nurse,yes,,2024-01-10\n"  # 2: role and leader change; email kept
        + "Ben Okafor,Nurse,,,\n"  # 3: nothing new
        + "Cara Jones,,,,\n",  # 4: new
    )
    assert plan.ok
    assert [(r.line, r.action, r.name, r.changes) for r in plan.rows] == [
        (2, "update", "Anjali Patel", ["role: GP → Nurse", "leader: no → yes"]),
        (3, "unchanged", "Ben Okafor", []),
        (4, "add", "Cara Jones", []),
    ]
    assert (plan.to_add, plan.to_update, plan.unchanged) == (1, 1, 1)


def test_email_and_joined_change_texts(group: Group) -> None:
    plan = plan_for(group.id, HEADING + "Ben Okafor,,,ben@example.org,03/09/2024\n")
    assert plan.rows[0].changes == [
        "email: (none) → ben@example.org",
        "joined: 2023-05-02 → 2024-09-03",
    ]


def test_add_uses_defaults(group: Group) -> None:
    plan = plan_for(group.id, "name\nCara Jones\n")
    result = apply_roster_import(group.id, plan)
    assert (result.added, result.updated, result.unchanged) == (1, 0, 0)
    cara = Member.get(Member.name == "Cara Jones")
    assert (cara.role, cara.is_leader, cara.email, cara.joined) == (
        Role.OTHER.value,
        False,
        "",
        dt.date.today(),
    )
    assert cara.group_id == group.id
    assert cara.name_key == "cara jones"


def test_not_given_keeps_existing_values(group: Group) -> None:
    before = snapshot()
    plan = plan_for(group.id, HEADING + "Anjali Patel, , , , \n")
    assert [r.action for r in plan.rows] == ["unchanged"]
    result = apply_roster_import(group.id, plan)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    assert snapshot() == before
    anjali = Member.get(Member.name == "Anjali Patel")
    assert (anjali.role, anjali.email, anjali.joined) == (
        "gp",
        "anjali@example.org",
        dt.date(2024, 1, 10),
    )


def test_same_name_differently_cased_and_spaced_updates(group: Group) -> None:
    plan = plan_for(group.id, "name,role\n  anjali   PATEL ,Pharmacist\n")
    assert [r.action for r in plan.rows] == ["update"]
    # Matched by name, not re-spelt: the roster keeps "Anjali Patel".
    assert plan.rows[0].changes == ["role: GP → Pharmacist"]
    assert plan.rows[0].name == "Anjali Patel"
    apply_roster_import(group.id, plan)
    rows = list(Member.select().where(Member.name_key == "anjali patel"))
    assert len(rows) == 1
    assert (rows[0].name, rows[0].role) == ("Anjali Patel", "pharmacist")
    assert Member.select().count() == 2


def test_archived_member_is_updated_and_stays_archived(group: Group) -> None:
    ben = Member.get(Member.name == "Ben Okafor")
    archived_at = archive_member(ben.id).archived_at
    plan = plan_for(group.id, "name,role\nBen Okafor,GP\n")
    assert [(r.action, r.archived) for r in plan.rows] == [("update", True)]
    result = apply_roster_import(group.id, plan)
    assert result.updated == 1
    bens = list(Member.select().where(Member.name_key == "ben okafor"))
    assert len(bens) == 1
    assert bens[0].role == "gp"
    assert bens[0].archived_at == archived_at


def test_nothing_is_imported_when_a_row_is_bad(group: Group) -> None:
    before = snapshot()
    plan = plan_for(
        group.id,
        HEADING + "Cara Jones,GP,,,\nAnjali Patel,Nurse,,,\nDan,Consultant,,,\n",
    )
    assert not plan.ok
    assert [str(e)[:7] for e in plan.errors] == ["Line 4:"]
    with pytest.raises(RosterImportError) as raised:
        apply_roster_import(group.id, plan)
    assert isinstance(raised.value, ValidationError)
    assert raised.value.messages[0].startswith("Line 4:")
    assert snapshot() == before


def test_store_level_problem_is_a_plan_error(group: Group) -> None:
    anjali = Member.get(Member.name == "Anjali Patel")
    update_member(
        anjali.id,
        MemberDraft("Anjali Patel", Role.GP, False, "", dt.date(2024, 1, 10), dt.date(2024, 3, 1)),
    )
    before = snapshot()
    plan = plan_for(group.id, "name,joined\nCara,2024-01-01\nAnjali Patel,2024-06-01\n")
    assert [e.line for e in plan.errors] == [3]
    assert "01/03/2024" in plan.errors[0].message
    assert [r.name for r in plan.rows] == ["Cara"]
    with pytest.raises(RosterImportError):
        apply_roster_import(group.id, plan)
    assert snapshot() == before


def test_failure_midway_rolls_everything_back(group: Group, monkeypatch) -> None:
    before = snapshot()
    plan = plan_for(group.id, "name,role\nAnjali Patel,Nurse\nCara Jones,GP\nDan Evans,GP\n")
    assert plan.ok
    real_apply_draft = roster_import.apply_draft
    calls = []

    def failing_apply_draft(member: Member, draft: MemberDraft) -> None:
        calls.append(draft.name)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        real_apply_draft(member, draft)

    monkeypatch.setattr(roster_import, "apply_draft", failing_apply_draft)
    with pytest.raises(RuntimeError):
        apply_roster_import(group.id, plan)
    assert len(calls) == 3  # two rows were written before the failure...
    assert snapshot() == before  # ...and rolled back with it


def test_changes_since_planning_are_refused(group: Group) -> None:
    plan = plan_for(group.id, "name,role\nCara Jones,GP\nDan Evans,GP\n")
    add_member(group.id, MemberDraft("Cara Jones", Role.NURSE))  # another window, meanwhile
    before = snapshot()
    with pytest.raises(RosterImportError) as raised:
        apply_roster_import(group.id, plan)
    assert "changed since" in raised.value.messages[0]
    assert snapshot() == before


def test_plan_for_a_new_group_adds_everyone(db) -> None:
    plan = plan_for(None, "name,role\nAnjali Patel,GP\nBen Okafor,Nurse\n")
    assert [r.action for r in plan.rows] == ["add", "add"]
    group = create_group("New group", MeetingPattern())
    result = apply_roster_import(group.id, plan)
    assert result.added == 2
    assert Member.select().where(Member.group == group.id).count() == 2


def test_plan_for_a_missing_group_raises(db) -> None:
    with pytest.raises(NotFoundError):
        plan_for(999, "name\nAnjali\n")


def test_export_content_exactly(group: Group) -> None:
    add_member(
        group.id,
        MemberDraft(
            "Patel, Dr Siobhán", Role.GP_TRAINEE, True, "s@example.ie", dt.date(2022, 10, 3)
        ),
    )
    archive_member(Member.get(Member.name == "Ben Okafor").id)
    assert export_roster_csv(group.id) == (
        "name,role,leader,email,joined\r\n"
        "Anjali Patel,GP,no,anjali@example.org,2024-01-10\r\n"
        '"Patel, Dr Siobhán",GP trainee,yes,s@example.ie,2022-10-03\r\n'
    )
    with_archived = export_roster_csv(group.id, include_archived=True)
    assert "Ben Okafor,Nurse,no,,2023-05-02\r\n" in with_archived
    assert with_archived.count("\r\n") == 4


def test_export_reimports_unchanged(group: Group) -> None:
    before = snapshot()
    plan = plan_for(group.id, export_roster_csv(group.id))
    assert [r.action for r in plan.rows] == ["unchanged", "unchanged"]
    apply_roster_import(group.id, plan)
    assert snapshot() == before


def test_export_of_a_missing_group_raises(db) -> None:
    with pytest.raises(NotFoundError):
        export_roster_csv(12345)
