"""peewee models for the private notes' own local file, `notes.sqlite3`.

Private notes never leave the computer (DESIGN.md): whatever the group database is, a
local SQLite file or the practice's server, the vault's tables live in this file beside
it, under their own proxy, so no query for a note can reach the group database. The
schema is made by `notes_migrations.py`; `tests/vault/test_notes_file.py` compares them.

A vault names its member by id only: the member lives in the group database, which may
be another file or another computer, so there is no foreign key; the id is looked up
there when needed, and a vault whose member was archived or removed still opens.
"""

from __future__ import annotations

from peewee import (
    BlobField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from balintdesk.store.models import utc_now

notes_proxy = DatabaseProxy()


class NotesModel(Model):
    class Meta:
        database = notes_proxy
        legacy_table_names = False


class Vault(NotesModel):
    """A member's private notes on this computer. Only the vault's own name is in clear;
    balintdesk.vault holds the keys and reads the notes."""

    id = CharField(primary_key=True)  # uuid4 hex: random, so it says nothing of order
    label = CharField()
    member_id = IntegerField(null=True)  # a member in the group database; no foreign key
    created_at = DateTimeField(default=utc_now)
    format = IntegerField()


class VaultKey(NotesModel):
    """The vault's data key, wrapped under one way of unlocking it (keyring device key,
    passphrase or recovery key). kdf_json: Argon2id's salt and cost; '' for the keyring."""

    vault = ForeignKeyField(Vault, backref="keys", on_delete="CASCADE")
    kind = CharField()
    wrapped = BlobField()
    nonce = BlobField()
    kdf_json = TextField(default="")
    created_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "vault_key"
        indexes = ((("vault", "kind"), True),)


class VaultNote(NotesModel):
    """One private note: a single AES-GCM ciphertext and nothing else about it — no
    title, no dates, no order. The table has no rowid, which would count insertions."""

    id = CharField(primary_key=True)  # uuid4 hex
    vault = ForeignKeyField(Vault, backref="notes", on_delete="CASCADE")
    format = IntegerField()
    nonce = BlobField()
    ciphertext = BlobField()

    class Meta:
        table_name = "note"
        without_rowid = True


NOTES_MODELS: tuple[type[NotesModel], ...] = (Vault, VaultKey, VaultNote)
