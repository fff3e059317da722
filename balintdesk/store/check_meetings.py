"""The health check's part for meetings: their dates, rota options, withdrawn meetings,
attendance, pins and breaks (see `store.check`)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict

from peewee import Database

from balintdesk.domain.words import Words
from balintdesk.store.check_vault import readable
from balintdesk.store.db import as_values as _v

MEETING_STATUSES = ("planned", "held", "cancelled")  # models.MeetingStatus
ATTENDANCE_STATUSES = ("present", "apologies", "absent")  # models.AttendanceStatus
MODES = ("in-person", "online", "hybrid")  # models.MeetingMode.ALL
PLACES = ("in-person", "online")  # models.MeetingMode.WHERE


def _local_date(starts_at: str, zone: str) -> dt.date | None:
    """The date on the room's wall clock of a stored UTC start; None if unreadable."""
    try:
        start = dt.datetime.fromisoformat(starts_at).replace(tzinfo=dt.UTC)
        return start.astimezone(zoneinfo.ZoneInfo(zone)).date()
    except (TypeError, ValueError, zoneinfo.ZoneInfoNotFoundError):
        return None


def _date_problems(label: Words, local: str, starts: str, zone: str) -> list[Words]:
    """A meeting's stored date must be readable and be the date of its UTC start on the
    wall clock of its time zone."""
    if not readable(local, dt.date.fromisoformat):
        return [Words("check", "{label} has an unreadable date.", _v(label=label))]
    day = _local_date(starts, zone)
    if day is None:
        return [
            Words(
                "check",
                "{label} has the unreadable start “{starts}” or zone “{zone}”.",
                _v(label=label, starts=starts, zone=zone),
            )
        ]
    if day != dt.date.fromisoformat(local):
        return [
            Words(
                "check",
                "{label} starts at {starts} UTC, which is {day} in {zone}, not its date.",
                _v(label=label, starts=starts, day=day, zone=zone),
            )
        ]
    return []


def _check_rota_options(db: Database) -> list[Words]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, first_date, presenters_per_meeting, leaders_may_present, meeting_mode "
        "FROM balint_group ORDER BY id"
    ).fetchall()
    for gid, first, presenters, leaders, mode in rows:
        if mode not in MODES:
            problems.append(
                Words(
                    "check",
                    "Group #{gid} meets in the unknown mode “{mode}”.",
                    _v(gid=gid, mode=mode),
                )
            )
        if first is not None and not readable(first, dt.date.fromisoformat):
            problems.append(
                Words(
                    "check",
                    "Group #{gid} has the unreadable first meeting date “{first}”.",
                    _v(gid=gid, first=first),
                )
            )
        if presenters not in (1, 2):
            problems.append(
                Words(
                    "check",
                    "Group #{gid} has {presenters} presenters a meeting, not 1 or 2.",
                    _v(gid=gid, presenters=presenters),
                )
            )
        if leaders not in (0, 1):
            problems.append(
                Words(
                    "check",
                    "Group #{gid} has the leaders flag “{leaders}” instead of 0 or 1.",
                    _v(gid=gid, leaders=leaders),
                )
            )
    return problems


def check_meetings(db: Database) -> list[Words]:
    problems = _check_rota_options(db)
    themes: dict[int, set[str]] = defaultdict(set)
    for gid, text in db.execute_sql("SELECT group_id, text FROM theme").fetchall():
        themes[gid].add(text)
    rows = db.execute_sql(
        "SELECT id, group_id, local_date, starts_at, timezone, status, cancelled_by_break_id, "
        "theme, mode FROM meeting ORDER BY id"
    ).fetchall()
    for mid, gid, local, starts, zone, status, by_break, theme, mode in rows:
        label = Words(
            "check", "Meeting #{mid} (group #{gid}, {local})", _v(mid=mid, gid=gid, local=local)
        )
        if status not in MEETING_STATUSES:
            problems.append(
                Words(
                    "check",
                    "{label} has the unknown status “{status}”.",
                    _v(label=label, status=status),
                )
            )
        if mode not in MODES:
            problems.append(
                Words(
                    "check",
                    "{label} has the unknown mode “{mode}”.",
                    _v(label=label, mode=mode),
                )
            )
        problems += _date_problems(label, local, starts, zone)
        if by_break is not None and status != "cancelled":
            problems.append(
                Words(
                    "check",
                    "{label} is linked to break #{by_break} but is not cancelled.",
                    _v(label=label, by_break=by_break),
                )
            )
        if theme and theme not in themes[gid]:
            problems.append(
                Words(
                    "check",
                    "{label} has the theme “{theme}”, which is not in the group's list.",
                    _v(label=label, theme=theme),
                )
            )
    return problems


def check_withdrawn(db: Database) -> list[Words]:
    """Withdrawn meetings (store.withdrawn) are only ever read back for the calendar file:
    their time must be readable, and their id must not be a live meeting's, or two
    events would share one UID (the live one wins; the cancellation is not sent)."""
    problems = []
    rows = db.execute_sql(
        "SELECT w.id, w.meeting_id, w.group_id, w.local_date, w.starts_at, w.timezone, "
        "w.withdrawn_at, m.id FROM withdrawn_meeting w LEFT JOIN meeting m "
        "ON m.id = w.meeting_id ORDER BY w.id"
    ).fetchall()
    for wid, mid, gid, local, starts, zone, withdrawn, live in rows:
        label = Words(
            "check",
            "Withdrawn meeting #{wid} (was meeting #{mid}, group #{gid}, {local})",
            _v(wid=wid, mid=mid, gid=gid, local=local),
        )
        problems += _date_problems(label, local, starts, zone)
        if not readable(withdrawn, dt.datetime.fromisoformat):
            problems.append(
                Words(
                    "check",
                    "{label} has the unreadable withdrawal time “{withdrawn}”.",
                    _v(label=label, withdrawn=withdrawn),
                )
            )
        if live is not None:
            problems.append(
                Words(
                    "check",
                    "{label}: meeting #{mid} exists again, so the calendar cannot cancel the "
                    "withdrawn one.",
                    _v(label=label, mid=mid),
                )
            )
    return problems


def _place_problems(label: Words, place: str | None, meeting_mode: str) -> list[Words]:
    """Where a member was is known only as in the room or online, and only recorded in a
    hybrid meeting (store.modes)."""
    if place is None:
        return []
    if place not in PLACES:
        return [
            Words("check", "{label} has the unknown place “{place}”.", _v(label=label, place=place))
        ]
    if meeting_mode != "hybrid":
        return [
            Words(
                "check",
                "{label} records where the member was, but the meeting is not hybrid.",
                _v(label=label),
            )
        ]
    return []


def check_attendance_and_pins(db: Database) -> list[Words]:
    problems = []
    rows = db.execute_sql(
        "SELECT a.id, a.meeting_id, a.member_id, a.status, a.presented, m.status, "
        "m.group_id, p.group_id, a.mode, m.mode FROM attendance a "
        "JOIN meeting m ON m.id = a.meeting_id JOIN member p ON p.id = a.member_id ORDER BY a.id"
    ).fetchall()
    for aid, mid, pid, status, presented, meeting_status, gid, member_gid, *modes in rows:
        label = Words(
            "check",
            "Attendance #{aid} (member #{pid} at meeting #{mid})",
            _v(aid=aid, pid=pid, mid=mid),
        )
        if status not in ATTENDANCE_STATUSES:
            problems.append(
                Words(
                    "check",
                    "{label} has the unknown status “{status}”.",
                    _v(label=label, status=status),
                )
            )
        if presented not in (0, 1):
            problems.append(
                Words(
                    "check",
                    "{label} has the presented flag “{presented}” instead of 0 or 1.",
                    _v(label=label, presented=presented),
                )
            )
        elif presented and status != "present":
            problems.append(
                Words(
                    "check",
                    "{label} says the member presented but was “{status}”.",
                    _v(label=label, status=status),
                )
            )
        elif presented and meeting_status != "held":
            problems.append(
                Words(
                    "check",
                    "{label} says the member presented at a meeting not held.",
                    _v(label=label),
                )
            )
        if gid != member_gid:
            problems.append(
                Words(
                    "check", "{label}: the member is not in the meeting's group.", _v(label=label)
                )
            )
        problems += _place_problems(label, *modes)
    pins = db.execute_sql(
        "SELECT r.id, r.meeting_id, r.member_id, m.status, m.group_id, p.group_id "
        "FROM rota_pin r JOIN meeting m ON m.id = r.meeting_id "
        "JOIN member p ON p.id = r.member_id ORDER BY r.id"
    ).fetchall()
    for rid, mid, pid, meeting_status, gid, member_gid in pins:
        label = Words(
            "check", "Pin #{rid} (member #{pid} at meeting #{mid})", _v(rid=rid, pid=pid, mid=mid)
        )
        if meeting_status in ("cancelled", "held"):
            problems.append(
                Words(
                    "check",
                    "{label} is on a {meeting_status} meeting.",
                    _v(label=label, meeting_status=meeting_status),
                )
            )
        if gid != member_gid:
            problems.append(
                Words(
                    "check", "{label}: the member is not in the meeting's group.", _v(label=label)
                )
            )
    breaks = db.execute_sql(
        "SELECT id, group_id, first_date, last_date FROM meeting_break ORDER BY id"
    ).fetchall()
    for bid, gid, first, last in breaks:
        label = Words("check", "Break #{bid} (group #{gid})", _v(bid=bid, gid=gid))
        if not (readable(first, dt.date.fromisoformat) and readable(last, dt.date.fromisoformat)):
            problems.append(Words("check", "{label} has an unreadable date.", _v(label=label)))
        elif first > last:
            problems.append(
                Words(
                    "check",
                    "{label} ends ({last}) before it starts ({first}).",
                    _v(label=label, last=last, first=first),
                )
            )
    return problems
