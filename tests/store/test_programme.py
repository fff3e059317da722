"""The programme view off a real database: every group with its next meeting and leaders,
every member with their sessions and hours in the period and the rule's answer; the same
answer as the Requirements dialog; a handful of queries whatever the number of members;
and only for a programme administrator (on a server, the server's balintdesk_role())."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.rules import Rule, RuleBook, Setting
from balintdesk.domain.words import WordsError
from balintdesk.store import meetings
from balintdesk.store import requirements as rules_store
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import AttendanceStatus, Group, MeetingStatus, database_proxy
from balintdesk.store.programme import (
    NotAdministratorError,
    build_programme,
    default_rule,
)
from balintdesk.store.roster import archive_member, create_group

from ._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member

pytestmark = pytest.mark.both_backends

PRESENT = AttendanceStatus.PRESENT
START, END = dt.date(2026, 1, 1), dt.date(2026, 2, 28)


def day(n: int) -> dt.date:
    """The n-th Tuesday meeting (0 = 6 January 2026)."""
    return FIRST + dt.timedelta(days=7 * n)


def stand_in_role(db, role: str) -> None:
    """What `balintdesk db init` will create on a server: the login's role."""
    if getattr(db, "is_server", False):
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION balintdesk_role() RETURNS text LANGUAGE sql "
            f"AS $$ SELECT '{role}' $$"
        )


@pytest.fixture(autouse=True)
def administrator(db):
    stand_in_role(db, "admin")


def book(at_least: int = 3) -> RuleBook:
    rule = Rule(
        id="test-attendance",
        title={"en": "Test programme"},
        country="GB",
        sources=(),
        settings=(Setting("attendances", at_least, 1, 40, {"en": "Attendances"}),),
        conditions=(
            {"key": "attended", "kind": "sessions", "at_least": {"setting": "attendances"}},
        ),
        audience="members",
    )
    return RuleBook(rules={rule.id: rule})


def hold(group, n: int, *present, leaders=None) -> int:
    recorded_on = dt.date(2026, 6, 1)
    row = meeting_on(group, day(n))
    for person in present:
        meetings.set_attendance(row.id, person.id, PRESENT, today=recorded_on)
    meetings.record_meeting(row.id, [], today=recorded_on)
    if leaders is not None:
        set_leaders(row.id, *leaders, today=recorded_on)
    return row.id


@pytest.fixture
def riverside():
    group = make_group("Riverside")
    meetings.ensure_schedule(group.id, today=FIRST, until=TODAY + dt.timedelta(days=60))
    people = {
        "Lee": member(group, "Dr Lee Leader", is_leader=True),
        "Ann": member(group, "Dr Ann Ames"),
        "Ben": member(group, "Dr Ben Bell"),
    }
    create_group("Annex", MeetingPattern(Frequency.WEEKLY, 1), FIRST)  # nobody, no meetings
    return group, people


def line_of(programme, name):
    return next(line for line in programme.members if line.name == name)


def test_sessions_and_hours_count_the_period_only(riverside):
    group, p = riverside
    lee, ann, ben = p["Lee"], p["Ann"], p["Ben"]
    for n in range(4):
        hold(group, n, lee, ann, *([ben] if n == 0 else []))
    hold(group, 9, lee, ann)  # 10 March: after the period

    programme = build_programme(START, END, "test-attendance", book(), today=TODAY)
    ann_line, ben_line = line_of(programme, "Dr Ann Ames"), line_of(programme, "Dr Ben Bell")
    assert (ann_line.sessions, ann_line.minutes, ann_line.hours) == (4, 300, 5.0)
    assert (ben_line.hours, line_of(programme, "Dr Lee Leader").minutes) == (1.2, 300)
    assert (ben_line.sessions, ben_line.minutes) == (1, 75)
    # The leader is present and, nothing recorded, read off the attendance as the leader.
    assert line_of(programme, "Dr Lee Leader").sessions == 4

    later = build_programme(dt.date(2026, 1, 14), dt.date(2026, 3, 31), book=book(), today=TODAY)
    assert line_of(later, "Dr Ann Ames").sessions == 3  # 20 and 27 January, 10 March


def test_the_rule_is_met_or_says_what_is_missing(riverside):
    group, p = riverside
    lee, ann, ben = p["Lee"], p["Ann"], p["Ben"]
    for n in range(3):
        hold(group, n, lee, ann, *([ben] if n == 0 else []))

    programme = build_programme(START, END, "test-attendance", book(), today=TODAY)
    assert programme.rule.id == "test-attendance" and programme.settings == {"attendances": 3}
    ann_line, ben_line = line_of(programme, "Dr Ann Ames"), line_of(programme, "Dr Ben Bell")
    assert ann_line.met is True
    assert ben_line.met is False
    (missing,) = [r.missing for r in ben_line.assessment.results]
    assert (missing.text, missing.count) == ("%n more session(s) to attend", 2)
    # Lee led all three: led sessions are not attendances as a member.
    assert line_of(programme, "Dr Lee Leader").met is False

    # The rule's settings as kept on this computer.
    rules_store.set_rule_setting("test-attendance", "attendances", 1, book())
    kept = build_programme(START, END, "test-attendance", book(), today=TODAY)
    assert kept.settings == {"attendances": 1} and line_of(kept, "Dr Ben Bell").met is True


def test_the_answer_is_the_requirements_dialogs(riverside):
    group, p = riverside
    lee, ann, ben = p["Lee"], p["Ann"], p["Ben"]
    hold(group, 0, lee, ann, ben, leaders=(lee.id, None))
    hold(group, 1, ann, ben, lee, leaders=(ann.id, lee.id))  # Ann stood in, Lee co-led
    hold(group, 2, ann)
    programme = build_programme(dt.date(2025, 1, 1), END, "test-attendance", book(), today=TODAY)
    for person in (lee, ann, ben):
        mine = rules_store.assess_member(person.id, "test-attendance", END, book())
        line = line_of(programme, person.name)
        assert line.assessment.results == mine.results, person.name
        history = rules_store.history_of(person.id, END)
        assert line.sessions == len(history.sessions)


def test_groups_show_their_leaders_members_and_next_meeting(riverside):
    group, p = riverside
    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 3)).id, "Holiday")
    archive_member(p["Ben"].id)
    programme = build_programme(START, END, book=book(), today=TODAY)
    (line,) = [g for g in programme.groups if g.name == "Riverside"]
    assert line.leaders == ("Dr Lee Leader",)
    assert line.members == 2  # Ben is archived
    assert line.country == "GB"
    # 3 March is cancelled; the next is 10 March at 12:30 in London.
    assert line.next_meeting.date() == dt.date(2026, 3, 10)
    assert line.next_meeting.time() == dt.time(12, 30)
    (annex,) = [g for g in programme.groups if g.name == "Annex"]
    assert annex.next_meeting is None and annex.members == 0
    assert [g.name for g in programme.groups] == ["Annex", "Riverside"]


def test_archived_members_show_only_with_sessions_in_the_period(riverside):
    group, p = riverside
    hold(group, 0, p["Lee"], p["Ann"])
    archive_member(p["Ann"].id)
    archive_member(p["Ben"].id)
    programme = build_programme(START, END, book=book(), today=TODAY)
    names = [line.name for line in programme.members]
    assert "Dr Ben Bell" not in names
    assert line_of(programme, "Dr Ann Ames").archived is True
    assert line_of(programme, "Dr Lee Leader").archived is False


def test_the_default_rule_is_the_one_most_work_toward_else_the_countrys(riverside):
    _group, p = riverside
    shipped = rules_store.rule_book()
    # Both groups are in the United Kingdom: its members' rule, not a leaders' one.
    assert default_rule(shipped).id == "uk-core-psychiatry"
    Group.update(country="DE").execute()
    assert default_rule(shipped).id in {"de-gp-specialist-training", "de-psychosomatic-basic-care"}
    rules_store.set_working_toward(p["Ann"].id, "ibf-leader-guidance", shipped)
    rules_store.set_working_toward(p["Ben"].id, "ibf-leader-guidance", shipped)
    rules_store.set_working_toward(p["Lee"].id, "uk-core-psychiatry", shipped)
    assert default_rule(shipped).id == "ibf-leader-guidance"
    Group.update(country="US").execute()
    assert default_rule(book()) is None  # nobody works toward it, and not a US rule
    programme = build_programme(START, END, book=book(), today=TODAY)
    assert programme.rule is None and all(line.met is None for line in programme.members)


def test_a_period_that_ends_before_it_starts_or_an_unknown_rule_is_refused(riverside):
    with pytest.raises(WordsError, match="before it starts"):
        build_programme(END, START, book=book(), today=TODAY)
    with pytest.raises(WordsError, match="There is no rule “nowhere”"):
        build_programme(START, END, "nowhere", book(), today=TODAY)


def _queries(db, action) -> int:
    counted = []
    original = db.execute_sql

    def counting(sql, *args, **kwargs):
        counted.append(sql)
        return original(sql, *args, **kwargs)

    db.execute_sql = counting
    try:
        action()
    finally:
        del db.execute_sql
    return len(counted)


def test_a_handful_of_queries_whatever_the_number_of_members(riverside, db):
    group, p = riverside
    hold(group, 0, *p.values())
    build = lambda: build_programme(START, END, "test-attendance", book(), today=TODAY)  # noqa: E731
    few = _queries(database_proxy.obj, build)
    for n in range(12):
        member(group, f"Dr Extra {n:02d}")
    second = make_group("Hillside")
    meetings.ensure_schedule(second.id, today=FIRST, until=TODAY)
    extra = [member(second, f"Dr Hill {n:02d}") for n in range(5)]
    hold(second, 0, *extra)
    more = _queries(database_proxy.obj, build)
    assert few == more and more <= 12, (few, more)
    assert len(build().members) == 3 + 12 + 5


def test_a_leader_is_refused_the_programme_view(riverside, db, backend):
    if backend == "sqlite":
        # This PC's own file: whoever uses it administers everything in it.
        assert build_programme(START, END, book=book(), today=TODAY).groups
        return
    stand_in_role(db, "leader")
    with pytest.raises(NotAdministratorError) as refused:
        build_programme(START, END, book=book(), today=TODAY)
    assert "Only a programme administrator can see the programme view" in str(refused.value)


def test_held_status_is_what_counts(riverside):
    group, p = riverside
    row = meeting_on(group, day(0))
    meetings.set_attendance(row.id, p["Ann"].id, PRESENT, today=TODAY)  # not recorded yet
    programme = build_programme(START, END, book=book(), today=TODAY)
    assert row.status == MeetingStatus.PLANNED
    assert line_of(programme, "Dr Ann Ames").sessions == 0
