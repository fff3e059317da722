"""THE PROOF: with the group database on the practice's PostgreSQL server, a doctor's
whole walk through private notes leaves nothing of them on the server — no vault table,
no note's text, and not even a note's ciphertext (issue 17: "private notes never leave
the computer, not even as ciphertext").

The walk goes through the Notes page, with the window's group data on the private test
server (tests/pg_server.sh) and the notes file local: a vault made for a member whose
name comes from the server, notes with a unique canary in titles, bodies and tags, autosaved
over and over, searched, one deleted, locked and unlocked, exported. Then the server is
searched three ways, each shown to find a control string written to it on purpose:

1. its catalogue: no table of the vault's (nor any column named like one of theirs);
2. every row of every table of the group's database, each read whole as text;
3. every file of the server's data folder (tables, indexes, the write-ahead log, the
   server's log), after a CHECKPOINT, as raw bytes: the canary in five encodings, and
   each note's nonce and ciphertext as the local notes file holds them.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import database_path
from balintdesk.store import roster
from balintdesk.store.notes_db import close_notes_database, open_notes_database
from balintdesk.store.server_schema import LOCAL_ONLY_TABLES
from balintdesk.store.vault_move import notes_path_beside
from balintdesk.ui.main_window import MainWindow
from tests.store import _server
from tests.vault.test_canary import needles

from ...conftest import pattern_without_a_meeting_today
from .test_notes_page import (  # the autouse fixture: a cheap KDF and a fake keyring
    FakeClock,
    cheap_kdf_and_fake_keyring,  # noqa: F401
    create,
    unlock,
    write_note,
)

AUTOSAVES = 12


@pytest.fixture
def backend() -> str:
    return "postgresql"  # the `db` fixture opens a fresh database on the test server


@pytest.fixture
def notes_file(db, data_dir: Path):
    """The notes' own local file, opened as the app opens it beside the group data."""
    path = notes_path_beside(database_path(data_dir))
    notes = open_notes_database(path)
    assert notes is not None
    yield path
    close_notes_database(notes)


def server_data_folder() -> Path:
    """The private server's data folder: tests/pg_server.sh makes it in the folder it
    names in $BALINTDESK_TEST_PG_SOCKET."""
    folder = Path(os.environ.get("BALINTDESK_TEST_PG_SOCKET", "")) / "data"
    assert (folder / "PG_VERSION").is_file(), f"no server data folder at {folder}"
    return folder


def server_rows(dbname: str) -> str:
    """Every row of every table of the database, each as PostgreSQL writes a row as text."""
    keys = {**_server.need_server(), "dbname": dbname}
    from balintdesk.store.server import load_driver

    with load_driver().connect(**keys, password=_server.password(), autocommit=True) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            )
        ]
        assert "member" in tables and "meeting" in tables
        lines = []
        for table in tables:
            lines += [text for (text,) in conn.execute(f'SELECT t::text FROM "{table}" AS t')]
    return "\n".join(lines)


def server_catalogue(dbname: str) -> tuple[set[str], set[str]]:
    """(every table name, every column name) in the database, in every schema."""
    keys = {**_server.need_server(), "dbname": dbname}
    from balintdesk.store.server import load_driver

    with load_driver().connect(**keys, password=_server.password(), autocommit=True) as conn:
        tables = {name for (name,) in conn.execute("SELECT relname FROM pg_class")}
        columns = {
            name
            for (name,) in conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
            )
        }
    return tables, columns


def checkpoint() -> None:
    with _server.admin() as conn:
        conn.execute("CHECKPOINT")


def raw_finds(folder: Path, wanted: dict[str, bytes]) -> list[str]:
    """Where under `folder` any of the byte strings is, as '<file>: <what>'."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            data = path.read_bytes()
        except OSError:  # a file the server removed while we walked
            continue
        found += [f"{path.relative_to(folder)}: {what}" for what, b in wanted.items() if b in data]
    return found


def local_secrets(notes_file: Path) -> dict[str, bytes]:
    """Each note's nonce and ciphertext and each wrapped key, as the local file holds them
    (long enough that finding one by chance is impossible)."""
    with sqlite3.connect(notes_file) as conn:
        rows = conn.execute("SELECT id, nonce, ciphertext FROM note").fetchall()
        keys = conn.execute("SELECT kind, wrapped FROM vault_key").fetchall()
    assert rows and keys, "the walk left notes and keys in the local file"
    secrets = {}
    for note_id, nonce, ciphertext in rows:
        secrets[f"note {note_id} ciphertext"] = bytes(ciphertext)
        secrets[f"note {note_id} ciphertext, hex"] = bytes(ciphertext).hex().encode()
        secrets[f"note {note_id} nonce+ciphertext head"] = bytes(nonce) + bytes(ciphertext)[:16]
    for kind, wrapped in keys:
        secrets[f"wrapped key ({kind})"] = bytes(wrapped)
    return secrets


@pytest.fixture
def window(qtbot, db, data_dir, notes_file):
    from tests.ui.notes import test_notes_page

    test_notes_page.FakeKeychain.entries = {}
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Siobhán O'Neill"))
    main = MainWindow(db, data_dir, clock=FakeClock())
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.NOTES)
    return main


def test_a_notes_walk_leaves_nothing_of_the_notes_on_the_server(
    qtbot, window, db, notes_file, tmp_path
):
    dbname = db.connection().info.dbname
    canary = f"Canary-{uuid.uuid4().hex}-Ωμέγα-Łódź"
    control = f"Control-{uuid.uuid4().hex}-Ωμέγα"

    page = window.notes_page
    create(qtbot, page)  # the member's name in the vault dialog came from the server
    write_note(qtbot, page, f"About {canary}", f"It stayed with me: {canary}.")
    for n in range(AUTOSAVES):  # the editor's autosave while the doctor types
        page.editor.body_edit.appendPlainText(f"more {canary} {n}")
        page.dirty = True
        page.save_now()
    page.editor.tags_edit.setText(f"anger, {canary}")
    page.dirty = True
    page.save_now()
    write_note(qtbot, page, f"Delete me {canary}", f"{canary} " * 40)
    page.delete_note()
    assert page.save_state.text() == "Note deleted."
    page.search_edit.setText(canary)
    assert page.note_list.count() == 1
    page.search_edit.setText("")
    qtbot.mouseClick(page.manage_button, Qt.MouseButton.LeftButton)
    assert page.active_dialog.export_to(tmp_path / "mine.balintvault")
    page.active_dialog.accept()
    page.lock()
    page.secret_edit.setText("a slow river under winter light")
    assert unlock(qtbot, page)
    assert page.note_list.count() == 1
    page.lock()

    # The group's own data did go to the server (so the walk really ran against it).
    rows = server_rows(dbname)
    assert "Dr Siobhán O'Neill" in rows and "Riverside" in rows

    # 1. The catalogue: none of the vault's tables, nor their columns.
    tables, columns = server_catalogue(dbname)
    assert not tables & LOCAL_ONLY_TABLES
    assert not {"ciphertext", "nonce", "wrapped", "kdf_json"} & columns

    # The searches find what is there: a control string put in a theme on the server.
    db.execute_sql(
        "INSERT INTO theme (group_id, text, position) VALUES (%s, %s, 0)",
        (
            roster.list_groups()[0].id,
            control,
        ),
    )
    checkpoint()
    assert control in server_rows(dbname)
    found = raw_finds(server_data_folder(), {"control": control.encode("utf-8")})
    assert found, "the raw search of the server's files finds what the server holds"

    # 2. Every row of every table, read whole.
    rows = server_rows(dbname)
    assert canary not in rows and canary.lower() not in rows.lower()
    secrets = local_secrets(notes_file)
    hexes = {what: value for what, value in secrets.items() if what.endswith(", hex")}
    assert not [what for what, value in hexes.items() if value.decode() in rows]

    # 3. Every byte of every file of the server: tables, indexes, WAL, its log.
    wanted = {f"canary ({form}, {encoding})": b for (form, encoding), b in needles(canary).items()}
    wanted |= secrets
    assert raw_finds(server_data_folder(), wanted) == []
