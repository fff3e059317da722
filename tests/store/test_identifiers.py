"""Storing members' professional numbers and a leader's recognition: checked first,
all or nothing, "" removes."""

from __future__ import annotations

import pytest

from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.domain.words import WordsError
from balintdesk.store import roster
from balintdesk.store.identifiers import numbers_of, set_number, set_numbers, set_recognition
from balintdesk.store.models import MemberIdentifier

from ._meeting_helpers import make_group

EFN = "802760900123455"
BAD_EFN = "802760900123450"


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def ann(db):
    group = make_group()
    return roster.add_member(group.id, MemberDraft("Dr Ann Ames", Role.GP))


def test_a_number_is_kept_normalised_and_removed_by_empty(ann):
    assert numbers_of(ann.id) == {}
    assert set_number(ann.id, "efn", "80276 0900 123455") == EFN
    assert numbers_of(ann.id) == {"efn": EFN}
    set_number(ann.id, "efn", "802-760-012-345-673")
    assert numbers_of(ann.id) == {"efn": "802760012345673"}
    assert MemberIdentifier.select().count() == 1
    set_number(ann.id, "efn", "")
    assert numbers_of(ann.id) == {}
    set_number(ann.id, "gmc", "")  # removing what is not there is fine
    assert numbers_of(ann.id) == {}


def test_a_bad_number_changes_nothing(ann):
    set_number(ann.id, "efn", EFN)
    with pytest.raises(WordsError) as caught:
        set_number(ann.id, "efn", BAD_EFN)
    assert "check digit" in str(caught.value)
    assert numbers_of(ann.id) == {"efn": EFN}


def test_an_unknown_kind_is_refused(ann):
    with pytest.raises(WordsError):
        set_number(ann.id, "nhs", "1234567")
    assert numbers_of(ann.id) == {}


def test_several_numbers_are_all_or_none(ann):
    set_numbers(ann.id, {"efn": EFN, "gmc": "1234567"})
    with pytest.raises(roster.ValidationError) as caught:
        set_numbers(ann.id, {"gmc": "7654321", "big": "123", "rpps": "10005173141"})
    assert set(caught.value.sentences) == {"big", "rpps"}
    assert numbers_of(ann.id) == {"efn": EFN, "gmc": "1234567"}
    after = set_numbers(ann.id, {"gmc": "", "rpps": "10005173140"})
    assert after == {"efn": EFN, "rpps": "10005173140"}
    assert list(after) == ["efn", "rpps"]  # in the kinds' order


def test_numbers_are_each_members_own(ann):
    ben = roster.add_member(ann.group_id, MemberDraft("Dr Ben Bell", Role.GP))
    set_number(ann.id, "gmc", "1234567")
    set_number(ben.id, "gmc", "7654321")
    assert numbers_of(ann.id) == {"gmc": "1234567"}
    assert numbers_of(ben.id) == {"gmc": "7654321"}


def test_a_missing_member(db):
    with pytest.raises(roster.NotFoundError):
        set_number(999, "gmc", "1234567")


def test_recognition_is_tidied_and_checked(ann):
    assert set_recognition(ann.id, "  Ärztekammer   Nordrhein ").recognition == (
        "Ärztekammer Nordrhein"
    )
    with pytest.raises(WordsError):
        set_recognition(ann.id, "x" * 121)
    with pytest.raises(WordsError):
        set_recognition(ann.id, "Ärztekammer\nNordrhein")
    assert roster.get_member(ann.id).recognition == "Ärztekammer Nordrhein"
    assert set_recognition(ann.id, "").recognition == ""
