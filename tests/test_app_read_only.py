"""The window on a read-only data folder or a full disk: a sentence saying so.

Before issue 14 a start on a read-only folder ended in a traceback (the log folder could
not be made), or, with the log folder there, in SQLite's "unable to open database file";
a change that met a full disk said "Something went wrong inside BalintDesk".
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from balintdesk import app
from balintdesk.paths import database_path
from tests.cli._mounts import read_only_view

# `app.run_gui`, called here in-process, gives the application BalintDesk's look.
pytestmark = pytest.mark.usefixtures("look_put_back")


def test_a_window_start_on_a_read_only_folder_says_what_to_do(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "data"
    (folder / "logs").mkdir(parents=True)  # so the start gets past its log file
    database_path(folder).write_bytes(b"")
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: told.append(text))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui may set its own
    with read_only_view(folder, tmp_path / "view") as view:
        assert app.run_gui(view) == 1
    assert len(told) == 1, told
    assert "(the folder or its disk is read-only)" in told[0] and "--data-dir" in told[0]
    assert sorted(p.name for p in folder.iterdir()) == ["balintdesk.sqlite3", "logs"]


def test_a_full_disk_while_the_window_is_open_is_named_in_the_dialog(tmp_path: Path) -> None:
    import sqlite3

    import peewee

    conn = sqlite3.connect(tmp_path / "small.sqlite3")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 2")  # SQLite's own "database or disk is full"
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    finally:
        conn.close()
    assert raised.value.sqlite_errorname == "SQLITE_FULL"
    wrapped = peewee.OperationalError(raised.value)  # as peewee re-raises it
    wrapped.__context__ = raised.value
    assert "is full, so your last change was not saved" in app._unexpected_error_text(wrapped)
    other = app._unexpected_error_text(ValueError("a bug"))
    assert other.startswith("Something went wrong inside BalintDesk.")
