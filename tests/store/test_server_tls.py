"""Connections to the server verify it (sslmode=verify-full with the programme's CA), and
a server whose certificate our CA did not sign is refused, recognisably (issue 17)."""

from __future__ import annotations

import os

import pytest

from balintdesk.store.server import (
    ServerError,
    ServerTrouble,
    check_url,
    connect_raw,
    is_local,
    open_server,
)
from tests.store import _server


def _ca(env: str) -> str:
    _server.need_server()
    path = os.environ.get(env, "")
    if not path:
        message = f"${env} is not set: tests/run.sh makes the test server's CAs"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_verify_full_with_the_right_ca_connects_over_tls(host: str) -> None:
    keys = _server.need_server()
    url = (
        f"postgresql://{keys['user']}@{host}:{keys['port']}/postgres"
        f"?sslmode=verify-full&sslrootcert={_ca(_server.CA_ENV)}"
    )
    with connect_raw(url, password=_server.password()) as conn:
        (ssl,) = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    assert ssl is True


def test_a_certificate_another_ca_signed_is_refused() -> None:
    keys = _server.need_server()
    url = (
        f"postgresql://{keys['user']}@localhost:{keys['port']}/postgres"
        f"?sslmode=verify-full&sslrootcert={_ca(_server.OTHER_CA_ENV)}"
    )
    with pytest.raises(ServerError) as refused:
        connect_raw(url, password=_server.password())
    assert refused.value.trouble is ServerTrouble.UNTRUSTED_CERTIFICATE
    assert "certificate verify failed" in str(refused.value)


def test_opening_the_group_database_on_an_untrusted_server_is_refused() -> None:
    keys = _server.need_server()
    url = (
        f"postgresql://{keys['user']}@127.0.0.1:{keys['port']}/postgres"
        f"?sslmode=verify-full&sslrootcert={_ca(_server.OTHER_CA_ENV)}"
    )
    with pytest.raises(ServerError) as refused:
        open_server(url, password=_server.password())
    assert refused.value.trouble is ServerTrouble.UNTRUSTED_CERTIFICATE


def test_a_wrong_password_is_told_apart() -> None:
    keys = _server.need_server()
    url = f"postgresql://{keys['user']}@127.0.0.1:{keys['port']}/postgres"
    with pytest.raises(ServerError) as refused:
        connect_raw(url, password="not-the-password")
    assert refused.value.trouble is ServerTrouble.WRONG_PASSWORD


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://leader@db.practice.example/balint",
        "postgresql://leader@db.practice.example/balint?sslmode=require",
        "postgresql://leader@10.0.0.5:5432/balint?sslmode=verify-ca",
    ],
)
def test_a_server_across_a_network_must_be_verified(url: str) -> None:
    assert not is_local(url)
    with pytest.raises(ServerError) as refused:
        check_url(url)  # before any connection is tried
    assert refused.value.trouble is ServerTrouble.NOT_VERIFIED


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://leader@localhost/balint",
        "postgresql://leader@127.0.0.1:5433/balint?sslmode=disable",
        "postgresql://leader@[::1]/balint",
        "postgresql:///balint?host=/run/postgresql",
        "postgresql://leader@db.practice.example/balint?sslmode=verify-full&sslrootcert=/ca.crt",
    ],
)
def test_a_local_server_or_a_verified_one_is_accepted(url: str) -> None:
    check_url(url)


def test_connections_notice_a_vanished_network_within_seconds(data_dir) -> None:
    """A pulled cable sends nothing: libpq's keepalives and tcp_user_timeout, asked for on
    every connection, end it in about 10 s instead of the OS's minutes (a frozen window)."""
    from balintdesk.store.server import LIVELINESS

    keys = _server.need_server()
    url = f"postgresql://{keys['user']}@{keys['host']}:{keys['port']}/postgres"
    with connect_raw(url, password=_server.password()) as conn:
        raw = conn.info.get_parameters()
    db = open_server(url, password=_server.password(), local_folder=data_dir)
    try:
        opened = db.connection().info.get_parameters()
    finally:
        db.close()
    for parameters in (raw, opened):
        for name, value in LIVELINESS.items():
            assert parameters.get(name) == str(value), name
    assert int(LIVELINESS["tcp_user_timeout"]) <= 15_000
