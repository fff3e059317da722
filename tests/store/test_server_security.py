"""Who sees what on the server is enforced by PostgreSQL itself (issue 17): a leader's own
login, through a raw connection, can read, insert, update and delete only their groups'
rows, in every table; an administrator sees everything; a login with no grant nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from balintdesk.store import meetings
from balintdesk.store.models import Group
from balintdesk.store.server import connect_raw, load_driver, open_server
from balintdesk.store.server_move import GROUP_TABLES, export_group, group_rows
from balintdesk.store.server_security import (
    TABLE_POLICIES,
    NoSuchGroups,
    NoSuchLogin,
    access,
    grant,
    revoke,
    role_of,
    secure,
    tables,
)
from tests.store import _server
from tests.store._rich_history import rich_group


@dataclasses.dataclass
class Server:
    name: str  # the database
    a: int  # group ids
    b: int
    logins: dict[str, str]  # who -> login
    rows: dict[str, dict[str, list[dict]]]  # "a"/"b" -> table -> rows

    def connect(self, who: str):
        keys = _server.need_server()
        url = f"postgresql://{self.logins[who]}@{keys['host']}:{keys['port']}/{self.name}"
        return connect_raw(url, password="secret-" + who)


def _make_login(who: str) -> str:
    login = f"bd_{who}_{uuid.uuid4().hex[:8]}"
    with _server.admin() as conn:
        conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'secret-{who}'")
    return login


@pytest.fixture(scope="module")
def server():
    name = _server.fresh_database()
    logins: dict[str, str] = {}
    try:
        db = open_server(_server.url(name), password=_server.password())
        try:
            a = rich_group("Tuesday Balint").id
            b = rich_group("Thursday Balint").id
        finally:
            db.close()
        conn = connect_raw(_server.url(name), _server.password())
        secure(conn)
        for who in ("leader_a", "leader_b", "admin", "nobody"):
            logins[who] = _make_login(who)
        grant(conn, logins["leader_a"], "leader", ["tuesday balint"])
        grant(conn, logins["leader_b"], "leader", ["Thursday Balint"])
        grant(conn, logins["admin"], "admin")
        rows = {"a": group_rows(conn, a), "b": group_rows(conn, b)}
        conn.close()
        yield Server(name, a, b, logins, rows)
    finally:
        _server.drop_database(name)
        with _server.admin() as conn:
            for login in logins.values():
                conn.execute(f"DROP ROLE IF EXISTS {login}")


def _rls_refused(exc: BaseException) -> bool:
    errors = load_driver().errors
    return isinstance(exc, errors.InsufficientPrivilege)


GROUP_TABLE_NAMES = [table for table, _ in GROUP_TABLES]


def test_every_table_has_forced_row_level_security_and_policies(server: Server) -> None:
    with connect_raw(_server.url(server.name), _server.password()) as conn:
        cursor = conn.cursor()
        found = tables(cursor)
        cursor.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = "
            "current_schema()::regnamespace AND relrowsecurity AND relforcerowsecurity"
        )
        secured = {name for (name,) in cursor.fetchall()}
        cursor.execute("SELECT DISTINCT tablename FROM pg_policies")
        with_policies = {name for (name,) in cursor.fetchall()}
    assert set(found) == set(TABLE_POLICIES)  # a new table needs its policy
    assert secured == set(found) == with_policies
    assert {"vault", "vault_key", "note"}.isdisjoint(found)


def test_init_again_gives_the_same_result(server: Server) -> None:
    query = (
        "SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies ORDER BY 1, 2;"
        "SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants "
        "WHERE grantee LIKE 'balintdesk_%' ORDER BY 1, 2, 3"
    )
    with connect_raw(_server.url(server.name), _server.password()) as conn:
        before = [conn.execute(q).fetchall() for q in query.split(";")]
        secure(conn)
        after = [conn.execute(q).fetchall() for q in query.split(";")]
    assert before == after and before[0] and before[1]


def test_the_rich_history_fills_every_group_table_in_both_groups(server: Server) -> None:
    for table in GROUP_TABLE_NAMES:
        assert server.rows["a"][table] and server.rows["b"][table], table


def _copy(conn, table: str, row: dict) -> None:
    """Insert `row` again with a new id (and a new name for a group)."""
    row = dict(row, id=row["id"] + 100_000)
    if table == "balint_group":
        row["name"] += " copy"
    columns = list(row)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(row))})",
        [row[c] for c in columns],
    )


@pytest.mark.parametrize("table", GROUP_TABLE_NAMES)
def test_a_leader_cannot_touch_another_groups_rows(server: Server, table: str) -> None:
    theirs = [row["id"] for row in server.rows["b"][table]]
    with server.connect("leader_a") as conn:
        seen = {id_ for (id_,) in conn.execute(f"SELECT id FROM {table}").fetchall()}
        assert seen.isdisjoint(theirs)
        with conn.transaction(force_rollback=True):
            updated = conn.execute(f"UPDATE {table} SET id = id WHERE id = ANY (%s)", (theirs,))
            assert updated.rowcount == 0
            deleted = conn.execute(f"DELETE FROM {table} WHERE id = ANY (%s)", (theirs,))
            assert deleted.rowcount == 0
        with pytest.raises(Exception) as refused, conn.transaction():
            _copy(conn, table, server.rows["b"][table][0])
        assert _rls_refused(refused.value), refused.value
        assert "row-level security" in str(refused.value)


@pytest.mark.parametrize("table", GROUP_TABLE_NAMES)
def test_a_leader_reads_and_changes_their_own_groups_rows(server: Server, table: str) -> None:
    mine = [row["id"] for row in server.rows["a"][table]]
    with server.connect("leader_a") as conn:
        seen = {id_ for (id_,) in conn.execute(f"SELECT id FROM {table}").fetchall()}
        assert seen == set(mine)
        with conn.transaction(force_rollback=True):
            updated = conn.execute(f"UPDATE {table} SET id = id WHERE id = ANY (%s)", (mine,))
            assert updated.rowcount == len(mine)
        try:
            with conn.transaction(force_rollback=True):
                _copy(conn, table, server.rows["a"][table][0])
        except Exception as exc:  # a unique key may refuse the copy, but not the policy
            assert table == "balint_group" or not _rls_refused(exc), exc
        else:
            assert table != "balint_group"  # only an administrator makes groups
        try:
            with conn.transaction(force_rollback=True):
                deleted = conn.execute(f"DELETE FROM {table} WHERE id = %s", (mine[-1],))
                # Only an administrator deletes a group.
                assert deleted.rowcount == (0 if table == "balint_group" else 1)
        except Exception as exc:  # a row others still name (ON DELETE RESTRICT)
            assert not _rls_refused(exc), exc


@pytest.mark.parametrize(
    ("table", "column", "target"),
    [
        ("member", "group_id", ("balint_group", "id")),
        ("meeting", "group_id", ("balint_group", "id")),
        ("theme", "group_id", ("balint_group", "id")),
        ("attendance", "meeting_id", ("meeting", "id")),
        ("attendance", "member_id", ("member", "id")),
        ("meeting_phase", "meeting_id", ("meeting", "id")),
        ("leader_log_entry", "member_id", ("member", "id")),
        ("meeting", "leader_id", ("member", "id")),
    ],
)
def test_a_leader_cannot_move_a_row_into_another_group(
    server: Server, table: str, column: str, target: tuple[str, str]
) -> None:
    row = server.rows["a"][table][0]
    other = server.rows["b"][target[0]][0][target[1]]
    with server.connect("leader_a") as conn:
        with pytest.raises(Exception) as refused, conn.transaction():
            conn.execute(f"UPDATE {table} SET {column} = %s WHERE id = %s", (other, row["id"]))
        assert _rls_refused(refused.value), refused.value


def test_a_leader_sees_only_their_own_access_and_cannot_change_it(server: Server) -> None:
    with server.connect("leader_a") as conn:
        rows = conn.execute("SELECT login, group_id FROM group_access").fetchall()
        assert rows == [(server.logins["leader_a"], server.a)]
        assert conn.execute("SELECT balintdesk_role()").fetchone() == ("leader",)
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] >= 1
        for statement in (
            "INSERT INTO group_access (login, group_id) VALUES (current_user, %s)",
            "DELETE FROM group_access WHERE group_id = %s",
            "INSERT INTO schema_version (version) VALUES (%s + 1000)",
        ):
            with pytest.raises(Exception) as refused, conn.transaction():
                conn.execute(statement, (server.b,))
            assert _rls_refused(refused.value)


def test_settings_are_read_by_all_and_written_as_documented(server: Server) -> None:
    with server.connect("leader_a") as conn:
        keys = {key for (key,) in conn.execute("SELECT key FROM app_setting").fetchall()}
        assert "calendar_uid_namespace" in keys
        with conn.transaction(force_rollback=True):
            conn.execute(
                "UPDATE app_setting SET value = '0' WHERE key = %s", (f"themes_seeded.{server.a}",)
            )
        changed = conn.execute(
            "UPDATE app_setting SET value = 'x' WHERE key = 'calendar_uid_namespace'"
        )
        assert changed.rowcount == 0  # invisible to UPDATE: only an administrator's
        for key in (f"themes_seeded.{server.b}", "some_programme_setting"):
            with pytest.raises(Exception) as refused, conn.transaction():
                conn.execute("INSERT INTO app_setting (key, value) VALUES (%s, '1')", (key,))
            assert _rls_refused(refused.value)


def test_an_administrator_sees_everything_and_a_login_without_grant_nothing(
    server: Server,
) -> None:
    with server.connect("admin") as conn:
        assert role_of(conn) == "admin"
        count = conn.execute("SELECT count(*) FROM balint_group").fetchone()[0]
        assert count == 2
        members = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        assert members == len(server.rows["a"]["member"]) + len(server.rows["b"]["member"])
    with server.connect("nobody") as conn:
        assert role_of(conn) == "none"
        for table in [*GROUP_TABLE_NAMES, "app_setting", "group_access"]:
            with pytest.raises(Exception) as refused:
                conn.execute(f"SELECT * FROM {table}")
            assert _rls_refused(refused.value)


def test_two_leaders_of_different_groups_number_their_meetings_apart(server: Server) -> None:
    keys = _server.need_server()
    made = []
    for who, group_id in (("leader_a", server.a), ("leader_b", server.b), ("leader_a", server.a)):
        url = f"postgresql://{server.logins[who]}@{keys['host']}:{keys['port']}/{server.name}"
        db = open_server(url, password="secret-" + who)
        try:
            extra = meetings.add_meeting(group_id, dt.date(2026, 7, 1) + dt.timedelta(len(made)))
            made.append(extra.id)
            assert Group.select().count() == 1  # each sees only their own group
        finally:
            db.close()
    assert len(set(made)) == 3


def test_grant_and_revoke(server: Server) -> None:
    with connect_raw(_server.url(server.name), _server.password()) as conn:
        with pytest.raises(NoSuchLogin):
            grant(conn, "nobody_" + uuid.uuid4().hex[:6], "admin")
        with pytest.raises(NoSuchGroups) as missing:
            grant(conn, server.logins["nobody"], "leader", ["Tuesday Balint", "Friday"])
        assert missing.value.names == ["Friday"]
        grant(conn, server.logins["nobody"], "leader", ["Tuesday Balint", "Thursday Balint"])
        held = {row.login: row for row in access(conn)}[server.logins["nobody"]]
        assert (held.role, held.groups) == ("leader", ("Thursday Balint", "Tuesday Balint"))
        revoke(conn, server.logins["nobody"], ["Thursday Balint"])
        held = {row.login: row for row in access(conn)}[server.logins["nobody"]]
        assert held.groups == ("Tuesday Balint",)
        revoke(conn, server.logins["nobody"])
        assert server.logins["nobody"] not in {row.login for row in access(conn)}
    with server.connect("nobody") as conn:
        assert role_of(conn) == "none"


def test_a_leader_exports_their_own_group_and_sees_nothing_of_another(
    server: Server, tmp_path
) -> None:
    import sqlite3

    with server.connect("leader_a") as conn:
        mine = export_group(conn, server.a, tmp_path / "a.sqlite3")
        theirs = export_group(conn, server.b, tmp_path / "b.sqlite3")
    with sqlite3.connect(mine) as file:
        assert file.execute("SELECT name FROM balint_group").fetchall() == [("Tuesday Balint",)]
        members = file.execute("SELECT count(*) FROM member").fetchone()[0]
        assert members == len(server.rows["a"]["member"])
    with sqlite3.connect(theirs) as file:
        for table in GROUP_TABLE_NAMES:
            assert file.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table


def test_a_leader_does_the_windows_ordinary_writes_through_the_store(server: Server) -> None:
    from balintdesk.store import settings, themes
    from balintdesk.store.roster import NotFoundError
    from balintdesk.store.rota_sheet import calendar_feed
    from tests.store._rich_history import NOW, TODAY

    keys = _server.need_server()
    url = f"postgresql://{server.logins['leader_a']}@{keys['host']}:{keys['port']}/{server.name}"
    db = open_server(url, password="secret-leader_a")
    try:
        assert themes.set_themes(server.a, ["Endings", "Beginnings"]) == ["Endings", "Beginnings"]
        feed = calendar_feed(server.a, TODAY, NOW + dt.timedelta(days=3))
        assert feed.events
        settings.set_setting(settings.CURRENT_GROUP, str(server.a))  # the window's choice
        assert settings.get_setting(settings.CURRENT_GROUP) == str(server.a)
        with pytest.raises(Exception) as refused:  # an administrator's setting
            settings.set_flag(settings.SHARED_PC, False)
        assert _rls_refused(refused.value.__cause__ or refused.value) or "row-level" in str(
            refused.value
        )
        with pytest.raises(NotFoundError):  # another group is simply not there
            themes.set_themes(server.b, ["Not mine"])
    finally:
        db.close()


def test_the_databases_owner_with_createrole_sets_it_up_and_is_an_administrator() -> None:
    """docs/server.md: db init as the database's owner with CREATEROLE (no superuser);
    the policies hold the owner too (FORCE), so it is made an administrator."""
    from balintdesk.store.server_schema import migrate_server

    keys = _server.need_server()
    owner = f"bd_owner_{uuid.uuid4().hex[:8]}"
    name = f"balintdesk_test_{uuid.uuid4().hex[:12]}"
    with _server.admin() as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'owner-pw'")
        conn.execute(f'CREATE DATABASE "{name}" OWNER {owner}')
    try:
        url = f"postgresql://{owner}@{keys['host']}:{keys['port']}/{name}"
        with connect_raw(url, password="owner-pw") as conn:
            (superuser,) = conn.execute(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
            ).fetchone()
            assert not superuser
            migrate_server(conn)
            secure(conn)
            secure(conn)
            assert role_of(conn) == "admin"
            conn.execute(
                "INSERT INTO balint_group (name, created_at) VALUES ('Owner''s group', now())"
            )
            assert conn.execute("SELECT count(*) FROM balint_group").fetchone() == (1,)
    finally:
        _server.drop_database(name)
        with _server.admin() as conn:
            conn.execute(f"DROP ROLE IF EXISTS {owner}")
