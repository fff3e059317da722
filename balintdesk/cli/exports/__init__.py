"""`balintdesk export …`: the CPD record, the leader log, the printable rota, the calendar
and the attendance CSV, written from the command line.

This module registers the export subcommands and runs each one. The checks of the
arguments every export shares (group, member, period, output file) are in `arguments`;
each export's own work is in a module beside it, imported only when that export runs:
`records` (cpd, attendance), `certificate` (certificate), `leader_log` (leader-log),
`rota` (rota, ics), `timing` (timing).
The PDF exports load Qt's GUI library (offscreen, no window) for Qt's PDF writer; the CSV
and calendar exports do not.

Bad arguments (an unknown group or member, a period whose start is after its end, a
folder that is not there) get one line on stderr and a non-zero exit, and no file is
written: every check runs before anything is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import Handler
from balintdesk.i18n import translate


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[later],
        help=translate(
            "cli",
            "write a certificate or CPD record, leader log, printable rota, calendar, or "
            "attendance or timing CSV",
        ),
    )
    kinds = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)

    certificate = kinds.add_parser(
        "certificate",
        parents=[later],
        help=translate(
            "cli", "a member's certificate of attendance: German, UK CPD or Dutch (PDF)"
        ),
        description=translate(
            "cli",
            "--kind de: the German Teilnahmebescheinigung (in German), with the rule it "
            "counts toward; --kind uk: the UK CPD record, as export cpd writes it; --kind "
            "nl: the Dutch certificate with accreditation points (in Dutch).",
        ),
    )
    certificate.add_argument("--group", required=True, metavar="NAME")
    certificate.add_argument("--member", required=True, metavar="NAME")
    _period_arguments(certificate, required=True)
    certificate.add_argument("--kind", required=True, choices=("de", "uk", "nl"))
    certificate.add_argument("--out", required=True, metavar="FILE.pdf")
    certificate.add_argument(
        "--rule",
        metavar="RULE",
        help=translate("cli", "the rule it counts toward (default: the member's own)"),
    )

    cpd = kinds.add_parser(
        "cpd",
        parents=[later],
        help=translate("cli", "a member's CPD attendance record for appraisal (PDF)"),
        description=translate(
            "cli",
            "The meetings the member attended in the period, with their length and the "
            "member's part, total hours and a line for the leader's signature.",
        ),
    )
    cpd.add_argument("--group", required=True, metavar="NAME")
    cpd.add_argument("--member", required=True, metavar="NAME")
    _period_arguments(cpd, required=True)
    cpd.add_argument("--out", required=True, metavar="FILE.pdf")

    rota = kinds.add_parser(
        "rota",
        parents=[later],
        help=translate("cli", "the printable rota for a noticeboard (PDF, A4)"),
    )
    rota.add_argument("--group", required=True, metavar="NAME")
    rota.add_argument(
        "--next", default="12", metavar="N", help=translate("cli", "how many meetings (12)")
    )
    rota.add_argument("--out", required=True, metavar="FILE.pdf")

    ics = kinds.add_parser(
        "ics",
        parents=[later],
        help=translate("cli", "the group's upcoming meetings as a calendar file (.ics)"),
        description=translate(
            "cli",
            "Importing the file again updates the same events rather than adding copies; "
            "cancelled meetings are marked cancelled.",
        ),
    )
    ics.add_argument("--group", required=True, metavar="NAME")
    ics.add_argument("--out", metavar="FILE.ics", help=_to_stdout())

    attendance = kinds.add_parser(
        "attendance",
        parents=[later],
        help=translate("cli", "attendance in a period as CSV, one row per member per meeting"),
    )
    attendance.add_argument("--group", required=True, metavar="NAME")
    _period_arguments(attendance, required=True)
    attendance.add_argument("--out", metavar="FILE.csv", help=_to_stdout())

    timing = kinds.add_parser(
        "timing",
        parents=[later],
        help=translate("cli", "how the time went in the timed meetings, as CSV, one row per phase"),
        description=translate(
            "cli",
            "Each phase's planned and actual minutes, the difference, and how long the "
            "timer stood still, for every meeting of the period whose timer ran.",
        ),
    )
    timing.add_argument("--group", required=True, metavar="NAME")
    _period_arguments(timing, required=True)
    timing.add_argument("--out", metavar="FILE.csv", help=_to_stdout())

    leader_log = kinds.add_parser(
        "leader-log",
        parents=[later],
        help=translate(
            "cli", "a leader's log for accreditation (PDF or CSV, by the file's ending)"
        ),
        description=translate(
            "cli",
            "Sessions attended as a member, led and co-led, and the entries the leader "
            "added by hand (supervision, training, society events).",
        ),
    )
    leader_log.add_argument(
        "--group",
        metavar="NAME",
        help=translate("cli", "needed only when two groups have a member of that name"),
    )
    leader_log.add_argument("--member", required=True, metavar="NAME")
    _period_arguments(leader_log, required=True)
    leader_log.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv")


def _to_stdout() -> str:
    return translate("cli", "the file to write (default: stdout)")


def _period_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--from", dest="start", required=required, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=required, metavar="YYYY-MM-DD")


# --- dispatch ------------------------------------------------------------------------------


# Each export's module is imported when that export runs (the PDF ones load Qt). Plain
# import statements, not importlib: PyInstaller finds modules by reading them, and a
# module named only in a string would be missing from the installed app.
def _cpd(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    from balintdesk.cli.exports.records import export_cpd

    return export_cpd(args, db, data_dir)


def _certificate(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    from balintdesk.cli.exports.certificate import export_certificate

    return export_certificate(args, db, data_dir)


def _attendance(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    from balintdesk.cli.exports.records import export_attendance

    return export_attendance(args, db, data_dir)


def _leader_log(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    from balintdesk.cli.exports.leader_log import export_leader_log

    return export_leader_log(args, db, data_dir)


def _timing(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    from balintdesk.cli.exports.timing import export_timing

    return export_timing(args, db, data_dir)


def _rota(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    from balintdesk.cli.exports.rota import export_rota

    return export_rota(args, db, data_dir)


def _ics(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    from balintdesk.cli.exports.rota import export_ics

    return export_ics(args, db, data_dir)


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("export", "cpd"): _cpd,
    ("export", "certificate"): _certificate,
    ("export", "attendance"): _attendance,
    ("export", "leader-log"): _leader_log,
    ("export", "timing"): _timing,
    ("export", "rota"): _rota,
    ("export", "ics"): _ics,
}
