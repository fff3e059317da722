"""Histories for the rules' tests: sessions at a steady rhythm, and the leader log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from balintdesk.domain.rules import (
    Assessment,
    Entry,
    History,
    RuleBook,
    Session,
    assess,
    load_rules,
)
from balintdesk.domain.rules.history import IN_PERSON, MEMBER, ONLINE
from balintdesk.i18n import say
from balintdesk.resources import resource_path

START = dt.date(2026, 1, 7)
CHAMBER = "Ärztekammer Nordrhein"


def shipped() -> RuleBook:
    return load_rules([resource_path("rules")])


def sessions(
    n: int,
    *,
    every: int = 14,
    start: dt.date = START,
    minutes: int = 90,
    mode: str | None = IN_PERSON,
    role: str = MEMBER,
    recognition: str = CHAMBER,
) -> list[Session]:
    return [
        Session(
            day=start + dt.timedelta(days=every * i),
            minutes=minutes,
            mode=mode,
            role=role,
            group="Wednesday group",
            leader="Dr Adler",
            leader_recognition=recognition,
            with_leader="Dr Berg" if role != MEMBER else "",
        )
        for i in range(n)
    ]


def monthly(n: int, *, role: str, start: dt.date = START, skip: int | None = None) -> list[Session]:
    """`n` sessions on the 7th of consecutive months (leaving out month `skip`)."""
    days = []
    month = 0
    while len(days) < n:
        if month != skip:
            index = start.month - 1 + month
            days.append(dt.date(start.year + index // 12, index % 12 + 1, start.day))
        month += 1
    return [
        Session(day, 90, IN_PERSON, role, "Residents' group", "me", "", "Dr Berg") for day in days
    ]


def online(items: Sequence[Session], *which: int) -> list[Session]:
    """`items` with the sessions at these indexes online."""
    chosen = {i % len(items) for i in which}
    return [
        Session(s.day, s.minutes, ONLINE, s.role, s.group, s.leader, s.leader_recognition)
        if i in chosen
        else s
        for i, s in enumerate(items)
    ]


def entries(kind: str, n: int, *, minutes: int = 60) -> list[Entry]:
    return [Entry(START + dt.timedelta(days=30 * i), kind, minutes) for i in range(n)]


def run(
    rule_id: str,
    items: Sequence[Session] = (),
    log: Sequence[Entry] = (),
    **options,
) -> Assessment:
    rule = shipped().rules[rule_id]
    return assess(rule, History("Dr Fischer", tuple(items), tuple(log)), **options)


def met(assessment: Assessment) -> dict[str, bool]:
    return {result.key: result.met for result in assessment.results}


def lines(assessment: Assessment) -> dict[str, str]:
    return {result.key: say(result.line) for result in assessment.results}


def missing(assessment: Assessment) -> dict[str, str]:
    return {r.key: say(r.missing) for r in assessment.results if r.missing is not None}
