"""A database damaged the way a failing disk or a bad copy damages one: a few pages in
the middle of the file overwritten with random bytes.

The pages are chosen so SQLite's quick check notices (it is asserted, so a test built on
this cannot pass on a file that is not really damaged): the database is closed and its
WAL folded in first, so the pages overwritten hold the data itself.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import close_database, open_database
from balintdesk.store.soundness import quick_check

GROUP = "Riverside Balint group"
PAGES = 3


def fill(data_dir: Path, members: int = 40) -> None:
    """A group of `members` with long enough names to spread over several pages."""
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        group = roster.create_group(GROUP, MeetingPattern())
        for n in range(members):
            roster.add_member(group.id, MemberDraft(f"Dr Siobhán O'Neill-Fitzgerald {n:03}"))
    finally:
        close_database(db)


def quick_check_finding(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return quick_check(conn)
    finally:
        conn.close()


def damage(path: Path, seed: int = 14) -> None:
    """Overwrite PAGES pages in the middle of the closed database `path` with random bytes."""
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    conn = sqlite3.connect(path)
    try:
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    pages = path.stat().st_size // page_size
    assert pages >= 3 * PAGES, f"only {pages} pages: too small a database to damage in the middle"
    chance = random.Random(seed)
    with path.open("r+b") as file:
        for page in range(pages // 2, pages // 2 + PAGES):
            file.seek(page * page_size)
            file.write(chance.randbytes(page_size))
    assert quick_check_finding(path) is not None, "SQLite's quick check must see this damage"


def damage_header(path: Path) -> None:
    """Overwrite the first page, SQLite's header included: 'file is not a database'."""
    with path.open("r+b") as file:
        file.write(random.Random(1).randbytes(4096))
    assert quick_check_finding(path) is not None
