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
from typing import TextIO

from peewee import SqliteDatabase

from balintdesk import APP_NAME
from balintdesk.domain.csv_read import ENCODINGS, UTF8, CsvText, Encoding, encoding_named
from balintdesk.fileio import OwnFileError, refuse_own_file, write_text_atomic
from balintdesk.store.errors import StorageTrouble
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


def storage_sentence(trouble: StorageTrouble, data_dir: Path) -> str:
    """What to say when the disk or the folder, not the user's input, stopped a command.

    A failed write is rolled back whole (SQLite's transactions), hence "nothing was
    changed"; tests/cli/test_storage_trouble.py checks that it is true.
    """
    if trouble is StorageTrouble.DISK_FULL:
        return (
            f"The disk holding {data_dir} is full, so nothing was changed; "
            "free some space and try again."
        )
    if trouble is StorageTrouble.READ_ONLY:
        return (
            f"{APP_NAME} may not write to {data_dir} (the folder or its disk is read-only), "
            "so nothing was changed; make it writable, or copy the folder somewhere you may "
            "write and name the copy with --data-dir."
        )
    if trouble is StorageTrouble.BUSY:
        return (
            f"Another {APP_NAME} kept the data in {data_dir} busy for too long, so nothing "
            "was changed; try again when it has finished."
        )
    return (
        f"The disk holding {data_dir} failed to read or write the database, so the command "
        "stopped; check the disk, then run “balintdesk check”."
    )


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


def add_encoding_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="the file's encoding when it is not UTF-8 (found from the file if left out): "
        "utf-8, windows-1252, mac-roman, utf-16, or another Python knows",
    )


def encoding_option(text: str | None) -> Encoding | None:
    """--encoding NAME as an Encoding; None when not given (found from the file)."""
    if text is None:
        return None
    encoding = encoding_named(text)
    if encoding is None:
        known = ", ".join(e.codec for e in ENCODINGS)
        raise CliError(f"--encoding “{text}” is not an encoding BalintDesk knows; try {known}.")
    return encoding


def say_how_read(
    name: str, source: CsvText | None, given: bool, stream: TextIO | None = None
) -> None:
    """ "Read roster.csv as Windows-1252 (older Excel “CSV”), columns separated by …",
    printed unless the file was the usual UTF-8 with commas and no --encoding was given:
    what was found by looking at the file is said, so that a wrong guess is seen."""
    if source is None or (not given and source.encoding == UTF8 and source.separator == ","):
        return
    print(f"Read {Path(name).name} as {source.describe()}.", file=stream or sys.stdout)


def existing_group(name: str) -> Group:
    """The group called `name` (any case or spacing); CliError naming the groups there are."""
    group = find_group(name)
    if group is None:
        known = ", ".join(f"“{g.name}”" for g in list_groups())
        hint = f"the groups are {known}" if known else "there are no groups yet"
        raise CliError(f"There is no group called “{' '.join(name.split())}”; {hint}.")
    return group


def not_own_file(target: Path) -> Path:
    """`target`, unless it is one of BalintDesk's own files (the database, a backup, a
    log, the lock; however spelled): then CliError with the sentence saying so."""
    try:
        refuse_own_file(target)
    except OwnFileError as exc:
        raise CliError(str(exc)) from None
    return target


def write_export(target: Path, text: str) -> None:
    """`text` written to `target` atomically, as UTF-8 with a byte-order mark."""
    not_own_file(target)
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
