"""Two PCs on one group: a save that passes what its page saw (`expected=`) is refused
when another PC changed that row since, nothing is written, and the other PC's change
stays; changes that do not touch the same thing both go through.

Here the "other PC" writes through the same connection between the page's load and its
save (the order is what matters); test_two_pcs_server.py has real concurrent sessions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from balintdesk.domain.words import WordsError
from balintdesk.i18n import sentences, shown
from balintdesk.i18n.qt import install
from balintdesk.store import leaders, meetings, modes, roster
from balintdesk.store.attendance import NOT_RECORDED, MeetingRecord, record_of
from balintdesk.store.identifiers import numbers_of, set_numbers, set_recognition
from balintdesk.store.models import AttendanceStatus, Meeting, MeetingMode, MeetingStatus
from balintdesk.store.refusal import ChangedElsewhere

from ._meeting_helpers import TODAY, WEEKLY_TUESDAY, make_group, member

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL

pytestmark = pytest.mark.both_backends


@pytest.fixture
def setup(db):
    group = make_group()
    people = [member(group, name) for name in ("Ann", "Ben", "Cat")]
    lead = member(group, "Dr Lea Lind", is_leader=True)
    row = meetings.next_meeting(group.id, TODAY)
    return group, row, [p.id for p in people], lead.id


# --- a member's details --------------------------------------------------------------------


def test_member_edited_on_two_pcs_second_is_refused(setup) -> None:
    _, _, (ann, *_), _ = setup
    seen = roster.draft_of(roster.get_member(ann))  # both PCs open the dialog
    other = dataclasses.replace(seen, email="ann@other-pc.example")
    roster.update_member(ann, other, expected=seen)  # the manager's office saves first
    mine = dataclasses.replace(seen, name="Ann Smith")
    with pytest.raises(ChangedElsewhere) as refused:
        roster.update_member(ann, mine, expected=seen)
    stored = roster.get_member(ann)
    assert (stored.name, stored.email) == ("Ann", "ann@other-pc.example")  # kept, not lost
    assert "Ann's details were changed on another computer" in str(refused.value)
    assert isinstance(refused.value, WordsError)
    assert set(sentences(refused.value)) == {"changed"}


def test_member_saved_unchanged_elsewhere_or_to_the_same_goes_through(setup) -> None:
    _, _, (ann, ben, _), _ = setup
    seen = roster.draft_of(roster.get_member(ann))
    roster.update_member(ann, dataclasses.replace(seen, email="a@x.example"), expected=seen)
    assert roster.get_member(ann).email == "a@x.example"
    # Someone else made exactly this change already: nothing is lost, so it passes.
    same = dataclasses.replace(seen, email="a@x.example")
    roster.update_member(ann, same, expected=seen)
    # Another member changed elsewhere does not stop this one.
    ben_seen = roster.draft_of(roster.get_member(ben))
    roster.update_member(ben, dataclasses.replace(ben_seen, name="Ben Ash"), expected=ben_seen)
    assert roster.get_member(ben).name == "Ben Ash"


def test_old_callers_without_expected_still_save(setup) -> None:
    _, _, (ann, *_), _ = setup
    seen = roster.draft_of(roster.get_member(ann))
    roster.update_member(ann, dataclasses.replace(seen, email="one@x.example"))
    roster.update_member(ann, dataclasses.replace(seen, email="two@x.example"))
    assert roster.get_member(ann).email == "two@x.example"


# --- attendance ----------------------------------------------------------------------------


def test_same_member_marked_on_two_pcs(setup) -> None:
    _, row, (ann, *_), _ = setup
    day = row.local_date
    meetings.set_attendance(row.id, ann, PRESENT, today=day, expected=NOT_RECORDED)
    with pytest.raises(ChangedElsewhere, match="Ann was marked on another computer"):
        meetings.set_attendance(row.id, ann, ABSENT, today=day, expected=NOT_RECORDED)
    assert meetings.attendance_for(row.id) == {ann: PRESENT}
    # The same mark twice is no clash.
    meetings.set_attendance(row.id, ann, PRESENT, today=day, expected=NOT_RECORDED)
    assert meetings.attendance_for(row.id) == {ann: PRESENT}


def test_different_members_marked_on_two_pcs_both_count(setup) -> None:
    _, row, (ann, ben, cat), _ = setup
    day = row.local_date
    meetings.set_attendance(row.id, ann, PRESENT, today=day, expected=NOT_RECORDED)
    meetings.set_attendance(row.id, ben, APOLOGIES, today=day, expected=NOT_RECORDED)
    meetings.set_attendance(row.id, cat, PRESENT, today=day, expected=NOT_RECORDED)
    assert meetings.attendance_for(row.id) == {ann: PRESENT, ben: APOLOGIES, cat: PRESENT}


def test_clearing_a_mark_changed_elsewhere_is_refused(setup) -> None:
    _, row, (ann, ben, _), _ = setup
    day = row.local_date
    meetings.set_attendance(row.id, ann, PRESENT, today=day)
    meetings.set_attendance(row.id, ann, ABSENT, today=day)  # the other PC corrects it
    with pytest.raises(ChangedElsewhere):
        meetings.clear_attendance(row.id, ann, expected=PRESENT)
    assert meetings.attendance_for(row.id) == {ann: ABSENT}
    meetings.clear_attendance(row.id, ann, expected=ABSENT)
    meetings.clear_attendance(row.id, ben, expected=PRESENT)  # already cleared: the same
    assert meetings.attendance_for(row.id) == {}


def test_place_in_a_hybrid_meeting_changed_elsewhere(setup) -> None:
    _, row, (ann, *_), _ = setup
    day = row.local_date
    meetings.set_meeting_mode(row.id, MeetingMode.HYBRID)
    meetings.set_attendance(row.id, ann, PRESENT, today=day)
    meetings.set_attendance_mode(row.id, ann, MeetingMode.ONLINE, expected=MeetingMode.IN_PERSON)
    with pytest.raises(ChangedElsewhere):
        meetings.set_attendance_mode(
            row.id, ann, MeetingMode.IN_PERSON, expected=MeetingMode.IN_PERSON
        )
    assert meetings.attendance_modes(row.id) == {ann: MeetingMode.ONLINE}


# --- the meeting's own record ----------------------------------------------------------------


def test_record_made_elsewhere_refuses_a_second_record(setup) -> None:
    _, row, (ann, ben, _), _ = setup
    day = row.local_date
    seen = record_of(row.id)
    assert seen == MeetingRecord(MeetingStatus.PLANNED, "", frozenset())
    meetings.record_meeting(row.id, [ann], "", today=day, expected=seen)
    with pytest.raises(ChangedElsewhere, match="record was changed"):
        meetings.record_meeting(row.id, [ben], "", today=day, expected=seen)
    assert meetings.presenters_of(row.id) == [ann]
    assert meetings.attendance_for(row.id) == {ann: PRESENT}  # Ben not marked by the refusal
    # Recording again from what is shown now corrects it; the same record twice passes.
    meetings.record_meeting(row.id, [ben], "", today=day, expected=record_of(row.id))
    meetings.record_meeting(row.id, [ben], "", today=day, expected=seen)
    assert meetings.presenters_of(row.id) == [ben]


def test_leaders_chosen_on_two_pcs(setup) -> None:
    _, row, (ann, *_), lead = setup
    day = row.local_date
    leaders.set_leaders(row.id, lead, None, today=day, expected=(None, None))
    with pytest.raises(ChangedElsewhere, match="Who led this meeting"):
        leaders.set_leaders(row.id, lead, ann, today=day, expected=(None, None))
    assert leaders.recorded_leaders(row.id) == (lead, None)
    leaders.set_leaders(row.id, lead, None, today=day, expected=(None, None))  # the same
    leaders.set_leaders(row.id, lead, ann, today=day, expected=(lead, None))
    assert leaders.recorded_leaders(row.id) == (lead, ann)


def test_mode_cancel_and_move_changed_elsewhere(setup) -> None:
    _, row, _, _ = setup
    meetings.set_meeting_mode(row.id, MeetingMode.ONLINE, expected=MeetingMode.IN_PERSON)
    with pytest.raises(ChangedElsewhere):
        meetings.set_meeting_mode(row.id, MeetingMode.HYBRID, expected=MeetingMode.IN_PERSON)
    assert Meeting.get_by_id(row.id).mode == MeetingMode.ONLINE
    seen_start = Meeting.get_by_id(row.id).starts_at
    meetings.move_meeting(row.id, row.local_date + dt.timedelta(days=1), expected=seen_start)
    moved = Meeting.get_by_id(row.id)
    with pytest.raises(ChangedElsewhere):
        meetings.move_meeting(row.id, row.local_date + dt.timedelta(days=2), expected=seen_start)
    assert Meeting.get_by_id(row.id).starts_at == moved.starts_at
    meetings.cancel_meeting(row.id, "Snow", expected=MeetingStatus.PLANNED)
    meetings.restore_meeting(row.id)
    meetings.cancel_meeting(row.id, "Flu")  # the other PC cancelled it meanwhile
    with pytest.raises(ChangedElsewhere):
        meetings.cancel_meeting(row.id, "Snow", expected=MeetingStatus.PLANNED)
    assert Meeting.get_by_id(row.id).cancel_reason == "Flu"


# --- the group's settings --------------------------------------------------------------------


def test_group_settings_each_compared_on_its_own(setup) -> None:
    group, *_ = setup
    name, pattern = group.name, WEEKLY_TUESDAY
    # The other PC changes the rota options; this one the name: no clash.
    meetings.set_rota_options(group.id, 2, False, expected=(1, False))
    meetings.update_group(group.id, "Tuesday group", pattern, TODAY, expected=(name, pattern))
    stored = roster.get_group(group.id)
    assert (stored.name, stored.presenters_per_meeting) == ("Tuesday group", 2)
    with pytest.raises(ChangedElsewhere, match="group's settings"):
        meetings.set_rota_options(group.id, 1, True, expected=(1, False))
    with pytest.raises(ChangedElsewhere):
        meetings.update_group(group.id, "Other name", pattern, TODAY, expected=(name, pattern))
    modes.set_group_mode(group.id, MeetingMode.ONLINE, TODAY, expected=MeetingMode.IN_PERSON)
    with pytest.raises(ChangedElsewhere):
        modes.set_group_mode(group.id, MeetingMode.HYBRID, TODAY, expected=MeetingMode.IN_PERSON)
    modes.set_event_number(group.id, "1234567890123456789", expected="")
    with pytest.raises(ChangedElsewhere):
        modes.set_event_number(group.id, "2234567890123456789", expected="")
    stored = roster.get_group(group.id)
    assert (stored.name, stored.presenters_per_meeting, stored.leaders_may_present) == (
        "Tuesday group",
        2,
        False,
    )
    assert (stored.meeting_mode, stored.event_number) == (
        MeetingMode.ONLINE,
        "1234567890123456789",
    )


# --- the sentence ----------------------------------------------------------------------------


def test_refusal_said_in_german_and_french(setup, qapp) -> None:
    _, row, (ann, *_), _ = setup
    day = row.local_date
    meetings.set_attendance(row.id, ann, PRESENT, today=day)
    with pytest.raises(ChangedElsewhere) as refused:
        meetings.set_attendance(row.id, ann, ABSENT, today=day, expected=NOT_RECORDED)
    try:
        install("de")
        german = shown(refused.value)
        install("fr")
        french = shown(refused.value)
    finally:
        install("en")
    assert "Ann" in german and "anderen Computer" in german
    assert "Ann" in french and "autre ordinateur" in french


def test_member_numbers_and_recognition_changed_elsewhere(setup) -> None:
    _, _, (ann, ben, _), lead = setup
    seen = numbers_of(ann)
    set_numbers(ann, {"gmc": "1234567"}, expected=seen)  # the office adds the GMC number
    with pytest.raises(ChangedElsewhere, match="Ann's details"):
        set_numbers(ann, {"gmc": "7654321"}, expected=seen)
    assert numbers_of(ann) == {"gmc": "1234567"}
    set_numbers(ann, {"gmc": "1234567", "rpps": "10005173140"}, expected=seen)  # same + new
    set_numbers(ben, {"gmc": "7654321"}, expected=numbers_of(ben))  # another member: fine
    recognised = roster.get_member(lead).recognition
    set_recognition(lead, "Ärztekammer Nordrhein", expected=recognised)
    with pytest.raises(ChangedElsewhere):
        set_recognition(lead, "Balint-Gesellschaft", expected=recognised)
    assert roster.get_member(lead).recognition == "Ärztekammer Nordrhein"


def test_themes_changed_elsewhere(setup) -> None:
    group, *_ = setup
    seen = meetings.themes(group.id)
    meetings.set_themes(group.id, [*seen, "the silent patient"], expected=seen)
    with pytest.raises(ChangedElsewhere, match="group's themes"):
        meetings.set_themes(group.id, seen[:1], expected=seen)
    assert meetings.themes(group.id) == [*seen, "the silent patient"]
    meetings.set_themes(group.id, [*seen, "the silent patient"], expected=seen)  # the same
