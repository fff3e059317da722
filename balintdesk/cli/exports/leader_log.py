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

from balintdesk.cli.common import EXIT_OK, CliError
from balintdesk.cli.exports.arguments import existing_member, group_of, output_file, period
from balintdesk.domain.leader_log import hours
from balintdesk.exports.pdf_parts import plural
from balintdesk.store.leader_log import keeps_leader_log, leader_log


def export_leader_log(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    start, end = period(args)
    member = existing_member(args.member, group_of(args))
    target = output_file(args.out, (".pdf", ".csv"))
    if not keeps_leader_log(member.id):
        raise CliError(
            f"{member.name} is not a leader, so has no leader log; mark them as a leader "
            "on the Roster page, or ask for their CPD record (export cpd)."
        )
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
        raise CliError(f"{target} cannot be written: {exc.strerror or exc}.") from None
    total = hours(record.total_minutes)
    parts = [
        plural(len(record.sessions), "session", "sessions"),
        plural(len(record.entries), "entry", "entries"),
        f"{total} hour{'' if total == '1' else 's'}",
    ]
    if pages is not None:
        parts.append(plural(pages, "page", "pages"))
    print(f"Wrote the leader log of {member.name} ({', '.join(parts)}) to {target}.")
    return EXIT_OK
