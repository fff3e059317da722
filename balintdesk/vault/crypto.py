"""The vault's cryptography: Argon2id turns a secret into a key, AES-256-GCM does the rest.

Both come from pyca/cryptography and are used the way its documentation shows: `AESGCM`
with a fresh random 96-bit nonce from `os.urandom(12)` for every encryption, and
`Argon2id(salt=, length=32, iterations=, lanes=, memory_cost=)` with a random 16-byte salt.
Nothing here is a construction of our own: the associated data below is plain JSON naming
what a ciphertext belongs to, so that AES-GCM's own check refuses it anywhere else.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # 96 bits, the size GCM is designed for
TAG_BYTES = 16  # AESGCM appends its 128-bit tag to the ciphertext
SALT_BYTES = 16  # RFC 9106 recommends 128 bits
WRAPPED_KEY_BYTES = KEY_BYTES + TAG_BYTES
RECOVERY_KEY_BYTES = 32

# Crockford's base32: no I, L, O or U, so a key read aloud or copied by hand survives.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_READS_AS = {"O": "0", "I": "1", "L": "1"}
RECOVERY_KEY_SYMBOLS = 52  # 256 bits / 5 bits per symbol, rounded up
RECOVERY_GROUP = 4


class DecryptionFailed(Exception):
    """Wrong key, or the bytes or what they are bound to were changed.

    Deliberately without detail: AES-GCM cannot tell the cases apart, and neither should a
    message that might end up in a log.
    """


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost. RFC 9106's second recommendation (section 4) is the floor:
    t=3 passes, p=4 lanes, m=64 MiB. We go above it, to t=4 and 128 MiB, because that
    alone took about 0.1 s here and the aim for a deliberate unlock is 0.2-0.6 s: measured
    with tests/bench/test_bench_vault.py on this 2-core machine (t=3/64 MiB 0.12 s,
    t=8/64 MiB 0.18 s, t=4/128 MiB 0.22 s, t=3/256 MiB 0.38 s). Stored per key, so a
    later version can raise it again; vaults are re-wrapped at the higher cost on unlock."""

    iterations: int = 4
    lanes: int = 4
    memory_cost: int = 128 * 1024  # KiB, as cryptography's Argon2id counts it

    def at_least(self, other: KdfParams) -> KdfParams:
        """Each cost the larger of the two: re-wrapping never lowers a stored strength."""
        return KdfParams(
            iterations=max(self.iterations, other.iterations),
            lanes=max(self.lanes, other.lanes),
            memory_cost=max(self.memory_cost, other.memory_cost),
        )

    def weaker_than(self, other: KdfParams) -> bool:
        return self.at_least(other) != self


# vault.py reads this through the module at call time, so tests can lower it for speed.
DEFAULT_KDF_PARAMS = KdfParams()

# Bounds for parameters read from a file: an export from elsewhere must not be able to
# make us allocate gigabytes or spin for minutes before the secret is even tried.
_MAX_ITERATIONS = 64
_MAX_LANES = 64
_MAX_MEMORY_KIB = 4 * 1024 * 1024


@dataclass(frozen=True)
class KdfRecord:
    """The salt and cost stored beside a wrapped key, so it can be derived again (and the
    cost raised later without a format change)."""

    salt: bytes
    params: KdfParams

    def to_json(self) -> str:
        return json.dumps(
            {"kdf": "argon2id", "salt": self.salt.hex(), **asdict(self.params)},
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> KdfRecord:
        """Raises ValueError for anything but a sane Argon2id record."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("kdf") != "argon2id":
            raise ValueError("not an Argon2id record")
        salt = bytes.fromhex(str(data["salt"]))
        values = [data.get(name) for name in ("iterations", "lanes", "memory_cost")]
        if not all(type(value) is int for value in values):
            raise ValueError("Argon2id parameters must be integers")
        params = KdfParams(*values)
        if len(salt) != SALT_BYTES:
            raise ValueError("the salt must be 16 bytes")
        if not (
            1 <= params.iterations <= _MAX_ITERATIONS
            and 1 <= params.lanes <= _MAX_LANES
            and 8 * params.lanes <= params.memory_cost <= _MAX_MEMORY_KIB
        ):
            raise ValueError("Argon2id parameters out of range")
        return cls(salt, params)


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def new_kdf_record(params: KdfParams) -> KdfRecord:
    return KdfRecord(os.urandom(SALT_BYTES), params)


def derive_key(secret: bytes, record: KdfRecord) -> bytes:
    """The 256-bit key Argon2id makes of `secret` with this salt and cost (the slow step)."""
    kdf = Argon2id(
        salt=record.salt,
        length=KEY_BYTES,
        iterations=record.params.iterations,
        lanes=record.params.lanes,
        memory_cost=record.params.memory_cost,
        ad=None,
        secret=None,
    )
    return kdf.derive(secret)


def seal(key: bytes | AESGCM, plaintext: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext with tag). A new random nonce every time, never reused.

    `key` may be an `AESGCM` already made, so that opening thousands of notes does not
    set up the cipher thousands of times.
    """
    aead = key if isinstance(key, AESGCM) else AESGCM(key)
    nonce = os.urandom(NONCE_BYTES)
    return nonce, aead.encrypt(nonce, plaintext, associated_data)


def open_sealed(
    key: bytes | AESGCM, nonce: bytes, ciphertext: bytes, associated_data: bytes
) -> bytes:
    """The plaintext, or DecryptionFailed (wrong key, changed bytes, other row)."""
    if not isinstance(nonce, bytes) or len(nonce) != NONCE_BYTES:
        raise DecryptionFailed
    if not isinstance(ciphertext, bytes) or len(ciphertext) < TAG_BYTES:
        raise DecryptionFailed
    try:
        aead = key if isinstance(key, AESGCM) else AESGCM(key)
        return aead.decrypt(nonce, ciphertext, associated_data)
    except (InvalidTag, ValueError, TypeError):
        # ValueError/TypeError: a key of the wrong size or type, e.g. a keyring entry that
        # some other program overwrote. To the caller it is the same: this key won't do.
        raise DecryptionFailed from None


def _associated_data(*parts: str | int) -> bytes:
    # A JSON array is unambiguous (strings are quoted and escaped), so no two different
    # bindings can produce the same bytes. The first element keeps the kinds apart: a
    # wrapped key can never be opened as a note, nor the reverse.
    return json.dumps(["BalintDesk", *parts], separators=(",", ":")).encode("utf-8")


def note_ad(vault_id: str, note_id: str, note_format: int) -> bytes:
    return _associated_data("note", vault_id, note_id, note_format)


def wrapped_key_ad(vault_id: str, kind: str) -> bytes:
    return _associated_data("data-key", vault_id, kind)


def manifest_ad(vault_id: str, export_format: int) -> bytes:
    return _associated_data("export-manifest", vault_id, export_format)


def wrap_key(wrapping_key: bytes, data_key: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    """(nonce, wrapped): the data key sealed under a key-encryption key with AES-GCM."""
    return seal(wrapping_key, data_key, associated_data)


def unwrap_key(wrapping_key: bytes, nonce: bytes, wrapped: bytes, associated_data: bytes) -> bytes:
    data_key = open_sealed(wrapping_key, nonce, wrapped, associated_data)
    if len(data_key) != KEY_BYTES:
        raise DecryptionFailed
    return data_key


def new_recovery_key() -> tuple[bytes, str]:
    """(the 32 random bytes, the same as text to show once: 13 groups of 4)."""
    raw = os.urandom(RECOVERY_KEY_BYTES)
    return raw, format_recovery_key(raw)


def format_recovery_key(raw: bytes) -> str:
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError("a recovery key is 32 bytes")
    number = int.from_bytes(raw, "big")
    symbols = []
    for _ in range(RECOVERY_KEY_SYMBOLS):
        number, digit = divmod(number, 32)
        symbols.append(CROCKFORD[digit])
    text = "".join(reversed(symbols))
    return "-".join(
        text[start : start + RECOVERY_GROUP] for start in range(0, len(text), RECOVERY_GROUP)
    )


def parse_recovery_key(text: str) -> bytes | None:
    """The 32 bytes of a recovery key as typed, or None if it cannot be one.

    Forgiving the way Crockford's alphabet intends: any case, with or without dashes or
    spaces, O read as 0 and I or L as 1.
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in "- \t\r\n_")
    cleaned = "".join(_CROCKFORD_READS_AS.get(ch, ch) for ch in cleaned)
    if len(cleaned) != RECOVERY_KEY_SYMBOLS or any(ch not in CROCKFORD for ch in cleaned):
        return None
    number = 0
    for ch in cleaned:
        number = number * 32 + CROCKFORD.index(ch)
    if number >> (8 * RECOVERY_KEY_BYTES):
        return None  # 52 symbols hold 260 bits; a real key leaves the top 4 at zero
    return number.to_bytes(RECOVERY_KEY_BYTES, "big")
