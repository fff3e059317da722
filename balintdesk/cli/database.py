"""`balintdesk backup` (a copy of the database) and `balintdesk check` (the database's
integrity and the data's consistency)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk import paths
from balintdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CliError,
    Handler,
    no_folder,
    not_own_file,
)
from balintdesk.i18n import fill, shown, translate
from balintdesk.store.check import find_problems
from balintdesk.store.db import BackupError, backup_new, backup_to, new_backup_path
from balintdesk.store.errors import StorageTrouble, storage_trouble
from balintdesk.store.migrations import LATEST_VERSION
from balintdesk.store.models import Group, Member
from balintdesk.store.soundness import DamagedDatabaseError


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[later], help=translate("cli", "copy the database")
    )
    backup.add_argument(
        "dest",
        nargs="?",
        metavar="DEST",
        help=translate(
            "cli", "a file to create or an existing folder (default: the data folder's backups)"
        ),
    )
    commands.add_parser(
        "check", parents=[later], help=translate("cli", "check the database for problems")
    )


def _backup(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    if getattr(db, "is_server", False):
        said = translate(
            "cli",
            "balintdesk backup copies this computer's own file; the group database is on "
            "the practice's server, whose backups IT makes there (pg_dump).",
        )
        raise CliError(said)
    folder = dest = None
    if args.dest is None:
        folder = paths.backups_dir(data_dir)
    else:
        dest = Path(args.dest).expanduser()
        if dest.is_dir():
            folder = dest
            if not _same_folder(dest, paths.backups_dir(data_dir)):
                # The backups folder itself is what no DEST does; no other folder of ours.
                not_own_file(new_backup_path(dest, "manual"))
        elif args.dest.endswith(("/", os.sep)):
            raise CliError(no_folder(dest))
        elif not_own_file(dest).exists():
            # Never overwrite: the file could be another backup, or the live database.
            said = translate("cli", "{path} already exists; name a new file or a folder.")
            raise CliError(fill(said, path=dest))
        elif not dest.parent.is_dir():
            raise CliError(no_folder(dest.parent))
    try:
        # A new name in a folder is chosen and written in one turn: see backup_new.
        made = backup_to(db, dest) if folder is None else backup_new(db, folder, "manual")
    except BackupError as exc:
        where = folder if folder is not None else dest.parent
        trouble = storage_trouble(exc, where if where.is_dir() else data_dir)
        if trouble is StorageTrouble.READ_ONLY:
            said = translate(
                "cli",
                "BalintDesk may not write to {folder} (the folder or its disk is read-only), "
                "so no backup was made; name a folder you may write to: balintdesk backup "
                "DEST.",
            )
            raise CliError(fill(said, folder=where)) from None
        if trouble is StorageTrouble.DISK_FULL:
            said = translate(
                "cli",
                "The disk holding {folder} is full, so no backup was made; free some space, "
                "or name a folder on another disk: balintdesk backup DEST.",
            )
            raise CliError(fill(said, folder=where)) from None
        raise CliError(shown(exc), EXIT_PROBLEMS) from None
    print(made)
    return EXIT_OK


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _check(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    problems = find_problems(db)
    if getattr(db, "is_server", False):
        # The file's own checks (integrity, foreign keys, the notes' tables) are SQLite's.
        said = translate(
            "cli",
            "On the practice's server only the data is checked: the file checks are for "
            "this computer's own file.",
        )
        print(said, file=sys.stderr)
    for problem in problems:
        print(shown(problem))
    if problems:
        print(translate("cli", "%n problem(s) found.", None, len(problems)), file=sys.stderr)
        return EXIT_PROBLEMS
    groups = translate("cli", "%n group(s)", None, Group.select().count())
    members = translate("cli", "%n member(s)", None, Member.select().count())
    said = translate("cli", "OK: {groups}, {members}, schema version {version}; no problems found.")
    print(fill(said, groups=groups, members=members, version=LATEST_VERSION))
    return EXIT_OK


def damage_sentence(damaged: DamagedDatabaseError, data_dir: Path) -> str:
    """One sentence for any command on a damaged database: what, and what to do."""
    from balintdesk.store.recovery import newest_sound_backup  # only on this rare path

    backups = paths.backups_dir(data_dir)
    sound = newest_sound_backup(backups)
    what = shown(damaged.what())
    if sound is None:
        said = translate("cli", "{damage}, and there is no sound backup in {folder} to go back to.")
        return fill(said, damage=what, folder=backups)
    when = sound.created.astimezone()
    said = translate(
        "cli",
        "{damage} and was left as it was: open BalintDesk's window to restore the newest "
        "sound backup (from {day:short}, {time}), which keeps the damaged file aside.",
    )
    return fill(said, damage=what, day=when.date(), time=when.time())


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("backup", None): _backup,
    ("check", None): _check,
}
