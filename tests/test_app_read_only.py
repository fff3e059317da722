"""The window on a read-only data folder: one sentence saying what to do, status 1.

Before issue 14 the start ended in a traceback (the log folder could not be made), or,
with the log folder there, in SQLite's "unable to open database file".
"""

from __future__ import annotations

import sys
from pathlib import Path

from balintdesk import app
from balintdesk.paths import database_path
from tests.cli._mounts import read_only_view


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
