"""Every shipped rule on the histories the issue names: one that meets it, one a session
short, one short only of the in-person minimum, one short only of the six-month spread,
one whose last session was online — each where the rule has that condition."""

from __future__ import annotations

import pytest

from balintdesk.domain.rules.history import CO_LED, LED
from tests.domain.rules._histories import (
    entries,
    lines,
    met,
    missing,
    monthly,
    online,
    run,
    sessions,
)

GERMAN = ["de-psychosomatic-basic-care", "de-gp-specialist-training"]
ALL_MET = {
    "recognised_leader": True,
    "sessions": True,
    "in_person": True,
    "first_last_in_person": True,
    "span": True,
}


@pytest.mark.parametrize("rule", GERMAN)
def test_german_rule_met_by_fifteen_double_sessions_in_person_over_six_months(rule):
    done = run(rule, sessions(15))  # fortnightly from 7 January to 22 July
    assert met(done) == ALL_MET and done.met
    assert lines(done) == {
        "recognised_leader": "15 sessions led by a recognised leader",
        "sessions": "15 of 15 double sessions",
        "in_person": "30 in person of the 15 teaching hours needed",
        "first_last_in_person": "the first and last sessions were in person",
        "span": "6 of 6 months from the first session to the last",
    }
    assert missing(done) == {}


@pytest.mark.parametrize("rule", GERMAN)
def test_german_rule_one_double_session_short(rule):
    done = run(rule, sessions(14, every=16))  # still over six months
    assert met(done) == ALL_MET | {"sessions": False} and not done.met
    assert lines(done)["sessions"] == "14 of 15 double sessions"
    assert missing(done) == {"sessions": "1 more double session"}


@pytest.mark.parametrize("rule", GERMAN)
def test_german_rule_short_only_of_the_in_person_minimum(rule):
    done = run(rule, online(sessions(15), *range(3, 14)))  # 4 in person: 8 teaching hours
    assert met(done) == ALL_MET | {"in_person": False}
    assert lines(done)["in_person"] == "8 in person of the 15 teaching hours needed"
    assert lines(done)["sessions"] == "15 of 15 double sessions"
    assert missing(done) == {"in_person": "7 more teaching hours in person"}


@pytest.mark.parametrize("rule", GERMAN)
def test_german_rule_short_only_of_the_six_month_spread(rule):
    done = run(rule, sessions(15, every=7))  # weekly: 7 January to 15 April
    assert met(done) == ALL_MET | {"span": False}
    assert lines(done)["span"] == "3 of 6 months from the first session to the last"
    assert missing(done) == {"span": "a session on or after 7 July 2026"}


@pytest.mark.parametrize("rule", GERMAN)
def test_german_rule_last_session_online(rule):
    done = run(rule, online(sessions(15), -1))
    assert met(done) == ALL_MET | {"first_last_in_person": False}
    assert lines(done)["first_last_in_person"] == "the last session, 22 July 2026, was online"
    assert missing(done) == {"first_last_in_person": "the last session must be in person"}


@pytest.mark.parametrize("rule", GERMAN)
def test_german_rule_chamber_setting(rule):
    done = run(rule, sessions(10, every=21), settings={"double_sessions": 10})
    assert done.met and lines(done)["sessions"] == "10 of 10 double sessions"


def test_uk_core_psychiatry_met_by_the_default_attendances():
    done = run("uk-core-psychiatry", sessions(25, every=7))
    assert met(done) == {"sessions": True}
    assert lines(done) == {"sessions": "25 of 25 sessions attended"}
    assert done.settings == {"attendances": 25}


def test_uk_core_psychiatry_one_short():
    done = run("uk-core-psychiatry", sessions(24, every=7))
    assert met(done) == {"sessions": False}
    assert lines(done) == {"sessions": "24 of 25 sessions attended"}
    assert missing(done) == {"sessions": "1 more session to attend"}


def test_uk_core_psychiatry_counts_online_groups_and_a_deanery_asking_thirty():
    # No in-person, spread or last-session condition: online groups count alike.
    assert run("uk-core-psychiatry", online(sessions(25, every=7), -1, 3)).met
    done = run("uk-core-psychiatry", sessions(25, every=7), settings={"attendances": 30})
    assert lines(done) == {"sessions": "25 of 30 sessions attended"}
    assert missing(done) == {"sessions": "5 more sessions to attend"}


def test_uk_core_psychiatry_counts_nothing_after_the_date_due():
    attended = sessions(25, every=7)
    done = run("uk-core-psychiatry", attended, until=attended[19].day)
    assert lines(done) == {"sessions": "20 of 25 sessions attended"}


def _uk_leader(member=20, co_led=20, training=2, supervision=1):
    return run(
        "uk-balint-society-leader",
        sessions(member, every=7) + sessions(co_led, role=CO_LED),
        entries("training", training) + entries("supervision", supervision),
    )


def test_uk_balint_society_leader_met():
    done = _uk_leader()
    assert met(done) == {"sessions": True, "co_led": True, "training": True, "supervision": True}
    assert lines(done) == {
        "sessions": "20 of 20 sessions attended",
        "co_led": "20 of 20 sessions co-led",
        "training": "2 of 2 training weekends or intensives",
        "supervision": "1 of 1 supervision session",
    }


def test_uk_balint_society_leader_one_co_led_session_short():
    done = _uk_leader(co_led=19)
    assert met(done) == {"sessions": True, "co_led": False, "training": True, "supervision": True}
    assert lines(done)["co_led"] == "19 of 20 sessions co-led"
    assert missing(done) == {"co_led": "1 more session to co-lead"}


def test_uk_balint_society_leader_one_weekend_short_and_sessions_as_a_member_setting():
    done = _uk_leader(member=8, training=1)
    assert met(done)["training"] is False and met(done)["sessions"] is False
    assert missing(done)["training"] == "1 more training weekend or intensive"
    trained = run(
        "uk-balint-society-leader",
        sessions(8) + sessions(20, role=CO_LED),
        entries("training", 2) + entries("supervision", 1),
        settings={"member_sessions": 8},
    )
    assert trained.met and lines(trained)["sessions"] == "8 of 8 sessions attended"


def _abs(items, supervision=12, intensives=3):
    log = entries("supervision", supervision) + entries("training", intensives)
    return run("us-american-balint-society-leader", items, log)


def test_american_balint_society_leader_met_by_two_years_of_monthly_groups():
    led = monthly(24, role=LED)
    done = _abs(led[:12] + [s.__class__(**{**s.__dict__, "role": CO_LED}) for s in led[12:]])
    assert met(done) == {"sessions": True, "span": True, "supervision": True, "intensives": True}
    assert lines(done) == {
        "sessions": "24 of 24 sessions led or co-led",
        "span": "23 of 23 months from the first session to the last",
        "supervision": "12 of 12 supervision sessions",
        "intensives": "3 of 3 training weekends or intensives",
    }


def test_american_balint_society_leader_one_session_short():
    done = _abs(monthly(23, role=LED, skip=5))  # a month missed, still two years
    assert met(done) == {"sessions": False, "span": True, "supervision": True, "intensives": True}
    assert missing(done) == {"sessions": "1 more session to lead or co-lead"}


def test_american_balint_society_leader_short_only_of_the_two_years():
    done = _abs(sessions(24, role=LED))  # fortnightly: under a year
    assert met(done) == {"sessions": True, "span": False, "supervision": True, "intensives": True}
    assert lines(done)["span"] == "10 of 23 months from the first session to the last"
    assert missing(done) == {"span": "a session on or after 7 December 2027"}


def test_american_balint_society_leader_last_session_online_and_log_short():
    done = _abs(online(monthly(24, role=LED), -1), supervision=11, intensives=2)
    assert met(done) == {"sessions": True, "span": True, "supervision": False, "intensives": False}
    assert missing(done) == {
        "supervision": "1 more supervision session",
        "intensives": "1 more training weekend or intensive",
    }


def test_ibf_guidance_met_and_one_short():
    log = entries("supervision", 1)
    done = run("ibf-leader-guidance", sessions(20) + sessions(20, role=CO_LED), log)
    assert met(done) == {"sessions": True, "co_led": True, "supervision": True}
    assert lines(done) == {
        "sessions": "20 of 20 sessions attended",
        "co_led": "20 of 20 sessions co-led",
        "supervision": "1 of 1 supervision session",
    }
    short = run("ibf-leader-guidance", sessions(19) + online(sessions(20, role=CO_LED), -1), log)
    assert met(short) == {"sessions": False, "co_led": True, "supervision": True}
    assert missing(short) == {"sessions": "1 more session to attend"}


def test_leader_rules_count_led_sessions_apart_from_those_attended():
    # Leading is not attending: 20 sessions led count for neither the member nor the co-led line.
    done = run("ibf-leader-guidance", sessions(20, role=LED), entries("supervision", 1))
    assert lines(done)["sessions"] == "0 of 20 sessions attended"
    assert lines(done)["co_led"] == "0 of 20 sessions co-led"
