"""The phase timer's snapshot: the JSON-able dict the store keeps while a meeting runs, so a
BalintDesk killed mid-meeting can offer to resume it where it was.

Kept apart from timer.py, which is about time; this is about trusting data read back from
disk: every field is checked, and a bad one is named in a ValueError rather than turning
into a timer that shows nonsense.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from balintdesk.domain.phases import Phase, phase_from_dict, phase_to_dict

SNAPSHOT_VERSION = 1  # raise it when the dict's shape changes; read_snapshot refuses others
STATES = ("ready", "running", "paused", "ended")  # PhaseTimer's states, named once here


@dataclass(frozen=True)
class SnapshotFields:
    """A snapshot's content, checked: lists one entry a phase."""

    phases: tuple[Phase, ...]
    index: int
    state: str
    elapsed_seconds: tuple[float, ...]
    added_minutes: tuple[int, ...]
    started: tuple[bool, ...]
    total_elapsed_seconds: float
    auto_advance: bool
    warning_seconds: int | float


def snapshot_dict(fields: SnapshotFields) -> dict[str, Any]:
    return {
        "version": SNAPSHOT_VERSION,
        "phases": [phase_to_dict(phase) for phase in fields.phases],
        "index": fields.index,
        "state": fields.state,
        "elapsed_seconds": list(fields.elapsed_seconds),
        "added_minutes": list(fields.added_minutes),
        "started": list(fields.started),
        "total_elapsed_seconds": fields.total_elapsed_seconds,
        "auto_advance": fields.auto_advance,
        "warning_seconds": fields.warning_seconds,
    }


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_seconds(value: Any) -> bool:
    """A finite, non-negative number (JSON gives ints for whole floats like 0)."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


def _list_of(data: dict[str, Any], key: str, count: int, check: Any, what: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list) or len(value) != count:
        raise ValueError(f"Timer snapshot: {key!r} must be a list of {count} {what}.")
    for item in value:
        if not check(item):
            raise ValueError(f"Timer snapshot: {key!r} holds {item!r}, not {what}.")
    return value


def read_snapshot(data: Any) -> SnapshotFields:
    """The checked content of a dict `PhaseTimer.snapshot()` made; ValueError if it is not."""
    if not isinstance(data, dict):
        raise ValueError(f"A timer snapshot is a dict, not {type(data).__name__}.")
    if data.get("version") != SNAPSHOT_VERSION:
        raise ValueError(f"Timer snapshot: unknown version {data.get('version')!r}.")
    raw_phases = data.get("phases")
    if not isinstance(raw_phases, list) or not raw_phases:
        raise ValueError("Timer snapshot: 'phases' must be a non-empty list.")
    phases = tuple(phase_from_dict(item) for item in raw_phases)
    count = len(phases)
    index = data.get("index")
    if not _is_int(index) or not 0 <= index < count:
        raise ValueError(f"Timer snapshot: phase index {index!r} is not in 0..{count - 1}.")
    state = data.get("state")
    if state not in STATES:
        raise ValueError(f"Timer snapshot: unknown state {state!r}.")
    elapsed = _list_of(data, "elapsed_seconds", count, _is_seconds, "seconds")
    added = _list_of(data, "added_minutes", count, _is_int, "whole minutes")
    for phase, extra in zip(phases, added, strict=True):
        if phase.minutes + extra < 1:
            raise ValueError(f"Timer snapshot: phase {phase.name!r} would be under a minute.")
    started = _list_of(data, "started", count, lambda item: isinstance(item, bool), "booleans")
    total = data.get("total_elapsed_seconds")
    if not _is_seconds(total):
        raise ValueError(f"Timer snapshot: total {total!r} is not a number of seconds.")
    auto_advance = data.get("auto_advance")
    if not isinstance(auto_advance, bool):
        raise ValueError(f"Timer snapshot: auto_advance {auto_advance!r} is not true/false.")
    warning = data.get("warning_seconds")
    if not _is_seconds(warning):
        raise ValueError(f"Timer snapshot: warning_seconds {warning!r} is not seconds.")
    return SnapshotFields(
        phases=phases,
        index=index,
        state=state,
        elapsed_seconds=tuple(float(value) for value in elapsed),
        added_minutes=tuple(added),
        started=tuple(started),
        total_elapsed_seconds=float(total),
        auto_advance=auto_advance,
        warning_seconds=warning,
    )
