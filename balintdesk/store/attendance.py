"""Who came to a meeting and who presented: the check-in list and recording a meeting.

A member with no attendance row at a meeting is "not recorded"; only PRESENT counts as
attended (for CPD and for the rota). `presented` is only ever set together with PRESENT.
Apologies ahead of time are an APOLOGIES row on that future meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from balintdesk.domain.words import Words
from balintdesk.store.concurrency import lock_meeting
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Member,
    RotaPin,
    database_proxy,
    utc_now,
)
from balintdesk.store.modes import check_where, must_be_hybrid
from balintdesk.store.refusal import unchanged
from balintdesk.store.roster import NotFoundError, ValidationError
from balintdesk.store.themes import check_theme

MAX_PRESENTERS = 2  # a group may be set to one case a meeting yet have had two once
NOT_RECORDED = ""  # a member's status with no attendance row, for `expected=`


@dataclass(frozen=True)
class MeetingRecord:
    """What a meeting's record says, as a page shows it: compared when it is saved."""

    status: str
    theme: str
    presenters: frozenset[int]


def record_of(meeting_id: int) -> MeetingRecord:
    meeting = get_meeting(meeting_id)
    return MeetingRecord(meeting.status, meeting.theme, frozenset(presenters_of(meeting_id)))


def _marked_elsewhere(meeting_id: int, member_id: int, expected: str | None, wanted: str) -> None:
    """ChangedElsewhere if the member's mark is no longer what the page showed
    (`expected`; NOT_RECORDED for none). The meeting is locked first: one computer at a
    time changes its marks. Call inside the write's transaction."""
    if expected is None:
        return
    lock_meeting(meeting_id)
    row = Attendance.get_or_none(
        (Attendance.meeting == meeting_id) & (Attendance.member == member_id)
    )
    unchanged(
        expected,
        row.status if row is not None else NOT_RECORDED,
        wanted,
        lambda: Words(
            "Meetings",
            "{name} was marked on another computer in the meantime, so your change was "
            "not saved. The page now shows what is recorded.",
            {"name": Member.get_by_id(member_id).name},
        ),
    )


def get_meeting(meeting_id: int) -> Meeting:
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    if meeting is None:
        raise NotFoundError(f"There is no meeting with id {meeting_id}.")
    return meeting


def _member_of(meeting: Meeting, member_id: int) -> Member:
    member = Member.get_or_none(Member.id == member_id)
    if member is None or member.group_id != meeting.group_id:
        raise ValidationError(
            {"member": Words("Meetings", "That person is not a member of this meeting's group.")}
        )
    return member


def set_attendance(
    meeting_id: int,
    member_id: int,
    status: str,
    today: dt.date | None = None,
    where: str | None = None,
    *,
    expected: str | None = None,
) -> None:
    """Mark a member present, with apologies or absent at a meeting (replacing any mark).

    Ahead of the day only apologies can be given; a cancelled meeting takes no marks.
    Marking a presenter anything but present also takes back their presentation.
    In a hybrid meeting a present member was in the room or online (`where`; default:
    what was recorded before, else in the room); anyone else, and everyone in any other
    meeting, has no place recorded.

    `expected`: the member's status as the page showed it (NOT_RECORDED for none); if it
    was changed elsewhere since, to anything but `status`, `refusal.ChangedElsewhere` and
    nothing is saved. Marks of other members never clash.
    """
    if where is not None:
        check_where(where)
    if status not in AttendanceStatus.ALL:
        raise ValidationError(
            {
                "status": Words(
                    "Meetings",
                    "“{status}” is not present, apologies or absent.",
                    {"status": status},
                )
            }
        )
    meeting = get_meeting(meeting_id)
    _member_of(meeting, member_id)
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(
            {
                "status": Words(
                    "Meetings",
                    "This meeting is cancelled, so nobody can be marked; restore it first.",
                )
            }
        )
    if meeting.local_date > (today or dt.date.today()) and status != AttendanceStatus.APOLOGIES:
        raise ValidationError(
            {
                "status": Words(
                    "Meetings",
                    "This meeting is still to come; ahead of the day only apologies count.",
                )
            }
        )
    hybrid = meeting.mode == MeetingMode.HYBRID
    if where is not None:
        must_be_hybrid(meeting)
    with database_proxy.atomic():
        _marked_elsewhere(meeting_id, member_id, expected, status)
        row = Attendance.get_or_none(
            (Attendance.meeting == meeting_id) & (Attendance.member == member_id)
        )
        present = status == AttendanceStatus.PRESENT
        before = row.mode if row is not None else None
        place = (where or before or MeetingMode.IN_PERSON) if hybrid and present else None
        if row is None:
            Attendance.create(meeting=meeting_id, member=member_id, status=status, mode=place)
        elif (row.status, row.mode) != (status, place):
            row.status = status
            row.presented = row.presented and present
            row.mode = place
            row.save()


def clear_attendance(meeting_id: int, member_id: int, *, expected: str | None = None) -> None:
    """Back to "not recorded" (a presentation there goes with it). `expected`: the status
    the page showed, as for `set_attendance`."""
    with database_proxy.atomic():
        _marked_elsewhere(meeting_id, member_id, expected, NOT_RECORDED)
        Attendance.delete().where(
            (Attendance.meeting == meeting_id) & (Attendance.member == member_id)
        ).execute()


def attendance_for(meeting_id: int) -> dict[int, str]:
    """member id → AttendanceStatus, for everyone marked at the meeting."""
    query = Attendance.select(Attendance.member, Attendance.status).where(
        Attendance.meeting == meeting_id
    )
    return {row.member_id: row.status for row in query}


def attendance_rows(meeting_id: int) -> list[tuple[int, str, bool, str | None]]:
    """(member id, status, presented, where) for everyone marked, by member: all a page
    shows of the meeting's check-in, to tell whether it changed elsewhere."""
    query = (
        Attendance.select(
            Attendance.member, Attendance.status, Attendance.presented, Attendance.mode
        )
        .where(Attendance.meeting == meeting_id)
        .order_by(Attendance.member)
    )
    return [(row.member_id, row.status, row.presented, row.mode) for row in query]


def presenters_of(meeting_id: int) -> list[int]:
    """Who presented at the meeting, in the order they were recorded."""
    query = (
        Attendance.select(Attendance.member)
        .where((Attendance.meeting == meeting_id) & Attendance.presented)
        .order_by(Attendance.id)
    )
    return [row.member_id for row in query]


def record_meeting(
    meeting_id: int,
    presenter_ids: list[int],
    theme: str = "",
    today: dt.date | None = None,
    *,
    expected: MeetingRecord | None = None,
) -> None:
    """Mark the meeting held, with who presented and an optional theme from the list.

    Presenters are marked present. Everyone else keeps their mark; nobody unmarked is
    assumed absent, so a forgotten tick never turns into an absence on a CPD record.
    Recording again corrects the record. Pins on the meeting are spent and removed.
    `expected`: the record as the page showed it (`record_of`); if it was changed
    elsewhere since, `refusal.ChangedElsewhere` and nothing is saved.
    """
    meeting = get_meeting(meeting_id)
    errors: dict[str, Words] = {}
    if meeting.status == MeetingStatus.CANCELLED:
        errors["meeting"] = Words(
            "Meetings", "This meeting is cancelled; restore it before recording it."
        )
    elif meeting.local_date > (today or dt.date.today()):
        errors["meeting"] = Words(
            "Meetings", "This meeting is still to come; record it on the day or after."
        )
    if len(set(presenter_ids)) != len(presenter_ids):
        errors["presenters"] = Words(
            "Meetings", "The same person is chosen twice as presenter; choose again."
        )
    elif len(presenter_ids) > MAX_PRESENTERS:
        errors["presenters"] = Words(
            "Meetings",
            "At most {most} people can present at one meeting.",
            {"most": MAX_PRESENTERS},
        )
    if errors:
        raise ValidationError(errors)
    for member_id in presenter_ids:
        _member_of(meeting, member_id)
    theme = check_theme(meeting.group_id, theme)
    with database_proxy.atomic():
        if expected is not None:
            meeting = lock_meeting(meeting_id)
            unchanged(
                expected,
                MeetingRecord(meeting.status, meeting.theme, frozenset(presenters_of(meeting_id))),
                MeetingRecord(MeetingStatus.HELD, theme, frozenset(presenter_ids)),
                Words(
                    "Meetings",
                    "This meeting's record was changed on another computer in the meantime, "
                    "so yours was not saved. The page now shows what is recorded.",
                ),
            )
        Attendance.update(presented=False).where(
            (Attendance.meeting == meeting_id)
            & Attendance.presented
            & Attendance.member.not_in(presenter_ids)
        ).execute()
        for member_id in presenter_ids:
            Attendance.insert(
                meeting=meeting_id,
                member=member_id,
                status=AttendanceStatus.PRESENT,
                presented=True,
            ).on_conflict(
                conflict_target=[Attendance.meeting, Attendance.member],
                update={Attendance.status: AttendanceStatus.PRESENT, Attendance.presented: True},
            ).execute()
        if meeting.mode == MeetingMode.HYBRID:  # a presenter marked by the record: in the room
            Attendance.update(mode=MeetingMode.IN_PERSON).where(
                (Attendance.meeting == meeting_id)
                & (Attendance.status == AttendanceStatus.PRESENT)
                & Attendance.mode.is_null()
            ).execute()
        RotaPin.delete().where(RotaPin.meeting == meeting_id).execute()
        meeting.status = MeetingStatus.HELD
        meeting.theme = theme
        meeting.updated_at = utc_now()
        meeting.save()
