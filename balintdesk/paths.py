"""Where BalintDesk keeps its data.

The default is the folder Qt's `QStandardPaths.AppDataLocation` names for an application
called "BalintDesk" with no organisation; it is computed here without Qt so that the
command line starts fast. `tests/test_paths.py` checks the two agree on this platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from balintdesk import APP_NAME

DATA_DIR_ENV = "BALINTDESK_DATA_DIR"


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
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / "balintdesk.sqlite3"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"
