"""`balintdesk export timing`: how the time went in the group's timed meetings of a period,
as CSV (exports.timing_csv), one row per phase per meeting. No Qt.

Every argument is checked before anything is written. A period in which no meeting was
timed writes nothing: one sentence on stderr and exit status 1, so a script does not take
an empty file for a report.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CliError,
    existing_group,
    write_export,
    write_stdout,
)
from balintdesk.cli.exports.arguments import output_file, period
from balintdesk.exports.timing_csv import timing_csv
from balintdesk.i18n import fill, translate
from balintdesk.store.timing import timing_reports


def export_timing(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    start, end = period(args)
    target = output_file(args.out, (".csv",)) if args.out is not None else None
    reports = timing_reports(group.id, start, end)
    if not reports:
        said = translate(
            "cli",
            "No meeting of {group} from {start} to {end} was timed: the timer's phase log "
            "is what this export reads. Nothing was written.",
        )
        words = fill(said, group=group.name, start=start.isoformat(), end=end.isoformat())
        raise CliError(words, EXIT_PROBLEMS)
    text = timing_csv(reports)
    if target is None:
        write_stdout(text)
        return EXIT_OK
    write_export(target, text)  # atomic, with the byte-order mark Excel needs for accents
    rows = sum(len(report.phases) for report in reports)
    said = translate(
        "cli",
        "Wrote %n row(s) ({meetings} of {group}, {start} to {end}) to {path}.",
        None,
        rows,
    )
    print(
        fill(
            said,
            meetings=translate("cli", "%n timed meeting(s)", None, len(reports)),
            group=group.name,
            start=start.isoformat(),
            end=end.isoformat(),
            path=target,
        )
    )
    return EXIT_OK
