"""`balintdesk export cpd` (a member's CPD record, PDF) and `balintdesk export attendance`
(the group's attendance in a period, CSV).

Every argument is checked before anything is written; a failure is one line and a
non-zero exit (see the package's docstring). The CPD record loads Qt's GUI library,
offscreen, for Qt's PDF writer; the attendance CSV needs no Qt and does not import it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import (
    EXIT_OK,
    CliError,
    cannot_write,
    existing_group,
    hours_text,
    write_export,
    write_stdout,
)
from balintdesk.cli.exports.arguments import existing_member, output_file, period
from balintdesk.domain.records import format_hours
from balintdesk.exports.attendance_csv import attendance_csv
from balintdesk.i18n import fill, translate
from balintdesk.store.reports import attendance_rows, cpd_record


def export_cpd(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    member = existing_member(args.member, group)
    start, end = period(args)
    target = output_file(args.out, (".pdf",))
    record = cpd_record(member.id, start, end)

    # Only now: the checks above must answer in a blink, Qt's GUI library takes a moment.
    from balintdesk.exports.cpd_pdf import write_cpd_pdf
    from balintdesk.exports.pdf import ensure_gui_app

    ensure_gui_app()
    try:
        pages = write_cpd_pdf(record, target)
    except OSError as exc:
        raise CliError(cannot_write(target, exc)) from None
    parts = [
        translate("cli", "%n meeting(s)", None, len(record.meetings)),
        hours_text(float(format_hours(record.hours))),
        translate("cli", "%n page(s)", None, pages),
    ]
    said = translate("cli", "Wrote the CPD record of {name} ({parts}) to {path}.")
    print(fill(said, name=member.name, parts=", ".join(parts), path=target))
    return EXIT_OK


def export_attendance(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    start, end = period(args)
    target = output_file(args.out, (".csv",)) if args.out is not None else None
    rows = attendance_rows(group.id, start, end)
    text = attendance_csv(rows)
    if target is None:
        write_stdout(text)
        return EXIT_OK
    write_export(target, text)  # atomic, with the byte-order mark Excel needs for accents
    meetings = len({(row.day, row.start) for row in rows})
    said = translate(
        "cli",
        "Wrote %n row(s) ({meetings} of {group}, {start} to {end}) to {path}.",
        None,
        len(rows),
    )
    print(
        fill(
            said,
            meetings=translate("cli", "%n meeting(s)", None, meetings),
            group=group.name,
            start=start.isoformat(),
            end=end.isoformat(),
            path=target,
        )
    )
    return EXIT_OK
