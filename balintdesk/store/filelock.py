"""An exclusive lock between processes, held on a small file beside the database.

SQLite's own locks cover one transaction; some work spans more than one: a pre-migration
backup followed by the migration steps, or choosing a backup's file name and writing it.
Two processes doing that at once would each find "not done yet" and both do it. This lock
makes the second wait until the first has finished, then look again.

The OS releases the lock when its process ends, however it ends (a kill included), so a
crashed BalintDesk never leaves a stale lock behind; the file itself stays, empty, and is
never deleted (deleting a lock file while another process waits on it breaks the lock).

POSIX: `fcntl.flock`, not `fcntl.lockf`: POSIX record locks (lockf, F_SETLK) are the ones
SQLite uses, and closing any descriptor of a file drops all of a process's record locks
on it; flock locks belong to the open file description and do not interfere (Linux
flock(2), "flock() and fcntl(2) locks do not interact"). Windows: `msvcrt.locking` on the
first byte, retried: LK_LOCK itself gives up after 10 one-second tries (Python docs,
msvcrt.locking).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

WAIT_SECONDS = 120.0  # a pre-migration backup of a large database can take a while


class LockTimeout(OSError):
    """Another BalintDesk held the lock for longer than we waited."""


@contextlib.contextmanager
def locked(path: Path, wait_seconds: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the exclusive lock on `path` (created if missing) inside the `with` block.

    Not re-entrant: a process must not take the same lock twice.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(fd, wait_seconds)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _acquire(fd: int, wait_seconds: float) -> None:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if time.monotonic() >= deadline:
                    raise LockTimeout("another BalintDesk kept the database busy") from None
                time.sleep(0.05)

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _acquire(fd: int, wait_seconds: float) -> None:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout("another BalintDesk kept the database busy") from None
                time.sleep(0.02)

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
