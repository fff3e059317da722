"""store.certificates: a member's sessions with where they were (the meeting's mode, or
their own in a hybrid meeting), lengths measured or planned, the leaders with their
recognition, the group's VNR, and only that member's own professional numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.certificate import IN_PERSON, ONLINE, CertificateLeader
from balintdesk.store.certificates import assessment_of, certificate, session_mode
from balintdesk.store.models import Attendance, Group, Member, MemberIdentifier
from balintdesk.store.roster import NotFoundError, ValidationError

from ._meeting_helpers import FIRST, held_in_january, meeting_on, tuesdays

NAME = "Siobhán Ó Ceallaigh"
DAYS = tuesdays(FIRST, 4)  # 6, 13, 20 (apologies), 27 January 2026
JANUARY = (dt.date(2026, 1, 1), dt.date(2026, 1, 31))


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db) -> Group:
    group = held_in_january(NAME, today=dt.date(2026, 3, 3), until=DAYS[-1])
    group.event_number = " 2760512026000012345 "
    group.save()
    return group


def named(group: Group, name: str) -> Member:
    return Member.get((Member.group == group.id) & (Member.name == name))


def test_session_mode() -> None:
    assert session_mode("in-person", None) == IN_PERSON
    assert session_mode("online", "in-person") == ONLINE  # an online meeting is online
    assert session_mode("hybrid", "online") == ONLINE
    assert session_mode("hybrid", "in-person") == IN_PERSON
    assert session_mode("hybrid", None) is None


def test_the_sessions_with_their_modes_and_lengths(group) -> None:
    siobhan = named(group, NAME)
    second, last = meeting_on(group, DAYS[1]), meeting_on(group, DAYS[3])
    second.mode = "online"
    second.save()
    last.mode = "hybrid"
    last.save()
    Attendance.update(mode="online").where(
        (Attendance.meeting == last.id) & (Attendance.member == siobhan.id)
    ).execute()

    found = certificate(siobhan.id, *JANUARY)
    assert [(s.day, s.minutes, s.timed, s.mode) for s in found.sessions] == [
        (DAYS[0], 81, True, IN_PERSON),
        (DAYS[1], 75, False, ONLINE),
        (DAYS[3], 75, False, ONLINE),
    ]
    assert found.member_name == NAME and found.group_name == "Tuesday Balint"
    assert found.event_number == "2760512026000012345"
    assert found.in_person_minutes == 81 and found.total_minutes == 231


def test_leaders_with_their_recognition(group) -> None:
    webb = named(group, "Dr Marcus Webb")
    webb.recognition = "Ärztekammer Nordrhein"
    webb.save()
    found = certificate(named(group, NAME).id, *JANUARY)
    assert found.leaders == (CertificateLeader("Dr Marcus Webb", "Ärztekammer Nordrhein"),)


def test_only_the_members_own_numbers(group) -> None:
    siobhan, ben = named(group, NAME), named(group, "Ben Ash")
    MemberIdentifier.create(member=siobhan.id, kind="efn", value="802761234567890")
    MemberIdentifier.create(member=ben.id, kind="efn", value="802769999999990")
    MemberIdentifier.create(member=ben.id, kind="big", value="19012345601")
    own = certificate(siobhan.id, *JANUARY)
    assert (own.efn, own.big) == ("802761234567890", "")
    other = certificate(ben.id, *JANUARY)
    assert (other.efn, other.big, other.sessions) == ("802769999999990", "19012345601", ())


def test_the_rule_the_member_works_toward(group) -> None:
    siobhan = named(group, NAME)
    assert certificate(siobhan.id, *JANUARY).working_toward == ""
    siobhan.working_toward = "de-psychosomatic-basic-care"
    siobhan.save()
    assert certificate(siobhan.id, *JANUARY).working_toward == "de-psychosomatic-basic-care"
    assert assessment_of(siobhan.id, "", JANUARY[1]) is None


def test_bad_requests(group) -> None:
    with pytest.raises(NotFoundError):
        certificate(99999, *JANUARY)
    with pytest.raises(ValidationError):
        certificate(named(group, NAME).id, JANUARY[1], JANUARY[0])
