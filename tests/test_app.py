"""balintdesk.app: the start-up path.

- A plain start (no arguments, or only --data-dir) opens the window without importing
  the command line's parser; anything else still goes through cli.parse_args.
- BALINTDESK_EXIT_AFTER_SHOW=1 (the start-up benchmarks) prints one marker when the main
  window shows and another when its data is on screen, then quits, for
  `python -m balintdesk` as for the bundle.
- The window is shown before the data is opened: at that moment no part of the store
  (nor peewee) has been imported and the database file has not been touched; a moment
  later the window holds the group and the Roster.
- What a start does not need is not imported: a fresh process that has shown the main
  window has not loaded the keyring, the vault, cryptography, the CLI or any page but the
  Roster (and so has computed no rota).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from balintdesk import app
from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import DATA_DIR_ENV, backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import close_database, open_database

from .conftest import pattern_without_a_meeting_today

# `app.run_gui`, called here in-process, gives the application BalintDesk's look.
pytestmark = pytest.mark.usefixtures("look_put_back")

REPO = Path(__file__).resolve().parents[1]

NOT_AT_START = (
    "keyring",
    "cryptography",
    "balintdesk.vault",
    "balintdesk.cli",
    "balintdesk.ui.notes.page",
    "balintdesk.ui.meeting.page",
    "balintdesk.ui.timer.page",
    "balintdesk.ui.rota.page",
    "balintdesk.ui.settings.page",
    "balintdesk.domain.rota",
)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ([], None),
        (["--data-dir", "/some/folder"], "/some/folder"),
        (["--data-dir=/some/folder"], "/some/folder"),
        (["--data-dir", "roster"], "roster"),  # a folder may have any name
    ],
)
def test_a_plain_start_is_recognised(arguments: list[str], expected: str | None) -> None:
    assert app.gui_data_dir_argument(arguments) == expected


@pytest.mark.parametrize(
    "arguments",
    [
        ["--version"],
        ["--help"],
        ["-h"],
        ["check"],
        ["--data-dir"],
        ["--data-dir="],
        ["--data-dir", "-x"],
        ["--data-d", "/some/folder"],  # argparse's abbreviation: the parser decides
        ["--data-dir", "/some/folder", "check"],
        ["check", "--data-dir", "/some/folder"],
        ["--data-dir", "a", "--data-dir", "b"],
        ["--bogus"],
    ],
)
def test_anything_else_goes_to_the_parser(arguments: list[str]) -> None:
    assert app.gui_data_dir_argument(arguments) is app.NOT_PLAIN_START


def test_a_plain_start_opens_the_window_on_the_folder_given(tmp_path, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(app, "run_gui", lambda folder, language=None: opened.append(folder) or 0)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert app.main(["--data-dir", str(tmp_path / "a")]) == 0
    assert app.main([f"--data-dir={tmp_path / 'b'}"]) == 0
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "c"))
    assert app.main([]) == 0
    # through the parser, as before ("--data" alone is ambiguous since --database came)
    assert app.main(["--data-d", str(tmp_path / "d")]) == 0
    assert opened == [(tmp_path / name).resolve() for name in "abcd"]
    assert all(folder.is_dir() for folder in opened)


def test_the_parser_still_answers_version_help_and_mistakes(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        app.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == "BalintDesk 0.1.0\n"
    with pytest.raises(SystemExit) as exited:
        app.main(["--bogus"])
    assert exited.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_a_subcommand_still_runs_the_cli(tmp_path, capsys) -> None:
    assert app.main(["--data-dir", str(tmp_path / "data"), "check"]) == 0
    assert "no problems found" in capsys.readouterr().out


# --- as a real process ------------------------------------------------------------------

CHILD = """
import json, sys
from balintdesk.app import main
status = main(sys.argv[1:])
print("MODULES " + json.dumps(sorted(sys.modules)))
sys.exit(status)
"""


@pytest.fixture
def folder_with_a_group(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Ann Hale"))
    roster.add_member(group.id, MemberDraft("Dr Ben Okafor"))
    close_database(db)
    return data_dir


def start(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", BALINTDESK_EXIT_AFTER_SHOW="1")
    env[DATA_DIR_ENV] = str(data_dir)
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_a_start_loads_neither_keyring_nor_the_other_pages(folder_with_a_group: Path) -> None:
    done = start(["-c", CHILD], folder_with_a_group)
    assert done.returncode == 0, done.stdout + done.stderr
    assert any(line.startswith(app.SHOWN_MARKER) for line in done.stdout.splitlines())
    modules_line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    modules = json.loads(modules_line.removeprefix("MODULES "))
    assert "balintdesk.ui.main_window" in modules and "balintdesk.ui.roster.page" in modules
    loaded = [
        name
        for name in modules
        if any(name == unwanted or name.startswith(unwanted + ".") for unwanted in NOT_AT_START)
    ]
    assert loaded == [], "a start should not need these"


def test_python_m_balintdesk_exits_after_the_window_shows(folder_with_a_group: Path) -> None:
    done = start(["-m", "balintdesk"], folder_with_a_group)
    assert done.returncode == 0, done.stdout + done.stderr
    markers = [line.split() for line in done.stdout.splitlines() if line.startswith("BALINTDESK")]
    assert [marker[0] for marker in markers] == [app.SHOWN_MARKER, app.FILLED_MARKER]
    shown, filled = (float(marker[1]) for marker in markers)
    assert 0 < shown <= filled  # time stamps, the window first
    log = (folder_with_a_group / "logs" / "balintdesk.log").read_text(encoding="utf-8")
    assert "started on" in log


SHOWN_CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from balintdesk.app import main

app = QApplication(sys.argv[:1])
seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and watched.objectName() == "mainWindow":
            seen["store"] = sorted(
                name for name in sys.modules
                if name == "peewee" or name.startswith("balintdesk.store")
            )
            seen["title"] = watched.windowTitle()
            seen["attached"] = watched.attached
            app.removeEventFilter(self)
        return False

app.installEventFilter(Watch(app))
status = main(sys.argv[1:])
print("SEEN " + json.dumps(seen))
sys.exit(status)
"""


def test_the_window_shows_before_the_data_is_opened(folder_with_a_group: Path) -> None:
    done = start(["-c", SHOWN_CHILD], folder_with_a_group)
    assert done.returncode == 0, done.stdout + done.stderr
    seen_line = next(line for line in done.stdout.splitlines() if line.startswith("SEEN "))
    seen = json.loads(seen_line.removeprefix("SEEN "))
    assert seen == {"store": [], "title": "BalintDesk", "attached": False}
    # ... and the data came a moment later (the second marker is printed once it has).
    assert app.FILLED_MARKER in done.stdout


def test_data_that_cannot_be_opened_ends_the_start_with_a_sentence_and_status_1(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A folder where the database should be: SQLite cannot open it. (A file that is not
    a database counts as damaged: the next test.)"""
    import logging

    from PySide6.QtWidgets import QMessageBox

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database_path(data_dir).mkdir()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: told.append(text))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui sets its own
    handlers = list(logging.getLogger().handlers)
    try:
        assert app.run_gui(data_dir) == 1
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert len(told) == 1 and "could not open its data" in told[0]
    assert list(database_path(data_dir).iterdir()) == []
    log = (data_dir / "logs" / "balintdesk.log").read_text(encoding="utf-8")
    assert "Could not open the database" in log


def test_a_damaged_database_quit_ends_the_start_with_status_1_and_no_change(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    import logging

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    garbage = b"not a database\n" * 100
    database_path(data_dir).write_bytes(garbage)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui sets its own
    seen: list[str] = []

    def quit_when_asked() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "damagedDataBox" and w.isVisible()  # not another test's
        ]
        if boxes:
            seen.append(boxes[0].text())
            boxes[0].quit_button.click()
        else:
            QTimer.singleShot(20, quit_when_asked)

    QTimer.singleShot(0, quit_when_asked)
    handlers = list(logging.getLogger().handlers)
    try:
        assert app.run_gui(data_dir) == 1
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert len(seen) == 1 and "damaged" in seen[0]
    assert database_path(data_dir).read_bytes() == garbage
    log = (data_dir / "logs" / "balintdesk.log").read_text(encoding="utf-8")
    assert "The database is damaged" in log


STYLE_CHILD = """
from balintdesk.ui.common.style import STYLESHEET, styled_application
app = styled_application("balintdesk")
sheet = app.styleSheet() == STYLESHEET
app.setStyleSheet("")  # what is under the style sheet
print("STYLE", app.style().name(), sheet, app.font().pointSizeF() >= 11)
"""


def test_a_start_asks_qt_for_fusion_on_its_command_line(tmp_path: Path) -> None:
    """The start sets Fusion with Qt's -style option (see ui/style.styled_application);
    Qt must take it, or the app would look different on each system."""
    done = start(["-c", STYLE_CHILD], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "STYLE fusion True True" in done.stdout.splitlines()
