"""`run_checks` on meetings, attendance, pins, breaks and themes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from balintdesk.store import meetings
from balintdesk.store.check import run_checks
from balintdesk.store.models import AttendanceStatus, RotaPin, WithdrawnMeeting
from balintdesk.store.schedule import update_group

from ._meeting_helpers import TODAY, WEEKLY_TUESDAY, make_group, member


@pytest.fixture
def filled(db):
    group = make_group()
    ann, ben = member(group, "Ann"), member(group, "Ben")
    first, second, third = meetings.upcoming_meetings(group.id, 3, TODAY)
    meetings.record_meeting(first.id, [ann.id], "boundaries", today=first.local_date)
    meetings.set_attendance(second.id, ben.id, AttendanceStatus.APOLOGIES, today=TODAY)
    RotaPin.create(meeting=third.id, member=ann.id)
    meetings.add_break(group.id, dt.date(2026, 8, 1), dt.date(2026, 8, 31), "Summer")
    meetings.ensure_schedule(group.id, TODAY, ahead=30)
    return db, group, (first, second, third), (ann, ben)


def plant(db, sql: str, *params: object) -> list[str]:
    db.execute_sql(sql, params)
    return run_checks(db)


def test_healthy_meetings_have_no_problems(filled) -> None:
    db, *_ = filled
    assert run_checks(db) == []


def test_meeting_status_date_and_theme(filled) -> None:
    db, _, (first, second, _), _ = filled
    problems = plant(db, "UPDATE meeting SET status = 'postponed' WHERE id = ?", second.id)
    assert problems == [
        f"Meeting #{second.id} (group #1, {second.local_date}) has the unknown status “postponed”."
    ]
    plant(db, "UPDATE meeting SET status = 'planned' WHERE id = ?", second.id)
    problems = plant(db, "UPDATE meeting SET local_date = '2026-03-04' WHERE id = ?", first.id)
    assert len(problems) == 1 and "which is 2026-03-03 in Europe/London" in problems[0]
    plant(db, "UPDATE meeting SET local_date = ? WHERE id = ?", str(first.local_date), first.id)
    problems = plant(db, "UPDATE meeting SET theme = 'Mrs Smith' WHERE id = ?", first.id)
    assert len(problems) == 1 and "“Mrs Smith”, which is not in the group's list" in problems[0]


def test_break_link_only_on_cancelled_meetings(filled) -> None:
    db, *_ = filled
    problems = plant(
        db, "UPDATE meeting SET status = 'planned' WHERE cancelled_by_break_id IS NOT NULL"
    )
    assert len(problems) == 4 and all("linked to break" in p for p in problems)


def test_attendance_rules(filled) -> None:
    db, _, (_, second, _), _ = filled
    problems = plant(db, "UPDATE attendance SET status = 'apologies' WHERE presented = 1")
    assert len(problems) == 1 and "presented but was “apologies”" in problems[0]
    plant(db, "UPDATE attendance SET status = 'present' WHERE presented = 1")
    problems = plant(
        db,
        "UPDATE attendance SET presented = 1, status = 'present' WHERE meeting_id = ?",
        second.id,
    )
    assert len(problems) == 1 and "at a meeting not held" in problems[0]
    plant(
        db, "UPDATE attendance SET presented = 0, status = 'late' WHERE meeting_id = ?", second.id
    )
    assert "unknown status “late”" in run_checks(db)[0]


def test_pins_on_cancelled_or_held_meetings(filled) -> None:
    db, _, (first, _, third), (_, ben) = filled
    plant(db, "INSERT INTO rota_pin (meeting_id, member_id) VALUES (?, ?)", first.id, ben.id)
    problems = plant(db, "UPDATE meeting SET status = 'cancelled' WHERE id = ?", third.id)
    assert sorted(p.split(" is on a ")[1] for p in problems) == [
        "cancelled meeting.",
        "held meeting.",
    ]


def test_member_of_another_group(filled) -> None:
    db, _, (_, second, _), _ = filled
    stranger = member(make_group("Other"), "Zed")
    problems = plant(
        db, "UPDATE attendance SET member_id = ? WHERE meeting_id = ?", stranger.id, second.id
    )
    assert len(problems) == 1 and "not in the meeting's group" in problems[0]


def test_breaks_and_rota_options(filled) -> None:
    db, group, *_ = filled
    problems = plant(db, "UPDATE meeting_break SET last_date = '2026-07-01'")
    assert len(problems) == 1 and "ends (2026-07-01) before it starts" in problems[0]
    plant(db, "UPDATE meeting_break SET last_date = '2026-08-31'")
    problems = plant(db, "UPDATE balint_group SET presenters_per_meeting = 3")
    assert problems == [f"Group #{group.id} has 3 presenters a meeting, not 1 or 2."]


def test_withdrawn_meetings_are_healthy_until_one_shares_a_live_meetings_id(filled) -> None:
    db, group, (_, _, third), _ = filled
    update_group(group.id, group.name, replace(WEEKLY_TUESDAY, weekday=3), today=TODAY)
    gone = WithdrawnMeeting.select().order_by(WithdrawnMeeting.id).first()
    assert gone is not None, "the change of day withdrew meetings"
    assert run_checks(db) == []
    problems = plant(
        db, "UPDATE withdrawn_meeting SET local_date = '2026-03-05' WHERE id = ?", gone.id
    )
    assert len(problems) == 1 and "which is 20" in problems[0] and "not its date" in problems[0]
    plant(db, "UPDATE withdrawn_meeting SET local_date = ? WHERE id = ?", str(gone.local_date),
          gone.id)  # fmt: skip
    problems = plant(
        db, "UPDATE withdrawn_meeting SET meeting_id = ? WHERE id = ?", third.id, gone.id
    )
    assert problems == [
        f"Withdrawn meeting #{gone.id} (was meeting #{third.id}, group #{group.id}, "
        f"{gone.local_date}): meeting #{third.id} exists again, so the calendar cannot "
        "cancel the withdrawn one."
    ]
