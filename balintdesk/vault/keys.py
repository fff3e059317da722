"""The vault's data key, wrapped under each way of unlocking it, and those rows.

The data key (DEK) never reaches the disk in clear. It is sealed with AES-GCM under a
key-encryption key: Argon2id of the passphrase or of the recovery key, or the random
device key kept in the OS keyring. The associated data names the vault and the kind, so
a wrapped key copied to another vault or another kind does not open.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from balintdesk.store.models import utc_now
from balintdesk.store.notes_models import VaultKey
from balintdesk.vault import crypto

KEYRING = "keyring"
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
KINDS = (KEYRING, PASSPHRASE, RECOVERY)
SECRET_KINDS = (PASSPHRASE, RECOVERY)  # the ones an export carries


@dataclass(frozen=True)
class WrappedKey:
    kind: str
    wrapped: bytes
    nonce: bytes
    kdf_json: str  # crypto.KdfRecord as JSON; "" for the keyring's device key

    def kdf_record(self) -> crypto.KdfRecord:
        """ValueError if the stored record is unreadable."""
        return crypto.KdfRecord.from_json(self.kdf_json)


def passphrase_bytes(passphrase: str) -> bytes:
    # The same passphrase typed on two systems may arrive composed or decomposed ("é" as
    # one code point or two); NFC makes them the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def wrap_under_secret(
    vault_id: str, kind: str, secret: bytes, data_key: bytes, params: crypto.KdfParams
) -> WrappedKey:
    """Wrap under Argon2id(secret) with a fresh salt: the slow step, outside any
    database transaction."""
    record = crypto.new_kdf_record(params)
    kek = crypto.derive_key(secret, record)
    nonce, wrapped = crypto.wrap_key(kek, data_key, crypto.wrapped_key_ad(vault_id, kind))
    return WrappedKey(kind, wrapped, nonce, record.to_json())


def wrap_under_device_key(vault_id: str, device_key: bytes, data_key: bytes) -> WrappedKey:
    nonce, wrapped = crypto.wrap_key(device_key, data_key, crypto.wrapped_key_ad(vault_id, KEYRING))
    return WrappedKey(KEYRING, wrapped, nonce, "")


def unwrap_with_secret(vault_id: str, key: WrappedKey, secret: bytes) -> bytes:
    """The data key; DecryptionFailed for a wrong secret, ValueError for a bad record."""
    kek = crypto.derive_key(secret, key.kdf_record())
    return crypto.unwrap_key(kek, key.nonce, key.wrapped, crypto.wrapped_key_ad(vault_id, key.kind))


def unwrap_with_device_key(vault_id: str, key: WrappedKey, device_key: bytes) -> bytes:
    return crypto.unwrap_key(
        device_key, key.nonce, key.wrapped, crypto.wrapped_key_ad(vault_id, KEYRING)
    )


def load(vault_id: str, kind: str) -> WrappedKey | None:
    row = (
        VaultKey.select(VaultKey.wrapped, VaultKey.nonce, VaultKey.kdf_json)
        .where((VaultKey.vault == vault_id) & (VaultKey.kind == kind))
        .tuples()
        .first()
    )
    if row is None:
        return None
    wrapped, nonce, kdf_json = row
    return WrappedKey(kind, bytes(wrapped), bytes(nonce), kdf_json)


def store(vault_id: str, key: WrappedKey) -> None:
    """Insert or replace this vault's key of this kind (one per kind)."""
    VaultKey.insert(
        vault=vault_id,
        kind=key.kind,
        wrapped=key.wrapped,
        nonce=key.nonce,
        kdf_json=key.kdf_json,
        created_at=utc_now(),
    ).on_conflict(
        conflict_target=[VaultKey.vault, VaultKey.kind],
        update={
            VaultKey.wrapped: key.wrapped,
            VaultKey.nonce: key.nonce,
            VaultKey.kdf_json: key.kdf_json,
            VaultKey.created_at: utc_now(),
        },
    ).execute()


def remove(vault_id: str, kind: str) -> None:
    VaultKey.delete().where((VaultKey.vault == vault_id) & (VaultKey.kind == kind)).execute()
