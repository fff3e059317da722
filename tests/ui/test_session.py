"""A start shows the window first and opens the data once the window has painted.

On a folder with data, `Session.start()` shows the main window at once (its sidebar, no
group, no page yet) and returns; the database is opened and the window filled once the
event loop has painted the window's first frame, then `opened`. These tests check each
step of that, and the starts that do not end in a filled window: a new folder (the
welcome), a folder whose first welcome was closed unanswered (the welcome again, not an
empty window), and a database that cannot be opened (a sentence, and nothing changed).
The fresh-process check (nothing of the store imported when the window shows) is in
tests/test_app.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import close_database, open_database
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.session import AfterFirstPaint, Session

from ..conftest import pattern_without_a_meeting_today


@pytest.fixture
def sessions():
    made: list[Session] = []

    def make(data_dir: Path) -> Session:
        session = Session(data_dir)
        made.append(session)
        return session

    yield make
    for session in made:
        session.close()


def make_group(data_dir: Path) -> None:
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Ann Hale"))
    close_database(db)


def test_the_window_shows_at_once_and_is_filled_in_the_next_turn(qtbot, data_dir, sessions):
    make_group(data_dir)
    session = sessions(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.start()
        window = session.window
        assert window is not None and window.isVisible(), "the window is shown at once"
        assert not window.attached and session.db is None
        assert window.group_combo.count() == 0 and window.windowTitle() == "BalintDesk"
        assert not window.is_built(MainWindow.ROSTER)
        assert window.navigation.currentRow() == MainWindow.ROSTER
    session.wait_for_backup()
    assert session.window is window and window.attached
    assert window.group_combo.currentText() == "Riverside"
    assert window.windowTitle() == "Riverside — BalintDesk"
    assert window.pages.currentWidget() is window.roster_page
    assert window.roster_page.model.rowCount() == 1
    assert window.computer_label.text() == "Personal computer"


class PaintLog(QObject):
    def __init__(self, widget: QWidget, log: list[str]):
        super().__init__(widget)
        self.log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_the_data_is_opened_after_the_window_has_painted_its_first_frame(qtbot, data_dir, sessions):
    """Opened sooner, the window stood mapped but unpainted while the data opened."""
    make_group(data_dir)
    session = sessions(data_dir)
    order: list[str] = []
    session.opening.connect(lambda: order.append("opening"))
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.start()
        PaintLog(session.window, order)
    session.wait_for_backup()
    assert "opening" in order and order.index("paint") < order.index("opening")


def test_a_window_that_is_never_painted_still_gets_its_data(qtbot):
    widget = QWidget()  # never shown: no paint will come
    qtbot.addWidget(widget)
    called: list[int] = []
    AfterFirstPaint(widget, lambda: called.append(1))
    qtbot.waitUntil(lambda: called == [1], timeout=AfterFirstPaint.WAIT_MS * 8)
    widget.show()
    widget.repaint()
    qtbot.waitExposed(widget)
    assert called == [1], "once only"


def test_a_page_chosen_before_the_data_is_open_is_the_one_built(qtbot, data_dir, sessions):
    make_group(data_dir)
    session = sessions(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.start()
        session.window.show_page(MainWindow.ROTA)  # a click in the first moment
        assert not session.window.is_built(MainWindow.ROTA), "no data yet: nothing built"
    session.wait_for_backup()
    window = session.window
    assert window.pages.currentWidget() is window.rota_page
    assert not window.is_built(MainWindow.ROSTER)


def test_the_shortcuts_work_once_the_data_is_open(qtbot, data_dir, sessions):
    """They are added when the data opens (QAction.setShortcut builds PySide6's `Qt`
    namespace, which waits until the window is shown), exactly once."""
    make_group(data_dir)
    session = sessions(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.start()
        assert session.window.actions() == []
    session.wait_for_backup()
    window = session.window
    keys = [action.shortcut().toString() for action in window.actions()]
    assert [key for key in keys if key.startswith("Ctrl+") and key[-1].isdigit()] == [
        f"Ctrl+{n}" for n in range(1, 7)
    ]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.rota_page


def test_a_new_folder_opens_its_data_then_shows_the_welcome(qtbot, data_dir, sessions):
    session = sessions(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.start()
        assert session.window is None, "no window before the welcome on a first start"
    session.wait_for_backup()
    assert session.window is None
    assert session.welcome is not None and session.welcome.isVisible()
    assert database_path(data_dir).exists()


def test_a_folder_left_without_a_group_shows_the_welcome_not_an_empty_window(
    qtbot, data_dir, sessions
):
    close_database(open_database(database_path(data_dir), backups_dir(data_dir)))
    session = sessions(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.start()
        shell = session.window
        assert shell is not None and shell.isVisible()
    session.wait_for_backup()
    assert session.window is None and not shell.isVisible()
    assert session.welcome is not None and session.welcome.isVisible()


def test_data_that_cannot_be_opened_gets_a_sentence_and_is_left_as_it_was(
    qtbot, data_dir, sessions, monkeypatch
):
    """A folder where the database file should be: SQLite cannot open it at all. (A file
    that is not a database counts as damaged: tests/ui/test_damaged_start.py.)"""
    path = database_path(data_dir)
    path.mkdir(parents=True)
    (path / "keep.txt").write_text("left exactly as it is\n")
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: told.append(text))
    )
    session = sessions(data_dir)
    opened: list[bool] = []
    session.opened.connect(lambda: opened.append(True))
    with qtbot.waitSignal(session.failed, timeout=10_000):
        session.start()
    assert len(told) == 1 and f"could not open its data in {data_dir}" in told[0]
    assert "backups" in told[0]
    assert session.window is not None and not session.window.isVisible()
    assert opened == [] and session.db is None
    assert [p.name for p in path.iterdir()] == ["keep.txt"]
    assert (path / "keep.txt").read_text() == "left exactly as it is\n"
