"""A vault carried to another computer as one encrypted file, and brought in again.

The file is JSON: a magic string and format, the vault's id, name and creation time, its
data key wrapped under the passphrase and the recovery key (never the keyring's device
key: that belongs to this computer), each note's ciphertext exactly as stored (they are
bound to the vault and note ids, which travel unchanged), and a manifest — the sorted
list of note ids, sealed under the data key — so that a file with a note dropped or added
is refused rather than half imported. Nothing in it is a note's plaintext.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from peewee import IntegrityError, chunked

from balintdesk.domain.words import Words
from balintdesk.fileio import OwnFileError, write_text_atomic
from balintdesk.store.notes_models import Vault, VaultNote, notes_proxy
from balintdesk.vault import crypto, keys
from balintdesk.vault.errors import VaultError, WrongSecret
from balintdesk.vault.notes import NOTE_FORMAT, decode_payload

log = logging.getLogger(__name__)

EXPORT_MAGIC = "BalintDesk encrypted vault"
EXPORT_FORMAT = 1
SUFFIX = ".balintvault"
MAX_EXPORT_BYTES = 1 << 30  # far above any real vault; refuses a wrong, huge file early
_ID = re.compile(r"^[0-9a-f]{32}$")

_NOTE_FIELDS = [
    VaultNote.id,
    VaultNote.vault,
    VaultNote.format,
    VaultNote.nonce,
    VaultNote.ciphertext,
]

NOT_AN_EXPORT = Words("VaultError", "This file is not a BalintDesk notes export, or it is damaged.")
ALREADY_HERE = Words("VaultError", "This vault is already on this computer.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def write_file(path: Path, vault_id: str, aead: AESGCM, note_ids: set[str]) -> None:
    """Write the export of `note_ids` (the notes that open) atomically to `path`."""
    vault = Vault.get_by_id(vault_id)
    wrapped = [key for kind in keys.SECRET_KINDS if (key := keys.load(vault_id, kind))]
    rows = (
        VaultNote.select(VaultNote.id, VaultNote.format, VaultNote.nonce, VaultNote.ciphertext)
        .where(VaultNote.vault == vault_id)
        .order_by(VaultNote.id)  # random ids: the order says nothing
        .tuples()
    )
    notes = [row for row in rows if row[0] in note_ids]
    listed = json.dumps(sorted(row[0] for row in notes)).encode("ascii")
    manifest_nonce, manifest = crypto.seal(
        aead, listed, crypto.manifest_ad(vault_id, EXPORT_FORMAT)
    )
    document = {
        "magic": EXPORT_MAGIC,
        "format": EXPORT_FORMAT,
        "vault": {
            "id": vault.id,
            "label": vault.label,
            "created_at": vault.created_at.isoformat(),
            "format": vault.format,
        },
        "keys": [
            {"kind": k.kind, "nonce": _b64(k.nonce), "wrapped": _b64(k.wrapped), "kdf": k.kdf_json}
            for k in wrapped
        ],
        "manifest": {"nonce": _b64(manifest_nonce), "ciphertext": _b64(manifest)},
        "notes": [
            {"id": nid, "format": fmt, "nonce": _b64(bytes(nonce)), "ciphertext": _b64(bytes(ct))}
            for nid, fmt, nonce, ct in notes
        ],
    }
    try:
        write_text_atomic(path, json.dumps(document, indent=1) + "\n", encoding="ascii")
    except OwnFileError:
        raise  # its own sentence says why; nothing was written
    except OSError as exc:
        raise VaultError(
            Words(
                "VaultError",
                "The notes could not be exported to {path}: {reason}.",
                {"path": str(path), "reason": exc.strerror or str(exc)},
            )
        ) from exc
    log.info("Exported a vault (%d notes)", len(notes))


@dataclass(frozen=True)
class _ExportedNote:
    id: str
    format: int
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class _Export:
    vault_id: str
    label: str
    created_at: dt.datetime
    vault_format: int
    keys: dict[str, keys.WrappedKey]
    manifest_nonce: bytes
    manifest: bytes
    notes: list[_ExportedNote]


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    """As the database stores times: UTC without a zone."""
    return moment if moment.tzinfo is None else moment.astimezone(dt.UTC).replace(tzinfo=None)


def _read(path: Path) -> _Export:
    """The parsed file; ValueError, KeyError or TypeError if it is not a good export."""
    data = json.loads(path.read_bytes().decode("ascii"))
    if data["magic"] != EXPORT_MAGIC or data["format"] != EXPORT_FORMAT:
        raise ValueError("not an export this BalintDesk reads")
    vault = data["vault"]
    if not isinstance(vault["id"], str) or not _ID.match(vault["id"]):
        raise ValueError("bad vault id")
    label = " ".join(str(vault["label"]).split())
    if not label:
        raise ValueError("no label")
    wrapped = {}
    for entry in data["keys"]:
        kind = entry["kind"]
        if kind not in keys.SECRET_KINDS or kind in wrapped:
            raise ValueError("unexpected key kind")
        wrapped[kind] = keys.WrappedKey(
            kind, _unb64(entry["wrapped"]), _unb64(entry["nonce"]), str(entry["kdf"])
        )
        wrapped[kind].kdf_record()  # refuses absurd Argon2id costs before any derivation
    notes = [
        _ExportedNote(n["id"], n["format"], _unb64(n["nonce"]), _unb64(n["ciphertext"]))
        for n in data["notes"]
    ]
    if not all(isinstance(n.id, str) and _ID.match(n.id) for n in notes):
        raise ValueError("bad note id")
    return _Export(
        vault_id=vault["id"],
        label=label,
        created_at=_naive_utc(dt.datetime.fromisoformat(vault["created_at"])),
        vault_format=int(vault["format"]),
        keys=wrapped,
        manifest_nonce=_unb64(data["manifest"]["nonce"]),
        manifest=_unb64(data["manifest"]["ciphertext"]),
        notes=notes,
    )


def _open_data_key(doc: _Export, secret: str) -> bytes:
    """Try the secret as a recovery key (if it looks like one), then as the passphrase."""
    attempts = []
    raw = crypto.parse_recovery_key(secret)
    if raw is not None and keys.RECOVERY in doc.keys:
        attempts.append((doc.keys[keys.RECOVERY], raw))
    if keys.PASSPHRASE in doc.keys:
        attempts.append((doc.keys[keys.PASSPHRASE], keys.passphrase_bytes(secret)))
    for key, candidate in attempts:
        try:
            return keys.unwrap_with_secret(doc.vault_id, key, candidate)
        except crypto.DecryptionFailed:
            continue
    raise WrongSecret(
        Words("VaultError", "That passphrase or recovery key does not open these notes.")
    )


def _verify(doc: _Export, aead: AESGCM) -> None:
    """Every note opens and the set of notes is the one the exporter sealed."""
    try:
        listed = json.loads(
            crypto.open_sealed(
                aead,
                doc.manifest_nonce,
                doc.manifest,
                crypto.manifest_ad(doc.vault_id, EXPORT_FORMAT),
            )
        )
        if listed != sorted(note.id for note in doc.notes):
            raise ValueError("the notes are not the ones exported")
        for note in doc.notes:
            if note.format != NOTE_FORMAT:
                raise ValueError("unknown note format")
            payload = crypto.open_sealed(
                aead,
                note.nonce,
                note.ciphertext,
                crypto.note_ad(doc.vault_id, note.id, note.format),
            )
            decode_payload(note.id, payload)
    except (crypto.DecryptionFailed, ValueError, TypeError):
        raise VaultError(
            Words(
                "VaultError",
                "This export is damaged: not every note in it opens, so nothing was imported.",
            )
        ) from None


def import_file(path: Path, secret: str) -> str:
    """Import the export at `path`; returns the vault id. Writes nothing unless all of it
    checks out."""
    try:
        if path.stat().st_size > MAX_EXPORT_BYTES:
            raise VaultError(NOT_AN_EXPORT)
        doc = _read(path)
    except OSError as exc:
        raise VaultError(
            Words(
                "VaultError",
                "{name} could not be read: {reason}.",
                {"name": path.name, "reason": exc.strerror or str(exc)},
            )
        ) from exc
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
        raise VaultError(NOT_AN_EXPORT) from None
    if Vault.get_or_none(Vault.id == doc.vault_id) is not None:
        raise VaultError(ALREADY_HERE)
    dek = _open_data_key(doc, secret)
    _verify(doc, AESGCM(dek))
    try:
        with notes_proxy.atomic():
            Vault.insert(
                id=doc.vault_id,
                label=doc.label,
                member_id=None,  # member ids belong to the other computer's roster
                created_at=doc.created_at,
                format=doc.vault_format,
            ).execute()
            for key in doc.keys.values():
                keys.store(doc.vault_id, key)
            rows = [(n.id, doc.vault_id, n.format, n.nonce, n.ciphertext) for n in doc.notes]
            # In batches: one statement per note is slow, one for all can pass SQLite's
            # limit on bound variables.
            for batch in chunked(rows, 500):
                VaultNote.insert_many(batch, fields=_NOTE_FIELDS).execute()
    except IntegrityError:
        # The same vault (or note id) arrived meanwhile; the transaction rolled back.
        raise VaultError(ALREADY_HERE) from None
    log.info("Imported a vault (%d notes)", len(doc.notes))
    return doc.vault_id
