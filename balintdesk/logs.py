"""The log: a small rotating file in the data folder. Nothing a user types is ever logged.

`logging` itself is imported only when something is logged or the file is set up: the
modules that run before the window is first shown (app, ui/session) ask for their logger
through `logger()`, so a start does not pay for `logging` and its handlers (about 6 ms,
`python -X importtime`) before the window is on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from balintdesk.paths import log_dir

if TYPE_CHECKING:
    import logging


def logger(name: str) -> logging.Logger:
    import logging

    return logging.getLogger(name)


def setup_logging(data_dir: Path) -> None:
    """Write INFO and above to logs/balintdesk.log in the data folder (512 KB, 3 old files)."""
    import logging
    import logging.handlers

    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        folder / "balintdesk.log", maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
