"""The private PostgreSQL server tests/run.sh starts (tests/pg_server.sh), for tests that
need one: its address from the environment, and a fresh database per test made from a
migrated template (CREATE DATABASE ... TEMPLATE copies files: a few milliseconds).

Without the server a test skips with the reason; under CI=true it fails instead, so a
server that did not start cannot pass for "all green".
"""

from __future__ import annotations

import os
import uuid

import pytest

ADDRESS_ENV = "BALINTDESK_TEST_PG"
PASSWORD_ENV = "BALINTDESK_TEST_PG_PASSWORD"
CA_ENV = "BALINTDESK_TEST_PG_CA"
OTHER_CA_ENV = "BALINTDESK_TEST_PG_OTHER_CA"

_template: str | None = None


def need_server() -> dict[str, str]:
    """The server's libpq keywords (host, port, user, dbname); skip (fail on CI) without."""
    address = os.environ.get(ADDRESS_ENV, "")
    if not address:
        reason = f"no test PostgreSQL server (${ADDRESS_ENV}; tests/run.sh starts one)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return dict(part.split("=", 1) for part in address.split())


def password() -> str:
    return os.environ.get(PASSWORD_ENV, "")


def url(dbname: str, **query: str) -> str:
    """A postgresql:// URL to `dbname` on the test server, as the admin login."""
    keys = need_server()
    tail = "&".join(f"{k}={v}" for k, v in query.items())
    return f"postgresql://{keys['user']}@{keys['host']}:{keys['port']}/{dbname}" + (
        f"?{tail}" if tail else ""
    )


def admin():
    """An autocommit psycopg connection to the server's `postgres` database."""
    from balintdesk.store.server import load_driver

    psycopg = load_driver()
    keys = need_server()
    return psycopg.connect(**keys, password=password(), autocommit=True)


def _migrated_template() -> str:
    global _template
    if _template is None:
        from balintdesk.store.server import load_driver
        from balintdesk.store.server_schema import migrate_server

        name = f"balintdesk_template_{os.getpid()}"
        with admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        psycopg = load_driver()
        keys = {**need_server(), "dbname": name}
        with psycopg.connect(**keys, password=password(), autocommit=True) as conn:
            migrate_server(conn)
        _template = name
    return _template


def fresh_database(migrated: bool = True) -> str:
    """The name of a new database on the server: a copy of the migrated template, or
    empty. `drop_database` removes it."""
    name = f"balintdesk_test_{uuid.uuid4().hex[:12]}"
    template = _migrated_template() if migrated else "template0"
    with admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def drop_database(name: str) -> None:
    with admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_template() -> None:
    global _template
    if _template is not None:
        drop_database(_template)
        _template = None
