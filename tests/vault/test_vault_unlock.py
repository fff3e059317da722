"""Unlocking a vault three ways, changing its passphrase and recovery key, and the keyring
(a fake here; the real Secret Service is tested with keychain.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.vault import crypto, keys
from balintdesk.vault.vault import (
    VaultError,
    WeakPassphrase,
    WrongSecret,
    create_vault,
    list_vaults,
    unlock_with_keychain,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from tests.vault.conftest import FAST_KDF, LABEL, OTHER_PASSPHRASE, PASSPHRASE, FakeUnavailable


def note_rows(db) -> dict[str, tuple[bytes, bytes]]:
    rows = db.notes.execute_sql("SELECT id, nonce, ciphertext FROM note").fetchall()
    return {nid: (bytes(nonce), bytes(ct)) for nid, nonce, ct in rows}


def fill(vault, count: int = 3) -> list:
    return [
        vault.save(None, f"Note {n}", f"Body {n}", ["tag"], "", dt.date(2024, 1, n + 1))
        for n in range(count)
    ]


def test_unlock_with_the_passphrase(vault) -> None:
    written = fill(vault)
    vault.lock()
    again = unlock_with_passphrase(vault.id, PASSPHRASE)
    assert again.id == vault.id and again.label == LABEL
    assert sorted(again.notes(), key=lambda n: n.id) == sorted(written, key=lambda n: n.id)


def test_a_passphrase_typed_in_another_unicode_form_still_opens(db) -> None:
    composed = "caf\u00e9 on the corner at dawn"
    unlocked, _ = create_vault(LABEL, composed)
    unlock_with_passphrase(unlocked.id, "cafe\u0301 on the corner at dawn")


def test_a_wrong_passphrase_is_refused_plainly(vault) -> None:
    for wrong in ("", PASSPHRASE.upper(), PASSPHRASE + " ", OTHER_PASSPHRASE):
        with pytest.raises(WrongSecret) as caught:
            unlock_with_passphrase(vault.id, wrong)
        assert str(caught.value) == "That passphrase does not open this vault."


def test_unlock_with_the_recovery_key_however_typed(made) -> None:
    vault, recovery = made
    written = fill(vault, 2)
    vault.lock()
    for typed in (
        recovery,
        recovery.lower(),
        recovery.replace("-", " "),
        recovery.replace("-", ""),
    ):
        again = unlock_with_recovery_key(vault.id, typed)
        assert {note.id for note in again.notes()} == {note.id for note in written}


def test_a_wrong_or_malformed_recovery_key(made) -> None:
    vault, _ = made
    _, other = crypto.new_recovery_key()
    with pytest.raises(WrongSecret, match="does not open"):
        unlock_with_recovery_key(vault.id, other)
    with pytest.raises(WrongSecret, match="52 letters and digits"):
        unlock_with_recovery_key(vault.id, PASSPHRASE)


def test_create_with_a_keychain_remembers_this_computer(db, keychain) -> None:
    unlocked, _ = create_vault(LABEL, PASSPHRASE, keychain=keychain)
    fill(unlocked, 1)
    assert list_vaults()[0].has_keyring_key
    device_key = keychain.entries[unlocked.id]
    assert len(device_key) == 32
    # The keyring holds a wrapping key only: not the data key, not the passphrase.
    assert device_key != unlocked._dek and PASSPHRASE.encode() not in device_key
    unlocked.lock()
    again = unlock_with_keychain(unlocked.id, keychain)
    assert again is not None and len(again.notes()) == 1


def test_keychain_unlock_is_none_when_not_remembered(vault, keychain) -> None:
    keychain.broken = True  # never asked: the vault has no keyring key
    assert unlock_with_keychain(vault.id, keychain) is None


def test_keychain_unlock_is_none_when_the_entry_is_gone_or_wrong(vault, keychain) -> None:
    vault.remember(keychain)
    keychain.entries[vault.id] = crypto.new_key()  # overwritten by something else
    assert unlock_with_keychain(vault.id, keychain) is None
    keychain.entries[vault.id] = b"garbage"
    assert unlock_with_keychain(vault.id, keychain) is None
    keychain.entries.clear()
    assert unlock_with_keychain(vault.id, keychain) is None


def test_an_unavailable_keyring_is_reported_not_hidden(vault, keychain) -> None:
    vault.remember(keychain)
    keychain.broken = True
    with pytest.raises(FakeUnavailable):
        unlock_with_keychain(vault.id, keychain)
    with pytest.raises(FakeUnavailable):
        vault.remember(keychain)


def test_create_with_a_failing_keychain_creates_nothing(db, keychain) -> None:
    keychain.broken = True
    with pytest.raises(FakeUnavailable):
        create_vault(LABEL, PASSPHRASE, keychain=keychain)
    assert list_vaults() == []


def test_remember_and_forget_this_computer(vault, keychain) -> None:
    vault.remember(keychain)
    assert list_vaults()[0].has_keyring_key and vault.id in keychain.entries
    vault.forget_this_computer(keychain)
    assert not list_vaults()[0].has_keyring_key and keychain.entries == {}
    assert unlock_with_keychain(vault.id, keychain) is None
    vault.remember(keychain)  # and again, with a new device key
    vault.lock()
    assert unlock_with_keychain(vault.id, keychain) is not None


def test_forgetting_removes_the_wrapped_key_even_if_the_keyring_refuses(vault, keychain):
    vault.remember(keychain)
    device_key = keychain.entries[vault.id]
    keychain.broken = True
    with pytest.raises(FakeUnavailable):
        vault.forget_this_computer(keychain)
    keychain.broken = False
    keychain.entries[vault.id] = device_key  # the stale entry is there, but opens nothing
    assert unlock_with_keychain(vault.id, keychain) is None


def test_change_passphrase_rewraps_without_touching_a_note(db, made) -> None:
    vault, recovery = made
    fill(vault, 4)
    notes_before = note_rows(db)
    key_before = keys.load(vault.id, keys.PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    assert note_rows(db) == notes_before  # every nonce and ciphertext byte the same
    key_after = keys.load(vault.id, keys.PASSPHRASE)
    assert key_after.wrapped != key_before.wrapped
    assert key_after.kdf_record().salt != key_before.kdf_record().salt
    vault.lock()
    with pytest.raises(WrongSecret):
        unlock_with_passphrase(vault.id, PASSPHRASE)
    assert len(unlock_with_passphrase(vault.id, OTHER_PASSPHRASE).notes()) == 4
    assert len(unlock_with_recovery_key(vault.id, recovery).notes()) == 4


def test_change_passphrase_needs_the_old_one_and_a_strong_new_one(db, vault) -> None:
    before = keys.load(vault.id, keys.PASSPHRASE)
    with pytest.raises(WrongSecret):
        vault.change_passphrase(OTHER_PASSPHRASE, OTHER_PASSPHRASE)
    with pytest.raises(WeakPassphrase) as caught:
        vault.change_passphrase(PASSPHRASE, "tiny")
    assert "tiny" not in str(caught.value)
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(PASSPHRASE, "Dr Anjali Patel 2024")
    assert keys.load(vault.id, keys.PASSPHRASE) == before


def test_a_new_recovery_key_replaces_the_old(db, made) -> None:
    vault, old = made
    fill(vault, 1)
    notes_before = note_rows(db)
    new = vault.new_recovery_key()
    assert new != old and note_rows(db) == notes_before
    vault.lock()
    with pytest.raises(WrongSecret):
        unlock_with_recovery_key(vault.id, old)
    assert len(unlock_with_recovery_key(vault.id, new).notes()) == 1


def test_a_cheap_stored_cost_is_raised_on_unlock(db, monkeypatch) -> None:
    unlocked, recovery = create_vault(LABEL, PASSPHRASE)
    assert keys.load(unlocked.id, keys.PASSPHRASE).kdf_record().params == FAST_KDF
    stronger = crypto.KdfParams(iterations=2, lanes=2, memory_cost=64)
    monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", stronger)  # a later BalintDesk
    unlocked.lock()
    unlock_with_passphrase(unlocked.id, PASSPHRASE)
    assert keys.load(unlocked.id, keys.PASSPHRASE).kdf_record().params == stronger
    assert keys.load(unlocked.id, keys.RECOVERY).kdf_record().params == FAST_KDF
    unlock_with_recovery_key(unlocked.id, recovery)
    assert keys.load(unlocked.id, keys.RECOVERY).kdf_record().params == stronger
    unlock_with_passphrase(unlocked.id, PASSPHRASE)  # still opens after the re-wrap


def test_a_damaged_key_record_says_which_way_still_works(db, made) -> None:
    vault, recovery = made
    db.notes.execute_sql(
        "UPDATE vault_key SET kdf_json = '{}' WHERE vault_id = ? AND kind = 'passphrase'",
        (vault.id,),
    )
    with pytest.raises(VaultError, match="recovery key"):
        unlock_with_passphrase(vault.id, PASSPHRASE)
    unlock_with_recovery_key(vault.id, recovery)


def test_no_secret_appears_in_any_message(made, keychain) -> None:
    vault, recovery = made
    messages = []
    for attempt in (
        lambda: unlock_with_passphrase(vault.id, OTHER_PASSPHRASE),
        lambda: unlock_with_recovery_key(vault.id, recovery[:-4] + "0000"),
        lambda: vault.change_passphrase(OTHER_PASSPHRASE, PASSPHRASE),
        lambda: vault.change_passphrase(PASSPHRASE, "passwordpassword"),
    ):
        with pytest.raises(VaultError) as caught:
            attempt()
        messages.append(str(caught.value))
    for message in messages:
        for secret in (PASSPHRASE, OTHER_PASSPHRASE, recovery, "passwordpassword"):
            assert secret not in message
