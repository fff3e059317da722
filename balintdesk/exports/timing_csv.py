"""The timing CSV: one row per phase per timed meeting, for leaders who look back on how
their meetings' time went, in a spreadsheet.

Columns: date (YYYY-MM-DD, the meeting's local date), start and end (HH:MM, when the timer
first started and last stopped, in the meeting's time zone; empty if not on record),
group, position (1, 2, … in the template's order), phase, planned_minutes,
actual_minutes, over_minutes and under_minutes (how much longer or shorter than planned,
each 0 or more: a cell starting with "-" would be taken for a formula and written as text
by `csv_cells`, so a difference is never written negative; a skipped phase is under by
its planned length), stopped_minutes (the time the timer stood still within the
phase; empty when it cannot be told, as for a phase the leader went back to — see
domain.timing_report) and skipped (yes/no). Minutes have one decimal, with a dot.

As every CSV BalintDesk writes, the file is the same in every language (header, yes/no,
numbers) and goes through `csv_cells`, so a group or phase name a spreadsheet would run
as a formula is written as text. The phase names are stored in English for the built-in
templates and are written as stored. Lines end in CRLF; whoever writes the file adds the
byte-order mark Excel needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from balintdesk.domain.csv_cells import csv_text
from balintdesk.domain.timing_report import TimingReport

__all__ = ["HEADER", "minutes_cell", "timing_csv"]

HEADER = (
    "date",
    "start",
    "end",
    "group",
    "position",
    "phase",
    "planned_minutes",
    "actual_minutes",
    "over_minutes",
    "under_minutes",
    "stopped_minutes",
    "skipped",
)


def minutes_cell(seconds: int | None) -> str:
    """Seconds (0 or more) as minutes with one decimal and a dot ("2.5"); empty for None."""
    return "" if seconds is None else f"{seconds / 60:.1f}"


def _clock(moment: dt.datetime | None) -> str:
    return f"{moment:%H:%M}" if moment is not None else ""


def _rows(reports: Iterable[TimingReport]) -> Iterator[tuple[str, ...]]:
    for report in reports:
        for phase in report.phases:
            yield (
                report.day.isoformat(),
                _clock(report.starts),
                _clock(report.ends),
                report.group,
                str(phase.position + 1),
                phase.name,
                minutes_cell(phase.planned_seconds),
                minutes_cell(phase.actual_seconds),
                minutes_cell(max(0, phase.over_seconds)),
                minutes_cell(max(0, -phase.over_seconds)),
                minutes_cell(phase.stopped_seconds),
                "yes" if phase.skipped else "no",
            )


def timing_csv(reports: Iterable[TimingReport]) -> str:
    """The reports as CSV text with a header row (the header alone when there are none)."""
    return csv_text(HEADER, _rows(reports))
