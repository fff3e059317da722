"""The checks of the arguments the exports share: the period (--from, --to), --next, the
member, the group and the --out file. Each raises CliError with the one line to print."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from balintdesk.cli.common import CliError, existing_group, not_own_file
from balintdesk.domain.roster import look_alike_key, name_key, parse_date
from balintdesk.store.models import Group, Member

MAX_NEXT = 104  # two years of weekly meetings is plenty for a noticeboard


def period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """--from and --to as dates; CliError when either is not a date or from is after to."""
    days = []
    for option, text in (("--from", args.start), ("--to", args.end)):
        try:
            days.append(parse_date(text))
        except ValueError as exc:
            raise CliError(f"{option}: {exc}") from None
    start, end = days
    if start > end:
        raise CliError(f"--from {start.isoformat()} is after --to {end.isoformat()}.")
    return start, end


def count_of_next(text: str) -> int:
    """--next N, a whole number from 1 to MAX_NEXT."""
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_NEXT:
        raise CliError(f"--next must be a whole number from 1 to {MAX_NEXT}, not “{text}”.")
    return number


def existing_member(name: str, group: Group | None) -> Member:
    """The member called `name` in `group`, or in any group when `group` is None and only
    one group has such a member; archived members included, since their records are
    still theirs. Names match by `look_alike_key` (any case, spacing, invisible or
    look-alike characters), the exact spelling first."""
    query = Member.select()
    if group is not None:
        query = query.where(Member.group == group.id)
    members = list(query.order_by(Member.id))
    exact: dict[int, Member] = {}  # group id -> its member spelt the same way
    alike: dict[int, Member] = {}  # group id -> its first member who looks the same
    for member in members:
        if name_key(member.name) == name_key(name):
            exact.setdefault(member.group_id, member)
        elif look_alike_key(member.name) == look_alike_key(name):
            alike.setdefault(member.group_id, member)
    found = list({**alike, **exact}.values())
    shown = " ".join(name.split())
    if not found:
        where = f" in {group.name}" if group is not None else ""
        raise CliError(f"There is no member called “{shown}”{where}.")
    if len(found) > 1:
        raise CliError(f"More than one group has a member called “{shown}”; add --group NAME.")
    return found[0]


def output_file(text: str, endings: Sequence[str]) -> Path:
    """The --out file, checked before anything is written: it ends with one of `endings`,
    it is not one of BalintDesk's own files, it is not a folder, and its folder exists."""
    target = not_own_file(Path(text).expanduser())
    if target.suffix.lower() not in endings:
        raise CliError(f"--out must name a {' or '.join(endings)} file, not “{target.name}”.")
    if target.is_dir():
        raise CliError(f"{target} is a folder; name a file to write.")
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    return target


def group_of(args: argparse.Namespace) -> Group | None:
    return existing_group(args.group) if getattr(args, "group", None) else None
