"""`balintdesk db init|grant|revoke|access|move|export` against the test server: exit
codes and sentences, troubles (wrong password, untrusted CA, …) as one sentence, never a
traceback, and the password never an argument."""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path

import pytest

from balintdesk import app, i18n
from balintdesk.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from balintdesk.paths import database_path
from balintdesk.store.db import close_database, open_database
from balintdesk.store.models import Group, Member
from tests.cli._cli_helpers import balintdesk
from tests.store import _server
from tests.store._damage import damage, fill
from tests.store._rich_history import rich_group


@pytest.fixture
def database():
    name = _server.fresh_database(migrated=False)
    yield name
    _server.drop_database(name)


@pytest.fixture
def login():
    name = f"bd_cli_{uuid.uuid4().hex[:8]}"
    with _server.admin() as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'pw'")
    yield name
    with _server.admin() as conn:
        conn.execute(f"DROP ROLE IF EXISTS {name}")


def db(data_dir: Path, monkeypatch, *args: str, password: str | None = None) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO((password or _server.password()) + "\n"))
    return balintdesk(data_dir, "db", *args, "--password-stdin")


def _said(capsys) -> tuple[str, str]:
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return out, err


def test_init_grant_access_and_revoke(
    data_dir: Path, database: str, login: str, monkeypatch, capsys
) -> None:
    url = _server.url(database)
    for _ in range(2):  # again: the same result
        assert db(data_dir, monkeypatch, "init", "--url", url) == EXIT_OK
        assert "row-level security on every table" in _said(capsys)[0]
    assert not database_path(data_dir).exists()  # the PC's own database was not opened
    moved = _pc_with(data_dir, "Tuesday Balint")
    assert db(data_dir, monkeypatch, "move", "--from-local", "--url", url) == EXIT_OK
    out, _ = _said(capsys)
    assert "1 group moved to the server with all its history: “Tuesday Balint”." in out
    assert f"The database on this PC, {moved}, is kept unchanged as a backup." in out

    assert (
        db(data_dir, monkeypatch, "grant", "--url", url, "--login", login, "--role", "leader")
        == EXIT_USAGE
    )
    assert "A leader needs at least one group: add --group NAME." in _said(capsys)[1]
    args = ["grant", "--url", url, "--login", login, "--role", "leader"]
    assert db(data_dir, monkeypatch, *args, "--group", "Friday") == EXIT_USAGE
    assert "No group on the server is called “Friday”." in _said(capsys)[1]
    assert db(data_dir, monkeypatch, *args, "--group", "tuesday balint") == EXIT_OK
    # the group as the server spells it, not as typed
    assert f"{login} now leads “Tuesday Balint”." in _said(capsys)[0]
    assert db(data_dir, monkeypatch, "access", "--url", url) == EXIT_OK
    table = _said(capsys)[0].splitlines()
    assert table[0].split() == ["Login", "Role", "Groups"]
    assert [line.split(None, 2) for line in table if line.startswith(login)] == [
        [login, "leader", "Tuesday Balint"]
    ]
    revoking = ["revoke", "--url", url, "--login", login]
    assert db(data_dir, monkeypatch, *revoking) == EXIT_OK
    assert f"{login} no longer has any access." in _said(capsys)[0]
    assert db(data_dir, monkeypatch, "access", "--url", url) == EXIT_OK
    assert login not in _said(capsys)[0]


def test_a_login_the_server_does_not_have(data_dir: Path, database: str, monkeypatch, capsys):
    url = _server.url(database)
    assert db(data_dir, monkeypatch, "init", "--url", url) == EXIT_OK
    capsys.readouterr()
    args = ["grant", "--url", url, "--login", "dr_nobody", "--role", "admin"]
    assert db(data_dir, monkeypatch, *args) == EXIT_USAGE
    assert "There is no login dr_nobody on the server. IT makes logins" in _said(capsys)[1]


def test_before_init_the_commands_say_to_run_it(data_dir: Path, database: str, monkeypatch, capsys):
    assert db(data_dir, monkeypatch, "access", "--url", _server.url(database)) == EXIT_USAGE
    assert "run “balintdesk db init” first" in _said(capsys)[1]


def _pc_with(data_dir: Path, *names: str) -> Path:
    path = database_path(data_dir)
    database = open_database(path)
    try:
        for name in names:
            rich_group(name)
    finally:
        close_database(database)
    return path


def test_move_twice_names_the_clash_and_export_writes_a_normal_file(
    data_dir: Path, database: str, monkeypatch, capsys, tmp_path: Path
) -> None:
    url = _server.url(database)
    assert db(data_dir, monkeypatch, "init", "--url", url) == EXIT_OK
    _pc_with(data_dir, "Tuesday Balint")
    assert db(data_dir, monkeypatch, "move", "--from-local", "--url", url) == EXIT_OK
    capsys.readouterr()
    assert db(data_dir, monkeypatch, "move", "--from-local", "--url", url) == EXIT_USAGE
    err = _said(capsys)[1]
    assert "The server already has a group called “Tuesday Balint”, so nothing was moved" in err

    out = tmp_path / "tuesday.sqlite3"
    exporting = ["export", "--url", url, "--group", "TUESDAY balint", "--out"]
    assert db(data_dir, monkeypatch, *exporting, str(out)) == EXIT_OK
    assert f"“Tuesday Balint” was written to {out}." in _said(capsys)[0]
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".balintdesk")]
    assert not (tmp_path / "notes.sqlite3").exists()  # no stray file beside the export
    written = open_database(out)
    try:
        assert [g.name for g in Group.select()] == ["Tuesday Balint"]
        assert Member.select().count() == 3
    finally:
        close_database(written)
    before = out.read_bytes()
    assert db(data_dir, monkeypatch, *exporting, str(out)) == EXIT_USAGE
    assert f"{out} already exists; name a new file." in _said(capsys)[1]
    assert out.read_bytes() == before
    own = database_path(data_dir)
    assert db(data_dir, monkeypatch, *exporting, str(own)) == EXIT_USAGE
    assert "is BalintDesk's database: writing there could destroy your data" in _said(capsys)[1]
    missing = ["export", "--url", url, "--group", "Friday", "--out", str(tmp_path / "f.sqlite3")]
    assert db(data_dir, monkeypatch, *missing) == EXIT_USAGE
    assert "No group on the server is called “Friday”." in _said(capsys)[1]


def test_troubles_are_one_sentence(data_dir: Path, database: str, monkeypatch, capsys) -> None:
    keys = _server.need_server()
    wrong = db(data_dir, monkeypatch, "access", "--url", _server.url(database), password="no")
    assert wrong == EXIT_USAGE
    assert "did not accept the login" in _said(capsys)[1]
    other_ca = os.environ.get(_server.OTHER_CA_ENV, "")
    if not other_ca and os.environ.get("CI") == "true":
        pytest.fail("no second CA: tests/pg_server.sh makes it")
    if other_ca:
        url = (
            f"postgresql://{keys['user']}@localhost:{keys['port']}/{database}"
            f"?sslmode=verify-full&sslrootcert={other_ca}"
        )
        assert db(data_dir, monkeypatch, "access", "--url", url) == EXIT_USAGE
        assert "is not signed by the programme's CA file" in _said(capsys)[1]
    remote = "postgresql://it@db.example.org/balint"
    assert db(data_dir, monkeypatch, "init", "--url", remote) == EXIT_USAGE
    assert "would not verify the server (it needs sslmode=verify-full" in _said(capsys)[1]
    for url in ("http://x", "postgresql://it@db.example.org/balint?sslmode"):
        assert db(data_dir, monkeypatch, "init", "--url", url) == EXIT_USAGE
        assert "That is not a PostgreSQL URL" in _said(capsys)[1]
    closed = f"postgresql://{keys['user']}@127.0.0.1:1/{database}"
    assert db(data_dir, monkeypatch, "init", "--url", closed) == EXIT_USAGE
    assert "The server 127.0.0.1 cannot be reached" in _said(capsys)[1]


def test_the_password_is_not_an_argument(data_dir: Path, capsys) -> None:
    url = "postgresql://x@localhost/y"
    assert balintdesk(data_dir, "db", "init", "--url", url, "--password", "pw") == EXIT_USAGE
    assert "unrecognized arguments" in capsys.readouterr().err


def test_a_trouble_in_german(data_dir: Path, database: str, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    try:
        status = app.main(
            [
                "--data-dir",
                str(data_dir),
                "--language",
                "de",
                "db",
                "access",
                "--url",
                _server.url(database),
                "--password-stdin",
            ]
        )
    finally:
        i18n.use_language(i18n.ENGLISH)
    assert status == EXIT_USAGE
    err = _said(capsys)[1]
    assert "Passwort" in err and "refused" not in err


def test_move_from_a_damaged_local_file_says_one_sentence(
    data_dir: Path, database: str, monkeypatch, capsys
) -> None:
    url = _server.url(database)
    assert db(data_dir, monkeypatch, "init", "--url", url) == EXIT_OK
    fill(data_dir)
    damage(database_path(data_dir))
    before = database_path(data_dir).read_bytes()
    capsys.readouterr()
    assert db(data_dir, monkeypatch, "move", "--from-local", "--url", url) == EXIT_PROBLEMS
    out, err = _said(capsys)
    assert err.startswith(f"The database {database_path(data_dir)} is damaged") and not out
    assert database_path(data_dir).read_bytes() == before
    from balintdesk.store.server import connect_raw

    with connect_raw(url, _server.password()) as conn:  # nothing was moved
        assert conn.execute("SELECT count(*) FROM balint_group").fetchone() == (0,)


def test_move_with_a_row_naming_a_missing_one_says_so(
    data_dir: Path, database: str, monkeypatch, capsys
) -> None:
    import sqlite3

    url = _server.url(database)
    assert db(data_dir, monkeypatch, "init", "--url", url) == EXIT_OK
    local = _pc_with(data_dir, "Tuesday Balint")
    with sqlite3.connect(local) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE attendance SET member_id = 999 WHERE id = 2")
    capsys.readouterr()
    assert db(data_dir, monkeypatch, "move", "--from-local", "--url", url) == EXIT_USAGE
    assert _said(capsys)[1] == (
        "Row 2 of the table attendance on this PC names a member_id that is not there, so "
        "nothing was moved; run “balintdesk check”, then try again.\n"
    )


def test_a_change_the_server_refuses_a_leader_is_one_sentence(
    data_dir: Path, database: str, login: str, monkeypatch, capsys, tmp_path: Path
) -> None:
    """A leader's command that would add a group (only administrators may) is refused by
    the server's row-level security: one sentence, status 2, nothing changed."""
    url = _server.url(database)
    assert db(data_dir, monkeypatch, "init", "--url", url) == EXIT_OK
    _pc_with(data_dir, "Tuesday Balint")
    assert db(data_dir, monkeypatch, "move", "--from-local", "--url", url) == EXIT_OK
    args = ["grant", "--url", url, "--login", login, "--role", "leader"]
    assert db(data_dir, monkeypatch, *args, "--group", "Tuesday Balint") == EXIT_OK
    _said(capsys)
    roster_csv = tmp_path / "new.csv"
    roster_csv.write_text("name\nDr New Person\n", encoding="utf-8")
    monkeypatch.setenv("PGPASSWORD", "pw")
    as_leader = url.replace(_server.need_server()["user"], login, 1)
    other = tmp_path / "leader-pc"
    status = balintdesk(
        other, "--database", as_leader, "roster", "import", str(roster_csv), "--group", "New"
    )
    _, err = _said(capsys)
    assert status == EXIT_USAGE
    assert err.strip() == (
        "The practice's server does not let your login make this change (a group's leader "
        "changes only their own groups; adding groups is for a programme administrator), "
        "so nothing was changed."
    )
    keys = {**_server.need_server(), "dbname": database}
    from balintdesk.store.server import load_driver

    with load_driver().connect(**keys, password=_server.password()) as conn:
        names = [name for (name,) in conn.execute("SELECT name FROM balint_group")]
    assert names == ["Tuesday Balint"]


def test_the_window_says_the_same_of_a_refused_change() -> None:
    import peewee

    from balintdesk.store.server import load_driver

    psycopg = load_driver()
    with pytest.raises(peewee.ProgrammingError) as raised, peewee.__exception_wrapper__:
        raise psycopg.errors.InsufficientPrivilege("new row violates row-level security policy")
    text = app._unexpected_error_text(raised.value)
    assert text.startswith("The practice's server does not let your login make this change")
    assert "Something went wrong" not in app._unexpected_error_text(raised.value)
