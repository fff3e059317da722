"""How the time went in one meeting: each phase planned and actual, over or under, and the
time the timer stood still — values for the window's table, the CSV and the command line.

What the phase log holds (store.models.MeetingPhase), per phase: the planned seconds (with
the minutes the leader added or took off), the seconds the timer counted in it, when it
*first* started and when it *last* finished (UTC, to the second, written when the timer
saved: at once after a key press, every few seconds while it runs). Pauses themselves are
not recorded, so "stopped" is derived, and named for what it is:

- For the whole meeting: from the first phase's start to the last phase's end, minus the
  seconds counted. That is the time the timer was paused, plus any time a restarted phase
  threw away, plus any time BalintDesk was closed mid-meeting and resumed later. It is the
  one exact figure.
- For a phase: from its first start to its last end, minus its counted seconds — but only
  when no other phase ran inside that span. A phase the leader went back to spans the
  phases run in between, so its stopped time cannot be told apart from theirs: it is None
  ("cannot tell"), and the phase is marked `returned_to`. The save interval and seconds
  rounding make a phase's span a few seconds off, so less than RECORD_SLACK_SECONDS of
  stopped time counts as none.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from balintdesk.domain.timer_view import SKIPPED_SECONDS
from balintdesk.domain.words import Words

__all__ = [
    "ON_TIME_SECONDS",
    "RECORD_SLACK_SECONDS",
    "PhaseSpan",
    "PhaseTiming",
    "TimingReport",
    "timing_report",
    "timing_summary",
]

# The timer saves every 5 s while it runs (ui.timer.driver) and the log keeps whole
# seconds, so an automatic move to the next phase can be written up to ~6 s late.
RECORD_SLACK_SECONDS = 6
ON_TIME_SECONDS = 60  # within a minute of the plan counts as on time in the summary


@dataclass(frozen=True)
class PhaseSpan:
    """One phase as the log keeps it; times are UTC (naive, as stored, or aware)."""

    position: int
    name: str
    planned_seconds: int
    actual_seconds: int
    started_at: dt.datetime | None
    ended_at: dt.datetime | None


@dataclass(frozen=True)
class PhaseTiming:
    position: int
    name: str
    planned_seconds: int
    actual_seconds: int
    skipped: bool  # never reached, or left within SKIPPED_SECONDS of coming to it
    returned_to: bool  # another phase ran between its first start and its last end
    stopped_seconds: int | None  # None: cannot tell (returned to, or never closed)

    @property
    def over_seconds(self) -> int:
        """Actual minus planned: positive over, negative under (a skipped phase: -planned)."""
        return self.actual_seconds - self.planned_seconds


@dataclass(frozen=True)
class TimingReport:
    meeting_id: int
    day: dt.date
    group: str
    phases: tuple[PhaseTiming, ...]
    starts: dt.datetime | None  # in the meeting's zone; None if no phase ever started
    ends: dt.datetime | None  # in the meeting's zone; None if no phase was ever closed
    finished: bool  # the timer ran to its end (not still running, not abandoned)

    @property
    def planned_seconds(self) -> int:
        return sum(phase.planned_seconds for phase in self.phases)

    @property
    def actual_seconds(self) -> int:
        return sum(phase.actual_seconds for phase in self.phases)

    @property
    def over_seconds(self) -> int:
        """The meeting's time counted minus its plan: positive when it ran over."""
        return self.actual_seconds - self.planned_seconds

    @property
    def stopped_seconds(self) -> int | None:
        """Wall time from the first start to the last end, minus the time counted; None
        when the meeting has no start or end on record."""
        if self.starts is None or self.ends is None:
            return None
        wall = (self.ends - self.starts).total_seconds()
        stopped = round(wall) - self.actual_seconds
        return stopped if stopped >= RECORD_SLACK_SECONDS else 0

    @property
    def skipped(self) -> tuple[PhaseTiming, ...]:
        return tuple(phase for phase in self.phases if phase.skipped)


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _in_zone(moment: dt.datetime | None, zone: str) -> dt.datetime | None:
    if moment is None:
        return None
    try:
        return moment.astimezone(zoneinfo.ZoneInfo(zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return moment  # a zone this computer does not know: shown in UTC rather than not


def _phase(span: PhaseSpan, others: Sequence[PhaseSpan]) -> PhaseTiming:
    start, end = _utc(span.started_at), _utc(span.ended_at)
    skipped = span.actual_seconds < SKIPPED_SECONDS
    returned_to = False
    stopped: int | None = None
    if start is not None and end is not None:
        # Another phase that started or ended strictly inside this one's span ran in
        # between: the leader went back to this one (or on past it and back).
        for other in others:
            for moment in (_utc(other.started_at), _utc(other.ended_at)):
                if moment is not None and start < moment < end:
                    returned_to = True
        if not returned_to:
            gap = round((end - start).total_seconds()) - span.actual_seconds
            stopped = gap if gap >= RECORD_SLACK_SECONDS else 0
    return PhaseTiming(
        position=span.position,
        name=span.name,
        planned_seconds=span.planned_seconds,
        actual_seconds=span.actual_seconds,
        skipped=skipped,
        returned_to=returned_to,
        stopped_seconds=stopped,
    )


def timing_report(
    meeting_id: int,
    day: dt.date,
    group: str,
    zone: str,
    spans: Sequence[PhaseSpan],
    finished: bool = True,
) -> TimingReport:
    """The report of one meeting from its phase log (`spans`, any order) and its zone."""
    ordered = sorted(spans, key=lambda span: span.position)
    phases = tuple(
        _phase(span, [other for other in ordered if other is not span]) for span in ordered
    )
    starts = [moment for span in ordered if (moment := _utc(span.started_at)) is not None]
    ends = [moment for span in ordered if (moment := _utc(span.ended_at)) is not None]
    return TimingReport(
        meeting_id=meeting_id,
        day=day,
        group=group,
        phases=phases,
        starts=_in_zone(min(starts), zone) if starts else None,
        ends=_in_zone(max(ends), zone) if ends else None,
        finished=finished,
    )


def _minutes(seconds: int) -> int:
    return max(1, round(abs(seconds) / 60))


def _phase_words(phase: PhaseTiming, name: object) -> Words | None:
    """The phase that went furthest from its plan, if a minute or more."""
    if phase.over_seconds >= ON_TIME_SECONDS:
        return Words(
            "Timing",
            "{phase} took %n minute(s) more than planned",
            {"phase": name},
            count=_minutes(phase.over_seconds),
        )
    if phase.over_seconds <= -ON_TIME_SECONDS:
        return Words(
            "Timing",
            "{phase} took %n minute(s) less than planned",
            {"phase": name},
            count=_minutes(phase.over_seconds),
        )
    return None


def timing_summary(
    report: TimingReport, shown_name: Callable[[str], object] = lambda name: name
) -> Words:
    """One sentence: how the whole meeting ran against its plan, and the phase (held, not
    skipped) that went furthest from its own, e.g. "Ran 6 minutes over; Presenter sits
    back — group discussion took 8 minutes more than planned". A phase's name goes in as
    `shown_name(name)` gives it: the edge passes its translation of the built-in names."""
    over = report.over_seconds
    if over >= ON_TIME_SECONDS:
        whole = Words("Timing", "Ran %n minute(s) over", count=_minutes(over))
    elif over <= -ON_TIME_SECONDS:
        whole = Words("Timing", "Ended %n minute(s) early", count=_minutes(over))
    else:
        whole = Words("Timing", "Ran to time")
    held = [phase for phase in report.phases if not phase.skipped]
    furthest = max(held, key=lambda phase: abs(phase.over_seconds), default=None)
    detail = _phase_words(furthest, shown_name(furthest.name)) if furthest is not None else None
    if detail is None:
        return Words("Timing", "{whole}.", {"whole": whole})
    return Words("Timing", "{whole}; {detail}.", {"whole": whole, "detail": detail})
