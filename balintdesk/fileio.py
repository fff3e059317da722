"""Writing a user's file so that a crash never leaves half of it behind, and never over
one of BalintDesk's own files."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from balintdesk.paths import OwnFile, own_file

_WHAT = {
    OwnFile.DATABASE: "BalintDesk's database",
    OwnFile.BACKUP: "in BalintDesk's backups folder",
    OwnFile.LOG: "in BalintDesk's logs folder",
    OwnFile.OTHER: "one of BalintDesk's own files",
}


class OwnFileError(OSError):
    """A user chose one of BalintDesk's own files to write: nothing was written.

    `kind` says which (the window words it in the user's language); `str()` is the
    English sentence the command line prints."""

    def __init__(self, path: Path, kind: OwnFile):
        sentence = (
            f"{path} is {_WHAT[kind]}: writing there could destroy your data, so nothing "
            "was written. Choose another name or folder, such as your Documents folder."
        )
        super().__init__(errno.EPERM, sentence, str(path))
        self.path = path
        self.kind = kind

    def __str__(self) -> str:
        return str(self.strerror)


def refuse_own_file(path: str | os.PathLike[str]) -> None:
    """The one guard every writer of a path a user chose calls before writing: raises
    OwnFileError if `path` is one of BalintDesk's own files (`paths.own_file`: the
    database and its -wal/-shm, the lock, backups, logs; any spelling)."""
    kind = own_file(path)
    if kind is not None:
        raise OwnFileError(Path(path), kind)


# What the OS says when it will not let us write: a read-only file system (EROFS), or a
# folder this user may not write to (EACCES, EPERM).
_NOT_ALLOWED = (errno.EROFS, errno.EACCES, errno.EPERM)


def folder_is_read_only(folder: Path) -> bool:
    """True if no file can be made in `folder`. Tried, not judged from the permission
    bits: root ignores those, and a read-only file system refuses root too."""
    try:
        fd, name = tempfile.mkstemp(prefix=".balintdesk-", dir=folder)
    except OSError as exc:
        return exc.errno in _NOT_ALLOWED
    os.close(fd)
    os.unlink(name)
    return False


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` in `encoding` as `write_bytes_atomic` writes bytes: whole or
    not at all. Line endings stay as they are (as a text file opened with newline="");
    "utf-8-sig" writes its byte-order mark, even for empty text."""
    write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: Path, data: bytes, own_file: bool = False) -> None:
    """Write `data` to `path` via a temporary file in the same folder and `os.replace`.

    Either the old file or the complete new one is there afterwards, never a part.
    Raises OSError (with the OS's reason) if the folder is not writable, and OwnFileError,
    writing nothing, if `path` is one of BalintDesk's own files, unless `own_file` says
    BalintDesk itself is writing one of them (the language chosen in Settings).
    """
    path = Path(path)
    if not own_file:
        refuse_own_file(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
