"""What kind of storage trouble an exception is, so the edge can say it in plain words.

The store only classifies (a value, not a sentence: DESIGN.md, "Words the user reads");
the command line and the window turn the kind into a sentence in the user's language.
"""

from __future__ import annotations

import enum
import errno
import shutil
import sqlite3
from pathlib import Path

from balintdesk.store.filelock import LockTimeout


class StorageTrouble(enum.Enum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"  # the folder, file or file system may not be written
    BUSY = "busy"  # another BalintDesk held the database longer than we wait
    IO_ERROR = "io-error"  # the disk or its file system failed a read or write


# Less room than this (what a non-administrator may still use: shutil.disk_usage's
# "free") and an I/O error is taken for a full disk. A WAL index alone needs 32 KiB.
NEARLY_FULL_BYTES = 1024 * 1024


class StorageError(OSError):
    """Storage trouble found by our own code rather than by SQLite or the OS (an OSError,
    so that code catching the OS's own errors catches it too)."""

    def __init__(self, trouble: StorageTrouble):
        super().__init__(trouble.value)
        self.trouble = trouble


# SQLite's primary result codes, by name (sqlite3.Error.sqlite_errorname, Python 3.11+;
# https://www.sqlite.org/rescode.html). Extended codes start with the primary one's name.
_SQLITE_KINDS = (
    ("SQLITE_FULL", StorageTrouble.DISK_FULL),
    ("SQLITE_READONLY", StorageTrouble.READ_ONLY),
    ("SQLITE_BUSY", StorageTrouble.BUSY),
    ("SQLITE_LOCKED", StorageTrouble.BUSY),
    ("SQLITE_IOERR", StorageTrouble.IO_ERROR),
)
_OS_KINDS = {
    errno.ENOSPC: StorageTrouble.DISK_FULL,
    errno.EDQUOT: StorageTrouble.DISK_FULL,
    errno.EROFS: StorageTrouble.READ_ONLY,
    errno.EACCES: StorageTrouble.READ_ONLY,
    errno.EPERM: StorageTrouble.READ_ONLY,
    errno.EIO: StorageTrouble.IO_ERROR,
}


def _causes(exc: BaseException):
    """`exc` and what it wraps: peewee re-raises sqlite3's error with it as args[0] and
    as __context__; our own code chains with `from`."""
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        first = current.args[0] if current.args else None
        if isinstance(first, BaseException):
            pending.append(first)
        pending += [current.__cause__, current.__context__]


def storage_trouble(exc: BaseException, folder: Path | None = None) -> StorageTrouble | None:
    """The kind of storage trouble behind `exc`, or None if it is something else.

    With `folder` (where the failed file is), an I/O error on a disk with next to no
    room left counts as a full disk: SQLite reports a -shm file it could not grow as
    SQLITE_IOERR (its errno, ENOSPC, is not passed on by Python's sqlite3).
    """
    trouble = _named_trouble(exc)
    if trouble is StorageTrouble.IO_ERROR and folder is not None and _nearly_full(folder):
        return StorageTrouble.DISK_FULL
    return trouble


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _named_trouble(exc: BaseException) -> StorageTrouble | None:
    for cause in _causes(exc):
        if isinstance(cause, StorageError):
            return cause.trouble
        if isinstance(cause, LockTimeout):
            return StorageTrouble.BUSY
        if isinstance(cause, sqlite3.Error):
            name = getattr(cause, "sqlite_errorname", "") or ""
            for prefix, kind in _SQLITE_KINDS:
                if name.startswith(prefix):
                    return kind
        elif isinstance(cause, OSError) and cause.errno in _OS_KINDS:
            return _OS_KINDS[cause.errno]
    return None
