"""What the command-line tests share: `balintdesk …` run in-process on a data folder, and
that folder's database opened to look at what it did."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from balintdesk.cli import main as cli
from balintdesk.paths import database_path
from balintdesk.store.db import close_database, open_database


@contextlib.contextmanager
def opened(data_dir: Path) -> Iterator[None]:
    """The data folder's database bound to the models, for looking at what the CLI did."""
    database = open_database(database_path(data_dir))
    try:
        yield
    finally:
        close_database(database)


def balintdesk(data_dir: Path, *args: str) -> int:
    """`balintdesk --data-dir DATA_DIR ARGS…` in-process; the exit status."""
    return cli.main(["--data-dir", str(data_dir), *args])
