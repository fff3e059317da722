"""Who the person at this computer is to the group database: a programme administrator,
who sees and manages every group, or a group leader, who sees and changes only their
groups (issue 17; the README's "Who may see what").

On this PC's own SQLite file there is nobody else: the user is the administrator of
everything in it. On the practice's PostgreSQL server the server decides, through its
roles and row-level security (store/server_security.py); `balintdesk_role()` is the SQL
function `balintdesk db init` creates there, which says which of the two the login is.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from balintdesk.store.models import database_proxy


class Role(enum.Enum):
    ADMINISTRATOR = "admin"
    LEADER = "leader"
    NONE = "none"  # a login the server knows that has been given no access


def role_on_server(run: Callable[[str], Any]) -> Role | None:
    """The server's answer for this login, `run(sql)` giving a cursor (peewee's
    `execute_sql`, or a psycopg cursor's `execute`); None on a database `balintdesk db
    init` has not set up (no balintdesk_role()). to_regproc says so without an error,
    which would spoil the transaction the caller may be in."""
    (found,) = run("SELECT to_regproc('balintdesk_role')").fetchone()
    if found is None:
        return None
    (value,) = run("SELECT balintdesk_role()").fetchone()
    return Role(value)


def current_role() -> Role:
    """This connection's role: ADMINISTRATOR on a local file; on a server, the server's
    own answer (a login with no grant is NONE), or ADMINISTRATOR on a server database
    without BalintDesk's roles (nothing there limits anyone)."""
    db = database_proxy.obj
    if not getattr(db, "is_server", False):
        return Role.ADMINISTRATOR
    return role_on_server(db.execute_sql) or Role.ADMINISTRATOR


def is_administrator() -> bool:
    return current_role() is Role.ADMINISTRATOR
