"""How this computer reaches the practice's server (issue 17): `server.json` in the data
folder, written by Settings → Shared database, read by the window's start and the CLI.

It holds the server's host, port, database, login and the programme's CA certificate
file, and whether to use the server at all; never a password (that is in the OS keyring:
vault/server_password.py, or libpq's own PGPASSWORD / ~/.pgpass). Switching back to
"this computer only" keeps the rest, so switching again needs no retyping.

`try_connection` is Settings' *Test connection*: a plain psycopg connection (the models
stay bound to the window's own database) that says who the login is there.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from balintdesk.domain.words import Words, WordsError
from balintdesk.fileio import write_bytes_atomic
from balintdesk.paths import server_config_path
from balintdesk.store.access import Role, role_on_server
from balintdesk.store.migrations import LATEST_VERSION, NewerDatabaseError
from balintdesk.store.server import LOCAL_HOSTS, ServerError, ServerTrouble, connect_raw

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "balintdesk"
FORMAT = 1
# RFC 3986's unreserved characters: everything else in a URL part is percent-encoded.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


@dataclass(frozen=True)
class ServerConfig:
    host: str
    login: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    ca_file: str = ""  # the programme's CA certificate (not needed for a local server)
    use_server: bool = True  # False: this computer's own file, the rest kept for later
    extra: dict = field(default_factory=dict, compare=False)  # keys a newer version wrote

    def is_local(self) -> bool:
        """A server on this computer: nothing crosses a network (store/server.is_local)."""
        return self.host in LOCAL_HOSTS or self.host.startswith("/")

    def url(self) -> str:
        """libpq's URL; TLS verifying the server against the CA file unless local."""
        ipv6 = ":" in self.host and not self.host.startswith("/")
        host = f"[{self.host}]" if ipv6 else _encoded(self.host)
        login, database = _encoded(self.login), _encoded(self.database)
        base = f"postgresql://{login}@{host}:{self.port}/{database}"
        if self.is_local():
            return base
        query = "sslmode=verify-full"
        if self.ca_file:
            query += f"&sslrootcert={_encoded(self.ca_file)}"
        return f"{base}?{query}"

    def keyring_user(self) -> str:
        """The name the password has in the OS keyring (service "BalintDesk")."""
        return f"server:{self.login}@{self.host}:{self.port}/{self.database}"


def _encoded(text: str) -> str:
    return "".join(
        char if char in _UNRESERVED else "".join(f"%{byte:02X}" for byte in char.encode())
        for char in text
    )


DAMAGED = Words(
    "ServerConfig",
    "The shared database's settings on this computer ({file}) cannot be read; choose the "
    "server again in Settings → Shared database.",
)


def load(data_dir: Path) -> ServerConfig | None:
    """The saved configuration (used or not), or None if there is none.
    WordsError(DAMAGED) if the file is there but not one BalintDesk wrote."""
    path = server_config_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
        known = {"host", "login", "port", "database", "ca_file", "use_server"}
        config = ServerConfig(
            host=str(data["host"]),
            login=str(data["login"]),
            port=int(data.get("port", DEFAULT_PORT)),
            database=str(data.get("database", DEFAULT_DATABASE)),
            ca_file=str(data.get("ca_file", "")),
            use_server=bool(data.get("use_server", True)),
            extra={k: v for k, v in data.items() if k not in known | {"format"}},
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WordsError(replace(DAMAGED, values={"file": str(path)})) from exc
    return config


def configured(data_dir: Path) -> ServerConfig | None:
    """The server to use, or None for this computer's own file."""
    config = load(data_dir)
    return config if config is not None and config.use_server else None


def save(data_dir: Path, config: ServerConfig) -> None:
    """Write the configuration, whole or not at all. There is no password field to fill."""
    data = {"format": FORMAT, **config.extra, **asdict(config)}
    del data["extra"]
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    # One of BalintDesk's own files (paths.OwnFile), so no export may write over it.
    write_bytes_atomic(server_config_path(data_dir), text.encode("utf-8"), own_file=True)


def use_this_computer(data_dir: Path) -> None:
    """Back to this computer's own file; the server's details are kept for later."""
    config = load(data_dir)
    if config is not None and config.use_server:
        save(data_dir, ServerConfig(**{**_fields(config), "use_server": False}))


def _fields(config: ServerConfig) -> dict:
    return {
        "host": config.host,
        "login": config.login,
        "port": config.port,
        "database": config.database,
        "ca_file": config.ca_file,
        "extra": config.extra,
    }


# --- Test connection -----------------------------------------------------------------------


@dataclass(frozen=True)
class Reached:
    """What a test connection found."""

    role: Role | None  # None: the server has no BalintDesk roles yet (db init not run)
    groups: int  # the groups this login sees (a leader sees only theirs)


def try_connection(url: str, password: str | None) -> Reached:
    """Connect as the window would, and say who the login is there. ServerError for a
    trouble; NewerDatabaseError if the server's schema is newer than this BalintDesk's."""
    from balintdesk.store.server import load_driver
    from balintdesk.store.server_schema import server_schema_version

    denied = load_driver().errors.InsufficientPrivilege
    with connect_raw(url, password) as conn, conn.cursor() as cursor:
        try:
            version = server_schema_version(cursor)
            if version > LATEST_VERSION:
                raise NewerDatabaseError(version)
            role = role_on_server(cursor.execute)
            groups = 0
            cursor.execute("SELECT to_regclass('balint_group') IS NOT NULL")
            if cursor.fetchone()[0]:
                cursor.execute("SELECT count(*) FROM balint_group")
                groups = cursor.fetchone()[0]
        except denied:  # a login given nothing may not even read the schema's version
            return Reached(Role.NONE, 0)
        return Reached(role, groups)


def no_access(reached: Reached) -> bool:
    """Connected, but this login may see nothing: no grant, or a leader of no group."""
    return reached.role is Role.NONE or (reached.role is Role.LEADER and reached.groups == 0)


__all__ = [
    "ServerConfig",
    "ServerError",
    "ServerTrouble",
    "configured",
    "load",
    "save",
    "try_connection",
    "use_this_computer",
]
