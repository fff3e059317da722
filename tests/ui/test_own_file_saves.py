"""Every save in the window refuses BalintDesk's own files: when the save dialog's choice
is the database (or a backup, a log, the lock), the dialog says why in a sentence and
nothing is written. Every user of QFileDialog.getSaveFileName is here (grep balintdesk/ui)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from balintdesk import paths
from balintdesk.store.db import backup_to, new_backup_path
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.notes.export_dialog import NotesExportDialog
from balintdesk.ui.notes.vault_dialogs import ManageVaultDialog
from balintdesk.ui.records.attendance_dialog import AttendanceCsvDialog
from balintdesk.ui.records.cpd_dialog import CpdDialog
from balintdesk.ui.records.leader_log_dialog import LeaderLogDialog
from balintdesk.ui.roster.page import RosterPage
from balintdesk.ui.rota.export_dialogs import CalendarFileDialog, RotaPrintDialog

from ._every_dialog import TODAY, Sample


def today():
    return TODAY


def notes_export(sample: Sample) -> tuple[QWidget, Callable[[], object]]:
    note = sample.vault.save(None, "Quiet Thursday", "How quiet it was.", (), "balint", None)
    dialog = NotesExportDialog(sample.vault)
    dialog.set_checked(note.id)
    return dialog, dialog.export_button.click


def roster_page(sample: Sample) -> tuple[QWidget, Callable[[], object]]:
    page = RosterPage()
    page.set_group(sample.group.id)
    return page, page.export_button.click


# Each window that saves a file: (made on the sample, the action that asks where and saves).
SAVES: dict[str, Callable[[Sample], tuple[QWidget, Callable[[], object]]]] = {
    "roster export": roster_page,
    "attendance CSV": lambda s: (d := AttendanceCsvDialog(s.group.id, None, today), d.save),
    "CPD record": lambda s: (d := CpdDialog(s.member.id, None, today), d.save),
    "leader log CSV": lambda s: (
        d := LeaderLogDialog(s.leader.id, None, today),
        lambda: d.save_as(".csv"),
    ),
    "leader log PDF": lambda s: (
        d := LeaderLogDialog(s.leader.id, None, today),
        lambda: d.save_as(".pdf"),
    ),
    "printable rota": lambda s: (d := RotaPrintDialog(s.group.id, TODAY, s.folder), d.save_clicked),
    "calendar file": lambda s: (
        d := CalendarFileDialog(s.group.id, TODAY, s.folder),
        d.save_clicked,
    ),
    "notes PDF": notes_export,
    "encrypted notes copy": lambda s: (d := ManageVaultDialog(s.vault, None), d._choose_export),
}
OWN = ["balintdesk.sqlite3", "balintdesk.sqlite3-wal", "balintdesk.lock", "backups/x", "logs/x"]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def own_folder(qtbot, db, data_dir: Path, sample: Sample) -> Path:
    """The data folder as the window has it: in use (the window made here notes that, as
    the session does on start), with a backup and a log beside the database."""
    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    backup_to(db, new_backup_path(paths.backups_dir(data_dir), "manual"))
    paths.log_dir(data_dir).mkdir()
    (paths.log_dir(data_dir) / "balintdesk.log").write_text("started\n", encoding="utf-8")
    return data_dir


@pytest.mark.parametrize("own", OWN)
@pytest.mark.parametrize("save", SAVES)
def test_choosing_an_own_file_says_why_and_writes_nothing(
    qtbot, own_folder: Path, sample: Sample, monkeypatch, save: str, own: str
) -> None:
    if own.endswith("/x"):  # a backup or log that is there, under its own name
        own = next((own_folder / own[:-2]).iterdir()).relative_to(own_folder).as_posix()
    chosen = own_folder / own
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), ""))
    widget, ask_and_save = SAVES[save](sample)
    qtbot.addWidget(widget)
    widget.show()
    before = snapshot(own_folder)
    ask_and_save()
    shown = " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())
    assert "so nothing was saved. Choose another name or folder" in shown, shown
    assert chosen.name in shown
    assert snapshot(own_folder) == before


def test_the_session_and_the_window_put_their_folder_in_use(tmp_path: Path) -> None:
    from balintdesk.ui.session import Session

    folder = tmp_path / "elsewhere"
    folder.mkdir()
    Session(folder)
    assert folder.resolve() in paths.data_dirs_in_use()


def test_the_self_test_report_never_lands_on_the_users_data(
    data_dir: Path, monkeypatch, capsys
) -> None:
    """`--self-test --out FILE` runs in a folder of its own; FILE is still refused when it
    is one of the user's data folder's own files ($BALINTDESK_DATA_DIR here)."""
    from balintdesk.ui import selftest

    database = paths.database_path(data_dir)
    database.write_bytes(b"SQLite format 3\x00 the user's data")
    ran: list[object] = []
    monkeypatch.setattr(selftest, "run_self_test", lambda out: ran.append(out) or 0)
    assert selftest.main(["--self-test", "--out", str(database)]) == 2
    assert "so nothing was written" in capsys.readouterr().err
    assert database.read_bytes() == b"SQLite format 3\x00 the user's data"
    assert ran == []
    assert selftest.main(["--self-test", "--out", str(data_dir.parent / "report.txt")]) == 0
    assert ran == [data_dir.parent / "report.txt"]
