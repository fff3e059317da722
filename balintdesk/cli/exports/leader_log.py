"""`balintdesk export leader-log`: a leader's log for accreditation, PDF or CSV by the
ending of --out.

Every argument is checked before anything is written; a failure is one line and a
non-zero exit (see the package's docstring). Only the PDF loads Qt's GUI library
(offscreen, for Qt's PDF writer); the CSV needs no Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import EXIT_OK, CliError, cannot_write, hours_text
from balintdesk.cli.exports.arguments import existing_member, group_of, output_file, period
from balintdesk.i18n import fill, translate
from balintdesk.store.leader_log import keeps_leader_log, leader_log


def export_leader_log(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    start, end = period(args)
    member = existing_member(args.member, group_of(args))
    target = output_file(args.out, (".pdf", ".csv"))
    if not keeps_leader_log(member.id):
        said = translate(
            "cli",
            "{name} is not a leader, so has no leader log; mark them as a leader on the "
            "Roster page, or ask for their CPD record (export cpd).",
        )
        raise CliError(fill(said, name=member.name))
    record = leader_log(member.id, start, end)

    if target.suffix.lower() == ".csv":
        from balintdesk.exports.leader_log import write_leader_log_csv

        pages = None
        write = write_leader_log_csv
    else:
        # Only now: the checks above must answer in a blink, Qt's GUI library takes a moment.
        from balintdesk.exports.leader_log import write_leader_log_pdf
        from balintdesk.exports.pdf import ensure_gui_app

        ensure_gui_app()
        write = write_leader_log_pdf
    try:
        pages = write(record, target)
    except OSError as exc:
        raise CliError(cannot_write(target, exc)) from None
    parts = [
        translate("cli", "%n session(s)", None, len(record.sessions)),
        translate("cli", "%n entry/entries", None, len(record.entries)),
        hours_text(round(record.total_minutes / 60, 2)),
    ]
    if pages is not None:
        parts.append(translate("cli", "%n page(s)", None, pages))
    said = translate("cli", "Wrote the leader log of {name} ({parts}) to {path}.")
    print(fill(said, name=member.name, parts=", ".join(parts), path=target))
    return EXIT_OK
