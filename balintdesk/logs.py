"""The log: a small rotating file in the data folder. Nothing a user types is ever logged.

Set up when the session opens the data, just after the window is first shown: the
rotating handler's module, `logging.handlers`, costs about 2.4 ms to import
(`python -X importtime`), which a start need not pay before the window is on screen.
(`logging` itself costs nothing extra: PySide6's signature support imports it anyway.)
"""

from __future__ import annotations

from pathlib import Path

from balintdesk.paths import log_dir


def setup_logging(data_dir: Path) -> None:
    """Write INFO and above to logs/balintdesk.log in the data folder (512 KB, 3 old files)."""
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
