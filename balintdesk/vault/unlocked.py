"""An unlocked vault: the data key and the decrypted notes, in memory only.

vault.py creates and unlocks vaults and hands out an UnlockedVault; everything done with
an open vault is here. See vault.py's module note on what locking can and cannot erase.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from peewee import DatabaseError

from balintdesk.domain.words import Words
from balintdesk.store.db import checkpoint
from balintdesk.store.notes_models import VaultNote, notes_proxy
from balintdesk.vault import crypto, export, keys
from balintdesk.vault.errors import (
    DamagedNote,
    VaultError,
    WeakPassphrase,
    WrongSecret,
)
from balintdesk.vault.notes import (
    NOTE_FORMAT,
    Note,
    clean_tags,
    decode_payload,
    encode_payload,
    fold,
    newest_first,
    search_text,
)
from balintdesk.vault.passphrase import passphrase_problem

log = logging.getLogger(__name__)

LOCKED = Words("VaultError", "The vault is locked.")


class DeviceKeyStore(Protocol):
    """What the vault needs of balintdesk.vault.keychain.Keychain (or a test's fake).

    Its methods raise keychain.KeychainUnavailable when no secure keyring answers; the
    vault lets that through, so the window can say the passphrase will be asked for.
    """

    def store_key(self, vault_id: str, key: bytes) -> None: ...
    def load_key(self, vault_id: str) -> bytes | None: ...
    def forget(self, vault_id: str) -> None: ...


def forget_quietly(keychain: DeviceKeyStore, vault_id: str) -> None:
    # A device key left behind in the keyring wraps nothing any more: harmless, so a
    # failure to remove it is logged, not raised over the error that matters.
    try:
        keychain.forget(vault_id)
    except Exception as exc:
        log.warning("Could not remove a vault's entry from the keyring: %s", type(exc).__name__)


def unwrap_secret(vault_id: str, key: keys.WrappedKey, secret: bytes, wrong: VaultError) -> bytes:
    try:
        return keys.unwrap_with_secret(vault_id, key, secret)
    except crypto.DecryptionFailed:
        raise wrong from None
    except ValueError:
        raise VaultError(
            Words("VaultError", "This vault's passphrase record is damaged; try its recovery key.")
            if key.kind == keys.PASSPHRASE
            else Words("VaultError", "This vault's recovery record is damaged; try its passphrase.")
        ) from None


def checkpoint_wal() -> None:
    """Fold the WAL into the database and truncate it, so no older page lingers there."""
    db = notes_proxy.obj
    if db is None or db.is_closed():
        return
    try:
        checkpoint(db)
    except DatabaseError as exc:
        log.warning("WAL checkpoint failed: %s", exc)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UnlockedVault:
    """An open vault: the DEK and, once read, the decrypted notes, in memory only."""

    def __init__(self, vault_id: str, label: str, dek: bytes) -> None:
        self.id = vault_id
        self.label = label
        self._dek: bytes | None = dek
        self._aead: AESGCM | None = AESGCM(dek)
        self._notes: dict[str, Note] | None = None  # None until first read
        self._search: dict[str, str] = {}  # note id -> folded text, for search
        self.damaged_ids: set[str] = set()

    @property
    def locked(self) -> bool:
        return self._dek is None

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            raise VaultError(LOCKED)
        return self._aead

    def _data_key(self) -> bytes:
        if self._dek is None:
            raise VaultError(LOCKED)
        return self._dek

    def _open(self, aead: AESGCM, note_id: str, nonce: bytes, ciphertext: bytes, fmt: int) -> Note:
        if fmt != NOTE_FORMAT:
            raise DamagedNote(note_id)
        try:
            payload = crypto.open_sealed(
                aead, bytes(nonce), bytes(ciphertext), crypto.note_ad(self.id, note_id, fmt)
            )
            return decode_payload(note_id, payload)
        except (crypto.DecryptionFailed, ValueError):
            raise DamagedNote(note_id) from None

    def _loaded(self) -> dict[str, Note]:
        aead = self._cipher()
        if self._notes is None:
            notes: dict[str, Note] = {}
            rows = (
                VaultNote.select(
                    VaultNote.id, VaultNote.format, VaultNote.nonce, VaultNote.ciphertext
                )
                .where(VaultNote.vault == self.id)
                .tuples()
            )
            for note_id, fmt, nonce, ciphertext in rows:
                try:
                    notes[note_id] = self._open(aead, note_id, nonce, ciphertext, fmt)
                except DamagedNote:
                    self.damaged_ids.add(note_id)
            if self.damaged_ids:
                log.warning("%d note(s) of a vault could not be opened", len(self.damaged_ids))
            self._notes = notes
            self._search = {note.id: search_text(note) for note in notes.values()}
        return self._notes

    def notes(self) -> list[Note]:
        """Every note that opens, newest change first; damaged ones are in damaged_ids."""
        return sorted(self._loaded().values(), key=newest_first, reverse=True)

    def get(self, note_id: str) -> Note:
        notes = self._loaded()
        if note_id in notes:
            return notes[note_id]
        if note_id in self.damaged_ids:
            raise DamagedNote(note_id)
        raise VaultError(Words("VaultError", "This note no longer exists."))

    def save(
        self,
        note_id: str | None,
        title: str,
        body: str,
        tags: Iterable[str],
        template: str,
        meeting_date: dt.date | None,
    ) -> Note:
        """Create (note_id None) or update a note; autosave calls this too.

        Every write is a new ciphertext under a new nonce. Saving unchanged content writes
        nothing, so an autosave timer ticking over an idle editor does not churn the file.
        """
        aead = self._cipher()
        if not all(isinstance(value, str) for value in (title, body, template)):
            raise TypeError("title, body and template must be text")
        if isinstance(meeting_date, dt.datetime) or not (
            meeting_date is None or isinstance(meeting_date, dt.date)
        ):
            raise TypeError("meeting_date must be a date or None")
        now = _now()
        existing = None if note_id is None else self.get(note_id)
        note = Note(
            id=note_id or uuid.uuid4().hex,
            title=title,
            body=body,
            tags=clean_tags(tags),
            template=template,
            meeting_date=meeting_date,
            created=existing.created if existing else now,
            # Never before the last save, even if the clock stepped back.
            updated=max(now, existing.updated) if existing else now,
        )
        if existing is not None and existing.same_content(note):
            return existing
        nonce, ciphertext = crypto.seal(
            aead, encode_payload(note), crypto.note_ad(self.id, note.id, NOTE_FORMAT)
        )
        if existing is None:
            VaultNote.insert(
                id=note.id, vault=self.id, format=NOTE_FORMAT, nonce=nonce, ciphertext=ciphertext
            ).execute()
        else:
            changed = (
                VaultNote.update(format=NOTE_FORMAT, nonce=nonce, ciphertext=ciphertext)
                .where((VaultNote.id == note.id) & (VaultNote.vault == self.id))
                .execute()
            )
            if changed != 1:
                self._drop(note.id)
                raise VaultError(
                    Words(
                        "VaultError", "This note was deleted meanwhile; copy its text to a new one."
                    )
                )
        self._loaded()[note.id] = note
        self._search[note.id] = search_text(note)
        return note

    def _drop(self, note_id: str) -> None:
        if self._notes is not None:
            self._notes.pop(note_id, None)
        self._search.pop(note_id, None)
        self.damaged_ids.discard(note_id)

    def delete(self, note_id: str) -> None:
        """Delete a note (also a damaged one). Deleting one already gone is no error."""
        self._cipher()
        VaultNote.delete().where((VaultNote.id == note_id) & (VaultNote.vault == self.id)).execute()
        self._drop(note_id)

    def search(self, text: str) -> list[Note]:
        """Notes whose title, body or tags hold every word of `text`, ignoring case;
        newest first. In memory only: there is no index on disk."""
        words = fold(text).split()
        notes = self.notes()
        if not words:
            return notes
        return [note for note in notes if all(word in self._search[note.id] for word in words)]

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under the new passphrase; no note is re-encrypted."""
        self._cipher()
        key = keys.load(self.id, keys.PASSPHRASE)
        if key is None:
            raise VaultError(Words("VaultError", "This vault has no passphrase to change."))
        dek = unwrap_secret(self.id, key, keys.passphrase_bytes(old), WrongSecret())
        self._same_key(dek)
        if (problem := passphrase_problem(new, self.label)) is not None:
            raise WeakPassphrase(problem)
        params = key.kdf_record().params.at_least(crypto.DEFAULT_KDF_PARAMS)
        keys.store(
            self.id,
            keys.wrap_under_secret(
                self.id, keys.PASSPHRASE, keys.passphrase_bytes(new), dek, params
            ),
        )
        log.info("Changed a vault's passphrase")

    def new_recovery_key(self) -> str:
        """A new recovery key (text to show once); the previous one stops working."""
        dek = self._data_key()
        key = keys.load(self.id, keys.RECOVERY)
        params = crypto.DEFAULT_KDF_PARAMS
        if key is not None:
            params = key.kdf_record().params.at_least(params)
        raw, text = crypto.new_recovery_key()
        keys.store(self.id, keys.wrap_under_secret(self.id, keys.RECOVERY, raw, dek, params))
        log.info("Made a new recovery key for a vault")
        return text

    def _same_key(self, dek: bytes) -> None:
        if not hmac.compare_digest(dek, self._data_key()):
            raise VaultError(
                Words(
                    "VaultError", "This vault's keys do not agree; open it with its recovery key."
                )
            )

    def remember(self, keychain: DeviceKeyStore) -> None:
        """Let this computer open the vault through the OS keyring from now on."""
        dek = self._data_key()
        device_key = crypto.new_key()
        keychain.store_key(self.id, device_key)  # KeychainUnavailable: nothing changed
        try:
            keys.store(self.id, keys.wrap_under_device_key(self.id, device_key, dek))
        except BaseException:
            forget_quietly(keychain, self.id)
            raise

    def forget_this_computer(self, keychain: DeviceKeyStore) -> None:
        """Remove the keyring's way in. The wrapped key goes first, so even if the keyring
        refuses to delete its entry, that entry no longer opens anything."""
        self._cipher()
        keys.remove(self.id, keys.KEYRING)
        checkpoint_wal()
        keychain.forget(self.id)

    def export_to(self, path: Path) -> None:
        """Write the vault to one encrypted file (see export.py); notes that do not open
        are left out, so the file imports whole."""
        aead = self._cipher()
        opened = set(self._loaded())
        export.write_file(Path(path), self.id, aead, opened)

    def lock(self) -> None:
        """Drop the DEK and every decrypted note, then checkpoint the WAL. Idempotent.

        Dropping is all Python allows (see the module's note on memory): the objects are
        unreferenced here and freed by the garbage collector, not overwritten.
        """
        self._dek = None
        self._aead = None
        self._notes = None
        self._search = {}
        self.damaged_ids.clear()
        checkpoint_wal()
