"""Settings → Shared database… and the window's start on the practice's server (issue 17),
against the private test server (tests/pg_server.sh) and, for the password, the real
Secret Service (skips without it; both fail under CI=true)."""

from __future__ import annotations

import datetime as dt
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.paths import NOTES_NAME, database_path, server_config_path
from balintdesk.store import roster, server_config
from balintdesk.store.db import close_database
from balintdesk.store.server import open_server
from balintdesk.store.server_config import ServerConfig
from balintdesk.ui import session_server
from balintdesk.ui.session import Session
from balintdesk.ui.settings.server_dialog import SharedDatabaseDialog
from balintdesk.vault import server_password
from tests.store import _server

WEEKLY = MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Library")


class NoKeyring:
    """ServerPasswords with no secure keyring here."""

    available = False

    def where(self):
        from balintdesk.vault.server_password import NOT_REMEMBERED

        return NOT_REMEMBERED

    def load(self, user):
        raise AssertionError("no keyring to read")

    def store(self, user, password):
        raise AssertionError("no keyring to write")


@pytest.fixture
def server_db() -> Iterator[str]:
    """A database on the test server with one group, "Riverside on the server"."""
    name = _server.fresh_database()
    db = open_server(_server.url(name), password=_server.password())
    roster.create_group("Riverside on the server", WEEKLY, dt.date(2026, 3, 3))
    close_database(db)
    yield name
    _server.drop_database(name)


@pytest.fixture(autouse=True)
def no_libpq_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")


def local_config(database: str) -> ServerConfig:
    keys = _server.need_server()
    return ServerConfig(
        host="localhost", port=int(keys["port"]), database=database, login=keys["user"]
    )


def fill_in(dialog: SharedDatabaseDialog, config: ServerConfig, password: str) -> None:
    dialog.server_radio.setChecked(True)
    dialog.host_edit.setText(config.host)
    dialog.port_spin.setValue(config.port)
    dialog.database_edit.setText(config.database)
    dialog.login_edit.setText(config.login)
    dialog.password_edit.setText(password)


def sentence_after_test(qtbot, dialog: SharedDatabaseDialog) -> str:
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as signal:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return signal.args[0]


def test_test_connection_says_wrong_password_then_connected(qtbot, data_dir, server_db) -> None:
    dialog = SharedDatabaseDialog(data_dir, passwords=NoKeyring())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.test_button.isEnabled()  # "This computer only" is the default
    config = local_config(server_db)
    fill_in(dialog, config, "not the password")
    assert not dialog.ca_edit.isVisible()  # no CA file for a server on this computer
    said = sentence_after_test(qtbot, dialog)
    assert said == (
        f"The server localhost did not accept the login “{config.login}” with this "
        "password: check both."
    )
    assert dialog.test_status.text() == said and dialog.test_status.isVisible()
    dialog.password_edit.setText(_server.password())
    assert sentence_after_test(qtbot, dialog) == "Connected: 1 group on this server."
    assert dialog.test_button.isEnabled()
    assert not server_config_path(data_dir).exists()  # testing saves nothing


def test_after_a_test_the_focus_is_back_on_test_connection(qtbot, data_dir, server_db) -> None:
    """Disabled while connecting, the button lost the focus to Save; a person who pressed
    Space to test and then Space again saved a wrong password (seen on Xvfb)."""
    dialog = SharedDatabaseDialog(data_dir, passwords=NoKeyring())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    fill_in(dialog, local_config(server_db), "not the password")
    dialog.test_button.setFocus()
    with qtbot.waitSignal(dialog.tested, timeout=15_000):
        qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    assert dialog.focusWidget() is dialog.test_button
    assert server_config.configured(data_dir) is None  # nothing was saved


def test_test_connection_says_the_role(qtbot, data_dir, server_db) -> None:
    from ...store.test_server_config import make_role_function

    make_role_function(server_db, "admin")
    dialog = SharedDatabaseDialog(data_dir, passwords=NoKeyring())
    qtbot.addWidget(dialog)
    fill_in(dialog, local_config(server_db), _server.password())
    assert sentence_after_test(qtbot, dialog) == "Connected: you are a programme administrator."


def test_a_remote_server_needs_the_ca_file(qtbot, data_dir, tmp_path) -> None:
    dialog = SharedDatabaseDialog(data_dir, passwords=NoKeyring())
    qtbot.addWidget(dialog)
    dialog.show()
    fill_in(dialog, ServerConfig(host="db.practice.example", login="dr.lee"), "x")
    assert dialog.ca_edit.isVisible()
    assert sentence_after_test(qtbot, dialog) == (
        "Choose the programme's CA certificate file (ask IT for it)."
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "CA certificate" in dialog.save_status.text()
    assert not server_config_path(data_dir).exists()


def test_the_untrusted_ca_is_said_plainly(qtbot, data_dir, server_db) -> None:
    import os

    dialog = SharedDatabaseDialog(data_dir, passwords=NoKeyring())
    qtbot.addWidget(dialog)
    keys = _server.need_server()
    # 127.0.0.1 through verify-full: the name the certificate has, another CA's file.
    config = ServerConfig(
        host="localhost", port=int(keys["port"]), database=server_db, login=keys["user"]
    )
    fill_in(dialog, config, _server.password())
    url = config.url() + "?sslmode=verify-full&sslrootcert=" + os.environ[_server.OTHER_CA_ENV]
    from balintdesk.store.server import ServerError
    from balintdesk.ui.settings.server_dialog import failure_sentence

    with pytest.raises(ServerError) as caught:
        server_config.try_connection(url, _server.password())
    assert "is not signed by the programme's CA file you chose" in failure_sentence(
        caught.value, "localhost", keys["user"]
    )


@pytest.mark.secret_service
def test_save_puts_the_password_in_the_keyring_not_the_file(qtbot, data_dir, server_db) -> None:
    from ...vault.test_keychain import needs, secret_service_problem
    from ...vault.test_server_password import stored

    needs(secret_service_problem())
    from balintdesk.vault.server_password import ServerPasswords

    config = local_config(server_db)
    password = f"{_server.password()}"
    dialog = SharedDatabaseDialog(data_dir)
    qtbot.addWidget(dialog)
    fill_in(dialog, config, password)
    try:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == SharedDatabaseDialog.DialogCode.Accepted and dialog.switched
        assert server_config.configured(data_dir) == config
        assert ServerPasswords().load(config.keyring_user()) == password
        assert stored(config.keyring_user()) == [password.encode()]
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert password.encode() not in path.read_bytes(), path
        # Opened again, the dialog knows the password is kept and tests with it.
        again = SharedDatabaseDialog(data_dir)
        qtbot.addWidget(again)
        assert again.server_radio.isChecked() and again.password_edit.text() == ""
        assert again.password_edit.placeholderText() == "kept in the keyring"
        assert sentence_after_test(qtbot, again) == "Connected: 1 group on this server."
        again.local_radio.setChecked(True)
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
        assert again.switched and server_config.configured(data_dir) is None
    finally:
        ServerPasswords().forget(config.keyring_user())


# --- the window's start ----------------------------------------------------------------------


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


def test_the_session_opens_the_server_and_shows_its_group(
    qtbot, data_dir, server_db, sessions, monkeypatch
) -> None:
    monkeypatch.setattr(session_server, "kept_password", lambda config: _server.password())
    server_config.save(data_dir, local_config(server_db))
    session = sessions(data_dir)
    with qtbot.waitSignal(session.opened, timeout=15_000):
        session.start()
    assert session.db.is_server
    assert session.window.group_combo.currentText() == "Riverside on the server"
    assert not database_path(data_dir).exists()  # this computer's own file was not made
    assert (data_dir / NOTES_NAME).exists()  # the private notes stay here


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_box(qtbot, session: Session):
    session.start()
    qtbot.waitUntil(
        lambda: session.server_box is not None and session.server_box.isVisible(), timeout=15_000
    )
    return session.server_box


def test_an_unreachable_server_at_start_offers_retry_own_data_or_quit(
    qtbot, data_dir, sessions
) -> None:
    server_config.save(data_dir, ServerConfig(host="127.0.0.1", port=free_port(), login="me"))
    session = sessions(data_dir)
    box = start_box(qtbot, session)
    assert box.informativeText() == (
        "The server 127.0.0.1 cannot be reached: check the network, or ask IT whether the "
        "server is running."
    )
    assert [b.text() for b in (box.retry_button, box.local_button, box.quit_button)] == [
        "Retry",
        "Use this computer's own data",
        "Quit",
    ]
    assert box.password_edit is None
    box.retry_button.click()  # still not there: the box again
    qtbot.waitUntil(
        lambda: session.server_box is not None and session.server_box is not box, timeout=15_000
    )
    with qtbot.waitSignal(session.opened, timeout=15_000):
        session.server_box.local_button.click()
    assert not getattr(session.db, "is_server", False)
    assert database_path(data_dir).exists()
    assert server_config.configured(data_dir) is not None  # the next start tries again


def test_quit_from_the_box(qtbot, data_dir, sessions) -> None:
    server_config.save(data_dir, ServerConfig(host="127.0.0.1", port=free_port(), login="me"))
    session = sessions(data_dir)
    box = start_box(qtbot, session)
    with qtbot.waitSignal(session.failed, timeout=5_000):
        box.quit_button.click()


def test_a_wrong_password_at_start_asks_for_it(qtbot, data_dir, server_db, sessions, monkeypatch):
    monkeypatch.setattr(session_server, "kept_password", lambda config: None)
    server_config.save(data_dir, local_config(server_db))
    session = sessions(data_dir)
    box = start_box(qtbot, session)
    login = _server.need_server()["user"]
    # No password kept anywhere: asked for, not called wrong.
    assert box.informativeText() == (
        f"Type your password for the login “{login}” on the server localhost."
    )
    assert box.password_edit is not None
    assert box.password_edit.echoMode() == box.password_edit.EchoMode.Password
    # The field has the focus (a person types at once), and Enter is Retry.
    assert box.focusWidget() is box.password_edit
    qtbot.keyClicks(box.password_edit, "not the password")
    qtbot.keyClick(box.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: session.server_box is not None and session.server_box is not box, timeout=15_000
    )
    box = session.server_box
    assert "did not accept the login" in box.informativeText()
    kept: dict[str, str] = {}

    class Keyring:  # a secure keyring, as far as the start box can tell
        available = True

        def store(self, user: str, password: str) -> None:
            kept[user] = password

    monkeypatch.setattr(server_password, "ServerPasswords", Keyring)
    box.password_edit.setText(_server.password())
    with qtbot.waitSignal(session.opened, timeout=15_000):
        box.retry_button.click()
    assert session.db.is_server
    # The password that opened it is kept, so the next start does not ask again.
    assert kept == {local_config(server_db).keyring_user(): _server.password()}


def test_a_login_with_no_access_at_start(qtbot, data_dir, server_db, sessions, monkeypatch):
    login = f"bd_nobody_{uuid.uuid4().hex[:8]}"
    with _server.admin() as conn:
        conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}'")
    try:
        monkeypatch.setattr(session_server, "kept_password", lambda config: f"pw-{login}")
        keys = _server.need_server()
        config = ServerConfig(
            host="localhost", port=int(keys["port"]), database=server_db, login=login
        )
        server_config.save(data_dir, config)
        session = sessions(data_dir)
        box = start_box(qtbot, session)
        assert box.informativeText() == (
            f"Connected, but the login “{login}” has no access to any group: ask the "
            f"programme's administrator to give {login} access."
        )
        box.quit_button.click()
    finally:
        _server.drop_database(server_db)
        with _server.admin() as conn:
            conn.execute(f"DROP ROLE IF EXISTS {login}")


def test_saving_the_server_in_settings_starts_balintdesk_again(qtbot, db, data_dir, tmp_path):
    from balintdesk.ui.main_window import MainWindow

    roster.create_group("Riverside", WEEKLY, dt.date(2026, 3, 3))
    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.SETTINGS)
    box = window.settings_page.shared_box
    assert box.place_label.text() == "The group database is this computer's own file."
    box.open_dialog()
    dialog = box.dialog
    ca = tmp_path / "programme-ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    remote = ServerConfig(host="db.practice.example", login="dr.lee", ca_file=str(ca))
    fill_in(dialog, remote, "")
    dialog.ca_edit.setText(str(ca))
    with qtbot.waitSignal(window.restart_requested, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert server_config.configured(data_dir) == remote
    assert "db.practice.example/balintdesk" in box.place_label.text()
