"""The health check's part for the phase timer: the groups' timer settings, phase
templates, the phase log and running timers (see `store.check`)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from peewee import Database

from balintdesk.domain import phases as phase_rules
from balintdesk.domain.words import Words
from balintdesk.store.check_vault import readable
from balintdesk.store.db import as_values as _v
from balintdesk.store.timer_store import (
    CHIME_MAX_VOLUME,
    DISPLAYS,
    WARNING_MAX_SECONDS,
    custom_id,
    frame_text_problem,
)


def _check_timer_settings(db: Database, own_templates: dict[int, set[int]]) -> list[Words]:
    problems = []
    built_in = {template.key for template in phase_rules.built_in_templates()}
    rows = db.execute_sql(
        "SELECT id, timer_template, timer_auto_advance, timer_warning_seconds, timer_display, "
        "timer_chime_volume, frame_text FROM balint_group ORDER BY id"
    ).fetchall()
    for gid, template, auto, warning, display, volume, frame in rows:
        label = Words("check", "Group #{gid}", _v(gid=gid))
        row_id = custom_id(template) if isinstance(template, str) else None
        if template not in built_in and row_id not in own_templates[gid]:
            problems.append(
                Words(
                    "check",
                    "{label}'s timer starts with the template “{template}”, which the group does "
                    "not have (the classic template is used instead).",
                    _v(label=label, template=template),
                )
            )
        if auto not in (0, 1):
            problems.append(
                Words(
                    "check",
                    "{label} has the auto-advance flag “{auto}” instead of 0 or 1.",
                    _v(label=label, auto=auto),
                )
            )
        if not isinstance(warning, int) or not 0 <= warning <= WARNING_MAX_SECONDS:
            problems.append(
                Words(
                    "check",
                    "{label} warns {warning} seconds before a phase ends, not 0 to {most}.",
                    _v(label=label, warning=warning, most=WARNING_MAX_SECONDS),
                )
            )
        if display not in DISPLAYS:
            problems.append(
                Words(
                    "check",
                    "{label} has the unknown timer display “{display}”.",
                    _v(label=label, display=display),
                )
            )
        if not isinstance(volume, int) or not 0 <= volume <= CHIME_MAX_VOLUME:
            problems.append(
                Words(
                    "check",
                    "{label} has the chime volume {volume}, not 0 to {most}.",
                    _v(label=label, volume=volume, most=CHIME_MAX_VOLUME),
                )
            )
        if not isinstance(frame, str):
            problems.append(
                Words("check", "{label} has a group frame that is not text.", _v(label=label))
            )
        elif (problem := frame_text_problem(frame)) is not None:
            problems.append(Words("check", "{label}: {problem}", _v(label=label, problem=problem)))
    return problems


def _check_phase_templates(db: Database) -> tuple[list[Words], dict[int, set[int]]]:
    """The problems, and each group's own template ids (for the groups' default key)."""
    problems = []
    own: dict[int, set[int]] = defaultdict(set)
    built_in = {template.key for template in phase_rules.built_in_templates()}
    rows = db.execute_sql(
        "SELECT id, group_id, key, name, phases_json FROM phase_template ORDER BY id"
    ).fetchall()
    for tid, gid, key, name, phases_json in rows:
        label = Words(
            "check",
            "Phase template #{tid} (“{name}”, group #{gid})",
            _v(tid=tid, name=name, gid=gid),
        )
        if key == "":
            own[gid].add(tid)
        elif key not in built_in:
            problems.append(
                Words(
                    "check",
                    "{label} stands in for the unknown built-in template “{key}”.",
                    _v(label=label, key=key),
                )
            )
        try:
            phases = phase_rules.phases_from_json(phases_json)
        except (TypeError, ValueError):
            problems.append(
                Words("check", "{label} has phases that cannot be read.", _v(label=label))
            )
            continue
        for message in phase_rules.validate_template(str(name), list(phases)).values():
            problems.append(Words("check", "{label}: {message}", _v(label=label, message=message)))
    return problems, own


def _readable_or_none(value: object) -> bool:
    return value is None or readable(value, dt.datetime.fromisoformat)


def _check_phase_log(db: Database) -> list[Words]:
    problems = []
    rows = db.execute_sql(
        "SELECT id, meeting_id, position, name, planned_seconds, actual_seconds, started_at, "
        "ended_at FROM meeting_phase ORDER BY meeting_id, position"
    ).fetchall()
    positions: dict[int, list[int]] = defaultdict(list)
    for pid, mid, position, name, planned, actual, started, ended in rows:
        label = Words(
            "check", "Phase #{pid} (“{name}”, meeting #{mid})", _v(pid=pid, name=name, mid=mid)
        )
        positions[mid].append(position)
        if not isinstance(name, str) or not name.strip():
            problems.append(
                Words("check", "Phase #{pid} of meeting #{mid} has no name.", _v(pid=pid, mid=mid))
            )
        if not isinstance(planned, int) or planned < 0:
            problems.append(
                Words(
                    "check",
                    "{label} has the planned length “{planned}” seconds.",
                    _v(label=label, planned=planned),
                )
            )
        if not isinstance(actual, int) or actual < 0:
            problems.append(
                Words(
                    "check",
                    "{label} has the actual length “{actual}” seconds.",
                    _v(label=label, actual=actual),
                )
            )
        if not (_readable_or_none(started) and _readable_or_none(ended)):
            problems.append(
                Words("check", "{label} has an unreadable start or end time.", _v(label=label))
            )
        elif ended is not None and started is None:
            problems.append(
                Words(
                    "check",
                    "{label} ended at {ended} but never started.",
                    _v(label=label, ended=ended),
                )
            )
        elif ended is not None and started > ended:
            problems.append(
                Words(
                    "check",
                    "{label} ends ({ended}) before it starts ({started}).",
                    _v(label=label, ended=ended, started=started),
                )
            )
    for mid, found in positions.items():
        if found != list(range(len(found))):
            problems.append(
                Words(
                    "check",
                    "Meeting #{mid}'s phase log has the positions {found} instead of 0 to {last}.",
                    _v(mid=mid, found=found, last=len(found) - 1),
                )
            )
    runs = db.execute_sql(
        "SELECT r.id, r.meeting_id, r.snapshot_json, r.updated_at, "
        "(SELECT count(*) FROM meeting_phase p WHERE p.meeting_id = r.meeting_id) "
        "FROM timer_run r JOIN meeting m ON m.id = r.meeting_id ORDER BY r.id"
    ).fetchall()
    for rid, mid, snapshot, updated, phase_count in runs:
        label = Words("check", "The running timer #{rid} of meeting #{mid}", _v(rid=rid, mid=mid))
        try:
            snapshot_ok = isinstance(json.loads(snapshot), dict)
        except (TypeError, ValueError):
            snapshot_ok = False
        if not snapshot_ok:
            problems.append(
                Words(
                    "check",
                    "{label} has a snapshot that cannot be read, so it cannot resume.",
                    _v(label=label),
                )
            )
        if not readable(updated, dt.datetime.fromisoformat):
            problems.append(
                Words(
                    "check",
                    "{label} has the unreadable save time “{updated}”.",
                    _v(label=label, updated=updated),
                )
            )
        if phase_count == 0:
            problems.append(Words("check", "{label} has no phase log.", _v(label=label)))
    return problems


def check_timer(db: Database) -> list[Words]:
    problems, own_templates = _check_phase_templates(db)
    return _check_timer_settings(db, own_templates) + problems + _check_phase_log(db)
