"""The window's start on the practice's server (issue 17), for ui/session.py: when
server.json says so, the group database is opened there, off the GUI thread (a server that
does not answer takes seconds to say so), with the password from the OS keyring; the
private notes' file stays in the data folder.

If the server cannot be used, `ServerStartBox` says why in one sentence, and offers to try
again (with a password field when the password was the trouble), to use this computer's
own data for now, or to quit: never a traceback.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from balintdesk import APP_NAME
from balintdesk.i18n import fill
from balintdesk.store.server_config import ServerConfig
from balintdesk.ui.settings.server_dialog import ServerWork, failure_sentence

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NoAccess(Exception):
    """Connected, but this login may see no group."""

    login: str


def kept_password(config: ServerConfig) -> str | None:
    """The password the OS keyring keeps for this login, or None (libpq may still find
    one in PGPASSWORD or ~/.pgpass)."""
    from balintdesk.vault.keychain import KeychainUnavailable
    from balintdesk.vault.server_password import ServerPasswords

    passwords = ServerPasswords()
    if not passwords.available:
        return None
    try:
        return passwords.load(config.keyring_user())
    except KeychainUnavailable:
        return None


def open_on_server(config: ServerConfig, password: str | None, data_dir: Path):
    """Open the server's database and check the login may see a group; run off the GUI
    thread (the connection it made is closed again: the GUI thread makes its own)."""

    from balintdesk.store import access, roster
    from balintdesk.store.server import load_driver, open_server

    if password is None:
        password = kept_password(config)
    try:
        db = open_server(config.url(), password, local_folder=data_dir)
    except load_driver().errors.InsufficientPrivilege:
        raise NoAccess(config.login) from None
    try:
        role = access.current_role()
        if role is access.Role.NONE or (role is access.Role.LEADER and not roster.list_groups()):
            raise NoAccess(config.login)
    finally:
        db.close()  # this thread's connection
    return db


class ServerOpening(QObject):
    """Opens the server in the background: `opened(db)` or `trouble(sentence, password?)`."""

    opened = Signal(object)
    trouble = Signal(str, bool)  # the sentence; True if a password should be asked

    def __init__(self, config: ServerConfig, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config
        self.data_dir = data_dir
        self._work: ServerWork | None = None
        self._typed = False

    def start(self, password: str | None = None) -> None:
        config, data_dir = self.config, self.data_dir
        self._typed = password is not None
        self._work = ServerWork(self)
        if password is not None:
            self._work.done.connect(lambda _db: self._remember(password))
        self._work.done.connect(self.opened.emit)
        self._work.failed.connect(self._failed)
        self._work.start(lambda: open_on_server(config, password, data_dir))

    def _remember(self, password: str) -> None:
        """A password typed in the start box opened the server: keep it in the keyring,
        as Settings would have, so the next start does not ask again (nothing is kept
        without a secure keyring: then it is asked each time)."""
        from balintdesk.vault.keychain import KeychainUnavailable
        from balintdesk.vault.server_password import ServerPasswords

        passwords = ServerPasswords()
        if passwords.available:
            try:
                passwords.store(self.config.keyring_user(), password)
            except KeychainUnavailable:
                log.warning("The keyring could not keep the server's password")

    def _failed(self, exc: BaseException) -> None:
        from balintdesk.i18n import server_words
        from balintdesk.store.server import ServerError, ServerTrouble

        log.error("The server could not be used at start: %s", type(exc).__name__)
        if isinstance(exc, NoAccess):
            self.trouble.emit(server_words.no_access_sentence(exc.login), False)
            return
        wrong_password = (
            isinstance(exc, ServerError) and exc.trouble is ServerTrouble.WRONG_PASSWORD
        )
        if wrong_password and not self._typed and kept_password(self.config) is None:
            # Nothing was typed and the keyring keeps nothing (or there is no secure one):
            # ask, rather than call a password wrong that nobody gave.
            sentence = fill(
                self.tr("Type your password for the login “{login}” on the server {host}."),
                login=self.config.login,
                host=self.config.host,
            )
        else:
            sentence = failure_sentence(exc, self.config.host, self.config.login)
        self.trouble.emit(sentence, wrong_password)


class ServerStartBox(QMessageBox):
    """The calm box when the server cannot be used at start."""

    def __init__(self, sentence: str, ask_password: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("serverStartBox")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(APP_NAME)
        self.setText(self.tr("BalintDesk cannot open the group database on the server."))
        self.setInformativeText(sentence)
        self.retry_button = self.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        self.retry_button.setObjectName("retryServerButton")
        self.local_button = self.addButton(
            self.tr("Use this computer's own data"), QMessageBox.ButtonRole.ActionRole
        )
        self.local_button.setObjectName("useLocalDataButton")
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quitButton")
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.quit_button)
        self.password_edit: QLineEdit | None = None
        if ask_password:
            self.password_edit = QLineEdit()
            self.password_edit.setObjectName("serverPasswordEdit")
            self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.password_edit.setPlaceholderText(self.tr("The server's password"))
            self.password_edit.setAccessibleName(self.tr("The server's password"))
            # Above the buttons: QMessageBox keeps its button box in the grid's last row.
            grid = self.layout()
            buttons = self.findChild(QDialogButtonBox)
            row, column, rows, columns = grid.getItemPosition(grid.indexOf(buttons))
            text_column = grid.getItemPosition(
                grid.indexOf(self.findChild(QLabel, "qt_msgbox_label"))
            )[1]
            grid.removeWidget(buttons)
            grid.addWidget(
                self.password_edit, row, text_column, 1, grid.columnCount() - text_column
            )
            grid.addWidget(buttons, row + 1, column, rows, columns)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # QMessageBox gives the focus to its default button as it shows: a person who
        # reads "type your password" types at once, so the field takes it (Enter still
        # presses Retry, the default button).
        if self.password_edit is not None:
            self.password_edit.setFocus()

    def password(self) -> str | None:
        if self.password_edit is None:
            return None
        return self.password_edit.text() or None
