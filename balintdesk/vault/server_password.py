"""The server's password in the OS keyring (issue 17): service "BalintDesk", user name
"server:LOGIN@HOST:PORT/DB" (store/server_config.ServerConfig.keyring_user).

The keyring is the one keychain.py chooses: only a secure backend (Secret Service, KWallet,
macOS Keychain, Windows Credential Manager kept on this computer) counts. With none, the
password is not remembered anywhere: the window asks for it each time. The password is
never logged, never part of an exception's text.
"""

from __future__ import annotations

import logging
from dataclasses import replace

import keyring.errors
from keyring.backend import KeyringBackend

from balintdesk.domain.words import Words
from balintdesk.vault import keychain
from balintdesk.vault.keychain import SERVICE, KeychainUnavailable

log = logging.getLogger(__name__)

NOT_REMEMBERED = Words(
    "ServerPassword",
    "This computer has no secure keyring, so BalintDesk cannot remember the server's "
    "password: it will ask for it each time.",
)
LOCKED = Words(
    "ServerPassword",
    "The system keyring is locked, so the server's password cannot be used from it just "
    "now; unlock it (or sign in again), or type the password.",
)
FAILED = Words(
    "ServerPassword",
    "The system keyring did not answer, so the server's password could not be kept or "
    "read there just now; type the password.",
)
REMEMBERED = Words(
    "ServerPassword",
    "The password is kept in this computer's {backend}, never in a file.",
)


class ServerPasswords:
    """Server passwords in the secure keyring. Constructing never raises; without a
    secure backend `available` is False and every operation raises KeychainUnavailable."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        if backend is None:
            choice = keychain.choose()
            self._backend = choice.backend
            self._name = choice.status.backend_name
        else:
            self._backend = keychain.keep_on_this_computer(backend)
            self._name = keychain.ALLOWED_BACKENDS.get(keychain.dotted_name(backend), "")

    @property
    def available(self) -> bool:
        return self._backend is not None

    def where(self) -> Words:
        """One sentence: where the password is kept, or that it cannot be."""
        if self._backend is None:
            return NOT_REMEMBERED
        name = keychain.BACKEND_NAMES.get(keychain.dotted_name(self._backend))
        backend = name if name is not None else Words("ServerPassword", "keyring")
        return replace(REMEMBERED, values={"backend": backend})

    def __repr__(self) -> str:
        return f"ServerPasswords(backend={self._name or None!r})"

    def _require(self) -> KeyringBackend:
        if self._backend is None:
            raise KeychainUnavailable(NOT_REMEMBERED)
        return self._backend

    def load(self, user: str) -> str | None:
        backend = self._require()
        try:
            return backend.get_password(SERVICE, user)
        except Exception as exc:
            raise _unavailable(exc, "load") from None

    def store(self, user: str, password: str) -> None:
        if not isinstance(password, str) or not password:
            raise ValueError("a password is a non-empty string")
        backend = self._require()
        try:
            backend.set_password(SERVICE, user, password)
            kept = backend.get_password(SERVICE, user) == password
        except Exception as exc:
            raise _unavailable(exc, "store") from None
        if not kept:
            log.warning("keyring did not keep the server's password")
            raise KeychainUnavailable(FAILED)
        log.info("keyring: remembered the password of a server login in %s", self._name)

    def forget(self, user: str) -> None:
        backend = self._require()
        try:
            backend.delete_password(SERVICE, user)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was kept: nothing to forget
        except Exception as exc:
            raise _unavailable(exc, "forget") from None


def _unavailable(exc: BaseException, doing: str) -> KeychainUnavailable:
    """A KeychainUnavailable naming the kind of failure only (a backend's text might echo
    what it was given)."""
    words = LOCKED if isinstance(exc, keyring.errors.KeyringLocked) else FAILED
    log.warning("keyring %s of a server password failed: %s", doing, type(exc).__name__)
    return KeychainUnavailable(words)
