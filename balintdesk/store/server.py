"""The group database on the practice's PostgreSQL server (DESIGN.md, "One PC, or the
practice's server"; issue 17).

The driver is psycopg 3 with its binary wheel (psycopg[binary]), through peewee's own
PostgresqlDatabase. Why psycopg 3 rather than psycopg2-binary: peewee 4 supports it in
PostgresqlDatabase itself (its Psycopg3Adapter; playhouse.psycopg3_ext was only needed
by peewee 3), it is the maintained line (psycopg2 gets fixes only, and its authors advise
against psycopg2-binary in production), its binary wheel bundles libpq and OpenSSL for
Windows, macOS and Linux, and it reports TLS failures as libpq's own messages, which
`server_trouble` reads.

The driver is imported only here, when a server is configured: importing it costs about
0.1 s, which the one-PC start-up does not pay (`balintdesk.driver_guard`).

A server's URL is a libpq URL: postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=verify-full
&sslrootcert=/path/to/programme-ca.crt. TLS with the server verified (verify-full) is
required, except to a server on the same computer (localhost, 127.0.0.1, ::1, or a Unix
socket), where nothing crosses a network.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path

from peewee import PostgresqlDatabase

from balintdesk.store.models import database_proxy

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
CONNECT_TIMEOUT_SECONDS = 10
# A network that goes away (a cable pulled, Wi-Fi lost) sends no "connection closed": a
# query on it would wait for the operating system's TCP timeout, minutes, with the
# meeting-room window frozen. libpq's keepalives and tcp_user_timeout (PostgreSQL docs,
# libpq-connect.html, "keepalives", "tcp_user_timeout": libpq 12 and later) end such a
# connection within about 10 s instead, which the outbox (ui/common/offline.py) then
# treats as a lost server.
LIVELINESS = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,  # milliseconds
}
_SQLITE_LOCKS = frozenset({"DEFERRED", "IMMEDIATE", "EXCLUSIVE"})


class ServerTrouble(enum.Enum):
    """What went wrong reaching the server, for a later sentence in the window."""

    UNTRUSTED_CERTIFICATE = "untrusted-certificate"  # not signed by the CA we were given
    WRONG_NAME = "wrong-name"  # the certificate is for another host name
    UNREACHABLE = "unreachable"  # no server answers at that address
    WRONG_PASSWORD = "wrong-password"
    NOT_VERIFIED = "not-verified"  # the URL asks for less than verify-full


class ServerError(Exception):
    def __init__(self, trouble: ServerTrouble, detail: str = ""):
        self.trouble = trouble
        super().__init__(f"{trouble.value}: {detail}" if detail else trouble.value)


def load_driver():
    """psycopg, imported now and handed to peewee, which was imported without it."""
    import peewee
    import psycopg
    import psycopg.conninfo
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    if peewee.psycopg is None:
        # What peewee.py sets at its top and in Psycopg3Adapter's class body when psycopg
        # is importable then; driver_guard hid it at that moment.
        peewee.psycopg = psycopg
        peewee.TransactionStatus = TransactionStatus
        peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN
    return psycopg


def driver_loaded() -> bool:
    return "psycopg" in sys.modules


def _parts(url: str) -> dict[str, str]:
    """libpq's own reading of the URL (psycopg's conninfo_to_dict): no parser of ours."""
    if not url.startswith(("postgresql://", "postgres://")):
        raise ValueError("not a postgresql:// URL")
    return load_driver().conninfo.conninfo_to_dict(url)


def is_local(url: str) -> bool:
    """True for a server on this computer (no network between us and it): localhost,
    127.0.0.1, ::1, or a Unix socket's folder. Every host of a list must be local."""
    hosts = _parts(url).get("host", "").split(",")
    return all(host in LOCAL_HOSTS or host.startswith("/") for host in hosts)


def check_url(url: str) -> None:
    """ServerError(NOT_VERIFIED) unless the URL verifies the server it reaches over a
    network: sslmode=verify-full (with the CA in sslrootcert, or libpq's default file)."""
    mode = _parts(url).get("sslmode", "")
    if mode != "verify-full" and not is_local(url):
        raise ServerError(ServerTrouble.NOT_VERIFIED, f"sslmode={mode or '(none)'}")


class ServerDatabase(PostgresqlDatabase):
    """peewee's PostgresqlDatabase for the group database on a server. Like
    connect.BalintDatabase it says `read_only`; `path` is None (no local file)."""

    path = None
    read_only = False
    is_server = True
    local_folder: Path | None = None  # this computer's data folder (rules, the vault's file)

    def begin(self, isolation_level=None) -> None:
        # The store asks SQLite for atomic("IMMEDIATE") (take the write lock first, see
        # connect.py); PostgreSQL locks rows as it writes, so that is a plain BEGIN here.
        if isinstance(isolation_level, str) and isolation_level.upper() in _SQLITE_LOCKS:
            isolation_level = None
        super().begin(isolation_level)


def server_trouble(exc: BaseException) -> ServerTrouble | None:
    """What a failed connection means, from libpq's message (psycopg passes it on)."""
    text = str(exc).lower()
    if "certificate verify failed" in text or "self-signed certificate" in text:
        return ServerTrouble.UNTRUSTED_CERTIFICATE
    if "does not match host name" in text or "server certificate for" in text:
        return ServerTrouble.WRONG_NAME
    if "password authentication failed" in text or "no password supplied" in text:
        return ServerTrouble.WRONG_PASSWORD
    if "connection refused" in text or "could not translate host name" in text:
        return ServerTrouble.UNREACHABLE
    if "timeout expired" in text or "no route to host" in text:
        return ServerTrouble.UNREACHABLE
    return None


def connect_raw(url: str, password: str | None = None):
    """A psycopg connection to the server (no peewee), the URL checked first;
    ServerError when the reason is one `server_trouble` knows."""
    check_url(url)
    psycopg = load_driver()
    try:
        return psycopg.connect(
            url,
            password=password,
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            autocommit=True,
            **LIVELINESS,
        )
    except psycopg.OperationalError as exc:
        trouble = server_trouble(exc)
        if trouble is None:
            raise
        raise ServerError(trouble, str(exc)) from exc


def open_server(
    url: str, password: str | None = None, local_folder: Path | None = None
) -> ServerDatabase:
    """Open the group database on a server, migrating it first if its schema is older
    (an empty database gets the baseline: see server_schema.py); bind the models to it.

    The vault's models are never used with it: notes stay in their local file.
    """
    from balintdesk.store.server_schema import migrate_server

    check_url(url)
    load_driver()
    params = {"connect_timeout": CONNECT_TIMEOUT_SECONDS, **LIVELINESS}
    if password is not None:
        params["password"] = password
    db = ServerDatabase(url, prefer_psycopg3=True, **params)
    db.local_folder = local_folder
    try:
        db.connect()
    except Exception as exc:
        trouble = server_trouble(exc)
        if trouble is None:
            raise
        raise ServerError(trouble, str(exc)) from exc
    try:
        migrate_server(db.connection())
    except BaseException:
        db.close()
        raise
    database_proxy.initialize(db)
    return db


# SQLSTATEs that mean the session is gone, not that a statement was wrong: class 08
# (connection exception) and the server shutting down or starting up (57P01-57P03).
_GONE_STATES = ("08", "57P01", "57P02", "57P03")


def _driver_error(exc: BaseException):
    """The driver's own exception behind `exc` (peewee keeps it as the cause or context),
    or None; None too while psycopg is not loaded (a local file: no server error)."""
    if not driver_loaded():
        return None
    import psycopg

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, psycopg.Error):
            return current
        current = current.__cause__ or current.__context__
    return None


def is_connection_lost(exc: BaseException) -> bool:
    """True when `exc` says the server cannot be reached (stopped, network gone, the
    session dropped), so that what was being written may wait and be sent later; False
    for everything else, above all a statement the server refused (bad data, a broken
    rule, a conflict), which stays an error.

    peewee wraps the driver's exception (OperationalError, InterfaceError) and keeps the
    driver's one as its context; psycopg's own have no SQLSTATE when libpq lost the
    connection ("connection refused", "consuming input failed", "the connection is
    closed"). A local SQLite file's errors are never a lost connection."""
    if isinstance(exc, ServerError):
        return exc.trouble == ServerTrouble.UNREACHABLE
    error = _driver_error(exc)
    if error is None:
        return False
    import psycopg

    if not isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError)):
        return False
    state = getattr(error, "sqlstate", None)
    return state is None or state.startswith(_GONE_STATES)


def refused_by_server(exc: BaseException) -> bool:
    """True when the server's grants or row-level security refused a statement
    (SQLSTATE 42501, insufficient_privilege: e.g. a group's leader adding a group, or
    writing into another group): the login may not, which is no bug of ours, and nothing
    was changed (the statement's transaction is rolled back)."""
    error = _driver_error(exc)
    return error is not None and getattr(error, "sqlstate", None) == "42501"
