"""The OS keyring, used only where it is really secure, to remember a vault's wrapping key.

What goes in: one random 32-byte *wrapping key* per vault (base64 text), under service
``BalintDesk`` and username ``vault:<vault id>``. Never a note, never a passphrase, never
the vault's data key itself: the vault keeps the data key wrapped under this key, so the
keyring entry alone opens nothing without the vault's database.

Which keyring: `keyring.get_keyring()` picks whatever ranks highest, and with
``keyrings.alt`` installed and no D-Bus that is a *plaintext file* (or an "encrypted"
file whose password is a config setting). So the decision is ours, by an allow-list of
backend classes named by module and class, with keyring's ChainerBackend unwrapped.
Anything else — ``fail``, ``null``, every ``keyrings.alt`` class, any unknown plug-in —
counts as "no secure keyring", and the vault asks for its passphrase instead.

Nothing here logs a key, a base64 form of one, or a password: log lines name only the
backend, the vault id and the kind of failure.
"""

from __future__ import annotations

import base64
import binascii
import copy
import logging
import sys
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from balintdesk.domain.words import Words
from balintdesk.vault.keychain_words import (
    BACKEND_NAMES,
    DAMAGED,
    GONE,
    KEYRING_TURNED_OFF,
    LOCKED,
    NO_SECURE_KEYRING,
    NOT_KEPT,
    PLAIN_FILE_ONLY,
    REFUSED,
    ROAMS,
    UNREADABLE_SETTINGS,
    UNTRUSTED,
    WINDOWS,
)

__all__ = [
    "ALLOWED_BACKENDS",
    "KEY_BYTES",
    "SERVICE",
    "Keychain",
    "KeychainStatus",
    "KeychainUnavailable",
    "secure_backend",
    "status",
]

log = logging.getLogger(__name__)


SERVICE = "BalintDesk"
KEY_BYTES = 32  # an AES-256 wrapping key; anything else is refused, so nothing else leaks in

CHAINER = "keyring.backends.chainer.ChainerBackend"

# The only keyring classes BalintDesk trusts, by their full dotted name (exact class, not
# subclasses: a plug-in subclassing one of these could store anywhere), with the name the
# window shows. Each keeps its secrets encrypted under the user's OS login.
# The same, in English (what `KeychainStatus.backend_name` and the logs give).
ALLOWED_BACKENDS: dict[str, str] = {name: words.text for name, words in BACKEND_NAMES.items()}

# Windows Credential Manager persistence, from wincred.h: CRED_PERSIST_SESSION = 1,
# CRED_PERSIST_LOCAL_MACHINE = 2, CRED_PERSIST_ENTERPRISE = 3.
CRED_PERSIST_LOCAL_MACHINE = 2


class KeychainUnavailable(Exception):
    """The keyring cannot be used just now; `words` says why in plain words (str(error)
    in English)."""

    def __init__(self, words: Words | str) -> None:
        self.words = words if isinstance(words, Words) else None
        super().__init__(str(words))


@dataclass(frozen=True)
class KeychainStatus:
    usable: bool
    backend_name: str  # a friendly name (in English), or the refused class
    reason: Words | str  # one plain sentence for the window (Words: the edge translates)


def dotted_name(backend: object) -> str:
    """`module.Class` of a backend object, the key of the allow-list."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_plain_file(name: str) -> bool:
    # keyrings.alt's file, "encrypted" file, Windows registry, pyfs, … backends: none is a
    # store the OS protects, so the whole package is out (also a keyrings.alt_* sibling).
    return name.startswith("keyrings.alt")


def is_viable(backend: object) -> bool:
    """keyring's own check (`KeyringBackend.viable`: the class's `priority` raises when
    the backend cannot work here, e.g. no Secret Service on D-Bus)."""
    try:
        return bool(getattr(backend, "viable", False))
    except Exception:  # a plug-in's priority may raise anything: then it is not viable
        return False


def priority(backend: object) -> float:
    try:
        return float(getattr(backend, "priority", 0))
    except Exception:
        return float("-inf")


def keep_on_this_computer(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend ready to use, or None if it cannot be made to stay on this computer.

    On Windows keyring writes credentials with `CRED_PERSIST_ENTERPRISE` unless told
    otherwise (keyring/backends/Windows.py: ``Persistence.__get__`` defaults to
    ``win32cred.CRED_PERSIST_ENTERPRISE``), and an enterprise credential roams with a
    domain user's profile to other computers. keyring 19.3.0 (jaraco/keyring#382) added the
    ``persist`` property: "Set .persist to 'local machine' or 'session' to enable the
    alternate scopes". Local machine keeps the entry across sign-ins on this computer
    only. We set it on a copy, as keyring's own `with_properties` does, so the process-wide
    keyring is left as it was; it also overrides any KEYRING_PROPERTY_PERSIST setting.
    """
    if sys.platform != "win32" or dotted_name(backend) != WINDOWS:
        return backend
    local = copy.copy(backend)
    try:
        local.persist = "local machine"  # type: ignore[attr-defined]  # keyring maps it
        persisted = local.persist  # type: ignore[attr-defined]
    except Exception:
        persisted = None
    if persisted != CRED_PERSIST_LOCAL_MACHINE:
        # An old or altered keyring that ignores the setting would let the key roam.
        log.warning("Windows keyring refused local-machine persistence; not using it")
        return None
    return local


@dataclass(frozen=True)
class Choice:
    backend: KeyringBackend | None
    status: KeychainStatus


def refused(name: str, reason: Words) -> Choice:
    return Choice(None, KeychainStatus(usable=False, backend_name=name, reason=reason))


def choose() -> Choice:
    """The secure backend keyring would use here, or why there is none."""
    try:
        current = keyring.get_keyring()
    except Exception as exc:  # a broken keyringrc.cfg or plug-in must not stop the app
        log.warning("keyring could not be set up: %s", type(exc).__name__)
        return refused("", UNREADABLE_SETTINGS)

    if dotted_name(current) == CHAINER:
        # keyring chains every viable backend with priority > 0, best first; it may hold a
        # Secret Service *and* a plaintext file. Take the best allowed one, nothing else.
        try:
            members = sorted(getattr(current, "backends", []), key=priority, reverse=True)
        except Exception as exc:  # the chainer builds its list on demand; it may fail
            log.warning("keyring's backends could not be listed: %s", type(exc).__name__)
            members = []
    else:
        members = [current]

    for member in members:
        name = dotted_name(member)
        if name in ALLOWED_BACKENDS and is_viable(member):
            ready = keep_on_this_computer(member)
            if ready is None:
                return refused(ALLOWED_BACKENDS[name], ROAMS)
            return Choice(
                ready,
                KeychainStatus(
                    usable=True,
                    backend_name=ALLOWED_BACKENDS[name],
                    reason=Words(
                        "Keychain",
                        "This computer's {backend} can remember your notes' key.",
                        {"backend": BACKEND_NAMES[name]},
                    ),
                ),
            )

    names = [dotted_name(member) for member in members]
    shown = names[0] if names else dotted_name(current)
    if any(is_plain_file(name) for name in names):
        return refused(shown, PLAIN_FILE_ONLY)
    if "keyring.backends.null.Keyring" in names:
        return refused(shown, KEYRING_TURNED_OFF)
    allowed_but_down = [BACKEND_NAMES[n] for n in names if n in BACKEND_NAMES]
    if allowed_but_down:
        return refused(
            shown,
            Words(
                "Keychain",
                "The {backend} is not running on this computer; your notes will ask for "
                "their passphrase.",
                {"backend": allowed_but_down[0]},
            ),
        )
    if names and names != ["keyring.backends.fail.Keyring"]:
        return refused(shown, UNTRUSTED)
    return refused(shown, NO_SECURE_KEYRING)


def secure_backend() -> KeyringBackend | None:
    """The one allowed, viable keyring backend (prepared to stay on this computer), else None.

    Never raises: with no usable keyring the vault simply uses its passphrase.
    """
    return choose().backend


def status() -> KeychainStatus:
    """Whether the keyring can remember a vault here, and in one sentence why (not)."""
    return choose().status


# --- failures ------------------------------------------------------------------------------


def transport_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that mean "the keyring's service is gone or broke", looked up in the
    modules the chosen backend has already imported, so that we import none ourselves:
    secretstorage and jeepney (Secret Service), dbus-python (KWallet), pywin32 or
    pywin32-ctypes (Windows), keyring's macOS API."""
    found: list[type[BaseException]] = [OSError, EOFError]
    for module_name, attribute in (
        ("secretstorage.exceptions", "SecretStorageException"),
        ("jeepney.wrappers", "DBusErrorResponse"),
        ("jeepney", "DBusErrorResponse"),
        ("dbus.exceptions", "DBusException"),
        ("win32ctypes.pywin32.pywintypes", "error"),
        ("pywintypes", "error"),
        ("keyring.backends.macOS.api", "Error"),
    ):
        module = sys.modules.get(module_name)
        candidate = getattr(module, attribute, None) if module is not None else None
        if isinstance(candidate, type) and issubclass(candidate, BaseException):
            found.append(candidate)
    return tuple(found)


def unavailable(exc: BaseException, doing: str, vault_id: str) -> KeychainUnavailable:
    """A readable KeychainUnavailable for `exc`, or `exc` itself is re-raised if it is a
    programming error rather than a keyring failure."""
    if isinstance(exc, keyring.errors.KeyringLocked):
        message = LOCKED
    elif isinstance(exc, keyring.errors.InitError | keyring.errors.NoKeyringError):
        message = GONE
    elif isinstance(exc, keyring.errors.KeyringError):
        message = REFUSED
    elif isinstance(exc, transport_errors()):
        message = GONE
    elif isinstance(exc, RuntimeError):  # keyring's way of saying "cannot work here"
        message = REFUSED
    else:
        raise exc
    # The exception's type only: its text comes from the backend and is not ours to log.
    log.warning("keyring %s for vault %s failed: %s", doing, vault_id, type(exc).__name__)
    return KeychainUnavailable(message)


def username(vault_id: str) -> str:
    if not isinstance(vault_id, str) or not vault_id.strip():
        raise ValueError("a vault id is a non-empty string")
    return f"vault:{vault_id}"


class Keychain:
    """One vault's wrapping key in the OS keyring.

    `Keychain()` takes `secure_backend()`; a test or caller may pass a backend, which is
    used as given except that a Windows one is still kept on this computer. Constructing
    never raises; with no usable backend every operation raises KeychainUnavailable.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        if backend is None:
            choice = choose()
            self._backend = choice.backend
            self._reason = choice.status.reason
        else:
            # Trusted as given (the vault's tests inject fakes); only the Windows
            # persistence is still enforced.
            self._backend = keep_on_this_computer(backend)
            self._reason = ROAMS

    @property
    def available(self) -> bool:
        """A secure backend was found (it may still turn out locked when used)."""
        return self._backend is not None

    @property
    def backend_name(self) -> str:
        if self._backend is None:
            return ""
        return ALLOWED_BACKENDS.get(dotted_name(self._backend), dotted_name(self._backend))

    def __repr__(self) -> str:  # nothing secret is held, but say so plainly
        return f"Keychain(backend={self.backend_name or None!r})"

    def _require(self) -> KeyringBackend:
        if self._backend is None:
            raise KeychainUnavailable(self._reason)
        return self._backend

    def store_key(self, vault_id: str, key: bytes) -> None:
        """Remember `key` (exactly 32 random bytes: a wrapping key, nothing else) for the
        vault, replacing any earlier one, and check the keyring really kept it."""
        user = username(vault_id)
        if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
            # Refuse loudly: a str here would be a passphrase, other bytes a note or so.
            raise ValueError(f"the keyring holds only a {KEY_BYTES}-byte wrapping key")
        backend = self._require()
        text = base64.b64encode(bytes(key)).decode("ascii")
        try:
            backend.set_password(SERVICE, user, text)
            kept = backend.get_password(SERVICE, user)
        except Exception as exc:
            raise unavailable(exc, "store", vault_id) from exc
        if kept != text:
            log.warning("keyring did not keep the key for vault %s", vault_id)
            raise KeychainUnavailable(NOT_KEPT)
        log.info("keyring: remembered vault %s in %s", vault_id, self.backend_name)

    def load_key(self, vault_id: str) -> bytes | None:
        """The vault's wrapping key, or None if this computer does not remember it."""
        user = username(vault_id)
        backend = self._require()
        try:
            text = backend.get_password(SERVICE, user)
        except Exception as exc:
            raise unavailable(exc, "load", vault_id) from exc
        if text is None:
            return None
        try:
            key = base64.b64decode(text.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error, AttributeError):
            key = b""
        if len(key) != KEY_BYTES:
            log.warning("keyring entry for vault %s is damaged", vault_id)
            raise KeychainUnavailable(DAMAGED)
        return key

    def forget(self, vault_id: str) -> None:
        """Remove the vault's key from the keyring; nothing to remove is fine."""
        user = username(vault_id)
        backend = self._require()
        try:
            backend.delete_password(SERVICE, user)
        except keyring.errors.PasswordDeleteError:
            # Backends say "not found" this way (SecretService, Windows, macOS, KWallet) —
            # but so might a real failure, so make sure nothing is left.
            try:
                left = backend.get_password(SERVICE, user)
            except Exception as exc:
                raise unavailable(exc, "forget", vault_id) from exc
            if left is not None:
                log.warning("keyring kept the key for vault %s after delete", vault_id)
                raise KeychainUnavailable(REFUSED) from None
        except Exception as exc:
            raise unavailable(exc, "forget", vault_id) from exc
        log.info("keyring: forgot vault %s", vault_id)
