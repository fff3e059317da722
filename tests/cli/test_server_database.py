"""`--database URL`, $BALINTDESK_DATABASE and the server chosen in Settings, against the
private test server (tests/pg_server.sh): a command runs on the server's groups, the notes'
file stays in the data folder, and each trouble is one plain sentence (exit 2)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from balintdesk.cli import main as cli
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.i18n import speaking
from balintdesk.paths import NOTES_NAME, database_path
from balintdesk.store import roster, server_config
from balintdesk.store.db import close_database
from balintdesk.store.server import open_server
from tests.store import _server

WEEKLY = MeetingPattern(Frequency.WEEKLY, 1, 1, __import__("datetime").time(12, 30), 60, "Library")

pytestmark = pytest.mark.usefixtures("no_configured_password")


@pytest.fixture
def no_configured_password(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGPASSWORD", "BALINTDESK_DATABASE", "PGPASSFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")


@pytest.fixture
def server_db() -> Iterator[str]:
    """A migrated database on the test server with one group, "Riverside"."""
    name = _server.fresh_database()
    db = open_server(_server.url(name), password=_server.password())
    import datetime as dt

    group = roster.create_group("Riverside", WEEKLY, dt.date(2026, 3, 3))
    roster.add_member(group.id, MemberDraft("Dr Ann Onserver"))
    close_database(db)
    yield name
    _server.drop_database(name)


def keys() -> dict[str, str]:
    return _server.need_server()


def test_database_option_runs_the_command_on_the_server(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("PGPASSWORD", _server.password())  # libpq's own way
    url = _server.url(server_db)
    for argv in (
        [
            "--data-dir",
            str(tmp_path),
            "--database",
            url,
            "roster",
            "export",
            "--group",
            "Riverside",
        ],
        [
            "roster",
            "export",
            "--group",
            "Riverside",
            "--database",
            url,
            "--data-dir",
            str(tmp_path),
        ],
    ):
        assert cli.main(argv) == 0, capsys.readouterr().err
        assert "Dr Ann Onserver" in capsys.readouterr().out
    # The group came from the server: this computer's own file was never made.
    assert not database_path(tmp_path).exists()
    assert (tmp_path / NOTES_NAME).exists()  # the private notes' file stays here


def test_check_on_the_server_names_its_group_and_says_the_file_checks_are_local(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("PGPASSWORD", _server.password())
    monkeypatch.setenv("BALINTDESK_DATABASE", _server.url(server_db))
    assert cli.main(["--data-dir", str(tmp_path), "check"]) == 0
    out, err = capsys.readouterr()
    assert "OK: 1 group," in out
    assert "only the data is checked" in err
    assert cli.main(["--data-dir", str(tmp_path), "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err
    assert not database_path(tmp_path).exists()


def test_the_configured_server_with_its_password_in_the_keyring(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from balintdesk.vault import server_password

    class Kept:
        def __init__(self) -> None:
            self.loaded: list[str] = []

        available = True

        def load(self, user: str) -> str:
            self.loaded.append(user)
            return _server.password()

    kept = Kept()
    monkeypatch.setattr(server_password, "ServerPasswords", lambda: kept)
    config = server_config.ServerConfig(
        host="localhost", port=int(keys()["port"]), database=server_db, login=keys()["user"]
    )
    server_config.save(tmp_path, config)
    assert cli.main(["--data-dir", str(tmp_path), "check"]) == 0, capsys.readouterr().err
    assert "OK: 1 group," in capsys.readouterr().out
    assert kept.loaded == [f"server:{keys()['user']}@localhost:{keys()['port']}/{server_db}"]
    # Back to this computer: the same command opens the local file again.
    server_config.use_this_computer(tmp_path)
    assert cli.main(["--data-dir", str(tmp_path), "check"]) == 0
    assert "OK: 0 groups," in capsys.readouterr().out
    assert database_path(tmp_path).exists()


def run_failing(argv: list[str], capsys) -> str:
    assert cli.main(argv) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err and out == ""
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_wrong_password_is_one_sentence(server_db: str, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    said = run_failing(
        ["--data-dir", str(tmp_path), "--database", _server.url(server_db), "check"], capsys
    )
    assert said == (
        "The server 127.0.0.1 did not accept the login “balintdesk_admin” with this "
        "password: check both."
    ).replace("127.0.0.1", keys()["host"])
    assert "not-the-password" not in said


def test_no_password_at_all_is_the_same_sentence(server_db: str, tmp_path: Path, capsys):
    said = run_failing(
        ["--data-dir", str(tmp_path), "--database", _server.url(server_db), "check"], capsys
    )
    assert "did not accept the login “balintdesk_admin”" in said


def test_unreachable_port_names_the_host(tmp_path: Path, capsys) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://someone@127.0.0.1:{port}/balintdesk"
    said = run_failing(["--data-dir", str(tmp_path), "--database", url, "check"], capsys)
    assert said == (
        "The server 127.0.0.1 cannot be reached: check the network, or ask IT whether "
        "the server is running."
    )


def test_untrusted_certificate(server_db: str, tmp_path: Path, monkeypatch, capsys) -> None:
    import os

    monkeypatch.setenv("PGPASSWORD", _server.password())
    other_ca = os.environ[_server.OTHER_CA_ENV]
    url = _server.url(server_db, sslmode="verify-full", sslrootcert=other_ca)
    said = run_failing(["--data-dir", str(tmp_path), "--database", url, "check"], capsys)
    assert "is not signed by the programme's CA file you chose: ask IT for the right file" in said


def test_sslmode_short_of_verify_full_to_another_computer_is_refused_unconnected(
    tmp_path: Path, capsys
) -> None:
    url = "postgresql://someone@db.practice.example/balintdesk?sslmode=require"
    said = run_failing(["--data-dir", str(tmp_path), "--database", url, "check"], capsys)
    assert "db.practice.example" in said and "verify-full" in said


def test_a_login_with_no_access(server_db: str, tmp_path: Path, monkeypatch, capsys) -> None:
    login = f"bd_nobody_{uuid.uuid4().hex[:8]}"
    with _server.admin() as conn:
        conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}'")
    try:
        monkeypatch.setenv("PGPASSWORD", f"pw-{login}")
        url = _server.url(server_db).replace(keys()["user"] + "@", login + "@")
        said = run_failing(["--data-dir", str(tmp_path), "--database", url, "check"], capsys)
        assert said == (
            f"Connected, but the login “{login}” has no access to any group: ask the "
            f"programme's administrator to give {login} access."
        )
    finally:
        _server.drop_database(server_db)
        with _server.admin() as conn:
            conn.execute(f"DROP ROLE IF EXISTS {login}")


def test_not_a_postgresql_url(tmp_path: Path, capsys) -> None:
    said = run_failing(["--data-dir", str(tmp_path), "--database", "mysql://x/y", "check"], capsys)
    assert said.startswith("--database takes a postgresql:// URL")


def test_german_sentence(tmp_path: Path, capsys) -> None:
    url = "postgresql://someone@db.practice.example/balintdesk?sslmode=prefer"
    with speaking("de"):
        said = run_failing(["--data-dir", str(tmp_path), "--database", url, "check"], capsys)
    assert "db.practice.example" in said and "verify-full" in said
    assert "would not verify" not in said
