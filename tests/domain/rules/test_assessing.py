"""How sessions count: by minutes, by the date, by place, by the leader's recognition, by
what the rule allows of an online session; the settings a caller may give."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.rules import History, assess
from balintdesk.domain.rules.assessing import add_months, months_between
from balintdesk.domain.rules.history import IN_PERSON, ONLINE, Session
from balintdesk.domain.rules.loading import parse_rule
from balintdesk.domain.words import WordsError
from balintdesk.i18n import say
from tests.domain.rules._histories import entries, lines, met, missing, online, run, sessions

BASIC = "de-psychosomatic-basic-care"


def _rule(*conditions: dict, settings: dict | None = None):
    data = {"title": {"en": "Test"}, "conditions": list(conditions), "settings": settings or {}}
    return parse_rule("test", data)


def _assess(rule, items=(), log=(), **options):
    return assess(rule, History("Dr Fischer", tuple(items), tuple(log)), **options)


def test_a_sixty_minute_session_counts_by_its_minutes():
    done = run(BASIC, sessions(10, minutes=60, every=21))
    assert lines(done)["sessions"] == "6.6 of 15 double sessions"  # 600/90 = 6.67, not 6.7
    assert missing(done)["sessions"] == "9 more double sessions"


def test_sessions_after_until_never_count():
    attended = sessions(15)
    done = run(BASIC, attended, until=attended[9].day)
    assert lines(done)["sessions"] == "10 of 15 double sessions"
    assert done.results[1].counted == tuple(s.day for s in attended[:10])
    log = entries("supervision", 3)
    uk = run("uk-balint-society-leader", (), log, until=log[1].day)
    assert lines(uk)["supervision"] == "2 of 1 supervision session"


def test_a_hybrid_session_with_no_place_recorded_is_not_in_person():
    attended = sessions(15)
    attended[5:7] = [
        Session(s.day, 90, None, s.role, s.group, s.leader, s.leader_recognition)
        for s in attended[5:7]
    ]
    done = run(BASIC, attended, settings={"in_person_teaching_hours": 28})
    assert lines(done)["in_person"] == (
        "26 in person of the 28 teaching hours needed; "
        "2 sessions with no place recorded, not counted as in person"
    )
    assert met(done)["in_person"] is False and met(done)["sessions"] is True


def test_a_last_session_with_no_place_recorded_is_not_in_person():
    attended = sessions(15)
    last = attended[-1]
    attended[-1] = Session(last.day, 90, None, last.role, last.group, last.leader, "ÄK")
    done = run(BASIC, attended)
    assert (
        lines(done)["first_last_in_person"]
        == "the last session, 22 July 2026, has no place recorded"
    )


def test_first_and_last_online_and_no_sessions_at_all():
    done = run(BASIC, online(sessions(15), 0, -1))
    assert lines(done)["first_last_in_person"] == (
        "the first session, 7 January 2026, was online; the last session, 22 July 2026, was online"
    )
    assert missing(done)["first_last_in_person"] == "the first and last sessions must be in person"
    first = run(BASIC, online(sessions(15), 0))
    assert missing(first)["first_last_in_person"] == "the first session must be in person"
    nothing = run(BASIC, ())
    assert lines(nothing)["first_last_in_person"] == "no sessions yet"
    assert lines(nothing)["span"] == "0 of 6 months from the first session to the last"
    assert missing(nothing)["span"] == "sessions spread over 6 months"
    assert not nothing.met


def test_sessions_under_an_unrecognised_leader_are_left_out_and_said_so():
    attended = sessions(13) + sessions(3, start=dt.date(2026, 8, 5), recognition="")
    done = run(BASIC, attended)
    assert lines(done)["recognised_leader"] == (
        "13 sessions led by a recognised leader; "
        "3 left out: no recognition recorded for their leader"
    )
    assert lines(done)["sessions"] == "13 of 15 double sessions"
    assert met(done)["recognised_leader"] is True and not done.met


def test_a_long_online_session_counts_ninety_minutes():
    attended = online(sessions(15, minutes=100), 4, 5)  # in person 100 min count in full
    done = run(BASIC, attended, settings={"double_sessions": 17})
    assert lines(done)["sessions"] == (
        "16.4 of 17 double sessions; 2 online sessions counted as 90 minutes"
    )


def test_a_rule_may_refuse_long_online_sessions():
    rule = _rule(
        {"kind": "sessions", "at_least": 3, "online_max_minutes": 90, "online_longer": "exclude"}
    )
    attended = online(sessions(4, minutes=120), 1, 2)
    done = _assess(rule, attended)
    assert lines(done) == {
        "sessions": "2 of 3 sessions attended; 2 online sessions over 90 minutes not counted"
    }
    assert done.results[0].counted == (attended[0].day, attended[3].day)


def test_log_entries_in_hours_and_roles_combined():
    rule = _rule(
        {"kind": "log_entries", "entry_kind": "society_event", "measure": "hours", "at_least": 10},
        {"kind": "sessions", "roles": ["member", "led", "co_led"], "at_least": 2},
    )
    done = _assess(rule, sessions(1), entries("society_event", 3, minutes=190))
    assert lines(done) == {
        "log_entries": "9.5 of 10 hours at Balint society events",
        "sessions": "1 of 2 sessions",
    }
    assert missing(done) == {
        "log_entries": "1 more hour at Balint society events",
        "sessions": "1 more session",
    }


@pytest.mark.parametrize(
    ("given", "sentence"),
    [
        ({"semesters": 2}, "This rule has no setting “semesters”."),
        ({"attendances": 31}, "“attendances” must be a whole number from 25 to 30."),
        ({"attendances": 24}, "“attendances” must be a whole number from 25 to 30."),
        ({"attendances": 25.5}, "“attendances” must be a whole number from 25 to 30."),
        ({"attendances": True}, "“attendances” must be a whole number from 25 to 30."),
    ],
)
def test_settings_are_checked(given, sentence):
    with pytest.raises(WordsError) as raised:
        run("uk-core-psychiatry", sessions(25), settings=given)
    assert say(raised.value.words) == sentence


@pytest.mark.parametrize(
    ("first", "months", "due"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2026, 1, 7), 23, dt.date(2027, 12, 7)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    ],
)
def test_months_are_calendar_months(first, months, due):
    assert add_months(first, months) == due
    assert months_between(first, due) == months
    assert months_between(first, due - dt.timedelta(days=1)) == months - 1


def test_the_spread_is_met_on_the_day_six_months_on():
    start = dt.date(2026, 1, 7)
    days = [start + dt.timedelta(days=13 * i) for i in range(14)] + [dt.date(2026, 7, 7)]
    attended = [Session(d, 90, IN_PERSON, "member", "G", "Dr Adler", "ÄK") for d in days]
    assert run(BASIC, attended).met
    attended[-1] = Session(dt.date(2026, 7, 6), 90, IN_PERSON, "member", "G", "Dr Adler", "ÄK")
    assert met(run(BASIC, attended))["span"] is False


def test_online_is_a_mode_the_rules_know():
    assert ONLINE == "online" and IN_PERSON == "in-person"  # the store's MeetingMode values
