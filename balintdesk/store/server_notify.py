"""Changes made on another computer, told at once: PostgreSQL's LISTEN/NOTIFY.

`install_notify(cursor)` (run by `balintdesk db init`, as the schema's owner) puts a
trigger on each table a page shows: any row inserted, changed or deleted sends a
notification on CHANNEL whose payload is the row's group id ("" when it cannot be told,
e.g. a check-in removed with its meeting). Only the number travels: no name, no content.

`ChangeListener` keeps its own connection LISTENing. The window watches its socket
(`fileno`, a QSocketNotifier) and asks `changed()`, which never waits, which groups
changed; the window's own changes are left out (they come from its own connection).
Without the triggers nothing arrives, and pages still read again when shown.
"""

from __future__ import annotations

import logging

from balintdesk.store.server import ServerDatabase, connect_raw

log = logging.getLogger(__name__)

CHANNEL = "balintdesk_changed"

# Each watched table and how its row names its group.
WATCHED = (
    "balint_group",
    "member",
    "meeting",
    "meeting_break",
    "theme",
    "attendance",
    "rota_pin",
)

FUNCTION = f"""
CREATE OR REPLACE FUNCTION balintdesk_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
    group_number integer;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    IF TG_TABLE_NAME = 'balint_group' THEN
        group_number := (changed ->> 'id')::integer;
    ELSIF changed ? 'group_id' THEN
        group_number := (changed ->> 'group_id')::integer;
    ELSE
        SELECT m.group_id INTO group_number FROM meeting AS m
        WHERE m.id = (changed ->> 'meeting_id')::integer;
    END IF;
    PERFORM pg_notify('{CHANNEL}', COALESCE(group_number::text, ''));
    RETURN NULL;
END
$$
"""


def install_notify(cursor) -> None:
    """Create (or replace) the triggers that tell listeners which group changed. Safe to
    run again; needs the right to create triggers on the tables (their owner)."""
    cursor.execute(FUNCTION)
    for table in WATCHED:
        trigger = f"balintdesk_notify_{table}"
        cursor.execute(f'DROP TRIGGER IF EXISTS {trigger} ON "{table}"')
        cursor.execute(
            f'CREATE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION balintdesk_notify_change()"
        )


class ChangeListener:
    """A connection of its own that LISTENs on CHANNEL for `db`'s server."""

    def __init__(self, db: ServerDatabase):
        self._db = db
        self._connection = connect_raw(db.database, db.connect_params.get("password"))
        self._connection.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The socket that becomes readable when a notification arrives."""
        return self._connection.fileno()

    def changed(self) -> set[int | None]:
        """The groups changed elsewhere since last asked (None: a change whose group
        could not be told); empty if none. Never waits."""
        own = self._own_pid()
        groups: set[int | None] = set()
        for notice in self._connection.notifies(timeout=0):
            if notice.pid != own:
                groups.add(int(notice.payload) if notice.payload.isdigit() else None)
        return groups

    def _own_pid(self) -> int | None:
        # This thread's connection to the group database: its changes are this window's.
        try:
            return self._db.connection().info.backend_pid
        except Exception:  # a closed or broken connection sends nothing to leave out
            log.debug("no backend pid for the window's own connection", exc_info=True)
            return None

    def close(self) -> None:
        self._connection.close()
