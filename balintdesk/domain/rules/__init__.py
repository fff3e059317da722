"""Attendance rules as data: what a person must have attended or led, and by when.

A rule is a TOML file (read with `tomllib`) that a training programme can copy into the
data folder's `rules/` and adapt, with no code change. The files BalintDesk ships are in
`resources/rules/`, each citing its source. This package reads them (`load_rules`) and
says, for one person's history, which conditions are met and what is still missing
(`assess`). No Qt, no peewee, no i18n: every sentence is a `Words`.

The history is plain values (`History`); `store.requirements` fills it from the group
database and the leader log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from balintdesk.domain.rules.history import Entry, History, Session
from balintdesk.domain.rules.model import (
    Assessment,
    ConditionResult,
    Rule,
    RuleBook,
    RuleProblem,
    Setting,
)

__all__ = [
    "Assessment",
    "ConditionResult",
    "Entry",
    "History",
    "Rule",
    "RuleBook",
    "RuleProblem",
    "Session",
    "Setting",
    "assess",
    "load_rules",
]


def load_rules(folders: Sequence[Path]) -> RuleBook:
    """Every rule in these folders' *.toml files; a later folder's file replaces an
    earlier one with the same id (the data folder's copy over the shipped one). A file
    that cannot be read is a `RuleProblem`, never an exception."""
    from balintdesk.domain.rules.loading import load_rules as load

    return load(folders)


def assess(
    rule: Rule,
    history: History,
    *,
    until: dt.date | None = None,
    settings: Mapping[str, int] | None = None,
) -> Assessment:
    """What `history` meets of `rule` counting sessions up to `until` (None: all), with
    the rule's settings as given (missing ones take their default)."""
    from balintdesk.domain.rules.assessing import assess as run

    return run(rule, history, until=until, settings=settings)
