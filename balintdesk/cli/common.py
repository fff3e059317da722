"""What every subcommand shares: the exit codes, `CliError`, reading the CSV file named
on the command line, finding the group named by --group, and writing to stdout or a file.

Exit status: 0 done; 1 the input or the data has problems (each one printed; a damaged
database is one sentence, from any command);
2 the command cannot run as asked (no such file or group, unusable folder).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk import APP_NAME
from balintdesk.fileio import write_text_atomic
from balintdesk.store.models import Group
from balintdesk.store.roster import find_group, list_groups

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
# A roster is a few kilobytes; anything this big is the wrong file, and reading it all
# into memory first would only make the mistake slow.
MAX_CSV_BYTES = 5 * 1024 * 1024

Handler = Callable[[argparse.Namespace, SqliteDatabase, Path], int]
"""A subcommand: the parsed arguments, the open database and the data folder in; the exit
status out."""


class CliError(Exception):
    """Something the user can fix; the message is the one line printed, without traceback."""

    def __init__(self, message: str, status: int = EXIT_USAGE):
        super().__init__(message)
        self.status = status


def read_csv_file(name: str) -> bytes:
    """The bytes of the file `name`; CliError if it is missing, a folder, too big or unreadable."""
    path = Path(name).expanduser()
    if path.is_dir():
        raise CliError(f"{path} is a folder; name the CSV file inside it.")
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise CliError(f"{path} is larger than 5 MB, too big to import; check the file.")
        return path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"There is no file at {path}.") from None
    except PermissionError:
        raise CliError(
            f"{APP_NAME} is not allowed to read {path}; check its permissions."
        ) from None
    except OSError as exc:
        raise CliError(f"{path} cannot be read: {exc.strerror or exc}.") from None


def existing_group(name: str) -> Group:
    """The group called `name` (any case or spacing); CliError naming the groups there are."""
    group = find_group(name)
    if group is None:
        known = ", ".join(f"“{g.name}”" for g in list_groups())
        hint = f"the groups are {known}" if known else "there are no groups yet"
        raise CliError(f"There is no group called “{' '.join(name.split())}”; {hint}.")
    return group


def write_export(target: Path, text: str) -> None:
    """`text` written to `target` atomically, as UTF-8 with a byte-order mark."""
    if target.is_dir():
        raise CliError(f"{target} is a folder; name a file to write, such as roster.csv.")
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    try:
        # The byte-order mark makes Excel read the file as UTF-8: without it, a name such
        # as "Siobhán" opens as "SiobhÃ¡n". Our reader accepts it either way.
        write_text_atomic(target, text, encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"{target} cannot be written: {exc.strerror or exc}.") from None


def write_stdout(text: str) -> None:
    """`text` on stdout, exactly: what an export without --out prints."""
    # As UTF-8 bytes, so the CRLFs are not doubled on Windows and no console code page
    # mangles a name on its way into a pipe or a redirected file.
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()
