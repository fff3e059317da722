"""The checks of the arguments the exports share: the period (--from, --to), --next, the
member, the group and the --out file. Each raises CliError with the one line to print."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from balintdesk.cli.common import CliError, existing_group, no_folder, not_own_file
from balintdesk.domain.roster import look_alike_key, name_key, parse_date
from balintdesk.i18n import fill, shown, translate
from balintdesk.store.models import Group, Member

MAX_NEXT = 104  # two years of weekly meetings is plenty for a noticeboard


def period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """--from and --to as dates; CliError when either is not a date or from is after to."""
    days = []
    for option, text in (("--from", args.start), ("--to", args.end)):
        try:
            days.append(parse_date(text))
        except ValueError as exc:
            raise CliError(f"{option}: {shown(exc)}") from None
    start, end = days
    if start > end:
        said = translate("cli", "--from {start} is after --to {end}.")
        raise CliError(fill(said, start=start.isoformat(), end=end.isoformat()))
    return start, end


def count_of_next(text: str) -> int:
    """--next N, a whole number from 1 to MAX_NEXT."""
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_NEXT:
        said = translate("cli", "--next must be a whole number from 1 to {high}, not “{value}”.")
        raise CliError(fill(said, high=str(MAX_NEXT), value=text))
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
    name_shown = " ".join(name.split())
    if not found:
        if group is None:
            said = translate("cli", "There is no member called “{name}”.")
        else:
            said = translate("cli", "There is no member called “{name}” in {group}.")
        raise CliError(fill(said, name=name_shown, group=group.name if group else ""))
    if len(found) > 1:
        said = translate(
            "cli", "More than one group has a member called “{name}”; add --group NAME."
        )
        raise CliError(fill(said, name=name_shown))
    return found[0]


def output_file(text: str, endings: Sequence[str]) -> Path:
    """The --out file, checked before anything is written: it ends with one of `endings`,
    it is not one of BalintDesk's own files, it is not a folder, and its folder exists."""
    target = not_own_file(Path(text).expanduser())
    if target.suffix.lower() not in endings:
        said = translate("cli", "--out must name a {endings} file, not “{name}”.")
        named = endings[0]
        if len(endings) > 1:  # (".pdf", ".csv") at most
            named = fill(translate("cli", "{one} or {other}"), one=endings[0], other=endings[1])
        raise CliError(fill(said, endings=named, name=target.name))
    if target.is_dir():
        said = translate("cli", "{path} is a folder; name a file to write.")
        raise CliError(fill(said, path=target))
    if not target.parent.is_dir():
        raise CliError(no_folder(target.parent))
    return target


def group_of(args: argparse.Namespace) -> Group | None:
    return existing_group(args.group) if getattr(args, "group", None) else None
