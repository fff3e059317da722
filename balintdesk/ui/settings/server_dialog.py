"""Settings → Shared database…: this computer's own file, or the practice's server (issue
17). The server's details go to server.json (store/server_config.py), the password to the
OS keyring (vault/server_password.py), never to a file. *Test connection* connects in the
background and says in plain words what is wrong, or who the login is there.

Saving a change sets `switched`; the Settings page then starts BalintDesk again on the
chosen database (as a restored backup or a new language does).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.words import WordsError
from balintdesk.i18n import say, server_words
from balintdesk.store import server_config
from balintdesk.store.server_config import ServerConfig
from balintdesk.ui.common.forms import (
    FormDialog,
    dialog_buttons,
    fit_to_contents,
    hint_label,
    labelled,
    primary_button,
    show_status,
    status_label,
)
from balintdesk.vault.keychain import KeychainUnavailable
from balintdesk.vault.server_password import ServerPasswords

log = logging.getLogger(__name__)


class ServerWork(QObject):
    """One piece of server work on its own thread (a connection may take seconds), its
    answer delivered on the GUI thread. Not the thread pool of ui/common/background.py:
    that closes the models' database afterwards, which must not be touched here."""

    done = Signal(object)
    failed = Signal(object)

    def start(self, work: Callable[[], Any]) -> None:
        def run() -> None:
            try:
                result = work()
            except Exception as exc:  # shown as a sentence on the GUI thread
                self._report(self.failed, exc)
            else:
                self._report(self.done, result)

        threading.Thread(target=run, name="server-work", daemon=True).start()

    @staticmethod
    def _report(signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the dialog (and this object) closed while connecting
            log.info("A server connection finished after its window had closed")


def failure_sentence(exc: BaseException, host: str, login: str) -> str:
    """Any failure of a connection as one sentence (no password, no traceback)."""
    from balintdesk.store.migrations import NewerDatabaseError
    from balintdesk.store.server import ServerError

    if isinstance(exc, ServerError):
        return server_words.trouble_sentence(exc.trouble, host, login)
    if isinstance(exc, NewerDatabaseError):
        return server_words.newer_schema_sentence(int(exc.words.values.get("found", 0)))
    if isinstance(exc, WordsError):
        return say(exc.words)
    reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    return server_words.other_failure_sentence(host, reason)


class SharedDatabaseDialog(FormDialog):
    tested = Signal(str)  # the sentence Test connection ended with

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        passwords: ServerPasswords | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("sharedDatabaseDialog")
        self.setWindowTitle(self.tr("Shared database"))
        self.setMinimumWidth(600)
        self._data_dir = data_dir
        self._passwords = passwords if passwords is not None else ServerPasswords()
        self.switched = False  # saved a change of database: BalintDesk starts again
        self._work: ServerWork | None = None

        self.local_radio = QRadioButton(self.tr("This computer only"))
        self.local_radio.setObjectName("thisComputerRadio")
        self.server_radio = QRadioButton(self.tr("The practice's server"))
        self.server_radio.setObjectName("practiceServerRadio")
        choice = QButtonGroup(self)
        choice.addButton(self.local_radio)
        choice.addButton(self.server_radio)

        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("serverHostEdit")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("serverPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(server_config.DEFAULT_PORT)
        self.database_edit = QLineEdit(server_config.DEFAULT_DATABASE)
        self.database_edit.setObjectName("serverDatabaseEdit")
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("serverLoginEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("serverPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("serverCaEdit")
        self.ca_button = QPushButton(self.tr("Choose…"))
        self.ca_button.setObjectName("chooseCaButton")
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(24, 0, 0, 0)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(labelled(self.tr("Port:"), self.port_spin))
        host_row.addWidget(self.port_spin)
        form.addRow(labelled(self.tr("Server:"), host_row, self.host_edit), host_row)
        form.addRow(labelled(self.tr("Database:"), self.database_edit), self.database_edit)
        form.addRow(labelled(self.tr("Login:"), self.login_edit), self.login_edit)
        form.addRow(labelled(self.tr("Password:"), self.password_edit), self.password_edit)
        self.ca_label = labelled(self.tr("CA certificate:"), ca_row, self.ca_edit)
        form.addRow(self.ca_label, ca_row)
        self.keyring_hint = hint_label(say(self._passwords.where()), "serverKeyringHint")
        self.ca_hint = hint_label(
            self.tr(
                "The programme's CA certificate file, from IT: BalintDesk checks with it that "
                "it really talks to your server. Not needed for a server on this computer."
            ),
            "serverCaHint",
        )
        # Word-wrapped hints under the form, not in it: a form row gives a wrapped label
        # too little height, and its last lines were cut.
        hints = QVBoxLayout()
        hints.setContentsMargins(24, 0, 0, 0)
        hints.addWidget(self.ca_hint)
        hints.addWidget(self.keyring_hint)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_status = status_label("testConnectionStatus")
        test_row = QHBoxLayout()
        test_row.setContentsMargins(24, 0, 0, 0)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.test_status.setContentsMargins(24, 0, 0, 0)

        self.save_button = primary_button(self.tr("Save"), "saveSharedDatabaseButton")
        self.save_status = status_label("sharedDatabaseStatus")
        buttons = dialog_buttons(self, self.save_button, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The group database can stay on this computer, or be the practice's "
                    "server, shared by several computers. Private notes always stay on "
                    "this computer."
                ),
                "sharedDatabaseIntro",
            )
        )
        layout.addWidget(self.local_radio)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.form)
        layout.addLayout(hints)
        layout.addLayout(test_row)
        layout.addWidget(self.test_status)
        layout.addWidget(self.save_status)
        layout.addWidget(buttons)

        self._load()
        self.server_radio.toggled.connect(self._update)
        self.host_edit.textChanged.connect(self._update)
        self.ca_button.clicked.connect(self._choose_ca)
        self.test_button.clicked.connect(self.test_connection)
        self._update()

    # --- the form -----------------------------------------------------------------------

    def _load(self) -> None:
        try:
            config = server_config.load(self._data_dir)
        except WordsError as exc:
            show_status(self.save_status, say(exc.words))
            config = None
        self._saved = config if config is not None and config.use_server else None
        if config is not None:
            self.host_edit.setText(config.host)
            self.port_spin.setValue(config.port)
            self.database_edit.setText(config.database)
            self.login_edit.setText(config.login)
            self.ca_edit.setText(config.ca_file)
        (self.server_radio if self._saved else self.local_radio).setChecked(True)
        self.password_edit.setPlaceholderText(
            self.tr("kept in the keyring") if self._kept_password() else ""
        )

    def config(self) -> ServerConfig:
        return ServerConfig(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip() or server_config.DEFAULT_DATABASE,
            login=self.login_edit.text().strip(),
            ca_file=self.ca_edit.text().strip(),
        )

    def _update(self) -> None:
        on_server = self.server_radio.isChecked()
        self.form.setEnabled(on_server)
        self.test_button.setEnabled(on_server)
        local = self.config().is_local()
        for widget in (self.ca_label, self.ca_edit, self.ca_button, self.ca_hint):
            widget.setVisible(not local or not self.host_edit.text().strip())

    def _choose_ca(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The programme's CA certificate"),
            self.ca_edit.text() or str(Path.home()),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_edit.setText(chosen)

    def _problem(self, config: ServerConfig) -> str:
        """What is missing before a connection can be tried, or ""."""
        if not config.host:
            return self.tr("Enter the server's name, as IT gave it.")
        if not config.login:
            return self.tr("Enter your login on the server.")
        if not config.is_local():
            if not config.ca_file:
                return self.tr("Choose the programme's CA certificate file (ask IT for it).")
            if not Path(config.ca_file).expanduser().is_file():
                return self.tr("The CA certificate file chosen is not there any more.")
        return ""

    def _kept_password(self, config: ServerConfig | None = None) -> str | None:
        config = config or self._saved
        if config is None or not self._passwords.available:
            return None
        try:
            return self._passwords.load(config.keyring_user())
        except KeychainUnavailable:
            return None

    def _password(self, config: ServerConfig) -> str | None:
        """What was typed, else the one kept in the keyring, else None (libpq's own)."""
        return self.password_edit.text() or self._kept_password(config)

    # --- Test connection ----------------------------------------------------------------

    def test_connection(self) -> None:
        config = self.config()
        problem = self._problem(config)
        if problem:
            self._say_tested(problem, error=True)
            return
        password = self._password(config)
        # Disabled while it connects, the button loses the focus to the next in line,
        # Save: a person pressing Space again would save, not test. It gets it back.
        self._focus_back = self.test_button.hasFocus()
        self.test_button.setEnabled(False)
        show_status(self.test_status, self.tr("Connecting…"), error=False)
        self._work = ServerWork(self)
        self._work.done.connect(lambda reached: self._tested(config, reached))
        self._work.failed.connect(lambda exc: self._failed(config, exc))
        url = config.url()
        self._work.start(lambda: server_config.try_connection(url, password))

    def _test_done(self) -> None:
        self.test_button.setEnabled(self.server_radio.isChecked())
        if getattr(self, "_focus_back", False) and self.test_button.isEnabled():
            self.test_button.setFocus()

    def _tested(self, config: ServerConfig, reached: server_config.Reached) -> None:
        self._test_done()
        if server_config.no_access(reached):
            self._say_tested(server_words.no_access_sentence(config.login), error=True)
        else:
            said = server_words.connected_sentence(reached.role, reached.groups)
            self._say_tested(said, error=False)

    def _failed(self, config: ServerConfig, exc: BaseException) -> None:
        self._test_done()
        log.info("Test connection to a server failed: %s", type(exc).__name__)
        self._say_tested(failure_sentence(exc, config.host, config.login), error=True)

    def _say_tested(self, sentence: str, error: bool) -> None:
        show_status(self.test_status, sentence, error=error)
        fit_to_contents(self)  # room for the sentence, without squeezing the form
        self.tested.emit(sentence)

    # --- Save ---------------------------------------------------------------------------

    def save(self) -> None:
        if self.local_radio.isChecked():
            if self._saved is not None:
                server_config.use_this_computer(self._data_dir)
                self.switched = True
            self.accept()
            return
        config = self.config()
        problem = self._problem(config)
        if problem:
            show_status(self.save_status, problem)
            return
        typed = self.password_edit.text()
        if typed and self._passwords.available:
            try:
                self._passwords.store(config.keyring_user(), typed)
            except KeychainUnavailable as exc:
                show_status(self.save_status, say(exc.words) if exc.words else str(exc))
                return
        try:
            server_config.save(self._data_dir, config)
        except OSError as exc:
            show_status(self.save_status, str(exc.strerror or exc))
            return
        self.switched = config != self._saved or bool(typed)
        self.accept()
