"""Which group database a command works on (issue 17): `--database URL`, else
$BALINTDESK_DATABASE, else the server chosen in Settings (server.json, its password from the
OS keyring, or libpq's PGPASSWORD / ~/.pgpass), else this computer's own SQLite file.

The private notes' file stays in the data folder whichever it is. Nothing here imports
psycopg unless a server is to be opened (tests/store/test_driver_loading.py).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from balintdesk.cli.common import EXIT_USAGE, CliError
from balintdesk.domain.words import WordsError
from balintdesk.i18n import fill, say, translate
from balintdesk.paths import NOTES_NAME

DATABASE_ENV = "BALINTDESK_DATABASE"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerChoice:
    url: str
    password: str | None  # None: libpq's own PGPASSWORD or ~/.pgpass, if any
    host: str
    login: str


def database_help() -> str:
    return translate(
        "cli",
        "the group database on the practice's PostgreSQL server, as a postgresql:// URL "
        "(default: $BALINTDESK_DATABASE, else the server chosen in Settings, else this "
        "computer's own file)",
    )


def chosen_server(cli_value: str | None, data_dir: Path) -> ServerChoice | None:
    """The server to open, or None for this computer's own file."""
    from balintdesk.store import server_config

    url = cli_value or os.environ.get(DATABASE_ENV) or None
    if url is not None:
        host, login = host_and_login(url)
        return ServerChoice(url, None, host, login)
    try:
        config = server_config.configured(data_dir)
    except WordsError as exc:
        raise CliError(say(exc.words)) from None
    if config is None:
        return None
    return ServerChoice(
        config.url(), _kept_password(config.keyring_user()), config.host, config.login
    )


def _kept_password(user: str) -> str | None:
    from balintdesk.vault.keychain import KeychainUnavailable
    from balintdesk.vault.server_password import ServerPasswords

    passwords = ServerPasswords()
    if not passwords.available:
        return None
    try:
        return passwords.load(user)
    except KeychainUnavailable:
        return None  # libpq may still find one (PGPASSWORD, ~/.pgpass)


def host_and_login(url: str) -> tuple[str, str]:
    """For the sentences: libpq's own reading of the URL."""
    from balintdesk.store.server import load_driver

    if not url.startswith(("postgresql://", "postgres://")):
        return url, ""
    try:
        parts = load_driver().conninfo.conninfo_to_dict(url)
    except Exception:  # psycopg.ProgrammingError: the open says what is wrong
        return url, ""
    return parts.get("host", "") or "localhost", parts.get("user", "") or ""


def open_server_database(choice: ServerChoice, data_dir: Path):
    """The server's database, bound to the models, with this computer's notes file;
    CliError with one plain sentence for each trouble (exit 2), never a traceback."""
    import peewee

    from balintdesk.i18n import server_words
    from balintdesk.store import access
    from balintdesk.store.migrations import NewerDatabaseError
    from balintdesk.store.notes_db import open_notes_database
    from balintdesk.store.server import ServerError, load_driver, open_server

    if not choice.url.startswith(("postgresql://", "postgres://")):
        said = translate("cli", "--database takes a postgresql:// URL, such as {example}.")
        example = "postgresql://LOGIN@HOST/DATABASE?sslmode=verify-full&sslrootcert=CA.crt"
        raise CliError(fill(said, example=example), EXIT_USAGE)
    try:
        db = open_server(choice.url, choice.password, local_folder=data_dir)
    except ServerError as exc:
        sentence = server_words.trouble_sentence(exc.trouble, choice.host, choice.login)
        raise CliError(sentence, EXIT_USAGE) from None
    except load_driver().errors.InsufficientPrivilege:
        raise CliError(server_words.no_access_sentence(choice.login), EXIT_USAGE) from None
    except NewerDatabaseError as exc:
        found = int(exc.words.values.get("found", 0)) if exc.words else 0
        raise CliError(server_words.newer_schema_sentence(found), EXIT_USAGE) from None
    except (peewee.DatabaseError, load_driver().Error, ValueError) as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise CliError(server_words.other_failure_sentence(choice.host, reason)) from None
    try:
        role = access.current_role()
    except peewee.DatabaseError:  # no balintdesk_role() yet: `balintdesk db init` not run
        role = None
    if role is access.Role.NONE:
        db.close()
        raise CliError(server_words.no_access_sentence(choice.login), EXIT_USAGE)
    db.notes = open_notes_database(data_dir / NOTES_NAME)
    return db


def connection_lost(db, exc: BaseException) -> bool:
    """The server went away during a command (not a mistake in the command)."""
    from balintdesk.store.server import is_connection_lost

    return getattr(db, "is_server", False) and is_connection_lost(exc)


def lost_sentence() -> str:
    return translate(
        "cli",
        "The connection to the server was lost during the command: try again when the "
        "server can be reached.",
    )
