"""Two computers on one group database: a save compares, inside its own transaction,
what the page saw with what is stored now (see `refusal.ChangedElsewhere`).

For the comparison to mean anything nobody may change the row between the read and the
write. On SQLite every transaction of ours is IMMEDIATE (connect.py): it holds the
file's write lock from BEGIN, so two processes sharing the file take turns. On a server
the rows read are locked with SELECT … FOR UPDATE until the commit; a second computer's
save waits there, then reads what the first one wrote.
"""

from __future__ import annotations

from peewee import ModelSelect

from balintdesk.store.models import Meeting, database_proxy


def on_server() -> bool:
    return bool(getattr(database_proxy.obj, "is_server", False))


def locked(query: ModelSelect) -> ModelSelect:
    """`query` with its rows locked until the transaction ends (on a server; SQLite's
    IMMEDIATE transaction already holds the whole file)."""
    return query.for_update() if on_server() else query


def lock_meeting(meeting_id: int) -> Meeting | None:
    """The meeting as stored now, locked: everything recorded about it (who came, who
    presented, who led) is changed by one computer at a time. Must run in a transaction."""
    return locked(Meeting.select().where(Meeting.id == meeting_id)).first()
