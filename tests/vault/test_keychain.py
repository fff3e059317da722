"""balintdesk.vault.keychain: only secure keyrings, only a wrapping key, readable failures.

Three kinds of test:
- fakes injected into keyring (`keyring.set_keyring`, a patched `keyring.get_keyring`, or
  a real ChainerBackend over fake members) for the allow-list, the chainer and Windows;
- a subprocess with keyrings.alt installed and no D-Bus, where keyring itself picks its
  plaintext file backend, to prove BalintDesk refuses that real situation;
- `secret_service` tests against the real gnome-keyring that tests/run.sh starts on a
  private D-Bus. Without it they skip — except under CI=true, where they fail.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import os
import secrets
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path
from types import ModuleType
from typing import Any

import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from balintdesk.vault import keychain
from balintdesk.vault.keychain import (
    ALLOWED_BACKENDS,
    SERVICE,
    Keychain,
    KeychainUnavailable,
    secure_backend,
    status,
)

SECRET_SERVICE_CLASSES = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
}
ON_CI = os.environ.get("CI") == "true"


def needs(problem: str | None) -> None:
    """Skip for want of `problem` — but fail under CI, where it must be there."""
    if problem is None:
        return
    if ON_CI:
        pytest.fail(f"CI=true and {problem}")
    pytest.skip(problem)


def new_key() -> bytes:
    return secrets.token_bytes(32)


def b64(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


# --- fakes ----------------------------------------------------------------------------------


class FakeBackend:
    """A dict-backed keyring with real backends' manners: delete of a missing entry
    raises PasswordDeleteError. Duck-typed, so defining one registers nothing in keyring."""

    priority: float = 5
    viable: bool = True

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str, str, str | None]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username, None))
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username, password))
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username, None))
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


def fake_class(dotted: str, *, priority: float = 5, viable: bool = True) -> type[FakeBackend]:
    """A FakeBackend subclass that *claims* to be `dotted` (module.Class)."""
    module, _, name = dotted.rpartition(".")
    return type(
        name,
        (FakeBackend,),
        {"__module__": module, "__qualname__": name, "priority": priority, "viable": viable},
    )


@pytest.fixture(autouse=True)
def keyring_restored() -> Iterator[None]:
    """Every test leaves keyring's process-wide backend as it found it."""
    before = keyring.core._keyring_backend
    yield
    keyring.core._keyring_backend = before


@pytest.fixture
def registry_restored() -> Iterator[None]:
    """KeyringBackend subclasses register themselves with keyring for its detection;
    forget the ones a test defines, so no later keyring.get_keyring() can pick them."""
    classes = keyring.backend.KeyringBackend._classes  # type: ignore[attr-defined]
    before = set(classes)
    yield
    classes.intersection_update(before)


def use(monkeypatch: pytest.MonkeyPatch, backend: object) -> None:
    """Make keyring.get_keyring() return `backend` (which needn't be a KeyringBackend)."""
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)


# --- the allow-list -------------------------------------------------------------------------


def test_the_allow_list_names_real_keyring_classes() -> None:
    """A typo in the allow-list would silently refuse a secure keyring: each name resolves."""
    for dotted in ALLOWED_BACKENDS:
        module, _, name = dotted.rpartition(".")
        cls = getattr(__import__(module, fromlist=[name]), name)
        assert issubclass(cls, keyring.backend.KeyringBackend)
        assert keychain.dotted_name(object.__new__(cls)) == dotted
    assert set(ALLOWED_BACKENDS) == {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }


@pytest.mark.parametrize("dotted", sorted(ALLOWED_BACKENDS))
def test_each_allowed_viable_backend_is_taken(dotted: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")  # Windows' persistence has its own tests
    backend = fake_class(dotted)()
    use(monkeypatch, backend)
    assert secure_backend() is backend
    state = status()
    assert state.usable
    assert state.backend_name == ALLOWED_BACKENDS[dotted]
    assert state.backend_name in str(state.reason)


def test_fail_keyring_is_refused_even_when_keyring_picks_it() -> None:
    keyring.set_keyring(fail.Keyring())
    assert keyring.get_keyring().__class__ is fail.Keyring
    assert secure_backend() is None
    state = status()
    assert not state.usable
    assert state.reason == keychain.NO_SECURE_KEYRING
    assert state.backend_name == "keyring.backends.fail.Keyring"


def test_null_keyring_is_refused_and_called_turned_off() -> None:
    """`keyring --disable` writes the null backend into keyring's config."""
    keyring.set_keyring(null.Keyring())
    assert secure_backend() is None
    assert status() == keychain.KeychainStatus(
        usable=False,
        backend_name="keyring.backends.null.Keyring",
        reason=keychain.KEYRING_TURNED_OFF,
    )


@pytest.mark.usefixtures("registry_restored")
@pytest.mark.parametrize(
    "module",
    ["keyrings.alt.file", "keyrings.alt.file_base", "keyrings.alt.Windows", "keyrings.alt.pyfs"],
)
def test_keyrings_alt_classes_are_refused_even_when_keyring_picks_them(module: str) -> None:
    """A real KeyringBackend, viable and high-priority, whose module is keyrings.alt's."""

    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 5  # higher than anything, as a user's keyringrc.cfg could force

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("BalintDesk must never write to a plain-file keyring")

    PlaintextKeyring.__module__ = module
    PlaintextKeyring.__qualname__ = "PlaintextKeyring"
    keyring.set_keyring(PlaintextKeyring())
    assert secure_backend() is None
    state = status()
    assert not state.usable
    assert state.backend_name == f"{module}.PlaintextKeyring"
    assert state.reason == keychain.PLAIN_FILE_ONLY
    assert "plain-file" in str(state.reason) and "passphrase" in str(state.reason)
    with pytest.raises(KeychainUnavailable, match="plain-file"):
        Keychain().store_key("v1", new_key())


def test_a_subclass_of_an_allowed_class_from_elsewhere_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Exact classes only: a plug-in deriving from the Secret Service backend could store
    anywhere."""
    Allowed = fake_class("keyring.backends.SecretService.Keyring")
    Sneaky = type("Keyring", (Allowed,), {"__module__": "someplugin.backend"})
    use(monkeypatch, Sneaky())
    assert secure_backend() is None
    assert "not one BalintDesk trusts" in str(status().reason)


def test_an_allowed_backend_that_is_not_viable_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """E.g. PYTHON_KEYRING_BACKEND names the Secret Service but no daemon runs."""
    use(monkeypatch, fake_class("keyring.backends.SecretService.Keyring", viable=False)())
    assert secure_backend() is None
    assert str(status().reason).startswith("The Secret Service keyring is not running")


def test_a_broken_keyring_set_up_means_no_keyring_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken() -> None:
        raise RuntimeError("keyringrc.cfg names a module that is not there")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert secure_backend() is None
    assert not status().usable
    assert "passphrase" in str(status().reason)
    keychain_ = Keychain()  # raises nothing
    assert not keychain_.available
    with pytest.raises(KeychainUnavailable, match="could not be read"):
        keychain_.load_key("v1")


# --- keyring's chainer ----------------------------------------------------------------------


def chain(monkeypatch: pytest.MonkeyPatch, *members: object) -> chainer.ChainerBackend:
    """keyring's real ChainerBackend over `members`, set as keyring's backend."""
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: list(members))
    monkeypatch.setattr(keyring.backend, "_limit", None)
    backend = chainer.ChainerBackend()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    return backend


def test_the_chainer_is_unwrapped_to_its_best_allowed_member(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plaintext = fake_class("keyrings.alt.file.PlaintextKeyring", priority=9)()
    secret_service = fake_class("keyring.backends.SecretService.Keyring", priority=5)()
    kwallet = fake_class("keyring.backends.kwallet.DBusKeyring", priority=4.9)()
    chained = chain(monkeypatch, kwallet, plaintext, secret_service)
    assert [type(b).__module__ for b in chained.backends] == [
        "keyrings.alt.file",
        "keyring.backends.SecretService",
        "keyring.backends.kwallet",
    ]
    assert secure_backend() is secret_service
    assert status().backend_name == "Secret Service keyring"


def test_the_chainer_skips_an_allowed_member_that_is_not_viable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    down = fake_class("keyring.backends.SecretService.Keyring", priority=5, viable=False)()
    kwallet = fake_class("keyring.backends.kwallet.DBusKeyringKWallet4", priority=3)()
    chain(monkeypatch, down, kwallet)
    assert secure_backend() is kwallet


def test_a_chainer_of_plain_files_only_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    chain(
        monkeypatch,
        fake_class("keyrings.alt.file.PlaintextKeyring", priority=0.5)(),
        fake_class("keyrings.alt.file.EncryptedKeyring", priority=0.6)(),
    )
    assert secure_backend() is None
    state = status()
    assert state.reason == keychain.PLAIN_FILE_ONLY
    assert state.backend_name == "keyrings.alt.file.EncryptedKeyring"  # its first choice


def test_a_chainer_that_cannot_list_its_backends_means_no_keyring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class ChainerBackend:
        @property
        def backends(self) -> list[object]:
            raise RuntimeError("a plug-in failed to load")

    ChainerBackend.__module__ = "keyring.backends.chainer"
    ChainerBackend.__qualname__ = "ChainerBackend"
    use(monkeypatch, ChainerBackend())
    assert secure_backend() is None
    assert status().reason == keychain.NO_SECURE_KEYRING


# --- Windows: the entry stays on this computer ----------------------------------------------

CRED_PERSIST = {"SESSION": 1, "LOCAL_MACHINE": 2, "ENTERPRISE": 3}  # wincred.h


class Persistence:
    """keyring.backends.Windows.Persistence, with win32cred's constants spelt out."""

    def __get__(self, keyring_: Any, type_: Any = None) -> int:
        return getattr(keyring_, "_persist", CRED_PERSIST["ENTERPRISE"])

    def __set__(self, keyring_: Any, value: str | int) -> None:
        if isinstance(value, str):
            value = CRED_PERSIST[value.replace(" ", "_").upper()]
        keyring_._persist = value


class FakeWinVault(fake_class("keyring.backends.Windows.WinVaultKeyring")):  # type: ignore[misc]
    persist = Persistence()

    def set_password(self, service: str, username: str, password: str) -> None:
        # As WinVaultKeyring._set_password, the credential is written with self.persist.
        self.written_with = self.persist
        super().set_password(service, username, password)


FakeWinVault.__module__ = "keyring.backends.Windows"
FakeWinVault.__qualname__ = FakeWinVault.__name__ = "WinVaultKeyring"


def test_windows_keeps_the_entry_on_this_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    original = FakeWinVault()
    assert original.persist == CRED_PERSIST["ENTERPRISE"]  # keyring's default: roams
    use(monkeypatch, original)

    chosen = secure_backend()
    assert chosen is not None and chosen is not original  # a copy: keyring's own untouched
    assert chosen.persist == keychain.CRED_PERSIST_LOCAL_MACHINE == CRED_PERSIST["LOCAL_MACHINE"]
    assert original.persist == CRED_PERSIST["ENTERPRISE"]
    assert status().backend_name == "Windows Credential Manager"

    # An injected Windows backend is made local too, and the write really uses it.
    injected = FakeWinVault()
    Keychain(injected).store_key("v1", new_key())
    assert injected.persist == CRED_PERSIST["ENTERPRISE"]
    keychain_ = Keychain(injected)
    keychain_.store_key("v2", new_key())
    assert keychain_._backend is not None
    assert keychain_._backend.written_with == CRED_PERSIST["LOCAL_MACHINE"]  # type: ignore[attr-defined]


def test_a_windows_keyring_that_ignores_persistence_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A keyring without the `persist` property would write ENTERPRISE regardless."""
    monkeypatch.setattr(sys, "platform", "win32")
    use(monkeypatch, fake_class("keyring.backends.Windows.WinVaultKeyring")())
    assert secure_backend() is None
    assert status().reason == keychain.ROAMS
    assert "other computers" in str(status().reason)
    with pytest.raises(KeychainUnavailable, match="other computers"):
        Keychain(fake_class("keyring.backends.Windows.WinVaultKeyring")()).load_key("v1")


def test_persistence_is_left_alone_off_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    backend = fake_class("keyring.backends.SecretService.Keyring")()
    assert keychain.keep_on_this_computer(backend) is backend  # type: ignore[arg-type]


# --- what the keyring holds -----------------------------------------------------------------


def test_the_keyring_holds_only_the_base64_wrapping_key() -> None:
    backend = FakeBackend()
    key = new_key()
    Keychain(backend).store_key("3f2a", key)  # type: ignore[arg-type]
    assert backend.entries == {(SERVICE, "vault:3f2a"): b64(key)}
    stored = backend.entries[(SERVICE, "vault:3f2a")]
    assert len(stored) == 44 and base64.b64decode(stored, validate=True) == key
    # Written once and read back once to be sure it was kept; nothing else was sent.
    assert [c[0] for c in backend.calls] == ["set", "get"]
    assert SERVICE == "BalintDesk"


@pytest.mark.parametrize(
    "not_a_key",
    [
        "correct horse battery staple",  # a passphrase
        b"What stayed with me was Mrs Smith",  # a note's text
        b"\x00" * 16,
        b"\x00" * 33,
        b"",
    ],
)
def test_anything_but_a_32_byte_key_is_refused_before_the_keyring_sees_it(
    not_a_key: Any,
) -> None:
    backend = FakeBackend()
    with pytest.raises(ValueError, match="32-byte wrapping key"):
        Keychain(backend).store_key("v1", not_a_key)  # type: ignore[arg-type]
    assert backend.calls == []


@pytest.mark.parametrize("vault_id", ["", "   ", None, 7])
def test_a_vault_id_must_be_a_non_empty_string(vault_id: Any) -> None:
    backend = FakeBackend()
    with pytest.raises(ValueError, match="vault id"):
        Keychain(backend).store_key(vault_id, new_key())  # type: ignore[arg-type]
    assert backend.calls == []


def test_store_load_forget_round_trip() -> None:
    backend = FakeBackend()
    keychain_ = Keychain(backend)  # type: ignore[arg-type]
    assert keychain_.load_key("a") is None
    first, second, other = new_key(), new_key(), new_key()
    keychain_.store_key("a", first)
    keychain_.store_key("b", other)
    assert keychain_.load_key("a") == first
    keychain_.store_key("a", second)  # replaces
    assert keychain_.load_key("a") == second
    keychain_.forget("a")
    assert keychain_.load_key("a") is None
    keychain_.forget("a")  # idempotent
    keychain_.forget("never-there")
    assert keychain_.load_key("b") == other


@pytest.mark.parametrize("stored", ["not base64!", b64(b"short"), b64(b"x" * 48), "é"])
def test_a_damaged_entry_is_reported_not_used(stored: str) -> None:
    backend = FakeBackend()
    backend.entries[(SERVICE, "vault:v1")] = stored
    with pytest.raises(KeychainUnavailable, match="damaged"):
        Keychain(backend).load_key("v1")  # type: ignore[arg-type]


def test_a_keyring_that_does_not_keep_the_key_is_reported() -> None:
    class Forgetful(FakeBackend):
        def set_password(self, service: str, username: str, password: str) -> None:
            self.calls.append(("set", service, username, password))

    with pytest.raises(KeychainUnavailable, match="did not keep"):
        Keychain(Forgetful()).store_key("v1", new_key())  # type: ignore[arg-type]


def test_forget_reports_an_entry_the_keyring_would_not_delete() -> None:
    class Stubborn(FakeBackend):
        def delete_password(self, service: str, username: str) -> None:
            raise keyring.errors.PasswordDeleteError("refused")

    backend = Stubborn()
    backend.entries[(SERVICE, "vault:v1")] = b64(new_key())
    with pytest.raises(KeychainUnavailable, match="refused"):
        Keychain(backend).forget("v1")  # type: ignore[arg-type]


def test_with_no_secure_keyring_every_operation_says_why() -> None:
    keyring.set_keyring(fail.Keyring())
    keychain_ = Keychain()
    assert not keychain_.available
    for operation in (
        lambda: keychain_.store_key("v1", new_key()),
        lambda: keychain_.load_key("v1"),
        lambda: keychain_.forget("v1"),
    ):
        with pytest.raises(KeychainUnavailable) as caught:
            operation()
        assert str(caught.value) == str(keychain.NO_SECURE_KEYRING)


# --- a keyring that is locked or goes away while in use ------------------------------------


def dbus_error() -> Exception:
    from jeepney import DBusAddress, new_error, new_method_call
    from jeepney.wrappers import DBusErrorResponse

    call = new_method_call(
        DBusAddress(
            "/org/freedesktop/secrets",
            bus_name="org.freedesktop.secrets",
            interface="org.freedesktop.Secret.Service",
        ),
        "SearchItems",
    )
    call.header.serial = 1
    return DBusErrorResponse(
        new_error(call, "org.freedesktop.DBus.Error.ServiceUnknown", "s", ("name vanished",))
    )


def secret_service_gone() -> Exception:
    from secretstorage.exceptions import SecretServiceNotAvailableException

    return SecretServiceNotAvailableException("Environment variable DBUS_SESSION_BUS_ADDRESS")


class FakeDBusException(Exception):
    """Stands in for dbus-python's dbus.exceptions.DBusException (KWallet's transport)."""


FAILURES: dict[str, tuple[Any, str]] = {
    "locked": (lambda: keyring.errors.KeyringLocked("Failed to unlock the collection!"), "locked"),
    "init": (lambda: keyring.errors.InitError("Failed to create the collection"), "stopped"),
    "no keyring": (lambda: keyring.errors.NoKeyringError("none"), "stopped"),
    "set refused": (lambda: keyring.errors.PasswordSetError("no"), "refused"),
    "jeepney": (dbus_error, "stopped"),
    "secretstorage": (secret_service_gone, "stopped"),
    "socket": (lambda: ConnectionResetError(104, "Connection reset by peer"), "stopped"),
    "kwallet dbus": (lambda: FakeDBusException("org.kde.kwalletd6 vanished"), "stopped"),
    "not implemented": (lambda: NotImplementedError(), "refused"),
}


class Failing(FakeBackend):
    def __init__(self, make_error: Any) -> None:
        super().__init__()
        self.make_error = make_error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.make_error()

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.make_error()

    def delete_password(self, service: str, username: str) -> None:
        raise self.make_error()


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_locked_or_vanished_keyring_raises_a_readable_sentence(
    failure: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_error, word = FAILURES[failure]
    fake_dbus = ModuleType("dbus.exceptions")
    fake_dbus.DBusException = FakeDBusException  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dbus.exceptions", fake_dbus)
    keychain_ = Keychain(Failing(make_error))  # type: ignore[arg-type]
    for operation in (
        lambda: keychain_.store_key("v1", new_key()),
        lambda: keychain_.load_key("v1"),
        lambda: keychain_.forget("v1"),
    ):
        with pytest.raises(KeychainUnavailable) as caught:
            operation()
        message = str(caught.value)
        assert word in message
        assert message[0].isupper() and message.endswith(".")
        assert "passphrase" in message or "unlock" in message
        assert "Error" not in message and "dbus" not in message.lower()
        assert caught.value.__cause__ is not None  # the technical detail stays attached


def test_a_locked_keyring_that_stops_mid_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """Works, then the keyring locks, then it is unlocked again: the same Keychain copes."""

    class Lockable(FakeBackend):
        locked = False

        def get_password(self, service: str, username: str) -> str | None:
            if self.locked:
                raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
            return super().get_password(service, username)

    backend = Lockable()
    keychain_ = Keychain(backend)  # type: ignore[arg-type]
    key = new_key()
    keychain_.store_key("v1", key)
    backend.locked = True
    with pytest.raises(KeychainUnavailable, match="locked"):
        keychain_.load_key("v1")
    backend.locked = False
    assert keychain_.load_key("v1") == key


def test_a_programming_error_is_not_dressed_up_as_a_keyring_failure() -> None:
    keychain_ = Keychain(Failing(lambda: TypeError("bug")))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bug"):
        keychain_.load_key("v1")


# --- no key material in logs, messages or reprs --------------------------------------------


def test_no_key_material_is_logged_or_shown(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    key = new_key()
    forms = [b64(key), key.hex(), repr(key), base64.urlsafe_b64encode(key).decode()]

    backend = FakeBackend()
    keychain_ = Keychain(backend)  # type: ignore[arg-type]
    keychain_.store_key("v1", key)
    assert keychain_.load_key("v1") == key
    keychain_.forget("v1")

    shown: list[str] = [repr(keychain_)]
    for make_error, _word in FAILURES.values():
        failing = Keychain(Failing(make_error))  # type: ignore[arg-type]
        shown.append(repr(failing))
        with pytest.raises((KeychainUnavailable, FakeDBusException)) as caught:
            failing.store_key("v1", key)
        shown.append(str(caught.value))
    damaged = FakeBackend()
    damaged.entries[(SERVICE, "vault:v1")] = b64(key)[:-4]
    with pytest.raises(KeychainUnavailable) as caught:
        Keychain(damaged).load_key("v1")  # type: ignore[arg-type]
    shown.append(str(caught.value))

    assert caplog.records, "the keychain should say what it did (without the key)"
    everything = caplog.text + "\n".join(shown)
    for form in [*forms, b64(key)[:-4]]:
        assert form not in everything


# --- the real situation: keyrings.alt installed, no D-Bus ----------------------------------

ALT_PROBE = textwrap.dedent(
    """
    import dataclasses, json, sys
    import keyring
    from balintdesk.vault import keychain

    key = bytes.fromhex(sys.argv[1])
    picked = keyring.get_keyring()
    out = {
        "picked": keychain.dotted_name(picked),
        "secure_backend": repr(keychain.secure_backend()),
        "status": dataclasses.asdict(keychain.status()) | {"reason": str(keychain.status().reason)},
    }
    try:
        keychain.Keychain().store_key("alt-test", key)
        out["stored"] = True
    except keychain.KeychainUnavailable as exc:
        out["refused"] = str(exc)
    # What keyring alone would have done with a secret: show it lands in a plain file.
    picked.set_password("canary-service", "canary-user", "canary-" + sys.argv[2])
    print(json.dumps(out))
    """
)


def test_with_keyrings_alt_and_no_dbus_the_plaintext_file_is_refused(tmp_path: Path) -> None:
    try:
        import keyrings.alt.file  # noqa: F401
    except ImportError:
        needs("keyrings.alt is not installed (it is in the `test` extra)")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")
        and not k.startswith("KEYRING_PROPERTY_")
    }
    home = tmp_path / "home"
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),  # no user keyringrc.cfg
        "XDG_DATA_HOME": str(home / "data"),  # where PlaintextKeyring writes
    }
    key = new_key()
    canary = uuid.uuid4().hex
    result = subprocess.run(
        [sys.executable, "-c", ALT_PROBE, key.hex(), canary],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    # keyring itself silently picks the plaintext file …
    assert out["picked"] == "keyrings.alt.file.PlaintextKeyring"
    # … BalintDesk does not.
    assert out["secure_backend"] == "None"
    assert out["status"] == {
        "usable": False,
        "backend_name": "keyrings.alt.file.PlaintextKeyring",
        "reason": str(keychain.PLAIN_FILE_ONLY),
    }
    assert out["refused"] == str(keychain.PLAIN_FILE_ONLY)
    assert "stored" not in out
    # The danger is real: keyring's own write lies on disk merely base64-encoded …
    files = [p for p in home.rglob("*") if p.is_file()]
    in_the_clear = base64.b64encode(f"canary-{canary}".encode())
    assert any(in_the_clear in p.read_bytes() for p in files)
    # … and nothing of BalintDesk's key went anywhere near it.
    for path in files:
        data = path.read_bytes()
        for form in (key, b64(key).encode(), base64.b64encode(b64(key).encode()), b"vault"):
            assert form not in data


# --- the real Secret Service ---------------------------------------------------------------


def secret_service_problem() -> str | None:
    """Why the real Secret Service can't be used here, or None if it can."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "there is no D-Bus session bus (tests/run.sh starts one with gnome-keyring)"
    try:
        import secretstorage
    except ImportError:
        return "secretstorage is not installed"
    try:
        with closing(secretstorage.dbus_init()) as connection:
            if not secretstorage.check_service_availability(connection):
                return "no Secret Service is on the session bus"
            if secretstorage.get_default_collection(connection).is_locked():
                return "the Secret Service's default collection is locked"
    except secretstorage.exceptions.SecretStorageException as exc:
        return f"the Secret Service is unreachable ({exc})"
    return None


@pytest.fixture
def real_keychain() -> Iterator[Keychain]:
    """A Keychain on the real Secret Service, as the app would choose it; every vault id a
    test uses starts with a fresh prefix and is forgotten afterwards."""
    needs(secret_service_problem())
    keychain_ = Keychain()
    assert keychain_.available, status().reason
    yield keychain_
    for vault_id in list(TEST_IDS):
        with suppress(KeychainUnavailable):
            keychain_.forget(vault_id)
    TEST_IDS.clear()


TEST_IDS: list[str] = []


def fresh_vault_id() -> str:
    vault_id = f"test-{uuid.uuid4()}"
    TEST_IDS.append(vault_id)
    return vault_id


def stored_items(vault_id: str) -> list[tuple[dict[str, str], bytes]]:
    """What the Secret Service really holds for the vault: (attributes, secret) pairs."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        items = collection.search_items({"service": SERVICE, "username": f"vault:{vault_id}"})
        return [(item.get_attributes(), item.get_secret()) for item in items]


@pytest.mark.secret_service
def test_real_secret_service_is_chosen(real_keychain: Keychain) -> None:
    chosen = secure_backend()
    assert chosen is not None
    assert keychain.dotted_name(chosen) in SECRET_SERVICE_CLASSES
    state = status()
    assert state.usable and "Secret Service" in state.backend_name
    try:
        import keyrings.alt  # noqa: F401
    except ImportError:
        pass
    else:  # with the plaintext backend installed too, keyring chains both: unwrapped here
        assert keychain.dotted_name(keyring.get_keyring()) == keychain.CHAINER


@pytest.mark.secret_service
def test_real_round_trip_store_load_forget(real_keychain: Keychain) -> None:
    vault_id, other = fresh_vault_id(), fresh_vault_id()
    first, second, others = new_key(), new_key(), new_key()
    assert real_keychain.load_key(vault_id) is None
    real_keychain.store_key(vault_id, first)
    real_keychain.store_key(other, others)
    assert real_keychain.load_key(vault_id) == first
    assert Keychain().load_key(vault_id) == first  # a fresh Keychain, as after a restart
    real_keychain.store_key(vault_id, second)
    assert real_keychain.load_key(vault_id) == second
    assert len(stored_items(vault_id)) == 1  # replaced, not added
    real_keychain.forget(vault_id)
    assert real_keychain.load_key(vault_id) is None
    assert stored_items(vault_id) == []
    real_keychain.forget(vault_id)  # idempotent
    assert real_keychain.load_key(other) == others


@pytest.mark.secret_service
def test_real_secret_service_holds_only_the_wrapping_key(real_keychain: Keychain) -> None:
    vault_id = fresh_vault_id()
    key = new_key()
    real_keychain.store_key(vault_id, key)
    [(attributes, secret)] = stored_items(vault_id)
    assert secret == b64(key).encode("ascii")
    assert len(secret) == 44 and base64.b64decode(secret, validate=True) == key
    assert attributes["service"] == SERVICE == "BalintDesk"
    assert attributes["username"] == f"vault:{vault_id}"


@pytest.mark.secret_service
def test_real_bus_vanishing_mid_use_raises_a_readable_sentence(
    real_keychain: Keychain, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """keyring opens a new D-Bus connection per call; point the next ones at a socket
    nobody listens on, as when the session ends under a running app."""
    vault_id = fresh_vault_id()
    key = new_key()
    real_keychain.store_key(vault_id, key)
    bus = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'gone'}")
    for operation in (
        lambda: real_keychain.load_key(vault_id),
        lambda: real_keychain.store_key(vault_id, new_key()),
        lambda: real_keychain.forget(vault_id),
    ):
        with pytest.raises(KeychainUnavailable) as caught:
            operation()
        assert str(caught.value) == str(keychain.GONE)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
    assert real_keychain.load_key(vault_id) == key  # back again, nothing lost


def unlock_with_password(collection_path: str, password: str) -> None:
    """gnome-keyring's own prompt-less unlock (what its PAM module and `--unlock` use),
    so the test can put back the keyring it locked without a password dialog."""
    import secretstorage
    from jeepney import DBusAddress, new_method_call

    secrets_path = "/org/freedesktop/secrets"
    with closing(secretstorage.dbus_init()) as connection:
        service = DBusAddress(
            secrets_path,
            bus_name="org.freedesktop.secrets",
            interface="org.freedesktop.Secret.Service",
        )
        opened = connection.send_and_get_reply(
            new_method_call(service, "OpenSession", "sv", ("plain", ("s", "")))
        )
        session = opened.body[1]
        guilt = DBusAddress(
            secrets_path,
            bus_name="org.freedesktop.secrets",
            interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
        )
        connection.send_and_get_reply(
            new_method_call(
                guilt,
                "UnlockWithMasterPassword",
                "o(oayays)",
                (collection_path, (session, b"", password.encode(), "text/plain")),
            )
        )


@pytest.mark.secret_service
def test_real_keyring_locked_mid_use_raises_a_readable_sentence(real_keychain: Keychain) -> None:
    """Lock gnome-keyring's collection for real: keyring asks for an unlock prompt, which
    cannot appear (tests/run.sh gives the private bus no display), so it is refused."""
    password = os.environ.get("BALINTDESK_TEST_KEYRING_PASSWORD")
    needs(
        None
        if password
        else "BALINTDESK_TEST_KEYRING_PASSWORD is unset: only tests/run.sh's throw-away "
        "keyring may be locked and unlocked again"
    )
    import secretstorage

    vault_id = fresh_vault_id()
    key = new_key()
    real_keychain.store_key(vault_id, key)
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        real_path = resolve_alias(collection.collection_path)
        collection.lock()
        assert collection.is_locked()
    try:
        for operation in (
            lambda: real_keychain.load_key(vault_id),
            lambda: real_keychain.store_key(vault_id, new_key()),
        ):
            with pytest.raises(KeychainUnavailable) as caught:
                operation()
            assert str(caught.value) == str(keychain.LOCKED)
    finally:
        unlock_with_password(real_path, password or "")
    assert secret_service_problem() is None
    assert real_keychain.load_key(vault_id) == key


def resolve_alias(path: str) -> str:
    """/org/freedesktop/secrets/aliases/default → the collection's own object path."""
    if "/aliases/" not in path:
        return path
    import secretstorage
    from jeepney import DBusAddress, new_method_call

    with closing(secretstorage.dbus_init()) as connection:
        service = DBusAddress(
            "/org/freedesktop/secrets",
            bus_name="org.freedesktop.secrets",
            interface="org.freedesktop.Secret.Service",
        )
        reply = connection.send_and_get_reply(
            new_method_call(service, "ReadAlias", "s", (path.rsplit("/", 1)[1],))
        )
        return str(reply.body[0])


def test_the_real_secret_service_tests_cannot_hide_under_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """needs(): a skip normally, a failure under CI=true."""
    monkeypatch.setattr(sys.modules[__name__], "ON_CI", True)
    with pytest.raises(pytest.fail.Exception, match="CI=true and no Secret Service"):
        needs("no Secret Service")
    monkeypatch.setattr(sys.modules[__name__], "ON_CI", False)
    with pytest.raises(pytest.skip.Exception):
        needs("no Secret Service")
    needs(None)


def test_status_is_a_frozen_record() -> None:
    state = keychain.KeychainStatus(usable=False, backend_name="x", reason="y")
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.usable = True  # type: ignore[misc]
