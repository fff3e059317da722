"""Small settings kept in the database (they belong to this computer's data folder).

With the group database on the practice's server, the settings that belong to this
computer — whether it is the shared meeting-room PC (which decides whether a notes vault
may be opened by the OS keyring here), how soon notes lock, the group last shown, the
welcome seen — stay on this computer, in `this-computer.json` in the data folder: the
server's settings are everyone's, and a meeting-room PC must not become "not shared"
because the group data moved. A value not yet kept there is read from this computer's
own database file, if it has one (a PC that moved its groups to the server keeps it).
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from pathlib import Path

from balintdesk.fileio import write_bytes_atomic
from balintdesk.paths import database_path, this_computer_path
from balintdesk.store.models import AppSetting, database_proxy

SHARED_PC = "shared_pc"  # "1" when this is the meeting-room PC used by everyone
CURRENT_GROUP = "current_group_id"
WELCOME_DONE = "welcome_done"
NOTES_IDLE_MINUTES = "notes_idle_minutes"  # lock private notes after this long unused
DEFAULT_NOTES_IDLE_MINUTES = 5
# A random uuid made once per database: calendar UIDs are "<it>-meeting-<id>@balintdesk",
# so they stay the same between exports and never meet another practice's.
CALENDAR_UID_NAMESPACE = "calendar_uid_namespace"

# Kept on this computer whatever the group database is (the docstring says why).
THIS_COMPUTER_KEYS = frozenset({SHARED_PC, CURRENT_GROUP, WELCOME_DONE, NOTES_IDLE_MINUTES})
# Group ids differ on the server: the group last shown is not taken from the old file.
_FROM_OLD_FILE = THIS_COMPUTER_KEYS - {CURRENT_GROUP}


def notes_idle_minutes() -> int:
    value = get_setting(NOTES_IDLE_MINUTES)
    return int(value) if value.isdigit() and 1 <= int(value) <= 120 else DEFAULT_NOTES_IDLE_MINUTES


def _this_computer_folder() -> Path | None:
    """The data folder, when the group database is on a server and the key is ours."""
    db = database_proxy.obj
    if not getattr(db, "is_server", False):
        return None
    return getattr(db, "local_folder", None)


def _kept_here(folder: Path) -> dict[str, str]:
    try:
        kept = json.loads(this_computer_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, or damaged: the defaults, never a crash
        return {}
    return {k: v for k, v in kept.items() if isinstance(v, str)} if isinstance(kept, dict) else {}


@functools.lru_cache(maxsize=16)
def _in_old_file(folder: Path, key: str) -> str | None:
    """The value this computer's own database file holds, read only, if there is one.
    Read once per process: while the window uses the server nothing writes that file,
    and the notes page asks for its lock time every few seconds."""
    path = database_path(folder)
    if key not in _FROM_OLD_FILE or not path.is_file():
        return None
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
        return row[0] if row else None
    return None


def get_setting(key: str, default: str = "") -> str:
    folder = _this_computer_folder() if key in THIS_COMPUTER_KEYS else None
    if folder is not None:
        kept = _kept_here(folder)
        if key in kept:
            return kept[key]
        old = _in_old_file(folder, key)
        return old if old is not None else default
    row = AppSetting.get_or_none(AppSetting.key == key)
    return row.value if row is not None else default


def set_setting(key: str, value: str) -> None:
    folder = _this_computer_folder() if key in THIS_COMPUTER_KEYS else None
    if folder is not None:
        kept = _kept_here(folder) | {key: value}
        text = json.dumps(kept, indent=1) + "\n"
        # One of BalintDesk's own files (paths.OwnFile): no export may write over it.
        write_bytes_atomic(this_computer_path(folder), text.encode("utf-8"), own_file=True)
        return
    # An upsert both SQLite and PostgreSQL take (PostgreSQL has no INSERT OR REPLACE).
    AppSetting.insert(key=key, value=value).on_conflict(
        conflict_target=[AppSetting.key], update={AppSetting.value: value}
    ).execute()


def get_flag(key: str) -> bool:
    return get_setting(key) == "1"


def set_flag(key: str, value: bool) -> None:
    set_setting(key, "1" if value else "0")
