"""What a person's history meets of a rule: one `ConditionResult` per condition.

How sessions count (docs/rules.md says the same for the people who write rule files):

- only sessions on or before `until` count, and only in the roles the condition names
  (default: attended as a member);
- a session counts once (`measure = "sessions"`) or by its minutes: a double session is
  90 minutes, so a 60-minute session is 0.67 of one (the Kursbuch counts time, not
  meetings); an hour is 60 minutes, a teaching hour 45;
- a hybrid session where nobody recorded whether the person was in the room (mode None)
  counts as not in person;
- with a `recognised_leader` condition, sessions attended as a member under a leader with
  no recorded recognition count toward no condition of the rule, and its line says how
  many were left out;
- an online session longer than `online_max_minutes` counts that many minutes ("cap") or
  not at all ("exclude"), as the rule file says.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from balintdesk.domain.rules import wording as w
from balintdesk.domain.rules.history import IN_PERSON, MEMBER, ONLINE, Entry, History, Session
from balintdesk.domain.rules.loading import (
    FIRST_LAST_IN_PERSON,
    IN_PERSON_MINIMUM,
    LOG_ENTRIES,
    RECOGNISED_LEADER,
    SESSIONS,
    SPAN,
    UNIT_MINUTES,
)
from balintdesk.domain.rules.model import Assessment, ConditionResult, Rule
from balintdesk.domain.words import Words, WordsError


def assess(
    rule: Rule,
    history: History,
    *,
    until: dt.date | None = None,
    settings: Mapping[str, int] | None = None,
) -> Assessment:
    values = settings_for(rule, settings)
    sessions = sorted(
        (s for s in history.sessions if until is None or s.day <= until), key=lambda s: s.day
    )
    entries = [e for e in history.entries if until is None or e.day <= until]
    left_out: list[Session] = []
    if any(c["kind"] == RECOGNISED_LEADER for c in rule.conditions):
        left_out = [s for s in sessions if s.role == MEMBER and not s.leader_recognition.strip()]
        sessions = [
            s for s in sessions if not (s.role == MEMBER and not s.leader_recognition.strip())
        ]
    results = []
    for condition in rule.conditions:
        kind = condition["kind"]
        if kind == LOG_ENTRIES:
            results.append(_entries(condition, entries, values))
            continue
        mine = [s for s in sessions if s.role in condition.get("roles", [MEMBER])]
        if kind == SESSIONS:
            results.append(_sessions(condition, mine, values))
        elif kind == IN_PERSON_MINIMUM:
            results.append(_in_person(condition, mine, values))
        elif kind == FIRST_LAST_IN_PERSON:
            results.append(_first_last(condition, mine))
        elif kind == SPAN:
            results.append(_span(condition, mine, values))
        elif kind == RECOGNISED_LEADER:
            kept = [s for s in sessions if s.role == MEMBER]
            results.append(_recognised(condition, kept, left_out))
    return Assessment(
        rule=rule,
        person=history.person,
        until=until,
        settings=values,
        results=tuple(results),
    )


def settings_for(rule: Rule, given: Mapping[str, int] | None) -> dict[str, int]:
    """The rule's settings with `given` over their defaults; a key the rule does not have
    or a value out of its range is a `WordsError`."""
    values = {setting.key: setting.default for setting in rule.settings}
    by_key = {setting.key: setting for setting in rule.settings}
    for key, value in (given or {}).items():
        setting = by_key.get(key)
        if setting is None:
            raise WordsError(w.said(w.NO_SUCH_SETTING, key=key))
        whole = isinstance(value, int) and not isinstance(value, bool)
        if not whole or not setting.minimum <= value <= setting.maximum:
            raise WordsError(
                w.said(w.SETTING_RANGE, key=key, minimum=setting.minimum, maximum=setting.maximum)
            )
        values[key] = value
    return values


def _amount(condition: Mapping[str, Any], name: str, values: Mapping[str, int]) -> int:
    given = condition[name]
    return values[given["setting"]] if isinstance(given, Mapping) else int(given)


def _shown(minutes: float, unit: int) -> int | float:
    """Units done, never rounded up to a figure not yet reached: 14.96 shows as 14.9."""
    tenths = math.floor(minutes * 10 / unit + 1e-9)
    return tenths // 10 if tenths % 10 == 0 else tenths / 10


def _measured(
    sessions: Iterable[Session], unit: int
) -> tuple[int | float, float]:  # (shown, exact in units)
    sessions = list(sessions)
    if unit == 0:
        return len(sessions), float(len(sessions))
    minutes = sum(s.minutes for s in sessions)
    return _shown(minutes, unit), minutes / unit


def _still(need: int, exact: float) -> int:
    return max(0, math.ceil(need - exact - 1e-9))


def _noted(line: Words, notes: Sequence[Words]) -> Words:
    for note in notes:
        line = w.said(w.WITH_NOTE, line=line, note=note)
    return line


def _sessions(
    condition: Mapping[str, Any], sessions: list[Session], values: Mapping[str, int]
) -> ConditionResult:
    measure = condition.get("measure", "sessions")
    unit = UNIT_MINUTES[measure]
    need = _amount(condition, "at_least", values)
    notes = []
    cap = condition.get("online_max_minutes")
    if cap is not None:
        longer = [s for s in sessions if s.mode == ONLINE and s.minutes > cap]
        if longer and condition.get("online_longer", "cap") == "exclude":
            sessions = [s for s in sessions if s not in longer]
            notes.append(w.said(w.EXCLUDED, len(longer), minutes=cap))
        elif longer:
            sessions = [_capped(s, cap) if s in longer else s for s in sessions]
            if unit:
                notes.append(w.said(w.CAPPED, len(longer), minutes=cap))
    have, exact = _measured(sessions, unit)
    roles = tuple(sorted(set(condition.get("roles", [MEMBER]))))
    if unit:
        line, more = w.COUNTED[measure], w.MORE[measure]
    else:
        line = w.COUNTED_SESSIONS.get(roles, w.ANY_SESSIONS)
        more = w.MORE_SESSIONS.get(roles, w.MORE_ANY_SESSIONS)
    still = _still(need, exact)
    return ConditionResult(
        key=condition["key"],
        met=still == 0,
        line=_noted(w.said(line, need, have=have), notes),
        missing=w.said(more, still) if still else None,
        counted=tuple(s.day for s in sessions),
    )


def _capped(session: Session, cap: int) -> Session:
    return dataclasses.replace(session, minutes=cap)


def _in_person(
    condition: Mapping[str, Any], sessions: list[Session], values: Mapping[str, int]
) -> ConditionResult:
    measure = condition.get("measure", "sessions")
    need = _amount(condition, "at_least", values)
    there = [s for s in sessions if s.mode == IN_PERSON]
    have, exact = _measured(there, UNIT_MINUTES[measure])
    unknown = sum(1 for s in sessions if s.mode is None)
    notes = [w.said(w.NO_PLACE, unknown)] if unknown else []
    still = _still(need, exact)
    return ConditionResult(
        key=condition["key"],
        met=still == 0,
        line=_noted(w.said(w.IN_PERSON[measure], need, have=have), notes),
        missing=w.said(w.MORE_IN_PERSON[measure], still) if still else None,
        counted=tuple(s.day for s in there),
    )


def _first_last(condition: Mapping[str, Any], sessions: list[Session]) -> ConditionResult:
    if not sessions:
        return ConditionResult(condition["key"], False, w.said(w.NO_SESSIONS), w.said(w.BOTH_MUST))
    first, last = sessions[0], sessions[-1]
    first_ok, last_ok = first.mode == IN_PERSON, last.mode == IN_PERSON
    wrong = []
    if not first_ok:
        wrong.append(
            w.said(w.FIRST_ONLINE if first.mode == ONLINE else w.FIRST_NO_PLACE, day=first.day)
        )
    if not last_ok:
        wrong.append(
            w.said(w.LAST_ONLINE if last.mode == ONLINE else w.LAST_NO_PLACE, day=last.day)
        )
    if not wrong:
        line, missing = w.said(w.BOTH_IN_PERSON), None
    elif len(wrong) == 2:
        line, missing = w.said(w.BOTH_WRONG, first=wrong[0], last=wrong[1]), w.said(w.BOTH_MUST)
    else:
        line, missing = wrong[0], w.said(w.FIRST_MUST if not first_ok else w.LAST_MUST)
    return ConditionResult(
        key=condition["key"],
        met=not wrong,
        line=line,
        missing=missing,
        counted=(first.day, last.day),
    )


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day where it has no such day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(first: dt.date, last: dt.date) -> int:
    """Whole months from `first` to `last` (31 January to 28 February: one)."""
    months = (last.year - first.year) * 12 + last.month - first.month
    return months if add_months(first, months) <= last else months - 1


def _span(
    condition: Mapping[str, Any], sessions: list[Session], values: Mapping[str, int]
) -> ConditionResult:
    need = _amount(condition, "months", values)
    if not sessions:
        line = w.said(w.SPREAD, need, have=0)
        return ConditionResult(
            condition["key"], need == 0, line, w.said(w.SPREAD_OVER, need) if need else None
        )
    first, last = sessions[0].day, sessions[-1].day
    due = add_months(first, need)
    met = last >= due
    return ConditionResult(
        key=condition["key"],
        met=met,
        # What counts: "8 of 6 months" reads as a slip, so the figure stops at the need.
        line=w.said(w.SPREAD, need, have=min(months_between(first, last), need)),
        missing=None if met else w.said(w.SESSION_FROM, day=due),
        counted=(first, last),
    )


def _recognised(
    condition: Mapping[str, Any], kept: list[Session], left_out: list[Session]
) -> ConditionResult:
    notes = [w.said(w.UNRECOGNISED, len(left_out))] if left_out else []
    return ConditionResult(
        key=condition["key"],
        met=True,
        line=_noted(w.said(w.RECOGNISED, len(kept)), notes),
        missing=None,
        counted=tuple(s.day for s in kept),
    )


def _entries(
    condition: Mapping[str, Any], entries: list[Entry], values: Mapping[str, int]
) -> ConditionResult:
    kind = condition["entry_kind"]
    measure = condition.get("measure", "entries")
    need = _amount(condition, "at_least", values)
    mine = [e for e in entries if e.kind == kind]
    if measure == "hours":
        minutes = sum(e.minutes for e in mine)
        have, exact = _shown(minutes, 60), minutes / 60
    else:
        have, exact = len(mine), float(len(mine))
    still = _still(need, exact)
    return ConditionResult(
        key=condition["key"],
        met=still == 0,
        line=w.said(w.ENTRIES[(kind, measure)], need, have=have),
        missing=w.said(w.MORE_ENTRIES[(kind, measure)], still) if still else None,
        counted=tuple(e.day for e in mine),
    )
