"""`balintdesk member set` and `balintdesk member show`: one member's professional
numbers (EFN, GMC, BIG, RPPS) and a leader's recognition.

The numbers are personal: `member show` prints them because it is the member's own
record, asked for by name; nothing else on the command line does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import EXIT_OK, EXIT_PROBLEMS, CliError, Handler, existing_group
from balintdesk.cli.exports.arguments import existing_member
from balintdesk.domain import identifiers
from balintdesk.domain.roster import Role
from balintdesk.domain.words import WordsError
from balintdesk.i18n import fill, marked, say, shown, translate
from balintdesk.store.identifiers import numbers_of, set_numbers, set_recognition
from balintdesk.store.models import database_proxy
from balintdesk.store.roster import ValidationError, get_member

NUMBER_OPTIONS = tuple(identifiers.KINDS)  # --efn, --gmc, --big, --rpps


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    member = commands.add_parser(
        "member",
        parents=[later],
        help=translate("cli", "a member's professional numbers and recognition"),
    )
    actions = member.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    setting = actions.add_parser(
        "set",
        parents=[later],
        help=translate("cli", "record a member's professional numbers or recognition"),
        description=translate(
            "cli",
            'Every number is optional; "" removes one. A number with a check digit (EFN, '
            "RPPS) is checked, and if any is wrong nothing is changed. Numbers are printed "
            "only on the member's own certificate.",
        ),
    )
    setting.add_argument("--group", required=True, metavar="NAME")
    setting.add_argument("--member", required=True, metavar="NAME")
    setting.add_argument(
        "--efn", metavar="N", help=translate("cli", "German uniform CME number, 15 digits")
    )
    setting.add_argument(
        "--gmc", metavar="N", help=translate("cli", "UK GMC reference number, 7 digits")
    )
    setting.add_argument(
        "--big", metavar="N", help=translate("cli", "Dutch BIG registration number, 11 digits")
    )
    setting.add_argument(
        "--rpps", metavar="N", help=translate("cli", "French RPPS number, 11 digits")
    )
    setting.add_argument(
        "--recognition",
        metavar="TEXT",
        help=translate(
            "cli", "a leader's recognition as a Balint leader, e.g. “Ärztekammer Nordrhein”"
        ),
    )
    showing = actions.add_parser(
        "show",
        parents=[later],
        help=translate("cli", "print one member's own details, numbers included"),
    )
    showing.add_argument("--group", required=True, metavar="NAME")
    showing.add_argument("--member", required=True, metavar="NAME")


def _member_set(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    member = existing_member(args.member, group)
    numbers = {key: getattr(args, key) for key in NUMBER_OPTIONS if getattr(args, key) is not None}
    recognition = args.recognition
    if not numbers and recognition is None:
        raise CliError(
            translate("cli", "Nothing to set: give --efn, --gmc, --big, --rpps or --recognition.")
        )
    problems = {
        f"--{key}": say(found)
        for key, value in numbers.items()
        if (found := identifiers.problem(key, value)) is not None
    }
    if recognition is not None:
        found = identifiers.recognition_problem(recognition)
        if found is not None:
            problems["--recognition"] = say(found)
        elif recognition.strip() and not member.is_leader:
            problems["--recognition"] = fill(
                translate(
                    "cli",
                    "{name} is not a leader of {group}: only a leader's recognition is kept.",
                ),
                name=member.name,
                group=group.name,
            )
    if problems:
        for option, sentence in problems.items():
            print(f"{option}: {sentence}")
        print(translate("cli", "Nothing was changed; correct the lines above and try again."))
        return EXIT_PROBLEMS
    try:
        with database_proxy.atomic():
            set_numbers(member.id, numbers)
            if recognition is not None:
                set_recognition(member.id, recognition)
    except (ValidationError, WordsError) as exc:  # checked above; a race at most
        raise CliError(shown(exc), EXIT_PROBLEMS) from None
    print(fill(translate("cli", "Saved for {name}."), name=member.name))
    return EXIT_OK


def _member_show(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    member = get_member(existing_member(args.member, group).id)
    lines = [
        fill(translate("cli", "{name}, {group}"), name=member.name, group=group.name),
        fill(translate("cli", "Role: {role}"), role=marked("Role", Role(member.role).label)),
    ]
    if member.is_leader:
        lines.append(translate("cli", "Leads the group."))
    if member.email:
        lines.append(fill(translate("cli", "Email: {email}"), email=member.email))
    lines.append(fill(translate("cli", "Joined: {day}"), day=member.joined))
    if member.is_archived:
        lines.append(translate("cli", "Archived: no longer on the roster."))
    numbers = numbers_of(member.id)
    if numbers:
        for key, number in numbers.items():
            label = say(identifiers.kind(key).label) if key in identifiers.KINDS else key
            lines.append(fill(translate("cli", "{label}: {number}"), label=label, number=number))
    else:
        lines.append(translate("cli", "No professional numbers recorded."))
    if member.recognition:
        said = translate("cli", "Recognised as a Balint leader by: {body}")
        lines.append(fill(said, body=member.recognition))
    print("\n".join(lines))
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("member", "set"): _member_set,
    ("member", "show"): _member_show,
}
