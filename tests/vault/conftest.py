"""Vault test set-up: a fake keyring, and Argon2id made cheap so the suite stays fast.

The real cost (RFC 9106's second recommendation) is checked by one test in
test_crypto.py, which asks for `real_kdf_cost`, and timed in tests/bench.
"""

from __future__ import annotations

import pytest

from balintdesk.vault import crypto
from balintdesk.vault.vault import create_vault

# The least cryptography's Argon2id accepts: memory_cost >= 8 KiB per lane.
FAST_KDF = crypto.KdfParams(iterations=1, lanes=1, memory_cost=8)

PASSPHRASE = "a slow river under winter light"
OTHER_PASSPHRASE = "seven quiet herons on the marsh"


class FakeUnavailable(Exception):
    """Stands in for keychain.KeychainUnavailable."""


class FakeKeychain:
    """A keyring in a dict, with the methods balintdesk.vault.keychain.Keychain has."""

    def __init__(self) -> None:
        self.entries: dict[str, bytes] = {}
        self.broken = False

    def _check(self) -> None:
        if self.broken:
            raise FakeUnavailable("no secure keyring")

    def store_key(self, vault_id: str, key: bytes) -> None:
        self._check()
        self.entries[vault_id] = bytes(key)

    def load_key(self, vault_id: str) -> bytes | None:
        self._check()
        return self.entries.get(vault_id)

    def forget(self, vault_id: str) -> None:
        self._check()
        self.entries.pop(vault_id, None)


@pytest.fixture(autouse=True)
def fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if "real_kdf_cost" not in request.fixturenames:
        monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", FAST_KDF)


@pytest.fixture
def real_kdf_cost() -> crypto.KdfParams:
    """Keeps the real default cost for the test that asks for it."""
    return crypto.DEFAULT_KDF_PARAMS


@pytest.fixture
def keychain() -> FakeKeychain:
    return FakeKeychain()


LABEL = "Dr Anjali Patel"


@pytest.fixture
def made(db):
    """A new vault on the test database: (unlocked vault, recovery key text)."""
    return create_vault(LABEL, PASSPHRASE)


@pytest.fixture
def vault(made):
    return made[0]
