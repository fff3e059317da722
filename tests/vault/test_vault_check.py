"""`run_checks` over vaults: healthy ones pass; planted shape problems are named; the
check's copy of the vault's constants agrees with balintdesk.vault."""

from __future__ import annotations

import json

from balintdesk.store import check_vault
from balintdesk.store.check import run_checks
from balintdesk.vault import crypto, keys, notes, vault
from tests.vault.conftest import FAST_KDF


def test_the_checks_constants_match_the_vault() -> None:
    assert check_vault.VAULT_FORMATS == (vault.VAULT_FORMAT,)
    assert check_vault.NOTE_FORMATS == (notes.NOTE_FORMAT,)
    assert check_vault.VAULT_KEY_KINDS == keys.KINDS
    assert check_vault.VAULT_NONCE_BYTES == crypto.NONCE_BYTES
    assert check_vault.VAULT_TAG_BYTES == crypto.TAG_BYTES
    assert check_vault.VAULT_WRAPPED_KEY_BYTES == crypto.WRAPPED_KEY_BYTES
    assert check_vault.VAULT_SALT_BYTES == crypto.SALT_BYTES
    # The check's floor is RFC 9106's second recommendation; the app's default is above it.
    assert check_vault.VAULT_KDF_MINIMUM == {"iterations": 3, "lanes": 4, "memory_cost": 65536}
    default = crypto.KdfParams()
    assert default.iterations >= check_vault.VAULT_KDF_MINIMUM["iterations"]
    assert default.lanes >= check_vault.VAULT_KDF_MINIMUM["lanes"]
    assert default.memory_cost >= check_vault.VAULT_KDF_MINIMUM["memory_cost"]


def test_a_healthy_vault_passes(db, keychain, real_kdf_cost) -> None:
    unlocked, _ = vault.create_vault("Dr Real Cost", "a slow river under winter light")
    unlocked.remember(keychain)
    unlocked.save(None, "A note", "Body", ["tag"], "", None)
    assert run_checks(db) == []


def test_a_cheap_argon2_cost_is_reported(db, made) -> None:
    problems = run_checks(db)  # `made` used the tests' fast cost
    assert len(problems) == 2
    assert all("below RFC 9106's recommendation" in str(problem) for problem in problems)
    assert FAST_KDF.memory_cost < 65536


def test_planted_problems_are_named(db, made) -> None:
    unlocked, _ = made
    note = unlocked.save(None, "Title", "Body", [], "", None)
    strong = crypto.KdfRecord(b"\x01" * 16, crypto.KdfParams()).to_json()
    db.notes.execute_sql("UPDATE vault_key SET kdf_json = ?", (strong,))
    assert run_checks(db) == []

    db.notes.execute_sql("UPDATE note SET nonce = X'0011', format = 9 WHERE id = ?", (note.id,))
    db.notes.execute_sql(
        "INSERT INTO note (id, vault_id, format, nonce, ciphertext) VALUES ('x', ?, 1, ?, X'00')",
        (unlocked.id, b"\x00" * 12),
    )
    db.notes.execute_sql("UPDATE vault_key SET kind = 'smartcard' WHERE kind = 'recovery'")
    db.notes.execute_sql(
        "UPDATE vault_key SET wrapped = X'00', kdf_json = ? WHERE kind = 'passphrase'",
        (json.dumps({"kdf": "argon2id", "salt": "00"}),),
    )
    db.notes.execute_sql("UPDATE vault SET format = 7, label = ' '")
    problems = run_checks(db)
    text = "\n".join(map(str, problems))
    assert f"Note {note.id}" in text and "nonce that is not 12 bytes" in text
    assert "unknown format 9" in text
    assert "Note x of vault" in text and "not 32 hexadecimal digits" in text
    assert "too short to be a ciphertext" in text
    assert "unknown kind “smartcard”" in text
    assert "not a wrapped 256-bit key" in text
    assert "unreadable Argon2id record" in text
    assert "has no recovery key" in text
    assert "unknown format 7" in text and "has no name" in text
    for problem in problems:
        assert "Title" not in str(problem) and "Body" not in str(problem)
