"""One open data folder in the GUI: the database, the welcome on first start, the window."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import auto_backup, close_database, open_database
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.session_lock import SessionLockWatch

if TYPE_CHECKING:
    from balintdesk.ui.welcome import WelcomeDialog

log = logging.getLogger(__name__)


class Session(QObject):
    finished = Signal()  # the user closed the welcome without setting up a group

    def __init__(self, data_dir: Path):
        super().__init__()
        self.data_dir = data_dir
        self.db = open_database(database_path(data_dir), backups_dir(data_dir))
        self.window: MainWindow | None = None
        self.welcome: WelcomeDialog | None = None
        self.resume_box: QMessageBox | None = None
        self.lock_watch: SessionLockWatch | None = None
        self._backup_thread: threading.Thread | None = None

    def start(self) -> None:
        self._start_daily_backup()
        if roster.list_groups():
            self._show_main_window()
            return
        from balintdesk.ui.welcome import WelcomeDialog  # only on a first start

        self.welcome = WelcomeDialog()
        self.welcome.accepted.connect(self._show_main_window)
        self.welcome.rejected.connect(self.finished.emit)
        self.welcome.show()

    def _show_main_window(self) -> None:
        self.window = MainWindow(self.db, self.data_dir)
        self.window.show()
        # The OS session locking (or the screensaver) locks the private notes too. One
        # watcher for the app's life, owned by the session rather than by a window.
        if self.lock_watch is None:
            self.lock_watch = SessionLockWatch(self)
        self.lock_watch.locked.connect(self.window.lock_notes)  # if the Notes page exists
        self._offer_resume()

    def _offer_resume(self) -> None:
        """If BalintDesk stopped mid-meeting (a crash, a kill, a flat battery), offer to
        carry on where the timer was."""
        from balintdesk.store import timer_store
        from balintdesk.ui.when import long_date

        unfinished = timer_store.unfinished_run()
        if unfinished is None:
            return
        meeting, template_name, snapshot = unfinished
        box = QMessageBox(self.window)
        box.setObjectName("resumeBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.window.tr("Resume the meeting?"))
        box.setText(
            self.window.tr(
                "The meeting of {0} ({1}) was still running when BalintDesk stopped. "
                "Carry on where the timer was?"
            ).format(long_date(meeting.local_date), template_name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.window.tr("Resume"))
        box.button(QMessageBox.StandardButton.No).setText(self.window.tr("Not now"))

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.window.timer_page.resume(meeting, snapshot)
                self.window.show_page(MainWindow.TIMER)
            else:
                timer_store.discard_run(meeting.id)

        box.buttonClicked.connect(answered)
        self.resume_box = box
        box.open()

    def bring_to_front(self) -> None:
        log.info("Another start on this data folder: bringing the window forward")
        target = self.window or self.welcome
        if target is not None:
            target.showNormal()
            target.raise_()
            target.activateWindow()

    def _start_daily_backup(self) -> None:
        def work() -> None:
            # peewee gives this thread a connection of its own; close it when done.
            try:
                made = auto_backup(self.db, backups_dir(self.data_dir))
                if made:
                    log.info("Daily backup written: %s", made.name)
            except Exception:
                log.exception("The daily backup failed")
            finally:
                self.db.close()

        self._backup_thread = threading.Thread(target=work, name="daily-backup")
        self._backup_thread.start()

    def wait_for_backup(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()

    def close(self) -> None:
        self.wait_for_backup()
        if self.lock_watch is not None:
            self.lock_watch.stop()
        for widget in (self.window, self.welcome):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        self.window = self.welcome = None
        close_database(self.db)
