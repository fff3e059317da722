"""`balintdesk db init|grant|revoke|access|move|export`: the practice's PostgreSQL server,
for the programme's IT and administrators (issue 17; docs/server.md is their page).

Each command connects to the server named by --url as the login in it. The password is
never an argument (argv is visible to everyone on the computer): libpq's own PGPASSWORD
or ~/.pgpass, or --password-stdin. BalintDesk makes no logins: IT makes them with the
server's own tools (CREATE ROLE ... LOGIN PASSWORD, docs/server.md), and `db grant` gives
an existing login its access. Every trouble is one sentence and exit status 2.

These commands do not open this PC's database, except `db move`, which only reads it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from balintdesk import paths
from balintdesk.cli import database
from balintdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliError,
    no_folder,
    own_file_sentence,
)
from balintdesk.cli.server_connect import host_and_login
from balintdesk.fileio import OwnFileError
from balintdesk.i18n import fill, shown, translate
from balintdesk.i18n.server_words import other_failure_sentence, trouble_sentence
from balintdesk.store.migrations import LATEST_VERSION, NewerDatabaseError
from balintdesk.store.server import ServerError, connect_raw, load_driver
from balintdesk.store.server_move import (
    BrokenRow,
    NameClash,
    NotAdministrator,
    SchemaMismatch,
    export_group,
    move_to_server,
)
from balintdesk.store.server_schema import migrate_server
from balintdesk.store.server_security import (
    NoSuchGroups,
    NoSuchLogin,
    NotInitialised,
    access,
    grant,
    revoke,
    role_of,
    secure,
)
from balintdesk.store.soundness import DamagedDatabaseError

COMMAND = "db"


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    server = argparse.ArgumentParser(add_help=False, parents=[later])
    server.add_argument(
        "--url",
        required=True,
        metavar="URL",
        help=translate(
            "cli",
            "the server's database: postgresql://LOGIN@SERVER/DATABASE?sslmode=verify-full"
            "&sslrootcert=CA-FILE",
        ),
    )
    server.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "cli",
            "read the password from the first line of standard input (else PGPASSWORD or "
            "~/.pgpass)",
        ),
    )
    db = commands.add_parser(
        COMMAND, parents=[later], help=translate("cli", "the group database on a server")
    )
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    actions.add_parser(
        "init",
        parents=[server],
        help=translate("cli", "set up the schema, the roles and row-level security"),
    )
    granting = actions.add_parser(
        "grant", parents=[server], help=translate("cli", "give a login access")
    )
    login_help = translate("cli", "a login IT has made on the server")
    granting.add_argument("--login", required=True, metavar="LOGIN", help=login_help)
    granting.add_argument(
        "--role",
        required=True,
        choices=("admin", "leader"),
        help=translate("cli", "admin: every group; leader: the groups named with --group"),
    )
    granting.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("cli", "a group the leader leads (repeat for more)"),
    )
    revoking = actions.add_parser(
        "revoke", parents=[server], help=translate("cli", "take a login's access away")
    )
    revoking.add_argument("--login", required=True, metavar="LOGIN", help=login_help)
    revoking.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("cli", "only this group (repeat for more); without it, all access"),
    )
    actions.add_parser("access", parents=[server], help=translate("cli", "who has what access"))
    moving = actions.add_parser(
        "move",
        parents=[server],
        help=translate("cli", "move this PC's groups, with their history, to the server"),
    )
    moving.add_argument(
        "--from-local",
        action="store_true",
        required=True,
        help=translate("cli", "from this PC's data folder, which stays as it is"),
    )
    exporting = actions.add_parser(
        "export",
        parents=[server],
        help=translate("cli", "write one group of the server to a new local database file"),
    )
    exporting.add_argument(
        "--group", required=True, metavar="NAME", help=translate("cli", "the group's name")
    )
    exporting.add_argument(
        "--out", required=True, metavar="FILE", help=translate("cli", "a new file to write")
    )


def _names(names) -> str:
    return ", ".join(f"“{name}”" for name in names)


def _connect(args: argparse.Namespace):
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        return connect_raw(args.url, password)
    except (ValueError, load_driver().ProgrammingError):  # libpq could not read the URL
        said = translate(
            "cli", "That is not a PostgreSQL URL; write it as postgresql://LOGIN@SERVER/DATABASE."
        )
        raise CliError(said) from None


def _init(args: argparse.Namespace, conn) -> int:
    migrate_server(conn)
    secure(conn)
    said = translate(
        "cli",
        "The database is ready: schema version {version}, the roles balintdesk_administrator "
        "and balintdesk_leader, and row-level security on every table. Give people access "
        "with “balintdesk db grant”.",
    )
    print(fill(said, version=LATEST_VERSION))
    return EXIT_OK


def _grant(args: argparse.Namespace, conn) -> int:
    role_of(conn)  # NotInitialised before db init
    if args.role == "leader" and not args.group:
        raise CliError(translate("cli", "A leader needs at least one group: add --group NAME."))
    if args.role == "admin" and args.group:
        raise CliError(translate("cli", "An administrator sees every group; leave out --group."))
    named = grant(conn, args.login, args.role, args.group)
    if args.role == "admin":
        said = translate("cli", "{login} is now a programme administrator: every group.")
        print(fill(said, login=args.login))
    else:
        print(
            fill(
                translate("cli", "{login} now leads {groups}."),
                login=args.login,
                groups=_names(named),  # as the server spells them
            )
        )
    return EXIT_OK


def _revoke(args: argparse.Namespace, conn) -> int:
    role_of(conn)
    named = revoke(conn, args.login, args.group)
    if args.group:
        said = translate("cli", "{login} no longer has access to {groups}.")
        print(fill(said, login=args.login, groups=_names(named)))
    else:
        print(fill(translate("cli", "{login} no longer has any access."), login=args.login))
    return EXIT_OK


def _access(args: argparse.Namespace, conn) -> int:
    role_of(conn)
    rows = access(conn)
    if not rows:
        print(translate("cli", "Nobody has been given access yet."))
        return EXIT_OK
    roles = {
        "admin": translate("cli", "administrator"),
        "leader": translate("cli", "leader"),
    }
    every = translate("cli", "every group")
    table = [(translate("cli", "Login"), translate("cli", "Role"), translate("cli", "Groups"))]
    table += [
        (row.login, roles[row.role], every if row.role == "admin" else ", ".join(row.groups))
        for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(2)]
    for login, role, groups in table:
        print(f"{login.ljust(widths[0])}  {role.ljust(widths[1])}  {groups}".rstrip())
    return EXIT_OK


def _move(args: argparse.Namespace, conn) -> int:
    data_dir = paths.resolve_data_dir(args.data_dir)
    local = paths.database_path(data_dir)
    if not local.is_file():
        said = translate("cli", "There is no BalintDesk database in {folder}; nothing was moved.")
        raise CliError(fill(said, folder=data_dir))
    try:
        moved = move_to_server(conn, local)
    except DamagedDatabaseError as exc:
        print(database.damage_sentence(exc, data_dir), file=sys.stderr)
        return EXIT_PROBLEMS
    except NewerDatabaseError as exc:
        raise CliError(shown(exc)) from None
    except BrokenRow as exc:
        said = translate(
            "cli",
            "Row {row} of the table {table} on this PC names a {column} that is not there, "
            "so nothing was moved; run “balintdesk check”, then try again.",
        )
        raise CliError(fill(said, row=exc.row_id, table=exc.table, column=exc.column)) from None
    except NotAdministrator:
        said = translate(
            "cli", "Only a programme administrator may move groups to the server; connect as one."
        )
        raise CliError(said) from None
    except NameClash as exc:
        said = translate(
            "cli",
            "The server already has a group called {names}, so nothing was moved; rename the "
            "group on this PC or on the server first.",
        )
        raise CliError(fill(said, names=_names(exc.names))) from None
    except SchemaMismatch as exc:
        if exc.where == "local":
            said = translate(
                "cli",
                "The database on this PC is at schema version {version}; open it once with "
                "this BalintDesk (it updates the file), then move it.",
            )
        else:
            said = translate(
                "cli",
                "The server's database is at schema version {version}; run “balintdesk db "
                "init” with this BalintDesk first.",
            )
        raise CliError(fill(said, version=exc.version)) from None
    if not moved.groups:
        print(translate("cli", "This PC has no groups, so nothing was moved."))
        return EXIT_OK
    said = translate(
        "cli",
        "%n group(s) moved to the server with all their history: {names}.",
        None,
        len(moved.groups),
    )
    print(fill(said, names=_names(moved.groups)))
    if not moved.ids_kept:
        print(
            translate(
                "cli",
                "The server already used some of their numbers, so they were numbered anew; "
                "export their calendar files again.",
            )
        )
    said = translate(
        "cli",
        "The database on this PC, {path}, is kept unchanged as a backup. The window still "
        "uses it until you choose the shared database in Settings → Shared database.",
    )
    print(fill(said, path=local))
    return EXIT_OK


def _export(args: argparse.Namespace, conn) -> int:
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CliError(no_folder(out.parent))
    with conn.cursor() as cursor:
        role_of(conn)
        cursor.execute(
            "SELECT id, name FROM balint_group WHERE lower(name) = lower(%s)", (args.group,)
        )
        found = cursor.fetchone()
    if found is None:
        raise NoSuchGroups([args.group])
    try:
        export_group(conn, found[0], out)
    except OwnFileError as exc:
        raise CliError(own_file_sentence(exc)) from None
    except FileExistsError:
        said = translate("cli", "{path} already exists; name a new file.")
        raise CliError(fill(said, path=out)) from None
    print(
        fill(translate("cli", "{group} was written to {path}."), group=_names([found[1]]), path=out)
    )
    return EXIT_OK


def run(handler, args: argparse.Namespace) -> int:
    """Connect, run `handler(args, conn)`, and turn every trouble into one sentence."""
    error = load_driver().Error
    try:
        conn = _connect(args)
    except ServerError as exc:
        print(trouble_sentence(exc.trouble, *host_and_login(args.url)), file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.status
    except error as exc:
        host = host_and_login(args.url)[0]
        print(other_failure_sentence(host, _first_line(exc)), file=sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args, conn)
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.status
    except NotInitialised:
        said = translate(
            "cli", "BalintDesk is not set up on this database yet; run “balintdesk db init” first."
        )
        print(said, file=sys.stderr)
    except NoSuchLogin as exc:
        said = translate(
            "cli",
            "There is no login {login} on the server. IT makes logins with the server's own "
            "tools (docs/server.md says how); then run this again.",
        )
        print(fill(said, login=exc.login), file=sys.stderr)
    except NoSuchGroups as exc:
        said = translate("cli", "No group on the server is called {names}.")
        print(fill(said, names=_names(exc.names)), file=sys.stderr)
    except ServerError as exc:
        print(trouble_sentence(exc.trouble, *host_and_login(args.url)), file=sys.stderr)
    except error as exc:
        said = translate("cli", "The server refused: {reason}")
        print(fill(said, reason=_first_line(exc)), file=sys.stderr)
    finally:
        conn.close()
    return EXIT_USAGE


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


COMMANDS = {
    (COMMAND, "init"): _init,
    (COMMAND, "grant"): _grant,
    (COMMAND, "revoke"): _revoke,
    (COMMAND, "access"): _access,
    (COMMAND, "move"): _move,
    (COMMAND, "export"): _export,
}
