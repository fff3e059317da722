"""The history CSV's optional mode column: where each present member was sets how the
date's meeting was held (one place, or hybrid with each member's place); a bad value is
a row's sentence and nothing is imported."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk import i18n
from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.store import meetings, reports
from balintdesk.store.history_import import apply_history_import, plan_history_import
from balintdesk.store.models import Attendance, Meeting, MeetingMode

from ._meeting_helpers import TODAY, make_group, meeting_on, member

IN_PERSON, ONLINE, HYBRID = MeetingMode.ALL
DEC_2, DEC_9 = dt.date(2025, 12, 2), dt.date(2025, 12, 9)


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def team(db):
    group = make_group()
    ids = {name: member(group, name).id for name in ("Ann Able", "Ben Best", "Cat Cole")}
    return group, ids


def run(group, text: str | bytes):
    plan = plan_history_import(group.id, parse_history_csv(text), TODAY)
    assert plan.ok, [str(e) for e in plan.errors]
    return apply_history_import(group.id, plan)


def places(group, day: dt.date) -> dict[int, str | None]:
    meeting = meeting_on(group, day)
    return {a.member_id: a.mode for a in Attendance.select().where(Attendance.meeting == meeting)}


def test_rows_that_agree_set_the_meetings_mode_and_rows_that_differ_make_it_hybrid(team) -> None:
    group, ids = team
    ann, ben, cat = ids.values()
    run(
        group,
        "date,name,status,mode\n"
        "2025-12-02,Ann Able,present,online\n"
        "2025-12-02,Ben Best,present,online\n"
        "2025-12-09,Ann Able,present,in-person\n"
        "2025-12-09,Ben Best,present,online\n"
        "2025-12-09,Cat Cole,absent,online\n",  # an absent member's mode says nothing
    )
    assert meeting_on(group, DEC_2).mode == ONLINE
    assert places(group, DEC_2) == {ann: None, ben: None}  # not hybrid: no places
    assert meeting_on(group, DEC_9).mode == HYBRID
    assert places(group, DEC_9) == {ann: IN_PERSON, ben: ONLINE, cat: None}
    rows = reports.attendance_rows(group.id, DEC_2, DEC_9)
    assert [(r.day, r.member_name, r.mode) for r in rows] == [
        (DEC_2, "Ann Able", ONLINE),
        (DEC_2, "Ben Best", ONLINE),
        (DEC_2, "Cat Cole", ""),  # not recorded
        (DEC_9, "Ann Able", IN_PERSON),
        (DEC_9, "Ben Best", ONLINE),
        (DEC_9, "Cat Cole", ""),  # absent
    ]


def test_no_mode_keeps_the_meetings_own_and_a_new_meeting_takes_the_groups(team) -> None:
    group, _ = team
    meetings.set_group_mode(group.id, ONLINE, today=dt.date(2025, 1, 1))
    run(group, "date,name,status,mode\n2025-12-02,Ann Able,present,\n")
    assert meeting_on(group, DEC_2).mode == ONLINE


def test_a_later_file_corrects_a_hybrid_meeting_member_by_member(team) -> None:
    group, ids = team
    ann, ben, _ = ids.values()
    heading = "date,name,status,mode\n"
    both = "2025-12-02,Ann Able,present,online\n2025-12-02,Ben Best,present,in-person\n"
    run(group, heading + both)
    # Ben alone, now online: Ann (not in the file) was online too, so the meeting was.
    result = run(group, heading + "2025-12-02,Ben Best,present,online\n")
    assert result.updated == 1
    assert meeting_on(group, DEC_2).mode == ONLINE
    assert places(group, DEC_2) == {ann: None, ben: None}


def test_german_heading_and_values_with_semicolons(team) -> None:
    group, ids = team
    ann, ben, _ = ids.values()
    text = (
        "Datum;Name;Anwesenheit;Teilnahmeform\n"
        "02.12.2025;Ann Able;anwesend;Präsenz\n"
        "02.12.2025;Ben Best;anwesend;online\n"
    )
    run(group, text.encode("cp1252"))
    assert meeting_on(group, DEC_2).mode == HYBRID
    assert places(group, DEC_2) == {ann: IN_PERSON, ben: ONLINE}


@pytest.mark.parametrize(
    ("heading", "value", "where"),
    [
        ("modalité", "en ligne", ONLINE),
        ("vorm", "fysiek", IN_PERSON),
        ("modalità", "in presenza", IN_PERSON),
        ("Mode", "Remote", ONLINE),
    ],
)
def test_french_dutch_italian_and_english_words(team, heading, value, where) -> None:
    group, _ = team
    run(group, f"date,name,status,{heading}\n2025-12-02,Ann Able,present,{value}\n")
    assert meeting_on(group, DEC_2).mode == where


def test_a_bad_mode_is_a_rows_sentence_and_nothing_is_imported(team) -> None:
    group, _ = team
    before = Meeting.select().count(), Attendance.select().count()
    text = (
        "date,name,status,mode\n"
        "2025-12-02,Ann Able,present,online\n"
        "2025-12-02,Ben Best,present,hybrid\n"
    )
    plan = plan_history_import(group.id, parse_history_csv(text), TODAY)
    assert [str(error) for error in plan.errors] == [
        "Line 3: Mode: “hybrid” is not where a member was; write in-person or online."
    ]
    assert (Meeting.select().count(), Attendance.select().count()) == before
    i18n.use_language("de")
    try:
        said = i18n.shown(plan.errors[0].words)
    finally:
        i18n.use_language(i18n.ENGLISH)
    assert said.startswith("Zeile 3: ") and "„hybrid“" in said and "mode" not in said.casefold()


def test_the_plan_says_where_each_member_who_came_was(team) -> None:
    """What the import's preview shows in its Where column, before anything is written."""
    group, _ids = team
    text = (
        "date,name,status,mode\n"
        "2025-12-02,Ann Able,present,online\n"
        "2025-12-02,Ben Best,present,online\n"
        "2025-12-09,Ann Able,present,in-person\n"
        "2025-12-09,Ben Best,present,online\n"
        "2025-12-09,Cat Cole,absent,online\n"
        "2025-12-16,Ann Able,present,\n"  # no mode: the meeting's own, the group's in person
    )
    plan = plan_history_import(group.id, parse_history_csv(text), TODAY)

    assert [(row.date, row.name, row.where) for row in plan.rows] == [
        (DEC_2, "Ann Able", ONLINE),
        (DEC_2, "Ben Best", ONLINE),
        (DEC_9, "Ann Able", IN_PERSON),
        (DEC_9, "Ben Best", ONLINE),
        (DEC_9, "Cat Cole", None),
        (dt.date(2025, 12, 16), "Ann Able", IN_PERSON),
    ]
