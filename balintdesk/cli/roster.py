"""`balintdesk roster import` (members from a CSV file) and `balintdesk roster export`
(a group's members as CSV)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CliError,
    Handler,
    add_encoding_option,
    encoding_option,
    existing_group,
    nothing_imported,
    read_csv_file,
    say_how_read,
    write_export,
    write_stdout,
)
from balintdesk.domain.group import MeetingPattern, group_problems
from balintdesk.domain.localzone import local_timezone_name
from balintdesk.domain.roster_csv import ParsedRoster, parse_roster_csv
from balintdesk.i18n import fill, shown, translate
from balintdesk.store.models import Group, database_proxy
from balintdesk.store.roster import (
    ValidationError,
    create_group,
    find_group,
    list_groups,
    list_members,
)
from balintdesk.store.roster_import import (
    ImportResult,
    RosterImportError,
    apply_roster_import,
    export_roster_csv,
    plan_roster_import,
)


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    roster = commands.add_parser(
        "roster", parents=[later], help=translate("cli", "import or export members")
    )
    actions = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        parents=[later],
        help=translate("cli", "add or update a group's members from a CSV file"),
        description=translate(
            "cli",
            "Columns: name (required), role, leader, email, joined, separated by commas, "
            "semicolons or tabs. A member already in the group (same name, any case, "
            "spacing, invisible or look-alike characters) is updated. If any row is wrong, "
            "nothing is imported.",
        ),
    )
    importing.add_argument("file", metavar="FILE.csv")
    importing.add_argument(
        "--group",
        required=True,
        metavar="NAME",
        help=translate("cli", "the group; created if it does not exist"),
    )
    add_encoding_option(importing)
    exporting = actions.add_parser(
        "export", parents=[later], help=translate("cli", "write a group's members as CSV")
    )
    exporting.add_argument("--group", required=True, metavar="NAME")
    exporting.add_argument(
        "--out", metavar="FILE", help=translate("cli", "the file to write (default: stdout)")
    )
    exporting.add_argument(
        "--include-archived",
        action="store_true",
        help=translate("cli", "also export archived members"),
    )


def _roster_import(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    parsed = parse_roster_csv(read_csv_file(args.file), encoding_option(args.encoding))
    try:
        # One transaction from looking the group up to the last member: a refused import
        # leaves no empty group behind, and two imports into the same new group started
        # together take turns, so the second finds the group the first made.
        with database_proxy.atomic("IMMEDIATE"):
            outcome = _import_in_turn(args, parsed)
    except RosterImportError as exc:
        say_how_read(args.file, parsed.source, args.encoding is not None, sys.stderr)
        for message in exc.messages:
            print(shown(message), file=sys.stderr)
        return EXIT_PROBLEMS
    except ValidationError as exc:
        raise CliError(shown(exc), EXIT_PROBLEMS) from None
    if outcome is None:
        print(nothing_imported(), file=sys.stderr)
        return EXIT_PROBLEMS
    group, result = outcome
    say_how_read(args.file, parsed.source, args.encoding is not None)
    said = translate(
        "cli", "Added {added}, updated {updated}, unchanged {unchanged} members of {group}."
    )
    print(
        fill(
            said,
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
            group=group.name,
        )
    )
    return EXIT_OK


def _import_in_turn(
    args: argparse.Namespace, parsed: ParsedRoster
) -> tuple[Group, ImportResult] | None:
    """The import, inside the caller's transaction; None (after printing each problem)
    when the file has errors."""
    group = find_group(args.group)
    pattern = MeetingPattern(timezone=local_timezone_name())  # used only for a new group
    if group is None:
        problems = group_problems(args.group, pattern, {g.name.casefold() for g in list_groups()})
        if problems:
            raise CliError(" ".join(shown(problem) for problem in problems.values()))
    plan = plan_roster_import(group.id if group is not None else None, parsed)
    if not plan.ok:
        say_how_read(args.file, parsed.source, args.encoding is not None, sys.stderr)
        for error in plan.errors:
            print(shown(error), file=sys.stderr)
        return None
    if group is None:
        group = create_group(args.group, pattern)
    return group, apply_roster_import(group.id, plan)


def _roster_export(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    text = export_roster_csv(group.id, include_archived=args.include_archived)
    if args.out is None:
        write_stdout(text)
    else:
        target = Path(args.out).expanduser()
        write_export(target, text)
        rows = len(list_members(group.id, include_archived=args.include_archived))
        said = translate("cli", "Wrote %n member(s) of {group} to {path}.", None, rows)
        print(fill(said, group=group.name, path=target))
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("roster", "import"): _roster_import,
    ("roster", "export"): _roster_export,
}
