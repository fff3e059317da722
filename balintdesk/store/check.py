"""A health check of the database: SQLite's own checks, then the rules our code keeps.

Used by `balintdesk check` and after a restore. It reads the tables with plain SQL, not
through the models, because the rows it looks for are exactly the ones the models would
choke on (an unreadable date, an unknown role).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from collections import defaultdict

from peewee import Database, DatabaseError

from balintdesk.domain import phases as phase_rules
from balintdesk.domain.group import Frequency, MeetingPattern, validate_group
from balintdesk.domain.roster import Role, clean_name, name_key
from balintdesk.store.check_vault import check_vaults, readable
from balintdesk.store.migrations import LATEST_VERSION
from balintdesk.store.timer_store import (
    CHIME_MAX_VOLUME,
    DISPLAYS,
    WARNING_MAX_SECONDS,
    custom_id,
    frame_text_problem,
)

MEETING_STATUSES = ("planned", "held", "cancelled")  # models.MeetingStatus
ATTENDANCE_STATUSES = ("present", "apologies", "absent")  # models.AttendanceStatus


def _sqlite_checks(db: Database) -> list[str]:
    problems = []
    for (verdict,) in db.execute_sql("PRAGMA integrity_check").fetchall():
        if verdict != "ok":
            problems.append(f"SQLite's integrity check reports: {verdict}.")
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(
            f"Row {rowid} of table {table} refers to a {parent} row that does not exist."
        )
    return problems


def _check_groups(db: Database) -> list[str]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, name, frequency, weekday, week_of_month, start_time, length_minutes, "
        "room, timezone, created_at FROM balint_group ORDER BY id"
    ).fetchall()
    names = {row[0]: " ".join(str(row[1]).split()).casefold() for row in rows}
    for gid, name, frequency, weekday, week, start, length, room, zone, created in rows:
        label = f"Group #{gid} (“{name}”)"
        if frequency not in {f.value for f in Frequency}:
            problems.append(f"{label} meets with the unknown frequency “{frequency}”.")
            continue
        if not readable(start, lambda text: dt.time.fromisoformat(text)):
            problems.append(f"{label} has the unreadable start time “{start}”.")
            continue
        if not all(isinstance(v, int) for v in (weekday, week, length)):
            problems.append(f"{label} has a weekday, week or length that is not a number.")
            continue
        pattern = MeetingPattern(
            frequency=Frequency(frequency),
            weekday=weekday,
            week_of_month=week,
            start=dt.time.fromisoformat(start),
            length_minutes=length,
            room=str(room),
            timezone=str(zone),
        )
        taken = {other for other_id, other in names.items() if other_id != gid}
        for message in validate_group(str(name), pattern, taken).values():
            problems.append(f"{label}: {message}")
        if not readable(created, dt.datetime.fromisoformat):
            problems.append(f"{label} has the unreadable creation time “{created}”.")
    return problems


def _check_members(db: Database) -> list[str]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, group_id, name, name_key, role, is_leader, joined, may_present_from, "
        "archived_at, created_at, updated_at FROM member ORDER BY id"
    ).fetchall()
    by_key: dict[tuple[int, str], list[int]] = defaultdict(list)
    for mid, gid, name, key, role, leader, joined, may_present, *stamps in rows:
        label = f"Member #{mid} (“{name}”, group #{gid})"
        name = str(name)
        if not clean_name(name):
            problems.append(f"{label} has no name.")
        elif name != clean_name(name):
            problems.append(f"{label} has a name stored with untidy spacing or Unicode form.")
        if key != name_key(name):
            problems.append(
                f"{label} has the name key “{key}” where “{name_key(name)}” was expected."
            )
        by_key[(gid, name_key(name))].append(mid)
        if role not in {r.value for r in Role}:
            problems.append(f"{label} has the unknown role “{role}”.")
        if leader not in (0, 1):
            problems.append(f"{label} has the leader flag “{leader}” instead of 0 or 1.")
        if not readable(joined, dt.date.fromisoformat):
            problems.append(f"{label} has the unreadable date joined “{joined}”.")
        elif may_present is not None:
            if not readable(may_present, dt.date.fromisoformat):
                problems.append(f"{label} has the unreadable “may present from” “{may_present}”.")
            elif dt.date.fromisoformat(may_present) < dt.date.fromisoformat(joined):
                problems.append(
                    f"{label} may present from {may_present}, before joining on {joined}."
                )
        for column, value in zip(("archived_at", "created_at", "updated_at"), stamps, strict=True):
            if value is None and column == "archived_at":
                continue
            if not readable(value, dt.datetime.fromisoformat):
                problems.append(f"{label} has the unreadable {column} “{value}”.")
    for (gid, key), ids in by_key.items():
        if len(ids) > 1:
            listed = ", ".join(f"#{mid}" for mid in ids)
            problems.append(
                f"Group #{gid} has {len(ids)} members whose names count as the same "
                f"(“{key}”): {listed}."
            )
    return problems


def _local_date(starts_at: str, zone: str) -> dt.date | None:
    """The date on the room's wall clock of a stored UTC start; None if unreadable."""
    try:
        start = dt.datetime.fromisoformat(starts_at).replace(tzinfo=dt.UTC)
        return start.astimezone(zoneinfo.ZoneInfo(zone)).date()
    except (TypeError, ValueError, zoneinfo.ZoneInfoNotFoundError):
        return None


def _date_problems(label: str, local: str, starts: str, zone: str) -> list[str]:
    """A meeting's stored date must be readable and be the date of its UTC start on the
    wall clock of its time zone."""
    if not readable(local, dt.date.fromisoformat):
        return [f"{label} has an unreadable date."]
    day = _local_date(starts, zone)
    if day is None:
        return [f"{label} has the unreadable start “{starts}” or zone “{zone}”."]
    if day != dt.date.fromisoformat(local):
        return [f"{label} starts at {starts} UTC, which is {day} in {zone}, not its date."]
    return []


def _check_rota_options(db: Database) -> list[str]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, first_date, presenters_per_meeting, leaders_may_present FROM balint_group "
        "ORDER BY id"
    ).fetchall()
    for gid, first, presenters, leaders in rows:
        if first is not None and not readable(first, dt.date.fromisoformat):
            problems.append(f"Group #{gid} has the unreadable first meeting date “{first}”.")
        if presenters not in (1, 2):
            problems.append(f"Group #{gid} has {presenters} presenters a meeting, not 1 or 2.")
        if leaders not in (0, 1):
            problems.append(f"Group #{gid} has the leaders flag “{leaders}” instead of 0 or 1.")
    return problems


def _check_meetings(db: Database) -> list[str]:
    problems = _check_rota_options(db)
    themes: dict[int, set[str]] = defaultdict(set)
    for gid, text in db.execute_sql("SELECT group_id, text FROM theme").fetchall():
        themes[gid].add(text)
    rows = db.execute_sql(
        "SELECT id, group_id, local_date, starts_at, timezone, status, cancelled_by_break_id, "
        "theme FROM meeting ORDER BY id"
    ).fetchall()
    for mid, gid, local, starts, zone, status, by_break, theme in rows:
        label = f"Meeting #{mid} (group #{gid}, {local})"
        if status not in MEETING_STATUSES:
            problems.append(f"{label} has the unknown status “{status}”.")
        problems += _date_problems(label, local, starts, zone)
        if by_break is not None and status != "cancelled":
            problems.append(f"{label} is linked to break #{by_break} but is not cancelled.")
        if theme and theme not in themes[gid]:
            problems.append(f"{label} has the theme “{theme}”, which is not in the group's list.")
    return problems


def _check_withdrawn(db: Database) -> list[str]:
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
        label = f"Withdrawn meeting #{wid} (was meeting #{mid}, group #{gid}, {local})"
        problems += _date_problems(label, local, starts, zone)
        if not readable(withdrawn, dt.datetime.fromisoformat):
            problems.append(f"{label} has the unreadable withdrawal time “{withdrawn}”.")
        if live is not None:
            problems.append(
                f"{label}: meeting #{mid} exists again, so the calendar cannot cancel "
                "the withdrawn one."
            )
    return problems


def _check_attendance_and_pins(db: Database) -> list[str]:
    problems = []
    rows = db.execute_sql(
        "SELECT a.id, a.meeting_id, a.member_id, a.status, a.presented, m.status, "
        "m.group_id, p.group_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
        "JOIN member p ON p.id = a.member_id ORDER BY a.id"
    ).fetchall()
    for aid, mid, pid, status, presented, meeting_status, gid, member_gid in rows:
        label = f"Attendance #{aid} (member #{pid} at meeting #{mid})"
        if status not in ATTENDANCE_STATUSES:
            problems.append(f"{label} has the unknown status “{status}”.")
        if presented not in (0, 1):
            problems.append(f"{label} has the presented flag “{presented}” instead of 0 or 1.")
        elif presented and status != "present":
            problems.append(f"{label} says the member presented but was “{status}”.")
        elif presented and meeting_status != "held":
            problems.append(f"{label} says the member presented at a meeting not held.")
        if gid != member_gid:
            problems.append(f"{label}: the member is not in the meeting's group.")
    pins = db.execute_sql(
        "SELECT r.id, r.meeting_id, r.member_id, m.status, m.group_id, p.group_id "
        "FROM rota_pin r JOIN meeting m ON m.id = r.meeting_id "
        "JOIN member p ON p.id = r.member_id ORDER BY r.id"
    ).fetchall()
    for rid, mid, pid, meeting_status, gid, member_gid in pins:
        label = f"Pin #{rid} (member #{pid} at meeting #{mid})"
        if meeting_status in ("cancelled", "held"):
            problems.append(f"{label} is on a {meeting_status} meeting.")
        if gid != member_gid:
            problems.append(f"{label}: the member is not in the meeting's group.")
    breaks = db.execute_sql(
        "SELECT id, group_id, first_date, last_date FROM meeting_break ORDER BY id"
    ).fetchall()
    for bid, gid, first, last in breaks:
        label = f"Break #{bid} (group #{gid})"
        if not (readable(first, dt.date.fromisoformat) and readable(last, dt.date.fromisoformat)):
            problems.append(f"{label} has an unreadable date.")
        elif first > last:
            problems.append(f"{label} ends ({last}) before it starts ({first}).")
    return problems


def _check_timer_settings(db: Database, own_templates: dict[int, set[int]]) -> list[str]:
    problems = []
    built_in = {template.key for template in phase_rules.built_in_templates()}
    rows = db.execute_sql(
        "SELECT id, timer_template, timer_auto_advance, timer_warning_seconds, timer_display, "
        "timer_chime_volume, frame_text FROM balint_group ORDER BY id"
    ).fetchall()
    for gid, template, auto, warning, display, volume, frame in rows:
        label = f"Group #{gid}"
        row_id = custom_id(template) if isinstance(template, str) else None
        if template not in built_in and row_id not in own_templates[gid]:
            problems.append(
                f"{label}'s timer starts with the template “{template}”, which the group "
                "does not have (the classic template is used instead)."
            )
        if auto not in (0, 1):
            problems.append(f"{label} has the auto-advance flag “{auto}” instead of 0 or 1.")
        if not isinstance(warning, int) or not 0 <= warning <= WARNING_MAX_SECONDS:
            problems.append(
                f"{label} warns {warning} seconds before a phase ends, "
                f"not 0 to {WARNING_MAX_SECONDS}."
            )
        if display not in DISPLAYS:
            problems.append(f"{label} has the unknown timer display “{display}”.")
        if not isinstance(volume, int) or not 0 <= volume <= CHIME_MAX_VOLUME:
            problems.append(f"{label} has the chime volume {volume}, not 0 to {CHIME_MAX_VOLUME}.")
        if not isinstance(frame, str):
            problems.append(f"{label} has a group frame that is not text.")
        elif (problem := frame_text_problem(frame)) is not None:
            problems.append(f"{label}: {problem}")
    return problems


def _check_phase_templates(db: Database) -> tuple[list[str], dict[int, set[int]]]:
    """The problems, and each group's own template ids (for the groups' default key)."""
    problems = []
    own: dict[int, set[int]] = defaultdict(set)
    built_in = {template.key for template in phase_rules.built_in_templates()}
    rows = db.execute_sql(
        "SELECT id, group_id, key, name, phases_json FROM phase_template ORDER BY id"
    ).fetchall()
    for tid, gid, key, name, phases_json in rows:
        label = f"Phase template #{tid} (“{name}”, group #{gid})"
        if key == "":
            own[gid].add(tid)
        elif key not in built_in:
            problems.append(f"{label} stands in for the unknown built-in template “{key}”.")
        try:
            phases = phase_rules.phases_from_json(phases_json)
        except (TypeError, ValueError):
            problems.append(f"{label} has phases that cannot be read.")
            continue
        for message in phase_rules.validate_template(str(name), list(phases)).values():
            problems.append(f"{label}: {message}")
    return problems, own


def _readable_or_none(value: object) -> bool:
    return value is None or readable(value, dt.datetime.fromisoformat)


def _check_phase_log(db: Database) -> list[str]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, meeting_id, position, name, planned_seconds, actual_seconds, started_at, "
        "ended_at FROM meeting_phase ORDER BY meeting_id, position"
    ).fetchall()
    positions: dict[int, list[int]] = defaultdict(list)
    for pid, mid, position, name, planned, actual, started, ended in rows:
        label = f"Phase #{pid} (“{name}”, meeting #{mid})"
        positions[mid].append(position)
        if not isinstance(name, str) or not name.strip():
            problems.append(f"Phase #{pid} of meeting #{mid} has no name.")
        if not isinstance(planned, int) or planned < 0:
            problems.append(f"{label} has the planned length “{planned}” seconds.")
        if not isinstance(actual, int) or actual < 0:
            problems.append(f"{label} has the actual length “{actual}” seconds.")
        if not (_readable_or_none(started) and _readable_or_none(ended)):
            problems.append(f"{label} has an unreadable start or end time.")
        elif ended is not None and started is None:
            problems.append(f"{label} ended at {ended} but never started.")
        elif ended is not None and started > ended:
            problems.append(f"{label} ends ({ended}) before it starts ({started}).")
    for mid, found in positions.items():
        if found != list(range(len(found))):
            problems.append(
                f"Meeting #{mid}'s phase log has the positions {found} instead of "
                f"0 to {len(found) - 1}."
            )
    runs = db.execute_sql(
        "SELECT r.id, r.meeting_id, r.snapshot_json, r.updated_at, "
        "(SELECT count(*) FROM meeting_phase p WHERE p.meeting_id = r.meeting_id) "
        "FROM timer_run r JOIN meeting m ON m.id = r.meeting_id ORDER BY r.id"
    ).fetchall()
    for rid, mid, snapshot, updated, phase_count in runs:
        label = f"The running timer #{rid} of meeting #{mid}"
        try:
            snapshot_ok = isinstance(json.loads(snapshot), dict)
        except (TypeError, ValueError):
            snapshot_ok = False
        if not snapshot_ok:
            problems.append(f"{label} has a snapshot that cannot be read, so it cannot resume.")
        if not readable(updated, dt.datetime.fromisoformat):
            problems.append(f"{label} has the unreadable save time “{updated}”.")
        if phase_count == 0:
            problems.append(f"{label} has no phase log.")
    return problems


def _check_timer(db: Database) -> list[str]:
    problems, own_templates = _check_phase_templates(db)
    return _check_timer_settings(db, own_templates) + problems + _check_phase_log(db)


def run_checks(db: Database) -> list[str]:
    """Every problem found, one sentence each naming the row; an empty list means healthy."""
    problems: list[str] = []
    try:
        problems += _sqlite_checks(db)
        (version,) = db.execute_sql("PRAGMA user_version").fetchone()
        if version != LATEST_VERSION:
            problems.append(
                f"The database schema is version {version}; "
                f"this BalintDesk expects version {LATEST_VERSION}."
            )
            return problems  # the tables below may not have the columns we look for
        problems += _check_groups(db)
        problems += _check_members(db)
        problems += _check_meetings(db)
        problems += _check_withdrawn(db)
        problems += _check_attendance_and_pins(db)
        problems += _check_timer(db)
        problems += check_vaults(db)
    except DatabaseError as exc:
        problems.append(f"The database could not be checked: {exc}.")
    return problems
