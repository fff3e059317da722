"""The server's password in the OS keyring (vault/server_password.py): against the real
Secret Service tests/run.sh starts on a private D-Bus (skips without it, fails under
CI=true); with no secure keyring nothing is remembered, and the window says so."""

from __future__ import annotations

import uuid
from contextlib import closing

import pytest

from balintdesk.vault.keychain import SERVICE, KeychainUnavailable
from balintdesk.vault.server_password import NOT_REMEMBERED, ServerPasswords

from .test_keychain import needs, secret_service_problem


def stored(user: str) -> list[bytes]:
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        return [
            item.get_secret()
            for item in collection.search_items({"service": SERVICE, "username": user})
        ]


@pytest.mark.secret_service
def test_real_secret_service_round_trip() -> None:
    needs(secret_service_problem())
    passwords = ServerPasswords()
    assert passwords.available
    assert "Secret Service" in passwords.where().english()
    user = f"server:dr.lee@db.practice.example:5432/test-{uuid.uuid4().hex}"
    secret = f"pw-{uuid.uuid4().hex}-Łódź"
    try:
        assert passwords.load(user) is None
        passwords.store(user, secret)
        assert ServerPasswords().load(user) == secret  # as after a restart
        assert stored(user) == [secret.encode()]
        passwords.store(user, secret + "2")
        assert len(stored(user)) == 1  # replaced, not added
    finally:
        passwords.forget(user)
    assert passwords.load(user) is None and stored(user) == []
    passwords.forget(user)  # nothing left: fine


def test_with_no_secure_keyring_nothing_is_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    from balintdesk.vault import keychain

    monkeypatch.setattr(
        keychain,
        "choose",
        lambda: keychain.refused("keyrings.alt.file.PlaintextKeyring", keychain.PLAIN_FILE_ONLY),
    )
    passwords = ServerPasswords()
    assert not passwords.available
    assert passwords.where() == NOT_REMEMBERED
    assert "ask for it each time" in NOT_REMEMBERED.english()
    with pytest.raises(KeychainUnavailable) as caught:
        passwords.store("server:x@y:5432/z", "secret-typed")
    assert "secret-typed" not in str(caught.value)
    with pytest.raises(KeychainUnavailable):
        passwords.load("server:x@y:5432/z")


def test_a_failing_backend_never_puts_the_password_in_the_error(caplog) -> None:
    class Broken:
        def set_password(self, service, user, password):
            raise RuntimeError(f"could not store {password}")

    passwords = ServerPasswords(Broken())  # type: ignore[arg-type]
    with pytest.raises(KeychainUnavailable) as caught:
        passwords.store("server:x@y:5432/z", "secret-typed")
    assert "secret-typed" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert "secret-typed" not in caplog.text
