"""Who may see and change what on the practice's PostgreSQL server: the roles, grants and
row-level security `balintdesk db init` sets up, and the grants `db grant`/`db revoke`
give and take (issue 17; docs/server.md, "Who may see and do what").

- Two NOLOGIN group roles: `balintdesk_administrator` (every group) and
  `balintdesk_leader` (the groups in the login's `group_access` rows). IT makes the
  logins; `grant` makes a login a member of one of them. A superuser counts as an
  administrator (PostgreSQL lets superusers past row-level security anyway).
- Every table of the schema has row-level security ENABLEd and FORCEd (the owner too),
  with policies by group: directly by `group_id`, or through the meeting or member a row
  belongs to. USING and WITH CHECK, so a leader can neither read nor write, nor move a
  row into, another group. `TABLE_POLICIES` must name every table: `secure` refuses a
  table it does not know, so a new table cannot be left open.
- The functions the policies use are SECURITY INVOKER on purpose: inside a SECURITY
  DEFINER function `current_user` is the function's owner, so it could not tell who is
  asking. A leader may read their own `group_access` rows (the policy lets them see no
  other), which is all `balintdesk_groups()` needs. Each function has a fixed
  `search_path` (pg_catalog, then the schema) so no object a user makes elsewhere can
  stand in for ours. The policies call them as `(SELECT f())`: an InitPlan, worked out
  once per statement, not once per row.
- Meeting ids come from the sequence `meeting_id_seq` on a server (models._next_meeting_id):
  under row-level security a leader sees only their groups, so max(id)+1 would collide.

Everything here is idempotent: `secure` again (after an upgrade, say) gives the same
result, and new tables get their policies. Role membership is the cluster's (PostgreSQL's
roles are not per database), the table rights and `group_access` are this database's.
"""

from __future__ import annotations

import dataclasses

from balintdesk.store.server import load_driver
from balintdesk.store.server_notify import install_notify

ADMIN_ROLE = "balintdesk_administrator"
LEADER_ROLE = "balintdesk_leader"
ROLES = {"admin": ADMIN_ROLE, "leader": LEADER_ROLE}
MEETING_SEQUENCE = "meeting_id_seq"


class NoSuchLogin(Exception):
    """`grant`: the server has no login of that name (IT makes logins, not BalintDesk)."""

    def __init__(self, login: str):
        super().__init__(login)
        self.login = login


class NoSuchGroups(Exception):
    """`grant`/`revoke`: these group names are not on the server."""

    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


class NotInitialised(Exception):
    """The server's database has not been through `db init` (no balintdesk_role())."""


_ADMIN = "(SELECT balintdesk_is_admin())"


def _by_group(column: str) -> str:
    return f"({_ADMIN} OR {column} = ANY ((SELECT balintdesk_groups())::integer[]))"


def _through(table: str, column: str, nullable: bool = False) -> str:
    """The row's `column` names a row of `table` this login may see (that table's own
    policy decides)."""
    seen = f"EXISTS (SELECT 1 FROM {table} AS parent WHERE parent.id = {column})"
    if nullable:
        seen = f"({column} IS NULL OR {seen})"
    return f"({_ADMIN} OR {seen})"


_GROUP_OF_KEY = (
    "CASE WHEN key ~ '^themes_seeded\\.[0-9]{1,9}$' THEN split_part(key, '.', 2)::integer END"
)
# app_setting: shared by everyone on the server. Everyone reads; an administrator changes
# anything; a leader may write only what the window records on its own: for their group
# (`themes_seeded.<group id>`), the group last shown and the welcome seen (the window
# keeps these in app_setting for now), and make the calendar's UID namespace once when
# missing. The shared-PC flag and the notes' lock time are an administrator's.
_SETTING_WRITE = (
    f"({_ADMIN} OR key IN ('current_group_id', 'welcome_done')"
    f" OR (key LIKE 'themes_seeded.%' AND {_by_group(_GROUP_OF_KEY)}))"
)
_SETTING_CREATE = f"({_SETTING_WRITE} OR key = 'calendar_uid_namespace')"


@dataclasses.dataclass(frozen=True)
class Policy:
    command: str  # ALL, SELECT, INSERT, UPDATE, DELETE
    using: str | None = None
    check: str | None = None


def _all(using: str, check: str | None = None) -> tuple[Policy, ...]:
    return (Policy("ALL", using, check or using),)


_MEETING = _through("meeting", "meeting_id")
_MEMBER = _through("member", "member_id")

# Every table of the server's schema, and its policies. `secure` refuses a table not here.
TABLE_POLICIES: dict[str, tuple[Policy, ...]] = {
    # A leader sees and changes their own groups' rows (every column but the id, which
    # WITH CHECK keeps in their groups); only an administrator makes or deletes a group.
    "balint_group": (
        Policy("SELECT", _by_group("id")),
        Policy("INSERT", check=_ADMIN),
        Policy("UPDATE", _by_group("id"), _by_group("id")),
        Policy("DELETE", _ADMIN),
    ),
    "member": _all(_by_group("group_id")),
    "meeting_break": _all(_by_group("group_id")),
    "meeting": _all(
        _by_group("group_id"),
        " AND ".join(
            [
                _by_group("group_id"),
                _through("member", "leader_id", nullable=True),
                _through("member", "co_leader_id", nullable=True),
                _through("meeting_break", "cancelled_by_break_id", nullable=True),
            ]
        ),
    ),
    "withdrawn_meeting": _all(_by_group("group_id")),
    "theme": _all(_by_group("group_id")),
    "phase_template": _all(_by_group("group_id")),
    "attendance": _all(_MEETING, f"{_MEETING} AND {_MEMBER}"),
    "rota_pin": _all(_MEETING, f"{_MEETING} AND {_MEMBER}"),
    "meeting_phase": _all(_MEETING),
    "timer_run": _all(_MEETING),
    "leader_log_entry": _all(_MEMBER),
    "member_identifier": _all(_MEMBER),
    # Its meeting_id is a live meeting's or a withdrawn one's (no foreign key).
    "calendar_event_sent": _all(
        f"({_ADMIN} OR EXISTS (SELECT 1 FROM meeting AS m WHERE m.id = meeting_id)"
        " OR EXISTS (SELECT 1 FROM withdrawn_meeting AS w WHERE w.meeting_id ="
        " calendar_event_sent.meeting_id))"
    ),
    "app_setting": (
        Policy("SELECT", "true"),
        Policy("INSERT", check=_SETTING_CREATE),
        Policy("UPDATE", _SETTING_WRITE, _SETTING_WRITE),
        Policy("DELETE", _ADMIN),
    ),
    # Everyone reads the version; migrations are run by IT (db init).
    "schema_version": (Policy("SELECT", "true"), Policy("ALL", _ADMIN, _ADMIN)),
    # A leader sees their own rows; only an administrator changes them.
    "group_access": (
        Policy("SELECT", f"(login = current_user OR {_ADMIN})"),
        Policy("ALL", _ADMIN, _ADMIN),
    ),
}

# Tables only read by both roles, or managed by administrators only.
_READ_ONLY = frozenset({"schema_version"})
_ADMIN_WRITES = frozenset({"group_access"})

_GROUP_ACCESS = """
CREATE TABLE IF NOT EXISTS group_access (
    login TEXT NOT NULL,
    group_id INTEGER NOT NULL REFERENCES balint_group (id) ON DELETE CASCADE,
    PRIMARY KEY (login, group_id)
)"""


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = pg_catalog, {schema}"
    return [
        f"""CREATE OR REPLACE FUNCTION balintdesk_is_admin() RETURNS boolean
        LANGUAGE sql STABLE {path} AS $$
        SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
            OR pg_has_role(current_user, '{ADMIN_ROLE}', 'MEMBER') $$""",
        f"""CREATE OR REPLACE FUNCTION balintdesk_groups() RETURNS integer[]
        LANGUAGE sql STABLE {path} AS $$
        SELECT coalesce(array_agg(group_id), '{{}}') FROM group_access
        WHERE login = current_user AND pg_has_role(current_user, '{LEADER_ROLE}', 'MEMBER') $$""",
        f"""CREATE OR REPLACE FUNCTION balintdesk_may(group_id integer) RETURNS boolean
        LANGUAGE sql STABLE {path} AS $$
        SELECT balintdesk_is_admin() OR group_id = ANY (balintdesk_groups()) $$""",
        f"""CREATE OR REPLACE FUNCTION balintdesk_role() RETURNS text
        LANGUAGE sql STABLE {path} AS $$
        SELECT CASE WHEN balintdesk_is_admin() THEN 'admin'
            WHEN pg_has_role(current_user, '{LEADER_ROLE}', 'MEMBER') THEN 'leader'
            ELSE 'none' END $$""",
    ]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def tables(cursor) -> list[str]:
    """Every table of the schema the connection works in."""
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
    return [name for (name,) in cursor.fetchall()]


def secure(conn) -> None:
    """Set up (again) the roles, group_access, the functions, the grants and row-level
    security on every table; one transaction. `conn`: a psycopg connection of a
    superuser or the database's owner with CREATEROLE, the schema migrated."""
    with conn.transaction(), conn.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (0x0BA1_5EC0,))
        for role in (ADMIN_ROLE, LEADER_ROLE):
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
            if cursor.fetchone() is None:
                cursor.execute(f"CREATE ROLE {role} NOLOGIN")
        cursor.execute(_GROUP_ACCESS)
        cursor.execute(f"CREATE SEQUENCE IF NOT EXISTS {MEETING_SEQUENCE} AS integer")
        cursor.execute(
            "SELECT current_schema(), rolsuper FROM pg_roles WHERE rolname = current_user"
        )
        schema, superuser = cursor.fetchone()
        for statement in _functions(_ident(schema)):
            cursor.execute(statement)
        if not superuser:
            # The owner is held to the policies too (FORCE): it must be an administrator.
            cursor.execute(f"GRANT {ADMIN_ROLE} TO CURRENT_USER")
        both = f"{ADMIN_ROLE}, {LEADER_ROLE}"
        cursor.execute(f"GRANT USAGE ON SCHEMA {_ident(schema)} TO {both}")
        for table in tables(cursor):
            policies = TABLE_POLICIES.get(table)
            if policies is None:
                raise RuntimeError(f"table {table} has no row-level security policy")
            name = _ident(table)
            cursor.execute(f"REVOKE ALL ON {name} FROM PUBLIC")
            if table in _READ_ONLY:
                cursor.execute(f"GRANT SELECT ON {name} TO {both}")
            elif table in _ADMIN_WRITES:
                cursor.execute(f"GRANT SELECT ON {name} TO {LEADER_ROLE}")
                cursor.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {ADMIN_ROLE}")
            else:
                cursor.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {both}")
            cursor.execute(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
            cursor.execute(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY")
            cursor.execute(
                "SELECT policyname FROM pg_policies WHERE schemaname = %s AND tablename = %s",
                (schema, table),
            )
            for (old,) in cursor.fetchall():
                cursor.execute(f"DROP POLICY {_ident(old)} ON {name}")
            for number, policy in enumerate(policies, 1):
                sql = f"CREATE POLICY balintdesk_{number} ON {name} FOR {policy.command}"
                if policy.using is not None:
                    sql += f" USING ({policy.using})"
                if policy.check is not None:
                    sql += f" WITH CHECK ({policy.check})"
                cursor.execute(sql)
        install_notify(cursor)  # changes told to the other computers (LISTEN/NOTIFY)
        cursor.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_ident(schema)} TO {both}")
        cursor.execute(f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA {_ident(schema)} TO {ADMIN_ROLE}")


def role_of(conn) -> str:
    """'admin', 'leader' or 'none' for the connection's login; NotInitialised before
    `db init`."""
    with conn.cursor() as cursor:
        cursor.execute("SELECT to_regprocedure('balintdesk_role()') IS NOT NULL")
        if not cursor.fetchone()[0]:
            raise NotInitialised()
        cursor.execute("SELECT balintdesk_role()")
        return cursor.fetchone()[0]


def _group_ids(cursor, names: list[str]) -> list[tuple[int, str]]:
    """Each group named (in any capitals) as (id, its name as stored)."""
    found: dict[str, tuple[int, str]] = {}
    for name in names:
        cursor.execute("SELECT id, name FROM balint_group WHERE lower(name) = lower(%s)", (name,))
        row = cursor.fetchone()
        if row is not None:
            found[name] = (row[0], row[1])
    missing = [name for name in names if name not in found]
    if missing:
        raise NoSuchGroups(missing)
    return [found[name] for name in names]


def grant(conn, login: str, role: str, groups: list[str] = ()) -> list[str]:
    """Make `login` an administrator ('admin') or the leader of `groups` ('leader', added
    to any they lead already); the groups' names as stored. NoSuchLogin, NoSuchGroups;
    ValueError for a leader with no group."""
    if role == "leader" and not groups:
        raise ValueError("a leader needs at least one group")
    with conn.transaction(), conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s AND rolcanlogin", (login,))
        if cursor.fetchone() is None:
            raise NoSuchLogin(login)
        named = _group_ids(cursor, list(groups)) if role == "leader" else []
        cursor.execute(f"GRANT {ROLES[role]} TO {_ident(login)}")
        for group_id, _name in named:
            cursor.execute(
                "INSERT INTO group_access (login, group_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (login, group_id),
            )
    return [name for _id, name in named]


def revoke(conn, login: str, groups: list[str] = ()) -> list[str]:
    """Take `groups` from a leader (the leader role too when none is left); with no
    groups, take everything: both roles and every group. The groups' names as stored."""
    named: list[tuple[int, str]] = []
    with conn.transaction(), conn.cursor() as cursor:
        if groups:
            named = _group_ids(cursor, list(groups))
            ids = [group_id for group_id, _name in named]
            cursor.execute(
                "DELETE FROM group_access WHERE login = %s AND group_id = ANY (%s)", (login, ids)
            )
            cursor.execute("SELECT 1 FROM group_access WHERE login = %s LIMIT 1", (login,))
            roles = [] if cursor.fetchone() else [LEADER_ROLE]
        else:
            cursor.execute("DELETE FROM group_access WHERE login = %s", (login,))
            roles = [ADMIN_ROLE, LEADER_ROLE]
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
        if cursor.fetchone() is not None:
            for role in roles:
                cursor.execute(f"REVOKE {role} FROM {_ident(login)}")
    return [name for _id, name in named]


@dataclasses.dataclass(frozen=True)
class Access:
    login: str
    role: str  # 'admin' or 'leader'
    groups: tuple[str, ...]  # a leader's groups, by name


def access(conn) -> list[Access]:
    """Who has what on this server, by login."""
    with conn.cursor() as cursor:
        cursor.execute(
            "SELECT m.rolname, g.rolname FROM pg_auth_members AS a "
            "JOIN pg_roles AS g ON g.oid = a.roleid JOIN pg_roles AS m ON m.oid = a.member "
            "WHERE g.rolname IN (%s, %s)",
            (ADMIN_ROLE, LEADER_ROLE),
        )
        roles: dict[str, set[str]] = {}
        for login, role in cursor.fetchall():
            roles.setdefault(login, set()).add(role)
        cursor.execute(
            "SELECT a.login, g.name FROM group_access AS a "
            "JOIN balint_group AS g ON g.id = a.group_id ORDER BY lower(g.name)"
        )
        groups: dict[str, list[str]] = {}
        for login, name in cursor.fetchall():
            groups.setdefault(login, []).append(name)
    rows = []
    for login in sorted(set(roles) | set(groups)):
        held = roles.get(login, set())
        if ADMIN_ROLE in held:
            rows.append(Access(login, "admin", ()))
        if LEADER_ROLE in held or login in groups:
            rows.append(Access(login, "leader", tuple(groups.get(login, ()))))
    return rows


def driver_error() -> type[Exception]:
    """psycopg's base error class (psycopg is imported only through store.server)."""
    return load_driver().Error
