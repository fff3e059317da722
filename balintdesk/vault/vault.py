"""Private reflection notes: create, unlock, read and write, lock — ciphertext only on disk.

The security design is in DESIGN.md ("Private notes"). In short: a vault has a random
256-bit data key (DEK); each note is one AES-256-GCM ciphertext of a JSON payload holding
everything about it, bound to its vault id, note id and format; the DEK is stored only
wrapped, under the OS keyring's device key, a passphrase (Argon2id) and a recovery key.

About memory, honestly: Python cannot wipe a `str` or `bytes` — they are immutable, may be
copied by the interpreter, and their memory is reused, not cleared, when freed. Locking
therefore drops every reference we hold (the DEK, the cipher object, every decrypted note
and the search text) so the garbage collector frees them, and core dumps are switched off
while a vault is open (`disable_core_dumps`). That is as far as pure Python can go.

Everything here works through the vault models' own proxy, bound to the local notes file
`notes.sqlite3` (store/notes_db.py) that `store.db.open_database` opened last; never the
group database, which may be on another computer. A vault's member is only an id there.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError

from balintdesk.domain.words import Words
from balintdesk.store import notes_db
from balintdesk.store.errors import StorageError
from balintdesk.store.models import Member, utc_now
from balintdesk.store.notes_models import Vault, VaultKey, VaultNote, notes_proxy
from balintdesk.store.soundness import DamagedDatabaseError
from balintdesk.vault import crypto, export, keys
from balintdesk.vault.errors import (
    DamagedNote,
    VaultError,
    WeakPassphrase,
    WrongSecret,
)
from balintdesk.vault.notes import Note
from balintdesk.vault.passphrase import passphrase_problem
from balintdesk.vault.unlocked import (
    DeviceKeyStore,
    UnlockedVault,
    checkpoint_wal,
    forget_quietly,
    unwrap_secret,
)

__all__ = [
    "DamagedNote",
    "DeviceKeyStore",
    "KdfParams",
    "Note",
    "UnlockedVault",
    "VaultError",
    "VaultInfo",
    "WeakPassphrase",
    "WrongSecret",
    "create_vault",
    "delete_vault",
    "disable_core_dumps",
    "import_vault",
    "list_vaults",
    "passphrase_problem",
    "unlock_with_keychain",
    "unlock_with_passphrase",
    "unlock_with_recovery_key",
    "vault_named",
]

log = logging.getLogger(__name__)

VAULT_FORMAT = 1
MAX_LABEL_CHARACTERS = 100
KdfParams = crypto.KdfParams

NOT_HERE = Words("VaultError", "This vault is not on this computer.")


@dataclass(frozen=True)
class VaultInfo:
    id: str
    label: str
    member_id: int | None
    created_at: dt.datetime  # aware, UTC
    has_keyring_key: bool


def disable_core_dumps() -> bool:
    """No core file while a vault is open: it would hold the DEK and decrypted notes.

    Sets RLIMIT_CORE to (0, 0) on Linux and macOS. The hard limit cannot be raised again
    by an unprivileged process, so this holds for the rest of the run — intended.
    Returns False where there is no such limit (Windows) or the OS refused.
    """
    try:
        import resource
    except ImportError:  # Windows: no rlimits; Windows Error Reporting is a system setting
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError) as exc:
        log.warning("Could not switch off core dumps on %s: %s", sys.platform, exc)
        return False
    return True


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def notes_ready() -> None:
    """Raise VaultError (or the StorageError of a read-only folder) if the notes file
    could not be opened, with a sentence the user can act on; nothing otherwise."""
    problem = notes_db.notes_problem()
    if problem is None and notes_proxy.obj is not None:
        return
    if isinstance(problem, StorageError):
        raise problem
    if isinstance(problem, DamagedDatabaseError):
        raise VaultError(
            Words(
                "VaultError",
                "The private notes file {path} is damaged, so the notes cannot be opened. "
                "Nothing was changed in it; its backups are in the “backups” folder.",
                {"path": str(problem.path)},
            )
        )
    raise VaultError(
        Words(
            "VaultError",
            "The private notes file cannot be opened: {reason}",
            {"reason": getattr(problem, "words", None) or str(problem or "not open")},
        )
    )


def _vault_row(vault_id: str) -> Vault:
    notes_ready()
    row = Vault.get_or_none(Vault.id == vault_id)
    if row is None:
        raise VaultError(NOT_HERE)
    return row


def _info(row: Vault) -> VaultInfo:
    return VaultInfo(
        id=row.id,
        label=row.label,
        member_id=row.member_id,
        created_at=_aware(row.created_at),
        has_keyring_key=keys.load(row.id, keys.KEYRING) is not None,
    )


def list_vaults() -> list[VaultInfo]:
    """Every vault on this computer, by label."""
    notes_ready()
    remembered = {
        vault_id
        for (vault_id,) in VaultKey.select(VaultKey.vault)
        .where(VaultKey.kind == keys.KEYRING)
        .tuples()
    }
    rows = Vault.select(Vault.id, Vault.label, Vault.member_id, Vault.created_at).tuples()
    found = [
        VaultInfo(vid, label, member_id, _aware(created), vid in remembered)
        for vid, label, member_id, created in rows
    ]
    return sorted(found, key=lambda info: (info.label.casefold(), info.id))


def vault_named(label: str) -> str | None:
    """The id of the vault whose label is `label`, in any case and spacing (as typed at
    the shared PC, where the labels are not listed); None if there is none."""
    typed = " ".join(label.split()).casefold()
    for info in list_vaults():
        if " ".join(info.label.split()).casefold() == typed:
            return info.id
    return None


def create_vault(
    label: str,
    passphrase: str,
    member_id: int | None = None,
    keychain: DeviceKeyStore | None = None,
    kdf_params: crypto.KdfParams | None = None,
) -> tuple[UnlockedVault, str]:
    """A new, empty, unlocked vault and its recovery key text (to show once).

    With a keychain, this computer also remembers it; should the keyring fail, nothing is
    created and its error propagates, so no recovery key is shown for a vault that isn't.
    """
    notes_ready()
    label = " ".join(label.split())
    if not label:
        raise VaultError(Words("VaultError", "Give the notes a name, such as your own."))
    if len(label) > MAX_LABEL_CHARACTERS:
        raise VaultError(
            Words("VaultError", "Keep the name under {n} characters.", {"n": MAX_LABEL_CHARACTERS})
        )
    if (problem := passphrase_problem(passphrase, label)) is not None:
        raise WeakPassphrase(problem)
    if member_id is not None and Member.get_or_none(Member.id == member_id) is None:
        raise VaultError(
            Words("VaultError", "That member is no longer in the roster; choose again.")
        )
    params = kdf_params or crypto.DEFAULT_KDF_PARAMS
    vault_id = uuid.uuid4().hex
    dek = crypto.new_key()
    recovery_raw, recovery_text = crypto.new_recovery_key()
    wrapped = [
        keys.wrap_under_secret(
            vault_id, keys.PASSPHRASE, keys.passphrase_bytes(passphrase), dek, params
        ),
        keys.wrap_under_secret(vault_id, keys.RECOVERY, recovery_raw, dek, params),
    ]
    if keychain is not None:
        device_key = crypto.new_key()
        keychain.store_key(vault_id, device_key)  # first: if it fails, nothing exists yet
        wrapped.append(keys.wrap_under_device_key(vault_id, device_key, dek))
    try:
        with notes_proxy.atomic():
            Vault.insert(
                id=vault_id,
                label=label,
                member_id=member_id,
                created_at=utc_now(),
                format=VAULT_FORMAT,
            ).execute()
            for key in wrapped:
                keys.store(vault_id, key)
    except BaseException:
        if keychain is not None:
            forget_quietly(keychain, vault_id)
        raise
    log.info("Created a vault (%d ways to unlock)", len(wrapped))
    disable_core_dumps()
    return UnlockedVault(vault_id, label, dek), recovery_text


def unlock_with_passphrase(vault_id: str, passphrase: str) -> UnlockedVault:
    row = _vault_row(vault_id)
    key = keys.load(vault_id, keys.PASSPHRASE)
    if key is None:
        raise VaultError(
            Words("VaultError", "This vault has no passphrase; open it with its recovery key.")
        )
    secret = keys.passphrase_bytes(passphrase)
    dek = unwrap_secret(vault_id, key, secret, WrongSecret())
    _raise_cost_if_weaker(vault_id, key, secret, dek)
    disable_core_dumps()
    return UnlockedVault(row.id, row.label, dek)


def unlock_with_recovery_key(vault_id: str, recovery_key: str) -> UnlockedVault:
    row = _vault_row(vault_id)
    raw = crypto.parse_recovery_key(recovery_key)
    if raw is None:
        raise WrongSecret(
            Words(
                "VaultError",
                "That is not a recovery key: it has 52 letters and digits, in groups of four.",
            )
        )
    key = keys.load(vault_id, keys.RECOVERY)
    if key is None:
        raise VaultError(
            Words("VaultError", "This vault has no recovery key; open it with its passphrase.")
        )
    wrong = WrongSecret(Words("VaultError", "That recovery key does not open this vault."))
    dek = unwrap_secret(vault_id, key, raw, wrong)
    _raise_cost_if_weaker(vault_id, key, raw, dek)
    disable_core_dumps()
    return UnlockedVault(row.id, row.label, dek)


def unlock_with_keychain(vault_id: str, keychain: DeviceKeyStore) -> UnlockedVault | None:
    """Open silently with the device key, or None if this computer does not remember the
    vault (no wrapped key, no keyring entry, or an entry that no longer fits).

    The keyring is only asked when the vault has a keyring key, so a vault never
    remembered causes no keyring prompt. KeychainUnavailable propagates.
    """
    row = _vault_row(vault_id)
    key = keys.load(vault_id, keys.KEYRING)
    if key is None:
        return None
    device_key = keychain.load_key(vault_id)
    if device_key is None:
        return None
    try:
        dek = keys.unwrap_with_device_key(vault_id, key, device_key)
    except crypto.DecryptionFailed:
        log.warning("The keyring entry for a vault does not open it; asking for the passphrase")
        return None
    disable_core_dumps()
    return UnlockedVault(row.id, row.label, dek)


def _raise_cost_if_weaker(vault_id: str, key: keys.WrappedKey, secret: bytes, dek: bytes) -> None:
    """Re-wrap under today's Argon2id cost if the stored one is lower (a vault made by an
    older BalintDesk, or imported): the reason the cost is stored with each key."""
    stored = key.kdf_record().params
    if not stored.weaker_than(crypto.DEFAULT_KDF_PARAMS):
        return
    stronger = stored.at_least(crypto.DEFAULT_KDF_PARAMS)
    try:
        keys.store(vault_id, keys.wrap_under_secret(vault_id, key.kind, secret, dek, stronger))
    except DatabaseError as exc:  # e.g. a read-only data folder: still open the vault
        log.warning("Could not raise a vault key's Argon2id cost: %s", exc)
    else:
        log.info("Raised a vault's %s key to Argon2id %s", key.kind, stronger)


def delete_vault(vault_id: str, typed_label: str, keychain: DeviceKeyStore | None = None) -> None:
    """Delete the vault and every note in it, if `typed_label` is its name exactly.

    With a keychain, its keyring entry is removed too (best effort: left behind, it
    unlocks nothing). Lock any open UnlockedVault of it first.
    """
    row = _vault_row(vault_id)
    if typed_label.strip() != row.label:
        raise VaultError(
            Words(
                "VaultError",
                "To delete these notes, type their name exactly as shown: {name}",
                {"name": row.label},
            )
        )
    with notes_proxy.atomic():
        # ON DELETE CASCADE would do it; explicit, so it holds even if foreign_keys were off.
        VaultNote.delete().where(VaultNote.vault == vault_id).execute()
        VaultKey.delete().where(VaultKey.vault == vault_id).execute()
        Vault.delete().where(Vault.id == vault_id).execute()
    checkpoint_wal()
    if keychain is not None:
        forget_quietly(keychain, vault_id)
    log.info("Deleted a vault")


def import_vault(path: Path, secret: str) -> VaultInfo:
    """Bring in a vault exported on another computer, opened with its passphrase or
    recovery key. All or nothing: every note is checked before anything is written."""
    notes_ready()
    vault_id = export.import_file(Path(path), secret)
    return _info(_vault_row(vault_id))
