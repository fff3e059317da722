"""Check-in marks, recording a meeting, and the group's list of neutral themes."""

from __future__ import annotations

import pytest

from balintdesk.store import meetings
from balintdesk.store.models import Attendance, AttendanceStatus, Meeting, MeetingStatus, RotaPin
from balintdesk.store.roster import ValidationError

from ._meeting_helpers import TODAY, make_group, member

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def setup(db):
    group = make_group()
    people = [member(group, name) for name in ("Ann", "Ben", "Cat")]
    row = meetings.next_meeting(group.id, TODAY)
    return group, row, [p.id for p in people]


def presented(meeting_id: int) -> dict[int, bool]:
    query = Attendance.select().where(Attendance.meeting == meeting_id)
    return {a.member_id: a.presented for a in query}


# --- attendance ---------------------------------------------------------------------------


def test_set_replace_and_clear(setup) -> None:
    _, row, (ann, ben, _) = setup
    day = row.local_date
    meetings.set_attendance(row.id, ann, PRESENT, today=day)
    meetings.set_attendance(row.id, ben, APOLOGIES, today=day)
    meetings.set_attendance(row.id, ben, ABSENT, today=day)
    assert meetings.attendance_for(row.id) == {ann: PRESENT, ben: ABSENT}
    assert Attendance.select().count() == 2  # replaced, not added
    meetings.clear_attendance(row.id, ben)
    assert meetings.attendance_for(row.id) == {ann: PRESENT}


def test_ahead_of_the_day_only_apologies(setup) -> None:
    _, row, (ann, ben, _) = setup
    meetings.set_attendance(row.id, ann, APOLOGIES, today=TODAY)
    for status in (PRESENT, ABSENT):
        with pytest.raises(ValidationError, match="only apologies"):
            meetings.set_attendance(row.id, ben, status, today=TODAY)
    assert meetings.attendance_for(row.id) == {ann: APOLOGIES}


def test_bad_status_other_group_and_cancelled(setup, db) -> None:
    _, row, (ann, *_) = setup
    with pytest.raises(ValidationError, match="not present, apologies or absent"):
        meetings.set_attendance(row.id, ann, "late", today=row.local_date)
    other = make_group("Other group")
    stranger = member(other, "Zed")
    with pytest.raises(ValidationError, match="not a member"):
        meetings.set_attendance(row.id, stranger.id, PRESENT, today=row.local_date)
    meetings.cancel_meeting(row.id)
    with pytest.raises(ValidationError, match="cancelled"):
        meetings.set_attendance(row.id, ann, APOLOGIES, today=TODAY)


def test_marking_a_presenter_absent_takes_back_the_presentation(setup) -> None:
    _, row, (ann, *_) = setup
    meetings.record_meeting(row.id, [ann], today=row.local_date)
    meetings.set_attendance(row.id, ann, APOLOGIES, today=row.local_date)
    assert presented(row.id) == {ann: False}


# --- recording ----------------------------------------------------------------------------


def test_record_marks_held_and_presenters_present(setup) -> None:
    _, row, (ann, ben, _cat) = setup
    day = row.local_date
    meetings.set_attendance(row.id, ben, APOLOGIES, today=day)
    meetings.record_meeting(row.id, [ann], "the dying patient", today=day)
    held = Meeting.get_by_id(row.id)
    assert (held.status, held.theme) == (MeetingStatus.HELD, "the dying patient")
    # Cat was never marked: she stays "not recorded", not absent.
    assert meetings.attendance_for(row.id) == {ann: PRESENT, ben: APOLOGIES}
    assert presented(row.id) == {ann: True, ben: False}
    assert meetings.presenters_of(row.id) == [ann]


def test_recording_again_corrects_the_presenter(setup) -> None:
    _, row, (ann, ben, _) = setup
    day = row.local_date
    meetings.record_meeting(row.id, [ann], today=day)
    meetings.record_meeting(row.id, [ben], today=day)  # a volunteer presented after all
    assert presented(row.id) == {ann: False, ben: True}
    assert meetings.attendance_for(row.id) == {ann: PRESENT, ben: PRESENT}


def test_two_presenters_and_no_more(setup) -> None:
    _, row, (ann, ben, cat) = setup
    day = row.local_date
    meetings.record_meeting(row.id, [ann, ben], today=day)
    assert meetings.presenters_of(row.id) == [ann, ben]
    with pytest.raises(ValidationError, match="At most 2"):
        meetings.record_meeting(row.id, [ann, ben, cat], today=day)
    with pytest.raises(ValidationError, match="twice"):
        meetings.record_meeting(row.id, [ann, ann], today=day)


def test_record_refusals(setup) -> None:
    _, row, (ann, *_) = setup
    with pytest.raises(ValidationError, match="still to come"):
        meetings.record_meeting(row.id, [ann], today=TODAY)
    meetings.cancel_meeting(row.id)
    with pytest.raises(ValidationError, match="cancelled"):
        meetings.record_meeting(row.id, [ann], today=row.local_date)
    assert Meeting.get_by_id(row.id).status == MeetingStatus.CANCELLED
    assert Attendance.select().count() == 0


def test_recording_spends_the_pins(setup) -> None:
    _, row, (ann, *_) = setup
    RotaPin.create(meeting=row.id, member=ann)
    meetings.record_meeting(row.id, [ann], today=row.local_date)
    assert RotaPin.select().count() == 0


def test_theme_must_come_from_the_list(setup) -> None:
    _, row, (ann, *_) = setup
    with pytest.raises(ValidationError) as caught:
        meetings.record_meeting(row.id, [ann], "Mrs Smith, 3 Elm Road", today=row.local_date)
    assert "Choose the theme from the group's list" in str(caught.value.errors["theme"])
    assert Meeting.get_by_id(row.id).status == MeetingStatus.PLANNED
    meetings.record_meeting(row.id, [ann], "THE ANGRY PATIENT", today=row.local_date)
    assert Meeting.get_by_id(row.id).theme == "the angry patient"  # the list's spelling


# --- themes -------------------------------------------------------------------------------


def test_defaults_are_seeded_once(setup) -> None:
    group, *_ = setup
    assert meetings.themes(group.id) == list(meetings.DEFAULT_THEMES)
    assert "the patient who is also a colleague" in meetings.themes(group.id)
    meetings.set_themes(group.id, [])
    assert meetings.themes(group.id) == []  # an emptied list stays empty


def test_set_themes_cleans_and_keeps_order(setup) -> None:
    group, *_ = setup
    saved = meetings.set_themes(group.id, ["  boundaries ", "the  silent patient"])
    assert saved == ["boundaries", "the silent patient"]
    assert meetings.themes(group.id) == saved


def test_set_themes_refusals_explain_neutral_themes(setup) -> None:
    group, *_ = setup
    with pytest.raises(ValidationError) as caught:
        meetings.set_themes(group.id, ["boundaries", "", "x" * 61, "Boundaries"])
    message = str(caught.value.errors["themes"])
    assert "Theme 2 is empty" in message
    assert "longer than 60" in message
    assert "“Boundaries” is in the list twice" in message
    assert "never a name" in message and "patient" in message
    assert meetings.themes(group.id) == list(meetings.DEFAULT_THEMES)  # unchanged


def test_a_theme_in_use_stays_and_can_be_recased(setup) -> None:
    group, row, (ann, *_) = setup
    meetings.record_meeting(row.id, [ann], "boundaries", today=row.local_date)
    with pytest.raises(ValidationError, match="“boundaries” is the theme of 1 meeting"):
        meetings.set_themes(group.id, ["the dying patient"])
    meetings.set_themes(group.id, ["Boundaries"])
    assert Meeting.get_by_id(row.id).theme == "Boundaries"
