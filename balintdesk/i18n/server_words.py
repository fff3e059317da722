"""What the command line and the window say about reaching the practice's server
(issue 17): one plain sentence per trouble, and who the login is once connected. Shared
by cli/ and ui/, so that both say the same thing in the user's language."""

from __future__ import annotations

from balintdesk.i18n import fill, translate
from balintdesk.store.access import Role
from balintdesk.store.server import ServerTrouble

CONTEXT = "ServerWords"


def trouble_sentence(trouble: ServerTrouble, host: str, login: str) -> str:
    """The sentence for a failed connection to `host` as `login` (no password in it)."""
    if trouble is ServerTrouble.UNREACHABLE:
        text = translate(
            "ServerWords",
            "The server {host} cannot be reached: check the network, or ask IT whether "
            "the server is running.",
        )
    elif trouble is ServerTrouble.WRONG_PASSWORD:
        text = translate(
            "ServerWords",
            "The server {host} did not accept the login “{login}” with this password: check both.",
        )
    elif trouble is ServerTrouble.UNTRUSTED_CERTIFICATE:
        text = translate(
            "ServerWords",
            "The certificate of the server {host} is not signed by the programme's CA file "
            "you chose: ask IT for the right file.",
        )
    elif trouble is ServerTrouble.WRONG_NAME:
        text = translate(
            "ServerWords",
            "The certificate of the server {host} is made out for another name: use the "
            "server's name exactly as IT gave it.",
        )
    else:  # NOT_VERIFIED
        text = translate(
            "ServerWords",
            "The connection to {host} would not verify the server (it needs "
            "sslmode=verify-full and the programme's CA file), so BalintDesk does not use it.",
        )
    return fill(text, host=host, login=login)


def no_access_sentence(login: str) -> str:
    return fill(
        translate(
            "ServerWords",
            "Connected, but the login “{login}” has no access to any group: ask the "
            "programme's administrator to give {login} access.",
        ),
        login=login,
    )


def newer_schema_sentence(found: int) -> str:
    return fill(
        translate(
            "ServerWords",
            "The server's database was set up by a newer BalintDesk (schema {found}): "
            "install that version on this computer.",
        ),
        found=str(found),
    )


def other_failure_sentence(host: str, reason: str) -> str:
    """A refusal libpq words itself (no such database, too many connections, …)."""
    return fill(
        translate("ServerWords", "The server {host} refused the connection: {reason}"),
        host=host,
        reason=reason,
    )


def connected_sentence(role: Role | None, groups: int) -> str:
    """ "Connected: …" for Test connection."""
    if role is Role.ADMINISTRATOR:
        return translate("ServerWords", "Connected: you are a programme administrator.")
    if role is Role.LEADER:
        return translate("ServerWords", "Connected: you lead %n group(s).", None, groups)
    return translate("ServerWords", "Connected: %n group(s) on this server.", None, groups)


def refused_sentence() -> str:
    """The server's grants or row-level security refused a change (store.server.
    refused_by_server): said the same in the window and on the command line."""
    return translate(
        "ServerWords",
        "The practice's server does not let your login make this change (a group's leader "
        "changes only their own groups; adding groups is for a programme administrator), "
        "so nothing was changed.",
    )
