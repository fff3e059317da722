"""Who led and who co-led each meeting.

Recorded on the meeting since schema 6 (`Meeting.leader`, `Meeting.co_leader`). For a
held meeting with nothing recorded (older meetings, imported history) the leaders are
read off the attendance instead: the group's leaders who were present, by name — the
first led, the second co-led. Every export (CPD record, leader log) asks here, so the
rule is one rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from balintdesk.domain.roster import name_key
from balintdesk.store.models import Attendance, AttendanceStatus, Meeting, Member


def leaders_of_meetings(meeting_ids: Iterable[int]) -> dict[int, tuple[int | None, int | None]]:
    """{meeting id: (leader's member id, co-leader's member id)}; None where nobody is
    recorded or inferred. Every id asked for is in the answer."""
    ids = list(dict.fromkeys(meeting_ids))
    result: dict[int, tuple[int | None, int | None]] = {}
    if not ids:
        return result
    unrecorded: list[int] = []
    for chunk in _chunks(ids):
        for meeting_id, leader_id, co_leader_id in Meeting.select(
            Meeting.id, Meeting.leader, Meeting.co_leader
        ).where(Meeting.id.in_(chunk)).tuples():
            result[meeting_id] = (leader_id, co_leader_id)
            if leader_id is None and co_leader_id is None:
                unrecorded.append(meeting_id)
    present: dict[int, list[tuple[str, int]]] = {}
    for chunk in _chunks(unrecorded):
        rows = (
            Attendance.select(Attendance.meeting, Member.id, Member.name)
            .join(Member)
            .where(
                Attendance.meeting.in_(chunk),
                Attendance.status == AttendanceStatus.PRESENT,
                Member.is_leader == True,  # noqa: E712  (peewee builds SQL from ==)
            )
            .tuples()
        )
        for meeting_id, member_id, name in rows:
            present.setdefault(meeting_id, []).append((name_key(name), member_id))
    for meeting_id, leaders in present.items():
        ordered = [member_id for _key, member_id in sorted(leaders)]
        result[meeting_id] = (ordered[0], ordered[1] if len(ordered) > 1 else None)
    for meeting_id in ids:
        result.setdefault(meeting_id, (None, None))
    return result


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    # SQLite limits the number of parameters in one statement (999 in older builds).
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
