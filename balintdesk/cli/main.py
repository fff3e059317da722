"""The command line's parser and dispatch: `parse_args`, `run` and `main`.

Each area's subcommands are in a module beside this one: roster import and export in
`roster.py`; a member's numbers (`member set|show`) in `members.py`; backup and check in
`database.py`; group set, rota and history import in `meetings.py`; the exports
(`export cpd|certificate|rota|ics|attendance|leader-log|timing`) in the `exports` package;
`requirements` and `rules list|set` in `requirements.py`; `programme` (every group and
member against the programme's rule) in `programme.py`. What they share (exit codes,
`CliError`, output) is in `common.py`.

No Qt here, nor in anything this imports: `balintdesk roster import …` must start in a
blink on the meeting-room PC, and `tests/cli/test_cli.py` checks PySide6 stays unloaded.
`app.py` parses the arguments with `parse_args` and hands a subcommand to `run`; with no
subcommand it opens the window.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys

from peewee import DatabaseError

from balintdesk import APP_NAME, __version__, paths
from balintdesk.cli import (
    argparse_words,
    database,
    exports,
    meetings,
    members,
    programme,
    requirements,
    roster,
    server_connect,
)
from balintdesk.cli import server as db_commands  # `balintdesk db …`
from balintdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliError,
    Handler,
    os_reason,
    own_file_sentence,
    storage_sentence,
)
from balintdesk.fileio import OwnFileError
from balintdesk.i18n import fill, server_words, shown, translate
from balintdesk.store.db import BackupError, close_database, open_database
from balintdesk.store.errors import StorageError, storage_trouble
from balintdesk.store.migrations import NewerDatabaseError
from balintdesk.store.server import refused_by_server
from balintdesk.store.soundness import DamagedDatabaseError, is_damage

COMMANDS: dict[tuple[str, str | None], Handler] = (
    roster.COMMANDS
    | members.COMMANDS
    | database.COMMANDS
    | meetings.COMMANDS
    | exports.COMMANDS
    | requirements.COMMANDS
    | programme.COMMANDS
    | db_commands.COMMANDS
)


def build_parser() -> argparse.ArgumentParser:
    argparse_words.install()  # before the parser is made: it words its -h/--help then
    parser = argparse.ArgumentParser(
        prog="balintdesk",
        description=translate(
            "cli",
            "BalintDesk: roster, rota, phase timer and private notes for a Balint group. "
            "Run without a command to open the window.",
        ),
    )
    data_dir_help = fill(
        translate(
            "cli",
            "the data folder (default: {variable}, else the user's data folder); "
            "created if missing",
        ),
        variable="$" + paths.DATA_DIR_ENV,
    )
    parser.add_argument("--data-dir", metavar="DIR", default=None, help=data_dir_help)
    database_help = server_connect.database_help()
    parser.add_argument("--database", metavar="URL", default=None, help=database_help)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    # Read before this parser (app.take_language_argument), so it may come anywhere; here
    # for --help.
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=translate(
            "cli",
            "the language for the window and the command line: en, de, fr, nl or it "
            "(default: $BALINTDESK_LANGUAGE, else the one chosen in Settings, else the "
            "computer's)",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli",
            "check this installation in a temporary folder and exit (--out FILE: also "
            "write the report there)",
        ),
    )
    # Also accepted after the subcommand; SUPPRESS keeps a subcommand that was not given
    # --data-dir from overwriting the one given before it with None.
    later = argparse.ArgumentParser(add_help=False)
    later.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)
    later.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=database_help)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In this order in --help: roster, member, backup, check, group, rota, history, export,
    # requirements, rules, programme, db.
    roster.add_commands(commands, later)
    members.add_commands(commands, later)
    database.add_commands(commands, later)
    meetings.add_commands(commands, later)
    exports.add_commands(commands, later)
    requirements.add_commands(commands, later)
    programme.add_commands(commands, later)
    db_commands.add_commands(commands, later)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments; `command` is None when the window should open."""
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run the subcommand in `args` against the data folder; returns the exit status."""
    action = getattr(args, f"{args.command}_command", None) if args.command else None
    handler = COMMANDS.get((args.command, action))
    if handler is None:
        said = translate("cli", "No command was given; run “balintdesk --help” to see them.")
        print(said, file=sys.stderr)
        return EXIT_USAGE
    if args.command == db_commands.COMMAND:  # on the server: no local database opened
        return db_commands.run(handler, args)
    try:
        data_dir = paths.resolve_data_dir(args.data_dir)
    except OSError as exc:
        said = translate("cli", "The data folder cannot be used: {reason}.")
        print(fill(said, reason=os_reason(exc)), file=sys.stderr)
        return EXIT_USAGE
    database_file = paths.database_path(data_dir)
    try:
        server = server_connect.chosen_server(getattr(args, "database", None), data_dir)
        if server is not None:  # the practice's server; the notes' file stays here
            db = server_connect.open_server_database(server, data_dir)
        else:
            db = open_database(database_file, paths.backups_dir(data_dir))
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.status
    except DamagedDatabaseError as exc:
        print(database.damage_sentence(exc, data_dir), file=sys.stderr)
        return EXIT_PROBLEMS
    except (NewerDatabaseError, BackupError) as exc:
        print(shown(exc), file=sys.stderr)
        return EXIT_USAGE
    except (DatabaseError, sqlite3.DatabaseError, OSError, StorageError) as exc:
        trouble = storage_trouble(exc, data_dir)
        if trouble is not None:
            print(storage_sentence(trouble, data_dir), file=sys.stderr)
        else:
            said = translate("cli", "The database {path} cannot be opened: {reason}.")
            print(fill(said, path=database_file, reason=str(exc)), file=sys.stderr)
        return EXIT_USAGE
    try:
        status = handler(args, db, data_dir)
        sys.stdout.flush()  # a closed pipe shows here, where it is handled, not at exit
        return status
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.status
    except OwnFileError as exc:  # a writer's own guard, should a command not check first
        print(own_file_sentence(exc), file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # `balintdesk rules list | head`: the reader went away, which is no fault. As the
        # Python docs' "Note on SIGPIPE" (library/signal.html) advises, point stdout at
        # devnull so the flush at exit cannot raise again, and stop quietly.
        _quiet_stdout()
        return EXIT_PROBLEMS
    except (DatabaseError, sqlite3.Error, OSError, StorageError) as exc:
        if is_damage(exc):
            # Damage the quick check on opening did not reach (it skips the indices'
            # contents) shows only when a command reads that page.
            damaged = DamagedDatabaseError(database_file, str(exc))
            print(database.damage_sentence(damaged, data_dir), file=sys.stderr)
            return EXIT_PROBLEMS
        if server_connect.connection_lost(db, exc):
            print(server_connect.lost_sentence(), file=sys.stderr)
            return EXIT_USAGE
        if getattr(db, "is_server", False) and refused_by_server(exc):
            print(server_words.refused_sentence(), file=sys.stderr)
            return EXIT_USAGE
        # A full disk or a read-only folder found while the command wrote: a sentence,
        # not a traceback. Anything else is a bug, and its traceback is wanted.
        trouble = storage_trouble(exc, data_dir)
        if trouble is None:
            raise
        print(storage_sentence(trouble, data_dir), file=sys.stderr)
        return EXIT_USAGE
    finally:
        # A failed checkpoint (another process holds the database) loses nothing.
        with contextlib.suppress(DatabaseError):
            close_database(db)


def _quiet_stdout() -> None:
    with contextlib.suppress(AttributeError, OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Parse and run; argparse's own exits (--help, --version, bad usage) become a status."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:
        if exc.code is None:
            return EXIT_OK
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return run(args)
