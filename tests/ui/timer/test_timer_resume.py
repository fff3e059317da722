"""Kill BalintDesk mid-meeting; the next start offers to resume where the timer was."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster, timer_store
from balintdesk.store.db import close_database, open_database
from balintdesk.store.models import MeetingPhase
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.session import Session

CHILD = Path(__file__).with_name("_timer_child.py")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_mid_meeting_then_resumed_where_it_was(qtbot, data_dir: Path):
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    today = dt.date.today()
    pattern = MeetingPattern(Frequency.WEEKLY, today.weekday(), 1, dt.time(12, 30), 60, "")
    group = roster.create_group("Riverside", pattern, today)
    roster.add_member(group.id, MemberDraft("Dr Ann"))
    close_database(db)

    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        assert child.stdout.readline().strip() == "third phase"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    session = Session(data_dir)
    try:
        with qtbot.waitSignal(session.opened, timeout=10_000):
            session.start()
        session.wait_for_backup()
        box = session.resume_box
        assert box is not None and box.isVisible(), "the next start offers to resume"
        assert "was still running" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        window = session.window
        assert window.pages.currentIndex() == MainWindow.TIMER
        page = window.timer_page
        assert page.phase_label.text() == "Clarifying questions"
        assert page.driver.last_view.state == "paused"
        assert page.start_button.text() == "Resume"
        started = [p.name for p in MeetingPhase.select() if p.started_at is not None]
        assert started == ["Who has a case?", "Presentation", "Clarifying questions"]
        page.driver.toggle()
        assert page.driver.last_view.state == "running"
        page.driver.end()
        assert timer_store.unfinished_run() is None
    finally:
        session.close()
