"""How a group meets and how each meeting was held: in person, online or hybrid; where
each present member was in a hybrid meeting; and the group's CME event number (VNR).

- A group's usual mode (`Group.meeting_mode`) is what a new meeting takes. Changing it
  carries along the planned meetings from today on that still had the old usual mode; a
  meeting whose mode was changed on its own keeps it.
- One meeting's mode may be changed at any time, also after it was held: the record is
  then corrected. In a hybrid meeting each present member was in the room or online
  (`Attendance.mode`); in any other meeting that stays None.
- A refused value raises `ModeRefused`: a `WordsError` with a sentence that is also a
  `roster.ValidationError` for the form field it belongs to, so the pages that already
  show a group's refusals beside its fields show these too. Nothing is changed then.
"""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.words import Words, WordsError
from balintdesk.store.concurrency import lock_meeting, locked
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Group,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Member,
    database_proxy,
    utc_now,
)
from balintdesk.store.refusal import unchanged
from balintdesk.store.roster import NotFoundError, ValidationError, get_group

# The German chambers' event number (Veranstaltungsnummer): 19 digits, given by the
# chamber that certifies the event ("Die Nummer ist 19-stellig", EIV glossary,
# https://www.eiv-fobi.de/glossar/). No check digit is documented for it (unlike the
# doctor's EFN, whose last digit is a Luhn check), so only its digits and length are
# checked; spaces and hyphens people type to group the digits are dropped.
VNR_DIGITS = 19


class ModeRefused(ValidationError, WordsError):
    """A refused mode or event number: a WordsError with its sentence (`words`), and a
    ValidationError naming its field (`sentences`), so either kind of caller shows it."""

    def __init__(self, field: str, words: Words):
        # Not through the two parents' __init__: they take different arguments.
        Exception.__init__(self, words.english())
        self.words = words
        self.sentences = {field: words}
        self.errors = {field: words.english()}


def check_mode(mode: str, field: str = "mode") -> str:
    """`mode` if it is one of MeetingMode.ALL, else ModeRefused."""
    if mode not in MeetingMode.ALL:
        raise ModeRefused(
            field,
            Words(
                "Meetings",
                "“{mode}” is not a way of meeting; write in-person, online or hybrid.",
                {"mode": mode},
            ),
        )
    return mode


def check_where(where: str) -> str:
    """`where` if it is where one member can have been (MeetingMode.WHERE), else refused."""
    if where not in MeetingMode.WHERE:
        raise ModeRefused(
            "where",
            Words(
                "Meetings",
                "“{where}” is not where a member was; write in-person or online.",
                {"where": where},
            ),
        )
    return where


def mode_said(
    places: list[str | None], current: str | None, others: list[str | None]
) -> str | None:
    """How a meeting was held, as a file's rows say where its present members were
    (`places`; None: not said): the one place, or hybrid for both; None when no row says.
    In a meeting already hybrid (`current`), the places of present members the file
    leaves out (`others`) count too."""
    said = {place for place in places if place}
    if not said:
        return None
    if current == MeetingMode.HYBRID:
        said |= {place for place in others if place}
    return said.pop() if len(said) == 1 else MeetingMode.HYBRID


# --- the group -------------------------------------------------------------------------


def set_group_mode(
    group_id: int, mode: str, today: dt.date | None = None, *, expected: str | None = None
) -> Group:
    """The group's usual mode. Planned meetings from `today` on whose mode was the old
    usual one follow it; meetings set on their own, held and cancelled ones stay.
    `expected`: the mode the page showed (see `group_unchanged`)."""
    check_mode(mode, "meeting_mode")
    group = get_group(group_id)
    today = today or dt.date.today()
    with database_proxy.atomic():
        if expected is not None:
            group = locked_group(group_id)
            group_unchanged(expected, group.meeting_mode, mode)
        before = group.meeting_mode
        if mode == before:
            return group
        group.meeting_mode = mode
        group.save()
        following = Meeting.select().where(
            (Meeting.group == group_id)
            & (Meeting.status == MeetingStatus.PLANNED)
            & (Meeting.local_date >= today)
            & (Meeting.mode == before)
        )
        for meeting in following:
            _change_mode(meeting, mode)
    return group


def normal_event_number(text: str) -> str:
    """The VNR as stored: its digits, without the spaces or hyphens that group them;
    "" for none. ModeRefused if it is not 19 digits."""
    digits = "".join(text.split()).replace("-", "")
    if not digits:
        return ""
    if not digits.isascii() or not digits.isdigit():
        raise ModeRefused(
            "event_number",
            Words(
                "Group",
                "The event number (VNR) has only digits; “{text}” has other characters.",
                {"text": text.strip()},
            ),
        )
    if len(digits) != VNR_DIGITS:
        raise ModeRefused(
            "event_number",
            Words(
                "Group",
                "The event number (VNR) has {digits} digits; this one has {given}.",
                {"digits": VNR_DIGITS, "given": len(digits)},
            ),
        )
    return digits


def set_event_number(group_id: int, text: str, *, expected: str | None = None) -> Group:
    """Set the group's CME event number (VNR), or clear it with "". `expected`: the
    number the page showed (see `group_unchanged`)."""
    number = normal_event_number(text)
    group = get_group(group_id)
    with database_proxy.atomic():
        if expected is not None:
            group = locked_group(group_id)
            group_unchanged(normal_event_number(expected), group.event_number, number)
        if group.event_number != number:
            group.event_number = number
            group.save()
    return group


def locked_group(group_id: int) -> Group:
    """The group as stored now, locked until the transaction ends."""
    group = locked(Group.select().where(Group.id == group_id)).first()
    if group is None:
        raise NotFoundError(f"There is no group with id {group_id}.")
    return group


def group_unchanged(seen: object, now: object, wanted: object) -> None:
    """`refusal.ChangedElsewhere` if a group setting is no longer what the settings page
    showed (`seen`) nor already what it saves (`wanted`). Each setting is compared on
    its own: two people changing different settings do not clash."""
    unchanged(
        seen,
        now,
        wanted,
        Words(
            "Group",
            "The group's settings were changed on another computer in the meantime, "
            "so yours were not saved. The page now shows the current settings.",
        ),
    )


# --- one meeting -------------------------------------------------------------------------


def get_meeting(meeting_id: int) -> Meeting:
    # store.attendance has the same; it imports this module, so this one cannot import it.
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    if meeting is None:
        raise NotFoundError(f"There is no meeting with id {meeting_id}.")
    return meeting


def set_meeting_mode(meeting_id: int, mode: str, *, expected: str | None = None) -> Meeting:
    """How this one meeting is (or was) held. Into hybrid: each present member is taken
    to have been where the whole meeting was, until someone says otherwise; out of it:
    where each member was is cleared. `expected`: the mode the page showed; if it was
    changed elsewhere since, `refusal.ChangedElsewhere` and nothing is saved."""
    check_mode(mode)
    meeting = get_meeting(meeting_id)
    with database_proxy.atomic():
        if expected is not None:
            meeting = lock_meeting(meeting_id)
            unchanged(
                expected,
                meeting.mode,
                mode,
                Words(
                    "Meetings",
                    "How this meeting is held was changed on another computer in the "
                    "meantime, so your change was not saved. The page now shows what is "
                    "recorded.",
                ),
            )
        if meeting.mode != mode:
            _change_mode(meeting, mode)
    return meeting


def _change_mode(meeting: Meeting, mode: str) -> None:
    before = meeting.mode
    meeting.mode = mode
    meeting.updated_at = utc_now()
    meeting.save()
    present = (Attendance.meeting == meeting.id) & (Attendance.status == AttendanceStatus.PRESENT)
    if mode == MeetingMode.HYBRID:
        was = before if before in MeetingMode.WHERE else MeetingMode.IN_PERSON
        Attendance.update(mode=was).where(present & Attendance.mode.is_null()).execute()
    else:
        Attendance.update(mode=None).where(Attendance.meeting == meeting.id).execute()


def must_be_hybrid(meeting: Meeting) -> None:
    """ModeRefused unless `meeting` is hybrid: only there is a member's place recorded."""
    if meeting.mode != MeetingMode.HYBRID:
        raise ModeRefused(
            "where",
            Words(
                "Meetings",
                "Only in a hybrid meeting is it recorded where each member was; change the "
                "meeting to hybrid first.",
            ),
        )


def set_attendance_mode(
    meeting_id: int, member_id: int, where: str, *, expected: str | None = None
) -> None:
    """Where a present member was in a hybrid meeting: in the room or online.
    `expected`: the place the page showed; if it was changed elsewhere since (or the
    member is no longer marked present), `refusal.ChangedElsewhere`, nothing saved."""
    check_where(where)
    meeting = get_meeting(meeting_id)
    must_be_hybrid(meeting)
    with database_proxy.atomic():
        if expected is not None:
            lock_meeting(meeting_id)
        row = Attendance.get_or_none(
            (Attendance.meeting == meeting_id) & (Attendance.member == member_id)
        )
        if expected is not None:
            present = row is not None and row.status == AttendanceStatus.PRESENT
            now = (row.mode or "") if present else ""
            unchanged(
                expected,
                now,
                where,
                lambda: Words(
                    "Meetings",
                    "{name} was marked on another computer in the meantime, so your change "
                    "was not saved. The page now shows what is recorded.",
                    {"name": Member.get_by_id(member_id).name},
                ),
            )
        if row is None or row.status != AttendanceStatus.PRESENT:
            raise ModeRefused(
                "where",
                Words("Meetings", "Mark the member present first, then say where they were."),
            )
        if row.mode != where:
            row.mode = where
            row.save()


def attendance_modes(meeting_id: int) -> dict[int, str]:
    """member id → where they were, for the present members of a hybrid meeting who have
    a place recorded (empty for any other meeting)."""
    query = Attendance.select(Attendance.member, Attendance.mode).where(
        (Attendance.meeting == meeting_id) & Attendance.mode.is_null(False)
    )
    return {row.member_id: row.mode for row in query}
