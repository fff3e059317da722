"""The child process of test_kill.py: writes to the roster until it is killed.

Usage: python _writer.py DATA_DIR

Each line on stdout is printed only after the change it names has committed:
    A <id> <name>     a member was added
    U <id> <name>     a member was renamed
    X <id>            a member was archived
Before a rename it prints `? <id> <name>`: if the kill comes between that line and the
`U` line, either name may be the stored one.

It stops by itself after MAX_SECONDS or MAX_CHANGES, should the parent never kill it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import open_database

MAX_SECONDS = 30
MAX_CHANGES = 20_000
FIRST_NAMES = ("Siobhán", "Zoë", "Łukasz", "Renée", "Ffion", "Øystein", "Ayşe", "小龙")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(data_dir: Path) -> None:
    open_database(database_path(data_dir), backups_dir(data_dir))
    group = roster.create_group("Kill test group", MeetingPattern())
    say(f"G {group.id}")
    deadline = time.monotonic() + MAX_SECONDS
    added: list[int] = []
    for n in range(MAX_CHANGES):
        if time.monotonic() > deadline:
            break
        if n % 5 == 3 and added:
            member_id = added[n % len(added)]
            name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} renamed {n}"
            say(f"? {member_id} {name}")
            roster.update_member(member_id, MemberDraft(name=name, role=Role.GP))
            say(f"U {member_id} {name}")
        elif n % 7 == 6 and added:
            member_id = added[(n * 3) % len(added)]
            roster.archive_member(member_id)
            say(f"X {member_id}")
        else:
            name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} Member {n}"
            member = roster.add_member(group.id, MemberDraft(name=name, role=Role.NURSE))
            added.append(member.id)
            say(f"A {member.id} {name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
