"""After damage: find the newest sound backup, set the damaged file aside, put the backup
in its place.

The damaged file is never written to nor deleted: it is renamed beside the database as
`balintdesk.sqlite3.damaged-<UTC time>` (with its `-wal` and `-shm`, renamed the same way,
so SQLite still finds them together if someone tries to rescue rows from it later).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from balintdesk.domain.words import Words
from balintdesk.store.db import BackupError, BackupInfo, as_values, list_backups
from balintdesk.store.soundness import file_problem, quick_check

log = logging.getLogger(__name__)

# SQLite's own companions of a database file (https://sqlite.org/tempfiles.html).
_COMPANIONS = ("-wal", "-shm", "-journal")


def newest_sound_backup(backups: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's quick check and that this BalintDesk can use."""
    for info in list_backups(backups):
        problem = file_problem(info.path)
        if problem is None:
            return info
        log.warning("Backup %s is not sound: %s", info.path.name, problem.splitlines()[0])
    return None


def damaged_name(path: Path, now: dt.datetime | None = None) -> Path:
    """Where the damaged file goes: beside it, named for when it was set aside (UTC)."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    while True:
        aside = path.with_name(f"{path.name}.damaged-{moment:%Y%m%dT%H%M%SZ}")
        if not any(Path(f"{aside}{end}").exists() for end in ("", *_COMPANIONS)):
            return aside
        moment += dt.timedelta(seconds=1)


def restore_newest_sound(
    path: Path, backups: Path, now: dt.datetime | None = None
) -> tuple[Path, BackupInfo]:
    """Put the newest sound backup in place of the damaged database at `path`.

    The backup is first copied (SQLite's backup API) and checked beside the database; only
    then is the damaged file renamed aside and the copy renamed into its place, so a
    failure at any step leaves the damaged file where it was. Returns where the damaged
    file went and which backup was restored. BackupError (a sentence) if it cannot be done.
    """
    source = newest_sound_backup(backups)
    if source is None:
        said = Words(
            "backups", "There is no sound backup in {folder} to restore.", as_values(folder=backups)
        )
        raise BackupError(said)
    partial = path.with_name(path.name + ".restoring")
    for leftover in (partial, *(Path(f"{partial}{end}") for end in _COMPANIONS)):
        leftover.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                src.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
                finding = quick_check(target)
            finally:
                target.close()
        finally:
            src.close()
        if finding is not None:
            raise sqlite3.DatabaseError(f"the copy failed SQLite's check: {finding}")
        aside = damaged_name(path, now)
        for end in _COMPANIONS[:2]:  # the WAL and its index go with the file they belong to
            companion = Path(f"{path}{end}")
            if companion.exists():
                os.replace(companion, f"{aside}{end}")
        os.replace(path, aside)
        os.replace(partial, path)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        said = Words(
            "backups",
            "The backup {name} could not be put in place of the damaged database: {reason}",
            as_values(name=source.path.name, reason=exc),
        )
        raise BackupError(said) from exc
    log.warning("Damaged database set aside as %s; restored %s", aside.name, source.path.name)
    return aside, source
