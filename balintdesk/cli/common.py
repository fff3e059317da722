"""What every subcommand shares: the exit codes, `CliError`, reading the CSV file named
on the command line, finding the group named by --group, and writing to stdout or a file.

Exit status: 0 done; 1 the input or the data has problems (each one printed; a damaged
database is one sentence, from any command);
2 the command cannot run as asked (no such file or group, unusable folder);
3 `requirements`: the member has not yet met every condition of the rule.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from peewee import SqliteDatabase

from balintdesk.domain.csv_read import ENCODINGS, UTF8, CsvText, Encoding, encoding_named
from balintdesk.fileio import OwnFileError, refuse_own_file, write_text_atomic
from balintdesk.i18n import fill, translate
from balintdesk.paths import OwnFile
from balintdesk.store.errors import StorageTrouble
from balintdesk.store.models import Group
from balintdesk.store.roster import find_group, list_groups

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_NOT_MET = 3  # `balintdesk requirements`: some conditions are not met yet
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


def os_reason(exc: OSError) -> str:
    """The OS's reason for a failed read or write (its own words, as the OS gives them)."""
    return str(exc.strerror or exc)


def storage_sentence(trouble: StorageTrouble, data_dir: Path) -> str:
    """What to say when the disk or the folder, not the user's input, stopped a command.

    A failed write is rolled back whole (SQLite's transactions), hence "nothing was
    changed"; tests/cli/test_storage_trouble.py checks that it is true.
    """
    if trouble is StorageTrouble.DISK_FULL:
        text = translate(
            "cli",
            "The disk holding {folder} is full, so nothing was changed; "
            "free some space and try again.",
        )
    elif trouble is StorageTrouble.READ_ONLY:
        text = translate(
            "cli",
            "BalintDesk may not write to {folder} (the folder or its disk is read-only), "
            "so nothing was changed; make it writable, or copy the folder somewhere you may "
            "write and name the copy with --data-dir.",
        )
    elif trouble is StorageTrouble.BUSY:
        text = translate(
            "cli",
            "Another BalintDesk kept the data in {folder} busy for too long, so nothing "
            "was changed; try again when it has finished.",
        )
    else:
        text = translate(
            "cli",
            "The disk holding {folder} failed to read or write the database, so the "
            "command stopped; check the disk, then run “balintdesk check”.",
        )
    return fill(text, folder=data_dir)


def own_file_sentence(exc: OwnFileError) -> str:
    """Why a file named on the command line was not written: it is one of BalintDesk's
    own (fileio's OwnFileError, whose English `str()` is for the log)."""
    texts = {  # each a literal, for the catalogue's extractor
        OwnFile.DATABASE: translate(
            "cli",
            "{path} is BalintDesk's database: writing there could destroy your data, so "
            "nothing was written. Choose another name or folder, such as your Documents "
            "folder.",
        ),
        OwnFile.BACKUP: translate(
            "cli",
            "{path} is in BalintDesk's backups folder: writing there could destroy your "
            "data, so nothing was written. Choose another name or folder, such as your "
            "Documents folder.",
        ),
        OwnFile.LOG: translate(
            "cli",
            "{path} is in BalintDesk's logs folder: writing there could destroy your data, "
            "so nothing was written. Choose another name or folder, such as your Documents "
            "folder.",
        ),
        OwnFile.OTHER: translate(
            "cli",
            "{path} is one of BalintDesk's own files: writing there could destroy your "
            "data, so nothing was written. Choose another name or folder, such as your "
            "Documents folder.",
        ),
    }
    return fill(texts[exc.kind], path=exc.path)


def read_csv_file(name: str) -> bytes:
    """The bytes of the file `name`; CliError if it is missing, a folder, too big or unreadable."""
    path = Path(name).expanduser()
    if path.is_dir():
        raise CliError(
            fill(translate("cli", "{path} is a folder; name the CSV file inside it."), path=path)
        )
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise CliError(
                fill(
                    translate(
                        "cli", "{path} is larger than 5 MB, too big to import; check the file."
                    ),
                    path=path,
                )
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise CliError(fill(translate("cli", "There is no file at {path}."), path=path)) from None
    except PermissionError:
        raise CliError(
            fill(
                translate(
                    "cli", "BalintDesk is not allowed to read {path}; check its permissions."
                ),
                path=path,
            )
        ) from None
    except OSError as exc:
        raise CliError(
            fill(
                translate("cli", "{path} cannot be read: {reason}."),
                path=path,
                reason=os_reason(exc),
            )
        ) from None


def add_encoding_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help=translate(
            "cli",
            "the file's encoding when it is not UTF-8 (found from the file if left out): "
            "utf-8, windows-1252, mac-roman, utf-16, or another Python knows",
        ),
    )


def encoding_option(text: str | None) -> Encoding | None:
    """--encoding NAME as an Encoding; None when not given (found from the file)."""
    if text is None:
        return None
    encoding = encoding_named(text)
    if encoding is None:
        known = ", ".join(e.codec for e in ENCODINGS)
        raise CliError(
            fill(
                translate(
                    "cli", "--encoding “{name}” is not an encoding BalintDesk knows; try {known}."
                ),
                name=text,
                known=known,
            )
        )
    return encoding


def say_how_read(
    name: str, source: CsvText | None, given: bool, stream: TextIO | None = None
) -> None:
    """ "Read roster.csv as Windows-1252 (older Excel “CSV”), columns separated by …",
    printed unless the file was the usual UTF-8 with commas and no --encoding was given:
    what was found by looking at the file is said, so that a wrong guess is seen."""
    if source is None or (not given and source.encoding == UTF8 and source.separator == ","):
        return
    said = fill(
        translate("cli", "Read {file} as {how}."), file=Path(name).name, how=source.described()
    )
    print(said, file=stream or sys.stdout)


def existing_group(name: str) -> Group:
    """The group called `name` (any case or spacing); CliError naming the groups there are."""
    group = find_group(name)
    if group is None:
        known = ", ".join(fill(translate("cli", "“{name}”"), name=g.name) for g in list_groups())
        shown_name = " ".join(name.split())
        if known:
            text = translate("cli", "There is no group called “{name}”; the groups are {groups}.")
        else:
            text = translate("cli", "There is no group called “{name}”; there are no groups yet.")
        raise CliError(fill(text, name=shown_name, groups=known))
    return group


def not_own_file(target: Path) -> Path:
    """`target`, unless it is one of BalintDesk's own files (the database, a backup, a
    log, the lock; however spelled): then CliError with the sentence saying so."""
    try:
        refuse_own_file(target)
    except OwnFileError as exc:
        raise CliError(own_file_sentence(exc)) from None
    return target


def write_export(target: Path, text: str) -> None:
    """`text` written to `target` atomically, as UTF-8 with a byte-order mark."""
    not_own_file(target)
    if target.is_dir():
        raise CliError(
            fill(
                translate("cli", "{path} is a folder; name a file to write, such as roster.csv."),
                path=target,
            )
        )
    if not target.parent.is_dir():
        raise CliError(no_folder(target.parent))
    try:
        # The byte-order mark makes Excel read the file as UTF-8: without it, a name such
        # as "Siobhán" opens as "SiobhÃ¡n". Our reader accepts it either way.
        write_text_atomic(target, text, encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(cannot_write(target, exc)) from None


def hours_text(hours: float) -> str:
    """ "1 hour", "1.5 hours", "1,5 Stunden": hours as a number in the user's locale."""
    if hours == 1:
        return fill(translate("cli", "{hours} hour"), hours=hours)
    return fill(translate("cli", "{hours} hours"), hours=hours)


def nothing_imported() -> str:
    return translate("cli", "Nothing was imported; correct the lines above and try again.")


def no_folder(folder: Path) -> str:
    return fill(translate("cli", "The folder {folder} does not exist."), folder=folder)


def cannot_write(target: Path, exc: OSError) -> str:
    return fill(
        translate("cli", "{path} cannot be written: {reason}."), path=target, reason=os_reason(exc)
    )


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
