"""The meeting subcommands: `group set`, `rota` and `history import`.

Registered by `main.build_parser`; like the rest of the command line, nothing here loads
Qt. Option values are read here rather than by argparse `choices`/`type`, so that a bad
value gets one sentence (argparse prints a usage block first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import replace
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
    read_csv_file,
    say_how_read,
    write_stdout,
)
from balintdesk.domain.csv_cells import csv_text
from balintdesk.domain.dates import short_date
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.domain.localzone import local_timezone_name
from balintdesk.domain.roster import parse_date
from balintdesk.domain.rota import MeetingPlan, Suggestion
from balintdesk.store import rota
from balintdesk.store.history_import import (
    HistoryImportError,
    apply_history_import,
    plan_history_import,
)
from balintdesk.store.meetings import next_meeting, set_rota_options
from balintdesk.store.models import Group, database_proxy
from balintdesk.store.roster import ValidationError, create_group, find_group
from balintdesk.store.schedule import set_first_date, update_group

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
MAX_NEXT = 52
CSV_COLUMNS = ("date", "presenter", "reserve", "reason")


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    group = commands.add_parser("group", parents=[later], help="set when a group meets")
    actions = group.add_subparsers(dest="group_command", metavar="ACTION", required=True)
    setting = actions.add_parser(
        "set",
        parents=[later],
        help="set a group's meeting pattern, creating the group if needed",
        description="A new group needs --every, --weekday, --time and --length; for an "
        "existing group, what is left out stays as it is.",
    )
    setting.add_argument("--group", required=True, metavar="NAME")
    setting.add_argument("--every", metavar="weekly|fortnightly|monthly")
    setting.add_argument("--weekday", metavar="mon..sun")
    setting.add_argument("--time", metavar="HH:MM", help="start time, on the local clock")
    setting.add_argument("--length", metavar="MINUTES")
    setting.add_argument("--room", metavar="TEXT")
    setting.add_argument("--from", dest="first_date", metavar="YYYY-MM-DD", help="first meeting")
    setting.add_argument("--presenters", metavar="1|2", help="cases presented at a meeting")
    setting.add_argument("--week", metavar="N", help="monthly: which week, 1-4 or last")

    showing = commands.add_parser("rota", parents=[later], help="who is due to present next")
    showing.add_argument("--group", required=True, metavar="NAME")
    showing.add_argument("--next", default="12", metavar="N", help="how many meetings (12)")
    showing.add_argument("--format", default="text", metavar="text|csv")

    history = commands.add_parser("history", parents=[later], help="import past attendance")
    history_actions = history.add_subparsers(
        dest="history_command", metavar="ACTION", required=True
    )
    importing = history_actions.add_parser(
        "import",
        parents=[later],
        help="record past meetings and planned apologies from a CSV file",
        description="Columns: date (2024-09-03, or day first: 03.09.2024, 03/09/2024), name, "
        "status (present, apologies or absent), presented (yes or no), separated by commas, "
        "semicolons or tabs. Names must be members of the group (any case, spacing, "
        "invisible or look-alike characters). If any row is wrong, nothing is imported.",
    )
    importing.add_argument("file", metavar="FILE.csv")
    importing.add_argument("--group", required=True, metavar="NAME")
    add_encoding_option(importing)


# --- reading option values ---------------------------------------------------------------


def _frequency(text: str) -> Frequency:
    try:
        return Frequency(text.strip().casefold())
    except ValueError:
        raise CliError(f"--every “{text}” should be weekly, fortnightly or monthly.") from None


def _weekday(text: str) -> int:
    word = text.strip().casefold().rstrip(".")
    for index, name in enumerate(_DAY_NAMES):
        if len(word) >= 3 and name.startswith(word):  # mon, tues, thurs, friday
            return index
    raise CliError(f"--weekday “{text}” should be a day of the week: mon, tue, … sun.")


def _start(text: str) -> dt.time:
    match = _TIME.match(text.strip())
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return dt.time(int(match[1]), int(match[2]))
    raise CliError(f"--time “{text}” should be a time of day such as 12:30.")


def _whole_number(option: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise CliError(f"{option} “{text}” should be a whole number from {low} to {high}.")
    return value


def _week(text: str) -> int:
    if text.strip().casefold() in ("last", "-1"):
        return -1
    return _whole_number("--week", text, 1, 4)


def _first_date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise CliError(f"--from: {exc}") from None


# --- group set ------------------------------------------------------------------------


def _group_set(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    # One turn from looking the group up to saving it: two `group set` for a new group
    # started together would otherwise both find none and both create it.
    with database_proxy.atomic("IMMEDIATE"):
        group = _set_group(args)
    cases = "one case" if group.presenters_per_meeting == 1 else "two cases"
    print(f"{group.name}: {group.pattern.describe()}; {cases} a meeting.")
    coming = next_meeting(group.id)
    if coming is not None:
        print(f"Next meeting: {short_date(coming.local_date)}.")
    return EXIT_OK


def _set_group(args: argparse.Namespace) -> Group:
    """The group named by --group, created or changed as the options say."""
    group = find_group(args.group)
    given = {"--every": args.every, "--weekday": args.weekday, "--time": args.time}
    given["--length"] = args.length
    missing = [option for option, value in given.items() if value is None]
    if group is None and missing:
        raise CliError(
            "A new group needs --every, --weekday, --time and --length; "
            f"missing: {', '.join(missing)}."
        )
    pattern = group.pattern if group is not None else MeetingPattern(timezone=local_timezone_name())
    if args.every is not None:
        pattern = replace(pattern, frequency=_frequency(args.every))
    if args.weekday is not None:
        pattern = replace(pattern, weekday=_weekday(args.weekday))
    if args.time is not None:
        pattern = replace(pattern, start=_start(args.time))
    if args.length is not None:
        pattern = replace(pattern, length_minutes=_whole_number("--length", args.length, 1, 1440))
    if args.room is not None:
        pattern = replace(pattern, room=args.room)
    if args.week is not None:
        if pattern.frequency is not Frequency.MONTHLY:
            raise CliError("--week is only for a group that meets monthly (--every monthly).")
        pattern = replace(pattern, week_of_month=_week(args.week))
    presenters = (
        None if args.presenters is None else _whole_number("--presenters", args.presenters, 1, 2)
    )
    first = None if args.first_date is None else _first_date(args.first_date)
    try:
        # One savepoint: a refused value leaves no half-set group behind.
        with database_proxy.atomic():
            if group is None:
                group = create_group(args.group, pattern)
            else:
                group = update_group(group.id, group.name, pattern)
            if first is not None:
                group = set_first_date(group.id, first)  # checks the date, too
            if presenters is not None:
                group = set_rota_options(group.id, presenters, group.leaders_may_present)
    except ValidationError as exc:
        raise CliError(" ".join(exc.errors.values()), EXIT_PROBLEMS) from None
    return group


# --- rota --------------------------------------------------------------------------------


def _named(suggestion: Suggestion) -> str:
    return f"{suggestion.name} ({suggestion.reason})"


def rota_line(day: dt.date, meeting_plan: MeetingPlan) -> str:
    """One meeting of the rota as the text format prints it."""
    label = "Presenters" if len(meeting_plan.presenters) > 1 else "Presenter"
    who = "; ".join(_named(s) for s in meeting_plan.presenters) or "nobody eligible"
    reserve = _named(meeting_plan.reserve) if meeting_plan.reserve else "none"
    line = f"{short_date(day)}  {label}: {who}  Reserve: {reserve}"
    return f"{line}  Note: {meeting_plan.note}" if meeting_plan.note else line


def rota_csv(rows: list[tuple[dt.date, MeetingPlan]]) -> str:
    """The rota as CSV; a name a spreadsheet would run as a formula is text (`csv_cells`)."""
    lines = []
    for day, meeting_plan in rows:
        reasons = [s.reason for s in meeting_plan.presenters]
        if meeting_plan.note:
            reasons.append(meeting_plan.note)
        lines.append(
            [
                day.isoformat(),
                "; ".join(s.name for s in meeting_plan.presenters),
                meeting_plan.reserve.name if meeting_plan.reserve else "",
                "; ".join(reasons),
            ]
        )
    return csv_text(CSV_COLUMNS, lines)


def _rota(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    count = _whole_number("--next", args.next, 1, MAX_NEXT)
    form = args.format.strip().casefold()
    if form not in ("text", "csv"):
        raise CliError(f"--format “{args.format}” should be text or csv.")
    group = existing_group(args.group)
    rows = [(meeting.local_date, p) for meeting, p in rota.plan(group.id, count=count)]
    if form == "csv":
        write_stdout(rota_csv(rows))
    elif rows:
        write_stdout("".join(rota_line(day, p) + "\n" for day, p in rows))
    else:
        print(f"{group.name} has no meetings planned.", file=sys.stderr)
    return EXIT_OK


# --- history import -----------------------------------------------------------------------


def _history_import(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    parsed = parse_history_csv(read_csv_file(args.file), encoding_option(args.encoding))
    try:
        # Checked and written in one turn: an import that ran while this one waited would
        # otherwise make its plan stale ("the group's meetings changed") and refuse it.
        with database_proxy.atomic("IMMEDIATE"):
            group = existing_group(args.group)
            plan = plan_history_import(group.id, parsed)
            if not plan.ok:
                say_how_read(args.file, parsed.source, args.encoding is not None, sys.stderr)
                for error in plan.errors:
                    print(error, file=sys.stderr)
                print(
                    "Nothing was imported; correct the lines above and try again.",
                    file=sys.stderr,
                )
                return EXIT_PROBLEMS
            result = apply_history_import(group.id, plan)
    except HistoryImportError as exc:
        say_how_read(args.file, parsed.source, args.encoding is not None, sys.stderr)
        for message in exc.messages:
            print(message, file=sys.stderr)
        return EXIT_PROBLEMS
    meetings = f"{result.meetings_recorded} meeting{'s' if result.meetings_recorded != 1 else ''}"
    say_how_read(args.file, parsed.source, args.encoding is not None)
    print(
        f"Recorded {meetings} of {group.name} ({result.meetings_added} added); attendance: "
        f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged."
    )
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("group", "set"): _group_set,
    ("rota", None): _rota,
    ("history", "import"): _history_import,
}
