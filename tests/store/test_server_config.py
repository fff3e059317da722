"""server.json (store/server_config.py): this computer's way to the practice's server,
never holding a password; and Test connection's look at who the login is there."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from balintdesk.domain.words import WordsError
from balintdesk.fileio import OwnFileError, write_text_atomic
from balintdesk.paths import OwnFile, own_file, server_config_path, use_data_dir
from balintdesk.store import server_config
from balintdesk.store.access import Role
from balintdesk.store.server import ServerError, ServerTrouble, check_url
from balintdesk.store.server_config import ServerConfig

from . import _server

REMOTE = ServerConfig(
    host="db.practice.example",
    login="dr.lee",
    port=5433,
    database="balint groups",
    ca_file="/etc/ssl/programme ca.crt",
)


def test_round_trip_keeps_every_field_and_no_password(tmp_path: Path) -> None:
    assert server_config.load(tmp_path) is None
    assert server_config.configured(tmp_path) is None
    server_config.save(tmp_path, REMOTE)
    assert server_config.load(tmp_path) == REMOTE
    assert server_config.configured(tmp_path) == REMOTE
    data = json.loads(server_config_path(tmp_path).read_text(encoding="utf-8"))
    assert set(data) == {"format", "host", "login", "port", "database", "ca_file", "use_server"}
    assert not any("password" in key for key in data)


def test_back_to_this_computer_keeps_the_details_for_later(tmp_path: Path) -> None:
    server_config.save(tmp_path, REMOTE)
    server_config.use_this_computer(tmp_path)
    assert server_config.configured(tmp_path) is None
    kept = server_config.load(tmp_path)
    assert kept is not None and not kept.use_server and kept.host == REMOTE.host


def test_a_damaged_file_is_said_in_words(tmp_path: Path) -> None:
    server_config_path(tmp_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(WordsError) as caught:
        server_config.load(tmp_path)
    assert "Settings → Shared database" in str(caught.value)


def test_a_newer_versions_keys_survive_a_save(tmp_path: Path) -> None:
    path = server_config_path(tmp_path)
    path.write_text(json.dumps({"host": "h", "login": "l", "pool": 3}), encoding="utf-8")
    config = server_config.load(tmp_path)
    server_config.save(tmp_path, config)
    assert json.loads(path.read_text(encoding="utf-8"))["pool"] == 3


def test_server_json_is_one_of_balintdesks_own_files(tmp_path: Path) -> None:
    use_data_dir(tmp_path)
    server_config.save(tmp_path, REMOTE)
    assert own_file(server_config_path(tmp_path)) is OwnFile.OTHER
    with pytest.raises(OwnFileError):
        write_text_atomic(server_config_path(tmp_path), "an export")
    assert server_config.load(tmp_path) == REMOTE


def test_a_remote_server_is_verified_against_the_ca_file() -> None:
    url = REMOTE.url()
    assert url == (
        "postgresql://dr.lee@db.practice.example:5433/balint%20groups"
        "?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fprogramme%20ca.crt"
    )
    check_url(url)  # libpq reads it as verify-full
    from balintdesk.store.server import load_driver

    parts = load_driver().conninfo.conninfo_to_dict(url)
    assert parts["dbname"] == "balint groups"
    assert parts["sslrootcert"] == "/etc/ssl/programme ca.crt"
    assert parts["user"] == "dr.lee" and parts["port"] == "5433"


def test_a_local_server_needs_no_tls() -> None:
    for host in ("localhost", "127.0.0.1", "::1", "/run/postgresql"):
        config = ServerConfig(host=host, login="me")
        assert config.is_local()
        assert "sslmode" not in config.url()
        check_url(config.url())
    assert ServerConfig(host="::1", login="me").url().startswith("postgresql://me@[::1]:5432/")


def test_keyring_user_names_login_host_port_and_database() -> None:
    assert REMOTE.keyring_user() == "server:dr.lee@db.practice.example:5433/balint groups"


def test_sslmode_below_verify_full_to_another_computer_is_refused() -> None:
    with pytest.raises(ServerError) as caught:
        check_url("postgresql://me@db.practice.example/balintdesk?sslmode=require")
    assert caught.value.trouble is ServerTrouble.NOT_VERIFIED


# --- Test connection against the test server ------------------------------------------------


@pytest.fixture
def server_database():
    name = _server.fresh_database()
    yield name
    _server.drop_database(name)


def local_config(database: str, login: str | None = None) -> ServerConfig:
    keys = _server.need_server()
    return ServerConfig(
        host="localhost", port=int(keys["port"]), database=database, login=login or keys["user"]
    )


def make_role_function(database: str, answer: str) -> None:
    """A stand-in for the balintdesk_role() `balintdesk db init` creates."""
    from balintdesk.store.server import load_driver

    keys = {**_server.need_server(), "dbname": database}
    with load_driver().connect(**keys, password=_server.password(), autocommit=True) as conn:
        conn.execute(
            "CREATE FUNCTION balintdesk_role() RETURNS text LANGUAGE sql "
            f"AS $$ SELECT '{answer}'::text $$"
        )


def test_try_connection_without_roles_counts_the_groups(server_database: str) -> None:
    reached = server_config.try_connection(local_config(server_database).url(), _server.password())
    assert reached == server_config.Reached(None, 0)
    assert not server_config.no_access(reached)


def test_try_connection_says_the_role(server_database: str) -> None:
    make_role_function(server_database, "leader")
    reached = server_config.try_connection(local_config(server_database).url(), _server.password())
    assert reached.role is Role.LEADER and reached.groups == 0
    assert server_config.no_access(reached)  # a leader of no group


def test_try_connection_wrong_password(server_database: str) -> None:
    with pytest.raises(ServerError) as caught:
        server_config.try_connection(local_config(server_database).url(), "wrong")
    assert caught.value.trouble is ServerTrouble.WRONG_PASSWORD
    assert "wrong" not in str(caught.value).replace("wrong-password", "")


def test_try_connection_with_a_login_given_nothing(server_database: str) -> None:
    login = f"bd_nobody_{uuid.uuid4().hex[:8]}"
    with _server.admin() as conn:
        conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}'")
    try:
        url = local_config(server_database, login).url()
        assert server_config.try_connection(url, f"pw-{login}") == server_config.Reached(
            Role.NONE, 0
        )
    finally:
        _server.drop_database(server_database)
        with _server.admin() as conn:
            conn.execute(f"DROP ROLE IF EXISTS {login}")
