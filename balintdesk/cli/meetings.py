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
    nothing_imported,
    read_csv_file,
    say_how_read,
    write_stdout,
)
from balintdesk.domain.csv_cells import csv_text
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.domain.localzone import local_timezone_name
from balintdesk.domain.roster import parse_date
from balintdesk.domain.rota import MeetingPlan, Suggestion
from balintdesk.i18n import fill, sentences, shown, translate
from balintdesk.store import rota
from balintdesk.store.history_import import (
    HistoryImportError,
    apply_history_import,
    plan_history_import,
)
from balintdesk.store.meetings import (
    next_meeting,
    set_event_number,
    set_group_mode,
    set_rota_options,
)
from balintdesk.store.models import Group, MeetingMode, database_proxy
from balintdesk.store.roster import ValidationError, create_group, find_group
from balintdesk.store.schedule import set_first_date, update_group

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
MAX_NEXT = 52
CSV_COLUMNS = ("date", "presenter", "reserve", "reason")


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "group", parents=[later], help=translate("cli", "set when and how a group meets")
    )
    actions = group.add_subparsers(dest="group_command", metavar="ACTION", required=True)
    setting = actions.add_parser(
        "set",
        parents=[later],
        help=translate("cli", "set a group's meeting pattern, creating the group if needed"),
        description=translate(
            "cli",
            "A new group needs --every, --weekday, --time and --length; for an existing "
            "group, what is left out stays as it is.",
        ),
    )
    setting.add_argument("--group", required=True, metavar="NAME")
    setting.add_argument("--every", metavar="weekly|fortnightly|monthly")
    setting.add_argument("--weekday", metavar="mon..sun")
    setting.add_argument(
        "--time", metavar="HH:MM", help=translate("cli", "start time, on the local clock")
    )
    setting.add_argument("--length", metavar="MINUTES")
    setting.add_argument("--room", metavar="TEXT")
    setting.add_argument(
        "--from", dest="first_date", metavar="YYYY-MM-DD", help=translate("cli", "first meeting")
    )
    setting.add_argument(
        "--presenters", metavar="1|2", help=translate("cli", "cases presented at a meeting")
    )
    setting.add_argument(
        "--week", metavar="N", help=translate("cli", "monthly: which week, 1-4 or last")
    )
    setting.add_argument(
        "--mode",
        metavar="in-person|online|hybrid",
        help=translate("cli", "how the group usually meets; planned meetings follow"),
    )
    setting.add_argument(
        "--event-number",
        metavar="VNR",
        help=translate("cli", 'the CME event number (German VNR, 19 digits); "" clears it'),
    )

    showing = commands.add_parser(
        "rota", parents=[later], help=translate("cli", "who is due to present next")
    )
    showing.add_argument("--group", required=True, metavar="NAME")
    showing.add_argument(
        "--next", default="12", metavar="N", help=translate("cli", "how many meetings (12)")
    )
    showing.add_argument("--format", default="text", metavar="text|csv")

    history = commands.add_parser(
        "history", parents=[later], help=translate("cli", "import past attendance")
    )
    history_actions = history.add_subparsers(
        dest="history_command", metavar="ACTION", required=True
    )
    importing = history_actions.add_parser(
        "import",
        parents=[later],
        help=translate("cli", "record past meetings and planned apologies from a CSV file"),
        description=translate(
            "cli",
            "Columns: date (2024-09-03, or day first: 03.09.2024, 03/09/2024), name, "
            "status (present, apologies or absent), presented (yes or no), mode (in-person "
            "or online; optional), separated by commas, semicolons or tabs. Names must be "
            "members of the group (any case, spacing, invisible or look-alike characters). "
            "If any row is wrong, nothing is imported.",
        ),
    )
    importing.add_argument("file", metavar="FILE.csv")
    importing.add_argument("--group", required=True, metavar="NAME")
    add_encoding_option(importing)


# --- reading option values ---------------------------------------------------------------


def _frequency(text: str) -> Frequency:
    try:
        return Frequency(text.strip().casefold())
    except ValueError:
        said = translate("cli", "--every “{value}” should be weekly, fortnightly or monthly.")
        raise CliError(fill(said, value=text)) from None


def _weekday(text: str) -> int:
    word = text.strip().casefold().rstrip(".")
    for index, name in enumerate(_DAY_NAMES):
        if len(word) >= 3 and name.startswith(word):  # mon, tues, thurs, friday
            return index
    said = translate("cli", "--weekday “{value}” should be a day of the week: mon, tue, … sun.")
    raise CliError(fill(said, value=text))


def _start(text: str) -> dt.time:
    match = _TIME.match(text.strip())
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return dt.time(int(match[1]), int(match[2]))
    said = translate("cli", "--time “{value}” should be a time of day such as 12:30.")
    raise CliError(fill(said, value=text))


def _whole_number(option: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        said = translate("cli", "{option} “{value}” should be a whole number from {low} to {high}.")
        raise CliError(fill(said, option=option, value=text, low=str(low), high=str(high)))
    return value


def _week(text: str) -> int:
    if text.strip().casefold() in ("last", "-1"):
        return -1
    return _whole_number("--week", text, 1, 4)


def _first_date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise CliError(f"--from: {shown(exc)}") from None


# --- group set ------------------------------------------------------------------------


def _group_set(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    # One turn from looking the group up to saving it: two `group set` for a new group
    # started together would otherwise both find none and both create it.
    with database_proxy.atomic("IMMEDIATE"):
        group = _set_group(args)
    if group.presenters_per_meeting == 1:
        said = translate("cli", "{group}: {pattern}; one case a meeting.")
    else:
        said = translate("cli", "{group}: {pattern}; two cases a meeting.")
    print(fill(said, group=group.name, pattern=group.pattern.describe()))
    coming = next_meeting(group.id)
    if coming is not None:
        print(fill(translate("cli", "Next meeting: {day:short}."), day=coming.local_date))
    print(mode_line(group.meeting_mode))
    if group.event_number:
        said = translate("cli", "Event number (VNR): {number}.")
        print(fill(said, number=group.event_number))
    return EXIT_OK


def mode_line(mode: str) -> str:
    """How the group usually meets, as a line of the summary."""
    if mode == MeetingMode.ONLINE:
        return translate("cli", "Meets online.")
    if mode == MeetingMode.HYBRID:
        return translate("cli", "Meets hybrid: some in the room, some online.")
    return translate("cli", "Meets in person.")


def _set_group(args: argparse.Namespace) -> Group:
    """The group named by --group, created or changed as the options say."""
    group = find_group(args.group)
    given = {"--every": args.every, "--weekday": args.weekday, "--time": args.time}
    given["--length"] = args.length
    missing = [option for option, value in given.items() if value is None]
    if group is None and missing:
        said = translate(
            "cli",
            "A new group needs --every, --weekday, --time and --length; missing: {missing}.",
        )
        raise CliError(fill(said, missing=", ".join(missing)))
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
            raise CliError(
                translate("cli", "--week is only for a group that meets monthly (--every monthly).")
            )
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
            if args.mode is not None:
                group = set_group_mode(group.id, args.mode.strip().casefold())
            if args.event_number is not None:
                group = set_event_number(group.id, args.event_number)
    except ValidationError as exc:
        raise CliError(" ".join(sentences(exc).values()), EXIT_PROBLEMS) from None
    return group


# --- rota --------------------------------------------------------------------------------


def _named(suggestion: Suggestion) -> str:
    return fill(
        translate("cli", "{name} ({reason})"), name=suggestion.name, reason=suggestion.reason
    )


def rota_line(day: dt.date, meeting_plan: MeetingPlan) -> str:
    """One meeting of the rota as the text format prints it (a reason and a note are the
    rota's `Words`, or its English text until it gives `Words`)."""
    who = "; ".join(_named(s) for s in meeting_plan.presenters)
    reserve = _named(meeting_plan.reserve) if meeting_plan.reserve else None
    if len(meeting_plan.presenters) > 1:
        said = translate("cli", "{day:short}  Presenters: {who}  Reserve: {reserve}")
    else:
        said = translate("cli", "{day:short}  Presenter: {who}  Reserve: {reserve}")
    line = fill(
        said,
        day=day,
        who=who or translate("cli", "nobody eligible"),
        reserve=reserve or translate("cli", "none"),
    )
    if not meeting_plan.note:
        return line
    return line + fill(translate("cli", "  Note: {note}"), note=meeting_plan.note)


def rota_csv(rows: list[tuple[dt.date, MeetingPlan]]) -> str:
    """The rota as CSV; a name a spreadsheet would run as a formula is text (`csv_cells`)."""
    lines = []
    for day, meeting_plan in rows:
        reasons = [shown(s.reason) for s in meeting_plan.presenters]
        if meeting_plan.note:
            reasons.append(shown(meeting_plan.note))
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
        said = translate("cli", "--format “{value}” should be text or csv.")
        raise CliError(fill(said, value=args.format))
    group = existing_group(args.group)
    rows = [(meeting.local_date, p) for meeting, p in rota.plan(group.id, count=count)]
    if form == "csv":
        write_stdout(rota_csv(rows))
    elif rows:
        write_stdout("".join(rota_line(day, p) + "\n" for day, p in rows))
    else:
        said = translate("cli", "{group} has no meetings planned.")
        print(fill(said, group=group.name), file=sys.stderr)
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
                    print(shown(error), file=sys.stderr)
                print(nothing_imported(), file=sys.stderr)
                return EXIT_PROBLEMS
            result = apply_history_import(group.id, plan)
    except HistoryImportError as exc:
        say_how_read(args.file, parsed.source, args.encoding is not None, sys.stderr)
        for message in exc.messages:
            print(shown(message), file=sys.stderr)
        return EXIT_PROBLEMS
    say_how_read(args.file, parsed.source, args.encoding is not None)
    said = translate(
        "cli",
        "Recorded %n meeting(s) of {group} ({new} added); attendance: {added} added, "
        "{updated} updated, {unchanged} unchanged.",
        None,
        result.meetings_recorded,
    )
    print(
        fill(
            said,
            group=group.name,
            new=result.meetings_added,
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
        )
    )
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("group", "set"): _group_set,
    ("rota", None): _rota,
    ("history", "import"): _history_import,
}
