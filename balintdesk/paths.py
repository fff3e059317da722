"""Where BalintDesk keeps its data, and which files there are its own.

The default is the folder Qt's `QStandardPaths.AppDataLocation` names for an application
called "BalintDesk" with no organisation; it is computed here without Qt so that the
command line starts fast. `tests/test_paths.py` checks the two agree on this platform.

`own_file` says whether a path a user chose to write is one of BalintDesk's own files
(the database and its -wal/-shm/-journal, the lock, the window's settings, anything in
the backups or logs folders), however it is spelled; `fileio.refuse_own_file` is the one
guard every writer of a user-chosen path calls with it.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from balintdesk import APP_NAME

DATA_DIR_ENV = "BALINTDESK_DATA_DIR"

# The names BalintDesk gives its own files and folders in the data folder.
DATABASE_NAME = "balintdesk.sqlite3"  # SQLite adds -wal, -shm and -journal to it
NOTES_NAME = "notes.sqlite3"  # the private notes' own file (store/vault_move.NOTES_FILE)
OUTBOX_NAME = "outbox.sqlite3"  # check-ins waiting for the practice's server (store/outbox.py)
LOCK_NAME = "balintdesk.lock"  # QLockFile (instance.py); on Windows also …lock.rmlock
RAISE_REQUEST_NAME = "raise-request"  # instance.py
WINDOW_SETTINGS_NAME = "window.ini"  # ui/window_place.py
BACKUPS_NAME = "backups"
LOGS_NAME = "logs"
LANGUAGE_NAME = "language.txt"  # the language chosen in Settings (i18n/choice.py)
SERVER_CONFIG_NAME = "server.json"  # this computer's way to the server (store/server_config.py)
THIS_COMPUTER_NAME = "this-computer.json"  # its own settings, with a server (store/settings.py)


def default_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored; Qt does.
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / APP_NAME


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """--data-dir wins, then $BALINTDESK_DATA_DIR, then the user's data folder.

    The folder is created if missing (with private permissions where the OS has them).
    """
    chosen = cli_value or os.environ.get(DATA_DIR_ENV) or None
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    path = path.resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return use_data_dir(path)


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def outbox_path(data_dir: Path) -> Path:
    return data_dir / OUTBOX_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_NAME


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOGS_NAME


def server_config_path(data_dir: Path) -> Path:
    return data_dir / SERVER_CONFIG_NAME


def this_computer_path(data_dir: Path) -> Path:
    return data_dir / THIS_COMPUTER_NAME


# --- BalintDesk's own files ----------------------------------------------------------------

_data_dirs_in_use: list[Path] = []


def use_data_dir(data_dir: Path) -> Path:
    """Note `data_dir` as one this process keeps its files in, so that no export, backup
    or save writes over them (`own_file`); returns it. `resolve_data_dir` calls it, and so
    does whatever opens a data folder named otherwise (the window's session)."""
    real = Path(os.path.realpath(data_dir))
    if real not in _data_dirs_in_use:
        _data_dirs_in_use.append(real)
    return data_dir


def data_dirs_in_use() -> tuple[Path, ...]:
    return tuple(_data_dirs_in_use)


class OwnFile(enum.Enum):
    """What kind of BalintDesk's own file a path is: the edge turns it into words."""

    DATABASE = "database"  # the database, or its -wal, -shm or -journal
    BACKUP = "backup"  # anything in the backups folder
    LOG = "log"  # anything in the logs folder
    OTHER = "other"  # the lock, the request to come forward, the window's settings


# A file whose name starts with one of these: SQLite adds -wal, -shm, -journal to the
# database's; QSettings and QLockFile put a .lock or a temporary file beside theirs.
_OWN_NAME_STARTS = {
    DATABASE_NAME: OwnFile.DATABASE,
    NOTES_NAME: OwnFile.DATABASE,
    OUTBOX_NAME: OwnFile.DATABASE,
    LOCK_NAME: OwnFile.OTHER,
    WINDOW_SETTINGS_NAME: OwnFile.OTHER,
    RAISE_REQUEST_NAME: OwnFile.OTHER,
    LANGUAGE_NAME: OwnFile.OTHER,
    SERVER_CONFIG_NAME: OwnFile.OTHER,
    THIS_COMPUTER_NAME: OwnFile.OTHER,
}
_OWN_FOLDERS = {BACKUPS_NAME: OwnFile.BACKUP, LOGS_NAME: OwnFile.LOG}


def own_file(
    target: str | os.PathLike[str], data_dirs: Iterable[Path] | None = None
) -> OwnFile | None:
    """The kind of BalintDesk's own file `target` is, in any of `data_dirs` (default: the
    data folders this process uses), or None when it is not one.

    The path is taken as the OS will take it: relative to the working folder, `~` for
    home, through every symbolic link (the file's and its folders'), and in any case of
    letters where the data folder's file system ignores case (Windows, macOS)."""
    real = Path(os.path.realpath(Path(target).expanduser()))
    for data_dir in data_dirs_in_use() if data_dirs is None else data_dirs:
        kind = _own_in(real, Path(os.path.realpath(data_dir)))
        if kind is not None:
            return kind
    return None


def _own_in(real: Path, data_dir: Path) -> OwnFile | None:
    for folder in real.parents:
        if _same_folder(folder, data_dir):
            parts = real.relative_to(folder).parts
            return _kind_of_name(parts[0], ignores_case(data_dir))
    return _hard_link_of_own(real, data_dir)


def _kind_of_name(name: str, ignore_case: bool) -> OwnFile | None:
    """The kind of own file called `name` in the data folder (a file, or a folder's name)."""

    def key(text: str) -> str:
        return text.casefold() if ignore_case else text

    for start, kind in _OWN_NAME_STARTS.items():
        if key(name).startswith(key(start)):
            return kind
    return next((kind for own, kind in _OWN_FOLDERS.items() if key(own) == key(name)), None)


def _same_folder(folder: Path, data_dir: Path) -> bool:
    try:
        return os.path.samefile(folder, data_dir)  # any spelling of one existing folder
    except OSError:  # a folder that is not there is not the data folder
        return False


def _hard_link_of_own(real: Path, data_dir: Path) -> OwnFile | None:
    """A second name of the database or another own file, made with a hard link."""
    if not real.is_file():
        return None
    names = (
        DATABASE_NAME,
        OUTBOX_NAME,
        LOCK_NAME,
        RAISE_REQUEST_NAME,
        WINDOW_SETTINGS_NAME,
        SERVER_CONFIG_NAME,
        THIS_COMPUTER_NAME,
    )
    for name in names:
        sqlite = name in (DATABASE_NAME, OUTBOX_NAME)
        for suffix in ("", "-wal", "-shm", "-journal", "-lock") if sqlite else ("",):
            own = data_dir / (name + suffix)
            try:
                if os.path.samefile(real, own):
                    return _kind_of_name(own.name, False)
            except OSError:
                continue
    return None


def ignores_case(folder: Path) -> bool:
    """True if the file system holding `folder` takes "A" and "a" as the same letter.

    Windows always does (os.path.normcase lowers it); elsewhere (macOS's APFS by default,
    a FAT USB stick on Linux) the file system is asked: does the same name in other
    letters open the same thing? When nothing there can tell, True: the careful side."""
    if os.path.normcase("A") == "a":
        return True
    for probe in (folder / DATABASE_NAME, folder):
        twin = probe.with_name(probe.name.swapcase())
        if twin.name != probe.name and probe.exists():
            try:
                return os.path.samefile(probe, twin)
            except OSError:
                return False
    return True
