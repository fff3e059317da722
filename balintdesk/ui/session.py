"""One open data folder in the GUI: the database, the welcome on first start, the window.

The window first, then the data. On a folder that already holds a database the main
window is shown at once, with its sidebar and nothing yet in the page; the database is
opened (and migrated and checked), the group list read and the Roster built once the
window has painted its first frame (AfterFirstPaint), so the window appears about as
quickly as a bare Qt window does and is filled a moment later (the benchmarks in
tests/bench print both times). Nothing is imported for the data (peewee, the models, the
pages) before the window is shown. Why wait for the paint: opened from a zero-delay
timer, the data was opened before Qt's first Expose and Paint (an event trace under
xvfb-run and offscreen), so on X11 the window stood mapped but unpainted for the ~80 ms
the opening takes. On a new folder the
database is opened first and the welcome is shown instead of the window.
`opened` says when the data is open and on screen; `failed` when it could not be opened
(the user has been told why).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from balintdesk import APP_NAME
from balintdesk.i18n import error_text, fill
from balintdesk.paths import backups_dir, database_path, server_config_path, use_data_dir
from balintdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from peewee import SqliteDatabase
    from PySide6.QtWidgets import QMessageBox

    from balintdesk.ui.damaged import DamagedDataBox
    from balintdesk.ui.session_lock import SessionLockWatch
    from balintdesk.ui.session_server import ServerOpening, ServerStartBox
    from balintdesk.ui.welcome import WelcomeDialog

log = logging.getLogger(__name__)


class Session(QObject):
    finished = Signal()  # the user closed the welcome without setting up a group
    window_shown = Signal()  # the main window is on screen (its data may not be yet)
    opening = Signal()  # the data is about to be opened (the app sets up its log here)
    opened = Signal()  # the data is open and the window (or the welcome) shows it
    failed = Signal()  # the data could not be opened; the user has been told

    def __init__(self, data_dir: Path):
        super().__init__()
        self.data_dir = use_data_dir(data_dir)  # no save in the window writes over its files
        self.db: SqliteDatabase | None = None
        self.window: MainWindow | None = None
        self.welcome: WelcomeDialog | None = None
        self.resume_box: QMessageBox | None = None
        self.damaged_box: DamagedDataBox | None = None
        self.server_box: ServerStartBox | None = None  # the server could not be used
        self.server_opening: ServerOpening | None = None
        self.lock_watch: SessionLockWatch | None = None
        self._backup_thread: threading.Thread | None = None
        self.restart_wanted = False  # the window closed to start BalintDesk again

    def start(self) -> None:
        """Show the window now if the folder has data, and open the data once it has
        painted its first frame; on a new folder, open the data (for the welcome) in the
        event loop's first turn. Then `opened`, or `failed`."""
        if database_path(self.data_dir).exists() or server_config_path(self.data_dir).exists():
            self.window = self._new_window(None)
            self.window.show()
            self.window_shown.emit()
            AfterFirstPaint(self.window, self._open)  # the window's child: Qt keeps it
        else:
            QTimer.singleShot(0, self._open)

    def _open(self) -> None:
        self.opening.emit()
        self._open_data()

    def _open_data(self) -> None:
        """The practice's server if server.json says so (the notes stay here), else this
        computer's own file."""
        from balintdesk.domain.words import WordsError
        from balintdesk.store.server_config import configured

        try:
            config = configured(self.data_dir)
        except WordsError as exc:  # a damaged server.json: this computer's file, and say so
            log.error("server.json cannot be read: %s", exc)
            config = None
        if config is None:
            self._open_local_data()
        else:
            self._open_server(config)

    def _open_server(self, config, password: str | None = None) -> None:
        from balintdesk.ui.session_server import ServerOpening

        log.info("Opening the group database on a server")
        self.server_opening = ServerOpening(config, self.data_dir, self)
        self.server_opening.opened.connect(self._server_opened)
        self.server_opening.trouble.connect(
            lambda sentence, ask: self._server_trouble(config, sentence, ask)
        )
        self.server_opening.start(password)

    def _server_opened(self, db) -> None:
        from balintdesk.paths import NOTES_NAME
        from balintdesk.store.notes_db import open_notes_database

        self.db = db
        db.notes = open_notes_database(self.data_dir / NOTES_NAME)  # always this computer's
        self._data_opened()

    def _server_trouble(self, config, sentence: str, ask_password: bool) -> None:
        """Retry / Use this computer's own data / Quit, never a traceback."""
        from balintdesk.ui.session_server import ServerStartBox

        box = ServerStartBox(sentence, ask_password, self.window)
        self.server_box = box

        def answered(button) -> None:
            self.server_box = None
            if button is box.retry_button:
                self._open_server(config, box.password())
            elif button is box.local_button:
                log.info("Using this computer's own data for now")
                self._open_local_data()
            else:
                if self.window is not None:
                    self.window.hide()
                self.failed.emit()

        box.buttonClicked.connect(lambda button: box.finished.connect(lambda _r: answered(button)))
        box.open()

    def _open_local_data(self) -> None:
        import sqlite3

        import peewee
        from PySide6.QtWidgets import QMessageBox

        from balintdesk.store.db import open_database
        from balintdesk.store.soundness import DamagedDatabaseError

        try:
            self.db = open_database(database_path(self.data_dir), backups_dir(self.data_dir))
        except DamagedDatabaseError as exc:
            # Found before a byte was written: say so, and offer the newest sound backup.
            log.error("The database is damaged: %s", exc.finding.splitlines()[0])
            self._offer_sound_backup()
            return
        # peewee wraps sqlite3's errors in its own (not subclasses of sqlite3's): a file
        # that is not a database arrives as peewee.DatabaseError.
        except (sqlite3.DatabaseError, peewee.DatabaseError, RuntimeError, OSError) as exc:
            log.exception("Could not open the database")
            if self.window is not None:
                self.window.hide()
            QMessageBox.critical(
                None,
                APP_NAME,
                fill(
                    self.tr(
                        "BalintDesk could not open its data in {folder}.\n\n{reason}\n\n"
                        "Your backups are in the 'backups' folder there."
                    ),
                    folder=self.data_dir,
                    reason=error_text(exc),
                ),
            )
            self.failed.emit()
            return
        self._start_daily_backup()
        self._data_opened()

    def _data_opened(self) -> None:
        from balintdesk.store import roster

        if roster.list_groups():
            self._show_main_window()
        else:
            self._show_welcome()
        self.opened.emit()

    def _offer_sound_backup(self) -> None:
        """The damaged-data box: restore the newest sound backup and open it, or quit."""
        from PySide6.QtWidgets import QMessageBox

        from balintdesk.store.db import BackupError
        from balintdesk.store.recovery import newest_sound_backup, restore_newest_sound
        from balintdesk.ui.damaged import DamagedDataBox

        data_file = database_path(self.data_dir)
        box = DamagedDataBox(data_file, newest_sound_backup(backups_dir(self.data_dir)))
        self.damaged_box = box

        def answered(button) -> None:
            self.damaged_box = None
            if button is not box.restore_button or box.restore_button is None:
                if self.window is not None:
                    self.window.hide()
                self.failed.emit()
                return
            try:
                aside, restored = restore_newest_sound(data_file, backups_dir(self.data_dir))
            except BackupError as exc:
                log.error("The newest sound backup could not be restored: %s", exc)
                if self.window is not None:
                    self.window.hide()
                QMessageBox.critical(None, APP_NAME, error_text(exc))
                self.failed.emit()
                return
            log.warning("Restored %s; the damaged file is %s", restored.path.name, aside)
            self._open_local_data()

        # After the box has closed (finished), not while its button is still being clicked:
        # quitting the event loop from inside the click left the box modal.
        box.buttonClicked.connect(lambda button: box.finished.connect(lambda _r: answered(button)))
        box.open()

    def _show_welcome(self) -> None:
        from balintdesk.ui.welcome import WelcomeDialog  # only on a first start

        self.welcome = WelcomeDialog()
        self.welcome.accepted.connect(self._show_main_window)
        self.welcome.rejected.connect(self.finished.emit)
        self.welcome.show()
        if self.window is not None:  # a folder whose first welcome was closed unanswered
            # Closed after the welcome is up: closing the only window would quit the app.
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _show_main_window(self) -> None:
        from balintdesk.ui.session_lock import SessionLockWatch

        assert self.db is not None
        if self.window is None:
            self.window = self._new_window(self.db)
        else:
            self.window.attach(self.db)
        if not self.window.isVisible():  # after the welcome
            self.window.show()
            self.window_shown.emit()
        # The OS session locking (or the screensaver) locks the private notes too. One
        # watcher for the app's life, owned by the session rather than by a window.
        if self.lock_watch is None:
            self.lock_watch = SessionLockWatch(self)
        self.lock_watch.locked.connect(self.window.lock_notes)  # if the Notes page exists
        self._offer_resume()

    def _new_window(self, db: SqliteDatabase | None) -> MainWindow:
        window = MainWindow(db, self.data_dir)
        window.place_on_screen()
        window.restart_requested.connect(self._restart_requested)
        return window

    def _restart_requested(self) -> None:
        log.info("Closing to start again (the language or the database was changed)")
        self.restart_wanted = True

    def _offer_resume(self) -> None:
        """If BalintDesk stopped mid-meeting (a crash, a kill, a flat battery), offer to
        carry on where the timer was."""
        from PySide6.QtWidgets import QMessageBox

        from balintdesk.store import timer_store
        from balintdesk.ui.common.words import data_name

        unfinished = timer_store.unfinished_run()
        if unfinished is None:
            return
        meeting, template_name, snapshot = unfinished
        box = QMessageBox(self.window)
        box.setObjectName("resumeBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Resume the meeting?"))
        box.setText(
            fill(
                self.tr(
                    "The meeting of {day:long} ({template}) was still running when "
                    "BalintDesk stopped. Carry on where the timer was?"
                ),
                day=meeting.local_date,
                template=data_name(template_name),
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Resume"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not now"))

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
        from balintdesk.store.db import auto_backup

        db = self.db

        def work() -> None:
            # peewee gives this thread a connection of its own; close it when done.
            try:
                made = auto_backup(db, backups_dir(self.data_dir))
                if made:
                    log.info("Daily backup written: %s", made.name)
            except Exception:
                log.exception("The daily backup failed")
            finally:
                db.close()
                if getattr(db, "notes", None) is not None:  # backed up beside it, here too
                    db.notes.close()

        self._backup_thread = threading.Thread(target=work, name="daily-backup")
        self._backup_thread.start()

    def wait_for_backup(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()

    def close(self) -> None:
        self.wait_for_backup()
        if self.lock_watch is not None:
            self.lock_watch.stop()
        for widget in (self.window, self.welcome, self.damaged_box, self.server_box):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        self.window = self.welcome = self.damaged_box = self.server_box = None
        if self.db is not None:
            from balintdesk.store.db import close_database

            close_database(self.db)


class AfterFirstPaint(QObject):
    """Call `then` once `widget` has painted its first frame, from the event loop's next
    turn (so the frame has reached the screen); or after WAIT_MS if no paint comes, for a
    window the system does not draw (a hidden virtual desktop), so the data still opens."""

    WAIT_MS = 250

    def __init__(self, widget: QObject, then) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        self._done = False
        widget.installEventFilter(self)  # this widget's own events only, not its children's
        QTimer.singleShot(self.WAIT_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        if not self._done:
            self._done = True
            self._widget.removeEventFilter(self)
            self._then()
