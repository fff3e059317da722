"""What the `balintdesk db` commands say when the server cannot be reached as asked: one
sentence for each `store.server.ServerTrouble` (cli/server.py prints it, exit status 2)."""

from __future__ import annotations

from balintdesk.i18n import translate
from balintdesk.store.server import ServerTrouble


def trouble_sentence(trouble: ServerTrouble) -> str:
    texts = {  # each a literal, for the catalogue's extractor
        ServerTrouble.UNTRUSTED_CERTIFICATE: translate(
            "cli",
            "The server's certificate is not signed by the CA certificate named in the URL "
            "(sslrootcert), so BalintDesk did not connect; ask IT for the programme's CA file.",
        ),
        ServerTrouble.WRONG_NAME: translate(
            "cli",
            "The server's certificate was made for another name than the one in the URL, so "
            "BalintDesk did not connect; use the server name IT gave you.",
        ),
        ServerTrouble.UNREACHABLE: translate(
            "cli",
            "No server answers at that address; check the server's name and port, and that "
            "it is running.",
        ),
        ServerTrouble.WRONG_PASSWORD: translate(
            "cli",
            "The server refused the login and password; check both (--password-stdin, "
            "PGPASSWORD or ~/.pgpass).",
        ),
        ServerTrouble.NOT_VERIFIED: translate(
            "cli",
            "The URL does not verify the server: add ?sslmode=verify-full&sslrootcert=FILE "
            "(the programme's CA certificate); only a server on this computer may go without.",
        ),
    }
    return texts[trouble]
