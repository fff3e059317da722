"""`balintdesk backup` (a copy of the database) and `balintdesk check` (the database's
integrity and the data's consistency)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk import APP_NAME, paths
from balintdesk.cli.common import EXIT_OK, EXIT_PROBLEMS, CliError, Handler, not_own_file
from balintdesk.store.check import run_checks
from balintdesk.store.db import BackupError, backup_new, backup_to, new_backup_path
from balintdesk.store.errors import StorageTrouble, storage_trouble
from balintdesk.store.migrations import LATEST_VERSION
from balintdesk.store.models import Group, Member
from balintdesk.store.soundness import DamagedDatabaseError


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", parents=[later], help="copy the database")
    backup.add_argument(
        "dest",
        nargs="?",
        metavar="DEST",
        help="a file to create or an existing folder (default: the data folder's backups)",
    )
    commands.add_parser("check", parents=[later], help="check the database for problems")


def _backup(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
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
            raise CliError(f"The folder {dest} does not exist.")
        elif not_own_file(dest).exists():
            # Never overwrite: the file could be another backup, or the live database.
            raise CliError(f"{dest} already exists; name a new file or a folder.")
        elif not dest.parent.is_dir():
            raise CliError(f"The folder {dest.parent} does not exist.")
    try:
        # A new name in a folder is chosen and written in one turn: see backup_new.
        made = backup_to(db, dest) if folder is None else backup_new(db, folder, "manual")
    except BackupError as exc:
        where = folder if folder is not None else dest.parent
        trouble = storage_trouble(exc, where if where.is_dir() else data_dir)
        if trouble is StorageTrouble.READ_ONLY:
            raise CliError(
                f"{APP_NAME} may not write to {where} (the folder or its disk is read-only), "
                "so no backup was made; name a folder you may write to: balintdesk backup DEST."
            ) from None
        if trouble is StorageTrouble.DISK_FULL:
            raise CliError(
                f"The disk holding {where} is full, so no backup was made; free some space, "
                "or name a folder on another disk: balintdesk backup DEST."
            ) from None
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    print(made)
    return EXIT_OK


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


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


def damage_sentence(damaged: DamagedDatabaseError, data_dir: Path) -> str:
    """One sentence for any command on a damaged database: what, and what to do."""
    from balintdesk.store.recovery import newest_sound_backup  # only on this rare path

    backups = paths.backups_dir(data_dir)
    sound = newest_sound_backup(backups)
    if sound is None:
        return f"{damaged.what()}, and there is no sound backup in {backups} to go back to."
    when = sound.created.astimezone()
    return (
        f"{damaged.what()} and was left as it was: open BalintDesk's window to restore the "
        f"newest sound backup (from {when:%a} {when.day} {when:%b %Y, %H:%M}), which keeps "
        "the damaged file aside."
    )


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("backup", None): _backup,
    ("check", None): _check,
}
