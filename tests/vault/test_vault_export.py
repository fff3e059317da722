"""Export a vault to one encrypted file and import it into a second data folder (the
doctor moving notes from the meeting-room PC to their laptop): all or nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from balintdesk.store.db import close_database, open_database
from balintdesk.vault.vault import (
    VaultError,
    WrongSecret,
    create_vault,
    import_vault,
    list_vaults,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from tests.vault.conftest import LABEL, PASSPHRASE


@contextmanager
def other_computer(folder: Path, first_db) -> Iterator[object]:
    """Close the first database and bind the models to a second one, in another folder;
    afterwards close that and bind the first again (the `db` fixture closes it)."""
    close_database(first_db)
    folder.mkdir(exist_ok=True)
    second = open_database(folder / "balintdesk.sqlite3", folder / "backups")
    try:
        yield second
    finally:
        close_database(second)
        first_db.connect(reuse_if_open=True)
        first_db.notes.connect(reuse_if_open=True)
        from balintdesk.store.models import database_proxy
        from balintdesk.store.notes_models import notes_proxy

        database_proxy.initialize(first_db)
        notes_proxy.initialize(first_db.notes)


def fill(vault) -> dict[str, object]:
    notes = [
        vault.save(None, "After Tuesday", "It stayed with me", ["anger"], "balint", None),
        vault.save(None, "Gibbs", "What? So what?", [], "gibbs", dt.date(2024, 3, 7)),
        vault.save(None, "Empty", "", [], "", None),
    ]
    return {note.id: note for note in notes}


@pytest.fixture
def exported(made, tmp_path: Path):
    vault, recovery = made
    notes = fill(vault)
    path = tmp_path / "moving" / "notes.balintvault"
    path.parent.mkdir()
    vault.export_to(path)
    return vault, recovery, notes, path


def test_export_then_import_with_the_passphrase(db, exported, tmp_path: Path) -> None:
    vault, recovery, notes, path = exported
    with other_computer(tmp_path / "laptop", db):
        assert list_vaults() == []
        info = import_vault(path, PASSPHRASE)
        assert (info.id, info.label, info.member_id, info.has_keyring_key) == (
            vault.id,
            LABEL,
            None,
            False,
        )
        opened = unlock_with_passphrase(vault.id, PASSPHRASE)
        assert {note.id: note for note in opened.notes()} == notes
        assert len(unlock_with_recovery_key(vault.id, recovery).notes()) == 3
    assert [info.id for info in list_vaults()] == [vault.id]  # the first is untouched


def test_export_then_import_with_the_recovery_key(db, exported, tmp_path: Path) -> None:
    vault, recovery, notes, path = exported
    with other_computer(tmp_path / "laptop", db):
        import_vault(path, recovery.lower().replace("-", " "))
        opened = unlock_with_passphrase(vault.id, PASSPHRASE)
        assert {note.id: note for note in opened.notes()} == notes


def test_the_export_holds_ciphertext_and_no_keyring_key(exported, keychain) -> None:
    vault, _, notes, path = exported
    vault.remember(keychain)
    vault.export_to(path)
    text = path.read_text(encoding="ascii")
    document = json.loads(text)
    assert document["magic"] == "BalintDesk encrypted vault" and document["format"] == 1
    assert sorted(key["kind"] for key in document["keys"]) == ["passphrase", "recovery"]
    assert [note["id"] for note in document["notes"]] == sorted(notes)
    assert set(document["notes"][0]) == {"id", "format", "nonce", "ciphertext"}
    for word in ("Tuesday", "stayed", "anger", "Gibbs", "balint", "2024-03-07"):
        assert word not in text
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left


def test_damaged_notes_are_left_out_of_an_export(db, made, tmp_path: Path) -> None:
    vault, _ = made
    notes = fill(vault)
    broken = sorted(notes)[0]
    db.notes.execute_sql("UPDATE note SET ciphertext = ? WHERE id = ?", (b"\x00" * 40, broken))
    vault.lock()
    again = unlock_with_passphrase(vault.id, PASSPHRASE)
    assert len(again.notes()) == 2 and again.damaged_ids == {broken}
    path = tmp_path / "out.balintvault"
    again.export_to(path)  # the file must import whole, so the damaged one stays behind
    assert [note["id"] for note in json.loads(path.read_text())["notes"]] == sorted(notes)[1:]
    with other_computer(tmp_path / "laptop", db):
        import_vault(path, PASSPHRASE)
        opened = unlock_with_passphrase(vault.id, PASSPHRASE)
        assert {note.id for note in opened.notes()} == set(sorted(notes)[1:])


def test_importing_a_vault_already_here_is_refused(db, exported, tmp_path: Path) -> None:
    _, _, _, path = exported
    with pytest.raises(VaultError, match=r"^This vault is already on this computer\.$"):
        import_vault(path, PASSPHRASE)
    with other_computer(tmp_path / "laptop", db):
        import_vault(path, PASSPHRASE)
        with pytest.raises(VaultError, match="already on this computer"):
            import_vault(path, PASSPHRASE)
        assert len(list_vaults()) == 1


def tables_are_empty(database) -> bool:
    return all(
        database.notes.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        for table in ("vault", "vault_key", "note")
    )


def test_a_wrong_secret_imports_nothing(db, exported, tmp_path: Path) -> None:
    _, _, _, path = exported
    with other_computer(tmp_path / "laptop", db) as second:
        with pytest.raises(WrongSecret, match="does not open"):
            import_vault(path, "the wrong passphrase entirely")
        assert tables_are_empty(second)


def _rewrite(path: Path, change) -> None:
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document))


def _flip_a_byte(document: dict) -> None:
    import base64

    note = document["notes"][1]
    data = bytearray(base64.b64decode(note["ciphertext"]))
    data[10] ^= 0x01
    note["ciphertext"] = base64.b64encode(bytes(data)).decode()


@pytest.mark.parametrize(
    "change",
    [
        _flip_a_byte,
        lambda doc: doc["notes"].pop(),  # a note dropped
        lambda doc: doc["notes"].append(dict(doc["notes"][0], id="f" * 32)),  # one added
        lambda doc: doc["notes"][0].update(id=doc["notes"][1]["id"]),  # swapped rows
        lambda doc: doc["manifest"].update(ciphertext=doc["notes"][0]["ciphertext"]),
    ],
    ids=["flipped-byte", "dropped", "added", "moved", "manifest"],
)
def test_a_tampered_export_imports_nothing(db, exported, tmp_path: Path, change) -> None:
    _, _, _, path = exported
    _rewrite(path, change)
    with other_computer(tmp_path / "laptop", db) as second:
        with pytest.raises(VaultError, match=r"damaged|not a BalintDesk"):
            import_vault(path, PASSPHRASE)
        assert tables_are_empty(second)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"magic": "something else", "format": 1}',
        "ünïcode".encode(),
    ],
)
def test_a_file_that_is_not_an_export(db, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.balintvault"
    path.write_bytes(content)
    with pytest.raises(VaultError, match="not a BalintDesk notes export"):
        import_vault(path, PASSPHRASE)
    with pytest.raises(VaultError, match="could not be read"):
        import_vault(tmp_path / "missing.balintvault", PASSPHRASE)


def test_an_absurd_argon2_cost_is_refused_before_deriving(db, exported, tmp_path) -> None:
    _, _, _, path = exported

    def greedy(document: dict) -> None:
        for key in document["keys"]:
            record = json.loads(key["kdf"])
            record["memory_cost"] = 2**40  # a terabyte
            key["kdf"] = json.dumps(record)

    _rewrite(path, greedy)
    with (
        other_computer(tmp_path / "laptop", db),
        pytest.raises(VaultError, match="not a BalintDesk notes export"),
    ):
        import_vault(path, PASSPHRASE)


def test_exporting_where_it_cannot_be_written(vault, tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="could not be exported"):
        vault.export_to(tmp_path / "no such folder" / "notes.balintvault")


def test_an_empty_vault_exports_and_imports(db, tmp_path: Path) -> None:
    vault, _ = create_vault("Dr Empty", PASSPHRASE)
    path = tmp_path / "empty.balintvault"
    vault.export_to(path)
    with other_computer(tmp_path / "laptop", db):
        assert import_vault(path, PASSPHRASE).label == "Dr Empty"
