"""The admin subcommands: roster import and export, backup, check.

The meeting subcommands (group set, rota, history import) are in `meetings.py`, the
exports (`export cpd|rota|ics|attendance|leader-log`) in the `exports` package.

No Qt here, nor in anything this imports: `balintdesk roster import …` must start in a
blink on the meeting-room PC, and `tests/cli/test_cli.py` checks PySide6 stays unloaded.
`app.py` parses the arguments with `parse_args` and hands a subcommand to `run`; with no
subcommand it opens the window.

Exit status: 0 done; 1 the input or the data has problems (each one printed);
2 the command cannot run as asked (no such file or group, unusable folder).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from balintdesk import APP_NAME, __version__, paths
from balintdesk.domain.group import MeetingPattern, validate_group
from balintdesk.domain.localzone import local_timezone_name
from balintdesk.domain.roster_csv import parse_roster_csv
from balintdesk.fileio import write_text_atomic
from balintdesk.store.check import run_checks
from balintdesk.store.db import (
    BackupError,
    backup_to,
    close_database,
    new_backup_path,
    open_database,
)
from balintdesk.store.migrations import LATEST_VERSION, NewerDatabaseError
from balintdesk.store.models import Group, Member, database_proxy
from balintdesk.store.roster import (
    ValidationError,
    create_group,
    find_group,
    list_groups,
    list_members,
)
from balintdesk.store.roster_import import (
    RosterImportError,
    apply_roster_import,
    export_roster_csv,
    plan_roster_import,
)

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
# A roster is a few kilobytes; anything this big is the wrong file, and reading it all
# into memory first would only make the mistake slow.
MAX_CSV_BYTES = 5 * 1024 * 1024


class CliError(Exception):
    """Something the user can fix; the message is the one line printed, without traceback."""

    def __init__(self, message: str, status: int = EXIT_USAGE):
        super().__init__(message)
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="balintdesk",
        description=f"{APP_NAME}: roster, rota, phase timer and private notes for a "
        "Balint group. Run without a command to open the window.",
    )
    data_dir_help = (
        f"the data folder (default: ${paths.DATA_DIR_ENV}, else the user's data folder); "
        "created if missing"
    )
    parser.add_argument("--data-dir", metavar="DIR", default=None, help=data_dir_help)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder and exit (--out FILE: also write "
        "the report there)",
    )
    # Also accepted after the subcommand; SUPPRESS keeps a subcommand that was not given
    # --data-dir from overwriting the one given before it with None.
    later = argparse.ArgumentParser(add_help=False)
    later.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    roster = commands.add_parser("roster", parents=[later], help="import or export members")
    actions = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        parents=[later],
        help="add or update a group's members from a CSV file",
        description="Columns: name (required), role, leader, email, joined. A member already "
        "in the group (same name, any case or spacing) is updated. If any row is wrong, "
        "nothing is imported.",
    )
    importing.add_argument("file", metavar="FILE.csv")
    importing.add_argument(
        "--group", required=True, metavar="NAME", help="the group; created if it does not exist"
    )
    exporting = actions.add_parser("export", parents=[later], help="write a group's members as CSV")
    exporting.add_argument("--group", required=True, metavar="NAME")
    exporting.add_argument("--out", metavar="FILE", help="the file to write (default: stdout)")
    exporting.add_argument(
        "--include-archived", action="store_true", help="also export archived members"
    )
    backup = commands.add_parser("backup", parents=[later], help="copy the database")
    backup.add_argument(
        "dest",
        nargs="?",
        metavar="DEST",
        help="a file to create or an existing folder (default: the data folder's backups)",
    )
    commands.add_parser("check", parents=[later], help="check the database for problems")
    # Imported here, not at the top: meetings builds on this module's helpers.
    from balintdesk.cli import exports, meetings

    meetings.add_commands(commands, later)
    exports.add_commands(commands, later)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments; `command` is None when the window should open."""
    return build_parser().parse_args(argv)


# --- helpers --------------------------------------------------------------------------


def read_csv_file(name: str) -> bytes:
    path = Path(name).expanduser()
    if path.is_dir():
        raise CliError(f"{path} is a folder; name the CSV file inside it.")
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise CliError(f"{path} is larger than 5 MB, too big to import; check the file.")
        return path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"There is no file at {path}.") from None
    except PermissionError:
        raise CliError(
            f"{APP_NAME} is not allowed to read {path}; check its permissions."
        ) from None
    except OSError as exc:
        raise CliError(f"{path} cannot be read: {exc.strerror or exc}.") from None


def existing_group(name: str) -> Group:
    group = find_group(name)
    if group is None:
        known = ", ".join(f"“{g.name}”" for g in list_groups())
        hint = f"the groups are {known}" if known else "there are no groups yet"
        raise CliError(f"There is no group called “{' '.join(name.split())}”; {hint}.")
    return group


def _write_export(target: Path, text: str) -> None:
    if target.is_dir():
        raise CliError(f"{target} is a folder; name a file to write, such as roster.csv.")
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    try:
        # The byte-order mark makes Excel read the file as UTF-8: without it, a name such
        # as "Siobhán" opens as "SiobhÃ¡n". Our reader accepts it either way.
        write_text_atomic(target, text, encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"{target} cannot be written: {exc.strerror or exc}.") from None


def write_stdout(text: str) -> None:
    # As UTF-8 bytes, so the CRLFs are not doubled on Windows and no console code page
    # mangles a name on its way into a pipe or a redirected file.
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


# --- subcommands ----------------------------------------------------------------------


def _roster_import(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    parsed = parse_roster_csv(read_csv_file(args.file))
    group = find_group(args.group)
    pattern = MeetingPattern(timezone=local_timezone_name())  # used only for a new group
    if group is None:
        problems = validate_group(args.group, pattern, {g.name.casefold() for g in list_groups()})
        if problems:
            raise CliError(" ".join(problems.values()))
    plan = plan_roster_import(group.id if group is not None else None, parsed)
    if not plan.ok:
        for error in plan.errors:
            print(error, file=sys.stderr)
        print("Nothing was imported; correct the lines above and try again.", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        # One transaction for the new group and its members: a refused import leaves
        # no empty group behind.
        with database_proxy.atomic("IMMEDIATE"):
            if group is None:
                group = create_group(args.group, pattern)
            result = apply_roster_import(group.id, plan)
    except RosterImportError as exc:
        for message in exc.messages:
            print(message, file=sys.stderr)
        return EXIT_PROBLEMS
    except ValidationError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    print(
        f"Added {result.added}, updated {result.updated}, unchanged {result.unchanged} "
        f"members of {group.name}."
    )
    return EXIT_OK


def _roster_export(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    text = export_roster_csv(group.id, include_archived=args.include_archived)
    if args.out is None:
        write_stdout(text)
    else:
        target = Path(args.out).expanduser()
        _write_export(target, text)
        rows = len(list_members(group.id, include_archived=args.include_archived))
        print(f"Wrote {rows} member{'s' if rows != 1 else ''} of {group.name} to {target}.")
    return EXIT_OK


def _backup(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    if args.dest is None:
        dest = new_backup_path(paths.backups_dir(data_dir), "manual")
    else:
        dest = Path(args.dest).expanduser()
        if dest.is_dir():
            dest = new_backup_path(dest, "manual")
        elif args.dest.endswith(("/", os.sep)):
            raise CliError(f"The folder {dest} does not exist.")
        elif dest.exists():
            # Never overwrite: the file could be another backup, or the live database.
            raise CliError(f"{dest} already exists; name a new file or a folder.")
        elif not dest.parent.is_dir():
            raise CliError(f"The folder {dest.parent} does not exist.")
    try:
        made = backup_to(db, dest)
    except BackupError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    print(made)
    return EXIT_OK


def _check(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    problems = run_checks(db)
    for problem in problems:
        print(problem)
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
        return EXIT_PROBLEMS
    groups, members = Group.select().count(), Member.select().count()
    print(
        f"OK: {groups} group{'s' if groups != 1 else ''}, {members} "
        f"member{'s' if members != 1 else ''}, schema version {LATEST_VERSION}; no problems found."
    )
    return EXIT_OK


_COMMANDS = {
    ("roster", "import"): _roster_import,
    ("roster", "export"): _roster_export,
    ("backup", None): _backup,
    ("check", None): _check,
}


def run(args: argparse.Namespace) -> int:
    """Run the subcommand in `args` against the data folder; returns the exit status."""
    from balintdesk.cli.exports import COMMANDS as EXPORT_COMMANDS
    from balintdesk.cli.meetings import COMMANDS as MEETING_COMMANDS

    action = getattr(args, f"{args.command}_command", None) if args.command else None
    handler = (_COMMANDS | MEETING_COMMANDS | EXPORT_COMMANDS).get((args.command, action))
    if handler is None:
        print("No command was given; run “balintdesk --help” to see them.", file=sys.stderr)
        return EXIT_USAGE
    try:
        data_dir = paths.resolve_data_dir(args.data_dir)
    except OSError as exc:
        print(f"The data folder cannot be used: {exc.strerror or exc}.", file=sys.stderr)
        return EXIT_USAGE
    database = paths.database_path(data_dir)
    try:
        db = open_database(database, paths.backups_dir(data_dir))
    except (NewerDatabaseError, BackupError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except (DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        print(f"The database {database} cannot be opened: {exc}.", file=sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args, db, data_dir)
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.status
    finally:
        # A failed checkpoint (another process holds the database) loses nothing.
        with contextlib.suppress(DatabaseError):
            close_database(db)


def main(argv: list[str] | None = None) -> int:
    """Parse and run; argparse's own exits (--help, --version, bad usage) become a status."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:
        if exc.code is None:
            return EXIT_OK
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return run(args)
