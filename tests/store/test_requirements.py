"""A member's history as the attendance rules read it, off a real database: where they
were (in person, online, in the room or online in a hybrid meeting), their part (member,
led, co-led) and under whom, how long each session ran; their leader log's entries; the
rules' settings kept per computer; the rule they work toward."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.rules import Entry, History, Rule, RuleBook, Session, Setting
from balintdesk.domain.words import WordsError
from balintdesk.store import meetings
from balintdesk.store import requirements as store
from balintdesk.store.leader_log import add_entry
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingMode,
    MeetingPhase,
    Member,
)
from balintdesk.store.roster import archive_member, get_member

from ._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member

PRESENT = AttendanceStatus.PRESENT


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


def day(n: int) -> dt.date:
    """The n-th Tuesday meeting (0 = 6 January 2026)."""
    return FIRST + dt.timedelta(days=7 * n)


@pytest.fixture
def group(db):
    group = make_group()
    meetings.ensure_schedule(group.id, today=FIRST)
    return group


@pytest.fixture
def people(group):
    lee = member(group, "Dr Lee Leader", is_leader=True)
    Member.update(recognition="Ärztekammer Nordrhein").where(Member.id == lee.id).execute()
    return {
        "Lee": get_member(lee.id),
        "Cai": member(group, "Dr Cai Coleader", is_leader=True),
        "Ann": member(group, "Dr Ann Ames"),
    }


def hold(group, n: int, *present, mode=MeetingMode.IN_PERSON, leaders=None, presenter=None):
    row = meeting_on(group, day(n))
    Meeting.update(mode=mode).where(Meeting.id == row.id).execute()
    for person in present:
        meetings.set_attendance(row.id, person.id, PRESENT, today=TODAY)
    meetings.record_meeting(row.id, [presenter.id] if presenter else [], today=TODAY)
    if leaders is not None:
        set_leaders(row.id, *leaders, today=TODAY)
    return row.id


def where(meeting_id: int, person, mode: str | None) -> None:
    """Check-in's answer in a hybrid meeting: in the room or online."""
    Attendance.update(mode=mode).where(
        (Attendance.meeting == meeting_id) & (Attendance.member == person.id)
    ).execute()


def test_a_members_sessions_say_where_they_were_and_under_whom(people, group):
    lee, cai, ann = people["Lee"], people["Cai"], people["Ann"]
    hold(group, 0, lee, cai, ann, leaders=(lee.id, cai.id), presenter=ann)
    hold(group, 1, lee, ann, mode=MeetingMode.ONLINE, leaders=(lee.id, None))
    hybrid = hold(group, 2, lee, ann, mode=MeetingMode.HYBRID, leaders=(lee.id, None))
    where(hybrid, ann, "online")
    unsaid = hold(group, 3, lee, ann, mode=MeetingMode.HYBRID, leaders=(lee.id, None))
    hold(group, 4, lee, cai, leaders=(lee.id, cai.id))  # Ann not there: not hers
    where(unsaid, lee, "in-person")
    # Check-in marks who came to a hybrid meeting as in the room until told otherwise;
    # rows from before, or a place cleared, say nothing: as here for Ann, and Lee at day 2.
    where(unsaid, ann, None)
    where(hybrid, lee, None)

    history = store.history_of(ann.id)

    assert isinstance(history, History) and history.person == "Dr Ann Ames"
    assert [(s.day, s.mode, s.role, s.presented) for s in history.sessions] == [
        (day(0), "in-person", "member", True),
        (day(1), "online", "member", False),
        (day(2), "online", "member", False),
        (day(3), None, "member", False),  # hybrid, and nobody said where she was
    ]
    first = history.sessions[0]
    assert first == Session(
        day=day(0),
        minutes=75,
        mode="in-person",
        role="member",
        group="Tuesday Balint",
        leader="Dr Lee Leader",
        leader_recognition="Ärztekammer Nordrhein",
        with_leader="",
        presented=True,
    )
    # Lee said where he was in the hybrid meeting: his own session says so.
    lees = {s.day: s for s in store.history_of(lee.id).sessions}
    assert lees[day(3)].mode == "in-person" and lees[day(2)].mode is None


def test_leaders_and_co_leaders_sessions_name_the_other_leader(people, group):
    lee, cai, ann = people["Lee"], people["Cai"], people["Ann"]
    hold(group, 0, lee, cai, ann, leaders=(lee.id, cai.id))
    hold(group, 1, lee, ann, leaders=(lee.id, None))
    hold(group, 2, cai, ann, leaders=(cai.id, None))

    lees = store.history_of(lee.id).sessions
    cais = store.history_of(cai.id).sessions

    assert [(s.role, s.with_leader, s.leader) for s in lees] == [
        ("led", "Dr Cai Coleader", "Dr Lee Leader"),
        ("led", "", "Dr Lee Leader"),
    ]
    assert [(s.role, s.with_leader, s.leader, s.leader_recognition) for s in cais] == [
        ("co_led", "Dr Lee Leader", "Dr Lee Leader", "Ärztekammer Nordrhein"),
        ("led", "", "Dr Cai Coleader", ""),
    ]


def test_a_session_counts_the_minutes_the_timer_measured_else_the_planned_ones(people, group):
    ann = people["Ann"]
    timed = hold(group, 0, ann)
    hold(group, 1, ann)
    for position, seconds in enumerate((45 * 60, 44 * 60 + 30)):  # 89.5 min: 90
        MeetingPhase.create(
            meeting=timed,
            position=position,
            name=f"Phase {position}",
            planned_seconds=600,
            actual_seconds=seconds,
        )

    assert [s.minutes for s in store.history_of(ann.id).sessions] == [90, 75]


def test_only_held_meetings_up_to_until_count_and_entries_too(people, group):
    lee, ann = people["Lee"], people["Ann"]
    hold(group, 0, lee, ann)
    hold(group, 1, lee, ann)
    meetings.set_attendance(meeting_on(group, day(2)).id, ann.id, PRESENT, today=TODAY)  # not held
    add_entry(lee.id, day(0), "supervision", 90, today=TODAY)
    add_entry(lee.id, day(1) + dt.timedelta(days=1), "training", 360, today=TODAY)

    assert [s.day for s in store.history_of(ann.id).sessions] == [day(0), day(1)]
    assert [s.day for s in store.history_of(ann.id, until=day(0)).sessions] == [day(0)]
    assert store.history_of(lee.id).entries == (
        Entry(day(0), "supervision", 90),
        Entry(day(1) + dt.timedelta(days=1), "training", 360),
    )
    assert store.history_of(lee.id, until=day(1)).entries == (Entry(day(0), "supervision", 90),)


def test_an_archived_member_keeps_their_history(people, group):
    ann = people["Ann"]
    hold(group, 0, ann)
    archive_member(ann.id)

    assert [s.day for s in store.history_of(ann.id).sessions] == [day(0)]


# --- settings and the rule worked toward --------------------------------------------------


def book() -> RuleBook:
    rule = Rule(
        id="uk-core-psychiatry",
        title={"en": "UK: core psychiatry training", "de": "UK: psychiatrische Weiterbildung"},
        country="GB",
        sources=("RCPsych curriculum",),
        settings=(
            Setting(
                key="attendances",
                default=30,
                minimum=25,
                maximum=30,
                label={"en": "Attendances required"},
                why={"en": "Deaneries ask 25 to 30."},
            ),
        ),
        conditions=({"kind": "sessions", "at_least": {"setting": "attendances"}},),
    )
    return RuleBook(rules={rule.id: rule})


def test_a_setting_is_kept_and_one_out_of_range_refused(db):
    rules = book()
    assert store.get_settings("uk-core-psychiatry", rules) == {"attendances": 30}

    assert store.set_rule_setting("uk-core-psychiatry", "attendances", "26", rules) == 26
    assert store.get_settings("uk-core-psychiatry", rules) == {"attendances": 26}

    with pytest.raises(WordsError) as refused:
        store.set_rule_setting("uk-core-psychiatry", "attendances", 40, rules)
    assert str(refused.value) == "“attendances” must be a whole number from 25 to 30, not “40”."
    with pytest.raises(WordsError, match="has no setting “hours”; its settings are attendances"):
        store.set_rule_setting("uk-core-psychiatry", "hours", 3, rules)
    assert store.get_settings("uk-core-psychiatry", rules) == {"attendances": 26}, "unchanged"

    store.forget_rule_settings("uk-core-psychiatry")
    assert store.get_settings("uk-core-psychiatry", rules) == {"attendances": 30}


def test_an_unknown_rule_names_the_rules_there_are(db):
    with pytest.raises(WordsError) as unknown:
        store.get_settings("de-nowhere", book())
    assert str(unknown.value) == "There is no rule “de-nowhere”; the rules are uk-core-psychiatry."


def test_the_rule_a_member_works_toward_is_kept(people):
    ann = people["Ann"]
    store.set_working_toward(ann.id, "uk-core-psychiatry", book())
    assert get_member(ann.id).working_toward == "uk-core-psychiatry"
    with pytest.raises(WordsError):
        store.set_working_toward(ann.id, "nothing-such", book())
    assert get_member(ann.id).working_toward == "uk-core-psychiatry", "unchanged"
    store.set_working_toward(ann.id, "", book())
    assert get_member(ann.id).working_toward == ""


def test_the_data_folders_rules_come_after_the_shipped_ones(db, data_dir):
    (data_dir / "rules").mkdir()
    folders = store.rule_folders()
    assert folders[-1] == data_dir / "rules"
    assert store.rule_folders(data_dir) == folders


def test_a_refusal_is_said_in_german_and_french(db):
    from balintdesk import i18n

    with pytest.raises(WordsError) as refused:
        store.set_rule_setting("uk-core-psychiatry", "attendances", 24, book())
    i18n.use_language("de")
    assert i18n.say(refused.value.words) == (
        "„attendances“ muss eine ganze Zahl von 25 bis 30 sein, nicht „24“."
    )
    i18n.use_language("fr")
    assert i18n.say(refused.value.words) == (
        "« attendances » doit être un nombre entier de 25 à 30, et non « 24 »."
    )
