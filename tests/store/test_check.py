"""`run_checks`: healthy data passes; each planted inconsistency is found and named."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store.check import run_checks
from balintdesk.store.migrations import LATEST_VERSION
from balintdesk.store.roster import add_member, create_group


@pytest.fixture
def filled(db):
    group = create_group("Thursday Balint", MeetingPattern())
    anjali = add_member(
        group.id, MemberDraft("Anjali Patel", Role.GP, True, "", dt.date(2024, 1, 2))
    )
    ben = add_member(
        group.id, MemberDraft("Ben Okafor", Role.NURSE, False, "", dt.date(2024, 1, 2))
    )
    return db, group.id, anjali.id, ben.id


def plant(db, sql: str, *params: object) -> None:
    db.execute_sql(sql, params)


def test_healthy_database_has_no_problems(filled) -> None:
    db, *_ = filled
    assert run_checks(db) == []


def test_empty_database_is_healthy(db) -> None:
    assert run_checks(db) == []


def test_wrong_name_key(filled) -> None:
    db, _, anjali, _ = filled
    plant(db, "UPDATE member SET name_key = 'x' WHERE id = ?", anjali)
    problems = run_checks(db)
    assert len(problems) == 1
    assert f"Member #{anjali}" in problems[0]
    assert "“anjali patel”" in problems[0]


def test_unknown_role_and_leader_flag(filled) -> None:
    db, _, anjali, ben = filled
    plant(db, "UPDATE member SET role = 'consultant' WHERE id = ?", anjali)
    plant(db, "UPDATE member SET is_leader = 7 WHERE id = ?", ben)
    problems = run_checks(db)
    assert len(problems) == 2
    assert f"#{anjali}" in problems[0] and "consultant" in problems[0]
    assert f"#{ben}" in problems[1] and "leader" in problems[1]


def test_unreadable_dates(filled) -> None:
    db, _, anjali, ben = filled
    plant(db, "UPDATE member SET joined = 'last spring' WHERE id = ?", anjali)
    plant(db, "UPDATE member SET updated_at = 'soon' WHERE id = ?", ben)
    problems = run_checks(db)
    assert [("last spring" in p, "soon" in p) for p in problems] == [(True, False), (False, True)]


def test_may_present_before_joined(filled) -> None:
    db, _, anjali, _ = filled
    plant(db, "UPDATE member SET may_present_from = '2023-12-01' WHERE id = ?", anjali)
    problems = run_checks(db)
    assert len(problems) == 1
    assert "2023-12-01" in problems[0] and f"#{anjali}" in problems[0]


def test_two_members_with_the_same_name(filled) -> None:
    db, group_id, anjali, ben = filled
    # The unique index is on the stored key, so the stored key is left alone here.
    plant(db, "UPDATE member SET name = 'ANJALI  Patel' WHERE id = ?", ben)
    problems = run_checks(db)
    assert any(f"#{anjali}, #{ben}" in p and f"Group #{group_id}" in p for p in problems)
    assert any("untidy spacing" in p for p in problems)


def test_bad_group_pattern(filled) -> None:
    db, group_id, *_ = filled
    plant(db, "UPDATE balint_group SET timezone = 'Mars/Olympus', length_minutes = 5")
    problems = run_checks(db)
    assert len(problems) == 2
    assert all(p.startswith(f"Group #{group_id} (“Thursday Balint”)") for p in problems)
    plant(db, "UPDATE balint_group SET frequency = 'hourly'")
    assert "hourly" in run_checks(db)[0]


def test_missing_group_is_a_foreign_key_problem(filled) -> None:
    db, *_ = filled
    plant(db, "PRAGMA foreign_keys = OFF")
    plant(
        db,
        "INSERT INTO member (group_id, name, name_key, joined, created_at, updated_at) "
        "VALUES (99, 'Cara', 'cara', '2024-01-01', '2024-01-01 10:00:00', '2024-01-01 10:00:00')",
    )
    plant(db, "PRAGMA foreign_keys = ON")
    problems = run_checks(db)
    assert len(problems) == 1
    assert "member" in problems[0] and "balint_group" in problems[0]


def test_wrong_schema_version(filled) -> None:
    db, *_ = filled
    plant(db, f"PRAGMA user_version = {LATEST_VERSION + 1}")
    problems = run_checks(db)
    assert problems == [
        f"The database schema is version {LATEST_VERSION + 1}; "
        f"this BalintDesk expects version {LATEST_VERSION}."
    ]
    plant(db, f"PRAGMA user_version = {LATEST_VERSION}")
