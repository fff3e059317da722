"""`balintdesk programme`: every group with its next meeting, and every member with what
they attended in a period against the programme's attendance rule (store.programme); or
with --out, the members as CSV (exports.programme_csv). No Qt.

For a programme administrator: anyone else is told so, with exit status 2, and nothing is
printed or written. The period is --from to --until, both included (default: the year up
to today); the rule is --rule, else the one most members work toward, else one of the
groups' country (store.programme.default_rule).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import EXIT_OK, EXIT_USAGE, CliError, write_export
from balintdesk.cli.exports.arguments import output_file
from balintdesk.cli.requirements import _rule, _rules_known
from balintdesk.domain.period import last_twelve_months
from balintdesk.domain.roster import ROLE_WORDS, Role, parse_date
from balintdesk.domain.words import WordsError
from balintdesk.exports.programme_csv import programme_csv
from balintdesk.i18n import fill, language, say, shown, translate
from balintdesk.store import programme as store
from balintdesk.store import requirements as rules_store


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "programme",
        parents=[later],
        help=translate(
            "cli", "every group and member of the programme against its attendance rule"
        ),
        description=translate(
            "cli",
            "For a programme administrator: every group with its leaders and next meeting, "
            "then every member with the sessions and hours they attended in the period and "
            "whether they meet the programme's attendance rule, or what is still missing.",
        ),
    )
    command.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help=translate("cli", "the period's first day (default: a year before --until)"),
    )
    command.add_argument(
        "--until",
        dest="end",
        metavar="YYYY-MM-DD",
        help=translate("cli", "the period's last day (default: today)"),
    )
    command.add_argument(
        "--rule",
        metavar="RULE",
        help=translate(
            "cli",
            "the rule's id (default: the one most members work toward, else one of the "
            "groups' country); see “rules list”",
        ),
    )
    command.add_argument(
        "--out",
        metavar="FILE.csv",
        help=translate("cli", "write the members as CSV to this file instead of printing"),
    )


def _day(option: str, text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise CliError(f"{option}: {shown(exc)}") from None


def period(args: argparse.Namespace, today: dt.date) -> tuple[dt.date, dt.date]:
    end = _day("--until", args.end) if args.end else today
    start = _day("--from", args.start) if args.start else last_twelve_months(end)[0]
    if start > end:
        said = translate("cli", "--from {start} is after --until {end}.")
        raise CliError(fill(said, start=start.isoformat(), end=end.isoformat()))
    return start, end


def group_line(line: store.GroupLine) -> str:
    leaders = ", ".join(line.leaders) or translate("cli", "no leader")
    members = translate("cli", "%n member(s)", None, line.members)
    if line.next_meeting is None:
        said = translate("cli", "{group} ({country}): {leaders}; {members}; no meeting planned")
        return fill(said, group=line.name, country=line.country, leaders=leaders, members=members)
    said = translate("cli", "{group} ({country}): {leaders}; {members}; next {day:short}, {time}")
    return fill(
        said,
        group=line.name,
        country=line.country,
        leaders=leaders,
        members=members,
        day=line.next_meeting.date(),
        time=line.next_meeting.time(),
    )


def role_text(value: str) -> str:
    try:
        return say(ROLE_WORDS[Role(value)])
    except ValueError:
        return value


def verdict(line: store.MemberLine) -> str:
    """ "met", "not yet: 2 more sessions to attend", or "no rule" """
    if line.assessment is None:
        return translate("cli", "no rule")
    if line.assessment.met:
        return translate("cli", "met")
    missing = [say(r.missing) for r in line.assessment.results if not r.met and r.missing]
    if not missing:
        return translate("cli", "not yet")
    return fill(translate("cli", "not yet: {missing}"), missing="; ".join(missing))


def member_line(line: store.MemberLine) -> str:
    sessions = translate("cli", "%n session(s)", None, line.sessions)
    if line.archived:
        said = translate(
            "cli", "{group} · {name} ({role}, archived): {sessions}, {hours:1} h · {verdict}"
        )
    else:
        said = translate("cli", "{group} · {name} ({role}): {sessions}, {hours:1} h · {verdict}")
    return fill(
        said,
        group=line.group,
        name=line.name,
        role=role_text(line.role),
        sessions=sessions,
        hours=line.hours,
        verdict=verdict(line),
    )


def _programme(args: argparse.Namespace, _db: SqliteDatabase, data_dir: Path) -> int:
    start, end = period(args, dt.date.today())
    target = output_file(args.out, (".csv",)) if args.out else None
    book = rules_store.rule_book(data_dir)
    rule_id = _rule(book, args.rule).id if args.rule else None
    try:
        programme = store.build_programme(start, end, rule_id, book)
    except store.NotAdministratorError as exc:
        raise CliError(shown(exc), EXIT_USAGE) from None
    except WordsError as exc:
        raise CliError(shown(exc)) from None
    if target is not None:
        write_export(target, programme_csv(programme))
        said = translate(
            "cli", "Wrote %n member(s) ({start} to {end}) to {path}.", None, len(programme.members)
        )
        print(fill(said, start=start.isoformat(), end=end.isoformat(), path=target))
        return EXIT_OK
    if programme.rule is None:
        said = translate(
            "cli", "Programme, {start} to {end}; no rule: choose one with --rule: {rules}."
        )
        print(fill(said, start=start, end=end, rules=_rules_known(book)))
    else:
        said = translate("cli", "Programme, {start} to {end}, against {rule}")
        print(fill(said, start=start, end=end, rule=programme.rule.title_in(language())))
    print()
    print(translate("cli", "%n group(s):", None, len(programme.groups)))
    for line in programme.groups:
        print("  " + group_line(line))
    print()
    print(translate("cli", "%n member(s):", None, len(programme.members)))
    for line in programme.members:
        print("  " + member_line(line))
    if programme.rule is not None:
        met = sum(1 for line in programme.members if line.met)
        said = translate(
            "cli", "{met} of %n member(s) meet the rule.", None, len(programme.members)
        )
        print(fill(said, met=met))
    return EXIT_OK


COMMANDS = {("programme", None): _programme}
