"""The vault's API on one database: create, list, write, read, search, damage, lock,
delete. Unlocking and keys: test_vault_unlock.py; export/import: test_vault_export.py."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import database_path
from balintdesk.store.notes_models import Vault, VaultKey, VaultNote
from balintdesk.store.roster import add_member, create_group
from balintdesk.vault import vault as vault_api
from balintdesk.vault.vault import (
    DamagedNote,
    VaultError,
    WeakPassphrase,
    create_vault,
    delete_vault,
    list_vaults,
    unlock_with_passphrase,
)
from tests.vault.conftest import LABEL, PASSPHRASE


def note_rows(db) -> dict[str, tuple[int, bytes, bytes]]:
    rows = db.notes.execute_sql("SELECT id, format, nonce, ciphertext FROM note").fetchall()
    return {nid: (fmt, bytes(nonce), bytes(ct)) for nid, fmt, nonce, ct in rows}


def write(vault, title: str, note_id: str | None = None, **extra):
    fields = {"body": f"Body of {title}", "tags": (), "template": "", "meeting_date": None}
    fields.update(extra)
    return vault.save(note_id, title, **fields)


def test_create_and_list(db) -> None:
    group = create_group("Thursday Balint", MeetingPattern())
    member = add_member(group.id, MemberDraft("Anjali Patel", joined=dt.date(2024, 1, 2)))
    unlocked, recovery = create_vault("  Anjali   Patel ", PASSPHRASE, member_id=member.id)
    assert unlocked.label == "Anjali Patel" and not unlocked.locked
    assert len(recovery.replace("-", "")) == 52
    [info] = list_vaults()
    assert (info.id, info.label, info.member_id, info.has_keyring_key) == (
        unlocked.id,
        "Anjali Patel",
        member.id,
        False,
    )
    assert info.created_at.tzinfo == dt.UTC
    assert abs(info.created_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert len(unlocked.id) == 32 and int(unlocked.id, 16) >= 0
    assert {row.kind for row in VaultKey.select()} == {"passphrase", "recovery"}


def test_vaults_are_listed_by_name(db) -> None:
    for label in ("zoë", "Ben", "anjali"):
        create_vault(label, PASSPHRASE)
    assert [info.label for info in list_vaults()] == ["anjali", "Ben", "zoë"]


def test_a_removed_member_leaves_the_vault_openable(db) -> None:
    # The member is in the group database, the vault in notes.sqlite3: a plain id, no
    # foreign key, so removing the member changes nothing in the vault.
    group = create_group("Thursday Balint", MeetingPattern())
    member = add_member(group.id, MemberDraft("Ben Okafor", joined=dt.date(2024, 1, 2)))
    unlocked, _ = create_vault("Ben Okafor", PASSPHRASE, member_id=member.id)
    unlocked.lock()
    db.execute_sql("DELETE FROM member WHERE id = ?", (member.id,))
    assert Vault.get_by_id(unlocked.id).member_id == member.id
    assert unlock_with_passphrase(unlocked.id, PASSPHRASE).label == "Ben Okafor"


@pytest.mark.parametrize(
    ("label", "passphrase", "error"),
    [
        ("   ", PASSPHRASE, VaultError),
        ("x" * 101, PASSPHRASE, VaultError),
        (LABEL, "abc", WeakPassphrase),
        (LABEL, "password1234", WeakPassphrase),
        (LABEL, "Anjali Patel 1975", WeakPassphrase),
    ],
)
def test_create_refuses_with_a_reason(db, label: str, passphrase: str, error) -> None:
    with pytest.raises(error) as caught:
        create_vault(label, passphrase)
    assert str(caught.value)
    assert passphrase not in str(caught.value)
    assert list_vaults() == []


def test_create_refuses_a_member_not_in_the_roster(db) -> None:
    with pytest.raises(VaultError, match="roster"):
        create_vault(LABEL, PASSPHRASE, member_id=999)


def test_write_read_and_list_newest_first(vault) -> None:
    first = write(vault, "First", tags=["anger", " Anger ", "", "guilt"])
    second = write(vault, "Second", meeting_date=dt.date(2024, 5, 2), template="gibbs")
    assert first.tags == ("anger", "guilt")  # trimmed, once each, order kept
    assert vault.get(second.id) == second
    assert [note.id for note in vault.notes()] == [second.id, first.id]
    edited = write(vault, "First, edited", first.id, body="changed")
    assert edited.created == first.created and edited.updated >= second.updated
    assert [note.id for note in vault.notes()] == [first.id, second.id]
    assert vault.get(second.id).meeting_date == dt.date(2024, 5, 2)
    assert vault.get(second.id).template == "gibbs"
    assert edited.created.tzinfo == dt.UTC and edited.updated.tzinfo == dt.UTC


def test_a_note_repr_shows_no_content(vault) -> None:
    note = write(vault, "Mrs Example's visit")
    assert "Example" not in repr(note) and note.id in repr(note)


def test_notes_survive_a_lock_and_unlock(vault) -> None:
    written = [write(vault, f"Note {n}", tags=[f"t{n}"]) for n in range(5)]
    vault.lock()
    again = unlock_with_passphrase(vault.id, PASSPHRASE)
    assert {note.id: note for note in again.notes()} == {note.id: note for note in written}


def test_every_write_is_a_new_ciphertext_with_a_new_nonce(db, vault) -> None:
    note = write(vault, "Draft")
    seen = {note_rows(db)[note.id][1]}
    for n in range(5):  # autosave while typing
        write(vault, "Draft", note.id, body=f"typing {n}")
        seen.add(note_rows(db)[note.id][1])
    assert len(seen) == 6


def test_autosave_of_unchanged_content_writes_nothing(db, vault) -> None:
    note = write(vault, "Draft")
    before = note_rows(db)
    again = write(vault, "Draft", note.id)
    assert again == note and note_rows(db) == before


def test_save_rejects_wrong_types(vault) -> None:
    with pytest.raises(TypeError):
        vault.save(None, "t", "b", (), "", dt.datetime(2024, 1, 1))
    with pytest.raises(TypeError):
        vault.save(None, "t", None, (), "", None)
    with pytest.raises(TypeError):
        vault.save(None, "t", "b", [3], "", None)


def test_delete_a_note(db, vault) -> None:
    keep, gone = write(vault, "Keep"), write(vault, "Gone")
    vault.delete(gone.id)
    vault.delete(gone.id)  # already gone: no error
    assert [note.id for note in vault.notes()] == [keep.id]
    assert set(note_rows(db)) == {keep.id}
    with pytest.raises(VaultError, match="no longer exists"):
        vault.get(gone.id)


def test_updating_a_note_deleted_meanwhile_says_so(db, vault) -> None:
    note = write(vault, "Draft")
    db.notes.execute_sql("DELETE FROM note WHERE id = ?", (note.id,))
    with pytest.raises(VaultError, match="deleted meanwhile"):
        write(vault, "Draft", note.id, body="more")


def test_search_case_insensitive_all_words(vault) -> None:
    anger = write(vault, "Anger at the reception desk", body="He SHOUTED", tags=["Boundaries"])
    grief = write(vault, "After the funeral", body="grief, and Straße", tags=["loss"])
    assert vault.search("anger shouted") == [anger]
    assert vault.search("ANGER grief") == []
    assert vault.search("boundaries") == [anger]  # tags count
    assert vault.search("STRASSE") == [grief]  # full case folding
    assert vault.search("the") == [grief, anger]  # newest first
    assert vault.search("   ") == vault.notes()
    grief = write(vault, "After the funeral", grief.id, body="now about anger too")
    assert vault.search("anger") == [grief, anger]


def test_a_ciphertext_moved_to_another_row_is_damaged_and_only_that_note(db, vault) -> None:
    a, b, c = (write(vault, name) for name in ("A", "B", "C"))
    db.notes.execute_sql(
        "UPDATE note SET nonce = (SELECT nonce FROM note WHERE id = ?), "
        "ciphertext = (SELECT ciphertext FROM note WHERE id = ?) WHERE id = ?",
        (a.id, a.id, b.id),
    )
    vault.lock()
    again = unlock_with_passphrase(vault.id, PASSPHRASE)
    assert {note.id for note in again.notes()} == {a.id, c.id}
    assert again.damaged_ids == {b.id}
    with pytest.raises(DamagedNote) as caught:
        again.get(b.id)
    assert caught.value.note_id == b.id
    assert str(caught.value) == "This note is damaged and cannot be opened."
    assert again.get(a.id).title == "A"
    with pytest.raises(DamagedNote):
        write(again, "B again", b.id)
    again.delete(b.id)  # a damaged note can still be deleted
    assert again.damaged_ids == set()


def test_a_note_moved_to_another_vault_does_not_open_there(db, vault) -> None:
    other, _ = create_vault("Dr Ben Okafor", PASSPHRASE)
    moved = write(vault, "Mine")
    db.notes.execute_sql("UPDATE note SET vault_id = ? WHERE id = ?", (other.id, moved.id))
    assert other.notes() == [] and other.damaged_ids == {moved.id}


@pytest.mark.parametrize("where", ["nonce", "start", "middle", "tag"])
def test_one_flipped_byte_is_a_damaged_note(db, vault, where: str) -> None:
    hit, fine = write(vault, "Hit"), write(vault, "Fine")
    _, nonce, ciphertext = note_rows(db)[hit.id]
    column, data = ("nonce", nonce) if where == "nonce" else ("ciphertext", ciphertext)
    position = {"nonce": 5, "start": 0, "middle": len(data) // 2, "tag": len(data) - 1}[where]
    flipped = bytearray(data)
    flipped[position] ^= 0x80
    db.notes.execute_sql(f"UPDATE note SET {column} = ? WHERE id = ?", (bytes(flipped), hit.id))
    vault.lock()
    again = unlock_with_passphrase(vault.id, PASSPHRASE)
    assert [note.id for note in again.notes()] == [fine.id]
    with pytest.raises(DamagedNote):
        again.get(hit.id)


def test_an_unknown_note_format_is_damaged(db, vault) -> None:
    note = write(vault, "Future")
    db.notes.execute_sql("UPDATE note SET format = 2 WHERE id = ?", (note.id,))
    vault.lock()
    again = unlock_with_passphrase(vault.id, PASSPHRASE)
    assert again.notes() == [] and again.damaged_ids == {note.id}


def test_the_note_table_holds_only_ids_vault_format_nonce_ciphertext(db, vault) -> None:
    write(vault, "Anything", tags=["x"], meeting_date=dt.date(2024, 1, 1))
    columns = [row[1] for row in db.notes.execute_sql("PRAGMA table_info(note)").fetchall()]
    assert columns == ["id", "vault_id", "format", "nonce", "ciphertext"]
    # No hidden rowid either, which would count insertions in order.
    with pytest.raises(Exception, match="rowid"):
        db.notes.execute_sql("SELECT rowid FROM note").fetchall()
    assert [len(row.id) for row in VaultNote.select()] == [32]


def test_ciphertext_sizes_are_padded(db, vault) -> None:
    short, longer = write(vault, "a", body=""), write(vault, "a", body="x" * 20)
    rows = note_rows(db)
    sizes = {len(rows[note.id][2]) - 16 for note in (short, longer)}  # less the GCM tag
    assert sizes == {256}  # the same size: the length hides how much was written


def test_a_locked_vault_refuses_everything(vault, keychain, tmp_path: Path) -> None:
    note = write(vault, "Before lock")
    vault.lock()
    vault.lock()  # idempotent
    assert vault.locked and vault._dek is None and vault._notes is None
    assert vault.damaged_ids == set()
    calls = [
        vault.notes,
        lambda: vault.get(note.id),
        lambda: write(vault, "After"),
        lambda: vault.delete(note.id),
        lambda: vault.search("lock"),
        lambda: vault.change_passphrase(PASSPHRASE, "another long passphrase here"),
        vault.new_recovery_key,
        lambda: vault.remember(keychain),
        lambda: vault.forget_this_computer(keychain),
        lambda: vault.export_to(tmp_path / "x.balintvault"),
    ]
    for call in calls:
        with pytest.raises(VaultError, match=r"^The vault is locked\.$"):
            call()
    assert not (tmp_path / "x.balintvault").exists()


def test_lock_checkpoints_the_wal(db, data_dir: Path, vault) -> None:
    for n in range(20):
        write(vault, f"Note {n}", body="words " * 200)
    wal = database_path(data_dir).with_name("notes.sqlite3-wal")
    assert wal.stat().st_size > 0
    vault.lock()
    assert wal.stat().st_size == 0


@pytest.mark.parametrize("which", ["group", "notes"])
def test_the_database_pragmas_keep_deleted_and_temporary_data_off_disk(db, which) -> None:
    opened = db if which == "group" else db.notes
    assert opened.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1
    assert opened.execute_sql("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert opened.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert opened.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert opened.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.skipif(sys.platform == "win32", reason="no RLIMIT_CORE on Windows")
def test_unlocking_switches_core_dumps_off(vault) -> None:
    import resource

    vault.lock()
    unlock_with_passphrase(vault.id, PASSPHRASE)
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    assert vault_api.disable_core_dumps() is True


def test_delete_vault_needs_its_name_typed(db, vault, keychain) -> None:
    write(vault, "Something")
    vault.remember(keychain)
    for typed in ("", "dr anjali patel", "Dr Anjali"):
        with pytest.raises(VaultError, match="type their name exactly"):
            delete_vault(vault.id, typed)
    assert len(list_vaults()) == 1
    vault.lock()
    delete_vault(vault.id, f"  {LABEL} ", keychain=keychain)
    assert list_vaults() == []
    for table in ("vault", "vault_key", "note"):
        assert db.notes.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert keychain.entries == {}
    with pytest.raises(VaultError, match="not on this computer"):
        delete_vault(vault.id, LABEL)


def test_deleting_a_vault_with_an_unreachable_keyring_still_deletes(db, vault, keychain):
    vault.remember(keychain)
    keychain.broken = True
    delete_vault(vault.id, LABEL, keychain=keychain)
    assert list_vaults() == []


def test_other_vaults_are_untouched_by_a_delete(db, vault) -> None:
    other, _ = create_vault("Dr Ben Okafor", PASSPHRASE)
    kept = write(other, "Ben's")
    write(vault, "Anjali's")
    delete_vault(vault.id, LABEL)
    assert other.notes() == [kept]
    assert set(note_rows(db)) == {kept.id}


def test_an_unknown_vault_is_named_as_such(db) -> None:
    with pytest.raises(VaultError, match="not on this computer"):
        unlock_with_passphrase("0" * 32, PASSPHRASE)


def test_the_database_file_never_holds_the_text(db, data_dir: Path, vault) -> None:
    write(vault, "Quietly unmistakable title", body="Unmistakable body words")
    vault.lock()
    db.notes.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (data_dir / "notes.sqlite3").read_bytes()
    assert b"nmistakable" not in raw
    conn = sqlite3.connect(data_dir / "notes.sqlite3")
    try:
        assert conn.execute("SELECT count(*) FROM note").fetchone()[0] == 1
    finally:
        conn.close()
